// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/StoreLocation.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Cli {

// The command line, parsed without side effects so tests can check every option. An API
// key or a secret never comes from the command line (it would show in `ps` and shell history):
// the window takes the key from the keychain or CHANNEX_API_KEY, --serve-sandbox from
// WEBHOOK_CONSOLE_SANDBOX_KEY, --serve-receiver its secret from WEBHOOK_CONSOLE_RECEIVER_SECRET,
// and the webhook modes (--export-webhooks, --import-webhooks, --check-webhooks), which read an
// account without a window, from CHANNEX_API_KEY with --api-url (or use --sandbox).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CommandLine)

public:
    enum class Mode {
        Window,
        ServeSandbox,
        ServeReceiver,
        ExportCaptures,
        ExportWebhooks,
        ImportWebhooks,
        CheckWebhooks,
        Fire,
        ShowHelp,
        ShowVersion,
        Error
    };

    CommandLine();

    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    Mode parse(const QStringList &arguments);

    // The raw arguments, for parsing before any QCoreApplication exists: the mode decides
    // whether the process needs a display at all, so a bad option never asks for one.
    static QStringList argumentsOf(int argc, char **argv);

    bool sandbox() const { return m_sandbox; }
    QUrl apiUrl() const { return m_apiUrl; } // empty unless --api-url
    quint16 port() const { return m_port; } // --port, 0 = any free port
    int latencyMs() const { return m_latencyMs; }
    // --receiver-port: the window starts its receiver at once on this port (0: any free port).
    std::optional<quint16> receiverPort() const { return m_receiverPort; }
    // --data-dir: settings and captures under this folder; empty = the platform's folders.
    QString dataDirectory() const { return m_dataDirectory; }
    // --store: a shared capture history on PostgreSQL instead of the data folder's file.
    std::optional<Capture::StoreLocation> store() const { return m_store; }
    // --secret-header (with --serve-receiver): the header name of the secret check; empty = none.
    QByteArray secretHeader() const { return m_secretHeader; }
    // --rules (with --serve-receiver): the response rules file, read when the receiver starts.
    QString rulesPath() const { return m_rulesPath; }
    // --forward (with --serve-receiver): where each request is sent on; empty: not forwarded.
    QUrl forwardUrl() const { return m_forwardUrl; }
    std::chrono::milliseconds forwardTimeout() const { return m_forwardTimeout; }
    // --export-captures: the file to write, "-" for standard output.
    QString exportPath() const { return m_exportPath; }
    // --export-webhooks (the file to write, "-" for standard output) or --import-webhooks (the
    // file to read, "-" for standard input).
    QString webhookFile() const { return m_webhookFile; }
    bool withSecrets() const { return m_withSecrets; } // --with-secrets, with --export-webhooks
    bool dryRun() const { return m_dryRun; } // --dry-run, with --import-webhooks
    // --retry-scale (with --serve-sandbox): Channex's retry waits multiplied by this; 1 by default.
    double retryScale() const { return m_retryScale; }
    // --fire EVENT --to URL [--property ID]: one of the 28 events, sent to an http(s) URL, about
    // the property (the first demo property unless given).
    QString fireEvent() const { return m_fireEvent; }
    QUrl fireTarget() const { return m_fireTarget; }
    QString fireProperty() const { return m_fireProperty; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }

private:
    Mode fail(const QString &error);
    bool parsePort(const QCommandLineOption &option, const QString &name, quint16 *port);
    Mode checkCombinations();
    bool parseFire();

    QCommandLineParser m_parser;
    QCommandLineOption m_sandboxOption;
    QCommandLineOption m_apiUrlOption;
    QCommandLineOption m_receiverPortOption;
    QCommandLineOption m_dataDirOption;
    QCommandLineOption m_storeOption;
    QCommandLineOption m_serveSandboxOption;
    QCommandLineOption m_serveReceiverOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_latencyOption;
    QCommandLineOption m_secretHeaderOption;
    QCommandLineOption m_rulesOption;
    QCommandLineOption m_forwardOption;
    QCommandLineOption m_forwardTimeoutOption;
    QCommandLineOption m_exportOption;
    QCommandLineOption m_exportWebhooksOption;
    QCommandLineOption m_withSecretsOption;
    QCommandLineOption m_importWebhooksOption;
    QCommandLineOption m_dryRunOption;
    QCommandLineOption m_checkWebhooksOption;
    QCommandLineOption m_retryScaleOption;
    QCommandLineOption m_fireOption;
    QCommandLineOption m_toOption;
    QCommandLineOption m_propertyOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    bool m_sandbox = false;
    QUrl m_apiUrl;
    quint16 m_port = 0;
    int m_latencyMs = 0;
    std::optional<quint16> m_receiverPort;
    QString m_dataDirectory;
    std::optional<Capture::StoreLocation> m_store;
    QByteArray m_secretHeader;
    QString m_rulesPath;
    QUrl m_forwardUrl;
    std::chrono::milliseconds m_forwardTimeout {30'000};
    QString m_exportPath;
    QString m_webhookFile;
    bool m_withSecrets = false;
    bool m_dryRun = false;
    double m_retryScale = 1.0;
    QString m_fireEvent;
    QUrl m_fireTarget;
    QString m_fireProperty;
    QString m_error;
};

} // namespace Cli
