# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=… -DPREFIX=… -DVERSION=… -DICON_SIZES=16;22;… -P CheckInstallTree.cmake
# Installs the build into PREFIX and checks what a desktop needs from it: the executable, the
# desktop file, the metainfo (its newest release is this version), and the icon the desktop file
# names as SVG and as PNG in every size, each PNG really that size.
set(app_id "io.github.webhook_console")
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()

set(problems "")
macro(expect_file path)
    if(NOT EXISTS "${PREFIX}/${path}")
        list(APPEND problems "missing ${path}")
    endif()
endmacro()

expect_file("bin/webhook-console")
expect_file("share/applications/${app_id}.desktop")
expect_file("share/metainfo/${app_id}.metainfo.xml")
expect_file("share/icons/hicolor/scalable/apps/${app_id}.svg")
expect_file("share/doc/webhook-console/copyright")

if(EXISTS "${PREFIX}/share/applications/${app_id}.desktop")
    file(STRINGS "${PREFIX}/share/applications/${app_id}.desktop" icon REGEX "^Icon=")
    if(NOT icon STREQUAL "Icon=${app_id}")
        list(APPEND problems "the desktop file names '${icon}', the icon is installed as ${app_id}")
    endif()
    file(STRINGS "${PREFIX}/share/applications/${app_id}.desktop" exec REGEX "^Exec=")
    if(NOT exec STREQUAL "Exec=webhook-console")
        list(APPEND problems "the desktop file starts '${exec}', the executable is webhook-console")
    endif()
endif()

if(EXISTS "${PREFIX}/share/metainfo/${app_id}.metainfo.xml")
    file(READ "${PREFIX}/share/metainfo/${app_id}.metainfo.xml" metainfo)
    # Releases are listed newest first.
    if(NOT metainfo MATCHES "<release version=\"([^\"]+)\"")
        list(APPEND problems "the metainfo lists no release")
    elseif(NOT CMAKE_MATCH_1 STREQUAL VERSION)
        list(APPEND problems "the metainfo's newest release is ${CMAKE_MATCH_1}, the project is \
${VERSION}: add a <release> for ${VERSION}")
    endif()
    if(NOT metainfo MATCHES "<project_license>GPL-3.0-or-later</project_license>")
        list(APPEND problems "the metainfo does not name the project's licence, GPL-3.0-or-later")
    endif()
    if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${app_id}.desktop</launchable>")
        list(APPEND problems "the metainfo does not launch ${app_id}.desktop")
    endif()
endif()

foreach(size IN LISTS ICON_SIZES)
    set(png "share/icons/hicolor/${size}x${size}/apps/${app_id}.png")
    if(NOT EXISTS "${PREFIX}/${png}")
        list(APPEND problems "missing ${png}")
        continue()
    endif()
    # PNG: 8-byte signature, IHDR length and type, then width and height as 32-bit big endian.
    file(READ "${PREFIX}/${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
        list(APPEND problems "${png} is not a ${size}×${size} PNG (${width}×${height})")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "The install tree is incomplete:\n  ${text}")
endif()
list(LENGTH ICON_SIZES count)
message(STATUS "Installed: executable, desktop file, metainfo ${VERSION}, SVG and ${count} PNG icons")
