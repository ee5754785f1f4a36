// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/ApiError.h"

#include "app/channex/ConnectionProfile.h"

using namespace Qt::StringLiterals;

namespace Channex {

namespace {

// The host for a sentence, or a neutral word when the call never got that far.
QString hostOrServer(const QString &host)
{
    return host.isEmpty() ? ApiError::tr("the server") : host;
}

bool isBuiltInHost(const QString &host)
{
    return host.compare(ConnectionProfile::stagingRoot().host(), Qt::CaseInsensitive) == 0
        || host.compare(ConnectionProfile::productionRoot().host(), Qt::CaseInsensitive) == 0;
}

} // namespace

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::Unauthorized:
        return tr("API key refused");
    case Kind::Forbidden:
        return tr("Access denied");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Validation:
        return tr("Invalid values");
    case Kind::RateLimited:
        return tr("Too many requests");
    case Kind::BadRequest:
        return tr("Request not understood");
    case Kind::ServerError:
        return tr("Channex server error");
    case Kind::UnexpectedStatus:
        return tr("Unexpected answer");
    case Kind::Timeout:
        return tr("No answer in time");
    case Kind::HostNotFound:
        return tr("Server not found");
    case Kind::ConnectionRefused:
        return tr("Connection refused");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Network:
        return tr("Network error");
    case Kind::MalformedResponse:
        return tr("Unexpected response");
    case Kind::Cancelled:
        return tr("Cancelled");
    }
    return tr("Error");
}

QString ApiError::message() const
{
    const QString server = hostOrServer(host);
    switch (kind) {
    case Kind::Unauthorized:
        return tr("The API key was refused by %1. Enter this connection's key again under "
                  "Manage connections…; staging and production keys differ, and a withdrawn key "
                  "stops working.")
            .arg(server);
    case Kind::Forbidden:
        return tr("The API key is not allowed to do this (HTTP 403). It may be limited to some "
                  "properties; use a key with access to this property or ask the account owner.");
    case Kind::NotFound:
        // Only a call about one webhook can hit a webhook deleted elsewhere; a 404 on the list or
        // the property names means the address has no Channex API.
        if (aboutOneWebhook)
            return tr("This webhook no longer exists on %1 (HTTP 404); it may have been deleted "
                      "elsewhere. Refresh the list to see the current webhooks.")
                .arg(server);
        return tr("%1 has no Channex API at this address (HTTP 404). Check the server address "
                  "under Manage connections…: it is the root, such as https://staging.channex.io, "
                  "without /api/v1.")
            .arg(server);
    case Kind::Validation: {
        const QStringList lines = detailLines();
        // Refused here, before sending (ChannexClient checks WebhookRules): Channex saw nothing.
        if (code == NotSentCode && !lines.isEmpty())
            return tr("Nothing was sent: %1. Correct the values and try again.")
                .arg(lines.join(QStringLiteral("; ")));
        if (lines.isEmpty())
            return tr("Channex rejected the values (%1). Check the fields and save again.")
                .arg(title.isEmpty() ? tr("HTTP 422") : title);
        if (lines.size() == 1)
            return tr("Channex rejected the values: %1. Correct the field and save again.")
                .arg(lines.first());
        return tr("Channex rejected the values: %1 (and %n more). Correct the fields and save "
                  "again.",
                  nullptr, int(lines.size() - 1))
            .arg(lines.first());
    }
    case Kind::RateLimited:
        if (retryAfterSeconds >= 0)
            return tr("%1 received too many requests from this key (HTTP 429). Wait %n second(s) "
                      "and try again.",
                      nullptr, retryAfterSeconds)
                .arg(server);
        return tr("%1 received too many requests from this key (HTTP 429). Wait a minute and try "
                  "again.")
            .arg(server);
    case Kind::BadRequest:
        return tr("%1 did not understand the request (HTTP 400%2). This is probably a bug in "
                  "Webhook Console or a server version it does not know; please report it.")
            .arg(server, title.isEmpty() ? QString() : u": "_s + title);
    case Kind::ServerError:
        return tr("%1 had a problem answering (HTTP %2). This is not caused by your input; "
                  "try again in a few minutes.")
            .arg(server)
            .arg(httpStatus);
    case Kind::UnexpectedStatus:
        return tr("%1 answered with the unexpected HTTP status %2. Check that the server URL "
                  "points to a Channex API.")
            .arg(server)
            .arg(httpStatus);
    case Kind::Timeout:
        return tr("%1 did not answer in time. Check your internet connection and try again; if it "
                  "keeps happening the server may be overloaded.")
            .arg(server);
    case Kind::HostNotFound:
        if (host.isEmpty())
            return tr("The server name could not be found. Check your internet connection and "
                      "the server address.");
        // The built-in addresses are right by construction: only the network or DNS can fail.
        if (isBuiltInHost(host))
            return tr("The server name %1 could not be found. Check your internet connection and "
                      "DNS settings (or proxy); the address itself is correct.")
                .arg(host);
        return tr("The server name %1 could not be found. Check the server address under Manage "
                  "connections… for typos, and check your internet connection.")
            .arg(host);
    case Kind::ConnectionRefused:
        return tr("%1 refused the connection; nothing is listening there. Check the server URL "
                  "and port, or restart the sandbox if you are using it.")
            .arg(server);
    case Kind::Tls:
        return tr("A secure connection to %1 could not be established (certificate or TLS "
                  "problem). Check the server URL, the system clock and any proxy that inspects "
                  "HTTPS traffic.")
            .arg(server);
    case Kind::Network:
        return tr("The connection to %1 failed. Check your internet connection or proxy settings "
                  "and try again.")
            .arg(server);
    case Kind::MalformedResponse:
        return tr("%1 answered with something that is not the expected JSON. Is the server URL "
                  "right? It must point to a Channex API server.")
            .arg(server);
    case Kind::Cancelled:
        return tr("The request was cancelled before an answer arrived.");
    }
    return tr("The request to %1 failed.").arg(server);
}

QStringList ApiError::detailLines() const
{
    QStringList lines;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        if (it.value().isEmpty()) {
            lines << it.key();
            continue;
        }
        for (const QString &text : it.value())
            lines << u"%1: %2"_s.arg(it.key(), text);
    }
    return lines;
}

} // namespace Channex
