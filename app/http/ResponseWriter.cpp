// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/ResponseWriter.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Http {

namespace {

bool isFramingHeader(QByteArrayView name)
{
    // The connection owns these: a handler's stale or wrong value must not corrupt framing.
    for (QByteArrayView owned : {"Content-Length"_ba, "Transfer-Encoding"_ba, "Connection"_ba}) {
        if (name.compare(owned, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool hasNoContent(int status)
{
    // RFC 9110 §6.4.1: these statuses never have content.
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

// The current date, cached per second: formatting a date per response shows up in profiles of
// small requests.
QByteArray currentHttpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cachedText;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedText = httpDate(now);
    }
    return cachedText;
}

} // namespace

QByteArray httpDate(const QDateTime &time)
{
    // IMF-fixdate, RFC 9110 §5.6.7.
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

HeaderList headersAsWritten(const HttpResponse &response, const ResponseFraming &framing,
                            const QByteArray &date)
{
    HeaderList headers;
    headers.reserve(response.headers.size() + 3);
    bool hasDate = false;
    for (const auto &header : response.headers) {
        if (isFramingHeader(header.first))
            continue;
        hasDate = hasDate || header.first.compare("Date", Qt::CaseInsensitive) == 0;
        headers << header;
    }
    if (!hasNoContent(response.status))
        headers.append({"Content-Length"_ba, QByteArray::number(response.body.size())});
    if (!hasDate)
        headers.append({"Date"_ba, date});
    if (framing.close)
        headers.append({"Connection"_ba, "close"_ba});
    else if (framing.http10KeepAlive)
        headers.append({"Connection"_ba, "keep-alive"_ba});
    return headers;
}

QByteArray serializeResponse(const HttpResponse &response, const ResponseFraming &framing)
{
    const int status = response.status;
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status)
        + "\r\n";
    for (const auto &[name, value] : headersAsWritten(response, framing, currentHttpDate()))
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (!framing.headRequest && !hasNoContent(status))
        out += response.body;
    return out;
}

QByteArray continueResponse()
{
    return "HTTP/1.1 100 Continue\r\n\r\n"_ba;
}

bool wantsClose(const HttpResponse &response)
{
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0
            && value.trimmed().compare("close", Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace Http
