// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The capture store keeps what arrived byte for byte and reads it back.
#include "app/capture/CaptureSchema.h"
#include "app/capture/CaptureStore.h"
#include "app/capture/HeaderCodec.h"
#include "app/http/HttpRequestHandler.h"
#include "app/payloads/SamplePayloads.h"
#include "tests/unit/capture/CaptureTestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Capture;
using namespace CaptureTest;
using namespace Qt::StringLiterals;

class TestCaptureStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAtTheDefaultPath();
    void keepsExactBytes_data();
    void keepsExactBytes();
    void keepsTheAnswerAndTheConnection();
    void keepsRawBytesThatDoNotEndWithTheBody();
    void recognisesADocumentedChannexPayload();
    void recognisesNothingInOtherBodies_data();
    void recognisesNothingInOtherBodies();
    void readsPathQueryAndHeaders();
    void namesAnAliasedEventByItsCurrentName();
    void headerListsSurviveTheirEncoding();
    void capturesARejectedRequest();
    void announcesEachCommitWithItsRows();
    void keepsCapturesAcrossAReopen();
    void refusesAFileThatIsNotACaptureDatabase();
    void migratesAnOlderDatabaseAndRefusesANewerOne();
    void migratesVersionTwoWithTheSubjectsOfWhatItHolds();
    void opensAVersionThreeFile();
    void writesALateAnswerIntoTheStoredRow();
    void answersAppendsWhenNotOpen();
    void writesWhatIsQueuedWhenDestroyed();

private:
    QTemporaryDir m_dir;
};

void TestCaptureStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaptureStore::opensAtTheDefaultPath()
{
    const QString dataDirectory = m_dir.filePath(u"data-dir/nested"_s);
    QCOMPARE(CaptureStore::defaultPath(dataDirectory), dataDirectory + u"/captures.sqlite"_s);
    CaptureStore store;
    QVERIFY2(store.open(CaptureStore::defaultPath(dataDirectory)), qPrintable(store.errorString()));
    QVERIFY(store.isOpen());
    QVERIFY(QFile::exists(dataDirectory + u"/captures.sqlite"_s));
    QCOMPARE(store.count(), 0);
}

void TestCaptureStore::keepsExactBytes_data()
{
    QTest::addColumn<QByteArray>("body");
    QByteArray binary("\x00\x01\x02\xff\xfe\x00 {\"event\":\x00}", 15);
    QTest::newRow("binary with NULs") << binary;
    QTest::newRow("not UTF-8") << QByteArray("caf\xe9 cr\xe8me \xc3\x28", 14);
    QByteArray large(1024 * 1024, 'x');
    for (qsizetype i = 0; i < large.size(); i += 997)
        large[i] = char(i % 256);
    QTest::newRow("1 MB") << large;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("UTF-8 JSON") << u"{\"name\":\"Zoë 🏨\"}"_s.toUtf8();
}

void TestCaptureStore::keepsExactBytes()
{
    QFETCH(QByteArray, body);
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"bytes.sqlite"_s)));
    CaptureRecord record = post(body, "/in%20box?a=1&a=2");
    // Order, duplicates, case and untrimmed whitespace as they arrived.
    record.headers = {{"X-B", "second"}, {"x-a", " padded\t"}, {"X-B", "first"}, {"Empty", ""}};
    record.versionMinor = 0;
    const Appended appended = appendAndWait(store, record);
    QCOMPARE(appended.error, QString());
    QVERIFY(appended.stored.id > 0);

    const std::optional<CaptureRecord> loaded = store.load(appended.stored.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->body, body);
    QCOMPARE(loaded->body.size(), body.size());
    QCOMPARE(loaded->rawBytes, record.rawBytes);
    QCOMPARE(loaded->headers, record.headers);
    QCOMPARE(loaded->target, record.target);
    QCOMPARE(loaded->method, record.method);
    QCOMPARE(loaded->versionMinor, 0);
    QCOMPARE(loaded->receivedAt, record.receivedAt);
    QCOMPARE(loaded->status, 200);
    QCOMPARE(loaded->id, appended.stored.id);

    const QList<CaptureSummary> summaries = store.summaries({appended.stored.id});
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().size, body.size());
    QCOMPARE(summaries.first().path, u"/in box"_s);
}

