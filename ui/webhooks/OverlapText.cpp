// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/OverlapText.h"

#include <QStringList>

using namespace Qt::StringLiterals;
using Channex::Overlap;
using Channex::Webhook;

namespace Gui {

namespace {

constexpr int EventsNamed = 4; // more are counted, not named

} // namespace

const Webhook &OverlapText::other(const Overlap &overlap, const Webhook &self)
{
    for (const Webhook &webhook : overlap.webhooks) {
        if (!(webhook == self))
            return webhook;
    }
    return overlap.webhooks.constFirst();
}

QString OverlapText::scopeText(const Webhook &webhook, const QHash<QString, QString> &titles)
{
    return webhook.isGlobalScope() ? tr("Global")
                                   : titles.value(webhook.propertyId, webhook.propertyId);
}

QString OverlapText::eventsText(const Overlap &overlap)
{
    if (overlap.allEvents())
        return tr("every event");
    if (overlap.events.size() <= EventsNamed + 1)
        return overlap.events.join(u", "_s);
    return tr("%1 and %2 more")
        .arg(overlap.events.mid(0, EventsNamed).join(u", "_s))
        .arg(overlap.events.size() - EventsNamed);
}

QString OverlapText::sentence(const Overlap &overlap, const Webhook &self,
                              const QHash<QString, QString> &titles)
{
    const Webhook &them = other(overlap, self);
    switch (overlap.kind) {
    case Overlap::Kind::GlobalShadowed:
        if (self.isGlobalScope())
            return tr("For %1, Channex delivers %2 only to that property's own webhook (%3), "
                      "not to this global one.")
                .arg(scopeText(them, titles), eventsText(overlap), them.callbackUrl);
        return tr("For this property, Channex delivers %1 only to this webhook, not to the "
                  "global webhook %2.")
            .arg(eventsText(overlap), them.callbackUrl);
    case Overlap::Kind::DeliveredTwice:
        return tr("Another webhook of the same scope (%1) also sends %2 to this URL: each of "
                  "these events arrives twice.")
            .arg(scopeText(them, titles), eventsText(overlap));
    case Overlap::Kind::NoKnownEvent:
        return tr("The event mask names no documented Channex event (%1): Channex delivers "
                  "nothing to this webhook.")
            .arg(overlap.events.join(u", "_s));
    case Overlap::Kind::PlainHttpOnProduction:
        return tr("Active on Channex production with a plain http URL: bookings and guest data "
                  "travel unencrypted.");
    }
    return {};
}

QString OverlapText::shortText(const Overlap &overlap, const Webhook &self)
{
    // Channex's own words for it: "Property level webhook win"
    // (https://docs.channex.io/api-v.1-documentation/webhook-collection).
    switch (overlap.kind) {
    case Overlap::Kind::GlobalShadowed:
        return self.isGlobalScope() ? tr("Property wins") : tr("Wins over global");
    case Overlap::Kind::DeliveredTwice:
        return tr("Sent twice");
    case Overlap::Kind::NoKnownEvent:
        return tr("No known event");
    case Overlap::Kind::PlainHttpOnProduction:
        return tr("Plain http");
    }
    return {};
}

QString OverlapText::cellText(const QList<Overlap> &overlaps, const Webhook &self)
{
    if (overlaps.isEmpty())
        return {};
    const QString first = u"⚠ "_s + shortText(overlaps.constFirst(), self);
    return overlaps.size() == 1 ? first : tr("%1 +%2").arg(first).arg(overlaps.size() - 1);
}

QString OverlapText::toolTip(const QList<Overlap> &overlaps, const Webhook &self,
                             const QHash<QString, QString> &titles)
{
    if (overlaps.isEmpty())
        return tr("No overlap: Channex delivers to this webhook as its row says.");
    QString items;
    for (const Overlap &overlap : overlaps)
        items += u"<li>"_s + sentence(overlap, self, titles).toHtmlEscaped() + u"</li>"_s;
    return u"<qt><ul style=\"margin-left:12px; -qt-list-indent:0\">"_s + items + u"</ul></qt>"_s;
}

} // namespace Gui
