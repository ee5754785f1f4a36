// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"
#include "app/channex/PropertyDirectory.h"
#include "app/cli/CommandLine.h"
#include "app/cli/WebhookCommands.h"
#include "app/transfer/ImportPlan.h"
#include "app/transfer/WebhookFile.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace Cli {

namespace {

using Action = Transfer::ImportLine::Action;

// The file's bytes ("-": standard input); a sentence in *error when it cannot be read.
std::optional<QByteArray> readIn(const QString &path, QString *error)
{
    QFile input;
    const bool standardInput = path == QLatin1StringView("-");
    if (standardInput)
        input.open(stdin, QIODevice::ReadOnly);
    else {
        input.setFileName(path);
        input.open(QIODevice::ReadOnly);
    }
    if (!input.isOpen()) {
        *error = CommandLine::tr("Could not read %1: %2")
                     .arg(QDir::toNativeSeparators(path), input.errorString());
        return std::nullopt;
    }
    return input.readAll();
}

// Sends the plan's changes and waits for the last answer; the finished job.
std::unique_ptr<Channex::BulkWebhookJob> apply(Channex::AccountSession *session,
                                               const Transfer::ImportPlan &plan, QTextStream &err)
{
    std::unique_ptr<Channex::BulkWebhookJob> job(
        Channex::BulkWebhookJob::write(session, plan.writes()));
    QEventLoop loop;
    QObject::connect(job.get(), &Channex::BulkWebhookJob::finished, &loop, &QEventLoop::quit);
    QObject::connect(job.get(), &Channex::BulkWebhookJob::rateLimited, &loop,
                     [&err](int milliseconds) {
                         err << CommandLine::tr("Channex asked to slow down (HTTP 429): waiting "
                                                "%1 s, then sending again…")
                                    .arg(qMax(1, (milliseconds + 999) / 1000))
                             << Qt::endl;
                     });
    job->start();
    if (!job->isFinished())
        loop.exec();
    return job;
}

} // namespace

int runWebhookImport(const AccountOptions &options, const QString &path, bool dryRun,
                     QTextStream &out, QTextStream &err)
{
    // The file first: a file that is not one needs no account.
    QString error;
    const std::optional<QByteArray> bytes = readIn(path, &error);
    // The file as sentences name it: at their start (the format's errors) and within them.
    const bool standardInput = path == QLatin1StringView("-");
    const QString subject
        = standardInput ? CommandLine::tr("The standard input") : QDir::toNativeSeparators(path);
    const QString name
        = standardInput ? CommandLine::tr("the standard input") : QDir::toNativeSeparators(path);
    const std::optional<Transfer::WebhookFile> file
        = bytes ? Transfer::WebhookFileFormat::read(*bytes, subject, &error) : std::nullopt;
    if (!file) {
        err << error << Qt::endl;
        return ExitUsage;
    }

    HeadlessAccount account(options);
    if (const int code = account.load(err, true); code != ExitOk)
        return code;
    Channex::AccountSession *session = account.session();
    const Transfer::ImportPlan plan = Transfer::ImportPlan::make(
        *file, session->webhooks(), session->properties()->properties());

    err << CommandLine::tr("Importing %1 into %2.").arg(name, account.serverName()) << Qt::endl;
    for (const Transfer::ImportLine &line : plan.lines)
        out << line.text() << Qt::endl;
    out << plan.summary() << Qt::endl;
    const bool skipped = plan.count(Action::Skipped) > 0;
    if (dryRun) {
        out << CommandLine::tr("Dry run: nothing was sent.") << Qt::endl;
        return skipped ? ExitIssues : ExitOk;
    }
    if (!plan.hasChanges())
        return skipped ? ExitIssues : ExitOk;

    const std::unique_ptr<Channex::BulkWebhookJob> job = apply(session, plan, err);
    for (const Channex::BulkWebhookJob::Failure &failure : job->failures())
        out << CommandLine::tr("refused %1 — %2").arg(failure.label, failure.error.message())
            << Qt::endl;
    out << CommandLine::tr("Applied %1 of %2 changes.").arg(job->succeeded()).arg(job->total())
        << Qt::endl;
    return skipped || !job->failures().isEmpty() ? ExitIssues : ExitOk;
}

} // namespace Cli
