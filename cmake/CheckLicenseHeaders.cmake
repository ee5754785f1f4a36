# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=<repository> -P CheckLicenseHeaders.cmake
# Fails on a source file without the project's SPDX licence identifier in its first lines
# (GPL-3.0-or-later, the LICENSE at the root).
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/packaging/*.cpp" "${SOURCE_DIR}/scripts/*.sh" "${SOURCE_DIR}/cmake/*.cmake")
set(missing "")
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" head LIMIT_COUNT 4)
    if(NOT head MATCHES "SPDX-License-Identifier: GPL-3\\.0-or-later")
        list(APPEND missing "${source}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "No SPDX-License-Identifier: GPL-3.0-or-later in the first lines of:\n  ${text}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files carry the licence identifier")
