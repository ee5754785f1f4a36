// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextStream;

namespace Capture {
class CaptureStore;
}

namespace Cli {

// Opens the capture database of the data folder (--data-dir or the standard one) for a headless
// mode; on failure says which file and why on `err`, and returns false (exit code 1).
bool openDataFolderStore(Capture::CaptureStore &store, QTextStream &err);

} // namespace Cli
