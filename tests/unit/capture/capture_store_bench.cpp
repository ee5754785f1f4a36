// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the capture store: appends per second (a burst from several threads, and a closed
// loop with a fixed number of requests in flight, as `wrk -c32` makes it) and the time the reads
// of the captured list take at a given number of rows. docs/capture-store.md has the figures.
//
//   capture_store_bench [--rows N] [--window W] [--threads T] [--filter-rows R] [--dir DIR]
#include "app/capture/CaptureStore.h"
#include "tests/unit/capture/CaptureTestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSemaphore>
#include <QTemporaryDir>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <thread>

using namespace Capture;
using namespace Qt::StringLiterals;

namespace {

const QStringList Events = {u"booking_new"_s, u"ari"_s, u"message"_s, u"review"_s, u""_s};

CaptureRecord sampleRecord(qint64 n)
{
    const QString event = Events.at(n % Events.size());
    const QByteArray body = event.isEmpty()
        ? QByteArray(R"({"hello":"world","n":)" + QByteArray::number(n) + "}")
        : CaptureTest::channexBody(
            event, u"prop-%1"_s.arg(n % 7),
            u"2026-01-26T14:40:%1.%2Z"_s.arg(int(n % 60), 2, 10, QChar(u'0')).arg(n),
            QString::number(n));
    CaptureRecord record
        = CaptureTest::post(body, "/hook?n=" + QByteArray::number(n), n % 10 == 0 ? 401 : 200);
    record.headers.append(qMakePair("User-Agent"_ba, "wrk"_ba));
    if (!event.isEmpty()) {
        record.event = event;
        record.propertyId = u"prop-%1"_s.arg(n % 7);
    }
    return record;
}

// CPU time of the whole process (bench's own record building included): with other programs on the
// machine, appends per CPU second is the steadier figure.
double cpuSeconds()
{
    timespec time {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) + time.tv_nsec / 1e9;
}

// What the receiver benchmark sends (tests/bench/post.lua): the documented booking sample, the
// same body every time, recognised by CaptureRecord::fromRequest as the receiver does. With
// --mixed, varied bodies over five events and seven properties instead.
bool mixedBodies = false;
const QByteArray BookingBody
    = R"({"event":"booking","payload":{"booking_id":"e10de9d1-3e2c-431c-b88c-ffca9ed5db5d",)"
      R"("property_id":"90958ec0-9713-1196-873e-4add0d834670",)"
      R"("revision_id":"80b3b60c-5e24-35c5-ad1b-da67cd704093"},)"
      R"("property_id":"90958ec0-9713-1396-873e-4add0d834670","user_id":null,)"
      R"("timestamp":"2021-12-24T00:00:00.0000Z"})";

CaptureRecord request(qint64 n)
{
    if (mixedBodies)
        return sampleRecord(n);
    Http::HttpRequest request;
    request.method = "POST";
    request.target = "/webhooks/channex";
    request.headers = {{"Host", "127.0.0.1:8080"},
                       {"Content-Type", "application/json"},
                       {"User-Agent", "Channex Webhooks"},
                       {"Content-Length", QByteArray::number(BookingBody.size())}};
    request.body = BookingBody;
    request.rawBytes = "POST /webhooks/channex HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: "
                       "application/json\r\nUser-Agent: Channex Webhooks\r\nContent-Length: "
        + QByteArray::number(BookingBody.size()) + "\r\n\r\n" + BookingBody;
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.peerAddress = QHostAddress::LocalHost;
    request.peerPort = 40000;
    request.connectionId = quint64(n % 32);
    CaptureRecord record = CaptureRecord::fromRequest(request);
    record.status = 200;
    return record;
}

// Counts answers without waking anyone until the last one, so that the bench's own
// synchronisation does not count as the store's cost.
struct Waiter
{
    std::atomic<qint64> answered = 0;
    std::atomic<qint64> failed = 0;
    qint64 target = 0;
    std::mutex mutex;
    std::condition_variable condition;
    void answer(bool ok)
    {
        if (!ok)
            ++failed;
        if (++answered == target) {
            std::lock_guard lock(mutex);
            condition.notify_all();
        }
    }
    void waitFor(qint64 count)
    {
        std::unique_lock lock(mutex);
        condition.wait(lock, [&] { return answered.load() >= count; });
    }
};

// Commits and rows per commit, from the appended() signal (one per commit).
struct CommitCounter
{
    std::atomic<qint64> commits = 0;
    QMetaObject::Connection connection;
    explicit CommitCounter(CaptureStore &store)
    {
        connection = QObject::connect(
            &store, &CaptureStore::appended, &store,
            [this](const QList<CaptureSummary> &) { ++commits; }, Qt::DirectConnection);
    }
    ~CommitCounter() { QObject::disconnect(connection); }
};

void burst(CaptureStore &store, qint64 rows, int threads)
{
    Waiter waiter;
    waiter.target = rows;
    CommitCounter counter(store);
    const double cpuStart = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> appenders;
    for (int t = 0; t < threads; ++t) {
        appenders.emplace_back([&, t] {
            for (qint64 n = t; n < rows; n += threads)
                store.append(request(n), [&](const CaptureRecord &stored, const QString &) {
                    waiter.answer(stored.id > 0);
                });
        });
    }
    for (std::thread &appender : appenders)
        appender.join();
    waiter.waitFor(rows);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    std::printf("burst: %lld appends from %d threads in %.3f s = %.0f appends/s; %.2f CPU s = "
                "%.1f us CPU per append, %lld commits (%lld failed)\n",
                static_cast<long long>(rows), threads, seconds, rows / seconds, cpu,
                cpu * 1e6 / rows, static_cast<long long>(counter.commits.load()),
                static_cast<long long>(waiter.failed.load()));
}

// `window` requests in flight, as wrk's connections make them: each answer lets one more request
// in. A client thread (the receiver's, in the application) builds and appends them; the answers
// come from the writer thread.
void closedLoop(CaptureStore &store, qint64 rows, int window)
{
    Waiter waiter;
    waiter.target = rows;
    CommitCounter counter(store);
    QSemaphore inFlight(window);
    const double cpuStart = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    std::thread client([&] {
        for (qint64 n = 0; n < rows; ++n) {
            inFlight.acquire();
            store.append(request(n), [&](const CaptureRecord &stored, const QString &) {
                inFlight.release();
                waiter.answer(stored.id > 0);
            });
        }
    });
    waiter.waitFor(rows);
    client.join();
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    std::printf("closed loop: %lld appends, %d in flight, in %.3f s = %.0f appends/s; %.2f CPU s "
                "= %.1f us CPU per append, %lld commits (%lld failed)\n",
                static_cast<long long>(rows), window, seconds, rows / seconds, cpu,
                cpu * 1e6 / rows, static_cast<long long>(counter.commits.load()),
                static_cast<long long>(waiter.failed.load()));
}

template<typename F> double millis(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed() / 1e6;
}

void reads(CaptureStore &store, qint64 rows)
{
    mixedBodies = true;
    const qint64 have = store.count();
    if (have < rows)
        burst(store, rows - have, 2);
    std::printf("reads at %lld rows:\n", static_cast<long long>(store.count()));
    const auto time = [&](const char *name, const CaptureFilter &filter) {
        qsizetype found = 0;
        store.ids(filter); // the first read opens this thread's connection
        double best = 1e9;
        for (int i = 0; i < 3; ++i)
            best = std::min(best, millis([&] { found = store.ids(filter).size(); }));
        std::printf("  ids(%s): %zd ids in %.1f ms\n", name, static_cast<size_t>(found), best);
    };
    time("no filter", {});
    CaptureFilter event;
    event.event = u"booking_new"_s;
    time("event", event);
    CaptureFilter unrecognised;
    unrecognised.unrecognisedOnly = true;
    time("unrecognised", unrecognised);
    CaptureFilter status;
    status.status = CaptureFilter::StatusClass::ClientError;
    time("4xx", status);
    CaptureFilter marked;
    marked.markedOnly = true;
    time("marked", marked);
    CaptureFilter text;
    text.text = u"PROP-3"_s;
    time("text in body", text);
    CaptureFilter header;
    header.text = u"USER-agent"_s;
    time("text in headers", header);
    CaptureFilter combined = event;
    combined.text = u"prop-3"_s;
    time("event and text", combined);
    const QList<qint64> all = store.ids({});
    const QList<qint64> page = all.mid(all.size() / 2, 200);
    std::printf("  summaries(200 ids): %.1f ms\n", millis([&] { store.summaries(page); }));
    std::printf("  count(): %.1f ms\n", millis([&] { store.count(); }));
    std::printf("  eventCounts(): %.1f ms\n", millis([&] { store.eventCounts(); }));
    std::printf("  perMinute(last hour): %.1f ms\n",
                millis([&] { store.perMinute(QDateTime::currentDateTimeUtc().addSecs(-3600)); }));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Appends to time."_s, u"N"_s, u"200000"_s);
    const QCommandLineOption windowOption(u"window"_s, u"Appends in flight in the closed loop."_s,
                                          u"W"_s, u"32"_s);
    const QCommandLineOption threadsOption(u"threads"_s, u"Appending threads in the burst."_s,
                                           u"T"_s, u"4"_s);
    const QCommandLineOption filterOption(u"filter-rows"_s, u"Rows for the read timings."_s, u"R"_s,
                                          u"100000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Directory for the database."_s, u"DIR"_s);
    const QCommandLineOption phasesOption(u"phases"_s, u"What to measure: burst,loop,reads."_s,
                                          u"LIST"_s, u"burst,loop,reads"_s);
    const QCommandLineOption mixedOption(u"mixed"_s,
                                         u"Varied bodies (five events, seven properties) instead "
                                         "of the receiver benchmark's one booking body."_s);
    parser.addOptions({rowsOption, windowOption, threadsOption, filterOption, dirOption,
                       phasesOption, mixedOption});
    parser.process(app);
    mixedBodies = parser.isSet(mixedOption);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const QStringList phases = parser.value(phasesOption).split(u',');
    if (phases.contains(u"burst"_s)) {
        CaptureStore store;
        if (!store.open(dir + u"/append-burst.sqlite"_s))
            qFatal("%s", qPrintable(store.errorString()));
        burst(store, rows, parser.value(threadsOption).toInt());
    }
    if (phases.contains(u"loop"_s)) {
        CaptureStore store;
        if (!store.open(dir + u"/append-loop.sqlite"_s))
            qFatal("%s", qPrintable(store.errorString()));
        closedLoop(store, rows, parser.value(windowOption).toInt());
    }
    if (phases.contains(u"reads"_s)) {
        CaptureStore store;
        if (!store.open(dir + u"/reads.sqlite"_s))
            qFatal("%s", qPrintable(store.errorString()));
        reads(store, parser.value(filterOption).toLongLong());
    }
    return 0;
}
