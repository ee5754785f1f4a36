// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureStore.h"

#include <QColor>
#include <QDateTime>
#include <QWidget>

class QLabel;
class QScrollArea;

class QChart;
class QChartView;

namespace Gui {

// Deliveries per minute by event over the last half hour, as stacked bars with a legend
// per event, and beside it how many captures of each event are stored.
class DeliveryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryChart)

public:
    static constexpr int Minutes = 30;

    explicit DeliveryChart(QWidget *parent = nullptr);

    // `now` is the end of the window (the current minute included).
    void setData(const QList<Capture::MinuteCount> &perMinute,
                 const QList<Capture::EventCount> &counts, const QDateTime &now);
    // For tests: the events with a bar set, and the total they show.
    QStringList seriesNames() const;
    QColor seriesColour(const QString &event) const; // invalid when the event has no bar set
    // Each event keeps its colour whichever others are shown: its place in the catalogue of
    // Channex events decides it; anything else (no Channex payload) is grey.
    static QColor colourOf(const QString &event, bool darkTheme);
    qint64 chartTotal() const { return m_chartTotal; }

    // Short (an 800×600 screen): no title and no legend (the counts beside it carry each
    // event's colour), and fewer value labels, so what is drawn is readable.
    bool isCompact() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitToHeight();

    QChartView *m_view;
    QChart *m_chart;
    QLabel *m_countsLabel;
    QScrollArea *m_countsScroll;
    QList<Capture::MinuteCount> m_perMinute;
    QList<Capture::EventCount> m_counts;
    QDateTime m_now;
    qint64 m_chartTotal = 0;
    qreal m_highest = 4; // the value axis' least top: the busiest minute and a tenth
};

} // namespace Gui
