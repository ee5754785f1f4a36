// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 10,000 webhooks into the table from a sandbox that adds 50 ms to every answer (the bar in
// docs/performance.md: under 1 s). The same load fetched one page at a time is measured in the same
// run as the baseline, so the ratio means something on a noisy shared machine.
//
// Usage: bench_webhook_load [--webhooks N] [--latency MS] [--runs K]
// Prints a Markdown table for docs/performance.md.
#include "app/channex/ChannexClient.h"
#include "app/channex/WebhookCollection.h"
#include "app/sandbox/SandboxServer.h"
#include "ui/webhooks/WebhookFilterProxy.h"
#include "ui/webhooks/WebhookListModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    qint64 milliseconds = -1;
    int rows = 0;
};

// One full load: a fresh client (new connections), all pages, model filled, table laid out.
Run loadOnce(const Sandbox::SandboxServer &sandbox, int maxConcurrentPages)
{
    Channex::ChannexClient client(sandbox.rootUrl(), sandbox.apiKey());
    client.setMaxConcurrentPages(maxConcurrentPages);
    Channex::WebhookCollection collection;
    Gui::WebhookListModel model;
    model.setCollection(&collection);
    Gui::WebhookFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1200, 700);
    view.show();

    Run run;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    client.listWebhooks(&loop, [&](Channex::ApiResult<QList<Channex::Webhook>> result) {
        if (result.ok()) {
            collection.replaceAll(result.value());
            run.rows = proxy.rowCount();
            run.milliseconds = timer.elapsed();
        } else {
            QTextStream(stderr) << "load failed: " << result.error().message() << Qt::endl;
        }
        loop.quit();
    });
    loop.exec();
    return run;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption webhooksOption(u"webhooks"_s, u"Webhooks in the sandbox."_s, u"n"_s,
                                      u"10000"_s);
    QCommandLineOption latencyOption(u"latency"_s, u"Milliseconds added to every answer."_s,
                                     u"ms"_s, u"50"_s);
    QCommandLineOption runsOption(u"runs"_s, u"Runs of each variant."_s, u"k"_s, u"5"_s);
    parser.addOptions({webhooksOption, latencyOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int webhooks = parser.value(webhooksOption).toInt();
    const int latency = parser.value(latencyOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    Sandbox::SandboxServer sandbox;
    sandbox.setDemoDataEnabled(false);
    sandbox.addGeneratedWebhooks(webhooks);
    sandbox.faults().setLatency(std::chrono::milliseconds(latency));
    if (!sandbox.start()) {
        QTextStream(stderr) << sandbox.errorString() << Qt::endl;
        return 1;
    }

    QList<qint64> concurrent;
    QList<qint64> sequential;
    bool complete = true;
    // Interleave the variants so that machine noise hits both alike.
    for (int i = 0; i < runs; ++i) {
        const Run fast = loadOnce(sandbox, 16);
        const Run slow = loadOnce(sandbox, 1);
        complete = complete && fast.rows == webhooks && slow.rows == webhooks;
        concurrent << fast.milliseconds;
        sequential << slow.milliseconds;
    }

    const qint64 fastMedian = median(concurrent);
    const qint64 slowMedian = median(sequential);
    QTextStream out(stdout);
    auto join = [](const QList<qint64> &values) {
        QStringList parts;
        for (qint64 value : values)
            parts << QString::number(value);
        return parts.join(u", "_s);
    };
    out << "| Variant | Median (ms) | Runs (ms) |\n|---|---:|---|\n";
    out << "| Concurrent pages (after page 1, up to 16 in flight) | " << fastMedian << " | "
        << join(concurrent) << " |\n";
    out << "| One page at a time (baseline) | " << slowMedian << " | " << join(sequential)
        << " |\n\n";
    out << webhooks << " webhooks, " << (webhooks + 99) / 100 << " pages of 100, " << latency
        << " ms latency per answer; concurrent/baseline ratio "
        << QString::number(double(fastMedian) / double(slowMedian), 'f', 3)
        << "; all rows loaded: " << (complete ? "yes" : "NO") << Qt::endl;
    return complete ? 0 : 1;
}
