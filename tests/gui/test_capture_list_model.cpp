// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The captured list's model on a real capture store in a temporary folder: the model
// tester's invariants, paging beyond one page, live batches that respect the filter, pause and
// resume, reload after pin and delete.
#include "app/capture/CaptureStore.h"
#include "tests/unit/capture/CaptureTestSupport.h"
#include "ui/live/CaptureListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Capture::CaptureFilter;
using Capture::CaptureRecord;
using Gui::CaptureListModel;

namespace {

CaptureRecord channex(const QString &event, const QString &property, const QString &timestamp,
                      const QByteArray &method = "POST", int status = 200)
{
    CaptureRecord record
        = CaptureTest::post(CaptureTest::channexBody(event, property, timestamp), "/hook", status);
    record.method = method;
    record.event = event;
    record.propertyId = property;
    record.payloadTimestamp = timestamp;
    return record;
}

const QString Property = QStringLiteral("716305c4-561a-4561-a187-7f5b8aeb5920");

} // namespace

class TestCaptureListModel : public QObject
{
    Q_OBJECT

private slots:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Capture::CaptureStore>();
        QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("captures.sqlite"))),
                 qPrintable(m_store->errorString()));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void pagesBeyondOnePage()
    {
        for (int i = 0; i < 600; ++i)
            CaptureTest::store(*m_store,
                               channex(QStringLiteral("booking_new"), Property,
                                       QStringLiteral("2026-11-30T10:00:%1.000000")
                                           .arg(i % 60, 2, 10, QLatin1Char('0'))));
        CaptureListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 600);
        // Rows from the first, a middle and the last page, read in an order that evicts pages.
        for (int row : {0, 599, 300, 257, 511, 0, 599}) {
            QCOMPARE(model.index(row, CaptureListModel::Event).data().toString(), u"booking_new"_s);
            QCOMPARE(model.index(row, CaptureListModel::Method).data().toString(), u"POST"_s);
            QCOMPARE(model.index(row, CaptureListModel::Path).data().toString(), u"/hook"_s);
            QVERIFY(model.idAt(row) > 0);
        }
        QVERIFY(model.idAt(0) < model.idAt(599));
        // Property: the id until a directory names it.
        QCOMPARE(model.index(5, CaptureListModel::Property).data().toString(), Property);
        model.setPropertyTitles([](const QString &) { return QStringLiteral("Harbour View"); });
        QCOMPARE(model.index(5, CaptureListModel::Property).data().toString(), u"Harbour View"_s);
    }

    void liveBatchesFollowTheFilter()
    {
        CaptureListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isSearching());
        CaptureFilter filter;
        filter.event = QStringLiteral("booking_new");
        model.setFilter(filter);
        QTRY_VERIFY(!model.isSearching());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        m_store->append(channex(QStringLiteral("booking_new"), Property, u"2026-11-30T10:00:00"_s));
        m_store->append(channex(QStringLiteral("ari"), Property, u"2026-11-30T10:00:01"_s));
        m_store->append(channex(QStringLiteral("booking_new"), Property, u"2026-11-30T10:00:02"_s));
        QTRY_COMPARE(model.rowCount(), 2);
        QTRY_COMPARE(m_store->count(), qint64(3));
        QCOMPARE(model.rowCount(), 2); // the ari never shows

        // A text filter is matched in SQL: only the new capture with the text comes in.
        // It runs off the GUI thread: the rows shown stay until its result replaces them.
        filter = {};
        filter.text = QStringLiteral("needle");
        QSignalSpy searching(&model, &CaptureListModel::searchingChanged);
        model.setFilter(filter);
        QVERIFY(model.isSearching());
        QCOMPARE(model.rowCount(), 2);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(searching.size(), 2); // started, finished
        QCOMPARE(model.rowCount(), 0);
        CaptureRecord withText = CaptureTest::post(R"({"x":"a NEEDLE here"})");
        CaptureTest::store(*m_store, CaptureTest::post(R"({"x":"nothing"})"));
        CaptureTest::store(*m_store, withText);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CaptureListModel::Event).data().toString(), u"—"_s);
        const qint64 needleId = model.idAt(0);

        // Typing on: only the latest search's result is shown, never an older one's.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        filter.text = QStringLiteral("nothin");
        model.setFilter(filter);
        filter.text = QStringLiteral("needl");
        model.setFilter(filter);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), needleId);
        QCOMPARE(resets.size(), 1); // the first search's result never flashed up

        // Method and status classes.
        filter = {};
        filter.method = "PUT";
        model.setFilter(filter);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 0);
        CaptureTest::store(*m_store,
                           channex(u"ari"_s, Property, u"2026-11-30T10:00:03"_s, "PUT", 401));
        QTRY_COMPARE(model.rowCount(), 1);
        filter.status = CaptureFilter::StatusClass::Success;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 0);
        filter.status = CaptureFilter::StatusClass::ClientError;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CaptureListModel::Status).data().toString(), u"401"_s);
    }

    void pauseHoldsRowsAndResumeShowsThem()
    {
        CaptureListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isSearching());
        CaptureTest::store(*m_store, CaptureTest::post("{}"));
        QTRY_COMPARE(model.rowCount(), 1);
        model.setPaused(true);
        QSignalSpy pending(&model, &CaptureListModel::pendingCountChanged);
        CaptureTest::store(*m_store, CaptureTest::post("{\"a\":1}"));
        CaptureTest::store(*m_store, CaptureTest::post("{\"a\":2}"));
        QTRY_COMPARE(model.pendingCount(), 2);
        QCOMPARE(model.rowCount(), 1);
        // A reload while paused (a pin elsewhere) keeps the list where it was.
        m_store->setPinned({model.idAt(0)}, true);
        QTRY_VERIFY(
            Capture::Marks::fromInt(model.index(0, 0).data(CaptureListModel::MarksRole).toInt())
                .testFlag(Capture::Mark::Pinned));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.pendingCount(), 2);
        QVERIFY(model.index(0, CaptureListModel::Time)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(u"pinned"_s));
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.pendingCount(), 0);
        QVERIFY(model.idAt(1) < model.idAt(2));
    }

    void marksAreShown()
    {
        CaptureRecord mismatch = CaptureTest::post("{}", "/hook", 401);
        mismatch.marks = Capture::Mark::SecretMismatch;
        CaptureTest::store(*m_store, mismatch);
        CaptureListModel model(m_store.get());
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex status = model.index(0, CaptureListModel::Status);
        QVERIFY(status.data().toString().contains(u"secret"_s));
        QVERIFY(status.data().toString().contains(u"401"_s));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"401"_s));
        QVERIFY(status.data(Qt::ForegroundRole).isValid());
        CaptureFilter marked;
        marked.markedOnly = true;
        model.setFilter(marked);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 1);
    }

    void deleteAndClearKeepPinned()
    {
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << CaptureTest::store(*m_store, CaptureTest::post(QByteArray::number(i)));
        CaptureListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 4);
        m_store->remove({ids.at(0)});
        QTRY_COMPARE(model.rowCount(), 3);
        m_store->setPinned({ids.at(2)}, true);
        m_store->clear();
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), ids.at(2));
        QCOMPARE(model.rowOf(ids.at(2)), 0);
        QCOMPARE(model.rowOf(ids.at(3)), -1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Capture::CaptureStore> m_store;
};

QTEST_MAIN(TestCaptureListModel)
#include "test_capture_list_model.moc"
