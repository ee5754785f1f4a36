// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/SandboxResponses.h"

#include "app/channex/JsonApiCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Sandbox::Responses {

namespace {

struct ErrorCode
{
    QString code;
    QString title;
};

ErrorCode errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return {u"bad_request"_s, u"Bad Request"_s};
    case 401:
        return {u"unauthorized"_s, u"Unauthorized"_s};
    case 403:
        return {u"forbidden"_s, u"Forbidden"_s};
    case 404:
        return {u"resource_not_found"_s, u"Resource Not Found"_s};
    case 422:
        return {u"validation_error"_s, u"Validation Error"_s};
    case 429:
        return {u"http_too_many_requests"_s, u"Too Many Requests"_s};
    default:
        break;
    }
    if (status >= 500)
        return {u"internal_server_error"_s, u"Internal Server Error"_s};
    // Any other status: the reason phrase as title, in snake_case as code ("conflict").
    const QString title = QString::fromLatin1(Http::HttpResponse::reasonPhrase(status));
    return {title.toLower().replace(u' ', u'_').replace(u'-', u'_'), title};
}

} // namespace

Http::HttpResponse json(int status, const QJsonObject &object)
{
    Http::HttpResponse response = Http::HttpResponse::json(status, QJsonDocument(object));
    response.setHeader("Content-Type"_ba, "application/json; charset=utf-8"_ba);
    return response;
}

Http::HttpResponse error(int status)
{
    const ErrorCode error = errorCodeFor(status);
    return json(status, Channex::JsonApi::errorDocument(error.code, error.title));
}

Http::HttpResponse unauthorized()
{
    return error(401);
}

Http::HttpResponse notFound()
{
    return error(404);
}

Http::HttpResponse badRequest(const QStringList &details)
{
    const ErrorCode code = errorCodeFor(400);
    const QJsonObject errors {{u"code"_s, code.code},
                              {u"title"_s, code.title},
                              {u"details"_s, QJsonArray::fromStringList(details)}};
    return json(400, QJsonObject {{u"errors"_s, errors}});
}

Http::HttpResponse validationError(const QMap<QString, QStringList> &details)
{
    const ErrorCode code = errorCodeFor(422);
    return json(422, Channex::JsonApi::errorDocument(code.code, code.title, details));
}

Http::HttpResponse malformedJson()
{
    Http::HttpResponse response;
    response.status = 200;
    response.body = R"({"data": [)"_ba;
    response.setHeader("Content-Type"_ba, "application/json; charset=utf-8"_ba);
    return response;
}

} // namespace Sandbox::Responses
