#include "widgets/ConnectionBar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Channex::ConnectionProfile;

namespace Gui {

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent), m_profileCombo(new QComboBox(this)), m_customUrlEdit(new QLineEdit(this)),
      m_keyLabel(new QLabel(tr("API &key:"), this)), m_apiKeyEdit(new QLineEdit(this)),
      m_connectButton(new QPushButton(tr("Co&nnect"), this))
{
    setObjectName(QStringLiteral("connectionBar"));

    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_profileCombo);
    m_profileCombo->setObjectName(QStringLiteral("connectionProfileCombo"));
    m_profileCombo->setAccessibleName(tr("Server"));
    for (ConnectionProfile::Kind kind : ConnectionProfile::allKinds()) {
        ConnectionProfile profile;
        profile.kind = kind;
        m_profileCombo->addItem(profile.displayName(), profile.settingsKey());
    }

    m_customUrlEdit->setObjectName(QStringLiteral("customUrlEdit"));
    m_customUrlEdit->setAccessibleName(tr("Custom server URL"));
    m_customUrlEdit->setPlaceholderText(tr("https://channex.example.com"));
    m_customUrlEdit->setClearButtonEnabled(true);
    m_customUrlEdit->setMinimumWidth(220);

    m_keyLabel->setBuddy(m_apiKeyEdit);
    m_apiKeyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKeyEdit->setAccessibleName(tr("API key"));
    m_apiKeyEdit->setPlaceholderText(tr("user-api-key from your Channex profile"));
    m_apiKeyEdit->setEchoMode(QLineEdit::Password);
    m_apiKeyEdit->setMinimumWidth(220);
    auto *revealAction = m_apiKeyEdit->addAction(QIcon(QStringLiteral(":/icons/eye.svg")),
                                                 QLineEdit::TrailingPosition);
    revealAction->setObjectName(QStringLiteral("revealApiKeyAction"));
    revealAction->setCheckable(true);
    revealAction->setToolTip(tr("Show the API key"));
    // QLineEdit makes a tool button for the action; name it for tests and screen readers.
    for (QToolButton *button : m_apiKeyEdit->findChildren<QToolButton *>()) {
        if (button->defaultAction() == revealAction) {
            button->setObjectName(QStringLiteral("revealApiKeyButton"));
            button->setAccessibleName(tr("Show API key"));
        }
    }
    connect(revealAction, &QAction::toggled, this, [this, revealAction](bool shown) {
        m_apiKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        if (QWidget *button = m_apiKeyEdit->findChild<QWidget *>(u"revealApiKeyButton"_s))
            button->setAccessibleName(shown ? tr("Hide API key") : tr("Show API key"));
        revealAction->setToolTip(shown ? tr("Hide the API key") : tr("Show the API key"));
    });

    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleName(tr("Connect"));
    m_connectButton->setDefault(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(serverLabel);
    layout->addWidget(m_profileCombo);
    layout->addWidget(m_customUrlEdit, 2);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_apiKeyEdit, 1);
    layout->addWidget(m_connectButton);

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &ConnectionBar::updateWidgets);
    connect(m_customUrlEdit, &QLineEdit::textChanged, this, &ConnectionBar::updateWidgets);
    connect(m_apiKeyEdit, &QLineEdit::textChanged, this, &ConnectionBar::updateWidgets);
    connect(m_customUrlEdit, &QLineEdit::returnPressed, this, &ConnectionBar::requestConnect);
    connect(m_apiKeyEdit, &QLineEdit::returnPressed, this, &ConnectionBar::requestConnect);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionBar::requestConnect);
    updateWidgets();
}

void ConnectionBar::setProfile(const ConnectionProfile &profile)
{
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(profile.settingsKey()));
    if (profile.kind == ConnectionProfile::Kind::Custom)
        m_customUrlEdit->setText(profile.customRoot.toString());
    updateWidgets();
}

ConnectionProfile ConnectionBar::profile() const
{
    QString ignored;
    return ConnectionProfile::fromSettingsKey(
        m_profileCombo->currentData().toString(),
        ConnectionProfile::normalizeServerRoot(m_customUrlEdit->text(), &ignored));
}

void ConnectionBar::setApiKey(const QString &key)
{
    m_apiKeyEdit->setText(key);
}

QString ConnectionBar::apiKey() const
{
    return m_apiKeyEdit->text().trimmed();
}

QString ConnectionBar::problem() const
{
    const ConnectionProfile current = profile();
    if (current.kind == ConnectionProfile::Kind::Sandbox)
        return {};
    if (current.kind == ConnectionProfile::Kind::Custom) {
        QString error;
        if (ConnectionProfile::normalizeServerRoot(m_customUrlEdit->text(), &error).isEmpty())
            return error.isEmpty() ? tr("Enter the server's address.") : error;
    }
    if (apiKey().isEmpty())
        return tr("Enter the API key of your %1 account.").arg(current.displayName());
    return {};
}

void ConnectionBar::updateWidgets()
{
    const bool sandbox = profile().kind == ConnectionProfile::Kind::Sandbox;
    m_customUrlEdit->setVisible(profile().kind == ConnectionProfile::Kind::Custom);
    m_keyLabel->setEnabled(!sandbox);
    m_apiKeyEdit->setEnabled(!sandbox);
    if (sandbox)
        m_apiKeyEdit->setPlaceholderText(tr("not needed for the built-in sandbox"));
    else
        m_apiKeyEdit->setPlaceholderText(tr("user-api-key from your Channex profile"));
    const QString why = problem();
    m_connectButton->setEnabled(why.isEmpty());
    m_connectButton->setToolTip(why.isEmpty() ? tr("Connect and load the webhooks") : why);
}

void ConnectionBar::requestConnect()
{
    if (problem().isEmpty())
        emit connectRequested(profile(), apiKey());
}

} // namespace Gui
