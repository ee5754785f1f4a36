// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CopyAcross.h"

#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"
#include "ui/common/BulkJobProgress.h"
#include "ui/common/MessageBox.h"
#include "ui/compare/CompareSide.h"
#include "ui/compare/CopyPreviewDialog.h"

#include <QPointer>
#include <QWidget>

using namespace Qt::StringLiterals;
using Action = Transfer::ImportLine::Action;

namespace Gui {

CopyAcross::CopyAcross(BulkJobProgress *progress, QWidget *window)
    : QObject(window), m_progress(progress), m_window(window)
{ }

Channex::BulkWebhookJob *CopyAcross::runningJob() const
{
    return m_progress->job();
}

void CopyAcross::preview(const Transfer::AccountComparison &comparison, const QList<int> &rows,
                         Side from, CompareSide *target, bool withValues)
{
    const Transfer::ImportPlan plan = comparison.copyPlan(rows, from, withValues);
    if (plan.lines.isEmpty())
        return;
    const Side to = from == Side::Left ? Side::Right : Side::Left;
    const QString fromName = comparison.account(from).name;
    const QString toName = comparison.account(to).name;
    auto *preview = new CopyPreviewDialog(plan, fromName, toName, withValues, m_window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this,
            [this, plan, toName, target = QPointer<CompareSide>(target)] {
                // The side must still show the account the plan was made for.
                if (runningJob() || !target || target->state() != CompareSide::State::Loaded)
                    return;
                m_targetId = target->connectionId();
                QString done = tr("Copied to %1: %2 created, %3 updated.")
                                   .arg(toName)
                                   .arg(plan.count(Action::Create))
                                   .arg(plan.count(Action::Update));
                if (const int skipped = plan.count(Action::Skipped); skipped > 0)
                    done += u' '
                        + tr("%n webhook(s) skipped, as the preview said.", nullptr, skipped);
                // The import's path: the same bulk job, progress, Stop and summary.
                m_progress->run(
                    Channex::BulkWebhookJob::write(target->session(), plan.writes(), m_window),
                    tr("Copying to %1…").arg(toName), done, tr("Some webhooks were not copied"));
                emit started();
            });
    preview->open();
}

bool CopyAcross::confirmClose()
{
    return m_progress->confirmLeaving(
        m_window,
        {tr("Compare Connections"),
         [](int total, int completed) {
             return tr("A copy to %n webhook(s) is still running: %1 done.", nullptr, total)
                 .arg(completed);
         },
         tr("If you close now, the webhooks not reached yet stay as they are. What "
            "Channex has already done is kept."),
         tr("&Stop and Close")});
}

} // namespace Gui
