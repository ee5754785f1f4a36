// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connections/ConnectionsDialog.h"

#include "app/session/ConnectionStore.h"
#include "app/session/ConnectionTester.h"
#include "app/session/ConsoleController.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/common/RevealToggle.h"
#include "ui_ConnectionsDialog.h"

#include <QEvent>
#include <QPushButton>

using Channex::ConnectionProfile;
using Session::ConnectionStore;
using Session::SavedConnection;

namespace Gui {

ConnectionsDialog::ConnectionsDialog(Session::ConsoleController *controller, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionsDialog>()), m_controller(controller),
      m_tester(new Session::ConnectionTester(this))
{
    m_ui->setupUi(this);
    rememberGeometry(this, Session::SettingsKeys::ConnectionsDialogGeometry);
    setObjectName(QStringLiteral("connectionsDialog"));
    for (ConnectionProfile::Kind kind : ConnectionProfile::allKinds()) {
        const ConnectionProfile profile {kind, {}};
        m_ui->kindCombo->addItem(profile.displayName(), profile.settingsKey());
    }
    addRevealToggle(m_ui->apiKeyEdit);
    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveConnectionButton"));
    QPushButton *closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    retranslate();

    connect(m_ui->connectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || m_loading)
            return;
        const QString id = m_ui->connectionList->item(row)->data(Qt::UserRole).toString();
        if (id == m_shown.id)
            return;
        if (!settleChanges()) { // cancelled: stay on the connection being edited
            fillList(m_shown.id);
            return;
        }
        showConnection(id);
    });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->serverRootEdit, m_ui->apiKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsDialog::updateWidgets);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionsDialog::updateWidgets);
    connect(saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(closeButton, &QPushButton::clicked, this, &ConnectionsDialog::reject);
    connect(m_ui->addConnectionButton, &QPushButton::clicked, this,
            &ConnectionsDialog::addConnection);
    connect(m_ui->removeConnectionButton, &QPushButton::clicked, this,
            &ConnectionsDialog::removeConnection);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            &ConnectionsDialog::testConnection);
    connect(m_tester, &Session::ConnectionTester::finished, this,
            [this](const Session::ConnectionTester::Result &result) {
                m_ui->testResultLabel->setText(result.sentence());
                updateWidgets();
            });

    fillList(m_controller->currentConnection().id);
    showConnection(m_controller->currentConnection().id);
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    retranslate();
}

// The texts set in code; the .ui texts come from retranslateUi().
void ConnectionsDialog::retranslate()
{
    for (int row = 0; row < m_ui->kindCombo->count(); ++row) {
        const auto profile
            = ConnectionProfile::fromSettingsKey(m_ui->kindCombo->itemData(row).toString());
        m_ui->kindCombo->setItemText(row, profile.displayName());
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save connection"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    if (!m_shown.id.isEmpty()) {
        fillList(m_shown.id); // the sandbox's name is translated
        updateWidgets();
    }
}

void ConnectionsDialog::fillList(const QString &selectId)
{
    m_loading = true;
    m_ui->connectionList->clear();
    for (const SavedConnection &connection : m_controller->connections()->connections()) {
        auto *item = new QListWidgetItem(connection.name, m_ui->connectionList);
        item->setData(Qt::UserRole, connection.id);
        if (connection.id == selectId)
            m_ui->connectionList->setCurrentItem(item);
    }
    m_loading = false;
}

void ConnectionsDialog::showConnection(const QString &id)
{
    const std::optional<SavedConnection> connection = m_controller->connections()->find(id);
    if (!connection)
        return;
    m_shown = *connection;
    m_storedKey.clear();
    m_tester->cancel();
    m_ui->testResultLabel->clear();
    m_ui->nameEdit->setText(m_shown.name);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(m_shown.profile.settingsKey()));
    m_ui->serverRootEdit->setText(m_shown.profile.customRoot.toString());
    m_ui->apiKeyEdit->clear();
    if (m_shown.needsApiKey()) {
        m_controller->readApiKey(id, this, [this, id](const Session::SecretStore::ReadResult &r) {
            if (id != m_shown.id)
                return;
            m_storedKey = r.key;
            // Never over what the user typed while the keychain was answering.
            if (m_ui->apiKeyEdit->text().isEmpty())
                m_ui->apiKeyEdit->setText(r.key);
            updateWidgets();
        });
    }
    updateWidgets();
}

SavedConnection ConnectionsDialog::edited() const
{
    SavedConnection connection = m_shown;
    connection.name = m_ui->nameEdit->text().trimmed();
    connection.profile
        = ConnectionProfile::fromSettingsKey(m_ui->kindCombo->currentData().toString());
    if (connection.profile.kind == ConnectionProfile::Kind::Custom) {
        QString ignored;
        connection.profile.customRoot
            = ConnectionProfile::normalizeServerRoot(m_ui->serverRootEdit->text(), &ignored);
    }
    return connection;
}

bool ConnectionsDialog::isDirty() const
{
    if (m_shown.id == ConnectionStore::sandboxId())
        return false;
    const SavedConnection now = edited();
    const bool rootEdited = now.profile.kind == ConnectionProfile::Kind::Custom
        && m_ui->serverRootEdit->text().trimmed() != m_shown.profile.customRoot.toString();
    return now.name != m_shown.name || now.profile.kind != m_shown.profile.kind || rootEdited
        || m_ui->apiKeyEdit->text().trimmed() != m_storedKey;
}

