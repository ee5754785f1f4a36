// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/payloads/FilledSample.h"

#include "app/payloads/EventCatalog.h"
#include "app/payloads/SamplePayloads.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Payloads {

namespace {

// Ids that name the property's configuration rather than the event: kept as the sample has
// them, so that an ARI filter written for the documented ids still matches.
bool isSetUpId(const QString &key)
{
    return key == "room_type_id"_L1 || key == "rate_plan_id"_L1 || key == "channel_id"_L1;
}

bool isIdKey(const QString &key)
{
    return key == "id"_L1 || key.endsWith("_id"_L1);
}

class IdRefresher
{
public:
    explicit IdRefresher(const QString &propertyId) : m_propertyId(propertyId) { }

    QJsonValue apply(const QJsonValue &value)
    {
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(apply(item));
            return array;
        }
        if (!value.isObject())
            return value;
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (key == "property_id"_L1 && it.value().isString())
                *it = m_propertyId;
            else if (isIdKey(key) && !isSetUpId(key) && it.value().isString())
                *it = fresh(it.value().toString());
            else if (it.value().isObject() || it.value().isArray())
                *it = apply(it.value());
        }
        return object;
    }

private:
    // Only uuids are replaced ("LISTING_ID" and OTA codes stay); one old id, one new id.
    QString fresh(const QString &old)
    {
        if (QUuid::fromString(old).isNull())
            return old;
        auto it = m_replaced.find(old);
        if (it == m_replaced.end())
            it = m_replaced.insert(old, QUuid::createUuid().toString(QUuid::WithoutBraces));
        return it.value();
    }

    QString m_propertyId;
    QHash<QString, QString> m_replaced;
};

} // namespace

QJsonValue FilledSample::refreshIds(const QJsonValue &value, const QString &propertyId)
{
    return IdRefresher(propertyId).apply(value);
}

QJsonValue FilledSample::payload(const QString &event, const QString &propertyId)
{
    const Sample sample = SamplePayloads::sample(event);
    const QJsonObject body = QJsonDocument::fromJson(sample.json).object();
    if (!body.contains("payload"_L1))
        return QJsonValue(QJsonValue::Undefined);
    return refreshIds(body.value("payload"_L1), propertyId);
}

QJsonObject FilledSample::envelope(const QString &event, const QString &propertyId,
                                   const QString &timestamp)
{
    if (!EventCatalog::isKnown(event))
        return {};
    QJsonObject body {
        {u"event"_s, event},
        {u"property_id"_s, propertyId},
        {u"user_id"_s, QJsonValue(QJsonValue::Null)},
        {u"timestamp"_s, timestamp},
    };
    const QJsonValue data = payload(event, propertyId);
    if (!data.isUndefined())
        body.insert(u"payload"_s, data);
    return body;
}

} // namespace Payloads
