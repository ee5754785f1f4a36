// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QTextStream;

namespace Cli {

// `webhook-console --serve-receiver`: the live receiver alone, on 127.0.0.1, storing every
// request in the capture database of the data folder before answering it. Prints the URL and
// the database file, then runs the event loop until the process is stopped. With a secret
// header name, the value comes from WEBHOOK_CONSOLE_RECEIVER_SECRET (`secretFromEnvironment`),
// never from the command line. Returns the process exit code: 1 when the database cannot be
// opened or the port cannot be used, 2 when the secret variable is missing.
int runReceiverService(quint16 port, const QByteArray &secretHeader,
                       const QByteArray &secretFromEnvironment, QTextStream &out, QTextStream &err);

// The environment variable --serve-receiver takes the secret check's value from.
inline constexpr char ReceiverSecretVariable[] = "WEBHOOK_CONSOLE_RECEIVER_SECRET";

} // namespace Cli
