// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/handoff/Redaction.h"

#include <QString>

#include <functional>

class QIODevice;

namespace Handoff {

// Writes captures one at a time to a device, so that an export of any size holds one record in
// memory. Call begin(), write() for each capture, then finish(); each returns false with
// errorString() once the device refuses a write, and every later call returns false too.
// A property's name for its id (the account's property list), or the id when unknown.
using PropertyTitles = std::function<QString(const QString &id)>;

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

    // Formats that name the property (CSV) use these; without them only the id is written.
    void setPropertyTitles(PropertyTitles titles) { m_titles = std::move(titles); }

    QString errorString() const { return m_error; }
    qint64 written() const { return m_count; }

protected:
    bool put(const QByteArray &bytes);
    bool ok() const { return m_error.isEmpty(); }
    void counted() { ++m_count; }
    const RedactionOptions &options() const { return m_options; }
    // The name of the property, empty when unknown.
    QString propertyTitle(const QString &id) const
    {
        const QString title = m_titles && !id.isEmpty() ? m_titles(id) : QString();
        return title == id ? QString() : title;
    }

private:
    QIODevice &m_device;
    RedactionOptions m_options;
    PropertyTitles m_titles;
    QString m_error;
    qint64 m_count = 0;
};

} // namespace Handoff
