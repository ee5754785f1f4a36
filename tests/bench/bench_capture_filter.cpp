// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering the captured list and the memory it takes (the bars in docs/performance.md: 100,000
// captures filter in under 100 ms; the app stays under 300 MB; with 1,000,000 stored the list still
// scrolls and the app stays under 300 MB).
//
// Fills a real CaptureStore (SQLite, WAL, group commit) in a temporary directory with realistic
// captures: the documented samples of all 28 Channex events (app/payloads) with their own
// property (one of 40), timestamp and ids, some bodies that are not Channex payloads, mostly
// POST, mostly answered 200. Then a fresh process (so the fill's heap does not count) opens the
// store as the app does and measures:
//   - CaptureStore::ids(filter) for an event, a method, a status class, text in the bodies or
//     headers (a common and a rare word), event + status, and no filter: median of 5 each;
//   - VmRSS (/proc/self/status) after the store is open, and after the panel's CaptureListModel
//     is built over every capture and shown in a QTableView scrolled to the end.
//
// Usage: bench_capture_filter [--captures N] [--runs K] [--keep DIR [--fill-only]]
//   --captures  how many captures to store (default 100000)
//   --runs      timings per filter (default 5)
//   --keep DIR  fill (or reuse) DIR/captures.sqlite and leave it there
//   --fill-only with --keep: fill and stop (the start-up benchmark's history, bench_startup.sh)
// Prints Markdown tables for docs/performance.md. Run it offscreen: QT_QPA_PLATFORM=offscreen.
#include "app/capture/CaptureRecord.h"
#include "app/capture/CaptureStore.h"
#include "app/http/HttpRequest.h"
#include "app/payloads/SamplePayloads.h"
#include "ui/live/CaptureListModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <condition_variable>
#include <ctime>
#include <mutex>

using namespace Qt::StringLiterals;
using Capture::CaptureFilter;

namespace {

constexpr int PropertyCount = 40;
// Present in one capture only: the text filter's rare case.
const QString RareWord = u"f00dfacecafe"_s;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Resident memory of this process in MB, from /proc/self/status.
double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// CPU time of the calling thread in ms: on a shared machine the wall time of a query includes
// waiting for a core; this is the work itself (the store reads on the calling thread).
double threadCpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString propertyId(int n)
{
    return u"90958ec0-9713-4396-873e-%1"_s.arg(n, 12, 10, QChar(u'0'));
}

// One realistic request: a documented sample with its own property, time and ids.
Http::HttpRequest makeRequest(qint64 n, const QStringList &events,
                              const QHash<QString, QJsonObject> &samples, QRandomGenerator &random)
{
    const QDateTime start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    Http::HttpRequest request;
    const int methodDraw = int(random.bounded(100));
    request.method = methodDraw < 95 ? "POST"_ba : (methodDraw < 98 ? "GET"_ba : "PUT"_ba);
    request.target = "/webhooks/channex?source=bench"_ba;
    request.receivedAt = start.addMSecs(n * 250);
    request.peerAddress = QHostAddress::LocalHost;
    request.peerPort = quint16(40000 + n % 20000);
    request.connectionId = quint64(n / 50 + 1);

    if (random.bounded(100) < 5) {
        request.body = "order=" + QByteArray::number(n) + "&note=not+a+channex+payload";
        request.headers.append({"Content-Type"_ba, "application/x-www-form-urlencoded"_ba});
    } else {
        const QString event = events.at(int(random.bounded(qsizetype(events.size()))));
        QJsonObject body = samples.value(event);
        body[u"property_id"_s] = propertyId(int(random.bounded(PropertyCount)));
        body[u"timestamp"_s] = request.receivedAt.toString(Qt::ISODateWithMs);
        QJsonObject payload = body.value(u"payload"_s).toObject();
        if (!payload.isEmpty()) {
            for (const QString &key : {u"booking_id"_s, u"revision_id"_s, u"id"_s}) {
                if (payload.contains(key))
                    payload[key] = QUuid::createUuid().toString(QUuid::WithoutBraces);
            }
            body[u"payload"_s] = payload;
        }
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.append({"Content-Type"_ba, "application/json"_ba});
    }
    request.headers.append({"Host"_ba, "127.0.0.1:8080"_ba});
    request.headers.append({"User-Agent"_ba, "Channex Webhooks"_ba});
    request.headers.append(
        {"X-Request-Id"_ba, QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()});
    if (n == 4242)
        request.headers.append({"X-Note"_ba, RareWord.toLatin1()});
    request.headers.append({"Content-Length"_ba, QByteArray::number(request.body.size())});

    QByteArray raw = request.method + ' ' + request.target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : std::as_const(request.headers))
        raw += name + ": " + value + "\r\n";
    raw += "\r\n";
    request.headerSectionSize = raw.size();
    request.rawBytes = raw + request.body;
    return request;
}

