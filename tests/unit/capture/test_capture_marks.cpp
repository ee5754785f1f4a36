// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate and out-of-order deliveries are marked when they are stored, and the store still
// knows what came before after it is reopened.
#include "app/capture/CaptureStore.h"
#include "app/payloads/SamplePayloads.h"
#include "tests/unit/capture/CaptureTestSupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Capture;
using namespace CaptureTest;
using namespace Qt::StringLiterals;

namespace {

CaptureRecord delivery(const QString &event, const QString &property, const QString &timestamp,
                       const QString &extra = {})
{
    Http::HttpRequest request;
    request.method = "POST";
    request.target = "/channex";
    request.body = channexBody(event, property, timestamp, extra);
    request.rawBytes = "POST /channex HTTP/1.1\r\n\r\n" + request.body;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    CaptureRecord record = CaptureRecord::fromRequest(request);
    record.status = 200;
    return record;
}

Marks marksOf(CaptureStore &store, const CaptureRecord &record)
{
    const Appended appended = appendAndWait(store, record);
    if (!appended.error.isEmpty() || appended.stored.id == 0) {
        QTest::qFail(qPrintable(u"append failed: "_s + appended.error), __FILE__, __LINE__);
        return {};
    }
    // What the caller was told and what is stored agree.
    const std::optional<CaptureRecord> loaded = store.load(appended.stored.id);
    if (!loaded || loaded->marks != appended.stored.marks)
        QTest::qFail("stored marks differ from the answered ones", __FILE__, __LINE__);
    return appended.stored.marks;
}

const QString P = u"prop-p"_s;
const QString Q = u"prop-q"_s;

} // namespace

class TestCaptureMarks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void marksTheSameBodyForTheSameEventAndProperty();
    void marksATimestampEarlierThanTheLatest();
    void comparesTimestampsAsDates();
    void comparesTimestampsThatAreNotDatesAsText();
    void remembersAcrossAReopen();
    void outOfOrderMeansTheSameSubject();
    void forgetsWhatIsNoLongerStored();
    void marksDocumentedSamplesSentTwice();

private:
    QTemporaryDir m_dir;
};

void TestCaptureMarks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaptureMarks::marksTheSameBodyForTheSameEventAndProperty()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"duplicates.sqlite"_s)));
    const CaptureRecord first = delivery(u"booking"_s, P, u"2026-01-26T14:40:54Z"_s, u"a"_s);
    QCOMPARE(marksOf(store, first), Marks());
    QCOMPARE(marksOf(store, first), Marks(Mark::Duplicate));
    QCOMPARE(marksOf(store, first), Marks(Mark::Duplicate));
    // Another body, the same body for another property, or a body that is not Channex's: new.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T14:40:54Z"_s, u"b"_s)), Marks());
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"2026-01-26T14:40:54Z"_s, u"a"_s)), Marks());
    QCOMPARE(marksOf(store, post("plain")), Marks());
    QCOMPARE(marksOf(store, post("plain")), Marks());

    // Two copies in one transaction: the second is marked (appends queued behind a slow answer).
    std::atomic<bool> release = false;
    store.append(post("hold"), [&](const CaptureRecord &, const QString &) {
        while (!release.load())
            std::this_thread::yield();
    });
    const CaptureRecord twin = delivery(u"ari"_s, P, u"2026-01-27T00:00:00Z"_s);
    std::promise<Marks> firstTwin;
    std::promise<Marks> secondTwin;
    store.append(twin, [&](const CaptureRecord &stored, const QString &) {
        firstTwin.set_value(stored.marks);
    });
    store.append(twin, [&](const CaptureRecord &stored, const QString &) {
        secondTwin.set_value(stored.marks);
    });
    release = true;
    QCOMPARE(firstTwin.get_future().get(), Marks());
    QCOMPARE(secondTwin.get_future().get(), Marks(Mark::Duplicate));

    CaptureFilter marked;
    marked.markedOnly = true;
    QCOMPARE(store.count(marked), 3);
}

