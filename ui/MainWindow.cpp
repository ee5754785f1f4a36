#include "MainWindow.h"

#include "channex/ChannexClient.h"
#include "channex/WebhookListModel.h"
#include "sandbox/SandboxServer.h"
#include "WebhookActions.h"
#include "widgets/ConnectionBar.h"
#include "widgets/WebhooksPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QToolBar>

using Channex::AccountSession;
using Channex::ConnectionProfile;

namespace Gui {

namespace {
constexpr auto GeometryKey = "mainWindow/geometry";
constexpr auto StateKey = "mainWindow/state";
constexpr auto HeaderKey = "webhooksTable/header";
} // namespace

MainWindow::MainWindow(Sandbox::SandboxServer *sandbox, const StartupConnection &startup,
                       QWidget *parent)
    : QMainWindow(parent), m_sandbox(sandbox), m_model(new Channex::WebhookListModel(this)),
      m_connectionBar(new ConnectionBar(this)), m_panel(new WebhooksPanel(m_model, this)),
      m_connectionLabel(new QLabel(this)), m_totalLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/webhook-console.svg")));
    resize(1280, 720);

    auto *connectionToolBar = addToolBar(tr("Connection"));
    connectionToolBar->setObjectName(QStringLiteral("connectionToolBar"));
    connectionToolBar->setMovable(false);
    connectionToolBar->addWidget(m_connectionBar);
    setCentralWidget(m_panel);
    m_panel->setContentsMargins(8, 4, 8, 0);

    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_connectionLabel, 1);
    m_totalLabel->setObjectName(QStringLiteral("webhookTotalLabel"));
    statusBar()->addPermanentWidget(m_totalLabel);

    m_actions = new WebhookActions(m_panel, statusBar(), this);
    createActions();
    connectionToolBar->addAction(m_refreshAction);
    auto *webhookToolBar = addToolBar(tr("Webhooks"));
    webhookToolBar->setObjectName(QStringLiteral("webhookToolBar"));
    webhookToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : {m_actions->newAction(), m_actions->editAction(),
                            m_actions->testAction(), m_actions->deleteAction()}) {
        webhookToolBar->addAction(action);
        QWidget *button = webhookToolBar->widgetForAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')).remove(u'…'));
    }
    QWidget *refreshButton = connectionToolBar->widgetForAction(m_refreshAction);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setAccessibleName(tr("Refresh"));

    connect(m_connectionBar, &ConnectionBar::connectRequested, this, &MainWindow::connectTo);
    connect(m_panel, &WebhooksPanel::retryRequested, this, &MainWindow::refresh);
    connect(m_panel, &WebhooksPanel::visibleCountChanged, this, &MainWindow::updateStatus);

    restoreSettings();
    m_connectionBar->setProfile(startup.profile);
    m_connectionBar->setApiKey(startup.apiKey);
    connectTo(startup.profile, startup.apiKey);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);

    auto *webhookMenu = menuBar()->addMenu(tr("&Webhook"));
    webhookMenu->addAction(m_actions->newAction());
    webhookMenu->addAction(m_actions->editAction());
    webhookMenu->addAction(m_actions->duplicateAction());
    webhookMenu->addAction(m_actions->testAction());
    webhookMenu->addSeparator();
    webhookMenu->addAction(m_actions->enableAction());
    webhookMenu->addAction(m_actions->disableAction());
    webhookMenu->addSeparator();
    webhookMenu->addAction(m_actions->deleteAction());

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    m_refreshAction = viewMenu->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")),
                                          tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    // F5 everywhere (the promise), plus the platform's own refresh key where it differs.
    QList<QKeySequence> refreshKeys {QKeySequence(Qt::Key_F5)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
        if (!refreshKeys.contains(key))
            refreshKeys << key;
    }
    m_refreshAction->setShortcuts(refreshKeys);
    m_refreshAction->setToolTip(
        tr("Load the webhooks again (%1)")
            .arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)));

    auto *findAction = viewMenu->addAction(tr("&Find…"), m_panel, &WebhooksPanel::focusFilter);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *aboutAction = helpMenu->addAction(tr("&About Webhook Console"), this, [this] {
        QMessageBox::about(this, tr("About Webhook Console"),
                           tr("<h3>Webhook Console %1</h3><p>Manage the webhooks of a Channex "
                              "account and watch their deliveries.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::connectTo(const ConnectionProfile &profile, const QString &apiKey)
{
    m_profile = profile;
    // Delete now, not later: answers already queued for the old session must not reach the
    // window (its client aborts every call without running callbacks when destroyed).
    if (m_session) {
        m_session->disconnect(this);
        delete m_session;
    }
    m_model->setCollection(nullptr);
    m_actions->setSession(nullptr);
    setWindowTitle(tr("%1 — Webhook Console").arg(profile.displayName()));

    QUrl root = profile.serverRoot();
    QString key = apiKey;
    if (profile.kind == ConnectionProfile::Kind::Sandbox) {
        if (!m_sandbox->isRunning() && !m_sandbox->start()) {
            m_panel->showNotice(tr("The sandbox could not start"),
                                tr("%1 Try again with Refresh (F5), or connect to a Channex "
                                   "server instead.")
                                    .arg(m_sandbox->errorString()));
            updateConnectionLabel();
            updateStatus();
            return;
        }
        root = m_sandbox->rootUrl();
        key = m_sandbox->apiKey();
    }
    if (key.isEmpty()) {
        m_panel->showNotice(tr("API key needed"),
                            tr("Enter the API key of your %1 account above and press Connect, or "
                               "start the console with the key in the CHANNEX_API_KEY "
                               "environment variable.")
                                .arg(profile.displayName()));
        updateConnectionLabel();
        updateStatus();
        return;
    }

    m_session = new AccountSession(root, key, this);
    m_model->setCollection(m_session->collection());
    m_actions->setSession(m_session);
    connect(m_session, &AccountSession::stateChanged, this, &MainWindow::onSessionStateChanged);
    refresh();
}

void MainWindow::refresh()
{
    if (m_session)
        m_session->refresh();
    else
        connectTo(m_connectionBar->profile(), m_connectionBar->apiKey());
}

void MainWindow::onSessionStateChanged(AccountSession::State state)
{
    if (sender() != m_session)
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
        return m_profile.displayName();
    const QString root = m_session->client()->serverRoot().toString();
    return m_profile.kind == ConnectionProfile::Kind::Sandbox
        ? tr("the built-in sandbox (%1)").arg(root)
        : root;
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
            QString text = tr("Connected to %1 · updated %2")
                               .arg(serverText(),
                                    QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
            // Without names the Scope column shows property IDs; say why.
            const std::optional<Channex::ApiError> &namesError = m_session->propertyNamesError();
            if (namesError)
                text += tr(" · property names unavailable: %1").arg(namesError->summary());
            m_connectionLabel->setText(text);
            m_connectionLabel->setToolTip(namesError ? namesError->message() : QString());
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

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1StringView(GeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1StringView(StateKey)).toByteArray());
    m_panel->restoreHeaderState(settings.value(QLatin1StringView(HeaderKey)).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1StringView(GeometryKey), saveGeometry());
    settings.setValue(QLatin1StringView(StateKey), saveState());
    settings.setValue(QLatin1StringView(HeaderKey), m_panel->saveHeaderState());
    settings.setValue(QStringLiteral("connection/profile"), m_profile.settingsKey());
    if (m_profile.kind == ConnectionProfile::Kind::Custom)
        settings.setValue(QStringLiteral("connection/customRoot"), m_profile.customRoot);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace Gui
