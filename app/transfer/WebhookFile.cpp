// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/transfer/WebhookFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Transfer {

namespace {

// Member names: Channex's attribute names where there is one
// (https://docs.channex.io/api-v.1-documentation/webhook-collection), the file's own otherwise.
namespace Key {
constexpr QLatin1StringView Format {"format"};
constexpr QLatin1StringView FormatVersion {"format_version"};
constexpr QLatin1StringView Server {"server"};
constexpr QLatin1StringView ExportedAt {"exported_at"};
constexpr QLatin1StringView Webhooks {"webhooks"};
constexpr QLatin1StringView CallbackUrl {"callback_url"};
constexpr QLatin1StringView EventMask {"event_mask"};
constexpr QLatin1StringView Property {"property"};
constexpr QLatin1StringView Id {"id"};
constexpr QLatin1StringView Title {"title"};
constexpr QLatin1StringView IsActive {"is_active"};
constexpr QLatin1StringView SendData {"send_data"};
constexpr QLatin1StringView Headers {"headers"};
constexpr QLatin1StringView RequestParams {"request_params"};
} // namespace Key

std::optional<FileEntries> entriesOf(const std::optional<Channex::KeyValueList> &values,
                                     bool withSecrets)
{
    if (!values)
        return std::nullopt;
    FileEntries entries;
    entries.reserve(values->size());
    for (const Channex::KeyValue &entry : *values)
        entries << FileEntry {entry.key, withSecrets ? std::optional(entry.value) : std::nullopt};
    return entries;
}

QJsonValue entriesToJson(const std::optional<FileEntries> &entries)
{
    if (!entries)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object;
    for (const FileEntry &entry : *entries)
        object.insert(entry.key, entry.value ? QJsonValue(*entry.value) : QJsonValue());
    return object;
}

QJsonObject webhookToJson(const FileWebhook &webhook)
{
    QJsonObject object;
    object.insert(Key::CallbackUrl, webhook.callbackUrl);
    object.insert(Key::EventMask, webhook.eventMask);
    if (webhook.property) {
        object.insert(
            Key::Property,
            QJsonObject {{Key::Id, webhook.property->id}, {Key::Title, webhook.property->title}});
    } else {
        object.insert(Key::Property, QJsonValue(QJsonValue::Null));
    }
    object.insert(Key::IsActive, webhook.isActive);
    object.insert(Key::SendData, webhook.sendData);
    object.insert(Key::Headers, entriesToJson(webhook.headers));
    object.insert(Key::RequestParams, entriesToJson(webhook.requestParams));
    return object;
}

// Reads one webhook entry; a sentence fragment in *problem when its shape is wrong.
class EntryReader
{
    Q_DECLARE_TR_FUNCTIONS(Transfer::WebhookFileFormat)

public:
    static std::optional<FileWebhook> read(const QJsonValue &value, QString *problem)
    {
        if (!value.isObject())
            return fail(problem, tr("it is not an object"));
        const QJsonObject object = value.toObject();
        FileWebhook webhook;
        const QJsonValue url = object.value(Key::CallbackUrl);
        if (!url.isString())
            return fail(problem, tr("it has no \"callback_url\" text"));
        webhook.callbackUrl = url.toString();
        const QJsonValue mask = object.value(Key::EventMask);
        if (!mask.isString())
            return fail(problem, tr("it has no \"event_mask\" text"));
        webhook.eventMask = mask.toString();

        const QJsonValue property = object.value(Key::Property);
        if (property.isObject()) {
            const QJsonObject p = property.toObject();
            if (!p.value(Key::Title).isString() || p.value(Key::Title).toString().isEmpty())
                return fail(problem, tr("its \"property\" has no \"title\""));
            webhook.property
                = FileProperty {p.value(Key::Id).toString(), p.value(Key::Title).toString()};
        } else if (!property.isNull()) {
            return fail(problem,
                        tr("its \"property\" is neither an object with a \"title\" nor null "
                           "(for a global webhook)"));
        }

        if (!readFlag(object, Key::IsActive, &webhook.isActive, problem)
            || !readFlag(object, Key::SendData, &webhook.sendData, problem)
            || !readEntries(object, Key::Headers, &webhook.headers, problem)
            || !readEntries(object, Key::RequestParams, &webhook.requestParams, problem))
            return std::nullopt;
        return webhook;
    }

private:
    static std::nullopt_t fail(QString *problem, const QString &text)
    {
        *problem = text;
        return std::nullopt;
    }

