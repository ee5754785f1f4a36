// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook Console entry point: command line, application object, wiring. No logic of its own.
#include "app/capture/CaptureStore.h"
#include "app/cli/CaptureExport.h"
#include "app/cli/CommandLine.h"
#include "app/cli/FireCommand.h"
#include "app/cli/ParentConsole.h"
#include "app/cli/ReceiverService.h"
#include "app/cli/SandboxService.h"
#include "app/cli/WebhookCommands.h"
#include "app/i18n/Translations.h"
#include "app/receiver/ReceiverController.h"
#include "app/session/ConsoleController.h"
#include "app/session/DataDirectory.h"
#include "app/session/KeychainSecretStore.h"
#include "app/session/SettingsKeys.h"
#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WebhookConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("webhook-console.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Webhook Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
}

// --export-webhooks, --import-webhooks, --check-webhooks: the account's key from the environment.
int runWebhookMode(Cli::CommandLine::Mode mode, const Cli::CommandLine &commandLine,
                   QTextStream &out, QTextStream &err)
{
    const Cli::AccountOptions account {commandLine.sandbox(), commandLine.apiUrl(),
                                       qEnvironmentVariable("CHANNEX_API_KEY").trimmed()};
    switch (mode) {
    case Cli::CommandLine::Mode::ExportWebhooks:
        return Cli::runWebhookExport(account, commandLine.webhookFile(), commandLine.withSecrets(),
                                     err);
    case Cli::CommandLine::Mode::ImportWebhooks:
        return Cli::runWebhookImport(account, commandLine.webhookFile(), commandLine.dryRun(), out,
                                     err);
    default:
        return Cli::runWebhookCheck(account, out, err);
    }
}

// The shared capture history saved in Preferences, when there is one that reads.
bool sharedHistoryOfPreferences(std::optional<Capture::StoreLocation> *location)
{
    const QString saved = QSettings().value(Session::SettingsKeys::SharedHistoryUrl).toString();
    QString ignored; // Preferences saves only URLs that read
    if (saved.isEmpty())
        return false;
    *location = Capture::StoreLocation::parse(saved, &ignored);
    return location->has_value();
}

} // namespace

