# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# What every package says about itself, whatever the OS. Included by packaging/CMakeLists.txt
# before the OS file (PackagingLinux/Windows/Mac.cmake) and include(CPack).
set(CPACK_PACKAGE_NAME "webhook-console")
set(CPACK_PACKAGE_VENDOR "Webhook Console")
set(CPACK_PACKAGE_CONTACT "Webhook Console developers <webhook-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop console for the webhooks of a Channex account: every webhook in one table with \
property names, an editor for callback URL, events, headers and parameters, saved connections \
with API keys in the system keychain, and a built-in offline sandbox.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Webhook Console")
set(CPACK_PACKAGE_EXECUTABLES "webhook-console" "Webhook Console")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
# Release packages carry no debug information.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")
