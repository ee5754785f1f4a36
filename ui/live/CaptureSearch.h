// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureFilter.h"
#include "ui/common/LatestJob.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

namespace Capture {
class CaptureStore;
}

namespace Gui {

// Runs the captured list's query on a thread of its own. A text search reads every body (0.7 s
// at 1,000,000 captures, docs/performance.md), which the GUI thread must not wait for. Only the
// result of the latest start() is delivered; a later start() makes a running query stale.
// The store is not owned and must outlive this object.
class CaptureSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureSearch)

public:
    explicit CaptureSearch(Capture::CaptureStore *store);
    ~CaptureSearch() override;

    void start(const Capture::CaptureFilter &filter);
    bool isRunning() const { return m_running; }

signals:
    void finished(const QList<qint64> &ids);
    void runningChanged(bool running);

private:
    void setRunning(bool running);

    Capture::CaptureStore *m_store;
    QThreadPool m_pool; // one thread: queries run one after the other, superseded ones skipped
    LatestJob<QList<qint64>> m_search; // waits for a running query when destroyed
    bool m_running = false;
};

} // namespace Gui