QString ConnectionsDialog::problem() const
{
    if (m_shown.id == ConnectionStore::sandboxId())
        return tr("The built-in sandbox needs no settings; add a connection for a Channex "
                  "account.");
    const ConnectionProfile::Kind kind
        = ConnectionProfile::fromSettingsKey(m_ui->kindCombo->currentData().toString()).kind;
    if (kind == ConnectionProfile::Kind::Custom) {
        QString error;
        if (ConnectionProfile::normalizeServerRoot(m_ui->serverRootEdit->text(), &error).isEmpty())
            return error;
    }
    return ConnectionStore::problemWith(edited());
}

void ConnectionsDialog::updateWidgets()
{
    const bool builtIn = m_shown.id == ConnectionStore::sandboxId();
    const ConnectionProfile::Kind kind
        = ConnectionProfile::fromSettingsKey(m_ui->kindCombo->currentData().toString()).kind;
    const bool custom = kind == ConnectionProfile::Kind::Custom;
    const bool needsKey = kind != ConnectionProfile::Kind::Sandbox;
    m_ui->nameEdit->setEnabled(!builtIn);
    m_ui->kindCombo->setEnabled(!builtIn);
    m_ui->serverRootLabel->setVisible(custom);
    m_ui->serverRootEdit->setVisible(custom);
    m_ui->apiKeyLabel->setVisible(needsKey);
    m_ui->apiKeyEdit->setVisible(needsKey);
    m_ui->removeConnectionButton->setEnabled(!builtIn);

    const QString why = problem();
    const bool dirty = isDirty();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(dirty && why.isEmpty());
    QString hint = builtIn ? why : (dirty ? why : QString());
    // A new connection is saved at once, without a key: say what comes next.
    if (hint.isEmpty() && needsKey && m_ui->apiKeyEdit->text().trimmed().isEmpty())
        hint = tr("Paste the API key (user-api-key) from your Channex profile, then Test "
                  "connection and Save.");
    // The key shown came from the environment: the keychain may hold another one, or none.
    if (hint.isEmpty() && needsKey && m_controller->keyIsFromEnvironment(m_shown.id)
        && m_ui->apiKeyEdit->text().trimmed() == m_storedKey)
        hint = tr("This key comes from the CHANNEX_API_KEY environment variable, for this run "
                  "only; it is not saved.");
    m_ui->hintLabel->setText(hint);
    const bool testable = !custom
        || !ConnectionProfile::normalizeServerRoot(m_ui->serverRootEdit->text(), nullptr).isEmpty();
    m_ui->testConnectionButton->setEnabled(
        testable && (!needsKey || !m_ui->apiKeyEdit->text().trimmed().isEmpty()));
}

bool ConnectionsDialog::settleChanges()
{
    if (!isDirty())
        return true;
    MessageBox::Request request;
    request.icon = QMessageBox::Question;
    request.title = tr("Unsaved Changes");
    request.text = tr("Save the changes to %1?").arg(m_shown.name);
    request.buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    request.defaultButton = QMessageBox::Save;
    const QMessageBox::StandardButton answer = MessageBox::ask(this, request);
    if (answer == QMessageBox::Save && problem().isEmpty()) {
        save();
        return true;
    }
    return answer == QMessageBox::Discard;
}

void ConnectionsDialog::save()
{
    if (!problem().isEmpty())
        return;
    const SavedConnection connection = edited();
    const QString key = m_ui->apiKeyEdit->text().trimmed();
    if (!m_controller->updateConnection(connection))
        return;
    if (connection.needsApiKey() && key != m_storedKey) {
        m_controller->setApiKey(connection.id, key, this, [this](const QString &error) {
            if (!error.isEmpty())
                m_ui->testResultLabel->setText(tr("%1 The key is used until you quit.").arg(error));
        });
    }
    m_shown = connection;
    m_storedKey = key;
    // Show what was stored: the trimmed name, the root without a pasted "/api/v1".
    m_ui->nameEdit->setText(connection.name);
    if (connection.profile.kind == ConnectionProfile::Kind::Custom)
        m_ui->serverRootEdit->setText(connection.profile.customRoot.toString());
    fillList(connection.id);
    updateWidgets();
}

void ConnectionsDialog::addConnection()
{
    if (!settleChanges())
        return;
    const std::optional<SavedConnection> added
        = m_controller->addConnection(tr("New connection"), {ConnectionProfile::Kind::Staging, {}});
    if (!added)
        return;
    fillList(added->id);
    showConnection(added->id);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ConnectionsDialog::removeConnection()
{
    if (m_shown.id == ConnectionStore::sandboxId())
        return;
    MessageBox::Request request;
    request.icon = QMessageBox::Warning;
    request.title = tr("Remove Connection");
    request.text = tr("Remove the connection %1 and its saved API key?").arg(m_shown.name);
    request.informativeText = tr("The webhooks on the server are not affected.");
    request.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    request.defaultButton = QMessageBox::Cancel;
    request.buttonTexts = {{QMessageBox::Yes, tr("Remove")}};
    if (MessageBox::ask(this, request) != QMessageBox::Yes)
        return;
    m_controller->removeConnection(m_shown.id);
    const QString next = m_controller->currentConnection().id;
    fillList(next);
    showConnection(next);
}

void ConnectionsDialog::testConnection()
{
    QString problem;
    m_ui->testResultLabel->setText(tr("Testing…"));
    if (!m_controller->testConnection(edited().profile, m_ui->apiKeyEdit->text(), m_tester,
                                      &problem))
        m_ui->testResultLabel->setText(problem);
}

void ConnectionsDialog::done(int result)
{
    // Closing never loses what was typed without asking.
    if (settleChanges())
        QDialog::done(result);
}

} // namespace Gui
