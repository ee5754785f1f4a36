# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: the icon in the executable, Qt's DLLs and plugins through windeployqt (Qt's CMake deploy
# script), the other DLLs found by CMake, and an MSI installer (CPack WiX) plus a ZIP.
# Not run on the project's own CI machine (Linux): see docs/packaging.md.

# The executable's icon (Explorer, taskbar, Start menu), rendered at build time.
set(_wc_ico "${CMAKE_CURRENT_BINARY_DIR}/webhook-console.ico")
wc_render_icon_file(OUTPUT "${_wc_ico}" SIZES 16 24 32 48 64 128 256)
add_custom_target(wc_windows_icon DEPENDS "${_wc_ico}")
set(_wc_rc "${CMAKE_CURRENT_BINARY_DIR}/webhook-console.rc")
file(GENERATE OUTPUT "${_wc_rc}" CONTENT "IDI_ICON1 ICON \"${_wc_ico}\"\n")
target_sources(webhook-console PRIVATE "${_wc_rc}")
set_source_files_properties("${_wc_rc}" TARGET_DIRECTORY webhook-console
    PROPERTIES GENERATED TRUE OBJECT_DEPENDS "${_wc_ico}")
add_dependencies(webhook-console wc_windows_icon)

# windeployqt at install time: Qt's DLLs, the platform, style, image and icon plugins, qt.conf.
qt_generate_deploy_app_script(TARGET webhook-console
    FILENAME_VARIABLE _wc_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${_wc_deploy_script}")
# windeployqt copies Qt only: QtKeychain's DLL (and llhttp's, when vcpkg built it shared) are
# found from the executable's imports. Qt and Windows' own DLLs are left to windeployqt and Windows.
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"$<TARGET_FILE:webhook-console>\"
        RESOLVED_DEPENDENCIES_VAR wc_dlls
        UNRESOLVED_DEPENDENCIES_VAR wc_unresolved
        DIRECTORIES \"$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>\" \"$<TARGET_FILE_DIR:webhook-console>\"
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
        POST_EXCLUDE_REGEXES \"[Ss][Yy][Ss][Tt][Ee][Mm]32\")
    file(INSTALL \${wc_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
")

# MSI: the upgrade code never changes, so a new version replaces the installed one; a Start menu
# entry; uninstalled from Settings ▸ Apps like any MSI.
set(CPACK_GENERATOR "WIX;ZIP")
set(CPACK_WIX_UPGRADE_GUID "DBCF19B3-324F-45FC-AFC3-019C4777D725")
set(CPACK_WIX_PRODUCT_ICON "${_wc_ico}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Webhook Console")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")
set(CPACK_WIX_ARCHITECTURE "x64")
# The installer's licence page: GPL-3.0-or-later, and the components with their licences. The
# licence text is installed beside the program.
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/windows/notice.txt")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_BINDIR}"
    RENAME "LICENSE.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Webhook Console")
