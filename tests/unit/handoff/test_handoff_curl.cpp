// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Copy as cURL: the generated command, run by a real shell and a real curl against a
// loopback server, delivers exactly the captured method, target, headers and body bytes.
#include "app/handoff/Curl.h"
#include "app/http/HttpServer.h"
#include "tests/unit/handoff/HandoffTestSupport.h"
#include "tests/unit/http/TestHandler.h"
#include "tests/unit/http/TestServer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHandoffCurl final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendsTheCaptureExactly_data();
    void sendsTheCaptureExactly();
    void redactedCommandSendsNoSecret();
    void baseUrlWithPathPrefix();
    void hostHeaderIsTheDefaultUrl();
    void quoting();

private:
    // Runs `command` with `shell` -c and returns the request the server received.
    Http::HttpRequest run(const QString &shell, const QString &command);
    QUrl baseUrl() const;

    std::unique_ptr<TestHandler> m_handler;
    std::unique_ptr<Http::HttpServer> m_server;
};

namespace {

// The headers a replay must reproduce: all but those curl computes itself.
Http::HeaderList comparable(const Http::HeaderList &headers)
{
    Http::HeaderList result;
    for (const auto &header : headers) {
        if (header.first.compare("Host", Qt::CaseInsensitive) != 0
            && header.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            result.append(header);
    }
    return result;
}

} // namespace

void TestHandoffCurl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QFAIL("curl is not installed (packaging/linux/debian-build-deps.txt lists it)");
}

void TestHandoffCurl::init()
{
    m_handler = std::make_unique<TestHandler>();
    m_server = TestServer::start(m_handler.get());
    QVERIFY(m_server->isListening());
}

void TestHandoffCurl::cleanup()
{
    m_server.reset();
    m_handler.reset();
}

QUrl TestHandoffCurl::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->serverPort()));
}

Http::HttpRequest TestHandoffCurl::run(const QString &shell, const QString &command)
{
    QProcess process;
    process.start(shell, {u"-c"_s, command});
    // The server lives on this thread: wait without blocking its event loop.
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
    }();
    if (process.exitCode() != 0 || m_handler->requestCount() != 1) {
        qWarning("command failed (%d): %s\n%s", process.exitCode(),
                 process.readAllStandardError().constData(), qPrintable(command));
        return {};
    }
    return m_handler->request(0);
}

void TestHandoffCurl::sendsTheCaptureExactly_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<Http::HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");

    const Http::HeaderList channex {{"Host", "example.org"},
                                    {"Content-Type", "application/json"},
                                    {"X-Channex-Webhook-Secret", "it's \"quoted\" $HOME `id`"},
                                    {"X-Trace", "one"},
                                    {"X-Trace", "two"},
                                    {"Content-Length", "999"}};
    const Http::HeaderList plain {{"Host", "example.org"}, {"User-Agent", "Channex/1.0"},
                                  {"Accept", "*/*"},       {"X-Empty", ""},
                                  {"X-Latin", "caf\xe9"},  {"X-Tab", "a\tb"}};
    QString bashPath = QStandardPaths::findExecutable(u"bash"_s);
    QStringList shells {u"sh"_s};
    if (!bashPath.isEmpty())
        shells << u"bash"_s;
    for (const QString &shell : shells) {
        const QByteArray prefix = shell.toLatin1() + ": ";
        QTest::newRow(QByteArray(prefix + "JSON booking, duplicate headers, brackets in the query")
                          .constData())
            << shell << "POST"_ba
            << "/hooks/channex?pagination[page]=2&a=%20b"_ba << channex
            << HandoffTestSupport::bookingBody;
        QTest::newRow(QByteArray(prefix + "binary body, PUT").constData())
            << shell << "PUT"_ba
            << "/bin"_ba << channex << HandoffTestSupport::binaryBody();
        QTest::newRow(
            QByteArray(prefix + "empty body, GET, empty and Latin-1 header values").constData())
            << shell << "GET"_ba
            << "/get"_ba << plain << QByteArray();
        QTest::newRow(QByteArray(prefix + "text starting with @").constData())
            << shell << "POST"_ba
            << "/at"_ba << channex << "@/etc/passwd"_ba;
        QTest::newRow(QByteArray(prefix + "text with a carriage return and a NUL").constData())
            << shell << "PATCH"_ba
            << "/crlf"_ba << plain << "a\r\nb\0c%s\\n"_ba;
        QTest::newRow(QByteArray(prefix + "text over 64 KiB").constData())
            << shell << "POST"_ba
            << "/big"_ba << channex << QByteArray(70 * 1024, 'x') + "'\n\"$x`";
    }
}

