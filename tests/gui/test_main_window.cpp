// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on the real sandbox (loopback HTTP), driven through its widgets by
// objectName, the way a person uses it.
#include "app/i18n/Translations.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ConnectionStore.h"
#include "app/session/ConsoleController.h"
#include "app/session/MemorySecretStore.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/MessageBox.h"
#include "ui/connections/ConnectionsDialog.h"
#include "ui/webhooks/WebhookListModel.h"
#include "ui/webhooks/WebhooksPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Channex::ConnectionProfile;
using Gui::WebhookListModel;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    Session::MemorySecretStore *m_secrets = nullptr; // owned by m_controller
    std::unique_ptr<Session::ConsoleController> m_controller;
    std::unique_ptr<Gui::MainWindow> m_window;

    Sandbox::SandboxServer *sandbox() const { return m_controller->sandbox(); }
    QComboBox *connectionCombo() const
    {
        return m_window->findChild<QComboBox *>(u"connectionCombo"_s);
    }

    // A new controller and window, as on a fresh start; `configure` runs before start().
    void startConsole(const std::function<void(Session::ConsoleController *)> &configure = {})
    {
        m_window.reset();
        m_controller.reset();
        m_secrets = new Session::MemorySecretStore(Session::SecretStore::Persistence::Keychain);
        m_controller = std::make_unique<Session::ConsoleController>(m_secrets);
        if (configure)
            configure(m_controller.get());
        m_window = std::make_unique<Gui::MainWindow>(m_controller.get());
        m_controller->start({});
        m_window->show();
    }

    // Picks a connection in the combo, as a user does.
    void pick(const QString &name)
    {
        QVERIFY2(GuiTest::pickConnection(m_window.get(), name), qPrintable(name));
    }

    // A server root where nothing listens.
    static QUrl closedPort()
    {
        QTcpServer probe;
        [[maybe_unused]] const bool listening = probe.listen(QHostAddress::LocalHost);
        return QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    }

    QTableView *table() const { return m_window->findChild<QTableView *>(u"webhooksTable"_s); }
    QLineEdit *filterEdit() const
    {
        return m_window->findChild<QLineEdit *>(u"webhookFilterEdit"_s);
    }
    QWidget *overlay() const { return table()->findChild<QWidget *>(u"viewStateOverlay"_s); }
    QString overlayTitle() const
    {
        auto *label = table()->findChild<QLabel *>(u"viewStateTitle"_s);
        return overlay()->isVisible() ? label->text() : QString();
    }
    QString totalText() const
    {
        return m_window->findChild<QLabel *>(u"webhookTotalLabel"_s)->text();
    }
    QStringList column(int column) const
    {
        QStringList values;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            values << table()->model()->index(row, column).data().toString();
        return values;
    }

