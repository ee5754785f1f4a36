// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/WebhookTransferActions.h"

#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"
#include "app/channex/ChannexClient.h"
#include "app/channex/PropertyDirectory.h"
#include "app/session/SettingsKeys.h"
#include "app/transfer/ImportPlan.h"
#include "app/transfer/WebhookFile.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/webhooks/ImportPreviewDialog.h"
#include "ui/webhooks/WebhookActions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

using namespace Qt::StringLiterals;
using Channex::AccountSession;
using Action = Transfer::ImportLine::Action;
namespace SettingsKeys = Session::SettingsKeys;

namespace Gui {

namespace {

constexpr int StatusMessageMs = 8000;

bool hasValues(const QList<Channex::Webhook> &webhooks)
{
    return std::any_of(webhooks.cbegin(), webhooks.cend(), [](const Channex::Webhook &w) {
        return (w.headers && !w.headers->isEmpty())
            || (w.requestParams && !w.requestParams->isEmpty());
    });
}

} // namespace

WebhookTransferActions::WebhookTransferActions(WebhookActions *actions, QStatusBar *statusBar,
                                               QWidget *window)
    : QObject(window), m_actions(actions), m_statusBar(statusBar), m_window(window),
      m_export(new QAction(this)), m_import(new QAction(this))
{
    m_export->setObjectName(u"exportWebhooksAction"_s);
    m_import->setObjectName(u"importWebhooksAction"_s);
    connect(m_export, &QAction::triggered, this, &WebhookTransferActions::exportWebhooks);
    connect(m_import, &QAction::triggered, this, &WebhookTransferActions::importWebhooks);
    retranslate();
    updateActions();
}

void WebhookTransferActions::retranslate()
{
    m_export->setText(tr("E&xport Webhooks…"));
    m_export->setToolTip(tr("Write this account's webhooks to a file, to import them into "
                            "another account"));
    m_import->setText(tr("&Import Webhooks…"));
    m_import->setToolTip(tr("Bring this account's webhooks in line with a webhook file, after a "
                            "preview of every change"));
}

void WebhookTransferActions::setSession(AccountSession *session, const QString &connectionName)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_connectionName = connectionName;
    if (m_session)
        connect(m_session, &AccountSession::stateChanged, this,
                &WebhookTransferActions::updateActions);
    updateActions();
}

void WebhookTransferActions::updateActions()
{
    const bool ready = m_session && m_session->hasLoaded();
    m_export->setEnabled(ready);
    m_import->setEnabled(ready);
}

bool WebhookTransferActions::haveTitles(const QString &title)
{
    const std::optional<Channex::ApiError> &error = m_session->propertyNamesError();
    if (!error)
        return true;
    MessageBox::warning(m_window, title,
                        tr("The property names of this account could not be read (%1), and "
                           "webhook files match properties by name. Refresh (F5) and try again.")
                            .arg(error->summary()));
    return false;
}

QString WebhookTransferActions::lastDirectory() const
{
    const QString remembered = QSettings().value(SettingsKeys::WebhookFileLastDirectory).toString();
    return remembered.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : remembered;
}

void WebhookTransferActions::rememberDirectory(const QString &file)
{
    QSettings().setValue(SettingsKeys::WebhookFileLastDirectory, QFileInfo(file).absolutePath());
}

void WebhookTransferActions::exportWebhooks()
{
    if (!m_session || !m_session->hasLoaded() || !haveTitles(tr("Export Webhooks")))
        return;
    const QList<Channex::Webhook> webhooks = m_session->webhooks();
    bool withSecrets = false;
    if (hasValues(webhooks)) {
        MessageBox::Request request;
        request.icon = QMessageBox::Question;
        request.title = tr("Export Webhooks");
        request.text = tr("Include the values of headers and request parameters?");
        request.informativeText = tr("They often hold secrets, such as a shared-secret header. "
                                     "Without them the file keeps the names only, and an import "
                                     "keeps the values the other account has.");
        request.buttons = QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel;
        request.defaultButton = QMessageBox::No;
        request.buttonTexts
            = {{QMessageBox::Yes, tr("Include &Values")}, {QMessageBox::No, tr("&Names Only")}};
        const QMessageBox::StandardButton answer = MessageBox::ask(m_window, request);
        if (answer == QMessageBox::Cancel)
            return;
        withSecrets = answer == QMessageBox::Yes;
    }
    // A name for the file from the connection's, without what a file system refuses.
    QString suggested = tr("%1 webhooks.json").arg(m_connectionName);
    suggested.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    const QString path = FileDialog::getSaveFileName(m_window, tr("Export Webhooks"),
                                                     QDir(lastDirectory()).filePath(suggested),
                                                     tr("Webhook files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);

    const Transfer::WebhookFile file = Transfer::WebhookFileFormat::fromAccount(
        webhooks, m_session->propertyTitles(), m_session->client()->serverRoot(), withSecrets,
        QDateTime::currentDateTimeUtc());
    const QByteArray bytes = Transfer::WebhookFileFormat::write(file);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        MessageBox::warning(m_window, tr("Export Failed"),
                            tr("%1 could not be written: %2")
                                .arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    m_statusBar->showMessage(tr("Exported %n webhook(s) to %1.", nullptr, int(webhooks.size()))
                                 .arg(QDir::toNativeSeparators(path)),
                             StatusMessageMs);
}

void WebhookTransferActions::importWebhooks()
{
    if (!m_session || !m_session->hasLoaded() || !haveTitles(tr("Import Webhooks")))
        return;
    if (m_actions->runningJob()) {
        m_statusBar->showMessage(tr("Wait until the change that is running has finished."),
                                 StatusMessageMs);
        return;
    }
    const QString path
        = FileDialog::getOpenFileName(m_window, tr("Import Webhooks"), lastDirectory(),
                                      tr("Webhook files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    const QString name = QDir::toNativeSeparators(path);
    QFile in(path);
    QString error;
    std::optional<Transfer::WebhookFile> file;
    if (!in.open(QIODevice::ReadOnly))
        error = tr("%1 could not be read: %2").arg(name, in.errorString());
    else
        file = Transfer::WebhookFileFormat::read(in.readAll(), name, &error);
    if (!file) {
        MessageBox::warning(m_window, tr("Not Imported"), error);
        return;
    }

    const Transfer::ImportPlan plan = Transfer::ImportPlan::make(
        *file, m_session->webhooks(), m_session->properties()->properties());
    auto *preview = new ImportPreviewDialog(plan, *file, QFileInfo(path).fileName(),
                                            m_connectionName, m_window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this, [this, plan] {
        if (!m_session || m_actions->runningJob())
            return;
        const int skipped = plan.count(Action::Skipped);
        QString done = tr("Imported: %1 created, %2 updated.")
                           .arg(plan.count(Action::Create))
                           .arg(plan.count(Action::Update));
        if (skipped > 0)
            done += u' ' + tr("%n webhook(s) skipped, as the preview said.", nullptr, skipped);
        m_actions->runJob(Channex::BulkWebhookJob::write(m_session, plan.writes(), m_actions),
                          tr("Importing…"), done, tr("Some webhooks were not imported"));
    });
    preview->open();
}

} // namespace Gui
