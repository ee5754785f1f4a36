// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A store that cannot write is answered 503 with Retry-After, never 2xx; once the database can
// be written again, requests are answered 200 again.
#include "tests/unit/receiver/ReceiverTestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using ReceiverTest::Fixture;

class TestReceiverStoreFailure final : public QObject
{
    Q_OBJECT

private slots:
    void lockedDatabaseIs503ThenRecovers()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        client.send(ReceiverTest::post("/before", "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(client.nextResponse()), 200);

        {
            // Another program holds the write lock of the database.
            QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            locker.setDatabaseName(fixture.databasePath());
            QVERIFY(locker.open());
            QSqlQuery lock(locker);
            QVERIFY2(lock.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock.lastError().text()));

            for (int n = 0; n < 3; ++n) {
                client.send(ReceiverTest::post("/locked", ReceiverTest::numberedBody(n)));
                const auto answer = client.nextResponse(60000);
                QVERIFY(answer);
                QCOMPARE(answer->status, 503);
                QVERIFY(!answer->header("Retry-After").isEmpty());
                QVERIFY2(answer->body.contains("not stored"), answer->body.constData());
                QVERIFY(answer->header("X-Capture-Id").isEmpty());
            }

            QVERIFY(lock.exec(u"ROLLBACK"_s));
            lock.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(u"locker"_s);

        client.send(ReceiverTest::post("/after", "{}"_ba));
        const auto answer = client.nextResponse(60000);
        QCOMPARE(ReceiverTest::statusOf(answer), 200);
        const auto stored = fixture.captureOf(*answer);
        QVERIFY(stored);
        QCOMPARE(stored->target, "/after"_ba);
        // Nothing answered 503 claims to be stored.
        for (const Capture::CaptureRecord &record : fixture.all())
            QVERIFY(record.target != "/locked"_ba || record.status != 200);
    }
};

QTEST_GUILESS_MAIN(TestReceiverStoreFailure)
#include "test_receiver_store_failure.moc"
