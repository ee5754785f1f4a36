#pragma once

#include <QString>

class QTextStream;

namespace Cli {

// `webhook-console --serve-sandbox`: the sandbox API alone, for integrators testing their own
// code against a local Channex. Runs the event loop until the process is stopped.
// Returns the process exit code.
int runSandboxService(quint16 port, int latencyMs, const QString &apiKeyFromEnvironment,
                      QTextStream &out, QTextStream &err);

} // namespace Cli
