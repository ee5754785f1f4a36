// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sandbox/DeliveriesPanel.h"

#include "app/channex/AccountSession.h"
#include "app/channex/WebhookCollection.h"
#include "app/http/HttpResponse.h"
#include "app/sandbox/SandboxServer.h"
#include "app/sandbox/deliveries/DeliveryLog.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/FixedFont.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/common/ToolBarButtons.h"
#include "ui/common/ViewStateOverlay.h"
#include "ui/sandbox/DeliveryLogModel.h"
#include "ui/sandbox/RetryTimelineChart.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace Gui {

using Sandbox::Deliveries::DeliveryAttempt;

namespace {

// Retry waits the person can pick: Channex's own, and two shorter ones for watching retries
// happen (1 min becomes 1 s, or 60 ms).
constexpr double Timings[] = {1.0, 1.0 / 60.0, 0.001};

QString attemptText(const DeliveryAttempt &attempt)
{
    QString text = DeliveriesPanel::tr("Attempt %1 of delivery %2, to webhook %3")
                       .arg(attempt.attempt)
                       .arg(attempt.deliveryId, attempt.webhookId)
        + QStringLiteral("\n\n") + DeliveriesPanel::tr("Sent:") + QLatin1Char('\n')
        + QString::fromUtf8(attempt.request).remove(QLatin1Char('\r')) + QStringLiteral("\n\n");
    if (!attempt.finished)
        return text + DeliveriesPanel::tr("Waiting for the answer…");
    if (attempt.status == 0)
        return text
            + DeliveriesPanel::tr("No answer after %1 ms: %2")
                  .arg(attempt.durationMs)
                  .arg(attempt.error);
    text += DeliveriesPanel::tr("Answered after %1 ms:").arg(attempt.durationMs) + QLatin1Char('\n')
        + Http::HttpResponse::statusText(attempt.status) + QLatin1Char('\n');
    for (const auto &[name, value] : attempt.responseHeaders)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)
            + QLatin1Char('\n');
    text += QLatin1Char('\n') + QString::fromUtf8(attempt.responseBody);
    if (attempt.responseBodyTruncated)
        text += QLatin1Char('\n') + DeliveriesPanel::tr("(cut off after %n KiB)", nullptr, 64);
    return text;
}

} // namespace

