// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bare HTTP core as a load target: an Http::HttpServer on an Http::ServerThread whose
// handler answers 200 "ok" at once, on the server's thread. tests/bench/bench_receiver.sh runs
// wrk against it and against nginx (`return 200`) in the same run, so the core's share of the
// receiver bar (docs/performance.md) is known before capture and the GUI add theirs.
//
// Usage: bench_http_core [--port N] [--reply-thread]
//   --port N          port on 127.0.0.1 (0, the default: any free port)
//   --reply-thread    answer from a second thread, in batches: each batch is every request that
//                     arrived while the previous batch was answered, the way the capture
//                     store's writer thread answers after a group commit, without the database.
//                     Shows what the hop back to the server's thread costs.
//   --commit-us N     with --reply-thread: the reply thread spends N microseconds (asleep) on
//                     each batch before answering it, as a commit would; batches grow with it.
// Prints "listening on 127.0.0.1:PORT" once it accepts connections, then serves until it gets
// SIGINT or SIGTERM, and prints how many requests it answered.
#include "app/http/HttpRequestHandler.h"
#include "app/http/HttpServer.h"
#include "app/http/ServerThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

class OkHandler final : public Http::HttpRequestHandler
{
public:
    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        Q_UNUSED(request);
        m_answered.fetch_add(1, std::memory_order_relaxed);
        reply(Http::HttpResponse::text(200, "ok"_ba));
    }
    quint64 answered() const { return m_answered.load(std::memory_order_relaxed); }

private:
    std::atomic<quint64> m_answered {0};
};

// Collects the replies and calls them from its own thread, a batch at a time.
class BatchingHandler final : public Http::HttpRequestHandler
{
public:
    explicit BatchingHandler(int commitMicroseconds)
        : m_commitMicroseconds(commitMicroseconds), m_worker([this] { run(); })
    { }
    ~BatchingHandler() override
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_worker.join();
    }

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        Q_UNUSED(request);
        bool wasEmpty = false;
        {
            const std::lock_guard lock(m_mutex);
            wasEmpty = m_queue.empty();
            m_queue.push_back(std::move(reply));
        }
        if (wasEmpty)
            m_wake.notify_one();
    }
    quint64 answered() const { return m_answered.load(std::memory_order_relaxed); }
    quint64 batches() const { return m_batches.load(std::memory_order_relaxed); }

private:
    void run()
    {
        std::vector<Http::HttpReply> batch;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_stopping)
                    return;
                batch.swap(m_queue);
            }
            if (m_commitMicroseconds > 0)
                std::this_thread::sleep_for(std::chrono::microseconds(m_commitMicroseconds));
            for (Http::HttpReply &reply : batch)
                reply(Http::HttpResponse::text(200, "ok"_ba));
            m_answered.fetch_add(batch.size(), std::memory_order_relaxed);
            m_batches.fetch_add(1, std::memory_order_relaxed);
            batch.clear();
        }
    }

    const int m_commitMicroseconds;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Http::HttpReply> m_queue;
    bool m_stopping = false;
    std::atomic<quint64> m_answered {0};
    std::atomic<quint64> m_batches {0};
    std::thread m_worker;
};

// A signal handler may only write to a pipe; the event loop reads it and quits.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port on 127.0.0.1 (0: any free one)."_s,
                                        u"N"_s, u"0"_s);
    parser.addOption(portOption);
    const QCommandLineOption replyThreadOption(
        u"reply-thread"_s, u"Answer from a second thread, in batches (the store's hop)."_s);
    parser.addOption(replyThreadOption);
    const QCommandLineOption commitOption(
        u"commit-us"_s, u"With --reply-thread: microseconds spent on each batch."_s, u"N"_s,
        u"0"_s);
    parser.addOption(commitOption);
    parser.process(app);

    if (::pipe(g_signalPipe) != 0)
        return 1;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);

    OkHandler okHandler;
    BatchingHandler batchingHandler(parser.value(commitOption).toInt());
    const bool replyThread = parser.isSet(replyThreadOption);
    Http::HttpRequestHandler *handler
        = replyThread ? static_cast<Http::HttpRequestHandler *>(&batchingHandler) : &okHandler;
    Http::ServerThread thread(u"bench-http-core"_s);
    thread.start();
    Http::HttpServer *server = nullptr;
    bool listening = false;
    QString error;
    thread.runBlocking([&] {
        server = new Http::HttpServer(handler, thread.context());
        listening
            = server->listen(QHostAddress::LocalHost, quint16(parser.value(portOption).toUInt()));
        error = server->errorString();
    });
    QTextStream out(stdout);
    if (!listening) {
        QTextStream(stderr) << "bench_http_core: cannot listen: " << error << Qt::endl;
        return 1;
    }
    out << "listening on 127.0.0.1:" << server->serverPort() << Qt::endl;

    const int status = app.exec();
    thread.runBlocking([&] { delete server; });
    thread.stop();
    if (replyThread) {
        out << "answered " << batchingHandler.answered() << " requests from the reply thread in "
            << batchingHandler.batches() << " batches" << Qt::endl;
    } else {
        out << "answered " << okHandler.answered() << " requests" << Qt::endl;
    }
    return status;
}
