// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/ExportWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Handoff {

ExportWriter::ExportWriter(QIODevice &device, const RedactionOptions &options)
    : m_device(device), m_options(options)
{ }

bool ExportWriter::put(const QByteArray &bytes)
{
    if (!ok())
        return false;
    if (m_device.write(bytes) != bytes.size()) {
        m_error
            = QCoreApplication::translate("Handoff::ExportWriter", "Could not write the export: %1")
                  .arg(m_device.errorString());
        return false;
    }
    return true;
}

} // namespace Handoff
