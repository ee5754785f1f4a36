// Starts the real executable with --serve-sandbox, reads the server root and key it prints,
// and lists webhooks over HTTP with them, the way an integrator would.
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

class TestServeSandbox final : public QObject
{
    Q_OBJECT

private:
    struct Started
    {
        QUrl root;
        QString key;
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
        environment.remove(u"CHANNEX_API_KEY"_s);
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

    void usesTheKeyFromTheEnvironmentAndTheGivenPort()
    {
        // Find a free port, release it, and ask the sandbox to use it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CHANNEX_API_KEY"_s, u"my-own-test-key"_s);
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
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WC_EXECUTABLE), {u"--help"_s});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"--serve-sandbox"_s));
    }
};

QTEST_GUILESS_MAIN(TestServeSandbox)
#include "test_serve_sandbox.moc"
