// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Channex {

// A webhook's `event_mask` (https://docs.channex.io/api-v.1-documentation/webhook-collection): "*"
// for every event, or a ';'-separated list of event names; an `ari` entry may carry a filter
// `ari:restrictions:room_type_ids:rate_plan_ids` whose segments hold ','-separated values or '*'.
// Parsing never drops anything: unknown names are kept (and reported by unknownEvents()) and
// format() reproduces them.
//
// The docs leave whitespace, case and mixing rules open
// (https://docs.channex.io/api-v.1-documentation/webhook-collection); the choices made here are
// spelled out in EventMask.cpp. In short: entries are trimmed, empty entries vanish, case is kept
// (an upper-case name is unknown), a filter on anything but `ari` is kept verbatim as an unknown
// entry, and "*" mixed with names keeps everything and is reported.
class EventMask
{
    Q_DECLARE_TR_FUNCTIONS(Channex::EventMask)

public:
    struct AriFilter
    {
        QStringList restrictions; // empty = any ('*')
        QStringList roomTypeIds; // empty = any
        QStringList ratePlanIds; // empty = any
        bool operator==(const AriFilter &) const = default;
    };

    struct Entry
    {
        // "ari", "booking_new", "*" (only when mixed with names), or an unknown entry exactly
        // as written, including a ':' filter on an event that takes none ("booking:x").
        QString event;
        bool hasAriFilter = false; // an `ari` entry that had ':' segments
        AriFilter ariFilter;
        bool operator==(const Entry &) const = default;
    };

    EventMask() = default;
    static EventMask parse(const QString &text);
    static EventMask allEvents();

    QString format() const;
    static QString formatEntry(const Entry &entry);
    bool isAll() const { return m_all; }
    bool isEmpty() const { return !m_all && m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }
    QStringList eventNames() const; // in mask order, without filters, without "*"
    QStringList unknownEvents() const; // entries not in the event catalogue, as written
    // Translated sentences about what Channex will probably not accept or not do as the user
    // expects (empty mask, unknown names, '*' mixed with names, filter on a non-ari event,
    // duplicates, unknown restriction names). Empty when the mask is clean.
    QStringList problems() const;
    bool contains(const QString &event) const; // '*' contains every event
    // Short text for a table cell: "All events", "booking_new, booking_cancellation", …
    QString displayText() const;

    // setAll(true) makes the mask "*" (entries cleared); setAll(false) removes any "*".
    void setAll(bool all);
    // Replaces the whole mask; isAll() becomes true when an entry is "*".
    void setEntries(QList<Entry> entries);
    // Ticking an event: appends it unless an entry already names it (the old alias counts), an
    // added "ari" with `ariFilter`. Nothing changes while the mask is "*" alone.
    void addEvent(const QString &event, const AriFilter &ariFilter = {});
    // Unticking an event: removes every entry naming it (the alias and any filter included).
    void removeEvent(const QString &event);
    // Removes the entries written exactly so (an unrecognised entry leaves only this way).
    void removeWritten(const QString &written);
    // The ARI filter builder: sets the filter of the first "ari" entry (a second one, typed in
    // the text, is left alone); no effect without one.
    void setAriFilter(const AriFilter &filter);

    // Restriction names of the ARI API
    // (https://docs.channex.io/api-v.1-documentation/webhook-collection), for the filter builder.
    static QStringList knownAriRestrictions();

    bool operator==(const EventMask &) const = default;

private:
    bool m_all = false;
    QList<Entry> m_entries;
};

} // namespace Channex
