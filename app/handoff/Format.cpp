// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/Format.h"

#include "app/handoff/Csv.h"
#include "app/handoff/Har.h"
#include "app/handoff/JsonLines.h"

using namespace Qt::StringLiterals;

namespace Handoff {

QString fileSuffix(Format format)
{
    switch (format) {
    case Format::JsonLines:
        return u"jsonl"_s;
    case Format::Har:
        return u"har"_s;
    case Format::Csv:
        return u"csv"_s;
    }
    return {};
}

std::unique_ptr<ExportWriter> makeWriter(Format format, QIODevice &device,
                                         const RedactionOptions &options)
{
    switch (format) {
    case Format::JsonLines:
        return std::make_unique<JsonLinesWriter>(device, options);
    case Format::Har:
        return std::make_unique<HarWriter>(device, options);
    case Format::Csv:
        return std::make_unique<CsvWriter>(device, options);
    }
    return {};
}

} // namespace Handoff
