// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/WebhookOverlaps.h"

#include "app/channex/EventMask.h"
#include "app/channex/WebhookLabel.h"
#include "app/payloads/EventCatalog.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Channex {

namespace {

constexpr QLatin1StringView Ari {"ari"};

// Catalogue position of each event name (the alias included), for the event bit sets.
const QHash<QString, int> &eventBits()
{
    static const QHash<QString, int> bits = [] {
        QHash<QString, int> map;
        const QList<Payloads::EventInfo> &events = Payloads::EventCatalog::events();
        for (int i = 0; i < events.size(); ++i)
            map.insert(events.at(i).name, i);
        return map;
    }();
    return bits;
}

quint32 allEventBits()
{
    const qsizetype count = Payloads::EventCatalog::events().size();
    static_assert(sizeof(quint32) * 8 >= 28, "one bit per documented event");
    return count >= 32 ? ~quint32(0) : (quint32(1) << count) - 1;
}

QStringList namesOf(quint32 bits)
{
    QStringList names;
    const QList<Payloads::EventInfo> &events = Payloads::EventCatalog::events();
    for (int i = 0; i < events.size(); ++i) {
        if (bits & (quint32(1) << i))
            names << events.at(i).name;
    }
    return names;
}

// An empty segment is '*' (any); two filters overlap unless some segment excludes the other's.
bool segmentsOverlap(const QStringList &a, const QStringList &b)
{
    return a.isEmpty() || b.isEmpty()
        || std::any_of(a.cbegin(), a.cend(),
                       [&b](const QString &value) { return b.contains(value); });
}

bool filtersOverlap(const QList<QList<QStringList>> &a, const QList<QList<QStringList>> &b)
{
    for (const QList<QStringList> &fa : a) {
        for (const QList<QStringList> &fb : b) {
            bool overlap = true;
            for (int segment = 0; segment < 3 && overlap; ++segment)
                overlap = segmentsOverlap(fa.value(segment), fb.value(segment));
            if (overlap)
                return true;
        }
    }
    return false;
}

Overlap finding(Overlap::Kind kind, QList<Webhook> webhooks, QStringList events = {})
{
    return Overlap {kind, std::move(webhooks), std::move(events)};
}

} // namespace

QString Overlap::kindText() const
{
    switch (kind) {
    case Kind::GlobalShadowed:
        return tr("Global and property webhook share events");
    case Kind::DeliveredTwice:
        return tr("Same events delivered twice to one URL");
    case Kind::NoKnownEvent:
        return tr("Event mask matches no documented event");
    case Kind::PlainHttpOnProduction:
        return tr("Plain http on Channex production");
    }
    return {};
}

bool Overlap::allEvents() const
{
    return (kind == Kind::GlobalShadowed || kind == Kind::DeliveredTwice)
        && events.size() == Payloads::EventCatalog::events().size();
}

QString Overlap::label(const Webhook &webhook, const QHash<QString, QString> &titles)
{
    return webhookLabel(webhook.isGlobalScope(),
                        titles.value(webhook.propertyId, webhook.propertyId), webhook.callbackUrl);
}

QString Overlap::line(const QHash<QString, QString> &titles) const
{
    QStringList labels;
    for (const Webhook &webhook : webhooks)
        labels << label(webhook, titles);
    QString text = tr("%1: %2").arg(kindText(), labels.join(u"; "_s));
    if (allEvents())
        text = tr("%1 (%2)").arg(text, tr("every event"));
    else if (!events.isEmpty())
        text = tr("%1 (%2)").arg(text, events.join(u", "_s));
    return text;
}

WebhookOverlaps::WebhookOverlaps(const QList<Webhook> &webhooks, bool productionServer)
    : m_webhooks(webhooks), m_production(productionServer)
{
    m_reaches.reserve(m_webhooks.size());
    for (const Webhook &webhook : m_webhooks)
        m_reaches << reachOf(webhook);
}

// Host and scheme case do not make two URLs different; everything else does.
QString WebhookOverlaps::urlKey(const Webhook &webhook)
{
    return (webhook.isGlobalScope() ? QString() : webhook.propertyId) + u'\n'
        + QUrl(webhook.callbackUrl).toString(QUrl::FullyEncoded);
}

WebhookOverlaps::Reach WebhookOverlaps::reachOf(const Webhook &webhook)
{
    Reach reach;
    const EventMask mask = EventMask::parse(webhook.eventMask);
    if (mask.isAll()) {
        reach.events = allEventBits();
        reach.ariFilters << QList<QStringList> {};
    }
    for (const EventMask::Entry &entry : mask.entries()) {
        const QString name = Payloads::EventCatalog::canonicalName(entry.event);
        const auto bit = eventBits().constFind(name);
        if (bit == eventBits().cend())
            continue; // "*" (counted above) or not a documented event
        reach.events |= quint32(1) << *bit;
        if (name == Ari) {
            const EventMask::AriFilter &f = entry.ariFilter;
            reach.ariFilters << (entry.hasAriFilter
                                     ? QList<QStringList> {f.restrictions, f.roomTypeIds,
                                                           f.ratePlanIds}
                                     : QList<QStringList> {});
        }
    }
    return reach;
}

