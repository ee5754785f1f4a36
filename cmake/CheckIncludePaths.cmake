# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=<repository> -P CheckIncludePaths.cmake
# Fails on a project include not written from the repository root (see CompileSettings.cmake):
# "webhooks/X.h" could mean ui/webhooks or app/webhooks. Generated ui_X.h and X.moc are exempt.
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.ui"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
set(bad "")
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "^[ \t]*(#[ \t]*include[ \t]*\"|<header>)")
    foreach(line IN LISTS lines)
        if(line MATCHES "<header>([^<]+)</header>")
            set(name "${CMAKE_MATCH_1}")
        elseif(line MATCHES "include[ \t]*\"([^\"]+)\"")
            set(name "${CMAKE_MATCH_1}")
        endif()
        if(name MATCHES "^ui_[A-Za-z0-9_]+\\.h$" OR name MATCHES "\\.moc$")
            continue()
        endif()
        if(NOT name MATCHES "^(app|ui|tests)/" OR NOT EXISTS "${SOURCE_DIR}/${name}")
            list(APPEND bad "${source}: \"${name}\"")
        endif()
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n  " text)
    message(FATAL_ERROR "Includes must be written from the repository root "
        "(\"app/channex/Webhook.h\", \"ui/webhooks/KeyValueModel.h\"):\n  ${text}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files: every project include is written from the repository root")