    // Absent: false, Channex's default for both flags.
    static bool readFlag(const QJsonObject &object, QLatin1StringView key, bool *flag,
                         QString *problem)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isBool()) {
            *problem = tr("its \"%1\" is not true or false").arg(key);
            return false;
        }
        *flag = value.toBool();
        return true;
    }

    // Absent or null: JSON null, as Channex stores an omitted object.
    static bool readEntries(const QJsonObject &object, QLatin1StringView key,
                            std::optional<FileEntries> *entries, QString *problem)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            entries->reset();
            return true;
        }
        if (!value.isObject()) {
            *problem = tr("its \"%1\" is not an object (or null)").arg(key);
            return false;
        }
        const QJsonObject values = value.toObject();
        FileEntries list;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (it.value().isString()) {
                list << FileEntry {it.key(), it.value().toString()};
            } else if (it.value().isNull()) {
                list << FileEntry {it.key(), std::nullopt};
            } else {
                *problem
                    = tr("its \"%1\" value of “%2” is neither text nor null").arg(key, it.key());
                return false;
            }
        }
        *entries = std::move(list);
        return true;
    }
};

} // namespace

WebhookFile WebhookFileFormat::fromAccount(const QList<Channex::Webhook> &webhooks,
                                           const QHash<QString, QString> &titles,
                                           const QUrl &server, bool withSecrets,
                                           const QDateTime &exportedAt)
{
    WebhookFile file;
    file.server = server.toString();
    file.exportedAt = exportedAt.toUTC();
    file.webhooks.reserve(webhooks.size());
    for (const Channex::Webhook &webhook : webhooks) {
        FileWebhook entry;
        entry.callbackUrl = webhook.callbackUrl;
        entry.eventMask = webhook.eventMask;
        if (!webhook.isGlobal && !webhook.propertyId.isEmpty())
            entry.property = FileProperty {webhook.propertyId,
                                           titles.value(webhook.propertyId, webhook.propertyId)};
        entry.isActive = webhook.isActive;
        entry.sendData = webhook.sendData;
        entry.headers = entriesOf(webhook.headers, withSecrets);
        entry.requestParams = entriesOf(webhook.requestParams, withSecrets);
        file.webhooks << entry;
    }
    return file;
}

QByteArray WebhookFileFormat::write(const WebhookFile &file)
{
    QJsonArray webhooks;
    for (const FileWebhook &webhook : file.webhooks)
        webhooks.append(webhookToJson(webhook));
    QJsonObject root;
    root.insert(Key::Format, WebhookFile::Format);
    root.insert(Key::FormatVersion, WebhookFile::FormatVersion);
    root.insert(Key::Server, file.server);
    root.insert(Key::ExportedAt, file.exportedAt.toUTC().toString(Qt::ISODate));
    root.insert(Key::Webhooks, webhooks);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<WebhookFile> WebhookFileFormat::read(const QByteArray &bytes, const QString &fileName,
                                                   QString *error)
{
    const auto notTheFormat = [&](const QString &why) {
        *error = tr("%1 is not a Webhook Console webhook file: %2.").arg(fileName, why);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notTheFormat(tr("it is not JSON (%1 at byte %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(Key::Format).toString() != WebhookFile::Format)
        return notTheFormat(tr("it does not say \"format\": \"%1\"").arg(WebhookFile::Format));

    const QJsonValue versionValue = root.value(Key::FormatVersion);
    const double version = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || version < 1 || version != qint64(version))
        return notTheFormat(tr("its \"format_version\" is not a whole number from 1 up"));
    if (version > WebhookFile::FormatVersion) {
        *error = tr("%1 is version %2 of the webhook file format, written by a newer Webhook "
                    "Console; this one reads version %3. Import it with a newer Webhook Console.")
                     .arg(fileName)
                     .arg(qint64(version))
                     .arg(WebhookFile::FormatVersion);
        return std::nullopt;
    }
    const QJsonValue list = root.value(Key::Webhooks);
    if (!list.isArray())
        return notTheFormat(tr("its \"webhooks\" is not a list"));

    WebhookFile file;
    file.server = root.value(Key::Server).toString();
    file.exportedAt
        = QDateTime::fromString(root.value(Key::ExportedAt).toString(), Qt::ISODate).toUTC();
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString problem;
        const std::optional<FileWebhook> webhook = EntryReader::read(entries.at(i), &problem);
        if (!webhook)
            return notTheFormat(tr("in webhook %1 of the list, %2").arg(i + 1).arg(problem));
        file.webhooks << *webhook;
    }
    return file;
}

} // namespace Transfer
