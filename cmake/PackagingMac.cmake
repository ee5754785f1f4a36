# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: an application bundle (Info.plist, .icns icon), Qt's frameworks and plugins through
# macdeployqt (Qt's CMake deploy script), and a drag-and-drop disk image (CPack DragNDrop).
# Not run on the project's own CI machine (Linux): see docs/packaging.md.

# The .icns, from an iconset rendered at build time (1x and 2x of each size), made by iconutil.
set(_wc_iconset "${CMAKE_CURRENT_BINARY_DIR}/webhook-console.iconset")
set(_wc_iconset_pngs "")
foreach(size IN ITEMS 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    wc_render_icon_file(OUTPUT "${_wc_iconset}/icon_${size}x${size}.png" SIZES ${size})
    wc_render_icon_file(OUTPUT "${_wc_iconset}/icon_${size}x${size}@2x.png" SIZES ${double})
    list(APPEND _wc_iconset_pngs
        "${_wc_iconset}/icon_${size}x${size}.png" "${_wc_iconset}/icon_${size}x${size}@2x.png")
endforeach()
set(_wc_icns "${CMAKE_CURRENT_BINARY_DIR}/webhook-console.icns")
add_custom_command(OUTPUT "${_wc_icns}"
    COMMAND iconutil --convert icns --output "${_wc_icns}" "${_wc_iconset}"
    DEPENDS ${_wc_iconset_pngs}
    VERBATIM)
add_custom_target(wc_mac_icon DEPENDS "${_wc_icns}")
target_sources(webhook-console PRIVATE "${_wc_icns}")
set_source_files_properties("${_wc_icns}" TARGET_DIRECTORY webhook-console
    PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
add_dependencies(webhook-console wc_mac_icon)

# The licence text in the bundle's Resources (GPL-3.0-or-later).
target_sources(webhook-console PRIVATE "${PROJECT_SOURCE_DIR}/LICENSE")
set_source_files_properties("${PROJECT_SOURCE_DIR}/LICENSE" TARGET_DIRECTORY webhook-console
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

set_target_properties(webhook-console PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "Webhook Console"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.webhook-console"
    MACOSX_BUNDLE_ICON_FILE "webhook-console.icns"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}")

# macdeployqt at install time, on the installed bundle: Qt's frameworks and plugins, and the
# other libraries it links (QtKeychain from Homebrew).
qt_generate_deploy_app_script(TARGET webhook-console
    FILENAME_VARIABLE _wc_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${_wc_deploy_script}")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Webhook Console")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "webhook-console-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
