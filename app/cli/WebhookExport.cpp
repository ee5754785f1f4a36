// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/AccountSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/WebhookCommands.h"
#include "app/transfer/WebhookFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace Cli {

namespace {

bool hasValues(const QList<Channex::Webhook> &webhooks)
{
    return std::any_of(webhooks.cbegin(), webhooks.cend(), [](const Channex::Webhook &w) {
        return (w.headers && !w.headers->isEmpty())
            || (w.requestParams && !w.requestParams->isEmpty());
    });
}

// Writes `bytes` to `path` ("-": standard output); a sentence in *error when it cannot.
bool writeOut(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path == QLatin1StringView("-")) {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly) || output.write(bytes) != bytes.size()
            || !output.flush()) {
            *error = CommandLine::tr("Could not write to standard output: %1")
                         .arg(output.errorString());
            return false;
        }
        return true;
    }
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly) || output.write(bytes) != bytes.size()
        || !output.commit()) {
        *error = CommandLine::tr("Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), output.errorString());
        return false;
    }
    return true;
}

} // namespace

int runWebhookExport(const AccountOptions &options, const QString &path, bool withSecrets,
                     QTextStream &err)
{
    HeadlessAccount account(options);
    if (const int code = account.load(err, true); code != ExitOk)
        return code;
    const Channex::AccountSession *session = account.session();
    const Transfer::WebhookFile file = Transfer::WebhookFileFormat::fromAccount(
        session->webhooks(), session->propertyTitles(), account.serverRoot(), withSecrets,
        QDateTime::currentDateTimeUtc());
    QString error;
    if (!writeOut(path, Transfer::WebhookFileFormat::write(file), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    err << CommandLine::tr("Exported %n webhook(s) of %1 to %2.", nullptr,
                           int(file.webhooks.size()))
               .arg(account.serverName(),
                    path == QLatin1StringView("-") ? CommandLine::tr("standard output")
                                                   : QDir::toNativeSeparators(path))
        << Qt::endl;
    if (!withSecrets && hasValues(session->webhooks()))
        err << CommandLine::tr("Header and parameter values were left out (null); add "
                               "--with-secrets to include them.")
            << Qt::endl;
    return ExitOk;
}

} // namespace Cli
