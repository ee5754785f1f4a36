#include "channex/EventMask.h"
#include "payloads/EventCatalog.h"

#include <QSet>
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
    void displayText_data();
    void displayText();
    void contains_data();
    void contains();
    void setters();
    void catalogueHasEveryDocumentedEvent();
    void catalogueLooksUpAlias();
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

void TestEventMask::displayText_data()
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

void TestEventMask::displayText()
{
    QFETCH(QString, text);
    QFETCH(QString, display);
    QCOMPARE(EventMask::parse(text).displayText(), display);
}

void TestEventMask::contains_data()
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

void TestEventMask::contains()
{
    QFETCH(QString, text);
    QFETCH(QString, event);
    QFETCH(bool, expected);
    QCOMPARE(EventMask::parse(text).contains(event), expected);
}

void TestEventMask::setters()
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

void TestEventMask::catalogueHasEveryDocumentedEvent()
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

void TestEventMask::catalogueLooksUpAlias()
{
    QVERIFY(EventCatalog::isKnown(u"disconnected_channel"_s));
    QCOMPARE(EventCatalog::canonicalName(u"disconnected_channel"_s), u"disconnect_channel"_s);
    QCOMPARE(EventCatalog::description(u"disconnected_channel"_s),
             EventCatalog::description(u"disconnect_channel"_s));
    QCOMPARE(EventCatalog::find(u"inquiry"_s)->group, u"messages"_s);
    QCOMPARE(EventCatalog::find(u"property_removal_warning"_s)->group, u"properties"_s);
    QVERIFY(!EventCatalog::isKnown(u"Booking"_s));
    QVERIFY(EventCatalog::description(u"nope"_s).isEmpty());
    QVERIFY(EventCatalog::description(u"booking_new"_s).contains(u"`new`"_s));
}

QTEST_GUILESS_MAIN(TestEventMask)
#include "test_event_mask.moc"
