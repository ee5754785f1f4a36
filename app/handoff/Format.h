// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/handoff/ExportWriter.h"

#include <QString>

#include <memory>

namespace Handoff {

enum class Format { JsonLines, Har, Csv };

// "jsonl", "har", "csv" (without the dot).
QString fileSuffix(Format format);
// The writer for `format` on `device`.
std::unique_ptr<ExportWriter> makeWriter(Format format, QIODevice &device,
                                         const RedactionOptions &options);

} // namespace Handoff
