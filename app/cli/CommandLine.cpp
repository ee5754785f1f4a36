// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandLine.h"

#include "app/channex/ConnectionProfile.h"
#include "app/http/HttpToken.h"
#include "app/payloads/EventCatalog.h"
#include "app/receiver/forward/Forwarding.h"
#include "app/sandbox/DemoData.h"

#include <QUuid>

#include <algorithm>

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
      m_receiverPortOption(u"receiver-port"_s,
                           tr("Start the live receiver with the window, on 127.0.0.1 port <port> "
                              "(0: any free port)."),
                           tr("port")),
      m_dataDirOption(u"data-dir"_s,
                      tr("Keep settings and captures in the folder <dir> instead of the usual "
                         "places, e.g. for a portable or separate console."),
                      tr("dir")),
      m_storeOption(u"store"_s,
                    tr("Keep captures in the PostgreSQL database at <url> "
                       "(postgresql://user@host:5432/database, libpq options such as sslmode as "
                       "query parameters), shared with every console and receiver that uses it, "
                       "instead of the data folder. The password comes from the PGPASSWORD "
                       "environment variable or ~/.pgpass, never from the URL. For the window, "
                       "--serve-receiver and --export-captures."),
                    tr("url")),
      m_serveSandboxOption(u"serve-sandbox"_s,
                           tr("Serve only the sandbox API on 127.0.0.1, without a window, until "
                              "stopped. Prints its server root and API key (the demo key, or the "
                              "one in the WEBHOOK_CONSOLE_SANDBOX_KEY environment variable).")),
      m_serveReceiverOption(
          u"serve-receiver"_s,
          tr("Run only the live receiver on 127.0.0.1, without a window, until stopped: every "
             "request is stored in the data folder before it is answered. Prints its URL and "
             "the database file.")),
      m_portOption(u"port"_s,
                   tr("Port for --serve-sandbox or --serve-receiver (default: any free port)."),
                   tr("port")),
      m_latencyOption(u"latency"_s,
                      tr("With --serve-sandbox: delay every API answer by <ms> milliseconds."),
                      tr("ms")),
      m_secretHeaderOption(u"secret-header"_s,
                           tr("With --serve-receiver: answer 401 (and mark the capture) unless a "
                              "request carries the header <name> with the value in the "
                              "WEBHOOK_CONSOLE_RECEIVER_SECRET environment variable."),
                           tr("name")),
      m_rulesOption(u"rules"_s,
                    tr("With --serve-receiver: answer requests as the response rules in <file> "
                       "say (JSON, see docs/response-rules.md); the others get the usual 200."),
                    tr("file")),
      m_forwardOption(u"forward"_s,
                      tr("With --serve-receiver: send each stored request on to <url> (the app "
                         "you are building, e.g. http://localhost:3000/webhooks) and answer with "
                         "its answer; 502 when it does not answer, 504 when it is too slow."),
                      tr("url")),
      m_forwardTimeoutOption(u"forward-timeout"_s,
                             tr("With --forward: how many seconds to wait for the app's answer "
                                "(default 30)."),
                             tr("seconds")),
      m_exportOption(u"export-captures"_s,
                     tr("Write every stored capture to <file> as JSON Lines (- for standard "
                        "output) and exit, without a window."),
                     tr("file")),
      m_exportWebhooksOption(
          u"export-webhooks"_s,
          tr("Write the account's webhooks to <file> (- for standard output) as a webhook file "
             "and exit, without a window. Header and parameter values are left out unless "
             "--with-secrets is given. Needs --api-url (the API key in the CHANNEX_API_KEY "
             "environment variable) or --sandbox."),
          tr("file")),
      m_withSecretsOption(u"with-secrets"_s,
                          tr("With --export-webhooks: include header and parameter values (they "
                             "often hold secrets).")),
      m_importWebhooksOption(
          u"import-webhooks"_s,
          tr("Bring the account's webhooks in line with the webhook file <file> (- for standard "
             "input): print one line per webhook (create, update, unchanged, skipped), apply "
             "the changes and exit, without a window. Never deletes. Needs --api-url (the API "
             "key in CHANNEX_API_KEY) or --sandbox."),
          tr("file")),
      m_dryRunOption(u"dry-run"_s,
                     tr("With --import-webhooks: print what would change, and send nothing.")),
      m_checkWebhooksOption(
          u"check-webhooks"_s,
          tr("Print one line per overlap in the account's webhooks (a global webhook that a "
             "property webhook takes events from, an event delivered twice to one URL, a mask "
             "that matches no event, plain http on production) and exit, without a window. "
             "Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.")),
      m_retryScaleOption(u"retry-scale"_s,
                         tr("With --serve-sandbox: multiply Channex's waits between delivery "
                            "attempts (1 min to 10 h) by <factor>, from 1 (Channex's timing, the "
                            "default) down to 0.001 (a minute becomes 60 ms) or less."),
                         tr("factor")),
      m_fireOption(u"fire"_s,
                   tr("Send the documented sample of <event> (one of the 28 Channex events) to "
                      "the URL given with --to, print the answer and exit: 0 when it answered "
                      "2xx, 1 when it answered otherwise or could not be reached."),
                   tr("event")),
      m_toOption(u"to"_s, tr("With --fire: the callback URL to send to (http or https)."),
                 tr("url")),
      m_propertyOption(u"property"_s,
                       tr("With --fire: the property the event is about (a uuid; default: the "
                          "sandbox's first demo hotel)."),
                       tr("id")),
      m_helpOption(QStringList {u"h"_s, u"help"_s}, tr("Show this help and exit.")),
      m_versionOption(QStringList {u"v"_s, u"version"_s}, tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(tr(
        "Webhook Console: manage the webhooks of a Channex account and watch their deliveries."));
    m_parser.addOptions(
        {m_sandboxOption,        m_apiUrlOption,       m_receiverPortOption,   m_dataDirOption,
         m_storeOption,          m_serveSandboxOption, m_serveReceiverOption,  m_portOption,
         m_latencyOption,        m_secretHeaderOption, m_rulesOption,          m_forwardOption,
         m_forwardTimeoutOption, m_exportOption,       m_exportWebhooksOption, m_withSecretsOption,
         m_importWebhooksOption, m_dryRunOption,       m_checkWebhooksOption,  m_retryScaleOption,
         m_fireOption,           m_toOption,           m_propertyOption,       m_helpOption,
         m_versionOption});
}

