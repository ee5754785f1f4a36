// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;
class QWidget;

namespace Capture {
class CaptureStore;
}

namespace Gui {

class CaptureFilterBar;
class DeliveryChart;

// Keeps the filter bar's per-event counts and the deliveries-per-minute chart in step with
// the store: at most once per IntervalMs, less often when counting takes long, never while the
// panel showing them is hidden, and every minute so the chart's window slides.
class LiveStats final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveStats)

public:
    static constexpr int IntervalMs = 1000;

    // `shownIn` is the widget whose visibility decides; the others are updated, not owned.
    LiveStats(Capture::CaptureStore *store, CaptureFilterBar *filterBar, DeliveryChart *chart,
              QWidget *shownIn);

    void refresh(); // now
    void schedule(); // soon, or when shown again
    void shown(); // the panel became visible: catch up on what changed meanwhile

private:
    Capture::CaptureStore *m_store;
    CaptureFilterBar *m_filterBar;
    DeliveryChart *m_chart;
    QWidget *m_shownIn;
    QTimer *m_timer;
    QTimer *m_minuteTimer;
    bool m_stale = false; // the store changed while hidden
};

} // namespace Gui
