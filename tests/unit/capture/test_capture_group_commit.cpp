// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Appends from several threads share transactions: the store answers each one exactly once,
// after the commit that holds it, and announces each commit once (group commit).
#include "app/capture/CaptureStore.h"
#include "tests/unit/capture/CaptureTestSupport.h"

#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>
#include <thread>

using namespace Capture;
using namespace CaptureTest;
using namespace Qt::StringLiterals;

class TestCaptureGroupCommit final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appendsQueuedDuringACommitShareTheNext();
    void answersEveryAppendOnceFromManyThreads();

private:
    QTemporaryDir m_dir;
};

void TestCaptureGroupCommit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaptureGroupCommit::appendsQueuedDuringACommitShareTheNext()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"grouped.sqlite"_s)));
    QSignalSpy appended(&store, &CaptureStore::appended);
    constexpr int Threads = 4;
    constexpr int PerThread = 250;

    // The first answer waits (on the writer thread) until every other append is queued, so they
    // can only go into one more transaction.
    QSemaphore inFirstAnswer;
    QSemaphore allQueued;
    std::mutex mutex;
    QList<qint64> ids;
    QList<QString> errors;
    std::atomic<int> answers = 0;
    const auto done = [&](const CaptureRecord &stored, const QString &error) {
        if (answers++ == 0) {
            inFirstAnswer.release();
            allQueued.acquire();
        }
        std::lock_guard lock(mutex);
        ids.append(stored.id);
        if (!error.isEmpty())
            errors.append(error);
    };
    store.append(post("first"), done);
    QVERIFY(inFirstAnswer.tryAcquire(1, 30'000));
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < PerThread; ++i)
                store.append(post(QByteArray::number(t * PerThread + i)), done);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    allQueued.release();

    QTRY_COMPARE(answers.load(), 1 + Threads * PerThread);
    QTRY_COMPARE(appended.size(), 2);
    QCOMPARE(appended.at(0).at(0).value<QList<CaptureSummary>>().size(), 1);
    QCOMPARE(appended.at(1).at(0).value<QList<CaptureSummary>>().size(), Threads * PerThread);
    std::lock_guard lock(mutex);
    QCOMPARE(errors, QList<QString>());
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
    QVERIFY(!ids.contains(0));
    QCOMPARE(store.count(), 1 + Threads * PerThread);
    QCOMPARE(store.ids({}), [&] {
        QList<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }());
}

void TestCaptureGroupCommit::answersEveryAppendOnceFromManyThreads()
{
    CaptureStore store;
    QVERIFY(store.open(m_dir.filePath(u"threads.sqlite"_s)));
    QSignalSpy appended(&store, &CaptureStore::appended);
    constexpr int Threads = 4;
    constexpr int PerThread = 250;
    std::mutex mutex;
    QHash<QByteArray, qint64> idByBody; // each body answered once, with its id
    std::atomic<int> answersTwice = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < PerThread; ++i) {
                store.append(post("body " + QByteArray::number(t) + '/' + QByteArray::number(i)),
                             [&](const CaptureRecord &stored, const QString &) {
                                 std::lock_guard lock(mutex);
                                 if (idByBody.contains(stored.body))
                                     ++answersTwice;
                                 idByBody.insert(stored.body, stored.id);
                             });
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QTRY_COMPARE(store.count(), Threads * PerThread);
    QTRY_VERIFY([&] {
        std::lock_guard lock(mutex);
        return idByBody.size() == Threads * PerThread;
    }());
    QCOMPARE(answersTwice.load(), 0);

    qsizetype announcedRows = 0;
    QTRY_VERIFY([&] {
        announcedRows = 0;
        for (const QList<QVariant> &signal : std::as_const(appended))
            announcedRows += signal.at(0).value<QList<CaptureSummary>>().size();
        return announcedRows == Threads * PerThread;
    }());
    QVERIFY2(appended.size() < Threads * PerThread,
             qPrintable(u"%1 commits for %2 appends"_s.arg(appended.size()).arg(announcedRows)));
    // Every stored id has the body that was answered with it.
    std::lock_guard lock(mutex);
    for (auto it = idByBody.cbegin(); it != idByBody.cend(); ++it)
        QCOMPARE(store.load(it.value())->body, it.key());
}

QTEST_GUILESS_MAIN(TestCaptureGroupCommit)
#include "test_capture_group_commit.moc"
