// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/handoff/ExportWriter.h"

#include <QByteArray>
#include <QJsonObject>

namespace Handoff {

// One capture as a JSON object (the JSON Lines format of docs/handoff.md).
QJsonObject jsonObject(const Capture::CaptureRecord &record, const RedactionOptions &options);
// The same object as one compact line ending in '\n'.
QByteArray jsonLine(const Capture::CaptureRecord &record, const RedactionOptions &options);

// JSON Lines: one line per capture, nothing before or after.
class JsonLinesWriter final : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;
    bool write(const Capture::CaptureRecord &record) override;
};

} // namespace Handoff
