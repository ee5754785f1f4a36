// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/HeadlessAccount.h"

#include <QString>

class QTextStream;

// The webhook modes of the command line: they read one account without a window, through the
// same session, file format, import plan and overlap check as the window. Each returns the
// process exit code (docs/webhook-files.md).
namespace Cli {

// `--export-webhooks FILE|- [--with-secrets]`: the account's webhooks as a webhook file. 0
// written, 1 the file could not be written (an existing file is replaced only once complete),
// 2 no key, 3 the account could not be read.
int runWebhookExport(const AccountOptions &account, const QString &path, bool withSecrets,
                     QTextStream &err);

// `--import-webhooks FILE|- [--dry-run]`: the plan on `out`, one line per webhook, then applied
// (unless a dry run), with one line per change Channex refused. 0 everything applied (or could
// be), 1 something skipped or refused, 2 no key, or a file that cannot be read or is not a
// webhook file, 3 the account could not be read.
int runWebhookImport(const AccountOptions &account, const QString &path, bool dryRun,
                     QTextStream &out, QTextStream &err);

// `--check-webhooks`: one line per overlap finding on `out`. 0 none, 1 findings, 2 no key, 3 the
// account could not be read.
int runWebhookCheck(const AccountOptions &account, QTextStream &out, QTextStream &err);

} // namespace Cli