void TestCaptureStore::keepsTheAnswerAndTheConnection()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"answer.sqlite"_s)));
    CaptureRecord record = post(R"({"ok":true})");
    record.status = 401;
    record.responseHeaders = {{"Content-Type", "text/plain"}, {"WWW-Authenticate", "Secret"}};
    record.responseBody = "The secret header is wrong.\n";
    record.peerAddress = u"::1"_s;
    record.peerPort = 54321;
    record.connectionId = 0xFFFF'FFFF'FFFF'FFF0ULL;
    record.marks = Mark::SecretMismatch;
    record.note = u"X-Secret did not match"_s;
    record.durationUs = 1234;
    const qint64 id = CaptureTest::store(store, record);
    QVERIFY(id > 0);

    const std::optional<CaptureRecord> loaded = store.load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->status, 401);
    QCOMPARE(loaded->responseHeaders, record.responseHeaders);
    QCOMPARE(loaded->responseBody, record.responseBody);
    QCOMPARE(loaded->peerAddress, u"::1"_s);
    QCOMPARE(loaded->peerPort, quint16(54321));
    QCOMPARE(loaded->connectionId, record.connectionId);
    QCOMPARE(loaded->marks, Marks(Mark::SecretMismatch));
    QCOMPARE(loaded->note, record.note);
    QCOMPARE(loaded->durationUs, 1234);
}

void TestCaptureStore::keepsRawBytesThatDoNotEndWithTheBody()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"chunked.sqlite"_s)));
    CaptureRecord record = post("hello world");
    record.rawBytes = "POST /hook HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n";
    const qint64 id = CaptureTest::store(store, record);
    const std::optional<CaptureRecord> loaded = store.load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->rawBytes, record.rawBytes);
    QCOMPARE(loaded->body, "hello world"_ba);
}

void TestCaptureStore::recognisesADocumentedChannexPayload()
{
    const Payloads::Sample sample = Payloads::SamplePayloads::sample(u"booking"_s);
    QVERIFY(sample.isDocumentedWithData());
    Http::HttpRequest request;
    request.method = "POST";
    request.target = "/channex?token=1";
    request.headers = {{"Content-Type", "application/json"}};
    request.body = "\r\n  " + sample.json;
    request.rawBytes
        = "POST /channex?token=1 HTTP/1.1\r\nContent-Type: application/json\r\n\r\n" + request.body;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.peerAddress = QHostAddress::LocalHost;
    request.peerPort = 40000;
    request.connectionId = 7;

    CaptureRecord record = CaptureRecord::fromRequest(request);
    QCOMPARE(record.event, u"booking"_s);
    QCOMPARE(record.propertyId, u"90958ec0-9713-1396-873e-4add0d834670"_s);
    QCOMPARE(record.userId, QString()); // null in the sample
    QCOMPARE(record.payloadTimestamp, u"2021-12-24T00:00:00.0000Z"_s);
    QCOMPARE(record.peerAddress, u"127.0.0.1"_s);
    QCOMPARE(record.connectionId, quint64(7));
    QCOMPARE(record.rawBytes, request.rawBytes);

    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"channex.sqlite"_s)));
    record.status = 200;
    const qint64 id = CaptureTest::store(store, record);
    const std::optional<CaptureRecord> loaded = store.load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->event, u"booking"_s);
    QCOMPARE(loaded->propertyId, record.propertyId);
    QCOMPARE(loaded->payloadTimestamp, record.payloadTimestamp);
    QCOMPARE(store.summaries({id}).value(0).event, u"booking"_s);

    // Every documented sample is recognised as its own event.
    for (const QString &event : Payloads::SamplePayloads::events()) {
        request.body = Payloads::SamplePayloads::sample(event).json;
        QCOMPARE(CaptureRecord::fromRequest(request).event, event);
    }
}

void TestCaptureStore::recognisesNothingInOtherBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << "event=booking"_ba;
    QTest::newRow("array") << R"([{"event":"booking"}])"_ba;
    QTest::newRow("broken JSON") << R"({"event":"booking","property_id":)"_ba;
    QTest::newRow("event not a string") << R"({"event":1,"property_id":"p"})"_ba;
    QTest::newRow("unknown event, no envelope") << R"({"event":"signup"})"_ba;
    QTest::newRow("binary") << QByteArray("{\x00\xff", 3);
}

