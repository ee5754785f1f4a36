// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpResponse.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

// The answers of the sandbox API, shaped like Channex's
// (https://docs.channex.io/api-v.1-documentation/webhook-collection). Codes, titles and messages
// are wire text that clients compare: they are never translated.
namespace Sandbox::Responses {

Http::HttpResponse json(int status, const QJsonObject &object);

// `{"errors": {"code", "title"}}` for any status: the documented pairs for 401, 403, 404, 422
// and 429, `internal_server_error` for every 5xx, and the reason phrase otherwise.
Http::HttpResponse error(int status);
Http::HttpResponse unauthorized();
Http::HttpResponse notFound();
// 400 with `details` as an array of sentences, the shape Channex uses for bad requests.
Http::HttpResponse badRequest(const QStringList &details);
// 422 with `details` as field → messages.
Http::HttpResponse validationError(const QMap<QString, QStringList> &details);
// 200 whose body is cut off mid-document (the MalformedJson fault).
Http::HttpResponse malformedJson();

} // namespace Sandbox::Responses
