// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Cli {

// On Windows the executable is a GUI program (WIN32_EXECUTABLE), which has no console: --help,
// --version, usage errors and --serve-sandbox would print nowhere. This attaches the console of
// the shell that started the program and points stdout and stderr at it, unless they already go
// to a file or a pipe. Call it only for the modes without a window. Elsewhere it does nothing.
void attachParentConsole();

} // namespace Cli
