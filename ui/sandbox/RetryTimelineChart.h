// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/deliveries/DeliveryAttempt.h"

#include <QWidget>

class QChart;
class QChartView;

namespace Gui {

// The retries of the latest deliveries on a time line: one lane per delivery, a point per attempt
// at its time after the first (coloured by what came back), a hollow point where the next one is
// due. Channex's waits double from a minute to ten hours, so the spacing shows at a glance
// whether a target is being retried and how far along the schedule it is.
class RetryTimelineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryTimelineChart)

public:
    static constexpr int Lanes = 8;

    explicit RetryTimelineChart(QWidget *parent = nullptr);

    // The attempts, oldest first; the chart shows the last Lanes deliveries among them.
    void setAttempts(const QList<Sandbox::Deliveries::DeliveryAttempt> &attempts);
    // For tests: the deliveries shown, oldest (the bottom lane) first, and the attempts drawn.
    QStringList laneDeliveryIds() const { return m_laneIds; }
    int pointCount() const { return m_pointCount; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChartView *m_view;
    QChart *m_chart;
    QList<Sandbox::Deliveries::DeliveryAttempt> m_attempts;
    QStringList m_laneIds;
    int m_pointCount = 0;
};

} // namespace Gui
