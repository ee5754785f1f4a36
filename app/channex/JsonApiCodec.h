#pragma once

#include "channex/Webhook.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

// The JSON:API shapes of the Channex webhook endpoints (reference §3–§5), in both directions:
// the client reads resources and writes `{"webhook": {...}}` bodies; the sandbox does the
// opposite. Readers are tolerant of every documented variant and return std::nullopt with a
// technical description in *error when the shape is not what the endpoint documents.
namespace Channex::JsonApi {

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

// --- reading (client side) ---
std::optional<Webhook> webhookFromResource(const QJsonObject &resource, QString *error);
std::optional<WebhookPage> parseWebhookList(const QByteArray &body, QString *error);
std::optional<Webhook> parseWebhookDocument(const QByteArray &body, QString *error);
std::optional<QList<PropertyOption>> parsePropertyOptions(const QByteArray &body, QString *error);
std::optional<WebhookTestResult> parseTestResult(const QByteArray &body, QString *error);
std::optional<ErrorBody> parseErrorBody(const QByteArray &body);

// --- writing (client side) ---
// `{"webhook": {...}}` with every writable attribute; `property_id` is null for a global webhook.
QByteArray webhookRequestBody(const Webhook &webhook);

// --- shared helpers ---
// JSON object (or null) ↔ key/value list. Non-string JSON values are converted to text
// (numbers, booleans) so nothing the server sends is dropped.
QJsonValue keyValuesToJson(const std::optional<KeyValueList> &values);
std::optional<KeyValueList> keyValuesFromJson(const QJsonValue &value);

// --- writing (sandbox side) ---
// A full resource: type, id, attributes (with the `id` duplicate older clients expect),
// relationships `property` (when property-scoped) and `organization`.
QJsonObject webhookToResource(const Webhook &webhook);
QJsonObject propertyOptionToResource(const PropertyOption &property);
QJsonObject errorDocument(const QString &code, const QString &title,
                          const QMap<QString, QStringList> &details = {});

} // namespace Channex::JsonApi