int statusFor(QRandomGenerator &random)
{
    const int draw = int(random.bounded(100));
    return draw < 90 ? 200 : (draw < 95 ? 401 : (draw < 98 ? 503 : 400));
}

// Appends `count` captures and waits until the last one committed. Returns rows per second.
bool fill(Capture::CaptureStore &store, qint64 count)
{
    QHash<QString, QJsonObject> samples;
    const QStringList events = Payloads::SamplePayloads::events();
    for (const QString &event : events)
        samples.insert(
            event, QJsonDocument::fromJson(Payloads::SamplePayloads::sample(event).json).object());
    QRandomGenerator random(20261130);

    std::mutex mutex;
    std::condition_variable finished;
    std::condition_variable progressed;
    bool done = false;
    qint64 failures = 0;
    qint64 answered = 0;
    // Back-pressure: at most this many records queued for the writer at once. Without it a
    // fill of ten million built records faster than they were written and held them all (it
    // ran out of 24 GB).
    constexpr qint64 MaxInFlight = 50'000;
    QElapsedTimer timer;
    timer.start();
    for (qint64 n = 0; n < count; ++n) {
        if (n % 1000 == 0) {
            std::unique_lock lock(mutex);
            progressed.wait(lock, [&] { return n - answered < MaxInFlight; });
        }
        Capture::CaptureRecord record
            = Capture::CaptureRecord::fromRequest(makeRequest(n, events, samples, random));
        record.status = statusFor(random);
        record.responseBody = record.status == 200 ? R"({"captured":true})"_ba : "error\n"_ba;
        record.durationUs = 150 + qint64(random.bounded(300));
        const bool last = n == count - 1;
        store.append(std::move(record),
                     [&, last](const Capture::CaptureRecord &, const QString &error) {
                         const std::lock_guard lock(mutex);
                         if (!error.isEmpty())
                             ++failures;
                         if (++answered % 1000 == 0)
                             progressed.notify_one();
                         if (last) {
                             done = true;
                             finished.notify_one();
                         }
                     });
        if (n % 100000 == 99999)
            out() << "  " << n + 1 << " appended, " << timer.elapsed() / 1000 << " s" << Qt::endl;
    }
    std::unique_lock lock(mutex);
    finished.wait(lock, [&] { return done; });
    const double seconds = double(timer.elapsed()) / 1000.0;
    out() << "Filled " << count << " captures in " << QString::number(seconds, 'f', 1) << " s ("
          << qint64(double(count) / seconds) << " captures/s, record building included), "
          << failures << " failed." << Qt::endl;
    return failures == 0;
}

struct NamedFilter
{
    QString name;
    CaptureFilter filter;
};

QList<NamedFilter> filters()
{
    QList<NamedFilter> list;
    CaptureFilter event;
    event.event = u"booking"_s;
    list << NamedFilter {u"event = booking"_s, event};
    CaptureFilter method;
    method.method = "GET"_ba;
    list << NamedFilter {u"method = GET"_s, method};
    CaptureFilter status;
    status.status = CaptureFilter::StatusClass::ClientError;
    list << NamedFilter {u"status 4xx"_s, status};
    CaptureFilter common;
    common.text = u"Reservation"_s;
    list << NamedFilter {u"text \"Reservation\" (body or headers)"_s, common};
    CaptureFilter rare;
    rare.text = RareWord;
    list << NamedFilter {u"text \"%1\" (one capture)"_s.arg(RareWord), rare};
    CaptureFilter combined;
    combined.event = u"booking"_s;
    combined.status = CaptureFilter::StatusClass::Success;
    list << NamedFilter {u"event = booking and 2xx"_s, combined};
    list << NamedFilter {u"none (every capture)"_s, CaptureFilter()};
    return list;
}

