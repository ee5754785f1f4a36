// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// EventMask from and to the `event_mask` text: event lists, ARI filters, normalisation and the
// problems a user is shown. What a parsed mask answers is in test_event_mask_queries.cpp.

#include "app/channex/EventMask.h"
#include "app/payloads/EventCatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Channex::EventMask;
using Payloads::EventCatalog;

class TestEventMask final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void ariFilter_data();
    void ariFilter();
    void roundTrip_data();
    void roundTrip();
    void normalizes_data();
    void normalizes();
    void problems_data();
    void problems();
    void addAndRemoveEvents_data();
    void addAndRemoveEvents();
    void ariFilterBuilderEditsTheFirstAriEntry();
};

void TestEventMask::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<bool>("all");

    QTest::newRow("all") << u"*"_s << QStringList() << QStringList() << true;
    QTest::newRow("all with spaces") << u" * "_s << QStringList() << QStringList() << true;
    QTest::newRow("empty") << QString() << QStringList() << QStringList() << false;
    QTest::newRow("only separators") << u" ; ;"_s << QStringList() << QStringList() << false;
    QTest::newRow("single") << u"booking"_s << QStringList {u"booking"_s} << QStringList() << false;
    QTest::newRow("documented list")
        << u"booking_new;booking_modification;booking_cancellation"_s
        << QStringList {u"booking_new"_s, u"booking_modification"_s, u"booking_cancellation"_s}
        << QStringList() << false;
    QTest::newRow("whitespace and gaps")
        << u" booking_new ;; ari ;"_s << QStringList {u"booking_new"_s, u"ari"_s} << QStringList()
        << false;
    QTest::newRow("unknown kept in place")
        << u"booking;future_event;review"_s
        << QStringList {u"booking"_s, u"future_event"_s, u"review"_s}
        << QStringList {u"future_event"_s} << false;
    QTest::newRow("upper case is unknown")
        << u"Booking"_s << QStringList {u"Booking"_s} << QStringList {u"Booking"_s} << false;
    QTest::newRow("2025 alias is known")
        << u"disconnected_channel"_s << QStringList {u"disconnected_channel"_s} << QStringList()
        << false;
    QTest::newRow("filter on non-ari kept verbatim")
        << u"booking:new"_s << QStringList {u"booking:new"_s} << QStringList {u"booking:new"_s}
        << false;
    QTest::newRow("star mixed with names")
        << u"*;ari"_s << QStringList {u"ari"_s} << QStringList() << true;
    QTest::newRow("ari filter name")
        << u"booking;ari:rate:*:*"_s << QStringList {u"booking"_s, u"ari"_s} << QStringList()
        << false;
}

void TestEventMask::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QStringList, unknown);
    QFETCH(bool, all);

    const EventMask mask = EventMask::parse(text);
    QCOMPARE(mask.eventNames(), names);
    QCOMPARE(mask.unknownEvents(), unknown);
    QCOMPARE(mask.isAll(), all);
    QCOMPARE(mask.isEmpty(), !all && names.isEmpty());
}

void TestEventMask::ariFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("restrictions");
    QTest::addColumn<QStringList>("roomTypes");
    QTest::addColumn<QStringList>("ratePlans");

    QTest::newRow("documented example")
        << u"ari:rate:*:96a44e07-2158-43e4-8baa-8f6f56922ba8"_s << QStringList {u"rate"_s}
        << QStringList() << QStringList {u"96a44e07-2158-43e4-8baa-8f6f56922ba8"_s};
    QTest::newRow("lists") << u"ari:rate,stop_sell:r1,r2:*"_s
                           << QStringList {u"rate"_s, u"stop_sell"_s}
                           << QStringList {u"r1"_s, u"r2"_s} << QStringList();
    QTest::newRow("missing trailing segments")
        << u"ari:availability"_s << QStringList {u"availability"_s} << QStringList()
        << QStringList();
    QTest::newRow("spaces inside")
        << u"ari: rate , stop_sell :r1"_s << QStringList {u"rate"_s, u"stop_sell"_s}
        << QStringList {u"r1"_s} << QStringList();
    QTest::newRow("all any") << u"ari:*:*:*"_s << QStringList() << QStringList() << QStringList();
}

