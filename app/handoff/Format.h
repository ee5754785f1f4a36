#pragma once

#include "app/handoff/CaptureWriter.h"

#include <QString>

#include <memory>

namespace Handoff {

enum class Format { JsonLines, Har, Csv };

// "jsonl", "har", "csv" (without the dot).
QString fileSuffix(Format format);
// The writer for `format` on `device`.
std::unique_ptr<CaptureWriter> makeWriter(Format format, QIODevice &device,
                                          const RedactionOptions &options);

} // namespace Handoff