QStringList CommandLine::argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

CommandLine::Mode CommandLine::fail(const QString &error)
{
    m_error = error;
    return Mode::Error;
}

bool CommandLine::parsePort(const QCommandLineOption &option, const QString &name, quint16 *port)
{
    bool ok = false;
    const uint value = m_parser.value(option).toUInt(&ok);
    if (!ok || value > 65535) {
        m_error = tr("%1 needs a number from 0 to 65535.").arg(name);
        return false;
    }
    *port = quint16(value);
    return true;
}

bool CommandLine::parseFire()
{
    m_fireEvent = m_parser.value(m_fireOption);
    if (!Payloads::EventCatalog::isKnown(m_fireEvent)) {
        QStringList names;
        for (const Payloads::EventInfo &info : Payloads::EventCatalog::events())
            names << info.name;
        m_error = tr("--fire: \"%1\" is not one of the %2 Channex events: %3.")
                      .arg(m_fireEvent)
                      .arg(names.size())
                      .arg(names.join(u", "_s));
        return false;
    }
    if (!m_parser.isSet(m_toOption)) {
        m_error = tr("--fire needs --to with the URL to send to.");
        return false;
    }
    m_fireTarget = QUrl(m_parser.value(m_toOption), QUrl::StrictMode);
    const QString scheme = m_fireTarget.scheme();
    if (!m_fireTarget.isValid() || m_fireTarget.host().isEmpty()
        || (scheme != "http"_L1 && scheme != "https"_L1)) {
        m_error = tr("--to needs an http:// or https:// URL with a host, such as "
                     "http://127.0.0.1:8080/channex.");
        return false;
    }
    m_fireProperty = m_parser.isSet(m_propertyOption)
        ? m_parser.value(m_propertyOption)
        : Sandbox::DemoData::properties().constFirst().id;
    if (QUuid::fromString(m_fireProperty).isNull()) {
        m_error = tr("--property needs a property id, a uuid such as %1.")
                      .arg(Sandbox::DemoData::properties().constFirst().id);
        return false;
    }
    return true;
}

