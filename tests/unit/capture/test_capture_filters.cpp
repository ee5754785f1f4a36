// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The captured list's filters run in SQL: event, unrecognised, method, status class, text
// in the body or a header name or value, pinned, marked; and the counts the chart shows.
#include "app/capture/CaptureStore.h"
#include "tests/unit/capture/CaptureTestSupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Capture::CaptureFilter)

using namespace Capture;
using namespace CaptureTest;
using namespace Qt::StringLiterals;

namespace {

const QString PropertyA = u"aaaa-0001"_s;
const QString PropertyB = u"bbbb-0002"_s;
// A fixed minute, so that the per-minute counts are known.
const QDateTime Minute = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

CaptureRecord channex(const QString &event, const QString &property, const QString &timestamp,
                      int status = 200)
{
    CaptureRecord record = post(channexBody(event, property, timestamp), "/channex", status);
    record.event = event;
    record.propertyId = property;
    record.payloadTimestamp = timestamp;
    return record;
}

} // namespace

class TestCaptureFilters final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void filters_data();
    void filters();
    void filterCombinesItsParts();
    void textIsASubstringNotAPattern();
    void textFindsLettersBeyondAscii();
    void summariesComeInTheOrderAsked();
    void countsEventsAndMinutes();
    void sqlAndSummariesAgree();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaptureStore> m_store;
    QHash<QString, qint64> m_id; // name in the test → id
};

void TestCaptureFilters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<CaptureStore>();
    QVERIFY(m_store->open(m_dir.filePath(u"filters.sqlite"_s)));

    CaptureRecord bookingA = channex(u"booking"_s, PropertyA, u"2026-11-30T12:00:00Z"_s);
    bookingA.headers.append(qMakePair("X-Trace"_ba, "Alpha-Route"_ba));
    bookingA.receivedAt = Minute.addSecs(5);
    m_id[u"bookingA"_s] = store(*m_store, bookingA);

    CaptureRecord bookingB = channex(u"booking"_s, PropertyB, u"2026-11-30T12:00:01Z"_s);
    bookingB.receivedAt = Minute.addSecs(50);
    m_id[u"bookingB"_s] = store(*m_store, bookingB);

    CaptureRecord ari = channex(u"ari"_s, PropertyA, u"2026-11-30T12:01:00Z"_s, 503);
    ari.receivedAt = Minute.addSecs(65);
    m_id[u"ari"_s] = store(*m_store, ari);

    CaptureRecord health = post("OK", "/health");
    health.method = "GET";
    health.receivedAt = Minute.addSecs(70);
    m_id[u"health"_s] = store(*m_store, health);

    CaptureRecord notFound = post("a Needle in the BODY, 100%_done", "/nothing", 404);
    notFound.receivedAt = Minute.addSecs(200);
    m_id[u"notFound"_s] = store(*m_store, notFound);

    CaptureRecord rejected;
    rejected.receivedAt = Minute.addSecs(201);
    rejected.rawBytes = "BREW /pot HTTP/1.1\r\n";
    rejected.status = 400;
    rejected.marks = Mark::Rejected;
    m_id[u"rejected"_s] = store(*m_store, rejected);

    CaptureRecord pinned = post("keep me", "/pinned", 201);
    pinned.method = "PUT";
    pinned.receivedAt = Minute.addSecs(202);
    m_id[u"pinned"_s] = store(*m_store, pinned);
    QSignalSpy changed(m_store.get(), &CaptureStore::changed);
    m_store->setPinned({m_id[u"pinned"_s]}, true);
    QTRY_COMPARE(changed.size(), 1);
}

void TestCaptureFilters::cleanupTestCase()
{
    m_store.reset();
}

