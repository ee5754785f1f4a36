// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QStatusBar;
class QWidget;

namespace Channex {
class AccountSession;
}

namespace Gui {

class WebhookActions;

// Export Webhooks… and Import Webhooks…: the account's webhooks to a webhook file
// (docs/webhook-files.md), and a file's webhooks into the account after a preview of every
// change (ImportPreviewDialog), sent as a bulk job of WebhookActions, with its progress, Stop and
// summary.
class WebhookTransferActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookTransferActions)

public:
    WebhookTransferActions(WebhookActions *actions, QStatusBar *statusBar, QWidget *window);

    // The account, and the name of its connection (the preview says where the import goes).
    void setSession(Channex::AccountSession *session, const QString &connectionName);
    void retranslate();

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

public slots:
    void exportWebhooks();
    void importWebhooks();

private:
    void updateActions();
    // False, after saying why, when the property names are missing (files match by title).
    bool haveTitles(const QString &title);
    QString lastDirectory() const;
    void rememberDirectory(const QString &file);

    WebhookActions *m_actions;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QPointer<Channex::AccountSession> m_session;
    QString m_connectionName;
    QAction *m_export;
    QAction *m_import;
};

} // namespace Gui
