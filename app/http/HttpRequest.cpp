// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/HttpRequest.h"

#include <QUrl>

#include <algorithm>

namespace Http {

namespace {

// Splits an origin-form ("/a?b") or absolute-form ("http://h/a?b") target into path and query.
QUrl targetUrl(const QByteArray &target)
{
    if (target.startsWith('/'))
        return QUrl::fromEncoded("http://localhost" + target);
    return QUrl::fromEncoded(target);
}

} // namespace

QString HttpRequest::path() const
{
    if (target.startsWith('/')) {
        const qsizetype queryStart = target.indexOf('?');
        return QUrl::fromPercentEncoding(queryStart < 0 ? target : target.first(queryStart));
    }
    return targetUrl(target).path(QUrl::FullyDecoded);
}

QUrlQuery HttpRequest::query() const
{
    return QUrlQuery(targetUrl(target));
}

QByteArray firstHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return firstHeader(headers, name);
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    return Http::hasHeader(headers, name);
}

} // namespace Http
