// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's one "newest result wins": a superseded job's result is not shown, a job that had
// not begun when it was superseded does not run at all, and drop() silences what is running.
#include "ui/common/LatestJob.h"

#include <QSemaphore>
#include <QTest>

#include <atomic>

class TestLatestJob final : public QObject
{
    Q_OBJECT

private:
    // Holds the pool's only thread until release().
    struct Gate
    {
        QSemaphore entered;
        QSemaphore open;
        void hold(QThreadPool &pool)
        {
            pool.start([this] {
                entered.release();
                open.acquire();
            });
            entered.acquire();
        }
        void release() { open.release(); }
    };

private slots:
    void theNewestResultWins()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QList<int> delivered;
        QSemaphore firstRunning;
        QSemaphore firstMayEnd;
        {
            Gui::LatestJob<int> job(&pool, this, [&](int value) { delivered << value; });
            job.start([&] {
                firstRunning.release();
                firstMayEnd.acquire();
                return 1;
            });
            firstRunning.acquire(); // the first job runs now
            job.start([] { return 2; });
            QTRY_COMPARE(delivered, QList<int> {2});
            QVERIFY(!job.isRunning());
            firstMayEnd.release(); // the first job ends after the second: still not shown
            pool.waitForDone();
            QCoreApplication::processEvents();
            QCOMPARE(delivered, QList<int> {2});
        }
    }

    void aJobSupersededBeforeItBeganNeverRuns()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        Gate gate;
        gate.hold(pool);
        std::atomic<int> ran {0};
        QList<int> delivered;
        Gui::LatestJob<int> job(&pool, this, [&](int value) { delivered << value; });
        for (int i = 1; i <= 5; ++i) {
            job.start([&ran, i] {
                ++ran;
                return i;
            });
        }
        QVERIFY(job.isRunning());
        gate.release();
        QTRY_COMPARE(delivered, QList<int> {5});
        pool.waitForDone();
        QCOMPARE(ran.load(), 1); // only the newest ran
    }

    void dropSilencesWhatIsRunning()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        Gate gate;
        gate.hold(pool);
        QList<int> delivered;
        Gui::LatestJob<int> job(&pool, this, [&](int value) { delivered << value; });
        job.start([] { return 7; });
        job.drop();
        QVERIFY(!job.isRunning());
        gate.release();
        pool.waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(delivered.isEmpty());
        job.start([] { return 8; }); // and it works again afterwards
        QTRY_COMPARE(delivered, QList<int> {8});
    }
};

QTEST_GUILESS_MAIN(TestLatestJob)
#include "test_latest_job.moc"
