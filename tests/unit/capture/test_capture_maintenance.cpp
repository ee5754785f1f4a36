// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Pin, remove, clear and retention: pinned captures survive Clear and retention,
// every change is announced, and retention keeps working as captures arrive.
#include "app/capture/CaptureStore.h"
#include "tests/unit/capture/CaptureTestSupport.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Capture;
using namespace CaptureTest;
using namespace Qt::StringLiterals;

class TestCaptureMaintenance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pinsAndUnpins();
    void removesChosenCaptures();
    void clearKeepsPinned();
    void retentionByCountKeepsTheNewestAndPinned();
    void retentionByAgeKeepsPinned();
    void retentionSetBeforeOpeningApplies();
    void retentionThatDeletesNothingLeavesListsAlone();
    void readsFromAnotherThreadUseItsOwnConnection();

private:
    QList<qint64> fill(int count, const QDateTime &receivedAt = QDateTime::currentDateTimeUtc());

    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<CaptureStore> m_store;
};

void TestCaptureMaintenance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaptureMaintenance::init()
{
    m_store = std::make_unique<CaptureStore>();
    QVERIFY(m_store->open(m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_round))));
}

void TestCaptureMaintenance::cleanup()
{
    m_store.reset();
}

QList<qint64> TestCaptureMaintenance::fill(int count, const QDateTime &receivedAt)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        CaptureRecord record = post("capture " + QByteArray::number(i));
        record.receivedAt = receivedAt;
        ids.append(store(*m_store, record));
    }
    return ids;
}

void TestCaptureMaintenance::pinsAndUnpins()
{
    const QList<qint64> ids = fill(3);
    QSignalSpy changed(m_store.get(), &CaptureStore::changed);
    m_store->setPinned({ids.at(0), ids.at(2)}, true);
    QTRY_COMPARE(changed.size(), 1);
    CaptureFilter pinned;
    pinned.pinnedOnly = true;
    QCOMPARE(m_store->ids(pinned), (QList<qint64> {ids.at(0), ids.at(2)}));
    QVERIFY(m_store->load(ids.at(0))->marks.testFlag(Mark::Pinned));
    QVERIFY(m_store->summaries({ids.at(2)}).value(0).marks.testFlag(Mark::Pinned));
    // Pinning twice changes nothing; unpinning takes the mark away.
    m_store->setPinned({ids.at(0)}, true);
    m_store->setPinned({ids.at(0)}, false);
    QTRY_COMPARE(changed.size(), 3);
    QCOMPARE(m_store->ids(pinned), QList<qint64> {ids.at(2)});
    QCOMPARE(m_store->load(ids.at(0))->marks, Marks());
}

void TestCaptureMaintenance::removesChosenCaptures()
{
    const QList<qint64> ids = fill(1200);
    QSignalSpy changed(m_store.get(), &CaptureStore::changed);
    // More than one statement's worth of ids, pinned ones included: remove takes them all.
    QList<qint64> chosen = ids.mid(0, 1100);
    m_store->setPinned({ids.at(0)}, true);
    m_store->remove(chosen);
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(m_store->count(), 100);
    QVERIFY(!m_store->load(ids.at(0)));
    QCOMPARE(m_store->ids({}), ids.mid(1100));
}

void TestCaptureMaintenance::clearKeepsPinned()
{
    const QList<qint64> ids = fill(5);
    QSignalSpy changed(m_store.get(), &CaptureStore::changed);
    m_store->setPinned({ids.at(1)}, true);
    m_store->clear();
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(m_store->ids({}), QList<qint64> {ids.at(1)});
    QCOMPARE(m_store->load(ids.at(1))->body, "capture 1"_ba);
    // New captures come after the pinned one.
    QVERIFY(store(*m_store, post("after")) > ids.last());
}

