// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On a shared capture history: how long after one console's commit another console's GUI thread
// has the new capture (the store's appended signal, as the Live list receives it). Two stores on
// the same PostgreSQL database in this process, each with its own connections, as two consoles
// have. Run by bench_shared_history.sh, which starts the server; docs/performance.md.
//
// Usage: bench_follow_latency --store URL [--count N] [--interval-ms MS]
#include "app/capture/CaptureStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, u"PostgreSQL URL"_s, u"url"_s);
    const QCommandLineOption countOption(u"count"_s, u"captures"_s, u"n"_s, u"1000"_s);
    const QCommandLineOption intervalOption(u"interval-ms"_s, u"between appends"_s, u"ms"_s,
                                            u"5"_s);
    parser.addOptions({storeOption, countOption, intervalOption});
    parser.process(app);
    QString error;
    const std::optional<Capture::StoreLocation> location
        = Capture::StoreLocation::parse(parser.value(storeOption), &error);
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const int count = parser.value(countOption).toInt();
    const int intervalMs = parser.value(intervalOption).toInt();

    Capture::CaptureStore writer;
    Capture::CaptureStore watcher;
    if (!writer.open(*location) || !watcher.open(*location)) {
        std::fprintf(stderr, "%s%s\n", qPrintable(writer.errorString()),
                     qPrintable(watcher.errorString()));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    QMutex mutex;
    QHash<qint64, qint64> committedAtUs; // id → when the writer heard its transaction committed
    QHash<qint64, qint64> arrivedAtUs; // id → when the other console's GUI thread had it
    int seen = 0;
    QObject::connect(&watcher, &Capture::CaptureStore::appended, &app,
                     [&](const QList<Capture::CaptureSummary> &rows) {
                         const qint64 nowUs = clock.nsecsElapsed() / 1000;
                         QMutexLocker locker(&mutex);
                         for (const Capture::CaptureSummary &row : rows) {
                             arrivedAtUs.insert(row.id, nowUs);
                             ++seen;
                         }
                         if (seen >= count)
                             app.quit();
                     });
    int sent = 0;
    QTimer pace;
    pace.setInterval(intervalMs);
    QObject::connect(&pace, &QTimer::timeout, &app, [&] {
        if (sent >= count) {
            pace.stop();
            return;
        }
        Capture::CaptureRecord record;
        record.method = "POST";
        record.target = "/channex";
        record.body = R"({"n":)" + QByteArray::number(sent++) + '}';
        record.rawBytes = "POST /channex HTTP/1.1\r\n\r\n" + record.body;
        record.status = 200;
        writer.append(record, [&](const Capture::CaptureRecord &stored, const QString &) {
            QMutexLocker locker(&mutex);
            committedAtUs.insert(stored.id, clock.nsecsElapsed() / 1000);
        });
    });
    pace.start();
    QTimer::singleShot(120'000, &app, [&] { app.exit(1); });
    const int code = QCoreApplication::exec();
    // The notice can reach the other console before the writer's own callback runs: such a
    // capture took no time at all (clamped at zero).
    QList<double> delaysMs;
    for (auto it = arrivedAtUs.cbegin(); it != arrivedAtUs.cend(); ++it) {
        if (const auto commit = committedAtUs.constFind(it.key()); commit != committedAtUs.cend())
            delaysMs << std::max<qint64>(0, it.value() - *commit) / 1000.0;
    }
    std::sort(delaysMs.begin(), delaysMs.end());
    if (code != 0 || delaysMs.isEmpty()) {
        std::fprintf(stderr, "only %d of %d captures reached the other console\n", seen, count);
        return 1;
    }
    const auto at = [&](double share) {
        return delaysMs.at(
            std::min<qsizetype>(delaysMs.size() - 1, qsizetype(share * delaysMs.size())));
    };
    std::printf("%lld captures, one every %d ms: commit to the other console's GUI thread "
                "median %.2f ms, p99 %.2f ms, max %.2f ms\n",
                qint64(delaysMs.size()), intervalMs, at(0.5), at(0.99), delaysMs.constLast());
    return 0;
}
