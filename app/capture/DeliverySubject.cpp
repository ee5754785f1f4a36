// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/DeliverySubject.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Capture::DeliverySubject {

namespace {

bool isBookingEvent(const QString &event)
{
    static const QStringList events {u"booking"_s,
                                     u"booking_new"_s,
                                     u"booking_modification"_s,
                                     u"booking_cancellation"_s,
                                     u"booking_unmapped_room"_s,
                                     u"booking_unmapped_rate"_s,
                                     u"non_acked_booking"_s};
    return events.contains(event);
}

bool isMessageEvent(const QString &event)
{
    return event == "message"_L1 || event == "message_thread_booking_assigned"_L1;
}

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

} // namespace

QStringList of(const QJsonObject &body, const QString &event, const QString &propertyId)
{
    if (propertyId.isEmpty() || event.isEmpty())
        return {};
    const QJsonValue payload = body.value("payload"_L1);
    if (payload.isObject() && payload.toObject() == QJsonObject {{u"test"_s, true}})
        return {}; // a test call says nothing about anything
    if (isBookingEvent(event)) {
        if (const QString booking = text(payload.toObject(), "booking_id"_L1); !booking.isEmpty())
            return {u"booking:"_s + booking};
    } else if (isMessageEvent(event)) {
        const QString thread = text(payload.toObject(), "message_thread_id"_L1);
        if (!thread.isEmpty())
            return {u"thread:"_s + thread};
    } else if (event == "ari"_L1 && payload.isArray()) {
        QStringList subjects;
        for (const QJsonValue &value : payload.toArray()) {
            const QJsonObject record = value.toObject();
            const QString subject = u"ari:%1:%2:%3:%4"_s.arg(
                propertyId, text(record, "room_type_id"_L1), text(record, "rate_plan_id"_L1),
                text(record, "date"_L1));
            if (!subjects.contains(subject))
                subjects << subject;
        }
        if (!subjects.isEmpty())
            return subjects;
    }
    return {u"event:%1:%2"_s.arg(propertyId, event)};
}

} // namespace Capture::DeliverySubject
