// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real executable with --serve-sandbox, reads the server root and key it prints,
// and lists webhooks over HTTP with them, the way an integrator would.
#include "app/http/HttpRequestHandler.h"
#include "app/http/HttpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A PMS endpoint that is down for its first request, then well.
class FlakyEndpoint final : public Http::HttpRequestHandler
{
public:
    QList<qint64> arrivals;
    QElapsedTimer clock;

    void handleRequest(const Http::HttpRequest &, Http::HttpReply reply) override
    {
        arrivals << clock.elapsed();
        reply(Http::HttpResponse::text(arrivals.size() == 1 ? 503 : 200, "ok"_ba));
    }
};

} // namespace

class TestServeSandbox final : public QObject
{
    Q_OBJECT

private:
    struct Started
    {
        QUrl root;
        QString key;
        QString banner;
    };

    // Fills *started from the banner; QTRY_* needs a void function.
    void waitForBanner(QProcess &process, Started *started)
    {
        QString banner;
        const QRegularExpression rootLine(u"Server root: (\\S+)"_s);
        const QRegularExpression keyLine(u"API key:\\s+(\\S+)"_s);
        // QTRY re-reads the output each time the event loop has run.
        QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(process.readAllStandardOutput()),
                                  banner.contains(u"Ctrl+C"_s)),
                                 15000);
        started->root = QUrl(rootLine.match(banner).captured(1));
        started->key = keyLine.match(banner).captured(1);
        started->banner = banner;
    }

    // The environment of a terminal with no display at all; `platform` empty leaves Qt to pick.
    static QProcessEnvironment withoutDisplay(const QString &platform)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        if (!platform.isEmpty())
            environment.insert(u"QT_QPA_PLATFORM"_s, platform);
        return environment;
    }

    // `verb` with a JSON body (may be empty), the key in user-api-key.
    QJsonDocument call(const QByteArray &verb, const QUrl &url, const QString &key,
                       const QJsonObject &body, int *status)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setRawHeader("user-api-key", key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        const QByteArray bytes
            = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, verb, bytes));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return QJsonDocument::fromJson(reply->readAll());
    }

    QJsonObject getJson(const QUrl &url, const QString &key, int *status)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setRawHeader("user-api-key", key.toUtf8());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private slots:
    void servesTheDemoAccount()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"WEBHOOK_CONSOLE_SANDBOX_KEY"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WC_EXECUTABLE), {u"--serve-sandbox"_s});
        QVERIFY(process.waitForStarted());

        Started started;
        waitForBanner(process, &started);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(started.root.host(), u"127.0.0.1"_s);
        QVERIFY(started.root.port() > 0);
        QVERIFY(!started.key.isEmpty());

        int status = 0;
        QUrl url = started.root;
        url.setPath(u"/api/v1/webhooks"_s);
        const QJsonObject list = getJson(url, started.key, &status);
        QCOMPARE(status, 200);
        QVERIFY(list.value(u"meta"_s).toObject().value(u"total"_s).toInt() >= 10);

        const QJsonObject refused = getJson(url, u"wrong-key"_s, &status);
        QCOMPARE(status, 401);
        QCOMPARE(refused.value(u"errors"_s).toObject().value(u"code"_s).toString(),
                 u"unauthorized"_s);

        process.kill();
        process.waitForFinished();
    }

    void usesItsOwnKeyVariableAndTheGivenPort()
    {
        // Find a free port, release it, and ask the sandbox to use it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"WEBHOOK_CONSOLE_SANDBOX_KEY"_s, u"my-own-test-key"_s);
        environment.insert(u"CHANNEX_API_KEY"_s, u"production-secret"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WC_EXECUTABLE),
                      {u"--serve-sandbox"_s, u"--port"_s, QString::number(port)});
        QVERIFY(process.waitForStarted());
        Started started;
        waitForBanner(process, &started);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(started.root.port(), int(port));
        QCOMPARE(started.key, u"my-own-test-key"_s);
        QVERIFY(started.banner.contains(u"WEBHOOK_CONSOLE_SANDBOX_KEY"_s));

        process.kill();
        process.waitForFinished();
    }

    void deliversWithRetriesAtTheGivenScale()
    {
        FlakyEndpoint endpoint;
        endpoint.clock.start();
        Http::HttpServer target(&endpoint);
        QVERIFY(target.listen());

        QProcess process;
        process.start(QStringLiteral(WC_EXECUTABLE),
                      {u"--serve-sandbox"_s, u"--retry-scale"_s, u"0.001"_s});
        QVERIFY(process.waitForStarted());
        Started started;
        waitForBanner(process, &started);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(started.banner.contains(u"/sandbox/v1"_s));
        QVERIFY(started.banner.contains(u"60 ms"_s));

        // As a CI job would: a webhook to its endpoint, then an event. Casa del Sol has no demo
        // webhook for bookings, and its own webhook keeps the global one out: nothing leaves
        // this machine.
        const QString casaDelSol = u"605f075a-74ad-4bb5-a3f0-7a306e2c04fe"_s;
        QUrl url = started.root;
        url.setPath(u"/api/v1/webhooks"_s);
        int status = 0;
        const QJsonObject webhook {
            {u"property_id"_s, casaDelSol},
            {u"callback_url"_s, u"http://127.0.0.1:%1/channex"_s.arg(target.serverPort())},
            {u"event_mask"_s, u"booking_new"_s},
            {u"is_active"_s, true}};
        call("POST", url, started.key, {{u"webhook"_s, webhook}}, &status);
        QCOMPARE(status, 201);
        url.setPath(u"/sandbox/v1/events"_s);
        const QJsonObject fired
            = call("POST", url, started.key,
                   {{u"event"_s, u"booking_new"_s}, {u"property_id"_s, casaDelSol}}, &status)
                  .object();
        QCOMPARE(status, 202);
        QCOMPARE(fired.value("data"_L1).toObject().value("deliveries"_L1).toArray().size(), 1);
        QCOMPARE(fired.value("data"_L1).toObject().value("suppressed"_L1).toArray().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(endpoint.arrivals.size(), 2, 15000);
        const qint64 gap = endpoint.arrivals.at(1) - endpoint.arrivals.at(0);
        QVERIFY2(gap >= 60 && gap < 1500, qPrintable(QString::number(gap)));

        url.setPath(u"/sandbox/v1/deliveries"_s);
        QJsonArray attempts;
        QTRY_VERIFY(
            (attempts
             = call("GET", url, started.key, {}, &status).object().value("data"_L1).toArray(),
             attempts.size() == 2 && !attempts.at(1).toObject().value("status"_L1).isNull()));
        QCOMPARE(attempts.at(0).toObject().value("status"_L1).toInt(), 503);
        QCOMPARE(attempts.at(1).toObject().value("status"_L1).toInt(), 200);
        QCOMPARE(attempts.at(1).toObject().value("attempt"_L1).toInt(), 2);

        process.kill();
        process.waitForFinished();
    }

    void neverPrintsTheAccountKey()
    {
        // CHANNEX_API_KEY may hold a production key: the banner must not show it.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"WEBHOOK_CONSOLE_SANDBOX_KEY"_s);
        environment.insert(u"CHANNEX_API_KEY"_s, u"production-secret"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WC_EXECUTABLE), {u"--serve-sandbox"_s});
        QVERIFY(process.waitForStarted());
        Started started;
        waitForBanner(process, &started);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(started.key, u"sandbox-demo-key"_s);
        QVERIFY(!started.banner.contains(u"production-secret"_s));
        process.kill();
        process.waitForFinished();
    }

    void reportsABusyPort()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        QProcess process;
        process.start(QStringLiteral(WC_EXECUTABLE),
                      {u"--serve-sandbox"_s, u"--port"_s, QString::number(occupant.serverPort())});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"Could not start"_s));
    }

    void helpWorksWithoutADisplay()
    {
        QProcess process;
        process.setProcessEnvironment(withoutDisplay(QString()));
        process.start(QStringLiteral(WC_EXECUTABLE), {u"--help"_s});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"--serve-sandbox"_s));
    }

    void badOptionsAreUsageErrorsWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("platform"); // QT_QPA_PLATFORM; empty = unset
        QTest::addColumn<QString>("mentions");
        for (const QString &platform : {QString(), u"xcb"_s}) {
            const QByteArray suffix = platform.isEmpty() ? " (no platform)" : " (xcb)";
            QTest::newRow(QByteArray("--serve-sandbx" + suffix).constData())
                << QStringList {u"--serve-sandbx"_s} << platform << u"serve-sandbx"_s;
            QTest::newRow(QByteArray("--api-url notaurl" + suffix).constData())
                << QStringList {u"--api-url"_s, u"notaurl"_s} << platform << u"--api-url"_s;
            QTest::newRow(QByteArray("--help-all" + suffix).constData())
                << QStringList {u"--help-all"_s} << platform << u"help-all"_s;
        }
    }

    void badOptionsAreUsageErrorsWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, platform);
        QFETCH(QString, mentions);
        QProcess process;
        process.setProcessEnvironment(withoutDisplay(platform));
        process.start(QStringLiteral(WC_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(15000));
        const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(errors.contains(mentions), qPrintable(errors));
        QVERIFY2(errors.contains(u"--help"_s), qPrintable(errors));
        QVERIFY2(!errors.contains(u"display"_s, Qt::CaseInsensitive), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestServeSandbox)
#include "test_serve_sandbox.moc"
