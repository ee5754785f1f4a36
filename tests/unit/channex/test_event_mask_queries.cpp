// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a parsed EventMask answers and how it is edited (display text, contains, setters), and
// the event catalogue its names are checked against.

#include "app/channex/EventMask.h"
#include "app/payloads/EventCatalog.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Channex::EventMask;
using Payloads::EventCatalog;

class TestEventMaskQueries final : public QObject
{
    Q_OBJECT

private slots:
    void displayText_data();
    void displayText();
    void contains_data();
    void contains();
    void setters();
    void catalogueHasEveryDocumentedEvent();
    void catalogueLooksUpAlias();
};

void TestEventMaskQueries::displayText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");

    QTest::newRow("all") << u"*"_s << u"All events"_s;
    QTest::newRow("star mixed") << u"*;ari"_s << u"All events"_s;
    QTest::newRow("empty") << QString() << u"No events"_s;
    QTest::newRow("list") << u"booking_new;booking_cancellation"_s
                          << u"booking_new, booking_cancellation"_s;
    QTest::newRow("ari restrictions") << u"ari:rate,stop_sell:*:*"_s << u"ari (rate, stop_sell)"_s;
    QTest::newRow("ari any") << u"ari:*:*:*"_s << u"ari"_s;
    QTest::newRow("ari ids") << u"booking;ari:rate:r1:p1,p2"_s
                             << u"booking, ari (rate; 1 room type(s); 2 rate plan(s))"_s;
    QTest::newRow("unknown as written") << u"Foo;review"_s << u"Foo, review"_s;
}

void TestEventMaskQueries::displayText()
{
    QFETCH(QString, text);
    QFETCH(QString, display);
    QCOMPARE(EventMask::parse(text).displayText(), display);
}

void TestEventMaskQueries::contains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("event");
    QTest::addColumn<bool>("expected");

    QTest::newRow("all contains booking") << u"*"_s << u"booking"_s << true;
    QTest::newRow("all contains review") << u"*"_s << u"review"_s << true;
    QTest::newRow("listed") << u"booking;review"_s << u"review"_s << true;
    QTest::newRow("not listed") << u"booking;review"_s << u"ari"_s << false;
    QTest::newRow("filtered ari") << u"ari:rate:*:*"_s << u"ari"_s << true;
    QTest::newRow("alias in mask") << u"disconnected_channel"_s << u"disconnect_channel"_s << true;
    QTest::newRow("alias asked") << u"disconnect_channel"_s << u"disconnected_channel"_s << true;
    QTest::newRow("case matters") << u"Booking"_s << u"booking"_s << false;
    QTest::newRow("booking is not booking_new") << u"booking"_s << u"booking_new"_s << false;
    QTest::newRow("invalid filter") << u"booking:new"_s << u"booking"_s << false;
    QTest::newRow("empty") << QString() << u"booking"_s << false;
}

void TestEventMaskQueries::contains()
{
    QFETCH(QString, text);
    QFETCH(QString, event);
    QFETCH(bool, expected);
    QCOMPARE(EventMask::parse(text).contains(event), expected);
}

void TestEventMaskQueries::setters()
{
    EventMask mask = EventMask::parse(u"*;booking"_s);
    mask.setAll(false);
    QCOMPARE(mask.format(), u"booking"_s);
    QVERIFY(!mask.isAll());

    mask.setAll(true);
    QCOMPARE(mask.format(), u"*"_s);
    QCOMPARE(mask, EventMask::allEvents());

    EventMask::Entry ari;
    ari.event = u"ari"_s;
    ari.hasAriFilter = true;
    ari.ariFilter.restrictions = {u"rate"_s};
    mask.setEntries({EventMask::Entry {u"review"_s, false, {}}, ari});
    QVERIFY(!mask.isAll());
    QCOMPARE(mask.format(), u"review;ari:rate:*:*"_s);

    mask.setEntries({EventMask::Entry {u"*"_s, false, {}}});
    QCOMPARE(mask, EventMask::allEvents());
}

void TestEventMaskQueries::catalogueHasEveryDocumentedEvent()
{
    const QList<Payloads::EventInfo> &events = EventCatalog::events();
    QCOMPARE(events.size(), 28);
    QCOMPARE(events.first().name, u"ari"_s);
    QCOMPARE(events.last().name, u"message_thread_booking_assigned"_s);

    QSet<QString> names;
    const QStringList groups = EventCatalog::groups();
    for (const Payloads::EventInfo &info : events) {
        QVERIFY2(!names.contains(info.name), qPrintable(info.name));
        names.insert(info.name);
        QVERIFY2(!EventCatalog::description(info.name).isEmpty(), qPrintable(info.name));
        QVERIFY2(groups.contains(info.group), qPrintable(info.name));
        QVERIFY(EventCatalog::groupTitle(info.group) != info.group);
        QVERIFY(EventMask::parse(info.name).unknownEvents().isEmpty());
    }
    QCOMPARE(names.size(), 28);
    for (const QString &group : groups) {
        QVERIFY2(std::any_of(events.cbegin(), events.cend(),
                             [&](const Payloads::EventInfo &info) { return info.group == group; }),
                 qPrintable(group));
    }
}

void TestEventMaskQueries::catalogueLooksUpAlias()
{
    QVERIFY(EventCatalog::isKnown(u"disconnected_channel"_s));
    QCOMPARE(EventCatalog::canonicalName(u"disconnected_channel"_s), u"disconnect_channel"_s);
    QCOMPARE(EventCatalog::description(u"disconnected_channel"_s),
             EventCatalog::description(u"disconnect_channel"_s));
    QCOMPARE(EventCatalog::find(u"inquiry"_s)->group, u"messages"_s);
    QCOMPARE(EventCatalog::find(u"review"_s)->group, u"messages"_s);
    QCOMPARE(EventCatalog::find(u"sync_error"_s)->group, u"channels"_s);
    QCOMPARE(EventCatalog::groups().size(), 6);
    QCOMPARE(EventCatalog::find(u"property_removal_warning"_s)->group, u"properties"_s);
    QVERIFY(!EventCatalog::isKnown(u"Booking"_s));
    QVERIFY(EventCatalog::description(u"nope"_s).isEmpty());
    // The docs' Markdown backticks become quotes a person reads.
    QVERIFY(EventCatalog::description(u"booking_new"_s).contains(u"“new”"_s));
    QVERIFY(!EventCatalog::description(u"booking_cancellation"_s).contains(u'`'));
}

QTEST_GUILESS_MAIN(TestEventMaskQueries)
#include "test_event_mask_queries.moc"
