// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/DeliveryChart.h"

#include "app/payloads/EventCatalog.h"
#include "ui/common/StatusColours.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace Gui {

namespace {

constexpr int CompactBelow = 110; // px: the chart's height under which it is drawn compact

QDateTime minuteOf(const QDateTime &time)
{
    QDateTime utc = time.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    return utc;
}

} // namespace

DeliveryChart::DeliveryChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_chart(new QChart()),
      m_countsLabel(new QLabel(this)), m_countsScroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("deliveryChart"));
    // Small enough for the window to fit an 800×600 screen; the splitter gives it more.
    setMinimumHeight(90);
    m_view->setObjectName(QStringLiteral("deliveryChartView"));
    m_view->setChart(m_chart); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(90);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_countsLabel->setObjectName(QStringLiteral("eventCountsLabel"));
    m_countsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_countsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel->setMinimumWidth(200);
    // Up to 29 lines (every event and "not a Channex payload") beside a chart that may be 90
    // pixels high: they scroll rather than being cut; as wide as the lines (rebuild()).
    m_countsScroll->setObjectName(QStringLiteral("eventCountsScroll"));
    m_countsScroll->setWidget(m_countsLabel);
    m_countsScroll->setWidgetResizable(true);
    m_countsScroll->setFrameShape(QFrame::NoFrame);
    m_countsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countsScroll);
    rebuild();
}

void DeliveryChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void DeliveryChart::setData(const QList<Capture::MinuteCount> &perMinute,
                            const QList<Capture::EventCount> &counts, const QDateTime &now)
{
    m_perMinute = perMinute;
    m_counts = counts;
    m_now = now;
    rebuild();
}

QStringList DeliveryChart::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries *series : m_chart->series()) {
        for (QBarSet *set : static_cast<QStackedBarSeries *>(series)->barSets())
            names << set->label();
    }
    return names;
}

QColor DeliveryChart::seriesColour(const QString &event) const
{
    for (QAbstractSeries *series : m_chart->series()) {
        for (QBarSet *set : static_cast<QStackedBarSeries *>(series)->barSets()) {
            if (set->label() == event)
                return set->color();
        }
    }
    return {};
}

QColor DeliveryChart::colourOf(const QString &event, bool darkTheme)
{
    const Payloads::EventInfo *info = Payloads::EventCatalog::find(event);
    if (!info)
        return darkTheme ? QColor(150, 150, 150) : QColor(128, 128, 128);
    // The golden angle apart: neighbours in the catalogue (booking_new, booking_modification)
    // get hues far from each other.
    const int index = int(info - Payloads::EventCatalog::events().constData());
    const int hue = int(std::fmod(index * 137.508, 360.0));
    return QColor::fromHsv(hue, darkTheme ? 150 : 190, darkTheme ? 235 : 200);
}

bool DeliveryChart::isCompact() const
{
    return height() < CompactBelow;
}

void DeliveryChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToHeight();
}

void DeliveryChart::fitToHeight()
{
    const bool compact = isCompact();
    const QString title = tr("Deliveries per minute, last %n minute(s)", nullptr, Minutes);
    m_chart->setTitle(compact ? QString() : title);
    m_view->setToolTip(compact ? title : QString());
    m_view->setAccessibleName(title);
    m_chart->legend()->setVisible(
        !compact && !m_chart->series().isEmpty()
        && !static_cast<QStackedBarSeries *>(m_chart->series().first())->barSets().isEmpty());
    // About one value label per 40 px of chart; two (0 and the top) at the least.
    // The top rounded up so that every label is a whole number.
    for (QAbstractAxis *axis : m_chart->axes(Qt::Vertical)) {
        auto *values = static_cast<QValueAxis *>(axis);
        const int ticks = std::clamp(height() / 40, 2, 5);
        const qreal steps = ticks - 1;
        values->setTickCount(ticks);
        values->setRange(0, std::ceil(m_highest / steps) * steps);
    }
}

void DeliveryChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const bool dark = isDarkPalette(palette());
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);

    const QDateTime end = minuteOf(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    const QDateTime start = end.addSecs(-60 * (Minutes - 1));
    // event → count per minute slot
    std::map<QString, QList<qreal>> byEvent;
    m_chartTotal = 0;
    for (const Capture::MinuteCount &count : m_perMinute) {
        const qint64 slot = start.secsTo(minuteOf(count.minute)) / 60;
        if (slot < 0 || slot >= Minutes)
            continue;
        QList<qreal> &values = byEvent[count.event];
        if (values.isEmpty())
            values.fill(0, Minutes);
        values[slot] += qreal(count.count);
        m_chartTotal += count.count;
    }

    auto *series = new QStackedBarSeries();
    qreal highest = 0;
    QList<qreal> totals(Minutes, 0);
    for (const auto &[event, values] : byEvent) {
        auto *set = new QBarSet(event.isEmpty() ? tr("Not a Channex payload") : event);
        const QColor colour = colourOf(event, dark);
        set->setColor(colour);
        set->setBorderColor(colour);
        set->append(values);
        series->append(set);
        for (int i = 0; i < Minutes; ++i)
            totals[i] += values.at(i);
    }
    for (qreal total : totals)
        highest = std::max(highest, total);
    m_chart->addSeries(series);

    // Bars stand at 0 … Minutes-1; a label (local time) under every fifth minute, the newest
    // included. QBarCategoryAxis would need a label for each bar and elides them when narrow.
    auto *axisX = new QCategoryAxis();
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(-0.5, Minutes - 0.5);
    axisX->setStartValue(-0.5);
    axisX->setGridLineVisible(false);
    for (int i = (Minutes - 1) % 5; i < Minutes; i += 5)
        axisX->append(start.addSecs(60 * i).toLocalTime().toString(QStringLiteral("HH:mm")), i);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis();
    axisY->setLabelFormat(QStringLiteral("%d"));
    m_highest = std::max<qreal>(4, std::ceil(highest * 1.1));
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    fitToHeight();

    // Stored captures per event, most first.
    QList<Capture::EventCount> counts = m_counts;
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.event < b.event;
    });
    QString html = QStringLiteral("<b>%1</b><table cellspacing=\"2\">").arg(tr("Stored captures"));
    if (counts.isEmpty())
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(tr("None yet"));
    // Each with its bars' colour: the chart's key when its legend is left out.
    for (const Capture::EventCount &count : counts) {
        html += QStringLiteral("<tr><td><span style=\"color:%1\">■</span> %2</td>"
                               "<td align=\"right\">%3</td></tr>")
                    .arg(colourOf(count.event, dark).name(),
                         (count.event.isEmpty() ? tr("Not a Channex payload") : count.event)
                             .toHtmlEscaped(),
                         QLocale().toString(count.count));
    }
    html += QStringLiteral("</table>");
    m_countsLabel->setText(html);
    m_countsScroll->setFixedWidth(m_countsLabel->sizeHint().width()
                                  + m_countsScroll->verticalScrollBar()->sizeHint().width());
}

} // namespace Gui
