// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The capture store on a real PostgreSQL server (PostgresServer): several consoles on one shared
// store, as a team runs it. docs/capture-store.md, "Shared capture history".
#include "app/capture/CaptureSchema.h"
#include "app/capture/CaptureStore.h"
#include "app/capture/PostgresTextSearch.h"
#include "app/http/HttpRequest.h"
#include "tests/postgres/PostgresServer.h"
#include "tests/unit/capture/CaptureTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <chrono>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
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

QList<qint64> idsOf(const QList<QVariantList> &emissions)
{
    QList<qint64> ids;
    for (const QVariantList &arguments : emissions) {
        for (const CaptureSummary &summary : arguments.at(0).value<QList<CaptureSummary>>())
            ids << summary.id;
    }
    return ids;
}

} // namespace

class TestCaptureStorePostgres final : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QStringList m_lastResults;

    // A new database for the running test function.
    StoreLocation freshDatabase()
    {
        QString error;
        QString name = u"t_"_s + QString::fromLatin1(QTest::currentTestFunction()).toLower();
        if (const char *tag = QTest::currentDataTag()) // one database per row
            name += u"_"_s + QString::fromLatin1(tag).toLower().replace(u' ', u'_');
        const StoreLocation location = m_server.createDatabase(name, &error);
        if (!error.isEmpty())
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return location;
    }

    // A connection `name` of the test's own to `location` (the user owns the database).
    static QSqlDatabase connectTo(const StoreLocation &location, const QString &name)
    {
        QString error;
        QSqlDatabase database = CaptureSchema::openConnection(name, location, false, &error);
        if (!database.isOpen())
            qWarning("%s", qPrintable(error));
        return database;
    }

    // A connection of the test's own to `location`, for what only an administrator does.
    static bool runAsAdministrator(const StoreLocation &location, const QStringList &statements,
                                   QStringList *results = nullptr)
    {
        bool ran = true;
        {
            QSqlDatabase admin = connectTo(location, u"admin"_s);
            ran = admin.isOpen();
            for (const QString &statement : statements) {
                QSqlQuery query(admin);
                if (!ran || !query.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                    ran = false;
                    break;
                }
                while (results && query.next())
                    *results << query.value(0).toString();
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
        return ran;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<Capture::CaptureSummary>>();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error)); // after a test that stopped it
    }

    void keepsBytesAndIdsFromTheDatabase()
    {
        const StoreLocation location = freshDatabase();
        CaptureStore store;
        QVERIFY2(store.open(location), qPrintable(store.errorString()));
        QVERIFY(store.isShared());

        // Not UTF-8, with a NUL: kept byte for byte, and the text filter never refuses it.
        CaptureRecord binary = post("\xff\xfe BOOKING \x00 caf\xc3\xa9 \x80"_ba, "/bin%00ary");
        binary.headers.append({"X-Trace", "\xe9t\xe9"_ba});
        const qint64 first = CaptureTest::store(store, binary);
        const qint64 second = CaptureTest::store(store, post(R"({"a":"Éclair"})"_ba));
        QVERIFY(first > 0);
        QVERIFY(second > first);

        const std::optional<CaptureRecord> loaded = store.load(first);
        QVERIFY(loaded);
        QCOMPARE(loaded->body, binary.body);
        QCOMPARE(loaded->rawBytes, binary.rawBytes);
        QCOMPARE(loaded->headers, binary.headers);

        CaptureFilter filter;
        filter.text = u"booking"_s; // ASCII in any case, inside bytes that are not UTF-8
        QCOMPARE(store.ids(filter), QList<qint64> {first});
        filter.text = u"É"_s; // anything else as written
        QCOMPARE(store.ids(filter), QList<qint64> {second});
        filter.text = u"é"_s;
        QCOMPARE(store.ids(filter), QList<qint64> {first});
        filter.text = u"x-trace"_s; // header names too
        QCOMPARE(store.ids(filter), QList<qint64> {first});
        QCOMPARE(store.count(), 2);
    }

    void anotherConsoleSeesEachCommitAtOnce()
    {
        const StoreLocation location = freshDatabase();
        CaptureStore writer;
        CaptureStore watcher;
        QVERIFY2(writer.open(location), qPrintable(writer.errorString()));
        QVERIFY2(watcher.open(location), qPrintable(watcher.errorString()));
        QSignalSpy seen(&watcher, &CaptureStore::appended);
        QSignalSpy ownSeen(&writer, &CaptureStore::appended);

        QElapsedTimer timer;
        timer.start();
        const qint64 id = CaptureTest::store(writer, post(R"({"n":1})"_ba));
        QTRY_COMPARE_WITH_TIMEOUT(seen.count(), 1, 5000);
        QCOMPARE(idsOf(seen), QList<qint64> {id});
        QTRY_COMPARE(idsOf(ownSeen), QList<qint64> {id}); // the writer's own list as well
        qInfo("commit to the other console's signal: %lld ms", timer.elapsed());

        // An answer written later (forwarding) and Clear All reach the watcher too.
        QSignalSpy updated(&watcher, &CaptureStore::updated);
        QSignalSpy changed(&watcher, &CaptureStore::changed);
        CaptureRecord answered = *writer.load(id);
        answered.status = 503;
        writer.updateAnswer(answered);
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 5000);
        QCOMPARE(updated.at(0).at(0).value<QList<CaptureSummary>>().at(0).status, 503);
        writer.clear();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QCOMPARE(watcher.count(), 0);
    }

    void idsArriveInCommitOrderFromEveryWriter()
    {
        const StoreLocation location = freshDatabase();
        CaptureStore first;
        CaptureStore second;
        CaptureStore watcher;
        for (CaptureStore *store : {&first, &second, &watcher})
            QVERIFY2(store->open(location), qPrintable(store->errorString()));
        QSignalSpy seen(&watcher, &CaptureStore::appended);

        // Two receivers writing at once: their transactions interleave.
        constexpr int PerWriter = 150;
        std::atomic<int> failures {0};
        const auto flood = [&failures](CaptureStore *store, int offset) {
            for (int i = 0; i < PerWriter; ++i) {
                store->append(post(R"({"n":)" + QByteArray::number(offset + i) + '}'),
                              [&failures](const CaptureRecord &, const QString &error) {
                                  if (!error.isEmpty())
                                      ++failures;
                              });
            }
        };
        std::thread a(flood, &first, 0);
        std::thread b(flood, &second, 1000);
        a.join();
        b.join();
        QTRY_COMPARE_WITH_TIMEOUT(idsOf(seen).size(), 2 * PerWriter, 20000);
        QCOMPARE(failures.load(), 0);
        const QList<qint64> followed = idsOf(seen);
        // Each id once, ascending: a list that follows the notices never misses a row committed
        // with a smaller id after a larger one.
        QList<qint64> sorted = followed;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(followed, sorted);
        QCOMPARE(followed, watcher.ids({}));
    }

    void marksAreDecidedByTheStoreNotOneWriter()
    {
        const StoreLocation location = freshDatabase();
        CaptureStore mine;
        CaptureStore colleagues;
        QVERIFY2(mine.open(location), qPrintable(mine.errorString()));
        QVERIFY2(colleagues.open(location), qPrintable(colleagues.errorString()));

        const CaptureRecord booking
            = delivery(u"booking_new"_s, u"hotel-1"_s, u"2026-12-07T10:00:00.000000Z"_s);
        QCOMPARE(appendAndWait(mine, booking).stored.marks & Mark::Duplicate, Marks());
        // The same delivery through another receiver: a duplicate, as through the same one.
        QVERIFY(appendAndWait(colleagues, booking).stored.marks.testFlag(Mark::Duplicate));

        // A later change of one booking seen by one receiver makes an earlier one, seen by the
        // other, out of order.
        QCOMPARE(appendAndWait(colleagues,
                               delivery(u"booking_modification"_s, u"hotel-1"_s,
                                        u"2026-12-07T11:00:00.000000Z"_s, u"later"_s))
                         .stored.marks
                     & Mark::OutOfOrder,
                 Marks());
        QVERIFY(appendAndWait(mine,
                              delivery(u"booking_modification"_s, u"hotel-1"_s,
                                       u"2026-12-07T10:30:00.000000Z"_s, u"earlier"_s))
                    .stored.marks.testFlag(Mark::OutOfOrder));

        // Several in one go (one transaction, as under load): marked as if one by one.
        const CaptureRecord burstFirst
            = delivery(u"booking_new"_s, u"hotel-2"_s, u"2026-12-07T12:00:00.000000Z"_s);
        const CaptureRecord burstEarlier
            = delivery(u"booking_new"_s, u"hotel-2"_s, u"2026-12-07T11:00:00.000000Z"_s, u"b"_s);
        std::vector<std::future<Appended>> answers;
        for (const CaptureRecord &record : {burstFirst, burstFirst, burstEarlier}) {
            auto promise = std::make_shared<std::promise<Appended>>();
            answers.push_back(promise->get_future());
            mine.append(record, [promise](const CaptureRecord &stored, const QString &error) {
                promise->set_value({stored, error});
            });
        }
        QList<Marks> burst;
        for (std::future<Appended> &answer : answers)
            burst << answer.get().stored.marks;
        QCOMPARE(burst.at(0) & (Mark::Duplicate | Mark::OutOfOrder), Marks());
        QVERIFY(burst.at(1).testFlag(Mark::Duplicate));
        QVERIFY(burst.at(2).testFlag(Mark::OutOfOrder));

        // After the colleague's Clear All, nothing counts any more.
        QSignalSpy changed(&mine, &CaptureStore::changed);
        colleagues.clear();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QCOMPARE(appendAndWait(mine, booking).stored.marks & (Mark::Duplicate | Mark::OutOfOrder),
                 Marks());
    }

    void aLostServerIsSaidAndWritingResumesWhenItIsBack()
    {
        const StoreLocation location = freshDatabase();
        CaptureStore writer;
        CaptureStore watcher;
        QVERIFY2(writer.open(location), qPrintable(writer.errorString()));
        QVERIFY2(watcher.open(location), qPrintable(watcher.errorString()));
        const qint64 before = CaptureTest::store(writer, post(R"({"n":1})"_ba));
        QVERIFY(before > 0);

        QSignalSpy failed(&writer, &CaptureStore::writeFailed);
        QSignalSpy recovered(&writer, &CaptureStore::writeRecovered);
        QSignalSpy lost(&watcher, &CaptureStore::followLost);
        QSignalSpy regained(&watcher, &CaptureStore::followRegained);
        QSignalSpy changed(&watcher, &CaptureStore::changed);
        QString error;
        QVERIFY2(m_server.stop(&error), qPrintable(error));

        // Refused, with a sentence (the receiver answers it 503), never accepted and lost.
        const Appended refused = appendAndWait(writer, post(R"({"n":2})"_ba));
        QCOMPARE(refused.stored.id, 0);
        QVERIFY2(refused.error.contains(u"shared capture history"_s), qPrintable(refused.error));
        QTRY_COMPARE(failed.count(), 1); // said once, after the appends were answered
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
        QVERIFY2(lost.at(0).at(0).toString().contains(location.displayName()),
                 qPrintable(lost.at(0).at(0).toString()));
        QCOMPARE(watcher.count(), 0); // reads fail quietly, nothing crashes

        QVERIFY2(m_server.start(&error), qPrintable(error));
        const qint64 after = CaptureTest::store(writer, post(R"({"n":3})"_ba));
        QVERIFY(after > before);
        QTRY_COMPARE(recovered.count(), 1);
        QCOMPARE(failed.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(regained.count(), 1, 10000);
        QVERIFY(changed.count() >= 1); // the lists catch up
        QCOMPARE(watcher.ids({}), (QList<qint64> {before, after}));
    }

    void consolesStartingTogetherMakeTheSchemaOnce()
    {
        const StoreLocation location = freshDatabase();
        std::vector<std::unique_ptr<CaptureStore>> stores;
        for (int i = 0; i < 3; ++i)
            stores.push_back(std::make_unique<CaptureStore>());
        std::vector<std::thread> threads;
        std::atomic<int> opened {0};
        for (auto &store : stores)
            threads.emplace_back([&store, &location, &opened] {
                if (store->open(location))
                    ++opened;
            });
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(opened.load(), 3);
        QVERIFY(CaptureTest::store(*stores.front(), post("{}"_ba)) > 0);
    }

    void refusesADatabaseThatHoldsSomethingElse()
    {
        const StoreLocation location = freshDatabase();
        {
            QSqlDatabase other = connectTo(location, u"other"_s);
            QVERIFY(other.isOpen());
            QVERIFY(QSqlQuery(other).exec(u"CREATE TABLE invoices (id INTEGER)"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        CaptureStore store;
        QVERIFY(!store.open(location));
        QVERIFY2(store.errorString().contains(u"not those of captures"_s),
                 qPrintable(store.errorString()));
    }

    void textSearchFindsWholeCharactersNotTheirEscapes_data()
    {
        QTest::addColumn<bool>("trigramIndexes");
        QTest::newRow("without pg_trgm") << false;
        QTest::newRow("with pg_trgm") << true;
    }

    // Bodies are searched in their escape encoding, where "é" is written \303\251: a search for
    // the room number 303 must not find every body with an accent. With pg_trgm installed the
    // same search is an index lookup.
    void textSearchFindsWholeCharactersNotTheirEscapes()
    {
        QFETCH(bool, trigramIndexes);
        const StoreLocation location = freshDatabase();
        if (trigramIndexes)
            QVERIFY(runAsAdministrator(location, {u"CREATE EXTENSION pg_trgm"_s}));
        CaptureStore store;
        QVERIFY2(store.open(location), qPrintable(store.errorString()));
        store.buildSearchIndexes(); // what the window asks for
        QTRY_VERIFY(!store.isBuildingSearchIndexes());

        const qint64 accent = CaptureTest::store(store, post(R"({"guest":"Zoé Müller"})"_ba));
        const qint64 room = CaptureTest::store(store, post(R"({"room":"303","note":"ok"})"_ba));
        const qint64 backslash = CaptureTest::store(store, post(R"({"path":"C:\303"})"_ba));
        const qint64 binary = CaptureTest::store(store, post("\\\xc3\xa9 X-\xff"_ba));
        CaptureFilter filter;
        const auto found = [&](const QString &text) {
            filter.text = text;
            return store.ids(filter);
        };
        QCOMPARE(found(u"303"_s), (QList<qint64> {room, backslash}));
        QCOMPARE(found(u"251"_s), QList<qint64> {});
        QCOMPARE(found(u"é"_s), (QList<qint64> {accent, binary}));
        QCOMPARE(found(u"ZOÉ müller"_s), QList<qint64> {}); // only ASCII letters in any case
        QCOMPARE(found(u"zoé MÜLLER"_s), QList<qint64> {});
        QCOMPARE(found(u"ZOé Müller"_s), QList<qint64> {accent});
        QCOMPARE(found(u"\\303"_s), QList<qint64> {backslash}); // JSON's escaped backslash
        QCOMPARE(found(u"\\é"_s), QList<qint64> {binary});
        QCOMPARE(found(u"(.*)"_s), QList<qint64> {}); // no regular expression of the person's
        QCOMPARE(found(u"x-"_s), QList<qint64> {binary});

        QSqlDatabase reader = connectTo(location, u"reader"_s);
        QVERIFY(reader.isOpen());
        QCOMPARE(PostgresTextSearch::hasIndexes(reader), trigramIndexes);
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"reader"_s);
        if (!trigramIndexes)
            return;
        // The planner takes the index (told to avoid reading every row, which it prefers for
        // four of them).
        QStringList plan;
        QVERIFY(runAsAdministrator(
            location,
            {u"SET enable_seqscan = off"_s,
             u"EXPLAIN SELECT id FROM capture_data d WHERE encode(d.body, 'escape') ~* '%1'"_s.arg(
                 PostgresTextSearch::pattern(u"müller"_s).replace(u"'"_s, u"''"_s))},
            &plan));
        QVERIFY2(plan.join(u'\n').contains(u"capture_data_body_trgm"_s),
                 qPrintable(plan.join(u'\n')));
    }

    void anInterruptedIndexBuildIsBuiltAgain()
    {
        const StoreLocation location = freshDatabase();
        {
            CaptureStore store;
            QVERIFY2(store.open(location), qPrintable(store.errorString()));
        }
        // What an interrupted CREATE INDEX CONCURRENTLY leaves: an index marked invalid.
        QVERIFY(
            runAsAdministrator(location,
                               {u"CREATE EXTENSION pg_trgm"_s,
                                u"CREATE INDEX capture_data_body_trgm ON capture_data USING gin "
                                "(encode(body, 'escape') gin_trgm_ops)"_s,
                                u"UPDATE pg_index SET indisvalid = false WHERE indexrelid = "
                                "'capture_data_body_trgm'::regclass"_s}));
        CaptureStore store;
        QVERIFY2(store.open(location), qPrintable(store.errorString()));
        store.buildSearchIndexes();
        QTRY_VERIFY(!store.isBuildingSearchIndexes());
        QStringList valid;
        QVERIFY(runAsAdministrator(location,
                                   {u"SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = "
                                    "i.indexrelid WHERE i.indisvalid AND c.relname LIKE "
                                    "'%_trgm' ORDER BY 1"_s},
                                   &valid));
        QCOMPARE(valid,
                 (QStringList {u"capture_data_body_trgm"_s, u"capture_data_headers_trgm"_s}));
    }

    // On a large history the build takes minutes; closing the console must not wait for it. A
    // transaction that keeps the table in use holds CREATE INDEX CONCURRENTLY back, as a big
    // table would.
    void closingCancelsAnIndexBuildStillRunning()
    {
        const StoreLocation location = freshDatabase();
        {
            CaptureStore store;
            QVERIFY2(store.open(location), qPrintable(store.errorString()));
        }
        QVERIFY(runAsAdministrator(location, {u"CREATE EXTENSION pg_trgm"_s}));
        QSqlDatabase holder = connectTo(location, u"holder"_s);
        QVERIFY(holder.isOpen());
        QVERIFY(holder.transaction());
        QVERIFY(QSqlQuery(holder).exec(u"LOCK TABLE capture_data IN ROW EXCLUSIVE MODE"_s));

        auto store = std::make_unique<CaptureStore>();
        QVERIFY(store->open(location));
        store->buildSearchIndexes();
        // The build waits for the transaction above.
        QTRY_VERIFY(runAsAdministrator(
                        location,
                        {u"SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX "
                         "CONCURRENTLY%' AND wait_event_type = 'Lock'"_s},
                        &m_lastResults)
                    && m_lastResults.value(m_lastResults.size() - 1) == u"1"_s);
        QStringList holderPid;
        {
            QSqlQuery pid(holder);
            QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
            holderPid << pid.value(0).toString();
        }
        // Should closing wait for the build (which waits for the transaction), a watchdog ends
        // the transaction after 15 s so that the test fails instead of hanging.
        std::mutex mutex;
        std::condition_variable closedSignal;
        bool closed = false;
        bool rescued = false;
        std::thread watchdog([&] {
            std::unique_lock lock(mutex);
            if (closedSignal.wait_for(lock, std::chrono::seconds(15), [&] { return closed; }))
                return;
            rescued = true;
            runAsAdministrator(location,
                               {u"SELECT pg_terminate_backend(%1)"_s.arg(holderPid.value(0))});
        });
        store.reset();
        {
            std::lock_guard lock(mutex);
            closed = true;
        }
        closedSignal.notify_one();
        watchdog.join();
        QVERIFY2(!rescued, "closing the store waited for the index build");
        holder.rollback();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"holder"_s);
    }

    // The window opens a shared history this way: while the server keeps it waiting, the
    // caller's thread goes on handling its events.
    void openingInTheBackgroundLeavesTheCallerFree()
    {
        QTcpServer silent; // accepts and never answers, as a server that hangs
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QSignalSpy contacted(&silent, &QTcpServer::newConnection);
        QString error;
        const std::optional<StoreLocation> hanging = StoreLocation::parse(
            u"postgresql://wc@127.0.0.1:%1/nothing?connect_timeout=2"_s.arg(silent.serverPort()),
            &error);
        QVERIFY2(hanging, qPrintable(error));
        CaptureStore store;
        std::optional<bool> opened;
        bool openedWhenContacted = false;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { openedWhenContacted = opened.has_value(); });
        store.openInBackground(*hanging, [&](bool result) { opened = result; });
        QVERIFY(!opened);
        QTRY_COMPARE(contacted.size(), 1); // this thread's event loop ran while it waited
        QVERIFY(!openedWhenContacted);
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 10000);
        QVERIFY(!*opened);
        QVERIFY2(store.errorString().contains(u"could not be reached"_s),
                 qPrintable(store.errorString()));
        QVERIFY(!store.isOpen());

        // A reachable server: open, and listening to every console's commits once `done` runs.
        const StoreLocation location = freshDatabase();
        CaptureStore shared;
        opened.reset();
        shared.openInBackground(location, [&](bool result) { opened = result; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 10000);
        QVERIFY2(*opened, qPrintable(shared.errorString()));
        QSignalSpy appended(&shared, &CaptureStore::appended);
        CaptureStore colleague;
        QVERIFY(colleague.open(location));
        const qint64 id = CaptureTest::store(colleague, post("{}"_ba));
        QTRY_COMPARE(idsOf(appended), QList<qint64> {id});
    }

    void anUnreachableServerIsASentenceWithinSeconds()
    {
        QString error;
        const std::optional<StoreLocation> nowhere = StoreLocation::parse(
            u"postgresql://wc@127.0.0.1:%1/nothing"_s.arg(m_server.port() + 1), &error);
        QVERIFY(nowhere);
        CaptureStore store;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!store.open(*nowhere));
        QVERIFY2(store.errorString().contains(u"could not be reached"_s),
                 qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(nowhere->displayName()),
                 qPrintable(store.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestCaptureStorePostgres)
#include "test_capture_store_postgres.moc"
