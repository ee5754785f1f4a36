// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/v1/webhooks/test (https://docs.channex.io/api-v.1-documentation/webhook-collection): a
// real call to a local HTTP target.
#include "app/http/HttpServer.h"
#include "tests/unit/sandbox/SandboxTestSupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace SandboxTest;

namespace {

const QString TestPath = u"/api/v1/webhooks/test"_s;

} // namespace

class TestSandboxTestCall final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void deliversEnvelopeHeadersAndParams();
    void globalWebhookWithoutData();
    void reportsTargetStatus_data();
    void reportsTargetStatus();
    void unreachableTarget();
    void slowTarget();
    void refusedCallsNothing();

private:
    QString targetUrl(const QString &pathAndQuery) const;
    QJsonObject webhookFor(const QString &pathAndQuery) const;

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    RecordingTarget m_target;
    std::unique_ptr<Http::HttpServer> m_targetServer;
};

void TestSandboxTestCall::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<ApiClient>(m_sandbox->rootUrl());

    m_target.requests.clear();
    m_target.stall = false;
    m_target.answer = Http::HttpResponse::text(200, "{\n  \"success\": true\n}"_ba);
    m_targetServer = std::make_unique<Http::HttpServer>(&m_target);
    QVERIFY2(m_targetServer->listen(), qPrintable(m_targetServer->errorString()));
}

void TestSandboxTestCall::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_targetServer.reset();
}

QString TestSandboxTestCall::targetUrl(const QString &pathAndQuery) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_targetServer->serverPort()).arg(pathAndQuery);
}

QJsonObject TestSandboxTestCall::webhookFor(const QString &pathAndQuery) const
{
    return {{u"property_id"_s, HarbourView},
            {u"callback_url"_s, targetUrl(pathAndQuery)},
            {u"event_mask"_s, u"booking_cancellation;booking_new"_s}};
}

void TestSandboxTestCall::deliversEnvelopeHeadersAndParams()
{
    QJsonObject webhook = webhookFor(u"/hooks/channex?existing=1"_s);
    webhook.insert(u"headers"_s,
                   QJsonObject {{u"X-Channex-Webhook-Secret"_s, u"s3cret"_s},
                                {u"Authorization"_s, u"Bearer abc"_s}});
    webhook.insert(u"request_params"_s,
                   QJsonObject {{u"account"_s, u"acme hotels"_s}, {u"token"_s, u"a&b=c+d"_s}});
    webhook.insert(u"send_data"_s, true);

    const ApiReply reply = m_client->post(TestPath, wrapped(webhook));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(),
             QJsonObject({{u"status_code"_s, 200}, {u"body"_s, u"{\n  \"success\": true\n}"_s}}));

    QCOMPARE(m_target.requests.size(), 1);
    const Http::HttpRequest &received = m_target.requests.constFirst();
    QCOMPARE(received.method, "POST"_ba);
    QCOMPARE(received.path(), u"/hooks/channex"_s);
    const QUrlQuery query = received.query();
    QCOMPARE(query.queryItemValue(u"existing"_s), u"1"_s);
    QCOMPARE(query.queryItemValue(u"account"_s, QUrl::FullyDecoded), u"acme hotels"_s);
    QCOMPARE(query.queryItemValue(u"token"_s, QUrl::FullyDecoded), u"a&b=c+d"_s);
    QCOMPARE(received.header("X-Channex-Webhook-Secret"), "s3cret"_ba);
    QCOMPARE(received.header("authorization"), "Bearer abc"_ba);
    QCOMPARE(received.header("Content-Type"), "application/json"_ba);
    QCOMPARE(received.header("User-Agent"), "Webhook Console Sandbox"_ba);

    const QJsonObject envelope = QJsonDocument::fromJson(received.body).object();
    QCOMPARE(envelope.value("event"_L1).toString(), u"booking_cancellation"_s);
    QCOMPARE(envelope.value("property_id"_L1).toString(), HarbourView);
    QVERIFY(envelope.contains("user_id"_L1));
    QVERIFY(envelope.value("user_id"_L1).isNull());
    QCOMPARE(envelope.value("payload"_L1).toObject(), QJsonObject({{u"test"_s, true}}));
    static const QRegularExpression timestamp(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"_s);
    QVERIFY(timestamp.match(envelope.value("timestamp"_L1).toString()).hasMatch());

    // A test stores nothing.
    QCOMPARE(totalOf(m_client->get(Webhooks)), 12);
}

