// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace Cli {

// `webhook-console --serve-sandbox`: the sandbox API alone, for integrators testing their own
// code against a local Channex. Runs the event loop until the process is stopped.
// `keyFromEnvironment` is WEBHOOK_CONSOLE_SANDBOX_KEY (empty: the demo key). It is printed, so it
// is never CHANNEX_API_KEY, which may hold a production key. `retryScale` multiplies Channex's
// waits between delivery attempts. Returns the process exit code.
int runSandboxService(quint16 port, int latencyMs, double retryScale,
                      const QString &keyFromEnvironment, QTextStream &out, QTextStream &err);

// The environment variable --serve-sandbox takes its key from.
inline constexpr char SandboxKeyVariable[] = "WEBHOOK_CONSOLE_SANDBOX_KEY";

} // namespace Cli