void TestCaptureMaintenance::retentionByCountKeepsTheNewestAndPinned()
{
    const QList<qint64> ids = fill(10);
    QSignalSpy changed(m_store.get(), &CaptureStore::changed);
    m_store->setPinned({ids.at(0)}, true);
    m_store->setRetention({3, 0});
    QCOMPARE(m_store->retention(), (Retention {3, 0}));
    QTRY_COMPARE(changed.size(), 2);
    // Three unpinned (the newest) and the pinned one.
    QCOMPARE(m_store->ids({}), (QList<qint64> {ids.at(0), ids.at(7), ids.at(8), ids.at(9)}));

    // As captures arrive the oldest unpinned ones go, and lists hear of it.
    const QList<qint64> more = fill(5);
    QTRY_COMPARE(m_store->ids({}), (QList<qint64> {ids.at(0), more.at(2), more.at(3), more.at(4)}));
    QVERIFY(changed.size() >= 3);

    // Unpinning makes the old one subject to the limit too; no limit keeps everything.
    m_store->setPinned({ids.at(0)}, false);
    m_store->setRetention({});
    const QList<qint64> last = fill(2);
    QTRY_COMPARE(m_store->count(), 6);
}

void TestCaptureMaintenance::retentionByAgeKeepsPinned()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<qint64> old = fill(3, now.addDays(-10));
    const QList<qint64> recent = fill(2, now.addDays(-2));
    QSignalSpy changed(m_store.get(), &CaptureStore::changed);
    m_store->setPinned({old.at(1)}, true);
    m_store->setRetention({0, 7});
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(m_store->ids({}), (QList<qint64> {old.at(1), recent.at(0), recent.at(1)}));
    m_store->setRetention({0, 1});
    QTRY_COMPARE(m_store->ids({}), QList<qint64> {old.at(1)});
}

void TestCaptureMaintenance::retentionSetBeforeOpeningApplies()
{
    const QString path = m_dir.filePath(u"before-open.sqlite"_s);
    {
        CaptureStore store;
        QVERIFY(store.open(path));
        for (int i = 0; i < 4; ++i)
            CaptureTest::store(store, post(QByteArray::number(i)));
    }
    CaptureStore store;
    store.setRetention({2, 0});
    QSignalSpy changed(&store, &CaptureStore::changed);
    QVERIFY(store.open(path));
    QTRY_COMPARE(store.count(), 2);
    QCOMPARE(store.load(store.ids({}).first())->body, "2"_ba);
}

// Lists reload on `changed`, which for ten million captures is a second list of ids: a retention
// that deletes nothing (the one restored at start, say) does not say rows changed.
void TestCaptureMaintenance::retentionThatDeletesNothingLeavesListsAlone()
{
    const QList<qint64> ids = fill(3);
    // Each `changed`, as it is emitted (on the writer thread, after its commit): is the pin
    // below already stored? A `changed` from the retention would come first and say no.
    QList<bool> pinnedAtEachChange;
    QMutex mutex;
    connect(
        m_store.get(), &CaptureStore::changed, this,
        [&] {
            const bool pinned
                = m_store->summaries({ids.at(0)}).value(0).marks.testFlag(Mark::Pinned);
            QMutexLocker locker(&mutex);
            pinnedAtEachChange << pinned;
        },
        Qt::DirectConnection);
    m_store->setRetention({10, 0}); // three captures: nothing to delete
    m_store->setPinned({ids.at(0)}, true);
    QTRY_VERIFY([&] {
        QMutexLocker locker(&mutex);
        return !pinnedAtEachChange.isEmpty();
    }());
    QMutexLocker locker(&mutex);
    QCOMPARE(pinnedAtEachChange, QList<bool> {true});
    QCOMPARE(m_store->count(), 3);
}

void TestCaptureMaintenance::readsFromAnotherThreadUseItsOwnConnection()
{
    fill(2);
    const QStringList before = QSqlDatabase::connectionNames();
    qint64 seen = 0;
    QStringList during;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        seen = m_store->count();
        during = QSqlDatabase::connectionNames();
    }));
    reader->start();
    QVERIFY(reader->wait(10'000));
    QCOMPARE(seen, 2);
    QCOMPARE(during.size(), before.size() + 1);
    // The thread's connection went with the thread.
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    m_store.reset();
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

QTEST_GUILESS_MAIN(TestCaptureMaintenance)
#include "test_capture_maintenance.moc"
