#include "app/handoff/CaptureWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Handoff {

CaptureWriter::CaptureWriter(QIODevice &device, const RedactionOptions &options)
    : m_device(device), m_options(options)
{ }

bool CaptureWriter::put(const QByteArray &bytes)
{
    if (!ok())
        return false;
    if (m_device.write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("Handoff::CaptureWriter",
                                              "Could not write the export: %1")
                      .arg(m_device.errorString());
        return false;
    }
    return true;
}

} // namespace Handoff
