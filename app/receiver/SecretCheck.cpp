// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/SecretCheck.h"

namespace Receiver {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Every byte of the longer one is visited; a length difference counts as a difference.
    const qsizetype length = qMax(a.size(), b.size());
    unsigned difference = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < length; ++i) {
        const auto left = i < a.size() ? quint8(a[i]) : quint8(0);
        const auto right = i < b.size() ? quint8(b[i]) : quint8(0);
        difference |= unsigned(left ^ right);
    }
    return difference == 0;
}

SecretCheck::Result SecretCheck::check(const Http::HttpRequest &request) const
{
    if (!isEnabled())
        return Result::Passed;
    if (!request.hasHeader(headerName))
        return Result::Missing;
    return constantTimeEquals(request.header(headerName), headerValue) ? Result::Passed
                                                                       : Result::Wrong;
}

} // namespace Receiver
