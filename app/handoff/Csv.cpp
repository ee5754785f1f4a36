// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/Csv.h"

#include "app/handoff/RecordText.h"

using namespace Qt::StringLiterals;

namespace Handoff {

namespace {

QByteArray joinRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields.at(i));
    }
    return row + "\r\n";
}

} // namespace

QStringList csvColumns()
{
    return {u"id"_s,          u"received"_s,    u"method"_s,   u"path"_s,   u"query"_s,
            u"event"_s,       u"property id"_s, u"property"_s, u"status"_s, u"size"_s,
            u"duration ms"_s, u"marks"_s,       u"peer"_s,     u"note"_s};
}

QByteArray csvField(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\r') && !utf8.contains('\n'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray csvRow(const Capture::CaptureRecord &original, const RedactionOptions &options,
                  const QString &propertyTitle)
{
    const Capture::CaptureRecord record = applyRedaction(original, options);
    const QByteArray path = targetPath(record.target);
    return joinRow({
        QString::number(record.id),
        isoTime(record.receivedAt),
        QString::fromLatin1(record.method),
        headerText(QByteArray::fromPercentEncoding(path)),
        headerText(targetQuery(record.target)),
        record.event,
        record.propertyId,
        propertyTitle,
        QString::number(record.status),
        QString::number(original.body.size()), // as received, whatever redaction did
        QString::number(durationMs(record), 'f', 3),
        markNames(record.marks).join(u' '),
        peerText(record),
        record.note,
    });
}

bool CsvWriter::begin()
{
    return put(joinRow(csvColumns()));
}

bool CsvWriter::write(const Capture::CaptureRecord &record)
{
    if (!put(csvRow(record, options(), propertyTitle(record.propertyId))))
        return false;
    counted();
    return true;
}

} // namespace Handoff
