// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class QTextStream;

namespace Channex {
class AccountSession;
}
namespace Sandbox {
class SandboxServer;
}

namespace Cli {

// Which account a webhook mode reads: --sandbox (the embedded sandbox with its demo data,
// started in this process) or --api-url with the key from CHANNEX_API_KEY.
struct AccountOptions
{
    bool sandbox = false;
    QUrl apiUrl;
    QString apiKey; // CHANNEX_API_KEY; not used with the sandbox
};

// Exit codes the webhook modes share (docs/webhook-files.md).
// ExitIssues: findings (--check-webhooks), or something skipped or refused (--import-webhooks).
enum ExitCode { ExitOk = 0, ExitIssues = 1, ExitUsage = 2, ExitAccountUnreadable = 3 };

// The account of a webhook mode, loaded as the window loads it (every page of webhooks and the
// property names, through an AccountSession), without a window.
class HeadlessAccount
{
public:
    explicit HeadlessAccount(const AccountOptions &options);
    ~HeadlessAccount();
    HeadlessAccount(const HeadlessAccount &) = delete;
    HeadlessAccount &operator=(const HeadlessAccount &) = delete;

    // Starts the sandbox if asked, then loads the account, running the event loop until it has
    // answered. ExitOk, or the exit code with a sentence on `err`: ExitUsage without a key,
    // ExitAccountUnreadable when the webhooks (or, `needTitles`, the property names) could not
    // be read.
    int load(QTextStream &err, bool needTitles);

    Channex::AccountSession *session() const { return m_session.get(); }
    QUrl serverRoot() const;
    // The server as the messages name it: its root, or "the built-in sandbox (…)".
    QString serverName() const;

private:
    AccountOptions m_options;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Channex::AccountSession> m_session;
};

} // namespace Cli
