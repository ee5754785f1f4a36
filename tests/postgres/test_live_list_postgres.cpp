// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Live tab's list on a shared capture history (a real PostgreSQL server, PostgresServer):
// what another console's receiver stores appears without a reload, its rows are read off the
// GUI thread, a colleague's Clear All empties it, and a filter holds for what others store.
#include "app/capture/CaptureStore.h"
#include "tests/postgres/PostgresServer.h"
#include "tests/unit/capture/CaptureTestSupport.h"
#include "ui/live/CaptureListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using Capture::CaptureRecord;
using Gui::CaptureListModel;

namespace {

CaptureRecord delivery(const QString &event, const QString &timestamp)
{
    CaptureRecord record
        = CaptureTest::post(CaptureTest::channexBody(event, u"hotel-1"_s, timestamp), "/channex");
    record.event = event;
    record.propertyId = u"hotel-1"_s;
    record.payloadTimestamp = timestamp;
    return record;
}

} // namespace

class TestLiveListPostgres final : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void showsWhatAnotherConsoleStores()
    {
        QString error;
        const Capture::StoreLocation location = m_server.createDatabase(u"live"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Capture::CaptureStore mine;
        Capture::CaptureStore colleagues;
        QVERIFY2(mine.open(location), qPrintable(mine.errorString()));
        QVERIFY2(colleagues.open(location), qPrintable(colleagues.errorString()));
        CaptureTest::store(colleagues, delivery(u"ari"_s, u"2026-12-07T09:00:00Z"_s));

        CaptureListModel model(&mine);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Listed off the GUI thread: the row comes, then its text.
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.index(0, CaptureListModel::Event).data().toString(), u"ari"_s);

        // A colleague's receiver stores: the list grows without a reload.
        CaptureTest::store(colleagues, delivery(u"booking_new"_s, u"2026-12-07T10:00:00Z"_s));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 2000);
        QTRY_COMPARE(model.index(1, CaptureListModel::Event).data().toString(), u"booking_new"_s);

        // A filter holds for what others store, a text filter too.
        Capture::CaptureFilter bookings;
        bookings.event = u"booking_new"_s;
        model.setFilter(bookings);
        QTRY_COMPARE(model.rowCount(), 1);
        CaptureTest::store(colleagues, delivery(u"ari"_s, u"2026-12-07T11:00:00Z"_s));
        CaptureTest::store(colleagues, delivery(u"booking_new"_s, u"2026-12-07T12:00:00Z"_s));
        QTRY_COMPARE(model.rowCount(), 2);
        Capture::CaptureFilter text;
        text.text = u"12:00"_s;
        model.setFilter(text);
        QTRY_COMPARE(model.rowCount(), 1);
        CaptureTest::store(colleagues, delivery(u"ari"_s, u"2026-12-07T12:00:30Z"_s));
        QTRY_COMPARE(model.rowCount(), 2);

        // The colleague's Clear All empties this list too.
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), 5);
        colleagues.clear();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 2000);
    }
};

QTEST_MAIN(TestLiveListPostgres)
#include "test_live_list_postgres.moc"
