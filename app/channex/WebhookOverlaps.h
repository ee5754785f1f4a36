// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Channex {

// Something in an account's webhooks that makes Channex deliver otherwise than the rows suggest
// (docs/webhook-files.md lists the kinds and the reasons).
struct Overlap
{
    Q_DECLARE_TR_FUNCTIONS(Channex::Overlap)

public:
    enum class Kind {
        // An active global and an active property webhook share events: for that property,
        // Channex delivers them only to the property webhook, whatever the URLs.
        GlobalShadowed,
        // Two active webhooks of one scope deliver an event to the same URL: it arrives twice.
        DeliveredTwice,
        // The event mask names no documented event: nothing is ever delivered.
        NoKnownEvent,
        // An active webhook with a plain http URL on Channex's production server.
        PlainHttpOnProduction,
    };

    Kind kind = Kind::NoKnownEvent;
    // The webhooks involved: GlobalShadowed the global one, then the property one;
    // DeliveredTwice both; the others one.
    QList<Webhook> webhooks;
    // The events concerned, in catalogue order (GlobalShadowed, DeliveredTwice), or the mask's
    // entries (NoKnownEvent).
    QStringList events;

    // Translated: "Global and property webhook share events", …
    QString kindText() const;
    // True when the shared events are every documented event.
    bool allEvents() const;
    // One line for the command line: the kind, then each webhook as "[scope] URL", then the
    // events. `titles` maps property ids to titles.
    QString line(const QHash<QString, QString> &titles) const;
    // "[Harbour View Hotel] https://…", or "[Global] https://…".
    static QString label(const Webhook &webhook, const QHash<QString, QString> &titles);
};

// The overlap check of one account's webhooks. Matching follows Channex's delivery rules
// (https://docs.channex.io/api-v.1-documentation/webhook-collection): "*" is every event, the
// 2025 name disconnected_channel is disconnect_channel, and two ari entries overlap unless their
// filters exclude each other (different restrictions, room types or rate plans). Inactive
// webhooks deliver nothing, so they take part only in the mask check.
class WebhookOverlaps
{
public:
    // `productionServer`: the account is on Channex's production server
    // (ConnectionProfile::isProductionServer).
    WebhookOverlaps(const QList<Webhook> &webhooks, bool productionServer);

    // Every finding, by kind, in the account's order.
    QList<Overlap> all() const;
    // The findings `candidate` would have if saved: it takes the place of the webhook with its
    // id (a new webhook has none). For the webhook dialog, before Save.
    QList<Overlap> of(const Webhook &candidate) const;

private:
    struct Reach
    {
        quint32 events = 0; // one bit per catalogue event
        QList<QList<QStringList>> ariFilters; // per ari entry: restrictions, room types, plans
    };
    static Reach reachOf(const Webhook &webhook);
    static QStringList shared(const Reach &a, const Reach &b);
    static QString urlKey(const Webhook &webhook);
    QList<Overlap> ofAlone(const Webhook &webhook) const;

    QList<Webhook> m_webhooks;
    QList<Reach> m_reaches;
    bool m_production = false;
};

} // namespace Channex
