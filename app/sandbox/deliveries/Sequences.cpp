// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/deliveries/Sequences.h"

#include "app/payloads/FilledSample.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox::Deliveries::Sequences {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::Deliveries::Sequences)
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

FireRequest step(const QString &event, const QString &propertyId,
                 const std::optional<QJsonValue> &payload, const QDateTime &time)
{
    return FireRequest {event, propertyId, payload, timestamp(time)};
}

// The sample's payload, filled once, so that every step that repeats it repeats it exactly.
std::optional<QJsonValue> fixedPayload(const FireRequest &base)
{
    if (base.payload)
        return base.payload;
    const QJsonValue sample = Payloads::FilledSample::payload(base.event, base.propertyId);
    if (sample.isUndefined())
        return std::nullopt;
    return sample;
}

// Each revision of the booking: the specific event (its documented sample, which carries no
// data), then `booking` with the booking id and this revision's id, as Channex sends for every
// revision.
QList<FireRequest> bookingLife(const QString &propertyId, const QDateTime &now)
{
    const QString bookingId = newId();
    const QStringList events {u"booking_new"_s, u"booking_modification"_s,
                              u"booking_cancellation"_s};
    QList<FireRequest> steps;
    for (int i = 0; i < events.size(); ++i) {
        const QDateTime time = now.addSecs(i);
        const QJsonObject revision {{u"booking_id"_s, bookingId},
                                    {u"property_id"_s, propertyId},
                                    {u"revision_id"_s, newId()}};
        steps << step(events.at(i), propertyId, std::nullopt, time)
              << step(u"booking"_s, propertyId, QJsonValue(revision), time);
    }
    return steps;
}

// Channex's own example: availability of one room type goes 0 → 1 → 0; the second change
// arrives before the first.
QList<FireRequest> outOfOrder(const QString &propertyId, const QDateTime &now)
{
    const QJsonArray sample = Payloads::FilledSample::payload(u"ari"_s, propertyId).toArray();
    const auto change = [&sample](int availability) {
        QJsonObject record = sample.first().toObject();
        record.insert(u"availability"_s, availability);
        record.insert(u"stop_sell"_s, availability == 0);
        return QJsonValue(QJsonArray {record});
    };
    return {step(u"ari"_s, propertyId, change(0), now.addSecs(1)),
            step(u"ari"_s, propertyId, change(1), now)};
}

} // namespace

QList<Kind> kinds()
{
    return {Kind::Single, Kind::Duplicate, Kind::BookingLife, Kind::OutOfOrder};
}

QString title(Kind kind)
{
    switch (kind) {
    case Kind::Single:
        return Texts::tr("One event");
    case Kind::Duplicate:
        return Texts::tr("A duplicate: the same body twice");
    case Kind::BookingLife:
        return Texts::tr("A booking's life: new, modified, cancelled");
    case Kind::OutOfOrder:
        return Texts::tr("Out of order: the later ARI change first");
    }
    return {};
}

bool takesEvent(Kind kind)
{
    return kind == Kind::Single || kind == Kind::Duplicate;
}

QString timestamp(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    // QDateTime keeps milliseconds: the last three of Channex's six digits are zero.
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"000Z"_s;
}

QList<FireRequest> steps(Kind kind, const FireRequest &base, const QDateTime &now)
{
    switch (kind) {
    case Kind::Single:
        return {FireRequest {base.event, base.propertyId, base.payload, timestamp(now)}};
    case Kind::Duplicate: {
        const FireRequest once = step(base.event, base.propertyId, fixedPayload(base), now);
        return {once, once};
    }
    case Kind::BookingLife:
        return bookingLife(base.propertyId, now);
    case Kind::OutOfOrder:
        return outOfOrder(base.propertyId, now);
    }
    return {};
}

} // namespace Sandbox::Deliveries::Sequences
