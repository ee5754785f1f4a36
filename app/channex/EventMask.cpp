// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/EventMask.h"

#include "app/payloads/EventCatalog.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

// Parsing rules. The docs (https://docs.channex.io/api-v.1-documentation/webhook-collection) only
// say "'*' or a semicolon-separated list" plus the ari filter; everything else below is our choice,
// made so that a mask typed on the Channex web UI survives a round trip through this editor
// unchanged:
//
// - "*" alone means every event (isAll(), no entries).
// - Entries are separated by ';'. Whitespace around an entry is trimmed and empty entries
//   (";;", a trailing ';') are dropped, so format() writes them back without the gaps.
// - Case is kept as written. Channex names are lower case; "Booking" is reported as unknown
//   rather than silently lowered, because we cannot know whether Channex would lower it.
// - "ari:restrictions:room_type_ids:rate_plan_ids": each segment is a ','-separated list or
//   '*' (any). Missing trailing segments mean '*'; format() writes all three segments, the
//   form the docs show.
// - A ':' on any other event, or an ari filter with more than three segments, is not
//   something Channex documents: the entry is kept verbatim as an unknown event and reported.
// - "*" mixed with names ("*;ari") keeps every entry as written, isAll() is true (the '*'
//   wins on Channex too, presumably) and problems() says the names have no effect.
// - Unknown names are kept in place; format(parse(x)) == x for every canonical mask.

