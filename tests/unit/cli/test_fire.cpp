// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real executable with --fire against a real listener on loopback: what arrives, what is
// printed, and the exit codes a CI script relies on.
#include "app/http/HttpRequestHandler.h"
#include "app/http/HttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

class Endpoint final : public Http::HttpRequestHandler
{
public:
    QList<Http::HttpRequest> requests;
    Http::HttpResponse answer = Http::HttpResponse::text(200, "thanks"_ba);

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        requests.append(request);
        reply(answer);
    }
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestFire final : public QObject
{
    Q_OBJECT

private:
    // Runs the program while this thread's event loop serves the endpoint.
    static Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WC_EXECUTABLE), arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(40'000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString url(const QString &path = u"/channex"_s) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(path);
    }

    Endpoint m_endpoint;
    std::unique_ptr<Http::HttpServer> m_server;

private slots:
    void init()
    {
        m_endpoint.requests.clear();
        m_endpoint.answer = Http::HttpResponse::text(200, "thanks"_ba);
        m_server = std::make_unique<Http::HttpServer>(&m_endpoint);
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    void sendsTheSampleAndExitsZeroOn2xx()
    {
        m_endpoint.answer.setHeader("X-Seen"_ba, "yes"_ba);
        const Run result = run({u"--fire"_s, u"booking"_s, u"--to"_s, url(u"/channex?k=1"_s),
                                u"--property"_s, u"52397a6e-c330-44f4-a293-47042d3a3607"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"HTTP/1.1 200 OK\n"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"X-Seen: yes\n"_s));
        QVERIFY(result.out.endsWith(u"\nthanks\n"_s));
        QCOMPARE(result.err, QString());

        QCOMPARE(m_endpoint.requests.size(), 1);
        const Http::HttpRequest &request = m_endpoint.requests.constFirst();
        QCOMPARE(request.method, "POST"_ba);
        QCOMPARE(request.target, "/channex?k=1"_ba);
        QCOMPARE(request.header("Content-Type"), "application/json"_ba);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("event"_L1).toString(), u"booking"_s);
        QCOMPARE(body.value("property_id"_L1).toString(),
                 u"52397a6e-c330-44f4-a293-47042d3a3607"_s);
        QCOMPARE(body.value("payload"_L1).toObject().value("property_id"_L1).toString(),
                 u"52397a6e-c330-44f4-a293-47042d3a3607"_s);
    }

    void otherAnswersExitOne_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("404") << 404;
        QTest::newRow("302") << 302;
    }

    void otherAnswersExitOne()
    {
        QFETCH(int, status);
        m_endpoint.answer = Http::HttpResponse::text(status, "nope"_ba);
        const Run result = run({u"--fire"_s, u"booking_new"_s, u"--to"_s, url()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.startsWith(u"HTTP/1.1 %1"_s.arg(status)), qPrintable(result.out));
        QVERIFY2(result.err.contains(QString::number(status)), qPrintable(result.err));
        QCOMPARE(m_endpoint.requests.size(), 1);
    }

    void unreachableExitsOneWithTheReason()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const Run result
            = run({u"--fire"_s, u"ari"_s, u"--to"_s, u"http://127.0.0.1:%1/"_s.arg(port)});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(u"refused"_s), qPrintable(result.err));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown event")
            << QStringList {u"--fire"_s, u"booking_created"_s, u"--to"_s, u"http://127.0.0.1:9/"_s}
            << u"ari, booking, booking_new, booking_modification"_s;
        QTest::newRow("no --to") << QStringList {u"--fire"_s, u"booking"_s} << u"--to"_s;
        QTest::newRow("bad property")
            << QStringList {u"--fire"_s,     u"booking"_s, u"--to"_s, u"http://127.0.0.1:9/"_s,
                            u"--property"_s, u"x"_s}
            << u"--property"_s;
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QCOMPARE(m_endpoint.requests.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFire)
#include "test_fire.moc"