void TestCaptureMarks::marksATimestampEarlierThanTheLatest()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"order.sqlite"_s)));
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T14:40:54.310491Z"_s)), Marks());
    // A microsecond earlier, about the same subject (the same property and event: this booking
    // carries no booking_id): out of order.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T14:40:54.310490Z"_s)),
             Marks(Mark::OutOfOrder));
    // Another event of the property is another subject.
    QCOMPARE(marksOf(store, delivery(u"ari"_s, P, u"2026-01-26T14:40:54.310490Z"_s)), Marks());
    // The same instant again is not earlier.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T14:40:54.310491Z"_s, u"y"_s)),
             Marks());
    // Another property has its own latest.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"2026-01-01T00:00:00Z"_s)), Marks());
    // Later moves the latest on; an out-of-order one does not move it back.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T15:00:00Z"_s, u"x"_s)), Marks());
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T14:50:00Z"_s)),
             Marks(Mark::OutOfOrder));
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T14:55:00Z"_s)),
             Marks(Mark::OutOfOrder));
    // A duplicate of an earlier delivery is both.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T14:50:00Z"_s)),
             Mark::OutOfOrder | Mark::Duplicate);
}

void TestCaptureMarks::comparesTimestampsAsDates()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"dates.sqlite"_s)));
    // 15:40 at +01:00 is 14:40 UTC; as text it would sort after 14:45Z.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T14:45:00Z"_s)), Marks());
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-01-26T15:40:00+01:00"_s)),
             Marks(Mark::OutOfOrder));
    // "…00.5Z" is later than "…00.0000Z" and than "…00Z", with any number of digits.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"2026-01-26T10:00:00.5Z"_s)), Marks());
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"2026-01-26T10:00:00.4999Z"_s)),
             Marks(Mark::OutOfOrder));
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"2026-01-26T10:00:01Z"_s)), Marks());
    // The documented sample's form, four fraction digits.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, u"r"_s, u"2021-12-24T00:00:00.0000Z"_s)),
             Marks());
    QCOMPARE(marksOf(store, delivery(u"booking"_s, u"r"_s, u"2021-12-23T23:59:59.9999Z"_s)),
             Marks(Mark::OutOfOrder));
}

void TestCaptureMarks::comparesTimestampsThatAreNotDatesAsText()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"text.sqlite"_s)));
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"revision-0002"_s)), Marks());
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"revision-0001"_s)),
             Marks(Mark::OutOfOrder));
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"revision-0003"_s)), Marks());
    // A malformed date is text too: the 13th month does not parse.
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"2026-13-01T00:00:00Z"_s)), Marks());
}

void TestCaptureMarks::remembersAcrossAReopen()
{
    const QString path = m_dir.filePath(u"reopen.sqlite"_s);
    const CaptureRecord first = delivery(u"booking"_s, P, u"2026-03-01T12:00:00Z"_s);
    {
        CaptureStore store;
        QVERIFY(store.open(path));
        QCOMPARE(marksOf(store, first), Marks());
        QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"not a date"_s)), Marks());
    }
    CaptureStore store;
    QVERIFY(store.open(path));
    QCOMPARE(marksOf(store, first), Marks(Mark::Duplicate));
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-03-01T11:59:59Z"_s)),
             Marks(Mark::OutOfOrder));
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"not a beginning"_s)),
             Marks(Mark::OutOfOrder));
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"now a date"_s)), Marks());
}