QStringList WebhookOverlaps::shared(const Reach &a, const Reach &b)
{
    quint32 bits = a.events & b.events;
    const quint32 ariBit = quint32(1) << eventBits().value(Ari);
    if ((bits & ariBit) && !filtersOverlap(a.ariFilters, b.ariFilters))
        bits &= ~ariBit;
    return namesOf(bits);
}

QList<Overlap> WebhookOverlaps::ofAlone(const Webhook &webhook) const
{
    QList<Overlap> findings;
    const EventMask mask = EventMask::parse(webhook.eventMask);
    const bool knownEvent = mask.isAll()
        || std::any_of(mask.entries().cbegin(), mask.entries().cend(),
                       [](const EventMask::Entry &entry) {
                           return Payloads::EventCatalog::isKnown(entry.event);
                       });
    if (!knownEvent)
        findings << finding(Overlap::Kind::NoKnownEvent, {webhook}, mask.eventNames());
    if (m_production && webhook.isActive
        && QUrl(webhook.callbackUrl).scheme().compare("http"_L1, Qt::CaseInsensitive) == 0)
        findings << finding(Overlap::Kind::PlainHttpOnProduction, {webhook});
    return findings;
}

QList<Overlap> WebhookOverlaps::all() const
{
    QList<int> globals;
    QList<int> properties;
    QHash<QString, QList<int>> byUrl; // active webhooks by scope and URL
    for (int i = 0; i < m_webhooks.size(); ++i) {
        const Webhook &webhook = m_webhooks.at(i);
        if (!webhook.isActive)
            continue;
        (webhook.isGlobalScope() ? globals : properties) << i;
        byUrl[urlKey(webhook)] << i;
    }

    QList<Overlap> findings;
    for (int g : std::as_const(globals)) {
        for (int p : std::as_const(properties)) {
            const QStringList events = shared(m_reaches.at(g), m_reaches.at(p));
            if (!events.isEmpty())
                findings << finding(Overlap::Kind::GlobalShadowed,
                                    {m_webhooks.at(g), m_webhooks.at(p)}, events);
        }
    }
    // In the account's order: groups by their first member.
    QList<QList<int>> groups = byUrl.values();
    std::sort(groups.begin(), groups.end(),
              [](const QList<int> &a, const QList<int> &b) { return a.first() < b.first(); });
    for (const QList<int> &group : std::as_const(groups)) {
        for (int i = 0; i < group.size(); ++i) {
            for (int j = i + 1; j < group.size(); ++j) {
                const QStringList events
                    = shared(m_reaches.at(group.at(i)), m_reaches.at(group.at(j)));
                if (!events.isEmpty())
                    findings << finding(Overlap::Kind::DeliveredTwice,
                                        {m_webhooks.at(group.at(i)), m_webhooks.at(group.at(j))},
                                        events);
            }
        }
    }
    QList<Overlap> alone;
    for (const Webhook &webhook : m_webhooks)
        alone << ofAlone(webhook);
    // NoKnownEvent before PlainHttpOnProduction, as the kinds are listed.
    std::stable_sort(alone.begin(), alone.end(),
                     [](const Overlap &a, const Overlap &b) { return int(a.kind) < int(b.kind); });
    return findings << alone;
}

QList<Overlap> WebhookOverlaps::of(const Webhook &candidate) const
{
    QList<Overlap> findings;
    if (candidate.isActive) {
        const Reach reach = reachOf(candidate);
        const QString key = urlKey(candidate);
        QList<Overlap> twice;
        for (int i = 0; i < m_webhooks.size(); ++i) {
            const Webhook &other = m_webhooks.at(i);
            if (!other.isActive || (!candidate.id.isEmpty() && other.id == candidate.id))
                continue;
            if (candidate.isGlobalScope() != other.isGlobalScope()) {
                const QStringList events = shared(reach, m_reaches.at(i));
                if (!events.isEmpty())
                    findings << finding(Overlap::Kind::GlobalShadowed,
                                        candidate.isGlobalScope() ? QList {candidate, other}
                                                                  : QList {other, candidate},
                                        events);
            } else if (urlKey(other) == key) {
                const QStringList events = shared(reach, m_reaches.at(i));
                if (!events.isEmpty())
                    twice << finding(Overlap::Kind::DeliveredTwice, {candidate, other}, events);
            }
        }
        findings << twice;
    }
    return findings << ofAlone(candidate);
}

} // namespace Channex
