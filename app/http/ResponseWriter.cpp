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

// IMF-fixdate (RFC 9110 §5.6.7), cached per second: formatting a date per response shows up in
// profiles of small requests.
QByteArray httpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cachedText;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedText = QLocale::c().toString(now, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    }
    return cachedText;
}

} // namespace

QByteArray serializeResponse(const HttpResponse &response, const ResponseFraming &framing)
{
    const int status = response.status;
    // RFC 9110 §6.4.1: these statuses never have content.
    const bool noContent = (status >= 100 && status < 200) || status == 204 || status == 304;

    QByteArray out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status)
        + "\r\n";
    bool hasDate = false;
    for (const auto &[name, value] : response.headers) {
        if (isFramingHeader(name))
            continue;
        hasDate = hasDate || name.compare("Date", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!noContent)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!hasDate)
        out += "Date: " + httpDate() + "\r\n";
    if (framing.close)
        out += "Connection: close\r\n";
    else if (framing.http10KeepAlive)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!framing.headRequest && !noContent)
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
