// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/StoreLocation.h"

#include <QString>

#include <optional>

class QTextStream;

namespace Cli {

// `webhook-console --export-captures FILE`: every capture stored in the data folder's database
// (or the shared store of --store),
// oldest first, as JSON Lines (docs/handoff.md) to FILE, or to standard output for "-". Writes
// one capture at a time; a file is replaced only once it is complete. Says on `err` how many
// were written from which database. Returns the process exit code (1 on any failure).
int runCaptureExport(const QString &path, const std::optional<Capture::StoreLocation> &shared,
                     QTextStream &err);

} // namespace Cli