void TestCaptureFilters::filters_data()
{
    QTest::addColumn<CaptureFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    const QStringList all = {u"bookingA"_s, u"bookingB"_s, u"ari"_s,   u"health"_s,
                             u"notFound"_s, u"rejected"_s, u"pinned"_s};
    QTest::newRow("empty") << CaptureFilter() << all;
    CaptureFilter filter;
    filter.event = u"booking"_s;
    QTest::newRow("event") << filter << QStringList {u"bookingA"_s, u"bookingB"_s};
    filter = {};
    filter.event = u"review"_s;
    QTest::newRow("event never seen") << filter << QStringList();
    filter = {};
    filter.unrecognisedOnly = true;
    QTest::newRow("unrecognised") << filter
                                  << QStringList {u"health"_s, u"notFound"_s, u"rejected"_s,
                                                  u"pinned"_s};
    filter = {};
    filter.method = "GET";
    QTest::newRow("method") << filter << QStringList {u"health"_s};
    filter = {};
    filter.status = CaptureFilter::StatusClass::Success;
    QTest::newRow("2xx") << filter
                         << QStringList {u"bookingA"_s, u"bookingB"_s, u"health"_s, u"pinned"_s};
    filter = {};
    filter.status = CaptureFilter::StatusClass::ClientError;
    QTest::newRow("4xx") << filter << QStringList {u"notFound"_s, u"rejected"_s};
    filter = {};
    filter.status = CaptureFilter::StatusClass::ServerError;
    QTest::newRow("5xx") << filter << QStringList {u"ari"_s};
    filter = {};
    filter.text = u"NEEDLE in the body"_s;
    QTest::newRow("text in body, any case") << filter << QStringList {u"notFound"_s};
    filter = {};
    filter.text = u"x-trace"_s;
    QTest::newRow("text in a header name") << filter << QStringList {u"bookingA"_s};
    filter = {};
    filter.text = u"alpha-ROUTE"_s;
    QTest::newRow("text in a header value") << filter << QStringList {u"bookingA"_s};
    filter = {};
    filter.text = PropertyB;
    QTest::newRow("text: a property id") << filter << QStringList {u"bookingB"_s};
    filter = {};
    filter.text = u"no such text"_s;
    QTest::newRow("text nowhere") << filter << QStringList();
    filter = {};
    filter.pinnedOnly = true;
    QTest::newRow("pinned") << filter << QStringList {u"pinned"_s};
    filter = {};
    filter.markedOnly = true;
    QTest::newRow("marked") << filter << QStringList {u"rejected"_s};
    // What a live list asks after a commit: only the matches newer than what it has.
    filter = {};
    filter.afterId = m_id.value(u"bookingB"_s);
    filter.status = CaptureFilter::StatusClass::Success;
    QTest::newRow("after an id") << filter << QStringList {u"health"_s, u"pinned"_s};
}

void TestCaptureFilters::filters()
{
    QFETCH(CaptureFilter, filter);
    QFETCH(QStringList, expected);
    QList<qint64> ids;
    for (const QString &name : std::as_const(expected))
        ids.append(m_id.value(name));
    QCOMPARE(m_store->ids(filter), ids);
    QCOMPARE(m_store->count(filter), ids.size());
    qint64 visited = 0;
    m_store->forEach(
        filter, [&](const CaptureRecord &record) { return record.id == ids.value(visited++); });
    QCOMPARE(visited, ids.size());
}

void TestCaptureFilters::filterCombinesItsParts()
{
    CaptureFilter filter;
    filter.event = u"booking"_s;
    filter.text = PropertyA;
    QCOMPARE(m_store->ids(filter), QList<qint64> {m_id[u"bookingA"_s]});
    filter = {};
    filter.unrecognisedOnly = true;
    filter.status = CaptureFilter::StatusClass::Success;
    filter.method = "PUT";
    QCOMPARE(m_store->ids(filter), QList<qint64> {m_id[u"pinned"_s]});
    filter.pinnedOnly = true;
    filter.text = u"keep"_s;
    QCOMPARE(m_store->count(filter), 1);
    filter.markedOnly = true;
    QCOMPARE(m_store->count(filter), 0);
}

