// The bare HTTP core as a load target: an Http::HttpServer on an Http::ServerThread whose
// handler answers 200 "ok" at once, on the server's thread. tests/bench/bench_receiver.sh runs
// wrk against it and against nginx (`return 200`) in the same run, so the core's share of the
// receiver bar (DESIGN.md "Performance bars") is known before capture and the GUI add theirs.
//
// Usage: bench_http_core [--port N]   (0, the default: any free port)
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
#include <csignal>
#include <unistd.h>

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
    parser.process(app);

    if (::pipe(g_signalPipe) != 0)
        return 1;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);

    OkHandler handler;
    Http::ServerThread thread(u"bench-http-core"_s);
    thread.start();
    Http::HttpServer *server = nullptr;
    bool listening = false;
    QString error;
    thread.runBlocking([&] {
        server = new Http::HttpServer(&handler, thread.context());
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
    out << "answered " << handler.answered() << " requests" << Qt::endl;
    return status;
}
