// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Channex {

// An API failure as a value: what kind it is, what the server said, and a sentence for people.
// Every failed call of ChannexClient produces one; nothing throws.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Channex::ApiError)

public:
    enum class Kind {
        Unauthorized, // 401: bad or withdrawn API key
        Forbidden, // 403: key lacks rights
        NotFound, // 404: resource gone
        Validation, // 422: field details in `details`
        RateLimited, // 429: `retryAfterSeconds` when the server said
        BadRequest, // 400
        ServerError, // 5xx
        UnexpectedStatus, // any other non-2xx status
        Timeout, // no answer within the transfer timeout
        HostNotFound, // DNS failure
        ConnectionRefused, // nothing listens on that port
        Tls, // certificate or handshake failure
        Network, // other transport failures (reset, unreachable, proxy)
        MalformedResponse, // the body is not the JSON the endpoint documents
        Cancelled, // the call was aborted by us
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code; // Channex `errors.code`, e.g. "validation_error"
    QString title; // Channex `errors.title`
    QMap<QString, QStringList> details; // 422 field → messages
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent
    QString technical; // transport error string or parse error, for logs and tooltips
    QString host; // host name the call went to, for the sentence

    // `code` of a write the client refused before sending (WebhookRules): Channex saw nothing.
    static constexpr QLatin1StringView NotSentCode {"not_sent"};
    bool aboutOneWebhook = false; // the call addressed one webhook (get, update, delete)

    // A sentence with the likely cause and the next step, translated.
    QString message() const;
    // A short translated name of the kind, e.g. "Invalid API key".
    QString summary() const;
    // The 422 details as lines "field: message", for hint labels.
    QStringList detailLines() const;
};

} // namespace Channex
