// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark 9(b): a 10 MB JSON capture stored in a real capture store, loaded, pretty-printed
// and shown as a tree (its top level expanded) in the detail view, while a 5 ms timer measures
// the longest gap in the GUI event loop (bar: 100 ms).
//
// Usage: bench_capture_detail [--megabytes N] [--runs K]
// Prints a Markdown table for docs/performance.md.
#include "app/capture/CaptureStore.h"
#include "ui/live/detail/BodyTab.h"
#include "ui/live/detail/CaptureDetailView.h"
#include "ui/live/detail/JsonTreeModel.h"
#include "ui/live/detail/OverviewTab.h"
#include "ui/live/detail/TreeTab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// An ARI-like delivery of about `bytes` bytes: many small objects in one array.
QByteArray bigDelivery(qsizetype bytes)
{
    QByteArray json = R"({"event":"ari","property_id":"90958ec0-9713-1396-873e-4add0d834670",)"
                      R"("user_id":null,"timestamp":"2026-11-30T12:00:00.000Z","payload":[)";
    for (int i = 0; json.size() < bytes; ++i) {
        if (i > 0)
            json += ',';
        json += R"({"date":"2026-12-)" + QByteArray::number(i % 28 + 1).rightJustified(2, '0')
            + R"(","rate_plan_id":"3f1b2c4d-0000-4000-8000-)"
            + QByteArray::number(i).rightJustified(12, '0') + R"(","rate":)"
            + QByteArray::number(100 + i % 50)
            + R"(.5,"closed_to_arrival":false,"min_stay_arrival":)" + QByteArray::number(i % 5)
            + R"(,"availability":null})";
    }
    return json + "]}";
}

// The longest gap between two turns of the GUI event loop, sampled by a 5 ms timer.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_sinceLast.restart();
            if (gap > 100 && qEnvironmentVariableIsSet("WC_BENCH_TRACE"))
                qWarning("stall %lld ms ending at %lld ms", gap, m_clock.elapsed());
            m_longest = std::max(m_longest, gap);
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceLast.start();
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_sinceLast.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

struct Run
{
    qint64 treeMs = 0; // until the tree's top level is listed and its array expanded
    qint64 totalMs = 0; // until the body is pretty-printed in the editor as well
    qint64 longestStallMs = 0;
    qint64 loadMs = 0; // CaptureStore::load on a worker thread
    qint64 showMs = 0; // CaptureDetailView::showCapture
    qint64 switchMs = 0; // showCapture of a small capture after the big one
};

Run showOnce(const Capture::CaptureStore &store, qint64 id, qint64 nextId)
{
    Gui::CaptureDetailView view;
    view.resize(1000, 700);
    view.show();
    view.tabs()->setCurrentIndex(Gui::CaptureDetailView::Tree);
    QApplication::processEvents();

    StallMeter meter;
    meter.start();
    QEventLoop settle; // let the meter tick before the work starts
    QTimer::singleShot(50, &settle, &QEventLoop::quit);
    settle.exec();

    Run run;
    QElapsedTimer timer;
    timer.start();
    // Loaded on a worker thread (the store gives each thread its own connection): reading
    // 20 MB (body and raw bytes) takes 5-85 ms, too long for the GUI thread on a busy machine.
    QFutureWatcher<std::optional<Capture::CaptureRecord>> loading;
    QEventLoop waitForLoad;
    QObject::connect(&loading, &QFutureWatcherBase::finished, &waitForLoad, &QEventLoop::quit);
    loading.setFuture(QtConcurrent::run([&store, id] { return store.load(id); }));
    waitForLoad.exec();
    const std::optional<Capture::CaptureRecord> record = loading.result();
    if (!record)
        qFatal("capture %lld not found", id);
    const qint64 loaded = timer.elapsed();
    view.showCapture(*record);
    run.loadMs = loaded;
    run.showMs = timer.elapsed() - loaded;
    Gui::TreeTab *tree = view.treeTab();
    QEventLoop loop;
    const auto check = [&] {
        if (!tree->isBusy() && run.treeMs == 0 && tree->model()->rowCount() > 0) {
            const QModelIndex payload = tree->model()->index(4, 0);
            tree->view()->expand(payload);
            run.treeMs = timer.elapsed();
            if (qEnvironmentVariableIsSet("WC_BENCH_TRACE"))
                qWarning("tree at %lld ms", run.treeMs);
        }
        if (run.treeMs > 0 && !view.bodyTab()->isBusy() && view.overviewTab()->checkDone())
            loop.quit();
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, check);
    poll.start(1);
    loop.exec();
    run.totalMs = timer.elapsed();
    // Moving on to the next capture lets go of the big one.
    if (nextId > 0) {
        const std::optional<Capture::CaptureRecord> next = store.load(nextId);
        QElapsedTimer switching;
        switching.start();
        view.showCapture(*next);
        run.switchMs = switching.elapsed();
    }
    // A few more turns: anything the last step queued (layout, painting) counts too.
    QTimer::singleShot(100, &settle, &QEventLoop::quit);
    settle.exec();
    run.longestStallMs = meter.stop();
    return run;
}

