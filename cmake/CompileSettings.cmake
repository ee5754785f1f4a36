# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that every project target links: language level, warnings (as errors with
# WC_WARNINGS_AS_ERRORS) and Qt's strictness defines. Third-party code (llhttp) does not link it.
add_library(wc_compile_settings INTERFACE)
target_compile_features(wc_compile_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

# The one include root. Project headers are included by their path from the repository root
# ("app/channex/Webhook.h", "ui/webhooks/KeyValueModel.h", "tests/unit/http/TestClient.h"), so
# ui/webhooks and a future app/webhooks cannot shadow each other. Only generated headers (ui_X.h,
# X.moc) are included by bare name.
target_include_directories(wc_compile_settings INTERFACE "${PROJECT_SOURCE_DIR}")

target_compile_definitions(wc_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    WC_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(wc_compile_settings INTERFACE /W4 /permissive- /Zc:__cplusplus)
    if(WC_WARNINGS_AS_ERRORS)
        target_compile_options(wc_compile_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(wc_compile_settings INTERFACE
        -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(WC_WARNINGS_AS_ERRORS)
        target_compile_options(wc_compile_settings INTERFACE -Werror)
    endif()
endif()
