// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the real executable's --serve-receiver and --export-captures with --store on a
// real PostgreSQL server (PostgresServer), as a team's receivers run them.
#include "tests/postgres/PostgresServer.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment headless()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"PGPASSWORD"_s);
    return environment;
}

// The status of one POST on a connection of its own; -1 when no answer came.
int statusOfPost(quint16 port, const QByteArray &body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write("POST /channex HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                 "Content-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.contains("\r\n\r\n");
        },
        15000);
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : -1;
}

} // namespace

class TestServeReceiverPostgres final : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;

    // Starts --serve-receiver on `url`; its port, or 0 (the test failed).
    static quint16 startReceiver(QProcess &process, const QString &url)
    {
        process.setProcessEnvironment(headless());
        process.start(QStringLiteral(WC_EXECUTABLE), {u"--serve-receiver"_s, u"--store"_s, url});
        QString banner;
        if (!QTest::qWaitFor(
                [&] {
                    banner += QString::fromUtf8(process.readAllStandardOutput());
                    return banner.contains(u"Ctrl+C"_s) || process.state() == QProcess::NotRunning;
                },
                15000)
            || !banner.contains(u"Ctrl+C"_s)) {
            QTest::qFail(qPrintable(banner + QString::fromUtf8(process.readAllStandardError())),
                         __FILE__, __LINE__);
            return 0;
        }
        // The banner names the shared store, never a password (there is none to name).
        if (!banner.contains(u"Database: "_s + url))
            QTest::qFail(qPrintable(banner), __FILE__, __LINE__);
        return quint16(
            QUrl(QRegularExpression(u"URL:\\s+(\\S+)"_s).match(banner).captured(1)).port());
    }

    QByteArray exportAll(const QString &url, int *exitCode)
    {
        QProcess exporter;
        exporter.setProcessEnvironment(headless());
        exporter.start(QStringLiteral(WC_EXECUTABLE),
                       {u"--export-captures"_s, u"-"_s, u"--store"_s, url});
        if (!exporter.waitForFinished(30000))
            return {};
        *exitCode = exporter.exitCode();
        return exporter.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void twoReceiversShareOneHistory()
    {
        QString error;
        m_server.createDatabase(u"shared"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString url = m_server.url(u"shared"_s);
        QProcess first;
        QProcess second;
        const quint16 firstPort = startReceiver(first, url);
        const quint16 secondPort = startReceiver(second, url);
        QVERIFY(firstPort && secondPort);

        const QByteArray booking = R"({"event":"booking_new","property_id":"hotel-1",)"
                                   R"("timestamp":"2026-12-07T10:00:00.000000Z","payload":{}})";
        QCOMPARE(statusOfPost(firstPort, booking), 200);
        QCOMPARE(statusOfPost(secondPort, booking), 200);
        QCOMPARE(statusOfPost(secondPort, R"({"other":true})"), 200);

        // The server goes away: requests are answered 503, and the receiver says so once.
        QVERIFY2(m_server.stop(&error), qPrintable(error));
        QCOMPARE(statusOfPost(firstPort, R"({"lost":false})"), 503);
        QString said;
        QTRY_VERIFY_WITH_TIMEOUT((said += QString::fromUtf8(first.readAllStandardError()),
                                  said.contains(u"shared capture history"_s)),
                                 5000);
        QCOMPARE(said.count(u"Not storing"_s), 1);
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(statusOfPost(firstPort, R"({"back":true})"), 200);
        first.kill();
        second.kill();
        first.waitForFinished();
        second.waitForFinished();

        // One history: both receivers' captures, in the order they were stored, the second
        // booking marked as a duplicate of the first although another receiver stored it.
        int exitCode = -1;
        const QList<QByteArray> lines = exportAll(url, &exitCode).trimmed().split('\n');
        QCOMPARE(exitCode, 0);
        QCOMPARE(lines.size(), 4);
        QList<qint64> ids;
        QStringList bodies;
        for (const QByteArray &line : lines) {
            const QJsonObject capture = QJsonDocument::fromJson(line).object();
            ids << capture.value(u"id"_s).toInteger();
            bodies << capture.value(u"body"_s).toString();
        }
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        QCOMPARE(bodies.at(2), u"{\"other\":true}"_s);
        QCOMPARE(bodies.at(3), u"{\"back\":true}"_s);
        QVERIFY2(lines.at(1).contains("duplicate"), lines.at(1).constData());
    }

    void anUnreachableServerIsExit1WithASentence()
    {
        QProcess process;
        process.setProcessEnvironment(headless());
        const QString url = u"postgresql://wc@127.0.0.1:%1/nothing"_s.arg(m_server.port() + 1);
        process.start(QStringLiteral(WC_EXECUTABLE), {u"--serve-receiver"_s, u"--store"_s, url});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QString said = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(said.contains(url) && said.contains(u"could not be reached"_s), qPrintable(said));
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("password in the URL")
            << QStringList {u"--serve-receiver"_s, u"--store"_s,
                            u"postgresql://wc:secret@127.0.0.1/db"_s}
            << u"password"_s;
        QTest::newRow("no database")
            << QStringList {u"--serve-receiver"_s, u"--store"_s, u"postgres://wc@127.0.0.1"_s}
            << u"names no database"_s;
        QTest::newRow("not PostgreSQL")
            << QStringList {u"--export-captures"_s, u"-"_s, u"--store"_s, u"mysql://h/db"_s}
            << u"PostgreSQL URL"_s;
        QTest::newRow("unknown option")
            << QStringList {u"--serve-receiver"_s, u"--store"_s,
                            u"postgresql://wc@127.0.0.1/db?colour=blue"_s}
            << u"colour"_s;
        QTest::newRow("with the sandbox")
            << QStringList {u"--serve-sandbox"_s, u"--store"_s, u"postgresql://wc@h/db"_s}
            << u"--store is an option of"_s;
    }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        QProcess process;
        process.setProcessEnvironment(headless());
        process.start(QStringLiteral(WC_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(said), qPrintable(error));
        QVERIFY2(!error.contains(u"secret"_s), "the password is never repeated");
    }
};

QTEST_GUILESS_MAIN(TestServeReceiverPostgres)
#include "test_serve_receiver_postgres.moc"
