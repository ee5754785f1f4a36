// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SandboxService.h"

#include "app/cli/CommandLine.h"
#include "app/sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Cli {

int runSandboxService(quint16 port, int latencyMs, double retryScale,
                      const QString &keyFromEnvironment, QTextStream &out, QTextStream &err)
{
    Sandbox::SandboxServer sandbox;
    const bool customKey = !keyFromEnvironment.isEmpty();
    if (customKey)
        sandbox.setApiKey(keyFromEnvironment);
    sandbox.faults().setLatency(std::chrono::milliseconds(latencyMs));
    sandbox.setRetryScale(retryScale);
    if (!sandbox.start(QHostAddress::LocalHost, port)) {
        err << CommandLine::tr("Could not start the sandbox on 127.0.0.1:%1: %2")
                   .arg(port)
                   .arg(sandbox.errorString())
            << Qt::endl;
        return 1;
    }

    const QString root = sandbox.rootUrl().toString();
    out << CommandLine::tr("Webhook Console sandbox: a Channex-compatible API with demo data.")
        << Qt::endl
        << CommandLine::tr("Server root: %1").arg(root) << Qt::endl
        << CommandLine::tr("API base:    %1/api/v1").arg(root) << Qt::endl
        << CommandLine::tr("API key:     %1 (send it in the user-api-key header; %2)")
               .arg(sandbox.apiKey(),
                    customKey
                        ? CommandLine::tr("from %1").arg(QLatin1StringView(SandboxKeyVariable))
                        : CommandLine::tr("the demo key"))
        << Qt::endl;
    out << CommandLine::tr("Control:     %1/sandbox/v1 (fire events, read the delivery log; "
                           "docs/sandbox.md)")
               .arg(root)
        << Qt::endl;
    if (retryScale == 1.0)
        out << CommandLine::tr("Retries:     after 1 min, 2 min, 4 min … 10 h, as Channex")
            << Qt::endl;
    else
        out << CommandLine::tr("Retries:     Channex's waits × %1 (a minute is %2 ms)")
                   .arg(retryScale)
                   .arg(60'000.0 * retryScale)
            << Qt::endl;
    if (latencyMs > 0)
        out << CommandLine::tr("Latency:     %1 ms added to every answer").arg(latencyMs)
            << Qt::endl;
    out << CommandLine::tr("Press Ctrl+C to stop.") << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace Cli
