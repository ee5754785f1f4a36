// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real executable with --serve-receiver, posts to the URL it prints from many
// connections at once, and kills it (SIGKILL) while requests are in flight: every request that
// was answered 2xx is in the database it printed. Also the secret check from the environment and
// the usage errors of the receiver's options.
#include "app/capture/CaptureStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QByteArray numberedBody(int n)
{
    return R"({"event":"booking","n":)" + QByteArray::number(n) + '}';
}

QByteArray post(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

// The status and X-Capture-Id of the first complete answer in `buffer`, removed from it.
struct Answer
{
    int status = 0;
    qint64 captureId = 0;
};

std::optional<Answer> takeAnswer(QByteArray *buffer)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Answer answer;
    qsizetype length = 0;
    const QList<QByteArray> lines = buffer->first(end).split('\n');
    answer.status = lines.constFirst().split(' ').value(1).toInt();
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
        if (lower.startsWith("x-capture-id:"))
            answer.captureId = line.mid(13).trimmed().toLongLong();
    }
    if (buffer->size() < end + 4 + length)
        return std::nullopt;
    buffer->remove(0, end + 4 + length);
    return answer;
}

// One keep-alive client that posts numbered bodies one after the other.
struct Sender
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray buffer;
    QList<int> inFlight; // the numbers of the bodies awaiting their answers, in order
};

} // namespace

class TestServeReceiver final : public QObject
{
    Q_OBJECT

private:
    struct Started
    {
        QUrl url;
        QString database;
    };

    static QProcessEnvironment environment(const QByteArray &secret = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"WEBHOOK_CONSOLE_RECEIVER_SECRET"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        if (!secret.isEmpty())
            environment.insert(u"WEBHOOK_CONSOLE_RECEIVER_SECRET"_s, QString::fromLatin1(secret));
        return environment;
    }

    void waitForBanner(QProcess &process, Started *started)
    {
        QString banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(process.readAllStandardOutput()),
                                  banner.contains(u"Ctrl+C"_s)),
                                 15000);
        *started = parseBanner(banner);
    }

    static Started parseBanner(const QString &banner)
    {
        Started started;
        started.url = QUrl(QRegularExpression(u"URL:\\s+(\\S+)"_s).match(banner).captured(1));
        started.database
            = QRegularExpression(u"Database:\\s+(.+)"_s).match(banner).captured(1).trimmed();
        return started;
    }

    // Posts `body` on a new connection; status -1 when no answer came.
    static Answer answerOfOnePost(quint16 port, const QByteArray &body,
                                  const QByteArray &headers = {})
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return {-1, 0};
        socket.write(post(body, headers));
        QByteArray buffer;
        std::optional<Answer> answer;
        (void)QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                answer = takeAnswer(&buffer);
                return answer.has_value();
            },
            10000);
        return answer.value_or(Answer {-1, 0});
    }

    static int statusOfOnePost(quint16 port, const QByteArray &headers)
    {
        return answerOfOnePost(port, "{}"_ba, headers).status;
    }

