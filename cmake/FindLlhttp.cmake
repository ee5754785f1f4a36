# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
#[=======================================================================[.rst:
FindLlhttp
----------

Finds llhttp, Node's HTTP/1.1 parser, and provides the imported target ``Llhttp::Llhttp``.

Three layouts are supported, tried in this order:

1. an installed CMake package (vcpkg, Homebrew, source installs): ``llhttp::llhttp``;
2. an installed header and library (``llhttp.h`` + ``libllhttp``);
3. Debian's ``node-llhttp``, which ships only C sources
   (``/usr/share/llhttp/{api,http,llhttp}.c`` and ``/usr/share/include/llhttp/llhttp.h``):
   they are compiled here into a small static library. ``Llhttp_SOURCE_DIR`` and
   ``Llhttp_INCLUDE_DIR`` may point elsewhere.

Sets ``Llhttp_FOUND`` and ``Llhttp_VERSION``.
#]=======================================================================]

include(FindPackageHandleStandardArgs)

if(NOT TARGET Llhttp::Llhttp)
    find_package(llhttp CONFIG QUIET)
    if(TARGET llhttp::llhttp)
        add_library(Llhttp::Llhttp INTERFACE IMPORTED)
        target_link_libraries(Llhttp::Llhttp INTERFACE llhttp::llhttp)
        set(Llhttp_INCLUDE_DIR "${llhttp_DIR}")
        set(Llhttp_VERSION "${llhttp_VERSION}")
    elseif(TARGET llhttp::llhttp_static)
        add_library(Llhttp::Llhttp INTERFACE IMPORTED)
        target_link_libraries(Llhttp::Llhttp INTERFACE llhttp::llhttp_static)
        set(Llhttp_INCLUDE_DIR "${llhttp_DIR}")
        set(Llhttp_VERSION "${llhttp_VERSION}")
    endif()
endif()

if(NOT TARGET Llhttp::Llhttp)
    find_path(Llhttp_INCLUDE_DIR NAMES llhttp.h
        PATHS /usr/share/include/llhttp
        PATH_SUFFIXES llhttp)
    find_library(Llhttp_LIBRARY NAMES llhttp)
    find_path(Llhttp_SOURCE_DIR NAMES llhttp.c api.c http.c
        PATHS /usr/share/llhttp /usr/local/share/llhttp
        NO_CMAKE_SYSTEM_PATH)

    if(Llhttp_INCLUDE_DIR AND EXISTS "${Llhttp_INCLUDE_DIR}/llhttp.h")
        file(STRINGS "${Llhttp_INCLUDE_DIR}/llhttp.h" _llhttp_version_lines
            REGEX "^#define LLHTTP_VERSION_(MAJOR|MINOR|PATCH) [0-9]+")
        foreach(_part MAJOR MINOR PATCH)
            string(REGEX REPLACE ".*LLHTTP_VERSION_${_part} ([0-9]+).*" "\\1" _llhttp_${_part}
                "${_llhttp_version_lines}")
        endforeach()
        set(Llhttp_VERSION "${_llhttp_MAJOR}.${_llhttp_MINOR}.${_llhttp_PATCH}")
    endif()

    if(Llhttp_INCLUDE_DIR AND Llhttp_LIBRARY)
        add_library(Llhttp::Llhttp UNKNOWN IMPORTED)
        set_target_properties(Llhttp::Llhttp PROPERTIES
            IMPORTED_LOCATION "${Llhttp_LIBRARY}"
            INTERFACE_INCLUDE_DIRECTORIES "${Llhttp_INCLUDE_DIR}")
    elseif(Llhttp_INCLUDE_DIR AND Llhttp_SOURCE_DIR)
        # Distribution ships sources only: build them as a static library, without our
        # warnings-as-errors settings (this is third-party code).
        add_library(wc_llhttp STATIC
            "${Llhttp_SOURCE_DIR}/api.c"
            "${Llhttp_SOURCE_DIR}/http.c"
            "${Llhttp_SOURCE_DIR}/llhttp.c")
        target_include_directories(wc_llhttp SYSTEM PUBLIC "${Llhttp_INCLUDE_DIR}")
        set_target_properties(wc_llhttp PROPERTIES POSITION_INDEPENDENT_CODE ON C_STANDARD 99)
        add_library(Llhttp::Llhttp ALIAS wc_llhttp)
        set(Llhttp_LIBRARY "built from ${Llhttp_SOURCE_DIR}")
    endif()
endif()

if(TARGET Llhttp::Llhttp AND NOT Llhttp_LIBRARY)
    set(Llhttp_LIBRARY "llhttp (CMake package)")
endif()

find_package_handle_standard_args(Llhttp
    REQUIRED_VARS Llhttp_LIBRARY Llhttp_INCLUDE_DIR
    VERSION_VAR Llhttp_VERSION)
mark_as_advanced(Llhttp_INCLUDE_DIR Llhttp_LIBRARY Llhttp_SOURCE_DIR)
