// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/handoff/ExportWriter.h"

#include <QJsonObject>

namespace Handoff {

// One HAR 1.2 entry (log.entries[i]) for a capture: the request as received and our answer.
// request.url is http://<Host header><target> ("localhost" when the request had no Host).
QJsonObject harEntry(const Capture::CaptureRecord &record, const RedactionOptions &options);

// A HAR 1.2 file: {"log": {"version": "1.2", "creator": …, "entries": [ … ]}}, the entries
// written one by one between begin() and finish().
class HarWriter final : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;
    bool begin() override;
    bool write(const Capture::CaptureRecord &record) override;
    bool finish() override;
};

} // namespace Handoff