// Each kind of subject, with bodies shaped as Channex sends them: only news about the same thing
// can come out of order.
void TestCaptureMarks::outOfOrderMeansTheSameSubject()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"subjects.sqlite"_s)));
    const auto send
        = [&store](const QString &event, const QString &timestamp, const QString &payload) {
              Http::HttpRequest request;
              request.method = "POST";
              request.target = "/channex";
              request.body = u"{\"event\":\"%1\",\"property_id\":\"%2\",\"timestamp\":\"%3\","
                             "\"user_id\":null,\"payload\":%4}"_s.arg(event, P, timestamp, payload)
                                 .toUtf8();
              request.rawBytes = request.body;
              request.receivedAt = QDateTime::currentDateTimeUtc();
              CaptureRecord record = CaptureRecord::fromRequest(request);
              record.status = 200;
              return marksOf(store, record);
          };
    const auto booking = [](const QString &id, const QString &revision) {
        return u"{\"booking_id\":\"%1\",\"revision_id\":\"%2\"}"_s.arg(id, revision);
    };
    // Bookings: the same booking, whatever the booking event; another booking is another subject.
    QCOMPARE(send(u"booking_new"_s, u"2026-05-01T10:00:00Z"_s, booking(u"b1"_s, u"r1"_s)), Marks());
    QCOMPARE(send(u"booking_new"_s, u"2026-05-01T09:00:00Z"_s, booking(u"b2"_s, u"r2"_s)), Marks());
    QCOMPARE(send(u"booking_modification"_s, u"2026-05-01T09:30:00Z"_s, booking(u"b1"_s, u"r3"_s)),
             Marks(Mark::OutOfOrder));
    QCOMPARE(send(u"booking"_s, u"2026-05-01T09:30:00Z"_s, booking(u"b2"_s, u"r4"_s)), Marks());

    // ARI: each record's property, room type, rate plan and date.
    const auto ari = [](const QString &date, const QString &ratePlan) {
        return u"[{\"date\":\"%1\",\"room_type_id\":\"rt1\",\"rate_plan_id\":\"%2\","
               "\"availability\":1}]"_s.arg(date, ratePlan);
    };
    QCOMPARE(send(u"ari"_s, u"2026-05-02T10:00:00Z"_s, ari(u"2026-06-01"_s, u"rp1"_s)), Marks());
    QCOMPARE(send(u"ari"_s, u"2026-05-02T09:00:00Z"_s, ari(u"2026-06-02"_s, u"rp1"_s)), Marks());
    QCOMPARE(send(u"ari"_s, u"2026-05-02T09:00:00Z"_s, ari(u"2026-06-01"_s, u"rp2"_s)), Marks());
    QCOMPARE(send(u"ari"_s, u"2026-05-02T09:30:00Z"_s, ari(u"2026-06-01"_s, u"rp1"_s)),
             Marks(Mark::OutOfOrder));
    // A delivery of several records: out of order when any record's subject saw later news.
    QCOMPARE(send(u"ari"_s, u"2026-05-02T09:45:00Z"_s,
                  u"[{\"date\":\"2026-06-03\",\"room_type_id\":\"rt1\",\"rate_plan_id\":\"rp1\"},"
                  "{\"date\":\"2026-06-01\",\"room_type_id\":\"rt1\",\"rate_plan_id\":\"rp1\"}]"_s),
             Marks(Mark::OutOfOrder));

    // Messages: the same thread.
    const auto message = [](const QString &thread) {
        return u"{\"message\":\"hi\",\"message_thread_id\":\"%1\"}"_s.arg(thread);
    };
    QCOMPARE(send(u"message"_s, u"2026-05-03T10:00:00Z"_s, message(u"t1"_s)), Marks());
    QCOMPARE(send(u"message"_s, u"2026-05-03T09:00:00Z"_s, message(u"t2"_s)), Marks());
    QCOMPARE(send(u"message"_s, u"2026-05-03T09:30:00Z"_s, message(u"t1"_s)),
             Marks(Mark::OutOfOrder));

    // Anything else: the same property and event.
    QCOMPARE(send(u"review"_s, u"2026-05-04T10:00:00Z"_s, u"{\"id\":\"v1\"}"_s), Marks());
    QCOMPARE(send(u"sync_error"_s, u"2026-05-04T09:00:00Z"_s, u"{\"id\":\"s1\"}"_s), Marks());
    QCOMPARE(send(u"review"_s, u"2026-05-04T09:00:00Z"_s, u"{\"id\":\"v2\"}"_s),
             Marks(Mark::OutOfOrder));

    // A test call never counts: not marked itself, and no later delivery is compared with it.
    QCOMPARE(send(u"booking_new"_s, u"2026-05-05T12:00:00Z"_s, u"{\"test\":true}"_s), Marks());
    QCOMPARE(send(u"booking_new"_s, u"2020-01-01T00:00:00Z"_s, u"{\"test\":true}"_s), Marks());
    QCOMPARE(send(u"booking_new"_s, u"2026-05-05T11:00:00Z"_s, booking(u"b3"_s, u"r5"_s)), Marks());
}

