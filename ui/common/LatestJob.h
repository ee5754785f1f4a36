// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Gui {

// The one "newest result wins" of the window: work done off the GUI thread (a capture read, a
// body parsed, a search, the counts of a big store) whose result is shown only if nothing newer
// was asked for meanwhile. A later start() or a drop() supersedes every earlier job: one that has
// not begun is skipped without running (a person holding the Down key starts a read per row, and
// only the last matters), and the result of one still running is not delivered. The destructor
// waits for jobs still running, so a job may use what its owner owns (the capture store).
template<typename Result> class LatestJob final
{
    Q_DISABLE_COPY_MOVE(LatestJob)

public:
    // Jobs run on `pool` (not owned); `deliver` runs on `context`'s thread with the newest
    // job's result.
    LatestJob(QThreadPool *pool, QObject *context, std::function<void(Result)> deliver)
        : m_pool(pool), m_context(context), m_deliver(std::move(deliver))
    { }

    ~LatestJob()
    {
        drop();
        // Their finished signals would reach a job object that is gone: the watchers go first.
        for (const QPointer<QFutureWatcher<std::optional<Result>>> &watcher : m_watchers) {
            if (watcher) {
                watcher->waitForFinished();
                delete watcher.data();
            }
        }
    }

    template<typename Job> void start(Job &&job)
    {
        const quint64 mine = ++*m_wanted;
        auto *watcher = new QFutureWatcher<std::optional<Result>>(m_context);
        m_watchers.removeAll(nullptr);
        m_watchers.append(watcher);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_context, [this, watcher, mine] {
            watcher->deleteLater();
            const std::optional<Result> result = watcher->result();
            // A skipped job (nullopt) says nothing; a superseded one is not shown.
            if (result && mine == m_wanted->load()) {
                m_running = false;
                m_deliver(*result);
            }
        });
        watcher->setFuture(QtConcurrent::run(
            m_pool,
            [wanted = m_wanted, mine, job = std::forward<Job>(job)]() -> std::optional<Result> {
                if (wanted->load() != mine)
                    return std::nullopt; // superseded before it began
                return job();
            }));
        m_running = true;
    }

    // A job still running or waiting, if any, is not delivered.
    void drop()
    {
        ++*m_wanted;
        m_running = false;
    }

    // The newest job has not delivered yet.
    bool isRunning() const { return m_running; }

private:
    QThreadPool *m_pool;
    QObject *m_context;
    std::function<void(Result)> m_deliver;
    // Shared with the jobs, which check it as they begin.
    std::shared_ptr<std::atomic<quint64>> m_wanted = std::make_shared<std::atomic<quint64>>(0);
    QList<QPointer<QFutureWatcher<std::optional<Result>>>> m_watchers;
    bool m_running = false;
};

} // namespace Gui
