// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/StoreLocation.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QTextStream;

namespace Cli {

struct ReceiverServiceOptions
{
    quint16 port = 0;
    QByteArray secretHeader;
    QByteArray secretFromEnvironment; // WEBHOOK_CONSOLE_RECEIVER_SECRET, never an argument
    QString rulesPath; // --rules; empty: none
    QUrl forwardUrl; // --forward; empty: none
    std::chrono::milliseconds forwardTimeout {30'000};
    std::optional<Capture::StoreLocation> store; // --store; none: the data folder's file
};

// `webhook-console --serve-receiver`: the live receiver alone, on 127.0.0.1, storing every
// request in the capture database of the data folder (or the shared store of --store) before
// answering it, with the response
// rules of --rules and forwarding to --forward. Prints the URL and the database file, then runs
// the event loop until the process is stopped. Returns the process exit code: 1 when the
// database cannot be opened or the port cannot be used, 2 when the secret variable is missing or
// the rules file cannot be used (nothing listens then).
int runReceiverService(const ReceiverServiceOptions &options, QTextStream &out, QTextStream &err);

// The environment variable --serve-receiver takes the secret check's value from.
inline constexpr char ReceiverSecretVariable[] = "WEBHOOK_CONSOLE_RECEIVER_SECRET";

} // namespace Cli