private slots:
    void nothingAnswered2xxIsLostToKill()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(
            QStringLiteral(WC_EXECUTABLE),
            {u"--serve-receiver"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dataDir.path()});
        QVERIFY(process.waitForStarted());
        Started started;
        waitForBanner(process, &started);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(started.url.host(), u"127.0.0.1"_s);
        QVERIFY(started.url.port() > 0);
        QVERIFY2(QDir::cleanPath(QDir::fromNativeSeparators(started.database))
                     .startsWith(QDir::cleanPath(dataDir.path())),
                 qPrintable(started.database));

        // 16 keep-alive clients, each posting its next body as soon as the last is answered.
        constexpr int Clients = 16;
        constexpr int AnsweredBeforeKill = 400;
        std::vector<Sender> senders(Clients);
        QHash<int, qint64> answered; // body number → capture id, for every 2xx
        int nonSuccess = 0;
        int next = 0;
        const auto sendNext = [&](Sender &sender) {
            sender.inFlight.append(next);
            sender.socket->write(post(numberedBody(next++)));
        };
        const auto readAnswers = [&](Sender &sender) {
            sender.buffer += sender.socket->readAll();
            while (const auto answer = takeAnswer(&sender.buffer)) {
                if (sender.inFlight.isEmpty())
                    break; // cannot happen: an answer nobody asked for
                const int number = sender.inFlight.takeFirst();
                if (answer->status / 100 == 2)
                    answered.insert(number, answer->captureId);
                else
                    ++nonSuccess;
                if (process.state() == QProcess::Running)
                    sendNext(sender);
            }
        };
        for (Sender &sender : senders) {
            connect(sender.socket.get(), &QTcpSocket::connected, this, [&] { sendNext(sender); });
            connect(sender.socket.get(), &QTcpSocket::readyRead, this,
                    [&] { readAnswers(sender); });
            sender.socket->connectToHost(QHostAddress::LocalHost, quint16(started.url.port()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= AnsweredBeforeKill, 60000);

        // A burst on every connection just before the kill, so that it lands mid-flight.
        for (Sender &sender : senders) {
            for (int n = 0; n < 8; ++n)
                sendNext(sender);
            sender.socket->flush();
        }
        process.kill(); // SIGKILL: no destructor, no last commit
        QVERIFY(process.waitForFinished(10000));
        int inFlightAtKill = 0;
        for (Sender &sender : senders) {
            sender.socket->waitForDisconnected(2000);
            readAnswers(sender); // answers that arrived before the kill still count
            inFlightAtKill += int(sender.inFlight.size());
        }
        QCOMPARE(nonSuccess, 0);
        QVERIFY(inFlightAtKill > 0);
        qInfo("%lld answered 2xx, %d in flight at the kill", qlonglong(answered.size()),
              inFlightAtKill);

        Capture::CaptureStore store;
        QVERIFY2(store.open(started.database), qPrintable(store.errorString()));
        QVERIFY(store.count() >= answered.size());
        for (auto it = answered.cbegin(); it != answered.cend(); ++it) {
            QVERIFY2(it.value() > 0, "a 2xx answer without X-Capture-Id");
            const auto stored = store.load(it.value());
            QVERIFY2(
                stored,
                qPrintable(u"capture %1 (body %2) was answered 2xx but is lost"_s.arg(it.value())
                               .arg(it.key())));
            QCOMPARE(stored->body, numberedBody(it.key()));
            QCOMPARE(stored->status, 200);
        }
    }

    // A real full disk: the server runs on a 4 MiB tmpfs in a mount namespace of its own
    // (unshare), and the test fills that file system from outside through /proc/PID/root.
    void aFullDiskIsAnswered503AndRecovers()
    {
#ifndef Q_OS_LINUX
        QSKIP("Needs a Linux mount namespace.");
#else
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
        if (unshare.isEmpty())
            QSKIP("unshare (util-linux) is not installed.");
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        QProcess process;
        process.setProcessEnvironment(environment());
        // -r: a user namespace, so that the mount needs no root; as root it changes nothing.
        process.start(unshare,
                      {u"-rm"_s, u"sh"_s, u"-c"_s,
                       u"mount -t tmpfs -o size=4m wc-full-disk \"$1\" && exec \"$2\" "
                       "--serve-receiver --port 0 --data-dir \"$1\""_s,
                       u"sh"_s, mountPoint.path(), QStringLiteral(WC_EXECUTABLE)});
        QVERIFY(process.waitForStarted());
        // Either the banner, or the shell gave up because this machine allows no such mount.
        QString banner;
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner += QString::fromUtf8(process.readAllStandardOutput()),
             banner.contains(u"Ctrl+C"_s) || process.state() == QProcess::NotRunning),
            15000);
        if (!banner.contains(u"Ctrl+C"_s)) {
            QSKIP(qPrintable(u"No private tmpfs here: %1"_s.arg(
                QString::fromLocal8Bit(process.readAllStandardError()).trimmed())));
        }
        const Started started = parseBanner(banner);
        const auto port = quint16(started.url.port());
        // The server's view of the data directory (its mount namespace).
        const QString inside = u"/proc/%1/root%2"_s.arg(process.processId()).arg(mountPoint.path());
        QVERIFY2(QFile::exists(inside + u"/captures.sqlite"_s), qPrintable(inside));

        const auto postBody = [port](const QByteArray &body) {
            return answerOfOnePost(port, body);
        };
        const Answer before = postBody(numberedBody(1));
        QCOMPARE(before.status, 200);

        // Fill what is left of the 4 MiB.
        QFile filler(inside + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray chunk(64 * 1024, 'x');
        while (filler.write(chunk) == chunk.size()) { }
        filler.close();

        // A body larger than any free page left: the WAL has to grow, and cannot.
        const QByteArray big
            = "{\"event\":\"booking\",\"pad\":\""_ba + QByteArray(256 * 1024, 'p') + "\"}";
        const Answer full = postBody(big);
        QCOMPARE(full.status, 503);
        QCOMPARE(full.captureId, 0);
        QString errors;
        QTRY_VERIFY_WITH_TIMEOUT((errors += QString::fromUtf8(process.readAllStandardError()),
                                  errors.contains(u"Not storing"_s)),
                                 10000);
        QVERIFY2(errors.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(errors));

        // Space again: the next request is stored, and the server says so once.
        QVERIFY(filler.remove());
        const Answer after = postBody(numberedBody(2));
        QCOMPARE(after.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT((errors += QString::fromUtf8(process.readAllStandardError()),
                                  errors.contains(u"Storing again"_s)),
                                 10000);

        // What was answered 200 is there; what was answered 503 is not. Read from a copy: SQLite
        // resolves the /proc/PID/root link to this process's own root. The server is idle, so
        // the database and its WAL are a consistent pair.
        QTemporaryDir copy;
        for (const QString &name : {u"captures.sqlite"_s, u"captures.sqlite-wal"_s})
            QVERIFY(QFile::copy(inside + u'/' + name, copy.filePath(name)));
        {
            Capture::CaptureStore store;
            QVERIFY2(store.open(copy.filePath(u"captures.sqlite"_s)),
                     qPrintable(store.errorString()));
            QCOMPARE(store.count(), 2);
            QCOMPARE(store.load(before.captureId)->body, numberedBody(1));
            QCOMPARE(store.load(after.captureId)->body, numberedBody(2));
        }
        process.kill();
        process.waitForFinished();
#endif
    }

    void secretComesFromTheEnvironment()
    {
        QTemporaryDir dataDir;
        QProcess process;
        process.setProcessEnvironment(environment("env-secret"_ba));
        process.start(QStringLiteral(WC_EXECUTABLE),
                      {u"--serve-receiver"_s, u"--data-dir"_s, dataDir.path(), u"--secret-header"_s,
                       u"X-Webhook-Secret"_s});
        QVERIFY(process.waitForStarted());
        Started started;
        waitForBanner(process, &started);
        if (QTest::currentTestFailed())
            return;
        const auto port = quint16(started.url.port());
        QCOMPARE(statusOfOnePost(port, {}), 401);
        QCOMPARE(statusOfOnePost(port, "X-Webhook-Secret: wrong\r\n"_ba), 401);
        QCOMPARE(statusOfOnePost(port, "X-Webhook-Secret: env-secret\r\n"_ba), 200);
        process.kill();
        process.waitForFinished();
    }

    void exportWritesEveryCaptureAsJsonLines()
    {
        QTemporaryDir dataDir;
        {
            QProcess server;
            server.setProcessEnvironment(environment());
            server.start(QStringLiteral(WC_EXECUTABLE),
                         {u"--serve-receiver"_s, u"--data-dir"_s, dataDir.path()});
            QVERIFY(server.waitForStarted());
            Started started;
            waitForBanner(server, &started);
            if (QTest::currentTestFailed())
                return;
            for (int n = 0; n < 3; ++n)
                QCOMPARE(statusOfOnePost(quint16(started.url.port()), {}), 200);
            server.kill();
            server.waitForFinished();
        }

        // To standard output.
        QProcess toStdout;
        toStdout.setProcessEnvironment(environment());
        toStdout.start(QStringLiteral(WC_EXECUTABLE),
                       {u"--export-captures"_s, u"-"_s, u"--data-dir"_s, dataDir.path()});
        QVERIFY(toStdout.waitForFinished(15000));
        QCOMPARE(toStdout.exitCode(), 0);
        const QByteArray lines = toStdout.readAllStandardOutput();
        QCOMPARE(lines.count('\n'), 3);
        for (const QByteArray &line : lines.trimmed().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            QVERIFY2(object.value(u"id"_s).toInteger() > 0, line.constData());
            QCOMPARE(object.value(u"method"_s).toString(), u"POST"_s);
            QCOMPARE(object.value(u"status"_s).toInt(), 200);
            QCOMPARE(object.value(u"body"_s).toString(), u"{}"_s);
        }
        QVERIFY(QString::fromUtf8(toStdout.readAllStandardError()).contains(u"3"_s));

        // To a file, the same lines.
        const QString file = dataDir.filePath(u"export.jsonl"_s);
        QProcess toFile;
        toFile.setProcessEnvironment(environment());
        toFile.start(QStringLiteral(WC_EXECUTABLE),
                     {u"--export-captures"_s, file, u"--data-dir"_s, dataDir.path()});
        QVERIFY(toFile.waitForFinished(15000));
        QCOMPARE(toFile.exitCode(), 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), lines);
    }

    void secretHeaderWithoutItsValueIsAUsageError()
    {
        QTemporaryDir dataDir;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(WC_EXECUTABLE),
                      {u"--serve-receiver"_s, u"--data-dir"_s, dataDir.path(), u"--secret-header"_s,
                       u"X-Webhook-Secret"_s});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(u"WEBHOOK_CONSOLE_RECEIVER_SECRET"_s));
    }

    void busyPortIsReported()
    {
        QTemporaryDir dataDir;
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(WC_EXECUTABLE),
                      {u"--serve-receiver"_s, u"--port"_s, QString::number(occupant.serverPort()),
                       u"--data-dir"_s, dataDir.path()});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"already in use"_s));
    }

    void usageErrorsExit2WithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("receiver-port out of range")
            << QStringList {u"--receiver-port"_s, u"70000"_s} << u"--receiver-port"_s;
        QTest::newRow("latency with serve-receiver")
            << QStringList {u"--serve-receiver"_s, u"--latency"_s, u"5"_s} << u"--latency"_s;
        QTest::newRow("serve-receiver and serve-sandbox")
            << QStringList {u"--serve-receiver"_s, u"--serve-sandbox"_s} << u"choose one"_s;
        QTest::newRow("secret header without serve-receiver")
            << QStringList {u"--secret-header"_s, u"X-A"_s} << u"--secret-header"_s;
        QTest::newRow("rules without serve-receiver")
            << QStringList {u"--rules"_s, u"rules.json"_s} << u"--rules"_s;
        QTest::newRow("forward to no URL")
            << QStringList {u"--serve-receiver"_s, u"--forward"_s, u"localhost:3000"_s}
            << u"http://"_s;
        QTest::newRow("forward timeout without forward")
            << QStringList {u"--serve-receiver"_s, u"--forward-timeout"_s, u"5"_s}
            << u"--forward-timeout"_s;
    }

    // A rules file that cannot be used stops the start: exit 2, a sentence naming the file and
    // the problem, and no receiver ever listening.
    void unusableRulesFilesExit2_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << QByteArray() << u"cannot be read"_s;
        QTest::newRow("not JSON") << "{\"rules\": [ {\"status\": 503 ]}"_ba << u"not valid JSON"_s;
        QTest::newRow("unknown key")
            << R"({"rules": [{"status": 503, "stauts": 1}]})"_ba << u"“stauts”"_s;
        QTest::newRow("impossible status")
            << R"({"rules": [{"status": 200}, {"status": 700}]})"_ba << u"Rule 2"_s;
        QTest::newRow("negative delay")
            << R"({"rules": [{"status": 200, "delay_ms": -5}]})"_ba << u"delay_ms"_s;
    }

    void unusableRulesFilesExit2()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dataDir;
        const QString rules = dataDir.filePath(u"my-rules.json"_s);
        if (!content.isEmpty()) {
            QFile file(rules);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(
            QStringLiteral(WC_EXECUTABLE),
            {u"--serve-receiver"_s, u"--data-dir"_s, dataDir.path(), u"--rules"_s, rules});
        QVERIFY(process.waitForFinished(15000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(errors.contains(u"my-rules.json"_s), qPrintable(errors));
        QVERIFY2(errors.contains(mentions), qPrintable(errors));
        QVERIFY(!QString::fromUtf8(process.readAllStandardOutput()).contains(u"URL:"_s));
    }

    // The example of docs/response-rules.md: booking_new answered 503 three times, then 200;
    // with --forward to an app that is down, the others are answered 502.
    void rulesAndForwardingFromTheCommandLine()
    {
        QTemporaryDir dataDir;
        const QString rules = dataDir.filePath(u"rules.json"_s);
        {
            QFile file(rules);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"rules": [{"event": "booking_new", "status": 503, "body": "busy", )"
                       R"("times": 3}]})");
        }
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 appPort = closed.serverPort();
        closed.close();
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(WC_EXECUTABLE),
                      {u"--serve-receiver"_s, u"--data-dir"_s, dataDir.path(), u"--rules"_s, rules,
                       u"--forward"_s, u"http://127.0.0.1:%1/app"_s.arg(appPort)});
        QVERIFY(process.waitForStarted());
        Started started;
        waitForBanner(process, &started);
        if (QTest::currentTestFailed())
            return;
        const auto port = quint16(started.url.port());
        const QByteArray bookingNew = R"({"event":"booking_new","property_id":"p1",)"
                                      R"("timestamp":"2026-01-01T00:00:00Z","payload":{}})"_ba;
        QList<int> statuses;
        for (int i = 0; i < 4; ++i)
            statuses << answerOfOnePost(port, bookingNew).status;
        QCOMPARE(statuses, (QList<int> {503, 503, 503, 502}));
        process.kill();
        process.waitForFinished();
    }

    void usageErrorsExit2WithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(WC_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(15000));
        const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(errors.contains(mentions), qPrintable(errors));
        QVERIFY2(!errors.contains(u"display"_s, Qt::CaseInsensitive), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestServeReceiver)
#include "test_serve_receiver.moc"
