// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandLine.h"

#include <QTest>

using namespace Qt::StringLiterals;
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
        row("typo of serve-sandbox", {u"--serve-sandbx"_s}, CommandLine::Mode::Error,
            u"serve-sandbx"_s);
        row("api-url not a url", {u"--api-url"_s, u"notaurl"_s}, CommandLine::Mode::Error,
            u"--api-url"_s);
        row("Qt's --help-all is not ours", {u"--help-all"_s}, CommandLine::Mode::Error,
            u"help-all"_s);

        // The receiver's options.
        row("--receiver-port", {u"--receiver-port"_s, u"8080"_s}, CommandLine::Mode::Window);
        row("--receiver-port with --sandbox", {u"--sandbox"_s, u"--receiver-port"_s, u"0"_s},
            CommandLine::Mode::Window);
        row("--data-dir", {u"--data-dir"_s, u"/tmp/wc"_s}, CommandLine::Mode::Window);
        row("--serve-receiver", {u"--serve-receiver"_s}, CommandLine::Mode::ServeReceiver);
        row("--serve-receiver --port --data-dir",
            {u"--serve-receiver"_s, u"--port"_s, u"8090"_s, u"--data-dir"_s, u"d"_s},
            CommandLine::Mode::ServeReceiver);
        row("--serve-receiver --secret-header",
            {u"--serve-receiver"_s, u"--secret-header"_s, u"X-Webhook-Secret"_s},
            CommandLine::Mode::ServeReceiver);
        row("--export-captures file", {u"--export-captures"_s, u"out.jsonl"_s},
            CommandLine::Mode::ExportCaptures);
        row("--export-captures -", {u"--export-captures"_s, u"-"_s, u"--data-dir"_s, u"d"_s},
            CommandLine::Mode::ExportCaptures);
        row("bad receiver port", {u"--receiver-port"_s, u"65536"_s}, CommandLine::Mode::Error,
            u"--receiver-port"_s);
        row("receiver port not a number", {u"--receiver-port"_s, u"http"_s},
            CommandLine::Mode::Error, u"--receiver-port"_s);
        row("receiver port without value", {u"--receiver-port"_s}, CommandLine::Mode::Error,
            u"receiver-port"_s);
        row("--serve-receiver bad port", {u"--serve-receiver"_s, u"--port"_s, u"-1"_s},
            CommandLine::Mode::Error, u"--port"_s);
        row("both servers", {u"--serve-receiver"_s, u"--serve-sandbox"_s}, CommandLine::Mode::Error,
            u"choose one"_s);
        row("serve and export", {u"--serve-receiver"_s, u"--export-captures"_s, u"-"_s},
            CommandLine::Mode::Error, u"choose one"_s);
        row("receiver-port with serve-receiver",
            {u"--serve-receiver"_s, u"--receiver-port"_s, u"8080"_s}, CommandLine::Mode::Error,
            u"--receiver-port"_s);
        row("export with window options", {u"--export-captures"_s, u"-"_s, u"--sandbox"_s},
            CommandLine::Mode::Error, u"--sandbox"_s);
        row("latency with serve-receiver", {u"--serve-receiver"_s, u"--latency"_s, u"10"_s},
            CommandLine::Mode::Error, u"--latency"_s);
        row("secret header without serve-receiver", {u"--secret-header"_s, u"X-A"_s},
            CommandLine::Mode::Error, u"--secret-header"_s);
        row("secret header not a token",
            {u"--serve-receiver"_s, u"--secret-header"_s, u"X Secret: v"_s},
            CommandLine::Mode::Error, u"--secret-header"_s);
        row("secret value is not an option", {u"--serve-receiver"_s, u"--secret-value"_s, u"v"_s},
            CommandLine::Mode::Error, u"secret-value"_s);
        row("empty data dir", {u"--data-dir"_s, u""_s}, CommandLine::Mode::Error, u"--data-dir"_s);
        row("empty export file", {u"--export-captures"_s, u""_s}, CommandLine::Mode::Error,
            u"--export-captures"_s);
        row("--port without a server", {u"--port"_s, u"8080"_s}, CommandLine::Mode::Error,
            u"--receiver-port"_s);

        // The webhook modes read an account: --api-url (key from the environment) or --sandbox.
        const QStringList staging {u"--api-url"_s, u"https://staging.channex.io"_s};
        row("--export-webhooks", QStringList {u"--export-webhooks"_s, u"out.json"_s} + staging,
            CommandLine::Mode::ExportWebhooks);
        row("--export-webhooks - --with-secrets --sandbox",
            {u"--export-webhooks"_s, u"-"_s, u"--with-secrets"_s, u"--sandbox"_s},
            CommandLine::Mode::ExportWebhooks);
        row("--import-webhooks --dry-run",
            QStringList {u"--import-webhooks"_s, u"in.json"_s, u"--dry-run"_s} + staging,
            CommandLine::Mode::ImportWebhooks);
        row("--import-webhooks --sandbox", {u"--import-webhooks"_s, u"-"_s, u"--sandbox"_s},
            CommandLine::Mode::ImportWebhooks);
        row("--check-webhooks", QStringList {u"--check-webhooks"_s} + staging,
            CommandLine::Mode::CheckWebhooks);
        row("--check-webhooks --sandbox --data-dir",
            {u"--check-webhooks"_s, u"--sandbox"_s, u"--data-dir"_s, u"d"_s},
            CommandLine::Mode::CheckWebhooks);
        row("webhook mode without an account", {u"--check-webhooks"_s}, CommandLine::Mode::Error,
            u"CHANNEX_API_KEY"_s);
        row("export without an account", {u"--export-webhooks"_s, u"x.json"_s},
            CommandLine::Mode::Error, u"--sandbox"_s);
        row("with-secrets without export", QStringList {u"--with-secrets"_s},
            CommandLine::Mode::Error, u"--with-secrets"_s);
        row("with-secrets with import",
            {u"--import-webhooks"_s, u"x"_s, u"--with-secrets"_s, u"--sandbox"_s},
            CommandLine::Mode::Error, u"--with-secrets"_s);
        row("dry-run without import", {u"--check-webhooks"_s, u"--sandbox"_s, u"--dry-run"_s},
            CommandLine::Mode::Error, u"--dry-run"_s);
        row("two webhook modes",
            {u"--check-webhooks"_s, u"--import-webhooks"_s, u"x"_s, u"--sandbox"_s},
            CommandLine::Mode::Error, u"choose one"_s);
        row("webhook mode and export-captures",
            {u"--check-webhooks"_s, u"--export-captures"_s, u"-"_s}, CommandLine::Mode::Error,
            u"choose one"_s);
        row("webhook mode and receiver port",
            {u"--check-webhooks"_s, u"--sandbox"_s, u"--receiver-port"_s, u"0"_s},
            CommandLine::Mode::Error, u"--receiver-port"_s);
        row("webhook mode with sandbox and api-url",
            {u"--check-webhooks"_s, u"--sandbox"_s, u"--api-url"_s, u"https://x.example"_s},
            CommandLine::Mode::Error, u"together"_s);
        row("empty export file", {u"--export-webhooks"_s, u""_s, u"--sandbox"_s},
            CommandLine::Mode::Error, u"--export-webhooks"_s);
        row("empty import file", {u"--import-webhooks"_s, u""_s, u"--sandbox"_s},
            CommandLine::Mode::Error, u"--import-webhooks"_s);
        row("port with a webhook mode",
            {u"--check-webhooks"_s, u"--sandbox"_s, u"--port"_s, u"1"_s}, CommandLine::Mode::Error,
            u"--port"_s);
        row("api key is never an option of the webhook modes",
            {u"--check-webhooks"_s, u"--sandbox"_s, u"--api-key"_s, u"k"_s},
            CommandLine::Mode::Error, u"api-key"_s);
        // Deliveries: the retry scale and --fire.
        row("--serve-sandbox --retry-scale", {u"--serve-sandbox"_s, u"--retry-scale"_s, u"0.001"_s},
            CommandLine::Mode::ServeSandbox);
        row("retry scale 0", {u"--serve-sandbox"_s, u"--retry-scale"_s, u"0"_s},
            CommandLine::Mode::Error, u"--retry-scale"_s);
        row("retry scale above 1", {u"--serve-sandbox"_s, u"--retry-scale"_s, u"2"_s},
            CommandLine::Mode::Error, u"--retry-scale"_s);
        row("retry scale not a number", {u"--serve-sandbox"_s, u"--retry-scale"_s, u"fast"_s},
            CommandLine::Mode::Error, u"--retry-scale"_s);
        row("retry scale without serve-sandbox", {u"--retry-scale"_s, u"0.1"_s},
            CommandLine::Mode::Error, u"--serve-sandbox"_s);
        row("--fire", {u"--fire"_s, u"booking_new"_s, u"--to"_s, u"http://127.0.0.1:9/hook"_s},
            CommandLine::Mode::Fire);
        row("--fire --property",
            {u"--fire"_s, u"ari"_s, u"--to"_s, u"https://pms.example.com/hook"_s, u"--property"_s,
             u"52397a6e-c330-44f4-a293-47042d3a3607"_s},
            CommandLine::Mode::Fire);
        row("--fire old event name",
            {u"--fire"_s, u"disconnected_channel"_s, u"--to"_s, u"http://127.0.0.1:9/"_s},
            CommandLine::Mode::Fire);
        row("--fire unknown event lists them",
            {u"--fire"_s, u"booking_created"_s, u"--to"_s, u"http://127.0.0.1:9/"_s},
            CommandLine::Mode::Error, u"not one of the 28 Channex events: ari, booking,"_s);
        row("--fire without --to", {u"--fire"_s, u"booking"_s}, CommandLine::Mode::Error,
            u"--to"_s);
        row("--fire to ftp", {u"--fire"_s, u"booking"_s, u"--to"_s, u"ftp://example.com/"_s},
            CommandLine::Mode::Error, u"--to"_s);
        row("--fire to no url", {u"--fire"_s, u"booking"_s, u"--to"_s, u"example"_s},
            CommandLine::Mode::Error, u"--to"_s);
        row("--fire property not a uuid",
            {u"--fire"_s, u"booking"_s, u"--to"_s, u"http://127.0.0.1:9/"_s, u"--property"_s,
             u"Harbour View"_s},
            CommandLine::Mode::Error, u"--property"_s);
        row("--to without --fire", {u"--to"_s, u"http://127.0.0.1:9/"_s}, CommandLine::Mode::Error,
            u"--fire"_s);
        row("--fire and --serve-sandbox",
            {u"--fire"_s, u"booking"_s, u"--to"_s, u"http://127.0.0.1:9/"_s, u"--serve-sandbox"_s},
            CommandLine::Mode::Error, u"choose one"_s);
        row("--fire with window options",
            {u"--fire"_s, u"booking"_s, u"--to"_s, u"http://127.0.0.1:9/"_s, u"--sandbox"_s},
            CommandLine::Mode::Error, u"--fire"_s);
        row("--fire and a webhook mode",
            {u"--fire"_s, u"booking"_s, u"--to"_s, u"http://127.0.0.1:9/"_s, u"--check-webhooks"_s},
            CommandLine::Mode::Error, u"choose one"_s);
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

    void receiverValues()
    {
        CommandLine window;
        QCOMPARE(window.parse({u"wc"_s, u"--receiver-port"_s, u"8080"_s, u"--data-dir"_s,
                               u"/tmp/wc data"_s}),
                 CommandLine::Mode::Window);
        QCOMPARE(window.receiverPort(), std::optional<quint16>(8080));
        QCOMPARE(window.dataDirectory(), u"/tmp/wc data"_s);

        CommandLine anyPort;
        QCOMPARE(anyPort.parse({u"wc"_s, u"--receiver-port"_s, u"0"_s}), CommandLine::Mode::Window);
        QCOMPARE(anyPort.receiverPort(), std::optional<quint16>(0));

        CommandLine none;
        QCOMPARE(none.parse({u"wc"_s}), CommandLine::Mode::Window);
        QVERIFY(!none.receiverPort().has_value());
        QVERIFY(none.dataDirectory().isEmpty());

        CommandLine serve;
        QCOMPARE(serve.parse({u"wc"_s, u"--serve-receiver"_s, u"--port"_s, u"8090"_s,
                              u"--secret-header"_s, u"X-Webhook-Secret"_s}),
                 CommandLine::Mode::ServeReceiver);
        QCOMPARE(serve.port(), quint16(8090));
        QCOMPARE(serve.secretHeader(), "X-Webhook-Secret"_ba);

        CommandLine sandbox;
        QCOMPARE(sandbox.parse({u"wc"_s, u"--serve-sandbox"_s}), CommandLine::Mode::ServeSandbox);
        QCOMPARE(sandbox.retryScale(), 1.0);
        QCOMPARE(sandbox.parse({u"wc"_s, u"--serve-sandbox"_s, u"--retry-scale"_s, u"0.001"_s}),
                 CommandLine::Mode::ServeSandbox);
        QCOMPARE(sandbox.retryScale(), 0.001);

        CommandLine fire;
        QCOMPARE(fire.parse({u"wc"_s, u"--fire"_s, u"booking"_s, u"--to"_s,
                             u"http://127.0.0.1:8080/channex?x=1"_s}),
                 CommandLine::Mode::Fire);
        QCOMPARE(fire.fireEvent(), u"booking"_s);
        QCOMPARE(fire.fireTarget(), QUrl(u"http://127.0.0.1:8080/channex?x=1"_s));
        // The sandbox's first demo hotel unless another is named.
        QCOMPARE(fire.fireProperty(), u"716305c4-561a-4561-a187-7f5b8aeb5920"_s);

        CommandLine exporting;
        QCOMPARE(exporting.parse({u"wc"_s, u"--export-captures"_s, u"-"_s}),
                 CommandLine::Mode::ExportCaptures);
        QCOMPARE(exporting.exportPath(), u"-"_s);
    }

    void webhookValues()
    {
        CommandLine exporting;
        QCOMPARE(exporting.parse({u"wc"_s, u"--export-webhooks"_s, u"staging webhooks.json"_s,
                                  u"--with-secrets"_s, u"--api-url"_s,
                                  u"https://staging.channex.io/api/v1"_s}),
                 CommandLine::Mode::ExportWebhooks);
        QCOMPARE(exporting.webhookFile(), u"staging webhooks.json"_s);
        QVERIFY(exporting.withSecrets());
        QVERIFY(!exporting.dryRun());
        QCOMPARE(exporting.apiUrl(), QUrl(u"https://staging.channex.io"_s));

        CommandLine importing;
        QCOMPARE(importing.parse(
                     {u"wc"_s, u"--import-webhooks"_s, u"-"_s, u"--dry-run"_s, u"--sandbox"_s}),
                 CommandLine::Mode::ImportWebhooks);
        QCOMPARE(importing.webhookFile(), u"-"_s);
        QVERIFY(importing.dryRun());
        QVERIFY(!importing.withSecrets());
        QVERIFY(importing.sandbox());
    }

    void helpListsEveryOption()
    {
        CommandLine commandLine;
        const QString help = commandLine.helpText();
        for (const QString &option : {u"--sandbox"_s,
                                      u"--api-url"_s,
                                      u"--serve-sandbox"_s,
                                      u"--port"_s,
                                      u"--version"_s,
                                      u"--help"_s,
                                      u"--receiver-port"_s,
                                      u"--data-dir"_s,
                                      u"--serve-receiver"_s,
                                      u"--secret-header"_s,
                                      u"--export-captures"_s,
                                      u"--export-webhooks"_s,
                                      u"--with-secrets"_s,
                                      u"--import-webhooks"_s,
                                      u"--dry-run"_s,
                                      u"--check-webhooks"_s,
                                      u"--retry-scale"_s,
                                      u"--fire"_s,
                                      u"--to"_s,
                                      u"--property"_s}) {
            QVERIFY2(help.contains(option), qPrintable(option));
        }
        QVERIFY(help.contains(u"CHANNEX_API_KEY"_s));
        QVERIFY(help.contains(u"WEBHOOK_CONSOLE_SANDBOX_KEY"_s));
        QVERIFY(help.contains(u"WEBHOOK_CONSOLE_RECEIVER_SECRET"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
