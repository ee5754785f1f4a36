// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QMap>
#include <QStringList>

#include <optional>

// The JSON:API shapes of the Channex webhook endpoints
// (https://docs.channex.io/api-v.1-documentation/webhook-collection), in both directions: the
// client reads resources and writes `{"webhook": {...}}` bodies; the sandbox does the opposite.
// Readers are tolerant of every documented variant and return std::nullopt with a technical
// description in *error when the shape is not what the endpoint documents.
namespace Channex::JsonApi {

// Member names of the webhook resource, shared by the reading (JsonApiReader.cpp) and writing
// (JsonApiWriter.cpp) halves so the two directions cannot drift apart.
namespace Key {
inline constexpr QLatin1StringView Data {"data"};
inline constexpr QLatin1StringView Meta {"meta"};
inline constexpr QLatin1StringView Errors {"errors"};
inline constexpr QLatin1StringView Type {"type"};
inline constexpr QLatin1StringView Id {"id"};
inline constexpr QLatin1StringView Attributes {"attributes"};
inline constexpr QLatin1StringView Relationships {"relationships"};
inline constexpr QLatin1StringView Property {"property"};
inline constexpr QLatin1StringView Organization {"organization"};
inline constexpr QLatin1StringView PropertyId {"property_id"};
inline constexpr QLatin1StringView CallbackUrl {"callback_url"};
inline constexpr QLatin1StringView EventMask {"event_mask"};
inline constexpr QLatin1StringView Headers {"headers"};
inline constexpr QLatin1StringView RequestParams {"request_params"};
inline constexpr QLatin1StringView IsActive {"is_active"};
inline constexpr QLatin1StringView SendData {"send_data"};
inline constexpr QLatin1StringView IsGlobal {"is_global"};
inline constexpr QLatin1StringView Protected {"protected"};
} // namespace Key

struct PageMeta
{
    int page = 0;
    int limit = 0;
    int total = 0;
};

struct WebhookPage
{
    QList<Webhook> webhooks;
    PageMeta meta;
};

// `errors` object of a failed call. `details` is a field → messages object on 422; on 400 it
// may be an array of messages (kept in `detailList`).
struct ErrorBody
{
    QString code;
    QString title;
    QMap<QString, QStringList> details;
    QStringList detailList;
};

// --- reading (client side), in JsonApiReader.cpp ---
std::optional<Webhook> webhookFromResource(const QJsonObject &resource, QString *error);
std::optional<WebhookPage> parseWebhookList(const QByteArray &body, QString *error);
std::optional<Webhook> parseWebhookDocument(const QByteArray &body, QString *error);
std::optional<QList<PropertyOption>> parsePropertyOptions(const QByteArray &body, QString *error);
std::optional<WebhookTestResult> parseTestResult(const QByteArray &body, QString *error);
std::optional<ErrorBody> parseErrorBody(const QByteArray &body);

// --- writing (client side), in JsonApiWriter.cpp ---
// `{"webhook": {...}}` with every writable attribute; `property_id` is null for a global webhook.
// A JSON object cannot hold a key twice, so callers check WebhookRules first: ChannexClient
// refuses duplicate header or parameter names before it gets here, instead of sending one.
QByteArray webhookRequestBody(const Webhook &webhook);

// --- shared helpers (keyValuesToJson in JsonApiWriter.cpp, keyValuesFromJson in the reader) ---
// JSON object (or null) ↔ key/value list. Non-string JSON values are converted to text
// (numbers, booleans) so nothing the server sends is dropped.
QJsonValue keyValuesToJson(const std::optional<KeyValueList> &values);
std::optional<KeyValueList> keyValuesFromJson(const QJsonValue &value);

// --- writing (sandbox side), in JsonApiWriter.cpp ---
// A full resource: type, id, attributes (with the `id` duplicate older clients expect),
// relationships `property` (when property-scoped) and `organization`.
QJsonObject webhookToResource(const Webhook &webhook);
QJsonObject propertyOptionToResource(const PropertyOption &property);
QJsonObject errorDocument(const QString &code, const QString &title,
                          const QMap<QString, QStringList> &details = {});

} // namespace Channex::JsonApi
