#include "app/cli/CommandLine.h"

#include "app/channex/ConnectionProfile.h"

using namespace Qt::StringLiterals;

namespace Cli {

CommandLine::CommandLine()
    : m_sandboxOption(u"sandbox"_s,
                      tr("Open on the built-in sandbox, even when an API key is set.")),
      m_apiUrlOption(u"api-url"_s,
                     tr("Open the saved connection to the Channex server at <url> (a server root "
                        "such as https://staging.channex.io; /api/v1 is added), saving one if "
                        "there is none. Its API key comes from the keychain, or for this run "
                        "only from the CHANNEX_API_KEY environment variable."),
                     tr("url")),
      m_serveSandboxOption(u"serve-sandbox"_s,
                           tr("Serve only the sandbox API on 127.0.0.1, without a window, until "
                              "stopped. Prints its server root and API key (the demo key, or the "
                              "one in the WEBHOOK_CONSOLE_SANDBOX_KEY environment variable).")),
      m_portOption(u"port"_s, tr("Port for --serve-sandbox (default: any free port)."), tr("port")),
      m_latencyOption(u"latency"_s,
                      tr("With --serve-sandbox: delay every API answer by <ms> milliseconds."),
                      tr("ms")),
      m_helpOption(QStringList {u"h"_s, u"help"_s}, tr("Show this help and exit.")),
      m_versionOption(QStringList {u"v"_s, u"version"_s}, tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(tr(
        "Webhook Console: manage the webhooks of a Channex account and watch their deliveries."));
    m_parser.addOptions({m_sandboxOption, m_apiUrlOption, m_serveSandboxOption, m_portOption,
                         m_latencyOption, m_helpOption, m_versionOption});
}

QStringList CommandLine::argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

CommandLine::Mode CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Mode::Error;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst());
        return Mode::Error;
    }
    if (m_parser.isSet(m_helpOption))
        return Mode::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Mode::ShowVersion;

    m_sandbox = m_parser.isSet(m_sandboxOption);
    if (m_parser.isSet(m_apiUrlOption)) {
        QString error;
        m_apiUrl = Channex::ConnectionProfile::normalizeServerRoot(m_parser.value(m_apiUrlOption),
                                                                   &error);
        if (m_apiUrl.isEmpty()) {
            m_error = tr("--api-url: %1").arg(error);
            return Mode::Error;
        }
    }
    if (m_sandbox && !m_apiUrl.isEmpty()) {
        m_error = tr("--sandbox and --api-url cannot be used together.");
        return Mode::Error;
    }

    const bool serve = m_parser.isSet(m_serveSandboxOption);
    if (m_parser.isSet(m_portOption)) {
        bool ok = false;
        const uint port = m_parser.value(m_portOption).toUInt(&ok);
        if (!ok || port > 65535) {
            m_error = tr("--port needs a number from 0 to 65535.");
            return Mode::Error;
        }
        m_port = quint16(port);
    }
    if (m_parser.isSet(m_latencyOption)) {
        bool ok = false;
        m_latencyMs = m_parser.value(m_latencyOption).toInt(&ok);
        if (!ok || m_latencyMs < 0 || m_latencyMs > 600'000) {
            m_error = tr("--latency needs a number of milliseconds from 0 to 600000.");
            return Mode::Error;
        }
    }
    if (!serve && (m_parser.isSet(m_portOption) || m_parser.isSet(m_latencyOption))) {
        m_error = tr("--port and --latency are options of --serve-sandbox.");
        return Mode::Error;
    }
    if (serve && (m_sandbox || !m_apiUrl.isEmpty())) {
        m_error = tr("--serve-sandbox cannot be combined with --sandbox or --api-url.");
        return Mode::Error;
    }
    return serve ? Mode::ServeSandbox : Mode::Window;
}

} // namespace Cli
