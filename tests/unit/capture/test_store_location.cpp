// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Where a shared capture history is: libpq's URL form, read as a person would expect, with every
// password refused and the options passed on to libpq as given.
#include "app/capture/StoreLocation.h"

#include <QTest>

using namespace Capture;
using namespace Qt::StringLiterals;

class TestStoreLocation final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheUrlsPeopleWrite()
    {
        QString error;
        const auto full = StoreLocation::parse(
            u" postgresql://support@db.example.com:6543/webhooks?sslmode=verify-full "_s, &error);
        QVERIFY2(full, qPrintable(error));
        QVERIFY(full->isShared());
        QCOMPARE(full->host(), u"db.example.com"_s);
        QCOMPARE(full->port(), 6543);
        QCOMPARE(full->user(), u"support"_s);
        QCOMPARE(full->database(), u"webhooks"_s);
        QCOMPARE(full->displayName(),
                 u"postgresql://support@db.example.com:6543/webhooks?sslmode=verify-full"_s);
        QVERIFY2(full->connectOptions().contains(u"sslmode='verify-full'"_s),
                 qPrintable(full->connectOptions()));

        // postgres:// too; the defaults are libpq's (port 5432, the local host).
        const auto shortest = StoreLocation::parse(u"postgres:///captures"_s, &error);
        QVERIFY2(shortest, qPrintable(error));
        QCOMPARE(shortest->host(), u"localhost"_s);
        QCOMPARE(shortest->port(), 5432);

        // A socket folder, as libpq allows it.
        const auto socket
            = StoreLocation::parse(u"postgresql:///captures?host=/var/run/postgresql"_s, &error);
        QVERIFY2(socket, qPrintable(error));
        QCOMPARE(socket->host(), u"/var/run/postgresql"_s);
        QVERIFY(socket->displayName().contains(u"host=/var/run/postgresql"_s));
    }

    void anUnreachableServerIsNeverAnEndlessWait()
    {
        QString error;
        const auto plain = StoreLocation::parse(u"postgresql://wc@10.255.255.1/db"_s, &error);
        QVERIFY(plain);
        QVERIFY(plain->connectOptions().contains(u"connect_timeout=5"_s));
        QVERIFY(plain->connectOptions().contains(u"tcp_user_timeout=10000"_s));
        // The URL's own timeout wins, and values are quoted for libpq.
        const auto own = StoreLocation::parse(
            u"postgresql://wc@h/db?connect_timeout=2&application_name=it's%20me"_s, &error);
        QVERIFY(own);
        QVERIFY(!own->connectOptions().contains(u"connect_timeout=5"_s));
        QVERIFY2(own->connectOptions().contains(u"application_name='it\\'s me'"_s),
                 qPrintable(own->connectOptions()));
    }

    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("said");
        QTest::newRow("password") << u"postgresql://wc:hunter2@h/db"_s << u"password"_s;
        QTest::newRow("password option") << u"postgresql://wc@h/db?password=x"_s << u"password"_s;
        QTest::newRow("no database") << u"postgresql://wc@h"_s << u"names no database"_s;
        QTest::newRow("unknown option") << u"postgresql://wc@h/db?colour=1"_s << u"colour"_s;
        QTest::newRow("another scheme") << u"https://h/db"_s << u"PostgreSQL URL"_s;
        QTest::newRow("a file") << u"/tmp/captures.sqlite"_s << u"PostgreSQL URL"_s;
    }

    void refusesWhatItCannotUse()
    {
        QFETCH(QString, url);
        QFETCH(QString, said);
        QString error;
        QVERIFY(!StoreLocation::parse(url, &error));
        QVERIFY2(error.contains(said), qPrintable(error));
        QVERIFY2(!error.contains(u"hunter2"_s), "a password is never repeated");
    }

    void aFileIsNotShared()
    {
        const StoreLocation file = StoreLocation::file(u"/data/captures.sqlite"_s);
        QVERIFY(!file.isShared());
        QCOMPARE(file.filePath(), u"/data/captures.sqlite"_s);
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "test_store_location.moc"
