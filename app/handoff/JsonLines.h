#pragma once

#include "app/handoff/CaptureWriter.h"

#include <QByteArray>
#include <QJsonObject>

namespace Handoff {

// One capture as a JSON object (the JSON Lines format of docs/handoff.md).
QJsonObject jsonObject(const Capture::CaptureRecord &record, const RedactionOptions &options);
// The same object as one compact line ending in '\n'.
QByteArray jsonLine(const Capture::CaptureRecord &record, const RedactionOptions &options);

// JSON Lines: one line per capture, nothing before or after.
class JsonLinesWriter final : public CaptureWriter
{
public:
    using CaptureWriter::CaptureWriter;
    bool write(const Capture::CaptureRecord &record) override;
};

} // namespace Handoff