void TestCaptureFilters::textIsASubstringNotAPattern()
{
    CaptureFilter filter;
    filter.text = u"100%_d"_s;
    QCOMPARE(m_store->ids(filter), QList<qint64> {m_id[u"notFound"_s]});
    filter.text = u"%"_s; // only the body that holds a percent sign
    QCOMPARE(m_store->ids(filter), QList<qint64> {m_id[u"notFound"_s]});
    filter.text = u"_done"_s;
    QCOMPARE(m_store->ids(filter), QList<qint64> {m_id[u"notFound"_s]});
    filter.text = u"n__dle"_s;
    QCOMPARE(m_store->count(filter), 0);
    filter.text = u"\\"_s;
    QCOMPARE(m_store->count(filter), 0);
}

void TestCaptureFilters::textFindsLettersBeyondAscii()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"unicode.sqlite"_s)));
    const qint64 guest = CaptureTest::store(store, post(u"{\"guest\":\"ÉMILE Zoë\"}"_s.toUtf8()));
    CaptureTest::store(store, post(u"{\"guest\":\"emile\"}"_s.toUtf8()));
    CaptureFilter filter;
    filter.text = u"ÉMILE"_s;
    QCOMPARE(store.ids(filter), QList<qint64> {guest});
    filter.text = u"Émile zoë"_s; // ASCII letters in any case, the others as written
    QCOMPARE(store.ids(filter), QList<qint64> {guest});
}

void TestCaptureFilters::summariesComeInTheOrderAsked()
{
    const qint64 gone = 999'999;
    const QList<CaptureSummary> summaries
        = m_store->summaries({m_id[u"notFound"_s], gone, m_id[u"bookingA"_s], m_id[u"health"_s]});
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0).id, m_id[u"notFound"_s]);
    QCOMPARE(summaries.at(0).status, 404);
    QCOMPARE(summaries.at(0).path, u"/nothing"_s);
    QCOMPARE(summaries.at(0).receivedAt, Minute.addSecs(200));
    QCOMPARE(summaries.at(1).id, m_id[u"bookingA"_s]);
    QCOMPARE(summaries.at(1).event, u"booking"_s);
    QCOMPARE(summaries.at(1).propertyId, PropertyA);
    QCOMPARE(summaries.at(1).method, "POST"_ba);
    QCOMPARE(summaries.at(2).method, "GET"_ba);
    QCOMPARE(summaries.at(2).size, 2);
    QVERIFY(m_store->summaries({}).isEmpty());
}

void TestCaptureFilters::countsEventsAndMinutes()
{
    const QList<EventCount> counts = m_store->eventCounts();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.at(0).event, QString()); // four not from Channex
    QCOMPARE(counts.at(0).count, 4);
    QCOMPARE(counts.at(1).event, u"booking"_s);
    QCOMPARE(counts.at(1).count, 2);
    QCOMPARE(counts.at(2).event, u"ari"_s);
    QCOMPARE(counts.at(2).count, 1);

    CaptureFilter success;
    success.status = CaptureFilter::StatusClass::Success;
    const QList<EventCount> successCounts = m_store->eventCounts(success);
    QCOMPARE(successCounts.size(), 2);
    QCOMPARE(successCounts.at(0).count, 2);

    const QList<MinuteCount> minutes = m_store->perMinute(Minute.addSecs(30));
    // 12:00 booking (B only: A is before `since`), 12:01 ari and unrecognised, 12:03 the rest.
    QCOMPARE(minutes.size(), 4);
    QCOMPARE(minutes.at(0).minute, Minute);
    QCOMPARE(minutes.at(0).event, u"booking"_s);
    QCOMPARE(minutes.at(0).count, 1);
    QCOMPARE(minutes.at(1).minute, Minute.addSecs(60));
    QCOMPARE(minutes.at(1).event, QString());
    QCOMPARE(minutes.at(1).count, 1);
    QCOMPARE(minutes.at(2).minute, Minute.addSecs(60));
    QCOMPARE(minutes.at(2).event, u"ari"_s);
    QCOMPARE(minutes.at(3).minute, Minute.addSecs(180));
    QCOMPARE(minutes.at(3).count, 3);
    QCOMPARE(minutes.at(3).minute.timeSpec(), Qt::UTC);
}

