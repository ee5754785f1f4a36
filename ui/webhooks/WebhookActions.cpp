// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/WebhookActions.h"

#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"
#include "app/channex/ChannexClient.h"
#include "app/channex/ConnectionProfile.h"
#include "app/channex/PropertyDirectory.h"
#include "app/channex/WebhookCollection.h"
#include "app/receiver/ReceiverController.h"
#include "ui/common/BulkJobProgress.h"
#include "ui/common/MessageBox.h"
#include "ui/common/TestResultView.h"
#include "ui/webhooks/DuplicateWebhookDialog.h"
#include "ui/webhooks/TestResultDialog.h"
#include "ui/webhooks/WebhookDialog.h"
#include "ui/webhooks/WebhookFilterProxy.h"
#include "ui/webhooks/WebhookListModel.h"
#include "ui/webhooks/WebhookTest.h"
#include "ui/webhooks/WebhooksPanel.h"

#include <QAction>
#include <QIcon>
#include <QStatusBar>
#include <QTableView>

#include <utility>

using namespace Qt::StringLiterals;
using Channex::AccountSession;
using Channex::ApiError;
using Channex::ApiResult;
using Channex::BulkWebhookJob;
using Channex::Webhook;

namespace Gui {

namespace {
constexpr int StatusMessageMs = 6000;
} // namespace

WebhookActions::WebhookActions(WebhooksPanel *panel, QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_panel(panel), m_statusBar(statusBar), m_window(window),
      m_progress(new BulkJobProgress(statusBar))
{
    m_new = makeAction(QStringLiteral("newWebhookAction"), QStringLiteral("new"));
    m_new->setShortcut(QKeySequence::New);
    m_edit = makeAction(QStringLiteral("editWebhookAction"), QStringLiteral("edit"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_delete = makeAction(QStringLiteral("deleteWebhookAction"), QStringLiteral("delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_duplicate = makeAction(QStringLiteral("duplicateWebhookAction"), QStringLiteral("duplicate"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_test = makeAction(QStringLiteral("testWebhookAction"), QStringLiteral("test"));
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_enable = makeAction(QStringLiteral("enableWebhooksAction"), QString());
    m_disable = makeAction(QStringLiteral("disableWebhooksAction"), QString());
    m_useLive = makeAction(QStringLiteral("useLiveReceiverAction"), QString());

    // Return and Delete belong to the table: in a text field they keep their usual meaning.
    for (QAction *action : {m_edit, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_panel->table()->addAction(action);
    }

    connect(m_new, &QAction::triggered, this, &WebhookActions::newWebhook);
    connect(m_edit, &QAction::triggered, this, [this] { editWebhook(); });
    connect(m_delete, &QAction::triggered, this, &WebhookActions::deleteSelected);
    connect(m_duplicate, &QAction::triggered, this, &WebhookActions::duplicateCurrent);
    connect(m_test, &QAction::triggered, this, &WebhookActions::testCurrent);
    connect(m_enable, &QAction::triggered, this, [this] { setSelectedActive(true); });
    connect(m_disable, &QAction::triggered, this, [this] { setSelectedActive(false); });
    connect(m_useLive, &QAction::triggered, this, &WebhookActions::useLiveReceiver);
    connect(m_panel, &WebhooksPanel::selectionChanged, this, &WebhookActions::updateActions);
    connect(m_panel, &WebhooksPanel::activated, this, &WebhookActions::editWebhook);
    if (auto *model = qobject_cast<Gui::WebhookListModel *>(m_panel->proxy()->sourceModel())) {
        connect(model, &Gui::WebhookListModel::activeToggleRequested, this,
                &WebhookActions::toggleFromTable);
    }
    m_panel->setRowActions(rowActions());

    // Bulk progress lives in the status bar: the table stays usable while a job runs.
    m_statusBar->addPermanentWidget(m_progress);
    m_progress->hide();
    connect(m_progress, &BulkJobProgress::ended, this, &WebhookActions::onJobEnded);
    connect(m_progress, &BulkJobProgress::succeeded, m_statusBar, &QStatusBar::showMessage);
    retranslate();
    updateActions();
}

void WebhookActions::retranslate()
{
    const auto keys = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    m_new->setText(tr("&New Webhook…"));
    m_new->setToolTip(tr("Create a webhook (%1)").arg(keys(QKeySequence::New)));
    m_edit->setText(tr("&Edit Webhook…"));
    m_edit->setToolTip(tr("Change the selected webhook (Return)"));
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(tr("Delete the selected webhooks (%1)").arg(keys(QKeySequence::Delete)));
    m_duplicate->setText(tr("D&uplicate to Other Properties…"));
    m_test->setText(tr("&Test Webhook"));
    m_test->setToolTip(tr("Ask Channex to send a test request to the selected webhook's URL"));
    m_enable->setText(tr("En&able"));
    m_enable->setToolTip(tr("Resume deliveries to the selected webhooks"));
    m_disable->setText(tr("Di&sable"));
    m_disable->setToolTip(tr("Pause deliveries to the selected webhooks"));
    m_useLive->setText(tr("Use &Live Receiver…"));
    const QString liveUrl = liveReceiverUrl();
    m_useLive->setToolTip(
        liveUrl.isEmpty()
            ? tr("Start the receiver in the Live tab first")
            : tr("Edit the selected webhook with %1 as its callback URL").arg(liveUrl));
    m_progress->retranslate();
}

QAction *WebhookActions::makeAction(const QString &objectName, const QString &icon)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    return action;
}

QList<QAction *> WebhookActions::rowActions() const
{
    return {m_edit, m_test, m_duplicate, m_useLive, m_enable, m_disable, m_delete};
}

void WebhookActions::setSession(AccountSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    // Calls in flight died with the old session's client and will not answer: end the job.
    if (m_progress->job() && session != m_session) {
        m_progress->abandon();
        m_refreshAfterJob = false; // the new session loads by itself
        m_statusBar->showMessage(tr("Stopped: the connection changed before every change was "
                                    "sent. Refresh to see what was stored."),
                                 StatusMessageMs * 2);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::stateChanged, this, &WebhookActions::updateActions);
        connect(m_session->collection(), &Channex::WebhookCollection::rowChanged, this,
                &WebhookActions::updateActions);
        connect(m_session, &AccountSession::webhookVanished, this, &WebhookActions::reportVanished);
    }
    updateActions();
}

void WebhookActions::updateActions()
{
    const bool ready = m_session && m_session->hasLoaded();
    const QStringList ids = ready ? m_panel->selectedWebhookIds() : QStringList();
    const int selected = int(ids.size());
    const bool busy = runningJob() != nullptr;
    // Enable is offered when a selected webhook is paused, Disable when one is active.
    bool anyActive = false;
    bool anyInactive = false;
    for (const QString &id : ids) {
        if (const Webhook *webhook = m_session->collection()->find(id))
            (webhook->isActive ? anyActive : anyInactive) = true;
    }
    m_new->setEnabled(ready);
    m_edit->setEnabled(selected == 1);
    m_test->setEnabled(selected == 1);
    m_duplicate->setEnabled(selected == 1 && !busy);
    m_delete->setEnabled(selected > 0 && !busy);
    m_enable->setEnabled(anyInactive && !busy);
    m_disable->setEnabled(anyActive && !busy);
    m_useLive->setEnabled(selected == 1 && !liveReceiverUrl().isEmpty());
}

void WebhookActions::setLiveReceiver(Receiver::ReceiverController *receiver)
{
    if (m_receiver)
        m_receiver->disconnect(this);
    m_receiver = receiver;
    if (m_receiver) {
        connect(m_receiver, &Receiver::ReceiverController::callbackUrlChanged, this, [this] {
            retranslate();
            updateActions();
        });
    }
    retranslate();
    updateActions();
}

QString WebhookActions::liveReceiverUrl() const
{
    return m_receiver ? m_receiver->callbackUrl() : QString();
}

void WebhookActions::useLiveReceiver()
{
    if (!m_session || liveReceiverUrl().isEmpty())
        return;
    const Webhook *webhook = m_session->collection()->find(m_panel->currentWebhookId());
    if (!webhook)
        return;
    // The URL goes in as if typed: the dialog shows it changed, and Save sends it.
    openWebhookDialog(false, *webhook)->useLiveReceiver();
}

void WebhookActions::newWebhook()
{
    if (m_session && m_session->hasLoaded())
        openWebhookDialog(true, {});
}

void WebhookActions::editWebhook(const QString &id)
{
    if (!m_session)
        return;
    const QString webhookId = id.isEmpty() ? m_panel->currentWebhookId() : id;
    if (const Webhook *webhook = m_session->collection()->find(webhookId))
        openWebhookDialog(false, *webhook);
}

WebhookDialog *WebhookActions::openWebhookDialog(bool create, const Webhook &initial)
{
    auto *dialog = new WebhookDialog(
        create ? WebhookDialog::Mode::Create : WebhookDialog::Mode::Edit, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLiveReceiver(m_receiver);
    dialog->setProperties(m_session->properties()->properties());
    if (!create)
        dialog->setWebhook(initial);
    dialog->setOverlapContext(
        m_session->webhooks(), m_session->collection()->propertyTitles(),
        Channex::ConnectionProfile::isProductionServer(m_session->client()->serverRoot()));

    connect(dialog, &WebhookDialog::saveRequested, this, [this, dialog, create](const Webhook &w) {
        if (!m_session)
            return;
        dialog->setBusy(true, tr("Saving…"));
        auto saved = [this, dialog, create](ApiResult<Webhook> result) {
            if (result.ok()) {
                dialog->setBusy(false);
                dialog->accept();
                m_panel->selectWebhook(result.value().id);
                m_statusBar->showMessage(create ? tr("Webhook created.") : tr("Webhook saved."),
                                         StatusMessageMs);
                return;
            }
            // Every value stays in the dialog; the error goes next to its fields.
            dialog->showSaveError(result.error());
        };
        if (create)
            m_session->createWebhook(w, dialog, saved, dialog->storedBasis());
        else
            m_session->updateWebhook(w, dialog, saved);
    });
    connect(dialog->testResultView(), &TestResultView::showCaptureRequested, this,
            &WebhookActions::showCaptureRequested);
    connect(dialog, &WebhookDialog::testRequested, this, [this, dialog](const Webhook &w) {
        if (!m_session)
            return;
        dialog->setBusy(true, tr("Testing…"));
        runWebhookTest(m_session, m_receiver, w, dialog->testResultView(),
                       [dialog](const ApiResult<Channex::WebhookTestResult> &result) {
                           dialog->showTestResult(result);
                       });
    });
    dialog->open();
    return dialog;
}

void WebhookActions::reportVanished(const QString &id)
{
    Q_UNUSED(id);
    // Someone deleted it elsewhere: reload, so the table shows what Channex has now.
    m_statusBar->showMessage(
        tr("A webhook was deleted elsewhere (in Channex or by a colleague); the table was "
           "refreshed."),
        StatusMessageMs * 2);
    // During a bulk job every 404 lands here: reload once, when the job is over.
    if (runningJob())
        m_refreshAfterJob = true;
    else if (m_session)
        m_session->refresh();
}

void WebhookActions::duplicateCurrent()
{
    if (!m_session || runningJob())
        return;
    const Webhook *source = m_session->collection()->find(m_panel->currentWebhookId());
    if (!source)
        return;
    const Webhook webhook = *source;
    auto *dialog
        = new DuplicateWebhookDialog(webhook, m_session->properties()->properties(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, webhook] {
        if (!m_session || runningJob())
            return;
        const QStringList ids = dialog->selectedPropertyIds();
        runJob(BulkWebhookJob::duplicate(m_session, webhook, ids, dialog->selectedPropertyTitles(),
                                         this),
               tr("Duplicating…"), tr("%n cop(y/ies) created.", nullptr, int(ids.size())),
               tr("Some copies were not created"));
    });
    dialog->open();
}

void WebhookActions::testCurrent()
{
    if (!m_session)
        return;
    const Webhook *webhook = m_session->collection()->find(m_panel->currentWebhookId());
    if (!webhook)
        return;
    auto *dialog = new TestResultDialog(webhook->callbackUrl, m_window);
    dialog->setPending();
    dialog->show();
    connect(dialog->view(), &TestResultView::showCaptureRequested, this,
            &WebhookActions::showCaptureRequested);
    runWebhookTest(m_session, m_receiver, *webhook, dialog->view());
}

void WebhookActions::toggleFromTable(const QString &id, bool active)
{
    if (!m_session)
        return;
    m_session->setActive(id, active, this, [this, active](ApiResult<Webhook> result) {
        if (result.ok()) {
            m_statusBar->showMessage(active ? tr("Webhook enabled.") : tr("Webhook disabled."),
                                     StatusMessageMs);
            return;
        }
        if (result.error().kind == ApiError::Kind::NotFound)
            return; // reportVanished() says it
        // The row is back as the server has it; say why.
        MessageBox::warning(m_window,
                            active ? tr("Webhook Not Enabled") : tr("Webhook Not Disabled"),
                            result.error().message());
    });
}

} // namespace Gui
