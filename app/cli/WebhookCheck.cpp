// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/AccountSession.h"
#include "app/channex/ConnectionProfile.h"
#include "app/channex/WebhookOverlaps.h"
#include "app/cli/CommandLine.h"
#include "app/cli/WebhookCommands.h"

#include <QTextStream>

namespace Cli {

int runWebhookCheck(const AccountOptions &options, QTextStream &out, QTextStream &err)
{
    HeadlessAccount account(options);
    // Without property names the lines name properties by id.
    if (const int code = account.load(err, false); code != ExitOk)
        return code;
    const Channex::AccountSession *session = account.session();
    const QList<Channex::Overlap> findings
        = Channex::WebhookOverlaps(
              session->webhooks(),
              Channex::ConnectionProfile::isProductionServer(account.serverRoot()))
              .all();
    const QHash<QString, QString> titles = session->propertyTitles();
    for (const Channex::Overlap &finding : findings)
        out << finding.line(titles) << Qt::endl;
    err << CommandLine::tr("Checked %n webhook(s) of %1. Findings: %2.", nullptr,
                           int(session->webhooks().size()))
               .arg(account.serverName())
               .arg(findings.size())
        << Qt::endl;
    return findings.isEmpty() ? ExitOk : ExitIssues;
}

} // namespace Cli