DeliveriesPanel::DeliveriesPanel(Sandbox::SandboxServer *sandbox, QWidget *parent)
    : QWidget(parent), m_sandbox(sandbox),
      m_model(new DeliveryLogModel(sandbox->deliveryLog(), this)), m_toolBar(new QToolBar(this)),
      m_clearAction(new QAction(this)), m_timingLabel(new QLabel(this)),
      m_timing(new QComboBox(this)), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_tableState(new ViewStateOverlay(m_table->viewport())), m_detail(new QPlainTextEdit(this)),
      m_chartPlace(new QWidget(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_lowerSplitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("deliveriesPanel"));
    m_toolBar->setObjectName(QStringLiteral("deliveriesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clearAction->setObjectName(QStringLiteral("clearDeliveriesAction"));
    connect(m_clearAction, &QAction::triggered, this, &DeliveriesPanel::clearLog);
    addToolBarAction(m_toolBar, m_clearAction);
    m_toolBar->addSeparator();
    m_timingLabel->setObjectName(QStringLiteral("retryTimingLabel"));
    m_timingLabel->setBuddy(m_timing);
    m_timing->setObjectName(QStringLiteral("retryTimingCombo"));
    m_toolBar->addWidget(m_timingLabel);
    m_toolBar->addWidget(m_timing);
    connect(m_timing, &QComboBox::activated, this, &DeliveriesPanel::applyRetryTiming);

    m_summary->setObjectName(QStringLiteral("deliveriesSummaryLabel"));
    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DeliveryLogModel::Result,
                                                      QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [this, &metrics](int column, const QString &sample) {
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 20);
    };
    fit(DeliveryLogModel::Started, QStringLiteral("00:00:00.000"));
    fit(DeliveryLogModel::Event, QStringLiteral("booking_cancellation"));
    fit(DeliveryLogModel::Webhook, QStringLiteral("http://127.0.0.1:40000/channex/hook"));
    fit(DeliveryLogModel::Attempt, QStringLiteral("Attempt"));
    fit(DeliveryLogModel::Duration, QStringLiteral("30000 ms"));
    fit(DeliveryLogModel::NextAttempt, QStringLiteral("Next attempt00"));
    m_tableState->setObjectName(QStringLiteral("deliveriesTableState"));

    m_detail->setObjectName(QStringLiteral("deliveryAttemptDetail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(fixedFont());
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_lowerSplitter->setObjectName(QStringLiteral("deliveriesLowerSplitter"));
    m_lowerSplitter->addWidget(m_detail);
    m_lowerSplitter->addWidget(m_chartPlace);
    m_lowerSplitter->setStretchFactor(0, 2);
    m_lowerSplitter->setStretchFactor(1, 3);
    m_splitter->setObjectName(QStringLiteral("deliveriesSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_lowerSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    rememberSplitter(m_splitter, Session::SettingsKeys::DeliveriesSplitter);
    rememberSplitter(m_lowerSplitter, Session::SettingsKeys::DeliveriesLowerSplitter);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar);
    top->addStretch(1);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    m_redraw.setSingleShot(true);
    m_redraw.setInterval(250);
    connect(&m_redraw, &QTimer::timeout, this, [this] {
        updateSummary();
        if (m_chart)
            m_chart->setAttempts(m_model->attempts());
    });
    connect(m_model, &DeliveryLogModel::refreshed, this, [this] {
        if (!m_redraw.isActive())
            m_redraw.start();
        showSelected();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_redraw.start(0); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveriesPanel::showSelected);
    retranslate();
    // The choice nearest to what the sandbox uses now.
    int nearest = 0;
    for (int i = 0; i < int(std::size(Timings)); ++i) {
        if (std::abs(Timings[i] - sandbox->retryScale())
            < std::abs(Timings[nearest] - sandbox->retryScale()))
            nearest = i;
    }
    m_timing->setCurrentIndex(nearest);
    updateSummary();
}

RetryTimelineChart *DeliveriesPanel::chart()
{
    if (!m_chart) {
        m_chart = new RetryTimelineChart(this);
        // Where the placeholder was, with its size (a remembered splitter state included).
        delete m_lowerSplitter->replaceWidget(m_lowerSplitter->indexOf(m_chartPlace), m_chart);
        m_chartPlace = nullptr;
        m_chart->setAttempts(m_model->attempts());
    }
    return m_chart;
}

void DeliveriesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    chart();
}

void DeliveriesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void DeliveriesPanel::retranslate()
{
    m_clearAction->setText(tr("Clea&r Delivery Log"));
    m_clearAction->setToolTip(
        tr("Forget every attempt and stop the deliveries still waiting for a retry"));
    m_timingLabel->setText(tr("Retry &timing:"));
    const int current = std::max(0, m_timing->currentIndex());
    m_timing->clear();
    m_timing->addItem(tr("As Channex: 1 min, 2 min, 4 min … 10 h"));
    m_timing->addItem(tr("Quicker: 1 s, 2 s, 4 s … 10 min"));
    m_timing->addItem(tr("Quickest: 60 ms, 120 ms … 36 s"));
    m_timing->setCurrentIndex(current);
    m_timing->setAccessibleName(tr("Retry waits"));
    m_timing->setToolTip(tr("How long the sandbox waits before trying a failed delivery again; "
                            "applies to retries planned from now on"));
    m_table->setAccessibleName(tr("Delivery attempts"));
    m_detail->setAccessibleName(tr("Request and answer of the selected attempt"));
    m_detail->setPlaceholderText(tr("Select an attempt to see what was sent and what came back."));
    updateSummary();
}

void DeliveriesPanel::setSession(Channex::AccountSession *session)
{
    QHash<QString, QString> urls;
    if (session) {
        for (const Channex::Webhook &webhook : session->collection()->all())
            urls.insert(webhook.id, webhook.callbackUrl);
    }
    m_model->setWebhookUrls(urls);
}

void DeliveriesPanel::updateSummary()
{
    int delivered = 0;
    int waiting = 0;
    int failed = 0;
    QHash<QString, DeliveryAttempt::Outcome> latest;
    for (const DeliveryAttempt &attempt : m_model->attempts())
        latest.insert(attempt.deliveryId, attempt.outcome());
    for (const DeliveryAttempt::Outcome outcome : std::as_const(latest)) {
        if (outcome == DeliveryAttempt::Outcome::Delivered)
            ++delivered;
        else if (outcome == DeliveryAttempt::Outcome::WillRetry
                 || outcome == DeliveryAttempt::Outcome::Sending)
            ++waiting;
        else
            ++failed;
    }
    m_summary->setText(tr("%n delivery(ies): %1 delivered, %2 under way or waiting for a retry, "
                          "%3 failed",
                          nullptr, int(latest.size()))
                           .arg(delivered)
                           .arg(waiting)
                           .arg(failed));
    if (m_model->rowCount() == 0)
        m_tableState->showMessage(tr("No deliveries yet"),
                                  tr("Fire an event with Webhook ▸ Fire Event…: every webhook "
                                     "that listens for it gets it, and each attempt shows here."));
    else
        m_tableState->clear();
}

void DeliveriesPanel::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QString text = attemptText(m_model->attemptAt(current.row()));
    if (m_detail->toPlainText() != text)
        m_detail->setPlainText(text);
}

void DeliveriesPanel::applyRetryTiming()
{
    const int index = m_timing->currentIndex();
    if (index >= 0 && index < int(std::size(Timings)))
        m_sandbox->setRetryScale(Timings[index]);
}

void DeliveriesPanel::clearLog()
{
    if (m_model->rowCount() == 0)
        return;
    if (MessageBox::question(this, tr("Clear the Delivery Log?"),
                             tr("Every attempt is forgotten, and deliveries waiting for a retry "
                                "are not tried again."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_sandbox->clearDeliveries();
    m_model->refresh();
}

} // namespace Gui
