// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Receiver {

// The secret check: the header a sender must carry, and its value. An empty name turns the
// check off.
struct SecretCheck
{
    enum class Result { Passed, Missing, Wrong };

    QByteArray headerName;
    QByteArray headerValue;

    bool isEnabled() const { return !headerName.isEmpty(); }
    // The first header of that name (case-insensitive) decides; its value is compared in
    // constant time, so the answer's timing tells a guesser nothing about how close it was.
    Result check(const Http::HttpRequest &request) const;
};

// True when both hold the same bytes. The time taken depends only on the lengths, never on
// where the first difference is.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Receiver