void TestCaptureStore::recognisesNothingInOtherBodies()
{
    QFETCH(QByteArray, body);
    Http::HttpRequest request;
    request.body = body;
    const CaptureRecord record = CaptureRecord::fromRequest(request);
    QCOMPARE(record.event, QString());
    QCOMPARE(record.propertyId, QString());
}

void TestCaptureStore::readsPathQueryAndHeaders()
{
    CaptureRecord record;
    record.target = "/hooks/caf%C3%A9?x=1&y=a%20b";
    record.headers = {{"Content-Type", "application/json"}, {"X-Dup", "1"}, {"x-dup", "2"}};
    QCOMPARE(record.path(), u"/hooks/café"_s);
    QCOMPARE(record.query().queryItemValue(u"y"_s, QUrl::FullyDecoded), u"a b"_s);
    QCOMPARE(record.query().queryItemValue(u"x"_s), u"1"_s);
    QCOMPARE(record.header("content-type"), "application/json"_ba);
    QCOMPARE(record.header("X-DUP"), "1"_ba);
    QCOMPARE(record.header("absent"), QByteArray());
}

void TestCaptureStore::namesAnAliasedEventByItsCurrentName()
{
    Http::HttpRequest request;
    request.body = R"({"event":"disconnected_channel","property_id":"p","timestamp":"t"})";
    QCOMPARE(CaptureRecord::fromRequest(request).event, u"disconnect_channel"_s);
    // An event Channex does not document yet, in the documented envelope, is still shown.
    request.body = R"({"event":"future_event","property_id":"p","payload":{}})";
    QCOMPARE(CaptureRecord::fromRequest(request).event, u"future_event"_s);
}

void TestCaptureStore::headerListsSurviveTheirEncoding()
{
    const Http::HeaderList headers = {{"A", ""},
                                      {"", "no name"},
                                      {"B:1", "2:3"},
                                      {QByteArray("\x00\xff", 2), QByteArray(300, 'v')}};
    const QByteArray encoded = HeaderCodec::encode(headers);
    QCOMPARE(encoded.left(6), "1:A0:0"_ba);
    QCOMPARE(HeaderCodec::decode(encoded), std::optional<Http::HeaderList>(headers));
    QCOMPARE(HeaderCodec::decode({}), std::optional<Http::HeaderList>(Http::HeaderList()));
    // Damaged bytes are refused, not read past their end.
    for (const QByteArray &damaged : {"1:A"_ba, "5:AB"_ba, "x:A0:"_ba, "1:A1"_ba,
                                      "99999999999999999:A0:"_ba, encoded.chopped(1)})
        QVERIFY2(!HeaderCodec::decode(damaged), damaged.constData());
}

void TestCaptureStore::capturesARejectedRequest()
{
    Http::RejectedRequest rejection;
    rejection.status = 431;
    rejection.reason = u"The request's headers are too large."_s;
    rejection.bytes = "POST /big HTTP/1.1\r\nX-Long: aaaaaaaa";
    rejection.bytesTruncated = true;
    rejection.receivedAt = QDateTime::currentDateTimeUtc();
    rejection.peerAddress = QHostAddress::LocalHost;
    rejection.peerPort = 1234;
    rejection.connectionId = 3;
    const CaptureRecord record = CaptureRecord::fromRejection(rejection);
    QCOMPARE(record.status, 431);
    QCOMPARE(record.method, "POST"_ba);
    QCOMPARE(record.target, "/big"_ba);
    QCOMPARE(record.note, rejection.reason);
    QCOMPARE(record.marks, Mark::Rejected | Mark::BytesTruncated);

    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"rejected.sqlite"_s)));
    const qint64 id = CaptureTest::store(store, record);
    const std::optional<CaptureRecord> loaded = store.load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->rawBytes, rejection.bytes);
    QCOMPARE(loaded->marks, Mark::Rejected | Mark::BytesTruncated);
    // A rejected request's size is what had arrived.
    QCOMPARE(store.summaries({id}).value(0).size, rejection.bytes.size());

    // Garbage before any request line: no method or target, the bytes kept.
    rejection.bytes = QByteArray("\x16\x03\x01\x02\x00", 5);
    const CaptureRecord garbage = CaptureRecord::fromRejection(rejection);
    QCOMPARE(garbage.method, QByteArray());
    QCOMPARE(CaptureTest::store(store, garbage) > id, true);
}