CommandLine::Mode CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (!m_parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst()));
    if (m_parser.isSet(m_helpOption))
        return Mode::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Mode::ShowVersion;

    m_sandbox = m_parser.isSet(m_sandboxOption);
    if (m_parser.isSet(m_apiUrlOption)) {
        QString error;
        m_apiUrl = Channex::ConnectionProfile::normalizeServerRoot(m_parser.value(m_apiUrlOption),
                                                                   &error);
        if (m_apiUrl.isEmpty())
            return fail(tr("--api-url: %1").arg(error));
    }
    if (m_sandbox && !m_apiUrl.isEmpty())
        return fail(tr("--sandbox and --api-url cannot be used together."));

    if (m_parser.isSet(m_dataDirOption)) {
        m_dataDirectory = m_parser.value(m_dataDirOption);
        if (m_dataDirectory.trimmed().isEmpty())
            return fail(tr("--data-dir needs a folder."));
    }
    if (m_parser.isSet(m_storeOption)) {
        QString error;
        m_store = Capture::StoreLocation::parse(m_parser.value(m_storeOption), &error);
        if (!m_store)
            return fail(tr("--store: %1").arg(error));
    }
    if (m_parser.isSet(m_portOption) && !parsePort(m_portOption, u"--port"_s, &m_port))
        return Mode::Error;
    if (m_parser.isSet(m_receiverPortOption)) {
        quint16 port = 0;
        if (!parsePort(m_receiverPortOption, u"--receiver-port"_s, &port))
            return Mode::Error;
        m_receiverPort = port;
    }
    if (m_parser.isSet(m_latencyOption)) {
        bool ok = false;
        m_latencyMs = m_parser.value(m_latencyOption).toInt(&ok);
        if (!ok || m_latencyMs < 0 || m_latencyMs > 600'000)
            return fail(tr("--latency needs a number of milliseconds from 0 to 600000."));
    }
    if (m_parser.isSet(m_secretHeaderOption)) {
        const QString name = m_parser.value(m_secretHeaderOption);
        if (const QString problem = Http::HttpToken::headerNameProblem(name); !problem.isEmpty())
            return fail(tr("--secret-header needs a header name, such as X-Webhook-Secret. %1")
                            .arg(problem));
        m_secretHeader = name.toLatin1();
    }
    if (m_parser.isSet(m_rulesOption)) {
        m_rulesPath = m_parser.value(m_rulesOption);
        if (m_rulesPath.isEmpty())
            return fail(tr("--rules needs the name of a rules file."));
    }
    if (m_parser.isSet(m_forwardOption)) {
        QString problem;
        m_forwardUrl = Receiver::Forwarding::parse(m_parser.value(m_forwardOption), &problem);
        if (m_forwardUrl.isEmpty())
            return fail(tr("--forward: %1").arg(problem));
    }
    if (m_parser.isSet(m_forwardTimeoutOption)) {
        bool ok = false;
        const int seconds = m_parser.value(m_forwardTimeoutOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return fail(tr("--forward-timeout needs a number of seconds from 1 to 600."));
        m_forwardTimeout = std::chrono::seconds(seconds);
    }
    if (m_parser.isSet(m_exportOption)) {
        m_exportPath = m_parser.value(m_exportOption);
        if (m_exportPath.isEmpty())
            return fail(tr("--export-captures needs a file name, or - for standard output."));
    }

    for (const auto &[option, name] :
         {std::pair {&m_exportWebhooksOption, u"--export-webhooks"_s},
          std::pair {&m_importWebhooksOption, u"--import-webhooks"_s}}) {
        if (!m_parser.isSet(*option))
            continue;
        m_webhookFile = m_parser.value(*option);
        if (m_webhookFile.isEmpty())
            return fail(tr("%1 needs a file name, or - for standard output or input.").arg(name));
    }
    m_withSecrets = m_parser.isSet(m_withSecretsOption);
    m_dryRun = m_parser.isSet(m_dryRunOption);
    if (m_parser.isSet(m_retryScaleOption)) {
        bool ok = false;
        m_retryScale = m_parser.value(m_retryScaleOption).toDouble(&ok);
        if (!ok || !(m_retryScale > 0) || m_retryScale > 1)
            return fail(tr("--retry-scale needs a number greater than 0 and at most 1, such as "
                           "0.001 (a minute becomes 60 ms)."));
    }

    return checkCombinations();
}

// Which options go together: each headless mode runs on its own, and an option of one mode is
// refused with another.
CommandLine::Mode CommandLine::checkCombinations()
{
    const bool serveSandbox = m_parser.isSet(m_serveSandboxOption);
    const bool serveReceiver = m_parser.isSet(m_serveReceiverOption);
    const bool exportCaptures = m_parser.isSet(m_exportOption);
    const bool exportWebhooks = m_parser.isSet(m_exportWebhooksOption);
    const bool importWebhooks = m_parser.isSet(m_importWebhooksOption);
    const bool checkWebhooks = m_parser.isSet(m_checkWebhooksOption);
    const bool fire = m_parser.isSet(m_fireOption);
    const bool accountMode = exportWebhooks || importWebhooks || checkWebhooks;
    const bool windowChoices = m_sandbox || !m_apiUrl.isEmpty() || m_receiverPort.has_value();

    if (int(serveSandbox) + int(serveReceiver) + int(exportCaptures) + int(exportWebhooks)
            + int(importWebhooks) + int(checkWebhooks) + int(fire)
        > 1)
        return fail(tr("--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, "
                       "--import-webhooks, --check-webhooks and --fire each run on their own; "
                       "choose one."));
    if (!serveSandbox && !serveReceiver && m_parser.isSet(m_portOption))
        return fail(tr("--port is an option of --serve-sandbox and --serve-receiver (the window "
                       "takes --receiver-port)."));
    if (m_store && (serveSandbox || accountMode || fire))
        return fail(tr("--store is an option of the window, --serve-receiver and "
                       "--export-captures."));
    if (!serveSandbox && m_parser.isSet(m_latencyOption))
        return fail(tr("--latency is an option of --serve-sandbox."));
    if (!serveReceiver && m_parser.isSet(m_secretHeaderOption))
        return fail(tr("--secret-header is an option of --serve-receiver."));
    if (!serveReceiver && (m_parser.isSet(m_rulesOption) || m_parser.isSet(m_forwardOption)))
        return fail(tr("--rules and --forward are options of --serve-receiver (the window has "
                       "them in the Live tab)."));
    if (m_parser.isSet(m_forwardTimeoutOption) && !m_parser.isSet(m_forwardOption))
        return fail(tr("--forward-timeout is an option of --forward."));
    if (!exportWebhooks && m_withSecrets)
        return fail(tr("--with-secrets is an option of --export-webhooks."));
    if (!importWebhooks && m_dryRun)
        return fail(tr("--dry-run is an option of --import-webhooks."));
    if (!serveSandbox && m_parser.isSet(m_retryScaleOption))
        return fail(tr("--retry-scale is an option of --serve-sandbox."));
    if (!fire && (m_parser.isSet(m_toOption) || m_parser.isSet(m_propertyOption)))
        return fail(tr("--to and --property are options of --fire."));
    if ((serveSandbox || serveReceiver || exportCaptures || fire) && windowChoices) {
        return fail(tr("--sandbox, --api-url and --receiver-port are options of the window; "
                       "they cannot be combined with --serve-sandbox, --serve-receiver, "
                       "--export-captures or --fire."));
    }
    if (accountMode && m_receiverPort)
        return fail(tr("--receiver-port is an option of the window; it cannot be combined with "
                       "--export-webhooks, --import-webhooks or --check-webhooks."));
    if (accountMode && !m_sandbox && m_apiUrl.isEmpty())
        return fail(tr("--export-webhooks, --import-webhooks and --check-webhooks read an "
                       "account: give --api-url (with the API key in the CHANNEX_API_KEY "
                       "environment variable) or --sandbox."));
    if (fire && (m_parser.isSet(m_dataDirOption) || m_parser.isSet(m_portOption)))
        return fail(tr("--fire sends one request and keeps nothing; it takes --to and "
                       "--property only."));
    if (fire && !parseFire())
        return Mode::Error;
    if (serveSandbox)
        return Mode::ServeSandbox;
    if (serveReceiver)
        return Mode::ServeReceiver;
    if (exportCaptures)
        return Mode::ExportCaptures;
    if (exportWebhooks)
        return Mode::ExportWebhooks;
    if (importWebhooks)
        return Mode::ImportWebhooks;
    if (checkWebhooks)
        return Mode::CheckWebhooks;
    if (fire)
        return Mode::Fire;
    return Mode::Window;
}

} // namespace Cli