qint64 storeCapture(Capture::CaptureStore &store, const QByteArray &body)
{
    Capture::CaptureRecord record;
    record.receivedAt = QDateTime::currentDateTimeUtc();
    record.method = "POST";
    record.target = "/hooks/channex";
    record.body = body;
    record.headers = {{"Content-Type", "application/json"},
                      {"Content-Length", QByteArray::number(body.size())}};
    record.rawBytes = "POST /hooks/channex HTTP/1.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    record.status = 200;
    qint64 id = 0;
    QEventLoop stored;
    store.append(record, [&](const Capture::CaptureRecord &written, const QString &error) {
        if (!error.isEmpty())
            qFatal("append failed: %s", qPrintable(error));
        QMetaObject::invokeMethod(&stored, [&, written] {
            id = written.id;
            stored.quit();
        });
    });
    stored.exec();
    return id;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

void printRow(QTextStream &out, const QString &name, const Run &run)
{
    out << "| " << name << " | " << run.loadMs << " | " << run.showMs << " | " << run.treeMs
        << " | " << run.totalMs << " | " << run.switchMs << " | " << run.longestStallMs << " |\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption megabytes(u"megabytes"_s, u"Body size."_s, u"N"_s, u"10"_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs."_s, u"K"_s, u"5"_s);
    const QCommandLineOption noWarmUp(u"no-warm-up"_s, u"Start with the big capture."_s);
    parser.addOptions({megabytes, runs, noWarmUp});
    parser.process(app);

    QTemporaryDir directory;
    Capture::CaptureStore captures;
    if (!captures.open(Capture::CaptureStore::defaultPath(directory.path())))
        qFatal("cannot open the store: %s", qPrintable(captures.errorString()));
    const QByteArray body = bigDelivery(parser.value(megabytes).toLongLong() * 1024 * 1024);
    const qint64 id = storeCapture(captures, body);
    const qint64 smallId = storeCapture(captures, bigDelivery(1024));

    QTextStream out(stdout);
    out << "| Run | load(), worker (ms) | showCapture() (ms) | Tree shown (ms) | Pretty body shown "
           "(ms) "
           "| Next capture shown (ms) | Longest GUI stall (ms) |\n"
        << "|---|---:|---:|---:|---:|---:|---:|\n";
    // The first text a fresh process lays out loads its fonts, whatever the body's size: a
    // 1 KB capture first, so that cost is reported on a row of its own.
    if (!parser.isSet(noWarmUp))
        printRow(out, u"warm-up, 1 KB"_s, showOnce(captures, smallId, 0));
    QList<qint64> trees, totals, stalls;
    for (int i = 0; i < parser.value(runs).toInt(); ++i) {
        const Run run = showOnce(captures, id, smallId);
        trees << run.treeMs;
        totals << run.totalMs;
        stalls << run.longestStallMs;
        printRow(out, QString::number(i + 1), run);
    }
    out << "\nBody " << body.size() << " bytes; median tree " << median(trees)
        << " ms, median pretty body " << median(totals) << " ms, median longest stall "
        << median(stalls) << " ms, longest stall of all runs "
        << *std::max_element(stalls.begin(), stalls.end()) << " ms (bar: 100 ms).\n";
    return 0;
}