namespace Channex {

namespace {

constexpr QChar EntrySeparator = u';';
constexpr QChar SegmentSeparator = u':';
constexpr QChar ValueSeparator = u',';
constexpr QLatin1StringView Any {"*"};
constexpr QLatin1StringView Ari {"ari"};
constexpr int AriSegmentCount = 3;

QStringList parseSegment(const QString &segment)
{
    const QString trimmed = segment.trimmed();
    if (trimmed.isEmpty() || trimmed == Any)
        return {};
    QStringList values;
    for (const QString &value : trimmed.split(ValueSeparator, Qt::SkipEmptyParts)) {
        const QString v = value.trimmed();
        if (!v.isEmpty())
            values << v;
    }
    return values;
}

QString formatSegment(const QStringList &values)
{
    return values.isEmpty() ? QString(Any) : values.join(ValueSeparator);
}

// True for "ari:…" (spaces before the ':' allowed), the only event that takes a filter.
bool isAriWithFilter(const QString &text)
{
    const qsizetype colon = text.indexOf(SegmentSeparator);
    return colon >= 0 && QStringView(text).left(colon).trimmed() == Ari;
}

EventMask::Entry parseEntry(const QString &text)
{
    EventMask::Entry entry;
    entry.event = text;
    if (!isAriWithFilter(text))
        return entry; // a plain name, or a filter on an event that takes none (kept verbatim)

    const QStringList segments
        = text.mid(text.indexOf(SegmentSeparator) + 1).split(SegmentSeparator);
    if (segments.size() > AriSegmentCount)
        return entry; // malformed filter: kept verbatim, reported by problems()

    entry.event = Ari;
    entry.hasAriFilter = true;
    entry.ariFilter.restrictions = parseSegment(segments.value(0));
    entry.ariFilter.roomTypeIds = parseSegment(segments.value(1));
    entry.ariFilter.ratePlanIds = parseSegment(segments.value(2));
    return entry;
}

bool hasInvalidFilter(const EventMask::Entry &entry)
{
    return !entry.hasAriFilter && entry.event.contains(SegmentSeparator);
}

QString describeAriFilter(const EventMask::AriFilter &filter)
{
    QStringList parts;
    if (!filter.restrictions.isEmpty())
        parts << filter.restrictions.join(u", "_s);
    if (!filter.roomTypeIds.isEmpty())
        parts << EventMask::tr("%n room type(s)", nullptr, int(filter.roomTypeIds.size()));
    if (!filter.ratePlanIds.isEmpty())
        parts << EventMask::tr("%n rate plan(s)", nullptr, int(filter.ratePlanIds.size()));
    return parts.isEmpty() ? QString(Ari) : u"%1 (%2)"_s.arg(Ari, parts.join(u"; "_s));
}

} // namespace

EventMask EventMask::parse(const QString &text)
{
    QList<Entry> entries;
    for (const QString &part : text.split(EntrySeparator, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            entries << parseEntry(trimmed);
    }
    EventMask mask;
    mask.setEntries(std::move(entries));
    return mask;
}

EventMask EventMask::allEvents()
{
    EventMask mask;
    mask.setAll(true);
    return mask;
}

QString EventMask::formatEntry(const Entry &entry)
{
    if (!entry.hasAriFilter)
        return entry.event;
    const AriFilter &f = entry.ariFilter;
    return QStringList {entry.event, formatSegment(f.restrictions), formatSegment(f.roomTypeIds),
                        formatSegment(f.ratePlanIds)}
        .join(SegmentSeparator);
}

QString EventMask::format() const
{
    if (m_all && m_entries.isEmpty())
        return Any;
    QStringList parts;
    parts.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        parts << formatEntry(entry);
    return parts.join(EntrySeparator);
}

QStringList EventMask::eventNames() const
{
    QStringList names;
    for (const Entry &entry : m_entries) {
        if (entry.event != Any)
            names << entry.event;
    }
    return names;
}

QStringList EventMask::unknownEvents() const
{
    QStringList unknown;
    for (const Entry &entry : m_entries) {
        if (entry.event != Any && !Payloads::EventCatalog::isKnown(entry.event)
            && !unknown.contains(entry.event))
            unknown << entry.event;
    }
    return unknown;
}

bool EventMask::contains(const QString &event) const
{
    if (m_all)
        return true;
    const QString wanted = Payloads::EventCatalog::canonicalName(event);
    for (const Entry &entry : m_entries) {
        if (Payloads::EventCatalog::canonicalName(entry.event) == wanted)
            return true;
    }
    return false;
}

QStringList EventMask::problems() const
{
    QStringList problems;
    if (isEmpty()) {
        problems << tr("The event mask is empty; Channex requires at least one event, or '*' for "
                       "all events.");
        return problems;
    }
    if (m_all && !m_entries.isEmpty())
        problems << tr("'*' already includes every event; the other entries have no effect.");

    const QStringList restrictions = knownAriRestrictions();
    QSet<QString> seen;
    for (const Entry &entry : m_entries) {
        const QString text = formatEntry(entry);
        if (entry.event == Any)
            continue;
        if (seen.contains(text)) {
            problems << tr("'%1' is listed more than once.").arg(text);
            continue;
        }
        seen.insert(text);

        if (hasInvalidFilter(entry)) {
            if (isAriWithFilter(entry.event))
                problems << tr("'%1' has too many filter segments; an ari filter looks like "
                               "ari:restrictions:room_type_ids:rate_plan_ids.")
                                .arg(text);
            else
                problems << tr("'%1' has a filter, but only the ari event accepts one; Channex "
                               "will probably not recognise this entry.")
                                .arg(text);
            continue;
        }
        if (entry.event == "disconnected_channel"_L1) {
            problems << tr("'disconnected_channel' is the 2025 name of 'disconnect_channel'; "
                           "newer Channex servers may only know the new name.");
            continue;
        }
        if (!Payloads::EventCatalog::isKnown(entry.event)) {
            const QString lower = entry.event.toLower();
            if (lower != entry.event && Payloads::EventCatalog::isKnown(lower))
                problems << tr("'%1' is not a Channex event; event names are lower case (did you "
                               "mean '%2'?).")
                                .arg(entry.event, lower);
            else
                problems << tr("'%1' is not a documented Channex event; check the spelling.")
                                .arg(entry.event);
            continue;
        }
        for (const QString &restriction : entry.ariFilter.restrictions) {
            if (!restrictions.contains(restriction))
                problems << tr("'%1' is not an ARI restriction; known restrictions are: %2.")
                                .arg(restriction, restrictions.join(u", "_s));
        }
    }
    return problems;
}

QString EventMask::displayText() const
{
    if (m_all)
        return tr("All events");
    if (m_entries.isEmpty())
        return tr("No events");
    QStringList parts;
    parts.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        parts << (entry.hasAriFilter ? describeAriFilter(entry.ariFilter) : entry.event);
    return parts.join(u", "_s);
}

void EventMask::setAll(bool all)
{
    m_all = all;
    if (all)
        m_entries.clear();
    else
        m_entries.removeIf([](const Entry &entry) { return entry.event == Any; });
}

void EventMask::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
    m_all = std::any_of(m_entries.cbegin(), m_entries.cend(),
                        [](const Entry &entry) { return entry.event == Any; });
    // A lone "*" is the canonical "all events" mask, kept without entries.
    if (m_all && m_entries.size() == 1)
        m_entries.clear();
}

void EventMask::addEvent(const QString &event, const AriFilter &ariFilter)
{
    if ((m_all && m_entries.isEmpty()) || contains(event))
        return;
    Entry entry {event, false, {}};
    if (event == Ari) {
        entry.ariFilter = ariFilter;
        entry.hasAriFilter = ariFilter != AriFilter {};
    }
    m_entries << entry;
}

void EventMask::removeEvent(const QString &event)
{
    const QString name = Payloads::EventCatalog::canonicalName(event);
    m_entries.removeIf([&name](const Entry &entry) {
        return Payloads::EventCatalog::canonicalName(entry.event) == name;
    });
    setEntries(m_entries);
}

void EventMask::removeWritten(const QString &written)
{
    m_entries.removeIf([&written](const Entry &entry) {
        return formatEntry(entry) == written || entry.event == written;
    });
    setEntries(m_entries);
}

void EventMask::setAriFilter(const AriFilter &filter)
{
    for (Entry &entry : m_entries) {
        if (entry.event == Ari) {
            entry.ariFilter = filter;
            entry.hasAriFilter = filter != AriFilter {};
            return;
        }
    }
}

QStringList EventMask::knownAriRestrictions()
{
    // ARI API restriction names (https://docs.channex.io/api-v.1-documentation/webhook-collection),
    // read-only ones included.
    return {u"availability"_s,
            u"rate"_s,
            u"min_stay_arrival"_s,
            u"min_stay_through"_s,
            u"min_stay"_s,
            u"closed_to_arrival"_s,
            u"closed_to_departure"_s,
            u"stop_sell"_s,
            u"max_stay"_s,
            u"availability_offset"_s,
            u"max_availability"_s};
}

} // namespace Channex