void TestCaptureMarks::forgetsWhatIsNoLongerStored()
{
    // A person tests an endpoint, clears the list and sends the same delivery again: it is not
    // a duplicate of anything listed, nor out of order. Pinned captures stay, and still count.
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"deleted.sqlite"_s)));
    const CaptureRecord first = delivery(u"booking"_s, P, u"2026-04-01T12:00:00Z"_s);
    const CaptureRecord later = delivery(u"booking"_s, P, u"2026-04-01T13:00:00Z"_s);
    QCOMPARE(marksOf(store, first), Marks());
    QCOMPARE(marksOf(store, first), Marks(Mark::Duplicate)); // confirmed in SQL, then remembered
    QCOMPARE(marksOf(store, later), Marks());
    store.clear(); // runs before the next append, in the order given
    QCOMPARE(marksOf(store, first), Marks());
    QCOMPARE(marksOf(store, first), Marks(Mark::Duplicate));

    // Removing the captures that set the property's latest timestamp: the latest is what is left.
    const qint64 laterId = CaptureTest::store(store, later);
    QVERIFY(laterId > 0);
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-04-01T12:30:00Z"_s)),
             Marks(Mark::OutOfOrder));
    store.remove({laterId});
    QCOMPARE(marksOf(store, delivery(u"booking"_s, P, u"2026-04-01T12:45:00Z"_s)), Marks());

    // A pinned capture survives Clear All, and so does what it marks.
    const qint64 pinnedId
        = CaptureTest::store(store, delivery(u"booking"_s, Q, u"2026-04-02T09:00:00Z"_s));
    store.setPinned({pinnedId}, true);
    store.clear();
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"2026-04-02T09:00:00Z"_s)),
             Marks(Mark::Duplicate));
    QCOMPARE(marksOf(store, delivery(u"booking"_s, Q, u"2026-04-02T08:00:00Z"_s)),
             Marks(Mark::OutOfOrder));
    QCOMPARE(marksOf(store, first), Marks());

    // Retention that trims every copy of a body: the next copy is new again.
    store.setRetention({1, 0});
    const CaptureRecord message = delivery(u"message"_s, P, u"2026-04-03T00:00:00Z"_s);
    QCOMPARE(marksOf(store, message), Marks());
    QCOMPARE(marksOf(store, message), Marks(Mark::Duplicate)); // then the first is trimmed
    QCOMPARE(marksOf(store, delivery(u"message"_s, P, u"2026-04-03T00:00:01Z"_s)), Marks());
    QTRY_COMPARE(store.count(), 2); // the pinned one and the newest (trimmed after the commit)
    QCOMPARE(marksOf(store, message), Marks(Mark::OutOfOrder)); // a later one is still stored
}

void TestCaptureMarks::marksDocumentedSamplesSentTwice()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"samples.sqlite"_s)));
    for (const QString &event : Payloads::SamplePayloads::events()) {
        Http::HttpRequest request;
        request.method = "POST";
        request.target = "/";
        request.body = Payloads::SamplePayloads::sample(event).json;
        CaptureRecord record = CaptureRecord::fromRequest(request);
        QCOMPARE(record.event, event);
        const Marks first = marksOf(store, record);
        QVERIFY(!first.testFlag(Mark::Duplicate));
        QVERIFY(marksOf(store, record).testFlag(Mark::Duplicate));
    }
}

QTEST_GUILESS_MAIN(TestCaptureMarks)
#include "test_capture_marks.moc"
