// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, continued: what the window says about the connection in use — the table's
// loading, error or content state, and the status bar (the server and when it last answered,
// or why not; the keychain notice; how many webhooks are shown).
#include "app/channex/ChannexClient.h"
#include "app/session/ConsoleController.h"
#include "ui/MainWindow.h"
#include "ui/common/ElidedLabel.h"
#include "ui/webhooks/WebhookListModel.h"
#include "ui/webhooks/WebhooksPanel.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTime>

#include <utility>

using Channex::AccountSession;

namespace Gui {

// What the session's state says, in the table and the status bar (again after a language change).
void MainWindow::showSessionState()
{
    if (m_session) {
        onSessionStateChanged(m_session->state());
        return;
    }
    m_refreshAction->setEnabled(true);
    if (!m_controller->noticeTitle().isEmpty())
        m_panel->showNotice(m_controller->noticeTitle(), m_controller->noticeText());
    else // the key is being read from the keychain
        m_panel->showLoading(m_controller->currentConnection().name);
    updateConnectionLabel();
    updateStatus();
}

void MainWindow::onSessionStateChanged(AccountSession::State state)
{
    if (!m_session)
        return;
    switch (state) {
    case AccountSession::State::Loading:
        m_refreshAction->setEnabled(false);
        m_panel->showLoading(serverText());
        break;
    case AccountSession::State::Loaded:
        m_refreshAction->setEnabled(true);
        m_panel->showContent();
        break;
    case AccountSession::State::Failed:
        m_refreshAction->setEnabled(true);
        m_panel->showError(m_session->lastError());
        break;
    case AccountSession::State::Idle:
        break;
    }
    updateConnectionLabel();
    updateStatus();
}

QString MainWindow::serverText() const
{
    if (!m_session)
        return m_controller->currentConnection().name;
    const QString root = m_session->client()->serverRoot().toString();
    return m_controller->currentConnection().isSandbox() ? tr("the built-in sandbox (%1)").arg(root)
                                                         : root;
}

// A few words in the status bar, which has one line also at 800 pixels; the controller's whole
// sentence in the tooltip and for screen readers.
void MainWindow::setKeychainNotice(const QString &fullText)
{
    m_keychainLabel->setText(
        fullText.isEmpty() ? QString() : tr("No keychain: API keys are kept only until you quit."));
    m_keychainLabel->setToolTip(fullText);
    m_keychainLabel->setAccessibleDescription(fullText);
}

void MainWindow::showStoreOpening(const QString &storeName)
{
    if (!m_storeOpeningLabel) {
        m_storeOpeningLabel = new ElidedLabel(this);
        m_storeOpeningLabel->setObjectName(QStringLiteral("storeOpeningLabel"));
        // Permanent: a passing status message must not hide it while the server keeps it waiting.
        statusBar()->addPermanentWidget(m_storeOpeningLabel, 1);
    }
    m_openingStoreName = storeName;
    m_storeOpeningLabel->setText(tr("Opening the shared capture history %1…").arg(storeName));
    m_storeOpeningLabel->show();
}

void MainWindow::storeOpeningEnded()
{
    m_openingStoreName.clear();
    if (m_storeOpeningLabel)
        m_storeOpeningLabel->hide();
}

void MainWindow::showKeychainNotice()
{
    m_keychainLabel->setVisible(!m_keychainLabel->text().isEmpty()
                                && statusBar()->currentMessage().isEmpty());
}

void MainWindow::updateConnectionLabel()
{
    // Each state sets its own tooltip: an earlier server's error must not linger.
    m_connectionLabel->setToolTip(QString());
    if (!m_session) {
        m_connectionLabel->setText(tr("Not connected"));
    } else {
        switch (m_session->state()) {
        case AccountSession::State::Loading:
            m_connectionLabel->setText(tr("Loading from %1…").arg(serverText()));
            break;
        case AccountSession::State::Loaded: {
            if (m_unreachable) { // "Connected" would be untrue after refused calls
                m_connectionLabel->setText(
                    tr("Cannot reach %1 since %2: %3")
                        .arg(serverText(),
                             QLocale().toString(m_unreachableSince, QLocale::ShortFormat),
                             m_unreachable->summary()));
                m_connectionLabel->setToolTip(m_unreachable->message());
                break;
            }
            QString text = tr("Connected to %1 · updated %2")
                               .arg(serverText(),
                                    QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
            // Without names the Scope column shows property IDs; say why.
            const std::optional<Channex::ApiError> &namesError = m_session->propertyNamesError();
            if (namesError)
                text += tr(" · property names unavailable: %1").arg(namesError->summary());
            m_connectionLabel->setText(text);
            m_connectionLabel->setToolTip(namesError ? namesError->message() : QString());
            if (m_controller->currentConnection().isSandbox()) {
                const QString keptText = tr("The built-in sandbox keeps your changes until the "
                                            "console quits; it starts from its demo data each "
                                            "time.");
                m_connectionLabel->setToolTip(namesError ? namesError->message() : keptText);
                // Said once, where a person looks after a change: nothing is lost by surprise.
                // Short enough for the status bar of an 800-pixel window in every language;
                // the label's tooltip says the rest.
                if (!std::exchange(m_sandboxNoticeShown, true))
                    showNotice(tr("The built-in sandbox forgets your changes when the console "
                                  "quits."));
            }
            break;
        }
        case AccountSession::State::Failed:
            m_connectionLabel->setText(tr("Could not load from %1").arg(serverText()));
            m_connectionLabel->setToolTip(m_session->lastError().message());
            break;
        case AccountSession::State::Idle:
            m_connectionLabel->clear();
            break;
        }
    }
}

void MainWindow::updateStatus()
{

    const int total = m_model->rowCount();
    const int shown = m_panel->visibleCount();
    if (!m_session || !m_session->hasLoaded()) {
        m_totalLabel->clear();
        return;
    }
    if (shown == total)
        m_totalLabel->setText(tr("%n webhook(s)", nullptr, total));
    else
        m_totalLabel->setText(tr("%1 of %n webhook(s) shown", nullptr, total).arg(shown));
}

} // namespace Gui