void TestCaptureStore::announcesEachCommitWithItsRows()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"announce.sqlite"_s)));
    QSignalSpy appended(&store, &CaptureStore::appended);
    const qint64 first = CaptureTest::store(store, post("one", "/a"));
    const qint64 second = CaptureTest::store(store, post("two", "/b", 503));
    QTRY_COMPARE(appended.size(), 2);
    const auto firstRows = appended.at(0).at(0).value<QList<CaptureSummary>>();
    const auto secondRows = appended.at(1).at(0).value<QList<CaptureSummary>>();
    QCOMPARE(firstRows.size(), 1);
    QCOMPARE(firstRows.first().id, first);
    QCOMPARE(firstRows.first().path, u"/a"_s);
    QCOMPARE(secondRows.first().id, second);
    QCOMPARE(secondRows.first().status, 503);
    QCOMPARE(secondRows.first().size, 3);
    QVERIFY(secondRows.first().durationUs >= 0);
    QCOMPARE(store.ids({}), (QList<qint64> {first, second}));
}

void TestCaptureStore::keepsCapturesAcrossAReopen()
{
    const QString path = m_dir.filePath(u"reopen.sqlite"_s);
    qint64 last = 0;
    {
        CaptureStore store;
        QVERIFY(store.open(path));
        CaptureTest::store(store, post("a"));
        last = CaptureTest::store(store, post("b"));
        store.remove({last});
        QTRY_COMPARE(store.count(), 1);
    }
    CaptureStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.load(last - 1)->body, "a"_ba);
    // The id of a removed capture is not given again.
    QVERIFY(CaptureTest::store(store, post("c")) > last);
}

void TestCaptureStore::refusesAFileThatIsNotACaptureDatabase()
{
    const QString text = m_dir.filePath(u"notes.sqlite"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database. Long enough to be read as a header....\n");
    file.close();
    CaptureStore store;
    QVERIFY(!store.open(text));
    QVERIFY(!store.errorString().isEmpty());
    QVERIFY(!store.isOpen());

    const QString other = m_dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        database.setDatabaseName(other);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(u"CREATE TABLE invoices (id INTEGER)"_s));
        database.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    CaptureStore second;
    QVERIFY(!second.open(other));
    QVERIFY2(second.errorString().contains(u"not one of captures"_s),
             qPrintable(second.errorString()));
}

namespace {

// Runs statements on the file through a connection of its own, as another program would.
bool runOn(const QString &path, const QStringList &statements, QStringList *rows = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        database.setDatabaseName(path);
        ok = database.open();
        QSqlQuery query(database);
        for (const QString &statement : statements) {
            ok = ok && query.exec(statement);
            while (ok && rows && query.next())
                rows->append(query.value(0).toString());
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
    return ok;
}

// Takes a file of today's schema back to version 3: without the columns version 4 added.
QStringList withoutVersionFourColumns(QStringList statements)
{
    for (const char *column : {"answered_by", "forward_url", "forward_status", "forward_headers",
                               "forward_body", "forward_error", "forward_duration_us"})
        statements.prepend(
            u"ALTER TABLE capture_data DROP COLUMN %1"_s.arg(QLatin1StringView(column)));
    return statements;
}

} // namespace

void TestCaptureStore::migratesAnOlderDatabaseAndRefusesANewerOne()
{
    const QString path = m_dir.filePath(u"version1.sqlite"_s);
    const QByteArray booking = Payloads::SamplePayloads::sample(u"booking"_s).json;
    CaptureRecord channex = post(booking);
    channex.event = u"booking"_s;
    channex.propertyId = u"90958ec0-9713-1396-873e-4add0d834670"_s;
    channex.payloadTimestamp = u"2021-12-24T00:00:00.0000Z"_s;
    {
        CaptureStore store;
        QVERIFY(store.open(path));
        QVERIFY(CaptureTest::store(store, channex) > 0);
    }
    // Version 1 as it was written: the body hash in the property index, no subjects.
    QVERIFY(runOn(path,
                  withoutVersionFourColumns({u"DROP INDEX captures_property"_s,
                                             u"CREATE INDEX captures_property ON captures "
                                             "(property_id, payload_time, body_hash)"_s,
                                             u"DROP TABLE capture_subjects"_s,
                                             u"UPDATE capture_schema SET version = 1"_s})));

    {
        CaptureStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.count(), 1);
        // Duplicates are still found through the new index.
        const Appended again = appendAndWait(store, channex);
        QVERIFY(again.error.isEmpty());
        QVERIFY(again.stored.marks.testFlag(Mark::Duplicate));
    }
    QStringList rows;
    QVERIFY(runOn(path, {u"SELECT version FROM capture_schema"_s}, &rows));
    QCOMPARE(rows, QStringList {QString::number(CaptureSchema::Version)});
    rows.clear();
    QVERIFY(runOn(path, {u"SELECT name FROM pragma_index_info('captures_property')"_s}, &rows));
    QCOMPARE(rows, (QStringList {u"property_id"_s, u"payload_time"_s}));

