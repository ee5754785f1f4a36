// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/payloads/EventCatalog.h"

using namespace Qt::StringLiterals;

namespace Payloads {

namespace {

// The 2025 docs call the channel-disconnect event "disconnected_channel", the 2026 docs
// "disconnect_channel"; third-party code uses both, so both must be understood.
constexpr QLatin1StringView DisconnectAlias {"disconnected_channel"};
constexpr QLatin1StringView DisconnectName {"disconnect_channel"};

// Descriptions are Channex's own wording
// (https://docs.channex.io/api-v.1-documentation/webhook-collection), typos included, so that what
// the editor shows matches the documentation the user may be reading beside it.
QList<EventInfo> buildEvents()
{
    return {
        {u"ari"_s, u"ari"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "This will send you any ARI changes like changed availability or "
                           "prices, useful if you allow users to change ARI in the Channex "
                           "interface or mobile app and also to integrate any RM system")},
        {u"booking"_s, u"bookings"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "If you wish to get all booking changes then this is the one, you will "
                           "get notification for any booking revision new, modified and "
                           "cancelled.")},
        {u"booking_new"_s, u"bookings"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered only for Booking Revisions with status `new`.")},
        {u"booking_modification"_s, u"bookings"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered only for Booking Revisions with status `modified`.")},
        {u"booking_cancellation"_s, u"bookings"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered only for Booking Revisions with status "
                           "`cancelled`.")},
        {u"booking_unmapped_room"_s, u"bookings"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "This will let you know if any bookings were created which were not "
                           "mapped")},
        {u"booking_unmapped_rate"_s, u"bookings"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Similar to unmapped room but this means room is mapped but rate is "
                           "not")},
        {u"non_acked_booking"_s, u"bookings"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when Booking Revision will be not acknowledged at 30 "
                           "minutes after first receiving.")},
        {u"message"_s, u"messages"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "If you use the messaging API this is required to push messages to you "
                           "in real time")},
        {u"sync_error"_s, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "You can see any sync errors on your dashboard")},
        {u"sync_warning"_s, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered if some non-critical errors will be returned by OTA "
                           "on sync.")},
        {u"rate_error"_s, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered if error associated with Rate values will be "
                           "returned by OTA on sync.")},
        {u"reservation_request"_s, u"airbnb"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Airbnb specific, You can see a reservation request and can accept or "
                           "deny.")},
        {u"alteration_request"_s, u"airbnb"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Airbnb specific, You can see an alteration request and can accept or "
                           "deny.")},
        {u"accepted_reservation"_s, u"airbnb"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Airbnb specific, will be triggered when Reservation request will be "
                           "accepted.")},
        {u"declined_reservation"_s, u"airbnb"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Airbnb specific, will be triggered when Reservation request will be "
                           "declined.")},
        {u"inquiry"_s, u"messages"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Airbnb specific, You can see an inquiry request at Dashboard and "
                           "Messages App.")},
        {u"review"_s, u"messages"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "This will let you know if any new review is came.")},
        {u"updated_review"_s, u"messages"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when Review object will be updated (Guest feedback "
                           "will be received).")},
        {u"new_channel"_s, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when new Channel will be created for Property.")},
        {u"updated_channel"_s, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog", "Will be triggered when Channel is updated.")},
        {DisconnectName, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when Channel is disconnected by automatic rules or "
                           "User action.")},
        {u"disconnect_listing"_s, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when Listing is disconnected from Airbnb Channel.")},
        {u"activate_channel"_s, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when Channel is activated.")},
        {u"deactivate_channel"_s, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when Channel is deactivated.")},
        {u"channel_removal_warning"_s, u"channels"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when an inactive Channel is approaching its "
                           "automatic removal date (7 days and 1 day before removal).")},
        {u"property_removal_warning"_s, u"properties"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when a Property without active channels is "
                           "approaching its automatic removal date (30 days, 7 days and 1 day "
                           "before removal).")},
        {u"message_thread_booking_assigned"_s, u"messages"_s,
         QT_TRANSLATE_NOOP("Payloads::EventCatalog",
                           "Will be triggered when Message Thread created before Booking is linked "
                           "to incoming Booking.")},
    };
}

} // namespace

const QList<EventInfo> &EventCatalog::events()
{
    static const QList<EventInfo> list = buildEvents();
    return list;
}

QString EventCatalog::canonicalName(const QString &name)
{
    return name == DisconnectAlias ? QString(DisconnectName) : name;
}

const EventInfo *EventCatalog::find(const QString &name)
{
    const QString canonical = canonicalName(name);
    for (const EventInfo &info : events()) {
        if (info.name == canonical)
            return &info;
    }
    return nullptr;
}

bool EventCatalog::isKnown(const QString &name)
{
    return find(name) != nullptr;
}

QString EventCatalog::description(const QString &name)
{
    const EventInfo *info = find(name);
    if (!info)
        return {};
    // The docs mark values with Markdown backticks (status `new`); people read quotes.
    QString text = tr(info->description);
    bool opening = true;
    for (QChar &c : text) {
        if (c == u'`') {
            c = opening ? QChar(0x201C) : QChar(0x201D);
            opening = !opening;
        }
    }
    return text;
}

QStringList EventCatalog::groups()
{
    return {u"bookings"_s, u"ari"_s, u"messages"_s, u"airbnb"_s, u"channels"_s, u"properties"_s};
}

QString EventCatalog::groupTitle(const QString &group)
{
    if (group == "bookings"_L1)
        return tr("Bookings");
    if (group == "ari"_L1)
        return tr("Availability, rates and restrictions");
    if (group == "messages"_L1)
        return tr("Messages and reviews");
    if (group == "airbnb"_L1)
        return tr("Airbnb requests");
    if (group == "channels"_L1)
        return tr("Channels and sync");
    if (group == "properties"_L1)
        return tr("Property");
    return group;
}

} // namespace Payloads
