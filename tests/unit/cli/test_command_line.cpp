#include "cli/CommandLine.h"
#include "cli/StartupChoice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Channex::ConnectionProfile;
using Cli::CommandLine;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void modes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<CommandLine::Mode>("mode");
        QTest::addColumn<QString>("errorContains");

        auto row = [](const char *name, QStringList args, CommandLine::Mode mode,
                      const QString &error = {}) {
            args.prepend(u"webhook-console"_s);
            QTest::newRow(name) << args << mode << error;
        };
        row("no arguments", {}, CommandLine::Mode::Window);
        row("--sandbox", {u"--sandbox"_s}, CommandLine::Mode::Window);
        row("--api-url", {u"--api-url"_s, u"https://staging.channex.io"_s},
            CommandLine::Mode::Window);
        row("--help", {u"--help"_s}, CommandLine::Mode::ShowHelp);
        row("-h", {u"-h"_s}, CommandLine::Mode::ShowHelp);
        row("--version", {u"--version"_s}, CommandLine::Mode::ShowVersion);
        row("--serve-sandbox", {u"--serve-sandbox"_s}, CommandLine::Mode::ServeSandbox);
        row("--serve-sandbox --port", {u"--serve-sandbox"_s, u"--port"_s, u"8089"_s},
            CommandLine::Mode::ServeSandbox);
        row("unknown option", {u"--frobnicate"_s}, CommandLine::Mode::Error, u"frobnicate"_s);
        row("positional", {u"extra"_s}, CommandLine::Mode::Error, u"extra"_s);
        row("bad port", {u"--serve-sandbox"_s, u"--port"_s, u"70000"_s}, CommandLine::Mode::Error,
            u"--port"_s);
        row("port without serve", {u"--port"_s, u"8089"_s}, CommandLine::Mode::Error,
            u"--serve-sandbox"_s);
        row("bad latency", {u"--serve-sandbox"_s, u"--latency"_s, u"-5"_s},
            CommandLine::Mode::Error, u"--latency"_s);
        row("api-url not http", {u"--api-url"_s, u"ftp://example.com"_s}, CommandLine::Mode::Error,
            u"--api-url"_s);
        row("sandbox and api-url", {u"--sandbox"_s, u"--api-url"_s, u"https://x.example"_s},
            CommandLine::Mode::Error, u"together"_s);
        row("api key is not an option", {u"--api-key"_s, u"secret"_s}, CommandLine::Mode::Error,
            u"api-key"_s);
    }

    void modes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(CommandLine::Mode, mode);
        QFETCH(QString, errorContains);

        CommandLine commandLine;
        QCOMPARE(commandLine.parse(arguments), mode);
        if (!errorContains.isEmpty())
            QVERIFY2(commandLine.errorText().contains(errorContains),
                     qPrintable(commandLine.errorText()));
    }

    void apiUrlIsNormalized()
    {
        CommandLine commandLine;
        QCOMPARE(
            commandLine.parse({u"wc"_s, u"--api-url"_s, u"https://staging.channex.io/api/v1/"_s}),
            CommandLine::Mode::Window);
        QCOMPARE(commandLine.apiUrl(), QUrl(u"https://staging.channex.io"_s));
    }

    void helpListsEveryOption()
    {
        CommandLine commandLine;
        const QString help = commandLine.helpText();
        for (const QString &option : {u"--sandbox"_s, u"--api-url"_s, u"--serve-sandbox"_s,
                                      u"--port"_s, u"--version"_s, u"--help"_s}) {
            QVERIFY2(help.contains(option), qPrintable(option));
        }
        QVERIFY(help.contains(u"CHANNEX_API_KEY"_s));
    }

    void startupChoice_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environmentKey");
        QTest::addColumn<QString>("savedProfile");
        QTest::addColumn<ConnectionProfile::Kind>("kind");
        QTest::addColumn<QString>("apiKey");

        QTest::newRow("no key opens the sandbox") << QStringList {} << QString() << u"production"_s
                                                  << ConnectionProfile::Kind::Sandbox << QString();
        QTest::newRow("--sandbox wins over a key")
            << QStringList {u"--sandbox"_s} << u"k"_s << u"production"_s
            << ConnectionProfile::Kind::Sandbox << QString();
        QTest::newRow("key opens the last real profile")
            << QStringList {} << u"k"_s << u"production"_s << ConnectionProfile::Kind::Production
            << u"k"_s;
        QTest::newRow("key with no saved profile opens staging")
            << QStringList {} << u"k"_s << QString() << ConnectionProfile::Kind::Staging << u"k"_s;
        QTest::newRow("key with saved sandbox opens staging")
            << QStringList {} << u"k"_s << u"sandbox"_s << ConnectionProfile::Kind::Staging
            << u"k"_s;
        QTest::newRow("--api-url staging")
            << QStringList {u"--api-url"_s, u"https://staging.channex.io"_s} << u"k"_s << QString()
            << ConnectionProfile::Kind::Staging << u"k"_s;
        QTest::newRow("--api-url production")
            << QStringList {u"--api-url"_s, u"https://app.channex.io"_s} << u"k"_s << QString()
            << ConnectionProfile::Kind::Production << u"k"_s;
        QTest::newRow("--api-url custom without key")
            << QStringList {u"--api-url"_s, u"https://channex.example.com"_s} << QString()
            << QString() << ConnectionProfile::Kind::Custom << QString();
    }

    void startupChoice()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, environmentKey);
        QFETCH(QString, savedProfile);
        QFETCH(ConnectionProfile::Kind, kind);
        QFETCH(QString, apiKey);

        arguments.prepend(u"webhook-console"_s);
        CommandLine commandLine;
        QCOMPARE(commandLine.parse(arguments), CommandLine::Mode::Window);
        const Cli::StartupChoice choice
            = Cli::chooseStartup(commandLine, environmentKey, savedProfile, {});
        QCOMPARE(choice.profile.kind, kind);
        QCOMPARE(choice.apiKey, apiKey);
        if (kind == ConnectionProfile::Kind::Custom)
            QCOMPARE(choice.profile.customRoot, QUrl(u"https://channex.example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