    // A database from a later version of the console is left alone, with a message.
    QVERIFY(
        runOn(path, {u"UPDATE capture_schema SET version = %1"_s.arg(CaptureSchema::Version + 1)}));
    CaptureStore newer;
    QVERIFY(!newer.open(path));
    QVERIFY2(newer.errorString().contains(QString::number(CaptureSchema::Version + 1)),
             qPrintable(newer.errorString()));
    rows.clear();
    QVERIFY(runOn(path, {u"SELECT COUNT(*) FROM captures"_s}, &rows));
    QCOMPARE(rows, QStringList {u"2"_s});
}

// Version 2 compared timestamps per property; version 3 per subject. The subjects of what a
// version 2 file holds are read from the stored bodies when it is opened.
void TestCaptureStore::migratesVersionTwoWithTheSubjectsOfWhatItHolds()
{
    const QString path = m_dir.filePath(u"version2.sqlite"_s);
    const auto booking = [](const QString &id, const QString &timestamp) {
        Http::HttpRequest request;
        request.method = "POST";
        request.target = "/channex";
        request.body = u"{\"event\":\"booking_new\",\"property_id\":\"p1\",\"timestamp\":\"%1\","
                       "\"user_id\":null,\"payload\":{\"booking_id\":\"%2\"}}"_s.arg(timestamp, id)
                           .toUtf8();
        request.rawBytes = request.body;
        request.receivedAt = QDateTime::currentDateTimeUtc();
        CaptureRecord record = CaptureRecord::fromRequest(request);
        record.status = 200;
        return record;
    };
    {
        CaptureStore store;
        QVERIFY(store.open(path));
        QVERIFY(CaptureTest::store(store, booking(u"b1"_s, u"2026-05-01T10:00:00Z"_s)) > 0);
        QVERIFY(CaptureTest::store(store, booking(u"b2"_s, u"not a date"_s)) > 0);
    }
    // Version 2 as it was written: no capture_subjects.
    QVERIFY(runOn(path,
                  withoutVersionFourColumns({u"DROP TABLE capture_subjects"_s,
                                             u"UPDATE capture_schema SET version = 2"_s})));

    CaptureStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QStringList rows;
    QVERIFY(runOn(path, {u"SELECT subject FROM capture_subjects ORDER BY subject"_s}, &rows));
    QCOMPARE(rows, (QStringList {u"booking:b1"_s, u"booking:b2"_s}));
    // Older news about b1 is out of order; about another booking it is not.
    QCOMPARE(appendAndWait(store, booking(u"b1"_s, u"2026-05-01T09:00:00Z"_s)).stored.marks,
             Marks(Mark::OutOfOrder));
    QCOMPARE(appendAndWait(store, booking(u"b3"_s, u"2026-05-01T09:00:00Z"_s)).stored.marks,
             Marks());
    QCOMPARE(appendAndWait(store, booking(u"b2"_s, u"not a beginning"_s)).stored.marks,
             Marks(Mark::OutOfOrder));
    rows.clear();
    QVERIFY(runOn(path, {u"SELECT version FROM capture_schema"_s}, &rows));
    QCOMPARE(rows, QStringList {QString::number(CaptureSchema::Version)});
}

