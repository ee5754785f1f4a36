// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sandbox/RetryTimelineChart.h"

#include "ui/common/StatusColours.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

#include <map>

namespace Gui {

using Sandbox::Deliveries::DeliveryAttempt;

namespace {

// The unit that keeps the axis readable: a retry scale of 0.001 puts a day into 86 s.
struct Unit
{
    double milliseconds;
    QString name;
};

Unit unitFor(double spanMs)
{
    if (spanMs < 2'000)
        return {1, RetryTimelineChart::tr("ms")};
    if (spanMs < 120'000)
        return {1'000, RetryTimelineChart::tr("s")};
    if (spanMs < 2 * 3'600'000.0)
        return {60'000, RetryTimelineChart::tr("min")};
    return {3'600'000, RetryTimelineChart::tr("h")};
}

QString laneLabel(const DeliveryAttempt &first)
{
    const QUrl url(first.url);
    return QStringLiteral("%1 → %2").arg(first.event, url.host() + url.path());
}

} // namespace

RetryTimelineChart::RetryTimelineChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_chart(new QChart())
{
    setObjectName(QStringLiteral("retryTimelineChart"));
    m_view->setObjectName(QStringLiteral("retryTimelineView"));
    m_view->setChart(m_chart); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

void RetryTimelineChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void RetryTimelineChart::setAttempts(const QList<DeliveryAttempt> &attempts)
{
    m_attempts = attempts;
    rebuild();
}

void RetryTimelineChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_chart->setTheme(isDarkPalette(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setTitle(tr("Attempts of the latest deliveries, by time after the first"));

    // The last Lanes deliveries, each with its attempts in order.
    QStringList order;
    std::map<QString, QList<DeliveryAttempt>> byDelivery;
    for (const DeliveryAttempt &attempt : m_attempts) {
        if (!byDelivery.count(attempt.deliveryId))
            order << attempt.deliveryId;
        byDelivery[attempt.deliveryId] << attempt;
    }
    m_laneIds = order.mid(std::max<qsizetype>(0, order.size() - Lanes));

    double spanMs = 1;
    for (const QString &id : std::as_const(m_laneIds)) {
        const QList<DeliveryAttempt> &attempts = byDelivery[id];
        const QDateTime start = attempts.constFirst().startedAt;
        const DeliveryAttempt &last = attempts.constLast();
        const QDateTime end = last.nextAttemptAt.isValid() ? last.nextAttemptAt : last.startedAt;
        spanMs = std::max(spanMs, double(start.msecsTo(end)));
    }
    const Unit unit = unitFor(spanMs);

    const QPalette colours = palette();
    const auto scatter = [this, &colours](const QString &name, Tone tone, bool hollow) {
        auto *series = new QScatterSeries();
        series->setName(name);
        series->setMarkerSize(11);
        const QColor colour
            = tone == Tone::Normal ? colours.color(QPalette::Mid) : toneColour(tone, colours);
        series->setColor(hollow ? colours.color(QPalette::Base) : colour);
        series->setBorderColor(colour);
        series->setPen(QPen(colour, hollow ? 2 : 1));
        return series;
    };
    QScatterSeries *delivered = scatter(tr("Delivered (2xx)"), Tone::Success, false);
    QScatterSeries *refused = scatter(tr("Refused (3xx, 4xx)"), Tone::Warning, false);
    QScatterSeries *failed = scatter(tr("Failed (5xx or no answer)"), Tone::Error, false);
    QScatterSeries *sending = scatter(tr("Sending"), Tone::Normal, false);
    QScatterSeries *due = scatter(tr("Next attempt due"), Tone::Error, true);

    auto *axisX = new QValueAxis();
    axisX->setTitleText(tr("Time after the first attempt (%1)").arg(unit.name));
    axisX->setLabelFormat(QStringLiteral("%g"));
    axisX->setRange(0, std::max(1.0, spanMs / unit.milliseconds * 1.05));
    axisX->applyNiceNumbers();
    auto *axisY = new QCategoryAxis();
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisY->setRange(-0.5, std::max<qsizetype>(1, m_laneIds.size()) - 0.5);
    axisY->setStartValue(-0.5);
    axisY->setGridLineVisible(false);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);

    // Lane 0, the oldest delivery, at the bottom; labels go in from there (the axis takes
    // increasing values), each once.
    QHash<QString, int> labelsUsed;
    for (qsizetype lane = 0; lane < m_laneIds.size(); ++lane) {
        QString label = laneLabel(byDelivery[m_laneIds.at(lane)].constFirst());
        if (const int seen = labelsUsed[label]++; seen > 0)
            label += QStringLiteral(" (%1)").arg(seen + 1);
        axisY->append(label, qreal(lane));
    }

    m_pointCount = 0;
    for (qsizetype lane = 0; lane < m_laneIds.size(); ++lane) {
        const QList<DeliveryAttempt> &attempts = byDelivery[m_laneIds.at(lane)];
        const qreal y = qreal(lane);
        const QDateTime start = attempts.constFirst().startedAt;
        auto *line = new QLineSeries();
        line->setPen(QPen(colours.color(QPalette::Mid), 1, Qt::DotLine));
        for (const DeliveryAttempt &attempt : attempts) {
            const QPointF point(double(start.msecsTo(attempt.startedAt)) / unit.milliseconds, y);
            line->append(point);
            ++m_pointCount;
            switch (attempt.outcome()) {
            case DeliveryAttempt::Outcome::Delivered:
                delivered->append(point);
                break;
            case DeliveryAttempt::Outcome::Refused:
                refused->append(point);
                break;
            case DeliveryAttempt::Outcome::WillRetry:
            case DeliveryAttempt::Outcome::GaveUp:
                failed->append(point);
                break;
            case DeliveryAttempt::Outcome::Sending:
                sending->append(point);
                break;
            }
        }
        if (const DeliveryAttempt &last = attempts.constLast(); last.nextAttemptAt.isValid()) {
            const QPointF point(double(start.msecsTo(last.nextAttemptAt)) / unit.milliseconds, y);
            line->append(point);
            due->append(point);
        }
        m_chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    for (QScatterSeries *series : {delivered, refused, failed, sending, due}) {
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    // Only the outcome series have legend entries; the lines connecting a lane do not.
    const QList<QLegendMarker *> markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (qobject_cast<QLineSeries *>(marker->series()))
            marker->setVisible(false);
    }
    m_chart->legend()->setVisible(!m_laneIds.isEmpty());
}

} // namespace Gui