void TestSandboxTestCall::globalWebhookWithoutData()
{
    QJsonObject webhook = webhookFor(u"/global"_s);
    webhook.insert(u"property_id"_s, QJsonValue::Null);
    webhook.insert(u"is_global"_s, true);
    webhook.insert(u"event_mask"_s, u"*"_s);

    QCOMPARE(m_client->post(TestPath, wrapped(webhook)).status, 200);
    QCOMPARE(m_target.requests.size(), 1);
    const QJsonObject envelope
        = QJsonDocument::fromJson(m_target.requests.constFirst().body).object();
    QCOMPARE(envelope.value("event"_L1).toString(), u"booking_new"_s);
    // A global test names the account's first property; no payload without send_data.
    QCOMPARE(envelope.value("property_id"_L1).toString(), HarbourView);
    QVERIFY(!envelope.contains("payload"_L1));
    QCOMPARE(m_target.requests.constFirst().query().toString(), QString());
}

void TestSandboxTestCall::reportsTargetStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("500") << 500 << "boom"_ba;
    QTest::newRow("404 empty") << 404 << QByteArray();
    QTest::newRow("401") << 401 << R"({"error":"bad secret"})"_ba;
    QTest::newRow("redirect, not followed") << 302 << "moved"_ba;
}

void TestSandboxTestCall::reportsTargetStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    m_target.answer = Http::HttpResponse::text(status, body);
    m_target.answer.setHeader("Location"_ba, targetUrl(u"/elsewhere"_s).toUtf8());

    const ApiReply reply = m_client->post(TestPath, wrapped(webhookFor(u"/hook"_s)));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(),
             QJsonObject({{u"status_code"_s, status}, {u"body"_s, QString::fromUtf8(body)}}));
    QCOMPARE(m_target.requests.size(), 1);
}

void TestSandboxTestCall::unreachableTarget()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();

    QJsonObject webhook = webhookFor(u"/hook"_s);
    webhook.insert(u"callback_url"_s, u"http://127.0.0.1:%1/hook"_s.arg(closedPort));
    const ApiReply reply = m_client->post(TestPath, wrapped(webhook));
    QCOMPARE(reply.status, 422);
    const QJsonObject errors = reply.json().value("errors"_L1).toObject();
    QCOMPARE(errors.value("code"_L1).toString(), u"validation_error"_s);
    const QJsonObject details = errors.value("details"_L1).toObject();
    QCOMPARE(details.keys(), QStringList {u"callback_url"_s});
    const QString message = details.value("callback_url"_L1).toArray().at(0).toString();
    QVERIFY2(message.startsWith("could not be reached: "_L1), qPrintable(message));
    QVERIFY2(message.contains("refused"_L1, Qt::CaseInsensitive), qPrintable(message));
}

void TestSandboxTestCall::slowTarget()
{
    m_sandbox->setTestCallTimeout(300ms);
    m_target.stall = true;

    const ApiReply reply = m_client->post(TestPath, wrapped(webhookFor(u"/slow"_s)));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json().value("errors"_L1).toObject().value("details"_L1).toObject(),
             QJsonObject({{u"callback_url"_s,
                           QJsonArray {u"could not be reached: no answer within 0.3 s"_s}}}));
    QCOMPARE(m_target.requests.size(), 1);
}

void TestSandboxTestCall::refusedCallsNothing()
{
    const QByteArray body
        = QJsonDocument(wrapped(webhookFor(u"/hook"_s))).toJson(QJsonDocument::Compact);
    QCOMPARE(m_client->send("POST", TestPath, {}, body, std::nullopt).status, 401);
    QJsonObject invalid = webhookFor(u"/hook"_s);
    invalid.remove(u"event_mask"_s);
    QCOMPARE(m_client->post(TestPath, wrapped(invalid)).status, 422);
    QCOMPARE(m_target.requests.size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxTestCall)
#include "test_sandbox_testcall.moc"