// A file written by version 3 of the schema (tests/data/capture/README.md says how it was made):
// its captures open unchanged, with the default answer and no forwarding.
void TestCaptureStore::opensAVersionThreeFile()
{
    const QString path = m_dir.filePath(u"version3.sqlite"_s);
    QVERIFY(QFile::copy(QStringLiteral(WC_TEST_DATA_DIR) + u"/capture/captures-version3.sqlite"_s,
                        path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    CaptureStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 5);
    const std::optional<CaptureRecord> booking = store.load(1);
    QVERIFY(booking);
    QCOMPARE(booking->event, u"booking_new"_s);
    QCOMPARE(booking->status, 200);
    QCOMPARE(booking->target, "/channex?source=v3"_ba);
    QVERIFY(booking->answeredBy.isEmpty());
    QVERIFY(booking->forwarded.isEmpty());
    // The same booking again is still found a duplicate, and new rows carry the new columns.
    CaptureRecord again = *booking;
    again.id = 0;
    again.answeredBy = u"busy"_s;
    const Appended appended = appendAndWait(store, again);
    QVERIFY(appended.error.isEmpty());
    QVERIFY(appended.stored.marks.testFlag(Mark::Duplicate));
    QCOMPARE(store.load(appended.stored.id)->answeredBy, u"busy"_s);
    QStringList rows;
    QVERIFY(runOn(path, {u"SELECT version FROM capture_schema"_s}, &rows));
    QCOMPARE(rows, QStringList {QString::number(CaptureSchema::Version)});
}

// A forwarded request is stored before the app answers; the answer is written into that row
// later, and the lists hear of it.
void TestCaptureStore::writesALateAnswerIntoTheStoredRow()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"late-answer.sqlite"_s)));
    CaptureRecord record = post(R"({"late":true})"_ba);
    record.status = 0;
    record.marks |= Mark::Forwarded;
    record.forwarded.url = u"http://127.0.0.1:9/app/hook"_s;
    const Appended appended = appendAndWait(store, record);
    QVERIFY(appended.stored.id > 0);
    QCOMPARE(store.summaries({appended.stored.id}).value(0).status, 0);

    QSignalSpy updated(&store, &CaptureStore::updated);
    CaptureRecord answered = appended.stored;
    answered.status = 502;
    answered.responseHeaders = {{"Content-Type"_ba, "text/plain"_ba}};
    answered.responseBody = "The app did not answer."_ba;
    answered.durationUs = 1500;
    answered.forwarded.error = u"connection refused"_s;
    answered.forwarded.durationUs = 700;
    auto promise = std::make_shared<std::promise<QString>>();
    std::future<QString> written = promise->get_future();
    store.updateAnswer(answered, [promise](const QString &error) { promise->set_value(error); });
    QCOMPARE(written.get(), QString());
    QTRY_COMPARE(updated.count(), 1);
    const auto summaries = updated.at(0).at(0).value<QList<Capture::CaptureSummary>>();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.at(0).status, 502);
    QVERIFY(summaries.at(0).marks.testFlag(Mark::Forwarded));

    const std::optional<CaptureRecord> loaded = store.load(appended.stored.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->status, 502);
    QCOMPARE(loaded->durationUs, 1500);
    QCOMPARE(loaded->responseBody, "The app did not answer."_ba);
    QCOMPARE(loaded->forwarded, answered.forwarded);
    QCOMPARE(loaded->body, record.body); // the request itself is left as it was
}

void TestCaptureStore::answersAppendsWhenNotOpen()
{
    CaptureStore store;
    const Appended appended = appendAndWait(store, post("x"));
    QCOMPARE(appended.stored.id, 0);
    QVERIFY(!appended.error.isEmpty());
    QCOMPARE(store.ids({}), QList<qint64>());
}

void TestCaptureStore::writesWhatIsQueuedWhenDestroyed()
{
    const QString path = m_dir.filePath(u"destroyed.sqlite"_s);
    std::atomic<int> answered = 0;
    std::atomic<int> failed = 0;
    {
        CaptureStore store;
        QVERIFY(store.open(path));
        for (int i = 0; i < 500; ++i) {
            store.append(post(QByteArray::number(i)),
                         [&](const CaptureRecord &stored, const QString &) {
                             ++answered;
                             if (stored.id == 0)
                                 ++failed;
                         });
        }
    }
    QCOMPARE(answered.load(), 500);
    QCOMPARE(failed.load(), 0);
    CaptureStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.count(), 500);
}

QTEST_GUILESS_MAIN(TestCaptureStore)
#include "test_capture_store.moc"
