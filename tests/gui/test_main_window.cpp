// The real main window on the real sandbox (loopback HTTP), driven through its widgets by
// objectName, the way a person uses it.
#include "MainWindow.h"
#include "Translations.h"
#include "channex/WebhookListModel.h"
#include "sandbox/SandboxServer.h"
#include "widgets/ConnectionBar.h"
#include "widgets/WebhooksPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Channex::ConnectionProfile;
using Channex::WebhookListModel;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Gui::MainWindow> m_window;

    QTableView *table() const { return m_window->findChild<QTableView *>(u"webhooksTable"_s); }
    QLineEdit *filterEdit() const
    {
        return m_window->findChild<QLineEdit *>(u"webhookFilterEdit"_s);
    }
    QWidget *overlay() const { return m_window->findChild<QWidget *>(u"viewStateOverlay"_s); }
    QString overlayTitle() const
    {
        auto *label = m_window->findChild<QLabel *>(u"viewStateTitle"_s);
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
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"WebhookConsoleTests"_s);
        QCoreApplication::setApplicationName(u"test_main_window"_s);
        Gui::installTranslations(qApp, QLocale(QLocale::English));
    }

    void init()
    {
        // Every test starts from a first launch: no saved layout or profile.
        QSettings().clear();
        m_sandbox = std::make_unique<Sandbox::SandboxServer>();
        m_window = std::make_unique<Gui::MainWindow>(m_sandbox.get(), Gui::StartupConnection {});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_sandbox.reset();
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
        const int before = m_sandbox->apiRequestCount();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        // The list and the property names are asked for again.
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->apiRequestCount(), before + 2, 10000);
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
        m_sandbox->faults().failNext(2, 401);
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Failed, 10000);
        QCOMPARE(table()->model()->rowCount(), 12);
        QCOMPARE(m_window->webhooksPanel()->currentWebhookId(), selectedId);
        auto *banner = m_window->findChild<QWidget *>(u"refreshErrorBanner"_s);
        QVERIFY(banner->isVisible());
        const QString text = m_window->findChild<QLabel *>(u"refreshErrorLabel"_s)->text();
        QVERIFY2(text.contains(u"API key refused"_s), qPrintable(text));
        QVERIFY2(text.contains(u"last successful refresh"_s), qPrintable(text));

        auto *retry = m_window->findChild<QPushButton *>(u"refreshRetryButton"_s);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Loaded, 10000);
        QVERIFY(!banner->isVisible());
        QCOMPARE(m_window->webhooksPanel()->currentWebhookId(), selectedId);
    }

    void errorWithNothingToShowIsDrawnInTheTable()
    {
        QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 12, 10000);
        // Reconnect so that nothing is shown yet, with more malformed answers than the client
        // retries: the error must reach the window, inside the empty table.
        m_sandbox->faults().malformNext(20);
        m_window->connectTo(Channex::ConnectionProfile {}, QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Failed, 20000);
        QCOMPARE(table()->model()->rowCount(), 0);
        QVERIFY(overlayTitle() != u"No webhooks yet"_s);
        const QString text = m_window->findChild<QLabel *>(u"viewStateText"_s)->text();
        QVERIFY2(text.contains(u"JSON"_s), qPrintable(text));
        m_sandbox->faults().reset();

        auto *retry = m_window->findChild<QPushButton *>(u"viewStateAction"_s);
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
        m_sandbox->faults().setLatency(std::chrono::milliseconds(400));
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
        m_sandbox->faults().reset();
    }

    void anEmptyAccountSaysSo()
    {
        m_window.reset();
        m_sandbox = std::make_unique<Sandbox::SandboxServer>();
        m_sandbox->setDemoDataEnabled(false);
        m_window = std::make_unique<Gui::MainWindow>(m_sandbox.get(), Gui::StartupConnection {});
        m_window->show();
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

        m_window = std::make_unique<Gui::MainWindow>(m_sandbox.get(), Gui::StartupConnection {});
        m_window->show();
        header = table()->horizontalHeader();
        QCOMPARE(header->visualIndex(WebhookListModel::ScopeColumn), 0);
        QCOMPARE(header->sectionSize(WebhookListModel::CallbackUrlColumn), 444);
        QCOMPARE(header->sortIndicatorSection(), int(WebhookListModel::CallbackUrlColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void realServerWithoutKeyAsksForOne()
    {
        m_window->connectTo(ConnectionProfile {ConnectionProfile::Kind::Staging, {}}, QString());
        QCOMPARE(overlayTitle(), u"API key needed"_s);
        QVERIFY(m_window->findChild<QLabel *>(u"viewStateText"_s)
                    ->text()
                    .contains(u"CHANNEX_API_KEY"_s));
        QCOMPARE(table()->model()->rowCount(), 0);
    }

    void unreachableServerSaysSoInTheTable()
    {
        // A port that was free a moment ago: nothing listens there now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl root(u"http://127.0.0.1"_s);
        root.setPort(probe.serverPort());
        probe.close();

        m_window->connectTo(ConnectionProfile {ConnectionProfile::Kind::Custom, root}, u"key"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(),
                                  Channex::AccountSession::State::Failed, 10000);
        QCOMPARE(overlayTitle(), u"Connection refused"_s);
        // The whole sentence is on screen, not just its first line.
        auto *text = m_window->findChild<QLabel *>(u"viewStateText"_s);
        QVERIFY(text->text().contains(u"nothing is listening"_s));
        QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
        QVERIFY(text->width() < table()->viewport()->width());
        QVERIFY(m_window->findChild<QLabel *>(u"connectionStatusLabel"_s)
                    ->text()
                    .contains(u"Could not load"_s));
        QVERIFY(m_window->windowTitle().contains(u"Custom"_s));
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

    void sandboxConnectionNeedsNoKeyButRealOnesDo()
    {
        auto *bar = m_window->findChild<Gui::ConnectionBar *>();
        auto *profiles = m_window->findChild<QComboBox *>(u"connectionProfileCombo"_s);
        auto *key = m_window->findChild<QLineEdit *>(u"apiKeyEdit"_s);
        auto *connectButton = m_window->findChild<QPushButton *>(u"connectButton"_s);
        QVERIFY(connectButton->isEnabled());
        QVERIFY(!key->isEnabled());

        profiles->setCurrentIndex(profiles->findData(u"staging"_s));
        QVERIFY(key->isEnabled());
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(connectButton->toolTip().contains(u"API key"_s));
        QTest::keyClicks(key, u"some-key"_s);
        QVERIFY(connectButton->isEnabled());
        QCOMPARE(bar->profile().kind, ConnectionProfile::Kind::Staging);

        profiles->setCurrentIndex(profiles->findData(u"custom"_s));
        auto *url = m_window->findChild<QLineEdit *>(u"customUrlEdit"_s);
        QVERIFY(url->isVisible());
        QVERIFY(!connectButton->isEnabled());
        QTest::keyClicks(url, u"ftp://nope"_s);
        QVERIFY(!connectButton->isEnabled());
        url->clear();
        QTest::keyClicks(url, u"https://channex.example.com"_s);
        QVERIFY(connectButton->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