// The measuring half, in a process of its own: open, filter, build the list model.
int measure(const QString &databasePath, int runs)
{
    const double rssStart = residentMegabytes();
    Capture::CaptureStore store;
    if (!store.open(databasePath)) {
        out() << "cannot open " << databasePath << ": " << store.errorString() << Qt::endl;
        return 1;
    }
    const qint64 total = store.count();
    const double rssOpen = residentMegabytes();

    out() << Qt::endl
          << "| Filter | Matches | Median (ms) | Median CPU (ms) | Runs (ms) |" << Qt::endl;
    out() << "|---|---:|---:|---:|---|" << Qt::endl;
    for (const NamedFilter &named : filters()) {
        QList<qint64> times;
        QList<double> cpuTimes;
        qsizetype matches = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            const double cpuBefore = threadCpuMilliseconds();
            timer.start();
            matches = store.ids(named.filter).size();
            times << timer.elapsed();
            cpuTimes << threadCpuMilliseconds() - cpuBefore;
        }
        QStringList runTexts;
        for (const qint64 t : std::as_const(times))
            runTexts << QString::number(t);
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        out() << "| " << named.name << " | " << matches << " | " << times.at(times.size() / 2)
              << " | " << QString::number(cpuTimes.at(cpuTimes.size() / 2), 'f', 0) << " | "
              << runTexts.join(u", "_s) << " |" << Qt::endl;
    }

    QElapsedTimer timer;
    timer.start();
    Gui::CaptureListModel model(&store);
    const qint64 modelMs = timer.elapsed();
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    view.scrollToBottom();
    QCoreApplication::processEvents();
    view.scrollToTop();
    QCoreApplication::processEvents();
    const qint64 shownMs = timer.elapsed();
    const double rssModel = residentMegabytes();

    out() << Qt::endl
          << total << " captures stored; the list model holds " << model.rowCount() << " rows."
          << Qt::endl;
    out() << "List model built in " << modelMs << " ms; shown in a QTableView and scrolled to the "
          << "end and back after " << shownMs << " ms." << Qt::endl;
    out() << "| Resident memory (VmRSS) | MB |" << Qt::endl << "|---|---:|" << Qt::endl;
    out() << "| process started | " << QString::number(rssStart, 'f', 1) << " |" << Qt::endl;
    out() << "| store open | " << QString::number(rssOpen, 'f', 1) << " |" << Qt::endl;
    out() << "| list model over every capture, shown and scrolled | "
          << QString::number(rssModel, 'f', 1) << " |" << Qt::endl;
    return model.rowCount() == total ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption capturesOption(u"captures"_s, u"Captures to store."_s, u"N"_s,
                                            u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Timings per filter."_s, u"K"_s, u"5"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Fill or reuse DIR/captures.sqlite."_s,
                                        u"DIR"_s);
    const QCommandLineOption measureOption(u"measure"_s, u"(internal) measure this database."_s,
                                           u"FILE"_s);
    const QCommandLineOption fillOnlyOption(u"fill-only"_s, u"With --keep: fill and stop."_s);
    parser.addOptions({capturesOption, runsOption, keepOption, measureOption, fillOnlyOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    if (parser.isSet(measureOption))
        return measure(parser.value(measureOption), runs);

    const qint64 count = parser.value(capturesOption).toLongLong();
    QTemporaryDir temporary;
    const QString directory
        = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(directory);
    const QString databasePath = Capture::CaptureStore::defaultPath(directory);
    {
        Capture::CaptureStore store;
        if (!store.open(databasePath)) {
            out() << "cannot open " << databasePath << ": " << store.errorString() << Qt::endl;
            return 1;
        }
        const qint64 existing = store.count();
        if (existing < count) {
            out() << "Filling " << databasePath << " with " << count - existing << " captures..."
                  << Qt::endl;
            if (!fill(store, count - existing))
                return 1;
        }
    }
    out() << "Database: " << QFileInfo(databasePath).size() / (1024 * 1024) << " MB on disk."
          << Qt::endl;
    if (parser.isSet(fillOnlyOption) && parser.isSet(keepOption))
        return 0;

    // A fresh process: what the app has after opening this database, not what filling it left.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--measure"_s, databasePath, u"--runs"_s, QString::number(runs)});
    if (!child.waitForFinished(-1))
        return 1;
    return child.exitCode();
}
