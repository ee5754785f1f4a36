// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WebhookActions, continued: the changes to several webhooks at once — delete, enable and
// disable the selection — and the one bulk job at a time they run as (BulkJobProgress), which
// Quit asks about while it runs. docs/editing.md, "Table actions and tests".
#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"
#include "app/channex/WebhookCollection.h"
#include "ui/common/BulkJobProgress.h"
#include "ui/common/MessageBox.h"
#include "ui/webhooks/WebhookActions.h"
#include "ui/webhooks/WebhooksPanel.h"

#include <utility>

using Channex::BulkWebhookJob;
using Channex::Webhook;

namespace Gui {

void WebhookActions::deleteSelected()
{
    if (!m_session || runningJob())
        return;
    const QStringList ids = m_panel->selectedWebhookIds();
    if (ids.isEmpty())
        return;
    QStringList urls;
    for (const QString &id : ids) {
        if (const Webhook *webhook = m_session->collection()->find(id))
            urls << webhook->callbackUrl;
    }
    MessageBox::Request request;
    request.icon = QMessageBox::Warning;
    request.title = tr("Delete Webhooks");
    request.text = ids.size() == 1 ? tr("Delete the webhook for %1?").arg(urls.value(0))
                                   : tr("Delete %n webhook(s)?", nullptr, int(ids.size()));
    request.informativeText = tr("Channex stops sending these events at once. This cannot be "
                                 "undone.");
    if (ids.size() > 1)
        request.detailedText = urls.join(QLatin1Char('\n'));
    request.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    request.defaultButton = QMessageBox::Cancel;
    request.buttonTexts = {{QMessageBox::Yes, tr("&Delete")}};
    if (MessageBox::ask(m_window, request) != QMessageBox::Yes)
        return;
    runJob(BulkWebhookJob::remove(m_session, ids, this), tr("Deleting…"),
           tr("%n webhook(s) deleted.", nullptr, int(ids.size())),
           tr("Some webhooks were not deleted"));
}

BulkWebhookJob *WebhookActions::runningJob() const
{
    return m_progress->job();
}

bool WebhookActions::confirmQuit()
{
    return m_progress->confirmLeaving(
        m_window,
        {tr("Quit Webhook Console"),
         [](int total, int completed) {
             return tr("A change to %n webhook(s) is still running: %1 done.", nullptr, total)
                 .arg(completed);
         },
         tr("If you quit now, the webhooks not reached yet stay as they are. What "
            "Channex has already done is kept."),
         tr("&Stop and Quit")});
}

void WebhookActions::setSelectedActive(bool active)
{
    if (!m_session || runningJob())
        return;
    const QStringList ids = m_panel->selectedWebhookIds();
    if (ids.isEmpty())
        return;
    runJob(BulkWebhookJob::setActive(m_session, ids, active, this),
           active ? tr("Enabling…") : tr("Disabling…"),
           active ? tr("%n webhook(s) enabled.", nullptr, int(ids.size()))
                  : tr("%n webhook(s) disabled.", nullptr, int(ids.size())),
           active ? tr("Some webhooks were not enabled") : tr("Some webhooks were not disabled"));
}

void WebhookActions::runJob(BulkWebhookJob *job, const QString &doing, const QString &done,
                            const QString &failedTitle)
{
    m_progress->run(job, doing, done, failedTitle);
    updateActions();
}

void WebhookActions::onJobEnded()
{
    updateActions();
    if (std::exchange(m_refreshAfterJob, false) && m_session)
        m_session->refresh();
}

} // namespace Gui