void TestEventMask::ariFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, restrictions);
    QFETCH(QStringList, roomTypes);
    QFETCH(QStringList, ratePlans);

    const EventMask mask = EventMask::parse(u"booking;"_s + text);
    QCOMPARE(mask.entries().size(), 2);
    const EventMask::Entry &entry = mask.entries().at(1);
    QCOMPARE(entry.event, u"ari"_s);
    QVERIFY(entry.hasAriFilter);
    QCOMPARE(entry.ariFilter.restrictions, restrictions);
    QCOMPARE(entry.ariFilter.roomTypeIds, roomTypes);
    QCOMPARE(entry.ariFilter.ratePlanIds, ratePlans);
    QVERIFY(mask.unknownEvents().isEmpty());
}

void TestEventMask::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("all") << u"*"_s;
    QTest::newRow("single") << u"ari"_s;
    QTest::newRow("documented list") << u"booking_new;booking_modification;booking_cancellation"_s;
    QTest::newRow("ari filter") << u"ari:rate:*:96a44e07-2158-43e4-8baa-8f6f56922ba8"_s;
    QTest::newRow("combined") << u"booking;ari:rate,stop_sell:*:rp1,rp2"_s;
    QTest::newRow("ari any filter") << u"ari:*:*:*"_s;
    QTest::newRow("unknown") << u"booking;not_yet_documented"_s;
    QTest::newRow("upper case") << u"Booking_New"_s;
    QTest::newRow("non-ari filter") << u"booking:new;review"_s;
    QTest::newRow("too many segments") << u"ari:rate:*:*:extra"_s;
    QTest::newRow("star mixed") << u"*;ari"_s;
    QTest::newRow("alias") << u"disconnected_channel;disconnect_listing"_s;
    QTest::newRow("duplicates") << u"booking;booking"_s;
    QTest::newRow("every event") << [] {
        QStringList names;
        for (const Payloads::EventInfo &info : EventCatalog::events())
            names << info.name;
        return names.join(u';');
    }();
}

void TestEventMask::roundTrip()
{
    QFETCH(QString, text);
    const EventMask mask = EventMask::parse(text);
    QCOMPARE(mask.format(), text);
    QCOMPARE(EventMask::parse(mask.format()), mask);
}

void TestEventMask::normalizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("gaps dropped") << u"booking;;review;"_s << u"booking;review"_s;
    QTest::newRow("spaces trimmed") << u" booking ; review "_s << u"booking;review"_s;
    QTest::newRow("missing segments written") << u"ari:rate"_s << u"ari:rate:*:*"_s;
    QTest::newRow("empty segments are any") << u"ari::r1"_s << u"ari:*:r1:*"_s;
    QTest::newRow("star trimmed") << u" * "_s << u"*"_s;
    QTest::newRow("empty") << u" ; "_s << QString();
}

void TestEventMask::normalizes()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QCOMPARE(EventMask::parse(text).format(), formatted);
}

void TestEventMask::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions"); // one entry per expected problem

    QTest::newRow("clean list") << u"booking;ari:rate:*:*"_s << QStringList();
    QTest::newRow("clean all") << u"*"_s << QStringList();
    QTest::newRow("empty") << QString() << QStringList {u"empty"_s};
    QTest::newRow("star mixed") << u"*;ari"_s
                                << QStringList {u"'*' already includes every event"_s};
    QTest::newRow("unknown") << u"bookings"_s << QStringList {u"'bookings'"_s};
    QTest::newRow("upper case suggests lower") << u"Booking"_s << QStringList {u"'booking'"_s};
    QTest::newRow("filter on non-ari") << u"booking:new"_s << QStringList {u"only the ari"_s};
    QTest::newRow("too many segments") << u"ari:a:b:c:d"_s << QStringList {u"too many"_s};
    QTest::newRow("duplicate") << u"review;review"_s << QStringList {u"more than once"_s};
    QTest::newRow("alias") << u"disconnected_channel"_s << QStringList {u"disconnect_channel"_s};
    QTest::newRow("unknown restriction")
        << u"ari:price:*:*"_s << QStringList {u"'price' is not an ARI restriction"_s};
    QTest::newRow("two problems") << u"foo;bar"_s << QStringList {u"'foo'"_s, u"'bar'"_s};
}

