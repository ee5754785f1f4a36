// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk-disable 1,000 webhooks on a sandbox that adds 50 ms to every answer (issue bar: under
// 2 s, concurrently). The same job one call at a time is measured in the same run as the
// baseline. Between runs the webhooks are enabled again (not timed).
//
// Usage: bench_bulk_disable [--webhooks N] [--latency MS] [--runs K] [--in-flight N]
// Prints a Markdown table for docs/performance.md.
#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"
#include "app/channex/ChannexClient.h"
#include "app/channex/WebhookCollection.h"
#include "app/sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using Channex::AccountSession;
using Channex::BulkWebhookJob;

namespace {

struct Run
{
    qint64 milliseconds = -1;
    int failures = 0;
};

Run runJob(BulkWebhookJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &BulkWebhookJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job->start();
    if (!job->isFinished())
        loop.exec();
    Run run {timer.elapsed(), int(job->failures().size())};
    delete job;
    return run;
}

QStringList allIds(const AccountSession &session)
{
    QStringList ids;
    for (const Channex::Webhook &webhook : session.webhooks())
        ids << webhook.id;
    return ids;
}

int activeCount(const AccountSession &session)
{
    return int(std::count_if(session.webhooks().cbegin(), session.webhooks().cend(),
                             [](const Channex::Webhook &w) { return w.isActive; }));
}

// Disables every webhook with at most `inFlight` calls at once; first enables them all again.
Run disableAll(AccountSession &session, int inFlight)
{
    BulkWebhookJob *enable = BulkWebhookJob::setActive(&session, allIds(session), true);
    enable->setMaxInFlight(64);
    runJob(enable);
    BulkWebhookJob *disable = BulkWebhookJob::setActive(&session, allIds(session), false);
    disable->setMaxInFlight(inFlight);
    return runJob(disable);
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

QString join(const QList<qint64> &values)
{
    QStringList parts;
    for (qint64 value : values)
        parts << QString::number(value);
    return parts.join(u", "_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption webhooksOption(u"webhooks"_s, u"Webhooks in the sandbox."_s, u"n"_s,
                                      u"1000"_s);
    QCommandLineOption latencyOption(u"latency"_s, u"Milliseconds added to every answer."_s,
                                     u"ms"_s, u"50"_s);
    QCommandLineOption runsOption(u"runs"_s, u"Runs of each variant."_s, u"k"_s, u"3"_s);
    QCommandLineOption inFlightOption(u"in-flight"_s, u"Calls at once, concurrent variant."_s,
                                      u"n"_s, u"32"_s);
    parser.addOptions({webhooksOption, latencyOption, runsOption, inFlightOption});
    parser.addHelpOption();
    parser.process(app);
    const int webhooks = parser.value(webhooksOption).toInt();
    const int latency = parser.value(latencyOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int inFlight = std::max(1, parser.value(inFlightOption).toInt());

    Sandbox::SandboxServer sandbox;
    sandbox.setDemoDataEnabled(false);
    sandbox.addGeneratedWebhooks(webhooks);
    sandbox.faults().setLatency(std::chrono::milliseconds(latency));
    if (!sandbox.start()) {
        QTextStream(stderr) << sandbox.errorString() << Qt::endl;
        return 1;
    }
    AccountSession session(sandbox.rootUrl(), sandbox.apiKey());
    {
        QEventLoop loop;
        QObject::connect(&session, &AccountSession::stateChanged, &loop,
                         [&loop](AccountSession::State state) {
                             if (state != AccountSession::State::Loading)
                                 loop.quit();
                         });
        session.refresh();
        loop.exec();
    }
    if (session.webhooks().size() != webhooks) {
        QTextStream(stderr) << "the sandbox listed " << session.webhooks().size() << " of "
                            << webhooks << " webhooks" << Qt::endl;
        return 1;
    }

    QList<qint64> concurrent;
    QList<qint64> sequential;
    int failures = 0;
    bool allDisabled = true;
    // Interleave the variants so that machine noise hits both alike.
    for (int i = 0; i < runs; ++i) {
        const Run fast = disableAll(session, inFlight);
        allDisabled = allDisabled && activeCount(session) == 0;
        const Run slow = disableAll(session, 1);
        allDisabled = allDisabled && activeCount(session) == 0;
        failures += fast.failures + slow.failures;
        concurrent << fast.milliseconds;
        sequential << slow.milliseconds;
    }

    const qint64 fastMedian = median(concurrent);
    const qint64 slowMedian = median(sequential);
    QTextStream out(stdout);
    out << "| Variant | Median (ms) | Runs (ms) |\n|---|---:|---|\n";
    out << "| Concurrent (up to " << inFlight << " calls in flight) | " << fastMedian << " | "
        << join(concurrent) << " |\n";
    out << "| One at a time (baseline) | " << slowMedian << " | " << join(sequential) << " |\n\n";
    out << webhooks << " webhooks disabled, " << latency
        << " ms latency per answer; concurrent/baseline ratio "
        << QString::number(double(fastMedian) / double(slowMedian), 'f', 3)
        << "; failed calls: " << failures << "; all disabled: " << (allDisabled ? "yes" : "no")
        << Qt::endl;
    return failures == 0 && allDisabled ? 0 : 1;
}
