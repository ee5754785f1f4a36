// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/StoreLocation.h"

#include <optional>

class QTextStream;

namespace Capture {
class CaptureStore;
}

namespace Cli {

// Opens the capture store for a headless mode: the shared one of --store when given, else the
// data folder's database (--data-dir or the standard one). On failure says which and why on
// `err` (an unreachable PostgreSQL server too), and returns false (exit code 1).
bool openDataFolderStore(Capture::CaptureStore &store,
                         const std::optional<Capture::StoreLocation> &shared, QTextStream &err);

} // namespace Cli
