// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/handoff/Redaction.h"

#include <QString>

class QIODevice;

namespace Handoff {

// Writes captures one at a time to a device, so that an export of any size holds one record in
// memory. Call begin(), write() for each capture, then finish(); each returns false with
// errorString() once the device refuses a write, and every later call returns false too.
class ExportWriter
{
public:
    ExportWriter(QIODevice &device, const RedactionOptions &options);
    virtual ~ExportWriter() = default;
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    virtual bool begin() { return ok(); }
    virtual bool write(const Capture::CaptureRecord &record) = 0;
    virtual bool finish() { return ok(); }

    QString errorString() const { return m_error; }
    qint64 written() const { return m_count; }

protected:
    bool put(const QByteArray &bytes);
    bool ok() const { return m_error.isEmpty(); }
    void counted() { ++m_count; }
    const RedactionOptions &options() const { return m_options; }

private:
    QIODevice &m_device;
    RedactionOptions m_options;
    QString m_error;
    qint64 m_count = 0;
};

} // namespace Handoff
