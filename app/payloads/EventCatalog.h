// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Payloads {

// The 28 webhook events Channex documents, in the documentation's order
// (https://docs.channex.io/api-v.1-documentation/webhook-collection), in six groups: the one
// grouping the event mask editor shows and the webhook table's filter finds.
struct EventInfo
{
    QString name; // wire name, e.g. "booking_new"
    QString group; // untranslated group key: "bookings", "ari", "messages" (and reviews),
                   // "airbnb", "channels" (and sync), "properties"
    const char *description; // Channex's description (English), translated through EventCatalog
};

class EventCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Payloads::EventCatalog)

public:
    static const QList<EventInfo> &events();
    static bool isKnown(const QString &name); // also accepts the old alias "disconnected_channel"
    // nullptr for unknown names; the alias finds disconnect_channel.
    static const EventInfo *find(const QString &name);
    // The current name for an alias ("disconnected_channel" → "disconnect_channel"); any
    // other name is returned unchanged.
    static QString canonicalName(const QString &name);
    // Translated description for a known event, empty for unknown names.
    static QString description(const QString &name);
    // Translated display name of a group key.
    static QString groupTitle(const QString &group);
    // Group keys in the order the editor shows them.
    static QStringList groups();
};

} // namespace Payloads
