// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/handoff/ExportWriter.h"

#include <QByteArray>
#include <QStringList>

namespace Handoff {

// CSV (RFC 4180): UTF-8, CRLF line ends, a header row, a field quoted when it holds a comma, a
// quote, CR or LF (quotes doubled). One row per capture, without bodies:
// id, received, method, path, query, event, property id, property (its name, when the account
// was read), status, size, duration ms, marks, peer, note.
QStringList csvColumns();
QByteArray csvField(const QString &text);
QByteArray csvRow(const Capture::CaptureRecord &record, const RedactionOptions &options,
                  const QString &propertyTitle = {});

class CsvWriter final : public ExportWriter
{
public:
    using ExportWriter::ExportWriter;
    bool begin() override;
    bool write(const Capture::CaptureRecord &record) override;
};

} // namespace Handoff
