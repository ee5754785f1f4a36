# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Linux: desktop integration (GNUInstallDirs), and .deb, .rpm and .tar.gz through CPack.
set(_wc_linux_dir "${PROJECT_SOURCE_DIR}/packaging/linux")

install(FILES "${_wc_linux_dir}/${WC_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_wc_linux_dir}/${WC_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${WC_ICON_SVG}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${WC_APP_ID}.svg")

# The hicolor sizes desktops look for first, rendered at build time (packaging/CMakeLists.txt).
set(WC_LINUX_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(_wc_pngs "")
foreach(size IN LISTS WC_LINUX_ICON_SIZES)
    set(png "${CMAKE_CURRENT_BINARY_DIR}/hicolor/${size}x${size}/apps/${WC_APP_ID}.png")
    wc_render_icon_file(OUTPUT "${png}" SIZES ${size})
    install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    list(APPEND _wc_pngs "${png}")
endforeach()
add_custom_target(wc_linux_icons ALL DEPENDS ${_wc_pngs})

# Debian policy: the licence in /usr/share/doc/<package>/copyright (machine-readable format).
install(FILES "${_wc_linux_dir}/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/webhook-console")

# The executable links only system libraries: no RPATH in the installed file (Debian policy).
set_target_properties(webhook-console PROPERTIES INSTALL_RPATH "")

# .deb and .rpm install under /usr (their default prefix); the .tar.gz holds bin/ and share/.
set(CPACK_GENERATOR "DEB;TGZ")

# .deb: the library dependencies come from the binary (dpkg-shlibdeps); what Qt loads at run time
# as plugins cannot be seen there and is named here: the SVG icon engine and image plugin (the
# icons), the platform plugins (xcb, wayland, offscreen), the SQLite driver (the capture store) and
# the PostgreSQL driver (a shared capture history, --store).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6svg6, qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-psql")
# QtKeychain opens libsecret at run time; without it keys are kept for the session only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")

# .rpm where rpmbuild is installed (Debian: package rpm). Requirements on the libraries come from
# rpm's own scan of the binary; the plugins are named with Fedora's package names.
find_program(WC_RPMBUILD rpmbuild)
if(WC_RPMBUILD)
    list(APPEND CPACK_GENERATOR "RPM")
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg, qt6-qtbase-sql, qt6-qtbase-postgresql")
    # Directories owned by the filesystem and hicolor-icon-theme packages, not by this one.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
    foreach(size IN LISTS WC_LINUX_ICON_SIZES)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
            "/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
    endforeach()
else()
    message(STATUS "rpmbuild not found: `package` makes .deb and .tar.gz only (install rpm for .rpm)")
endif()
