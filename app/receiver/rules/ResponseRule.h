// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequest.h"
#include "app/http/HttpResponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Receiver {

// One response rule: which requests it answers (every matcher left empty matches anything) and
// the answer. The rules file's format is in docs/response-rules.md.
struct ResponseRule
{
    Q_DECLARE_TR_FUNCTIONS(Receiver::ResponseRule)

public:
    QString name; // optional; the capture names the rule by it, or by its position
    QByteArray method; // exact, compared without case ("post" matches POST); empty: any
    QString path; // exact, or a prefix when it ends in '*' ("/hooks/*"); empty: any
    QString event; // the Channex event of the body ("booking_new"); empty: any, body or not

    int status = 200; // 100–599
    QByteArray body;
    Http::HeaderList headers; // sent as given; the receiver adds Content-Length and Date
    int delayMs = 0; // waited after the request was stored, before answering
    std::optional<int> times; // answers this many requests, then is spent; none: no limit
    std::optional<double> percent; // answers this share of the requests it matches, at random

    friend bool operator==(const ResponseRule &, const ResponseRule &) = default;

    // The request matchers only (not `times` or `percent`). `event` is the event the receiver
    // recognised in the body, empty when the body is no Channex payload.
    bool matches(QByteArrayView requestMethod, const QString &requestPath,
                 const QString &requestEvent) const;
    // The answer as the receiver sends it (before X-Capture-Id).
    Http::HttpResponse answer() const;
    // How a capture names the rule: its name, or "rule 2" for the second rule without one.
    QString label(int position) const;
    // What the rule matches, in words, for the editor's list ("POST /hooks/* · booking_new").
    QString matcherSummary() const;
};

} // namespace Receiver
