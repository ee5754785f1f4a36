// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connections/ConnectionBar.h"

#include "app/session/ConnectionStore.h"
#include "app/session/ConsoleController.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RevealToggle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

using Session::ConsoleController;

namespace Gui {

ConnectionBar::ConnectionBar(ConsoleController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_connectionCombo(new QComboBox(this)),
      m_manageButton(new QPushButton(this)), m_connectionLabel(new QLabel(this)),
      m_keyLabel(new QLabel(this)), m_apiKeyEdit(new QLineEdit(this)),
      m_saveKeyButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionBar"));

    m_connectionLabel->setBuddy(m_connectionCombo);
    m_connectionCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_connectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_manageButton->setObjectName(QStringLiteral("manageConnectionsButton"));

    m_keyLabel->setBuddy(m_apiKeyEdit);
    m_apiKeyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKeyEdit->setEchoMode(QLineEdit::Password);
    m_apiKeyEdit->setMinimumWidth(260);
    addRevealToggle(m_apiKeyEdit);
    m_saveKeyButton->setObjectName(QStringLiteral("saveApiKeyButton"));
    m_saveKeyButton->setDefault(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_connectionLabel);
    layout->addWidget(m_connectionCombo);
    layout->addWidget(m_manageButton);
    layout->addSpacing(12);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_apiKeyEdit, 1);
    layout->addWidget(m_saveKeyButton);
    layout->addStretch();

    connect(m_connectionCombo, &QComboBox::activated, this, [this](int index) {
        m_controller->switchTo(m_connectionCombo->itemData(index).toString());
    });
    connect(m_manageButton, &QPushButton::clicked, this, &ConnectionBar::manageRequested);
    connect(m_apiKeyEdit, &QLineEdit::textChanged, this, &ConnectionBar::updateWidgets);
    connect(m_apiKeyEdit, &QLineEdit::returnPressed, this, &ConnectionBar::saveApiKey);
    connect(m_saveKeyButton, &QPushButton::clicked, this, &ConnectionBar::saveApiKey);
    connect(m_controller, &ConsoleController::connectionsChanged, this,
            &ConnectionBar::fillConnections);
    connect(m_controller, &ConsoleController::currentConnectionChanged, this, [this] {
        m_apiKeyEdit->clear(); // a key typed for one connection is never offered to another
        selectCurrent();
        updateWidgets();
    });
    connect(m_controller, &ConsoleController::noticeChanged, this, &ConnectionBar::updateWidgets);
    retranslate();
}

void ConnectionBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ConnectionBar::retranslate()
{
    m_connectionLabel->setText(tr("&Connection:"));
    m_connectionCombo->setAccessibleName(tr("Connection"));
    m_connectionCombo->setToolTip(tr("The connection in use; picking another switches to it"));
    m_manageButton->setText(tr("&Manage connections…"));
    m_manageButton->setAccessibleName(tr("Manage connections"));
    m_keyLabel->setText(tr("API &key:"));
    m_apiKeyEdit->setAccessibleName(tr("API key"));
    m_apiKeyEdit->setPlaceholderText(tr("user-api-key from your Channex profile"));
    m_saveKeyButton->setText(tr("&Save key"));
    m_saveKeyButton->setAccessibleName(tr("Save API key"));
    fillConnections(); // the sandbox's name is translated
    updateWidgets();
}

void ConnectionBar::fillConnections()
{
    const QSignalBlocker blocker(m_connectionCombo);
    m_connectionCombo->clear();
    for (const Session::SavedConnection &connection : m_controller->connections()->connections())
        m_connectionCombo->addItem(connection.name, connection.id);
    selectCurrent();
}

void ConnectionBar::selectCurrent()
{
    const QSignalBlocker blocker(m_connectionCombo);
    m_connectionCombo->setCurrentIndex(
        m_connectionCombo->findData(m_controller->currentConnection().id));
}

void ConnectionBar::updateWidgets()
{
    const bool prompt = m_controller->needsApiKey();
    m_keyLabel->setVisible(prompt);
    m_apiKeyEdit->setVisible(prompt);
    m_saveKeyButton->setVisible(prompt);
    const bool typed = !m_apiKeyEdit->text().trimmed().isEmpty();
    m_saveKeyButton->setEnabled(typed && !m_saving);
    m_saveKeyButton->setToolTip(
        typed ? tr("Save the key in the keychain and connect")
              : tr("Enter the API key of %1 first.").arg(m_controller->currentConnection().name));
}

void ConnectionBar::saveApiKey()
{
    if (m_apiKeyEdit->text().trimmed().isEmpty() || m_saving)
        return;
    m_saving = true;
    updateWidgets();
    const QString name = m_controller->currentConnection().name;
    m_controller->setApiKey(
        m_controller->currentConnection().id, m_apiKeyEdit->text(), this,
        [this, name](const QString &error) {
            m_saving = false;
            m_apiKeyEdit->clear();
            updateWidgets();
            // The key is in use for this run either way; say where it is not.
            if (!error.isEmpty())
                MessageBox::warning(
                    this, tr("API key not saved"),
                    tr("%1 The key of %2 is used until you quit.").arg(error, name));
        });
}

} // namespace Gui