private slots:
    void initTestCase() { I18n::installTranslations(qApp, QLocale(QLocale::English)); }

    void init()
    {
        // Every test starts from a first launch: no saved layout or profile.
        QSettings().clear();
        startConsole();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        Gui::MessageBox::setAutoAnswer(QMessageBox::NoButton);
    }

    void opensOnTheSandboxWithTheDemoWebhooks()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        QCOMPARE(overlayTitle(), QString());
        QCOMPARE(totalText(), u"12 webhooks"_s);
        QVERIFY(m_window->windowTitle().contains(u"Sandbox"_s));

        // Scope shows property names and "Global", never a bare UUID.
        const QStringList scopes = column(WebhookListModel::ScopeColumn);
        QCOMPARE(scopes.count(u"Global (all properties)"_s), 3);
        QVERIFY(scopes.contains(u"Harbour View Hotel"_s));
        QVERIFY(scopes.contains(u"Pousada Praia Azul"_s));
        const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-"_s);
        for (const QString &scope : scopes)
            QVERIFY2(!uuid.match(scope).hasMatch(), qPrintable(scope));

        const QStringList urls = column(WebhookListModel::CallbackUrlColumn);
        QVERIFY(urls.contains(u"https://pms.example-hotel.com/channex/webhooks"_s));
        QCOMPARE(column(WebhookListModel::ActiveColumn).count(u"Inactive"_s), 3);

        // The sandbox says, once, that its changes last until the console quits.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"when the console quits"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void filterNarrowsTheTableAndSaysSo()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);

        // Ctrl+F puts the cursor in the filter.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_VERIFY(filterEdit()->hasFocus());
        QVERIFY(filterEdit()->placeholderText().contains(u"property"_s));

        QTest::keyClicks(filterEdit(), u"harbour"_s);
        QCOMPARE(table()->model()->rowCount(), 2);
        for (const QString &scope : column(WebhookListModel::ScopeColumn))
            QCOMPARE(scope, u"Harbour View Hotel"_s);
        QCOMPARE(totalText(), u"2 of 12 webhooks shown"_s);

        filterEdit()->clear();
        QTest::keyClicks(filterEdit(), u"no-such-webhook-anywhere"_s);
        QCOMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(overlayTitle(), u"No webhook matches the filter"_s);

        filterEdit()->clear();
        QCOMPARE(table()->model()->rowCount(), 12);
        QCOMPARE(overlayTitle(), QString());

        auto *scope = m_window->findChild<QComboBox *>(u"scopeFilterCombo"_s);
        scope->setCurrentIndex(scope->findText(u"Global only"_s));
        QCOMPARE(table()->model()->rowCount(), 3);
    }

    void f5ReloadsTheTable()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const int before = sandbox()->apiRequestCount();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        // The list and the property names are asked for again.
        QTRY_COMPARE_WITH_TIMEOUT(sandbox()->apiRequestCount(), before + 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Loaded, 10000);
        QCOMPARE(table()->model()->rowCount(), 12);
    }

    void failedRefreshKeepsTheRowsUnderTheError()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        table()->selectRow(3);
        const QString selectedId = m_window->webhooksPanel()->currentWebhookId();
        QVERIFY(!selectedId.isEmpty());

        // A refused key is not retried: the error appears at once, above the rows. (Two faults:
        // the webhook list and the property names are asked for in parallel.)
        sandbox()->faults().failNext(2, 401);
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Failed, 10000);
        QCOMPARE(table()->model()->rowCount(), 12);
        QCOMPARE(m_window->webhooksPanel()->currentWebhookId(), selectedId);
        auto *banner = m_window->findChild<Gui::MessageBanner *>(u"refreshErrorBanner"_s);
        QVERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains(u"API key refused"_s), qPrintable(text));
        QVERIFY2(text.contains(u"last successful refresh"_s), qPrintable(text));

        auto *retry = m_window->findChild<QPushButton *>(u"refreshRetryButton"_s);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Loaded, 10000);
        QVERIFY(!banner->isVisible());
        QCOMPARE(m_window->webhooksPanel()->currentWebhookId(), selectedId);
    }

    void statusSaysWhenTheServerStopsAnswering()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        auto *status = m_window->findChild<QLabel *>(u"connectionStatusLabel"_s);
        QTRY_VERIFY(status->text().startsWith(u"Connected to"_s));
        // A write after the list loaded gets no answer (every attempt's connection closed):
        // "Connected" would be untrue now.
        sandbox()->faults().closeNext(20);
        Gui::MessageBox::setNextAnswer(QMessageBox::Ok); // the bulk summary names the failure
        table()->selectRow(0);
        m_window->findChild<QAction *>(u"disableWebhooksAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Cannot reach"_s), 20000);
        QVERIFY2(!status->toolTip().isEmpty(), "the tooltip says what happened");
        // The next call that gets an answer says so again.
        sandbox()->faults().reset();
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Connected to"_s), 10000);
    }

    void errorWithNothingToShowIsDrawnInTheTable()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        // Reconnect so that nothing is shown yet, with more malformed answers than the client
        // retries: the error must reach the window, inside the empty table.
        sandbox()->faults().malformNext(20);
        m_controller->switchTo(Session::ConnectionStore::sandboxId());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Failed, 20000);
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(overlayTitle() != u"No webhooks yet"_s);
        const QString text = table()->findChild<QLabel *>(u"viewStateText"_s)->text();
        QVERIFY2(text.contains(u"JSON"_s), qPrintable(text));
        sandbox()->faults().reset();

        auto *retry = table()->findChild<QPushButton *>(u"viewStateAction"_s);
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        QCOMPARE(overlayTitle(), QString());
    }

    void refreshKeepsRowsReadableWithABusyIndicator()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        table()->selectRow(5);
        const QString selectedId = m_window->webhooksPanel()->currentWebhookId();
        sandbox()->faults().setLatency(std::chrono::milliseconds(400));
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        // No overlay over the rows: a small busy bar instead.
        QCOMPARE(overlayTitle(), QString());
        QVERIFY(m_window->findChild<QWidget *>(u"refreshBusyIndicator"_s)->isVisible());
        QCOMPARE(table()->model()->rowCount(), 12);
        // Refresh is not offered twice at once.
        QVERIFY(!m_window->findChild<QAction *>(u"refreshAction"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->findChild<QWidget *>(u"refreshBusyIndicator"_s)->isVisible(), 10000);
        QCOMPARE(table()->model()->rowCount(), 12);
        QCOMPARE(m_window->webhooksPanel()->currentWebhookId(), selectedId);
        QVERIFY(m_window->findChild<QAction *>(u"refreshAction"_s)->isEnabled());
        sandbox()->faults().reset();
    }

    void anEmptyAccountSaysSo()
    {
        startConsole([](Session::ConsoleController *controller) {
            controller->sandbox()->setDemoDataEnabled(false);
        });
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Loaded, 10000);
        QCOMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(overlayTitle(), u"No webhooks yet"_s);
        QCOMPARE(totalText(), u"0 webhooks"_s);
    }

    void columnLayoutIsRestoredOnTheNextStart()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        QHeaderView *header = table()->horizontalHeader();
        header->moveSection(header->visualIndex(WebhookListModel::ScopeColumn), 0);
        header->resizeSection(WebhookListModel::CallbackUrlColumn, 444);
        table()->sortByColumn(WebhookListModel::CallbackUrlColumn, Qt::DescendingOrder);
        m_window->close();

        startConsole();
        header = table()->horizontalHeader();
        QCOMPARE(header->visualIndex(WebhookListModel::ScopeColumn), 0);
        QCOMPARE(header->sectionSize(WebhookListModel::CallbackUrlColumn), 444);
        QCOMPARE(header->sortIndicatorSection(), int(WebhookListModel::CallbackUrlColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    // Saved on a screen that is gone (a second monitor unplugged, a larger one): the next start
    // opens on the screen there is, whole.
    void reopensOnTheScreenThereIs()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        const QRect screen = m_window->screen()->availableGeometry();
        m_window->setGeometry(screen.right() + 2000, screen.bottom() + 1500, 760, 540);
        QVERIFY(!screen.intersects(m_window->geometry())); // really gone from it
        m_window->close(); // saves the geometry

        startConsole();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(screen.contains(m_window->geometry()),
                 qPrintable(u"%1,%2 %3×%4 on %5×%6"_s.arg(m_window->x())
                                .arg(m_window->y())
                                .arg(m_window->width())
                                .arg(m_window->height())
                                .arg(screen.width())
                                .arg(screen.height())));
    }

    void realServerWithoutKeyAsksForOneAndTheKeyOpensIt()
    {
        // A "custom server" that is really a second sandbox, so the key can be checked.
        Sandbox::SandboxServer server;
        QVERIFY(server.start());
        m_controller->addConnection(u"Local server"_s,
                                    {ConnectionProfile::Kind::Custom, server.rootUrl()});
        auto *key = m_window->findChild<QLineEdit *>(u"apiKeyEdit"_s);
        QVERIFY(!key->isVisible()); // the sandbox needs no key
        pick(u"Local server"_s);
        QTRY_COMPARE(overlayTitle(), u"API key needed"_s);
        QVERIFY(table()
                    ->findChild<QLabel *>(u"viewStateText"_s)
                    ->text()
                    .contains(u"CHANNEX_API_KEY"_s));
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(key->isVisible());
        auto *save = m_window->findChild<QPushButton *>(u"saveApiKeyButton"_s);
        QVERIFY(!save->isEnabled());

        QTest::keyClicks(key, Sandbox::SandboxServer::demoApiKey());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        QVERIFY(!key->isVisible());
        const QString id = m_controller->currentConnection().id;
        QCOMPARE(m_secrets->key(id), Sandbox::SandboxServer::demoApiKey());
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(Sandbox::SandboxServer::demoApiKey().toUtf8()));
    }

    void pickingAConnectionSwitchesAtOnce()
    {
        // The reported bug: picking Staging without Connect left the sandbox's rows, title and
        // status on screen while F5 reloaded the sandbox.
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        m_controller->addConnection(u"Acme staging"_s, {ConnectionProfile::Kind::Staging, {}});
        pick(u"Acme staging"_s);
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(m_window->windowTitle().startsWith(u"Acme staging"_s));
        QTRY_COMPARE(overlayTitle(), u"API key needed"_s);
        QVERIFY(!m_window->findChild<QLabel *>(u"connectionStatusLabel"_s)
                     ->text()
                     .contains(u"sandbox"_s));

        const int before = sandbox()->apiRequestCount();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE(overlayTitle(), u"API key needed"_s);
        QCOMPARE(sandbox()->apiRequestCount(), before); // F5 stayed on the connection shown

        pick(u"Sandbox (built-in demo)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        QVERIFY(m_window->windowTitle().contains(u"Sandbox"_s));
    }

    void theLastConnectionUsedOpensOnTheNextStart()
    {
        const QUrl root = closedPort();
        m_controller->addConnection(u"Elsewhere"_s, {ConnectionProfile::Kind::Custom, root});
        pick(u"Elsewhere"_s);
        m_window->close();
        startConsole();
        QCOMPARE(connectionCombo()->currentText(), u"Elsewhere"_s);
        QCOMPARE(m_controller->currentConnection().profile.customRoot, root);
    }

    void unreachableServerSaysSoInTheTable()
    {
        const auto custom = m_controller->addConnection(
            u"Nowhere"_s, {ConnectionProfile::Kind::Custom, closedPort()});
        m_secrets->setKey(custom->id, u"key"_s);
        pick(u"Nowhere"_s);
        QTRY_VERIFY(m_window->session());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Failed, 10000);
        QCOMPARE(overlayTitle(), u"Connection refused"_s);
        // The whole sentence is on screen, not just its first line.
        auto *text = table()->findChild<QLabel *>(u"viewStateText"_s);
        QVERIFY(text->text().contains(u"nothing is listening"_s));
        QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
        QVERIFY(text->width() < table()->viewport()->width());
        QVERIFY(m_window->findChild<QLabel *>(u"connectionStatusLabel"_s)
                    ->text()
                    .contains(u"Could not load"_s));
        QVERIFY(m_window->windowTitle().contains(u"Nowhere"_s));
    }

    void noKeychainIsSaidInTheWindow()
    {
        auto *label = m_window->findChild<QLabel *>(u"keychainNoticeLabel"_s);
        QVERIFY(!label->isVisible());
        m_window->statusBar()->showMessage(u"a status message"_s);
        m_secrets->reportPersistence(Session::SecretStore::Persistence::ThisRunOnly);
        // Not drawn under a status message; there once it is gone.
        QVERIFY(!label->isVisible());
        m_window->statusBar()->clearMessage();
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(u"until you quit"_s));
        QVERIFY(label->toolTip().contains(u"no keychain"_s)); // the whole sentence
    }

    // While a shared history opens, the status bar says so, also under a passing message.
    void anOpeningSharedHistoryIsSaidUntilItIsOpen()
    {
        m_window->showStoreOpening(u"postgresql://wc@db.example.com/team"_s);
        auto *label = m_window->findChild<QLabel *>(u"storeOpeningLabel"_s);
        QVERIFY(label);
        m_window->statusBar()->showMessage(u"a status message"_s);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"postgresql://wc@db.example.com/team"_s),
                 qPrintable(label->text()));
        m_window->storeOpeningEnded();
        QVERIFY(!label->isVisible());
    }

    // The status bar has one line. In an 800-pixel window, in English and in German (the
    // longest), the sandbox's notice and the keychain's are whole; the connection's line gives
    // way: it ends in "…", and hovering shows all of it.
    void statusBarTextsFitAnEightHundredPixelWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }

    void statusBarTextsFitAnEightHundredPixelWindow()
    {
        QFETCH(QString, language);
        const auto english
            = qScopeGuard([] { I18n::installTranslations(qApp, QLocale(QLocale::English)); });
        QVERIFY(I18n::installTranslations(qApp, QLocale(language)));
        startConsole();
        m_window->resize(800, 560);
        QStatusBar *bar = m_window->statusBar();
        auto *total = m_window->findChild<QLabel *>(u"webhookTotalLabel"_s);
        QTRY_VERIFY(!bar->currentMessage().isEmpty()); // the sandbox forgets changes at quit
        QTRY_VERIFY(total->isVisible() && !total->text().isEmpty());
        const int room = bar->width() - total->width()
            - 3 * bar->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) - 16;
        QVERIFY2(bar->fontMetrics().horizontalAdvance(bar->currentMessage()) <= room,
                 qPrintable(bar->currentMessage()));

        bar->clearMessage();
        m_secrets->reportPersistence(Session::SecretStore::Persistence::ThisRunOnly);
        auto *keychain = m_window->findChild<QLabel *>(u"keychainNoticeLabel"_s);
        QTRY_VERIFY(keychain->isVisible());
        QVERIFY2(keychain->width() >= keychain->sizeHint().width(), qPrintable(keychain->text()));
        auto *connection = m_window->findChild<QLabel *>(u"connectionStatusLabel"_s);
        QVERIFY(connection->isVisible());
        QVERIFY(connection->width() >= connection->fontMetrics().horizontalAdvance(u"M"_s) * 8);
        if (connection->width() < connection->sizeHint().width()) {
            QHelpEvent hover(QEvent::ToolTip, QPoint(5, 5), connection->mapToGlobal(QPoint(5, 5)));
            QApplication::sendEvent(connection, &hover);
            QTRY_VERIFY(QToolTip::isVisible());
            QVERIFY2(QToolTip::text().startsWith(connection->text()), qPrintable(QToolTip::text()));
            QToolTip::hideText();
        }
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool interactive = qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QTableView *>(widget);
            // Qt's own sub-widgets (named qt_*, or inside a combo box) are Qt's business.
            if (!interactive || widget->objectName().startsWith(u"qt_"_s)
                || qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            if (!widget->isVisibleTo(m_window.get()))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u" in "_s
                                + widget->parentWidget()->objectName()));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    // Opened through the window, as a person does: Manage connections… in the connection bar.
    Gui::ConnectionsDialog *openConnectionsDialog()
    {
        QTest::mouseClick(m_window->findChild<QPushButton *>(u"manageConnectionsButton"_s),
                          Qt::LeftButton);
        Gui::ConnectionsDialog *dialog = m_window->findChild<Gui::ConnectionsDialog *>();
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    void manageConnectionsAddsTestsSavesAndRemoves()
    {
        Gui::ConnectionsDialog *opened = openConnectionsDialog();
        QVERIFY(opened);
        Gui::ConnectionsDialog &dialog = *opened;
        auto *save = dialog.findChild<QPushButton *>(u"saveConnectionButton"_s);
        QVERIFY(!save->isEnabled()); // the built-in sandbox has nothing to save

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addConnectionButton"_s),
                          Qt::LeftButton);
        auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
        name->clear();
        QTest::keyClicks(name, u"Local"_s);
        auto *kind = dialog.findChild<QComboBox *>(u"kindCombo"_s);
        kind->setCurrentIndex(kind->findData(u"custom"_s));
        auto *root = dialog.findChild<QLineEdit *>(u"serverRootEdit"_s);
        QVERIFY(root->isVisible());
        QTest::keyClicks(root, u"ftp://nope"_s);
        QVERIFY(!save->isEnabled());
        auto *hint = dialog.findChild<QLabel *>(u"hintLabel"_s);
        QVERIFY2(hint->text().contains(u"http"_s), qPrintable(hint->text()));

        root->clear();
        QTest::keyClicks(root, sandbox()->rootUrl().toString() + u"/api/v1"_s);
        auto *key = dialog.findChild<QLineEdit *>(u"apiKeyEdit"_s);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QTest::keyClicks(key, u"wrong-key"_s);
        auto *test = dialog.findChild<QPushButton *>(u"testConnectionButton"_s);
        auto *result = dialog.findChild<QLabel *>(u"testResultLabel"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(result->text().contains(u"refused this API key"_s));
        // Said where the key is: not "open Manage connections" from inside it.
        QVERIFY2(!result->text().contains(u"Manage connections"_s), qPrintable(result->text()));

        key->clear();
        QTest::keyClicks(key, Sandbox::SandboxServer::demoApiKey());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2(result->text().contains(u"The connection works"_s),
                     qPrintable(result->text()));

        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        const auto saved = m_controller->connections()->findByServerRoot(sandbox()->rootUrl());
        QVERIFY(saved); // "/api/v1" was taken off
        QCOMPARE(saved->name, u"Local"_s);
        QTRY_COMPARE(m_secrets->key(saved->id), Sandbox::SandboxServer::demoApiKey());
        QVERIFY(connectionCombo()->findText(u"Local"_s) >= 0); // the bar follows at once
        QVERIFY(!save->isEnabled());

        Gui::MessageBox::clearAsked();
        Gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeConnectionButton"_s),
                          Qt::LeftButton);
        QCOMPARE(Gui::MessageBox::asked().size(), 1);
        QVERIFY(Gui::MessageBox::asked().constFirst().text.contains(u"Local"_s));
        QVERIFY(!m_controller->connections()->find(saved->id));
        QTRY_VERIFY(!m_secrets->contains(saved->id));
        QCOMPARE(connectionCombo()->findText(u"Local"_s), -1);
    }

    void aKeyFromTheEnvironmentIsSaidToBeOne()
    {
        Sandbox::SandboxServer server;
        QVERIFY(server.start());
        m_window.reset();
        m_controller.reset();
        m_secrets = new Session::MemorySecretStore(Session::SecretStore::Persistence::Keychain);
        m_controller = std::make_unique<Session::ConsoleController>(m_secrets);
        m_window = std::make_unique<Gui::MainWindow>(m_controller.get());
        // As `CHANNEX_API_KEY=… webhook-console --api-url URL` starts it.
        m_controller->start({false, server.rootUrl(), Sandbox::SandboxServer::demoApiKey()});
        m_window->show();
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        Gui::ConnectionsDialog *dialog = openConnectionsDialog();
        QVERIFY(dialog);
        auto *key = dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s);
        QTRY_COMPARE(key->text(), Sandbox::SandboxServer::demoApiKey());
        auto *hint = dialog->findChild<QLabel *>(u"hintLabel"_s);
        QTRY_VERIFY2(hint->text().contains(u"CHANNEX_API_KEY"_s), qPrintable(hint->text()));
        QVERIFY(!m_secrets->contains(m_controller->currentConnection().id)); // not saved
        dialog->reject();
    }

    void closingTheDialogWithChangesAsksFirst()
    {
        const auto staging
            = m_controller->addConnection(u"Staging"_s, {ConnectionProfile::Kind::Staging, {}});
        pick(u"Staging"_s);
        Gui::ConnectionsDialog *opened = openConnectionsDialog();
        QVERIFY(opened);
        Gui::ConnectionsDialog &dialog = *opened;
        auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
        QTRY_COMPARE(name->text(), u"Staging"_s);
        QTest::keyClicks(name, u" EU"_s);

        Gui::MessageBox::clearAsked();
        Gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog.reject();
        QVERIFY(dialog.isVisible()); // nothing typed is lost to a close
        QCOMPARE(Gui::MessageBox::asked().size(), 1);

        Gui::MessageBox::setNextAnswer(QMessageBox::Save);
        QPointer<Gui::ConnectionsDialog> closed(&dialog);
        dialog.reject();
        QTRY_VERIFY(!closed); // closed, and deleted with it
        QCOMPARE(m_controller->connections()->find(staging->id)->name, u"Staging EU"_s);
        QVERIFY(m_window->windowTitle().startsWith(u"Staging EU"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
