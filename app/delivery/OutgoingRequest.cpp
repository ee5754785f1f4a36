// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/delivery/OutgoingRequest.h"

namespace Delivery {

namespace {

bool hasHeader(const HeaderPairs &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

QUrl withQueryParams(const QUrl &url, const QList<QPair<QString, QString>> &params)
{
    if (params.isEmpty())
        return url;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[key, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QUrl result = url;
    result.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return result;
}

QByteArray wireRequest(const OutgoingRequest &request)
{
    const QUrl url = withQueryParams(request.url, request.queryParams);
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    QByteArray bytes = request.method + ' ' + target + " HTTP/1.1\r\n";
    if (!hasHeader(request.headers, "Host")) {
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']'; // IPv6
        const int defaultPort = url.scheme() == QLatin1StringView("https") ? 443 : 80;
        if (url.port(defaultPort) != defaultPort)
            host += ':' + QByteArray::number(url.port());
        bytes += "Host: " + host + "\r\n";
    }
    for (const auto &[name, value] : request.headers)
        bytes += name + ": " + value + "\r\n";
    // Framing: a body needs its length; POST, PUT and PATCH say 0 when empty, as clients do.
    const bool sendsLength = !request.body.isEmpty() || request.method == "POST"
        || request.method == "PUT" || request.method == "PATCH";
    if (sendsLength && !hasHeader(request.headers, "Content-Length")
        && !hasHeader(request.headers, "Transfer-Encoding"))
        bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    bytes += "\r\n";
    bytes += request.body;
    return bytes;
}

} // namespace Delivery
