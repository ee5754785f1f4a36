// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/LiveStats.h"

#include "app/capture/CaptureStore.h"
#include "ui/live/CaptureFilterBar.h"
#include "ui/live/DeliveryChart.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace Gui {

namespace {

constexpr int MinuteMs = 60 * 1000;

} // namespace

LiveStats::LiveStats(Capture::CaptureStore *store, CaptureFilterBar *filterBar,
                     DeliveryChart *chart, QWidget *shownIn)
    : QObject(shownIn), m_store(store), m_filterBar(filterBar), m_chart(chart), m_shownIn(shownIn),
      m_timer(new QTimer(this)), m_minuteTimer(new QTimer(this)),
      m_counting(&m_pool, this, [this](const Counts &counts) { show(counts); })
{
    m_pool.setMaxThreadCount(1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LiveStats::refresh);
    connect(store, &Capture::CaptureStore::appended, this, &LiveStats::schedule);
    connect(store, &Capture::CaptureStore::changed, this, &LiveStats::schedule);
    m_minuteTimer->setInterval(MinuteMs);
    connect(m_minuteTimer, &QTimer::timeout, this, &LiveStats::schedule);
    m_minuteTimer->start();
}

void LiveStats::schedule()
{
    // Counting a million captures is not free: behind another tab it waits for shown().
    if (!m_shownIn->isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_timer->isActive())
        m_timer->start();
}

void LiveStats::shown()
{
    if (m_stale)
        refresh();
}

void LiveStats::refresh()
{
    m_stale = false;
    m_timer->stop();
    const Capture::CaptureStore *store = m_store;
    m_counting.start([store] {
        QElapsedTimer elapsed;
        elapsed.start();
        Counts counts;
        counts.now = QDateTime::currentDateTimeUtc();
        counts.events = store->eventCounts();
        counts.minutes = store->perMinute(counts.now.addSecs(-60 * DeliveryChart::Minutes));
        counts.elapsedMs = elapsed.elapsed();
        return counts;
    });
}

void LiveStats::show(const Counts &counts)
{
    m_filterBar->setEventCounts(counts.events);
    m_chart->setData(counts.minutes, counts.events, counts.now);
    // During a flood the counts take at most a tenth of a thread's time, refreshed less often
    // when counting is slow.
    m_timer->setInterval(
        int(std::clamp<qint64>(counts.elapsedMs * 10, IntervalMs, 10 * IntervalMs)));
}

} // namespace Gui
