// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureStore.h"
#include "ui/common/LatestJob.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>

class QTimer;
class QWidget;

namespace Gui {

class CaptureFilterBar;
class DeliveryChart;

// Keeps the filter bar's per-event counts and the deliveries-per-minute chart in step with
// the store: at most once per IntervalMs, less often when counting takes long, never while the
// panel showing them is hidden, and every minute so the chart's window slides. The counting runs
// on a thread of its own (a full pass over a big store takes hundreds of milliseconds): the
// window appears and stays responsive whatever the history holds, and the counts follow.
class LiveStats final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveStats)

public:
    static constexpr int IntervalMs = 1000;

    // `shownIn` is the widget whose visibility decides; the others are updated, not owned.
    LiveStats(Capture::CaptureStore *store, CaptureFilterBar *filterBar, DeliveryChart *chart,
              QWidget *shownIn);

    void refresh(); // now (the counts arrive when counted)
    bool isCounting() const { return m_counting.isRunning(); }
    void schedule(); // soon, or when shown again
    void shown(); // the panel became visible: catch up on what changed meanwhile

private:
    struct Counts
    {
        QList<Capture::EventCount> events;
        QList<Capture::MinuteCount> minutes;
        QDateTime now;
        qint64 elapsedMs = 0;
    };
    void show(const Counts &counts);

    Capture::CaptureStore *m_store;
    CaptureFilterBar *m_filterBar;
    DeliveryChart *m_chart;
    QWidget *m_shownIn;
    QTimer *m_timer;
    QTimer *m_minuteTimer;
    bool m_stale = false; // the store changed while hidden
    QThreadPool m_pool; // one thread, with its own connection to the store
    LatestJob<Counts> m_counting; // declared last: waits for a running count when destroyed
};

} // namespace Gui