int main(int argc, char *argv[])
{
    // Parsed once before any application object exists: only a valid request for the window
    // needs a display, so --help, --version, the headless modes (--serve-sandbox,
    // --serve-receiver, --export-captures, --export-webhooks, --import-webhooks,
    // --check-webhooks, --fire) and every bad option (exit 2) work without one. Parsed again
    // below, once translations are installed, for the texts.
    Cli::CommandLine early;
    const Cli::CommandLine::Mode earlyMode = early.parse(Cli::CommandLine::argumentsOf(argc, argv));
    const bool needsWindow = earlyMode == Cli::CommandLine::Mode::Window;
    if (!needsWindow)
        Cli::attachParentConsole();
#if defined(Q_OS_WIN) && QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Qt 6.4 follows Windows' dark mode only when asked (6.5 does it by itself): dark palette and
    // dark title bars whenever the system is dark. An explicit QT_QPA_PLATFORM still wins.
    if (needsWindow && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:darkmode=2");
#endif
    std::unique_ptr<QCoreApplication> app;
    if (needsWindow)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();

    QTextStream out(stdout);
    QTextStream err(stderr);
    // --data-dir before anything reads settings: the translations read the chosen language.
    if (earlyMode != Cli::CommandLine::Mode::Error && !early.dataDirectory().isEmpty()) {
        QString error;
        if (!Session::useDataDirectory(early.dataDirectory(), &error)) {
            err << error << Qt::endl;
            return 1;
        }
    }
    I18n::installTranslations(app.get(), I18n::preferredLocale());

    Cli::CommandLine commandLine;
    const Cli::CommandLine::Mode mode = commandLine.parse(QCoreApplication::arguments());
    switch (mode) {
    case Cli::CommandLine::Mode::ShowHelp:
        out << commandLine.helpText() << Qt::flush;
        return 0;
    case Cli::CommandLine::Mode::ShowVersion:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    case Cli::CommandLine::Mode::Error:
        err << commandLine.errorText() << Qt::endl
            << Cli::CommandLine::tr("Run with --help to see the options.") << Qt::endl;
        return 2;
    case Cli::CommandLine::Mode::ServeSandbox:
        return Cli::runSandboxService(
            commandLine.port(), commandLine.latencyMs(), commandLine.retryScale(),
            qEnvironmentVariable(Cli::SandboxKeyVariable).trimmed(), out, err);
    case Cli::CommandLine::Mode::ServeReceiver:
        return Cli::runReceiverService({commandLine.port(), commandLine.secretHeader(),
                                        qgetenv(Cli::ReceiverSecretVariable).trimmed(),
                                        commandLine.rulesPath(), commandLine.forwardUrl(),
                                        commandLine.forwardTimeout(), commandLine.store()},
                                       out, err);
    case Cli::CommandLine::Mode::ExportCaptures:
        return Cli::runCaptureExport(commandLine.exportPath(), commandLine.store(), err);
    case Cli::CommandLine::Mode::ExportWebhooks:
    case Cli::CommandLine::Mode::ImportWebhooks:
    case Cli::CommandLine::Mode::CheckWebhooks:
        return runWebhookMode(mode, commandLine, out, err);
    case Cli::CommandLine::Mode::Fire:
        return Cli::runFire(commandLine.fireEvent(), commandLine.fireTarget(),
                            commandLine.fireProperty(), out, err);
    case Cli::CommandLine::Mode::Window:
        break;
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/webhook-console.svg")));
    // Wayland and the taskbars find the installed desktop file and icon by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.webhook_console"));
    Session::ConsoleController controller(
        new Session::KeychainSecretStore(QCoreApplication::applicationName()));
    // Declared before the window, so they outlive it.
    Capture::CaptureStore store;
    Receiver::ReceiverController receiver(&store);
    Gui::MainWindow window(&controller);
    // The capture store: --store, else Preferences' shared capture history (its password from
    // the keychain, which answers later), else the data folder's file.
    std::optional<Capture::StoreLocation> shared = commandLine.store();
    const bool sharedFromPreferences = !shared && sharedHistoryOfPreferences(&shared);
    window.show();
    const auto startLive = [&](bool storeOpen) {
        if (storeOpen) {
            store.buildSearchIndexes(); // a shared store's, where pg_trgm is installed
            receiver.restoreSettings(controller.secrets());
            window.attachLive(&store, &receiver);
            if (!store.openNotice().isEmpty())
                window.showNotice(store.openNotice());
        }
        if (!storeOpen) {
            Gui::MessageBox::warning(
                &window, Gui::MainWindow::tr("Live Panel Unavailable"),
                store.isShared()
                    ? Gui::MainWindow::tr("%1 The live receiver is off until this is fixed "
                                          "(File ▸ Preferences ▸ Shared capture history, or "
                                          "--store).")
                          .arg(store.errorString())
                    : Gui::MainWindow::tr("The capture database %1 cannot be opened: %2 The "
                                          "live receiver is off until this is fixed.")
                          .arg(store.displayName(), store.errorString()));
        } else if (const std::optional<quint16> port = commandLine.receiverPort()) {
            window.showLiveTab();
            receiver.setPort(*port);
            if (!receiver.start())
                err << receiver.errorString() << Qt::endl;
        }
    };
    // The window is mapped first; the Live panel, the connection (the built-in sandbox starts
    // here) and the receiver follow in the first turn of the event loop, before its first frame
    // is painted. Start-up is measured in docs/performance.md (tests/bench/bench_startup.sh).
    // A shared history opens on a thread of its own: its server may be slow or out of reach
    // (connect_timeout), and the window stays usable meanwhile.
    const auto openShared = [&] {
        window.showStoreOpening(shared->displayName());
        store.openInBackground(*shared, [&](bool opened) {
            window.storeOpeningEnded();
            startLive(opened);
        });
    };
    QTimer::singleShot(0, &window, [&] {
        if (!shared)
            startLive(store.open(Capture::CaptureStore::defaultPath(Session::dataDirectory())));
        controller.start({commandLine.sandbox(), commandLine.apiUrl(),
                          qEnvironmentVariable("CHANNEX_API_KEY").trimmed()});
        if (shared && !sharedFromPreferences) {
            openShared();
        } else if (shared) {
            controller.secrets()->readKey(Session::SettingsKeys::SharedHistoryPasswordId, &window,
                                          [&](const Session::SecretStore::ReadResult &result) {
                                              shared->setPassword(result.key);
                                              openShared();
                                          });
        }
    });
    return QCoreApplication::exec();
}
