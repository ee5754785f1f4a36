// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

// Turns what a finished QNetworkReply reports into an ApiError. Kept apart from the client so
// each rule can be tested without a server.
namespace Channex::ReplyErrorMapper {

// A non-2xx HTTP answer: kind from the status, code/title/details from a Channex `errors` body
// when there is one, Retry-After for 429. `now` resolves a Retry-After given as an HTTP-date.
ApiError fromStatus(int status, const QByteArray &body, const QByteArray &retryAfter,
                    const QDateTime &now);

// No (complete) HTTP answer. An OperationCanceledError is ours when abortedByUs; otherwise it is
// how Qt reports an expired transfer timeout. tlsProblems are the sslErrors() texts, if any.
ApiError fromTransport(QNetworkReply::NetworkError error, const QString &errorString,
                       bool abortedByUs, const QStringList &tlsProblems);

// A 2xx answer whose body is not what the endpoint documents.
ApiError malformed(const QString &parserError);

// Retry-After as seconds from now: delta-seconds or an HTTP-date; -1 when absent or unreadable.
int retryAfterSeconds(const QByteArray &value, const QDateTime &now);

// Failures that a later identical GET may not hit: rate limiting, server errors, timeouts.
bool isTransient(const ApiError &error);

// The connection went away under a request without an answer: closed by the server (e.g. a
// keep-alive connection retired with pipelined requests on it) or reset. Only a GET may be sent
// again after this; a write may already have been applied.
bool isDroppedConnection(QNetworkReply::NetworkError error);

} // namespace Channex::ReplyErrorMapper
