// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/RecordText.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Handoff {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString headerText(const QByteArray &bytes)
{
    return isUtf8(bytes) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray httpVersion(const Capture::CaptureRecord &record)
{
    return "HTTP/" + QByteArray::number(record.versionMajor) + '.'
        + QByteArray::number(record.versionMinor);
}

QByteArray targetPath(const QByteArray &target)
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? target : target.left(mark);
}

QByteArray targetQuery(const QByteArray &target)
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? QByteArray() : target.mid(mark + 1);
}

QStringList markNames(Capture::Marks marks)
{
    using Capture::Mark;
    static const QList<QPair<Mark, QString>> names {
        {Mark::Rejected, u"rejected"_s},   {Mark::SecretMismatch, u"secret-mismatch"_s},
        {Mark::Duplicate, u"duplicate"_s}, {Mark::OutOfOrder, u"out-of-order"_s},
        {Mark::Pinned, u"pinned"_s},       {Mark::BytesTruncated, u"bytes-truncated"_s},
    };
    QStringList result;
    for (const auto &[mark, name] : names) {
        if (marks.testFlag(mark))
            result.append(name);
    }
    return result;
}

QString peerText(const Capture::CaptureRecord &record)
{
    if (record.peerAddress.isEmpty())
        return {};
    // An IPv6 address is bracketed so that the port stays readable.
    const QString address
        = record.peerAddress.contains(u':') ? u'[' + record.peerAddress + u']' : record.peerAddress;
    return address + u':' + QString::number(record.peerPort);
}

double durationMs(const Capture::CaptureRecord &record)
{
    return double(record.durationUs) / 1000.0;
}

} // namespace Handoff