// One definition, two uses: for every filter but text, the rows the store selects in SQL are the
// rows whose summaries pass CaptureFilter::matches (what a live list takes in without a query).
// The rows sit on every boundary the parts draw: status classes, marks, case, unrecognised.
void TestCaptureFilters::sqlAndSummariesAgree()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"agree.sqlite"_s)));
    const QList<int> statuses {100, 199, 200, 201, 299, 300, 399, 400, 401, 499, 500, 503, 599};
    const QList<QByteArray> methods {"POST", "post", "GET", "PUT"};
    const QList<Marks> marks {Marks(),
                              Mark::Pinned,
                              Mark::Duplicate,
                              Mark::OutOfOrder,
                              Mark::SecretMismatch,
                              Mark::BytesTruncated,
                              Marks(Mark::Pinned) | Mark::Duplicate};
    const QStringList events {u"booking"_s, u"ari"_s, QString()};
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i) {
        CaptureRecord record = events.at(i % 3).isEmpty()
            ? post("plain", "/other", statuses.at(i % statuses.size()))
            : channex(events.at(i % 3), PropertyA, u"2026-11-30T12:00:00Z"_s,
                      statuses.at(i % statuses.size()));
        record.method = methods.at(i % methods.size());
        record.marks = marks.at(i % marks.size()) & ~Marks(Mark::Pinned);
        const qint64 id = CaptureTest::store(store, record);
        QVERIFY(id > 0);
        if (marks.at(i % marks.size()).testFlag(Mark::Pinned))
            store.setPinned({id}, true);
        ids << id;
    }
    CaptureFilter pinnedOnly;
    pinnedOnly.pinnedOnly = true;
    QTRY_COMPARE(store.count(pinnedOnly), 17); // i % 7 == 1 or 6, for i < 60
    const QList<CaptureSummary> summaries = store.summaries(ids);
    QCOMPARE(summaries.size(), ids.size());

    QList<CaptureFilter> filters;
    for (const QString &event : {QString(), u"booking"_s, u"ari"_s})
        for (const QByteArray &method : {QByteArray(), "POST"_ba, "post"_ba})
            for (const auto status :
                 {CaptureFilter::StatusClass::Any, CaptureFilter::StatusClass::Success,
                  CaptureFilter::StatusClass::ClientError, CaptureFilter::StatusClass::ServerError})
                for (const bool pinned : {false, true})
                    for (const bool marked : {false, true}) {
                        CaptureFilter filter;
                        filter.event = event;
                        filter.method = method;
                        filter.status = status;
                        filter.pinnedOnly = pinned;
                        filter.markedOnly = marked;
                        filters << filter;
                    }
    CaptureFilter filter;
    filter.unrecognisedOnly = true;
    filters << filter;
    filter.markedOnly = true;
    filters << filter;
    filter = {};
    filter.afterId = ids.at(29);
    filters << filter;
    filter.event = u"ari"_s;
    filter.afterId = ids.at(40);
    filters << filter;

    for (const CaptureFilter &filter : std::as_const(filters)) {
        QList<qint64> inMemory;
        for (const CaptureSummary &summary : summaries) {
            if (filter.matches(summary))
                inMemory << summary.id;
        }
        const QList<qint64> inSql = store.ids(filter);
        QVERIFY2(inSql == inMemory,
                 qPrintable(u"event %1 method %2 status %3 pinned %4 marked %5: SQL %6, memory %7"_s
                                .arg(filter.event, QString::fromLatin1(filter.method))
                                .arg(int(filter.status))
                                .arg(filter.pinnedOnly)
                                .arg(filter.markedOnly)
                                .arg(inSql.size())
                                .arg(inMemory.size())));
    }
}

QTEST_GUILESS_MAIN(TestCaptureFilters)
#include "test_capture_filters.moc"
