# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=<repository> -DCLANG_FORMAT=<program> -P CheckFormat.cmake
# Fails when a C++ source is not as `clang-format` (with the committed .clang-format) writes it.
# Fix with: clang-format -i <file> (Debian 12's clang-format 14, which CI uses).
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/packaging/*.cpp")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result
    ERROR_VARIABLE messages)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted[^\n]*" lines "${messages}")
    set(files "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error.*" "" file "${line}")
        list(APPEND files "${file}")
    endforeach()
    list(REMOVE_DUPLICATES files)
    list(JOIN files "\n  " text)
    message(FATAL_ERROR "Not formatted (run clang-format -i on them):\n  ${text}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files are formatted")
