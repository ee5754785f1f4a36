// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/payloads/SamplePayloads.h"

#include "app/payloads/EventCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Payloads {

namespace {

struct Origin
{
    const char *event;
    SampleOrigin origin;
    const char *section;
};

// Which documented example each file comes from (samples/README.md); the rest are no-data
// envelopes: the official docs show those events without data.
constexpr Origin Origins[] = {
    {"ari", SampleOrigin::Verbatim, "9.2"},
    {"booking", SampleOrigin::Verbatim, "9.3"},
    {"booking_unmapped_room", SampleOrigin::Verbatim, "9.5"},
    {"booking_unmapped_rate", SampleOrigin::Verbatim, "9.6"},
    {"message", SampleOrigin::Verbatim, "9.7"},
    {"sync_error", SampleOrigin::Verbatim, "9.8"},
    {"reservation_request", SampleOrigin::Corrected, "9.9"},
    {"non_acked_booking", SampleOrigin::Verbatim, "9.10"},
    {"review", SampleOrigin::Verbatim, "9.11"},
    {"activate_channel", SampleOrigin::Corrected, "9.12"},
    {"deactivate_channel", SampleOrigin::Corrected, "9.12"},
    {"inquiry", SampleOrigin::Verbatim, "9.13"},
    {"channel_removal_warning", SampleOrigin::Verbatim, "9.14"},
    {"property_removal_warning", SampleOrigin::Verbatim, "9.15"},
    {"message_thread_booking_assigned", SampleOrigin::Verbatim, "9.16"},
};

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

QStringList SamplePayloads::events()
{
    QStringList names;
    for (const EventInfo &info : EventCatalog::events()) {
        if (QFile::exists(u":/payloads/samples/"_s + info.name + u".json"_s))
            names << info.name;
    }
    return names;
}

Sample SamplePayloads::sample(const QString &event)
{
    const EventInfo *info = EventCatalog::find(event);
    if (!info)
        return {};
    QFile file(u":/payloads/samples/"_s + info->name + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sample result {info->name, file.readAll(), SampleOrigin::NoDataEnvelope, u"9.1"_s};
    for (const Origin &origin : Origins) {
        if (info->name == QLatin1StringView(origin.event)) {
            result.origin = origin.origin;
            result.section = QString::fromLatin1(origin.section);
        }
    }
    return result;
}

PayloadShape SamplePayloads::shape(const QString &event)
{
    const Sample found = sample(event);
    if (found.event.isEmpty())
        return {};
    const QJsonObject body = QJsonDocument::fromJson(found.json).object();
    PayloadShape result;
    result.topLevel = sortedKeys(body);
    if (!body.contains("payload"_L1))
        return result;
    const QJsonValue payload = body.value("payload"_L1);
    result.payloadType = payload.type();
    const QJsonObject fields = payload.toObject();
    result.payloadFields = sortedKeys(fields);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isObject())
            result.nested.insert(it.key(), sortedKeys(it.value().toObject()));
    }
    return result;
}

QStringList SamplePayloads::envelopeFields()
{
    return {u"event"_s, u"payload"_s, u"property_id"_s, u"timestamp"_s, u"user_id"_s};
}

QStringList SamplePayloads::noDataFields()
{
    return {u"event"_s, u"property_id"_s, u"timestamp"_s, u"user_id"_s};
}

} // namespace Payloads
