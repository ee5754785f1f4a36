// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/live/detail/DetailWorkers.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace Gui {

// A job on the detail workers whose result reaches its tab only if the tab has not moved on
// meanwhile: a later start() or a drop() leaves a result still on its way unseen, so a tab
// never shows the body of a capture that is no longer selected.
template<typename Result> class LatestResult final
{
    Q_DISABLE_COPY_MOVE(LatestResult)

public:
    // `deliver` runs on `context`'s thread with the result of the newest job.
    LatestResult(QObject *context, std::function<void(Result)> deliver)
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, context,
                         [this, deliver = std::move(deliver)] {
                             // isFinished(): a late signal of a replaced job must not wait
                             // for the newer one.
                             if (m_started == m_current && m_watcher.isFinished())
                                 deliver(m_watcher.result());
                         });
    }

    template<typename Job> void start(Job &&job)
    {
        m_started = ++m_current;
        m_watcher.setFuture(QtConcurrent::run(detailWorkers(), std::forward<Job>(job)));
    }

    // The running job's result, if any, is not delivered.
    void drop() { ++m_current; }

private:
    quint64 m_current = 0; // counts every start() and drop()
    quint64 m_started = 0; // m_current when the running job started
    QFutureWatcher<Result> m_watcher;
};

} // namespace Gui
