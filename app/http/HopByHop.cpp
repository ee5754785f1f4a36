// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/HopByHop.h"

using namespace Qt::StringLiterals;

namespace Http {

namespace {

bool namedByConnection(const QByteArray &lowerName, const HeaderList &message)
{
    for (const auto &[name, value] : message) {
        if (name.compare("Connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &token : value.split(',')) {
            if (token.trimmed().toLower() == lowerName)
                return true;
        }
    }
    return false;
}

} // namespace

bool isHopByHop(QByteArrayView name, const HeaderList &message)
{
    static const QByteArrayView fixed[] = {"connection",
                                           "keep-alive",
                                           "proxy-connection",
                                           "te",
                                           "trailer",
                                           "upgrade",
                                           "transfer-encoding",
                                           "content-length",
                                           "expect",
                                           "proxy-authenticate",
                                           "proxy-authorization"};
    const QByteArray lower = name.toByteArray().toLower();
    for (const QByteArrayView candidate : fixed) {
        if (lower == candidate)
            return true;
    }
    return namedByConnection(lower, message);
}

HeaderList endToEndHeaders(const HeaderList &headers, KeepHost keepHost)
{
    HeaderList kept;
    for (const auto &header : headers) {
        if (isHopByHop(header.first, headers)
            || (keepHost == KeepHost::No && header.first.compare("Host", Qt::CaseInsensitive) == 0))
            continue;
        kept << header;
    }
    return kept;
}

} // namespace Http
