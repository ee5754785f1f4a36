// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The text filter's search function (wc_contains) finds exactly what the portable LIKE finds:
// ASCII letters in any case, every other byte as written, the text up to a NUL.
#include "app/capture/CaptureRow.h"
#include "app/capture/TextSearch.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Capture;
using namespace Qt::StringLiterals;

class TestCaptureTextSearch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void agreesWithLike_data();
    void agreesWithLike();
    void onlySqliteHasIt();

private:
    QSqlDatabase m_database;
};

void TestCaptureTextSearch::init()
{
    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"text_search"_s);
    m_database.setDatabaseName(u":memory:"_s);
    QVERIFY(m_database.open());
    if (!WC_SQLITE_DIRECT)
        QSKIP("Built without WC_SQLITE_DIRECT: the store searches with the portable LIKE.");
    QVERIFY(TextSearch::install(m_database));
}

void TestCaptureTextSearch::cleanup()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"text_search"_s);
}

void TestCaptureTextSearch::agreesWithLike_data()
{
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("found");

    QTest::newRow("same case") << "{\"event\":\"booking\"}"_ba << u"booking"_s << true;
    QTest::newRow("other case") << "{\"event\":\"booking\"}"_ba << u"BOOKING"_s << true;
    QTest::newRow("mixed case, upper first") << "X-Trace-Id: 1"_ba << u"x-tRACE"_s << true;
    QTest::newRow("at the very end") << "abcdef"_ba << u"DEF"_s << true;
    QTest::newRow("at the very start") << "abcdef"_ba << u"Abc"_s << true;
    QTest::newRow("whole") << "abc"_ba << u"abc"_s << true;
    QTest::newRow("longer than the text") << "abc"_ba << u"abcd"_s << false;
    QTest::newRow("absent") << "reservation"_ba << u"booking"_s << false;
    QTest::newRow("first letter repeats") << "rrrrreservation"_ba << u"reservation"_s << true;
    QTest::newRow("upper candidate before lower")
        << "Rx rESERVATION"_ba << u"reservation"_s << true;
    QTest::newRow("letters beyond ASCII, same") << "Émile"_ba << u"Émile"_s << true;
    QTest::newRow("letters beyond ASCII, other case") << "ÉMILE"_ba << u"émile"_s << false;
    QTest::newRow("ASCII part of them in another case") << "Émile"_ba << u"ÉMILE"_s << true;
    QTest::newRow("pattern characters are text") << "100% done"_ba << u"0% d"_s << true;
    QTest::newRow("underscore is not a wildcard") << "needle"_ba << u"n__dle"_s << false;
    QTest::newRow("after a NUL") << QByteArray("head\0needle", 11) << u"needle"_s << false;
    QTest::newRow("before a NUL") << QByteArray("needle\0tail", 11) << u"needle"_s << true;
    QTest::newRow("empty text") << ""_ba << u"a"_s << false;
    QTest::newRow("digits and punctuation") << "{\"id\":12345}"_ba << u"\":123"_s << true;
}

void TestCaptureTextSearch::agreesWithLike()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QString, needle);
    QFETCH(bool, found);

    QSqlQuery query(m_database);
    QVERIFY(query.prepare(u"SELECT wc_contains(?, ?), CAST(? AS TEXT) LIKE ? ESCAPE '\\'"_s));
    query.addBindValue(haystack);
    query.addBindValue(needle.toUtf8());
    query.addBindValue(haystack);
    query.addBindValue(CaptureRow::containsPattern(needle));
    QVERIFY(query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toBool(), found);
    QCOMPARE(query.value(1).toBool(), found); // the portable path agrees
    QCOMPARE(TextSearch::contains(haystack, needle.toUtf8()), found);
}

void TestCaptureTextSearch::onlySqliteHasIt()
{
    QVERIFY(TextSearch::isAvailable(m_database));
    QSqlDatabase closed = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"text_search_closed"_s);
    QVERIFY(!TextSearch::install(closed)); // nothing to install it on
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"text_search_closed"_s);
}

QTEST_GUILESS_MAIN(TestCaptureTextSearch)
#include "test_capture_text_search.moc"
