// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/ReplyErrorMapper.h"

#include "app/channex/JsonApiCodec.h"

#include <QLocale>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace Channex::ReplyErrorMapper {

namespace {

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return ApiError::Kind::BadRequest;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 422:
        return ApiError::Kind::Validation;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 && status <= 599 ? ApiError::Kind::ServerError
                                              : ApiError::Kind::UnexpectedStatus;
    }
}

// The start of a body that is not a Channex error document (an HTML error page from a proxy,
// the docs' invalid 404 JSON), so the log shows what actually came back.
QString bodyExcerpt(const QByteArray &body)
{
    constexpr qsizetype maxLength = 200;
    QString text = QString::fromUtf8(body.left(maxLength)).simplified();
    if (body.size() > maxLength)
        text += u"…"_s;
    return text;
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    // Qt reports every TLS failure of the handshake (bad certificate, wrong protocol, a server
    // that does not speak TLS at all) as SslHandshakeFailedError.
    return error == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

ApiError fromStatus(int status, const QByteArray &body, const QByteArray &retryAfter,
                    const QDateTime &now)
{
    ApiError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    error.technical = u"HTTP %1"_s.arg(status);
    if (const auto parsed = JsonApi::parseErrorBody(body)) {
        error.code = parsed->code;
        error.title = parsed->title;
        error.details = parsed->details;
        // A 400 lists its complaints without field names; a key without messages is how
        // ApiError::detailLines() shows such a line as it is.
        for (const QString &line : parsed->detailList)
            error.details.insert(line, {});
        error.technical += u": "_s + parsed->code;
    } else if (!body.trimmed().isEmpty()) {
        error.technical += u": "_s + bodyExcerpt(body);
    }
    if (status == 429)
        error.retryAfterSeconds = retryAfterSeconds(retryAfter, now);
    return error;
}

ApiError fromTransport(QNetworkReply::NetworkError networkError, const QString &errorString,
                       bool abortedByUs, const QStringList &tlsProblems)
{
    ApiError error;
    error.technical = errorString;
    if (!tlsProblems.isEmpty())
        error.technical += u" ("_s + tlsProblems.join(u"; "_s) + u')';

    if (abortedByUs) {
        error.kind = ApiError::Kind::Cancelled;
        return error;
    }
    switch (networkError) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt 6.4 aborts the reply when setTransferTimeout
                                                // expires
        error.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiError::Kind::HostNotFound;
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ApiError::Kind::ConnectionRefused;
        break;
    default:
        error.kind = isTlsError(networkError) || !tlsProblems.isEmpty() ? ApiError::Kind::Tls
                                                                        : ApiError::Kind::Network;
        break;
    }
    return error;
}

ApiError malformed(const QString &parserError)
{
    ApiError error;
    error.kind = ApiError::Kind::MalformedResponse;
    error.technical = parserError;
    return error;
}

int retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, std::numeric_limits<int>::max()));

    // HTTP-date (RFC 9110 §5.6.7): the IMF-fixdate form every current server sends.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return int(qBound(qint64(0), now.secsTo(when), qint64(std::numeric_limits<int>::max())));
}

bool isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::Timeout:
        return true;
    default:
        return false;
    }
}

bool isDroppedConnection(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    // Qt 6.4 has no code of its own for a reset (ECONNRESET): it reports UnknownNetworkError.
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace Channex::ReplyErrorMapper