void TestHandoffCurl::sendsTheCaptureExactly()
{
    QFETCH(QString, shell);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(Http::HeaderList, headers);
    QFETCH(QByteArray, body);
    auto record = HandoffTestSupport::record(1, body);
    record.method = method;
    record.target = target;
    record.headers = headers;
    const QString command = Handoff::curlCommand(record, {}, baseUrl());
    QVERIFY(command.toUtf8().size() > 0);
    QVERIFY2(!command.contains(QChar(0)) && !command.contains(u'\r'), qPrintable(command));

    const Http::HttpRequest received = run(shell, command);
    QCOMPARE(received.method, method);
    QCOMPARE(received.target, target);
    QCOMPARE(comparable(received.headers), comparable(headers));
    QCOMPARE(received.body.size(), body.size());
    QCOMPARE(received.body, body);
}

void TestHandoffCurl::redactedCommandSendsNoSecret()
{
    auto record = HandoffTestSupport::record(1);
    record.target = "/hook?token=abc";
    const QString command = Handoff::curlCommand(record, {.enabled = true}, baseUrl());
    QVERIFY(!command.contains(u"s3cr3t"_s));
    QVERIFY(!command.contains(u"Ann"_s));
    const Http::HttpRequest received = run(u"sh"_s, command);
    QCOMPARE(received.target, "/hook?token=%5Bredacted%5D"_ba);
    QCOMPARE(received.header("X-Channex-Webhook-Secret"), "[redacted]"_ba);
    QVERIFY(received.body.contains("\"[redacted]\""));
    QVERIFY(received.body.contains("\"b1\""));
}

void TestHandoffCurl::baseUrlWithPathPrefix()
{
    const auto record = HandoffTestSupport::record(1);
    QUrl base = baseUrl();
    base.setPath(u"/prefix/"_s);
    const Http::HttpRequest received = run(u"sh"_s, Handoff::curlCommand(record, {}, base));
    QCOMPARE(received.target, "/prefix/hooks/channex?source=test"_ba);
}

void TestHandoffCurl::hostHeaderIsTheDefaultUrl()
{
    auto record = HandoffTestSupport::record(1);
    record.headers[0].second = baseUrl().authority().toLatin1();
    const Http::HttpRequest received = run(u"sh"_s, Handoff::curlCommand(record));
    QCOMPARE(received.target, record.target);
    QCOMPARE(received.body, record.body);
}

void TestHandoffCurl::quoting()
{
    QCOMPARE(Handoff::shellQuote("it's"), "'it'\\''s'"_ba);
    QCOMPARE(Handoff::shellQuote(""), "''"_ba);
    auto record = HandoffTestSupport::record(1, "{}");
    record.headers = {{"Content-Type", "application/json"}};
    QCOMPARE(Handoff::curlCommand(record, {}, QUrl(u"https://example.org"_s)),
             u"curl --globoff --path-as-is --request 'POST' "
             "'https://example.org/hooks/channex?source=test' \\\n"
             "  --header 'Content-Type: application/json' \\\n"
             "  --header 'User-Agent:' \\\n"
             "  --header 'Accept:' \\\n"
             "  --header 'Expect:' \\\n"
             "  --data-binary '{}'"_s);
}

QTEST_GUILESS_MAIN(TestHandoffCurl)
#include "test_handoff_curl.moc"