void TestEventMask::problems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);

    const QStringList problems = EventMask::parse(text).problems();
    QCOMPARE(problems.size(), mentions.size());
    for (qsizetype i = 0; i < mentions.size(); ++i)
        QVERIFY2(problems.at(i).contains(mentions.at(i)), qPrintable(problems.at(i)));
}

// What ticking and unticking an event in the editor does to the mask text.
void TestEventMask::addAndRemoveEvents_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("add");
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("after");
    QTest::newRow("add to empty") << QString() << u"booking"_s << QString() << u"booking"_s;
    QTest::newRow("add appends") << u"ari"_s << u"booking_new"_s << QString()
                                 << u"ari;booking_new"_s;
    QTest::newRow("add present does nothing")
        << u"booking;ari"_s << u"booking"_s << QString() << u"booking;ari"_s;
    QTest::newRow("the alias counts as present")
        << u"disconnected_channel"_s << u"disconnect_channel"_s << QString()
        << u"disconnected_channel"_s;
    QTest::newRow("all events takes nothing more") << u"*"_s << u"ari"_s << QString() << u"*"_s;
    QTest::newRow("remove keeps the rest and the order")
        << u"booking;ari;review"_s << QString() << u"ari"_s << u"booking;review"_s;
    QTest::newRow("remove takes the filter too")
        << u"booking;ari:rate:*:*"_s << QString() << u"ari"_s << u"booking"_s;
    QTest::newRow("remove takes the alias")
        << u"disconnected_channel;ari"_s << QString() << u"disconnect_channel"_s << u"ari"_s;
    QTest::newRow("remove absent does nothing")
        << u"ari"_s << QString() << u"booking"_s << u"ari"_s;
    QTest::newRow("remove unknown as written")
        << u"ari;Booking_New"_s << QString() << u"Booking_New"_s << u"ari"_s;
    QTest::newRow("remove leaves a lone star as all")
        << u"*;ari"_s << QString() << u"ari"_s << u"*"_s;
}

void TestEventMask::addAndRemoveEvents()
{
    QFETCH(QString, before);
    QFETCH(QString, add);
    QFETCH(QString, remove);
    QFETCH(QString, after);
    EventMask mask = EventMask::parse(before);
    if (!add.isEmpty())
        mask.addEvent(add);
    if (!remove.isEmpty()) {
        if (Payloads::EventCatalog::isKnown(remove))
            mask.removeEvent(remove);
        else
            mask.removeWritten(remove);
    }
    QCOMPARE(mask.format(), after);
}

void TestEventMask::ariFilterBuilderEditsTheFirstAriEntry()
{
    EventMask mask = EventMask::parse(u"booking"_s);
    EventMask::AriFilter rates;
    rates.restrictions = {u"rate"_s};
    mask.setAriFilter(rates); // no ari entry: nothing to filter
    QCOMPARE(mask.format(), u"booking"_s);
    mask.addEvent(u"ari"_s, rates); // ticked again: the builder's filter comes with it
    QCOMPARE(mask.format(), u"booking;ari:rate:*:*"_s);
    mask = EventMask::parse(u"ari;booking;ari:stop_sell:*:*"_s);
    mask.setAriFilter(rates);
    QCOMPARE(mask.format(), u"ari:rate:*:*;booking;ari:stop_sell:*:*"_s);
    mask.setAriFilter({});
    QCOMPARE(mask.format(), u"ari;booking;ari:stop_sell:*:*"_s);
}

QTEST_GUILESS_MAIN(TestEventMask)
#include "test_event_mask.moc"
