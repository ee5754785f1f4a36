// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/BulkJobProgress.h"

#include "app/channex/BulkWebhookJob.h"
#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;
using Channex::BulkWebhookJob;

namespace Gui {

namespace {

// The texts keep the translation context of WebhookActions, where bulk changes were run before
// this widget was shared, so that their translations carry over.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Gui::WebhookActions)
};

constexpr int StatusMessageMs = 6000;
constexpr int MaxFailuresShown = 6; // in a failure summary; Show Details lists every one

} // namespace

BulkJobProgress::BulkJobProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_stop(new QPushButton(this))
{
    setObjectName(u"bulkProgress"_s);
    m_label->setObjectName(u"bulkProgressLabel"_s);
    m_bar->setObjectName(u"bulkProgressBar"_s);
    m_bar->setMaximumWidth(160);
    m_stop->setObjectName(u"bulkStopButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    hide();
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    retranslate();
}

void BulkJobProgress::retranslate()
{
    m_bar->setAccessibleName(Texts::tr("Progress"));
    m_stop->setText(Texts::tr("Stop"));
    m_stop->setAccessibleName(Texts::tr("Stop"));
    m_stop->setToolTip(Texts::tr("Send nothing more; changes already sent are kept"));
}

void BulkJobProgress::run(BulkWebhookJob *job, const QString &doing, const QString &done,
                          const QString &failedTitle)
{
    m_job = job;
    m_quiet = false;
    m_label->setText(doing);
    m_bar->setRange(0, job->total());
    m_bar->setValue(0);
    show();
    connect(job, &BulkWebhookJob::progress, m_bar, &QProgressBar::setValue);
    connect(job, &BulkWebhookJob::progress, this, [this, job, doing] {
        if (!job->isWaiting()) // the wait stays said until it is over
            m_label->setText(doing);
    });
    connect(job, &BulkWebhookJob::rateLimited, this,
            [this, job, doing](int milliseconds, int items) {
                const int seconds = qMax(1, (milliseconds + 999) / 1000);
                m_label->setText(
                    Texts::tr("Channex asked to slow down: sending %n change(s) again in %1 s…",
                              nullptr, items)
                        .arg(seconds));
                QTimer::singleShot(milliseconds, m_label, [this, job, doing] {
                    if (m_job == job)
                        m_label->setText(doing);
                });
            });
    connect(job, &BulkWebhookJob::finished, this,
            [this, done, failedTitle] { finish(done, failedTitle); });
    job->start();
}

void BulkJobProgress::abandon()
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    hide();
}

void BulkJobProgress::stopQuietly()
{
    m_quiet = true;
    if (m_job)
        m_job->cancel();
}

bool BulkJobProgress::confirmLeaving(QWidget *window, const LeaveQuestion &question)
{
    if (!m_job || m_job->isFinished())
        return true;
    MessageBox::Request request;
    request.icon = QMessageBox::Warning;
    request.title = question.title;
    request.text = question.running(m_job->total(), m_job->completed());
    request.informativeText = question.consequence;
    request.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    request.defaultButton = QMessageBox::Cancel;
    request.buttonTexts
        = {{QMessageBox::Yes, question.leave}, {QMessageBox::Cancel, tr("&Keep Running")}};
    if (MessageBox::ask(window, request) != QMessageBox::Yes)
        return false;
    stopQuietly(); // the window is going: no summary of the stopped job
    return true;
}

void BulkJobProgress::finish(const QString &done, const QString &failedTitle)
{
    BulkWebhookJob *job = std::exchange(m_job, nullptr);
    hide();
    emit ended();
    if (!job)
        return;
    job->deleteLater();
    if (m_quiet)
        return;
    const int waited = job->waitedItems();
    // Said in the summary, or after what was done: Channex's rate limit made the job wait.
    const QString waitedText = waited > 0
        ? Texts::tr("%n change(s) had to wait for Channex's rate limit (HTTP 429) and went again.",
                    nullptr, waited)
        : QString();
    if (job->failures().isEmpty() && job->completed() == job->total()) {
        emit succeeded(waitedText.isEmpty() ? done : done + u' ' + waitedText,
                       StatusMessageMs * (waited > 0 ? 2 : 1));
        return;
    }
    MessageBox::Request summary;
    summary.icon = QMessageBox::Warning;
    summary.title = failedTitle;
    const int failed = int(job->failures().size());
    const int notSent = job->total() - job->completed();
    summary.text = Texts::tr("%1 of %n succeeded.", nullptr, job->total()).arg(job->succeeded());
    QStringList reasons;
    if (failed > 0)
        reasons << Texts::tr("%n failed, each named below with why.", nullptr, failed);
    if (notSent > 0)
        reasons << Texts::tr("%n not sent: stopped.", nullptr, notSent);
    if (waited > 0)
        reasons << waitedText;
    QStringList details;
    for (const BulkWebhookJob::Failure &failure : job->failures())
        details << Texts::tr("%1: %2").arg(failure.label, failure.error.message());
    // The failures in the box itself, not behind Show Details (which holds them all, to copy).
    QStringList shown = details.mid(0, MaxFailuresShown);
    if (details.size() > MaxFailuresShown)
        shown << Texts::tr("…and %n more, listed under Show Details.", nullptr,
                           int(details.size()) - MaxFailuresShown);
    summary.informativeText = reasons.join(QLatin1Char(' '));
    if (!shown.isEmpty())
        summary.informativeText += u"\n\n"_s + shown.join(QLatin1Char('\n'));
    summary.detailedText = details.join(QLatin1Char('\n'));
    summary.buttons = QMessageBox::Ok;
    MessageBox::ask(window(), summary);
}

} // namespace Gui
