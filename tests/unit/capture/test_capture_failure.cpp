// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A write that cannot be made (the database locked by another program beyond the busy timeout)
// answers every append in it with the error, says so once, and says when writing works again
// (answered 503, shown in the panel).
#include "app/capture/CaptureStore.h"
#include "tests/unit/capture/CaptureTestSupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace Capture;
using namespace CaptureTest;
using namespace Qt::StringLiterals;

namespace {

// Another program's connection holding the write lock.
class Locker
{
public:
    explicit Locker(const QString &path)
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, Name);
        database.setDatabaseName(path);
        if (!database.open())
            QTest::qFail(qPrintable(u"locker: "_s + database.lastError().text()), __FILE__,
                         __LINE__);
    }
    ~Locker() { QSqlDatabase::removeDatabase(Name); }
    bool lock() { return QSqlQuery(database()).exec(u"BEGIN EXCLUSIVE"_s); }
    bool unlock() { return QSqlQuery(database()).exec(u"ROLLBACK"_s); }

private:
    static QSqlDatabase database() { return QSqlDatabase::database(Name); }
    static inline const QString Name = u"locker"_s;
};

} // namespace

class TestCaptureFailure final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aLockedDatabaseFailsEveryPendingAppendOnce();
    void changesFailWhileLockedToo();

private:
    QTemporaryDir m_dir;
};

void TestCaptureFailure::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaptureFailure::aLockedDatabaseFailsEveryPendingAppendOnce()
{
    const QString path = m_dir.filePath(u"locked.sqlite"_s);
    CaptureStore store;
    QVERIFY(store.open(path));
    QSignalSpy failed(&store, &CaptureStore::writeFailed);
    QSignalSpy recovered(&store, &CaptureStore::writeRecovered);
    QSignalSpy appended(&store, &CaptureStore::appended);
    const qint64 before = CaptureTest::store(store, post("before"));
    QVERIFY(before > 0);

    Locker locker(path);
    QVERIFY(locker.lock());
    std::mutex mutex;
    QList<CaptureTest::Appended> answers;
    for (int i = 0; i < 20; ++i) {
        store.append(post("while locked " + QByteArray::number(i)),
                     [&](const CaptureRecord &stored, const QString &error) {
                         std::lock_guard lock(mutex);
                         answers.append({stored, error});
                     });
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            std::lock_guard lock(mutex);
            return answers.size() == 20;
        }(),
        30'000);
    {
        std::lock_guard lock(mutex);
        for (const CaptureTest::Appended &answer : std::as_const(answers)) {
            QCOMPARE(answer.stored.id, 0);
            QVERIFY2(answer.error.contains(u"locked"_s), qPrintable(answer.error));
            QVERIFY(answer.stored.body.startsWith("while locked"));
        }
    }
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"locked"_s));
    // Still locked: still failing, but said only once.
    const Appended again = appendAndWait(store, post("still locked"));
    QCOMPARE(again.stored.id, 0);
    QVERIFY(!again.error.isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(recovered.size(), 0);

    QVERIFY(locker.unlock());
    const Appended after = appendAndWait(store, post("after"));
    QCOMPARE(after.error, QString());
    QVERIFY(after.stored.id > before);
    QTRY_COMPARE(recovered.size(), 1);
    QCOMPARE(failed.size(), 1);
    // Only what was answered as stored is stored.
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.load(after.stored.id)->body, "after"_ba);
    QTRY_COMPARE(appended.size(), 2);
}

void TestCaptureFailure::changesFailWhileLockedToo()
{
    const QString path = m_dir.filePath(u"locked-changes.sqlite"_s);
    CaptureStore store;
    QVERIFY(store.open(path));
    const qint64 id = CaptureTest::store(store, post("pin me"));
    QSignalSpy failed(&store, &CaptureStore::writeFailed);
    QSignalSpy recovered(&store, &CaptureStore::writeRecovered);
    QSignalSpy changed(&store, &CaptureStore::changed);
    Locker locker(path);
    QVERIFY(locker.lock());
    store.clear();
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, 30'000);
    QCOMPARE(changed.size(), 0);
    QVERIFY(locker.unlock());
    QCOMPARE(store.count(), 1);
    store.setPinned({id}, true);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(recovered.size(), 1);
    QVERIFY(store.load(id)->marks.testFlag(Mark::Pinned));
}

QTEST_GUILESS_MAIN(TestCaptureFailure)
#include "test_capture_failure.moc"
