#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace Cli {

// The command line (F24), parsed without side effects so tests can check every option. An API
// key never comes from the command line (it would show in `ps` and shell history): the window
// takes it from the keychain or CHANNEX_API_KEY, --serve-sandbox from
// WEBHOOK_CONSOLE_SANDBOX_KEY.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CommandLine)

public:
    enum class Mode { Window, ServeSandbox, ShowHelp, ShowVersion, Error };

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
    QString errorText() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_sandboxOption;
    QCommandLineOption m_apiUrlOption;
    QCommandLineOption m_serveSandboxOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_latencyOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    bool m_sandbox = false;
    QUrl m_apiUrl;
    quint16 m_port = 0;
    int m_latencyMs = 0;
    QString m_error;
};

} // namespace Cli
