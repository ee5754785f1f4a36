#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Delivery {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request to send: the sandbox's test call (POST), replay of a capture (any method),
// forwarding next.
struct OutgoingRequest
{
    QByteArray method = "POST"; // any token: GET, PUT, PATCH, DELETE, HEAD, …
    QUrl url; // may carry a query of its own; queryParams follow it
    QList<QPair<QString, QString>> queryParams; // appended percent-encoded, in order
    // Sent after the defaults below; a name given here replaces a default. A name given twice is
    // sent once with the values joined by ", " (RFC 9110 §5.3; QNetworkRequest keeps one value
    // per name).
    HeaderPairs headers;
    QByteArray body;
    QByteArray contentType = "application/json"; // empty: no default Content-Type
    QByteArray userAgent = "Webhook Console"; // empty: Qt's own default
    std::chrono::milliseconds timeout {10'000}; // no byte moving for this long ends the call
};

// What came back. An answer of any status (2xx to 5xx, redirects are not followed) is an
// answer; `error` says why there was none (refused, DNS, TLS, timeout).
struct DeliveryResult
{
    int status = 0; // 0 when nothing answered
    HeaderPairs headers; // in arrival order
    QByteArray body;
    QString error; // empty when answered; a sentence fragment such as "no answer within 10 s"
    bool timedOut = false;
    std::chrono::milliseconds elapsed {0};

    bool answered() const { return status > 0; }
};

} // namespace Delivery
