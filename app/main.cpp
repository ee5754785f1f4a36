// Webhook Console entry point: command line, application object, wiring. No logic of its own.
#include "MainWindow.h"
#include "Translations.h"
#include "cli/CommandLine.h"
#include "cli/SandboxService.h"
#include "cli/StartupChoice.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WebhookConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("webhook-console.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Webhook Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // --help, --version and --serve-sandbox need no display: use a QCoreApplication for them.
    std::unique_ptr<QCoreApplication> app;
    if (Cli::CommandLine::needsNoWindow(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    Gui::installTranslations(app.get(), QLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::CommandLine commandLine;
    const QString environmentKey = qEnvironmentVariable("CHANNEX_API_KEY").trimmed();

    switch (commandLine.parse(QCoreApplication::arguments())) {
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
        return Cli::runSandboxService(commandLine.port(), commandLine.latencyMs(), environmentKey,
                                      out, err);
    case Cli::CommandLine::Mode::Window:
        break;
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/webhook-console.svg")));
    QSettings settings;
    const Cli::StartupChoice choice
        = Cli::chooseStartup(commandLine, environmentKey,
                             settings.value(QStringLiteral("connection/profile")).toString(),
                             settings.value(QStringLiteral("connection/customRoot")).toUrl());

    Sandbox::SandboxServer sandbox;
    Gui::MainWindow window(&sandbox, {choice.profile, choice.apiKey});
    window.show();
    return QCoreApplication::exec();
}
