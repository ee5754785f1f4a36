// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ParentConsole.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace Cli {

void attachParentConsole()
{
#ifdef Q_OS_WIN
    // A redirected handle (`> file`, `| more`) is already valid and must be kept.
    const auto isOpen = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle != nullptr && handle != INVALID_HANDLE_VALUE;
    };
    const bool outOpen = isOpen(STD_OUTPUT_HANDLE);
    const bool errOpen = isOpen(STD_ERROR_HANDLE);
    if ((outOpen && errOpen) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return; // nothing to fix, or started from Explorer: no console to borrow
    FILE *reopened = nullptr;
    if (!outOpen)
        freopen_s(&reopened, "CONOUT$", "w", stdout);
    if (!errOpen)
        freopen_s(&reopened, "CONOUT$", "w", stderr);
#endif
}

} // namespace Cli
