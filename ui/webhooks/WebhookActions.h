// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"

#include <QObject>
#include <QPointer>

class QAction;
class QStatusBar;
class QWidget;

namespace Receiver {
class ReceiverController;
}

namespace Gui {

class BulkJobProgress;
class WebhookDialog;
class WebhooksPanel;

// What a person can do to the webhooks in the table: New, Edit, Delete, Duplicate to
// other properties, Test, Enable and Disable, from the toolbar, the menus, the row context menu
// and the keyboard. It opens the dialogs, sends through the AccountSession (so the rows follow
// the server) and reports bulk results in the status bar and, for failures, a summary.
class WebhookActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookActions)

public:
    WebhookActions(WebhooksPanel *panel, QStatusBar *statusBar, QWidget *window);

    // The account the actions act on; nullptr disables them.
    void setSession(Channex::AccountSession *session);
    // The actions' and the progress bar's texts in the current language (LanguageChange).
    void retranslate();

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *testAction() const { return m_test; }
    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *useLiveReceiverAction() const { return m_useLive; }
    QList<QAction *> rowActions() const;
    // The live receiver whose URL "Use Live Receiver" and the webhook dialog offer for callback
    // URLs (public when set, else local); null when the console has none. Not owned.
    void setLiveReceiver(Receiver::ReceiverController *receiver);
    // A bulk job in progress, for tests and the window's close check.
    Channex::BulkWebhookJob *runningJob() const;
    // Asked when the window closes: with a bulk job running, whether to stop it and quit (the
    // job is cancelled then). True when there is nothing to ask or the user chose to quit.
    bool confirmQuit();
    // Runs `job` (taking it over) as every bulk change runs (BulkJobProgress): progress and Stop
    // in the status bar, `doing` while it runs, `done` after it, and a summary titled
    // `failedTitle` naming each failure. Nothing else starts while it runs (the import uses it
    // too).
    void runJob(Channex::BulkWebhookJob *job, const QString &doing, const QString &done,
                const QString &failedTitle);

signals:
    // A test's capture is to be shown in the Live tab (TestResultView's "Show in Live Tab").
    void showCaptureRequested(qint64 id);

public slots:
    void newWebhook();
    void editWebhook(const QString &id = {});
    void deleteSelected();
    void duplicateCurrent();
    void testCurrent();
    void setSelectedActive(bool active);
    // Opens the selected webhook's dialog with the live receiver's URL as its callback URL.
    void useLiveReceiver();

private:
    QAction *makeAction(const QString &objectName, const QString &icon);
    WebhookDialog *openWebhookDialog(bool create, const Channex::Webhook &initial);
    void onJobEnded();
    void toggleFromTable(const QString &id, bool active);
    void reportVanished(const QString &id);
    void updateActions();
    QString liveReceiverUrl() const;

    WebhooksPanel *m_panel;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QPointer<Channex::AccountSession> m_session;
    bool m_refreshAfterJob = false; // a webhook vanished while the job ran
    BulkJobProgress *m_progress;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_duplicate;
    QAction *m_test;
    QAction *m_enable;
    QAction *m_disable;
    QAction *m_useLive;
    QPointer<Receiver::ReceiverController> m_receiver;
};

} // namespace Gui
