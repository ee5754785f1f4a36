// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's control endpoints over HTTP, as a PMS team's CI uses them (docs/sandbox.md,
// "Deliveries"): fire an event, read the delivery log, clear it.
#include "app/http/FaultInjector.h"
#include "tests/unit/sandbox/DeliveryTestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DeliveryTest;

namespace {

const QString Events = u"/sandbox/v1/events"_s;
const QString Deliveries = u"/sandbox/v1/deliveries"_s;

QJsonObject fireBody(const QString &name, const QString &propertyId)
{
    return {{u"event"_s, name}, {u"property_id"_s, propertyId}};
}

QJsonObject dataOf(const ApiReply &reply)
{
    return reply.json().value("data"_L1).toObject();
}

QJsonArray attemptsOf(const ApiReply &reply)
{
    return reply.json().value("data"_L1).toArray();
}

} // namespace

class TestSandboxControl final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fireAnswers202AtOnce();
    void fireListsSuppressedWebhooks();
    void payloadReplacesTheSample();
    void unknownEventIs422NamingTheEvents();
    void unknownPropertyIs422();
    void bodyThatIsNoObjectIs400();
    void needsTheApiKey();
    void faultsDoNotApply();
    void listsEveryAttemptOldestFirst();
    void deleteClearsTheLogAndWaitingRetries();
    void unknownRouteIs404();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Target> m_target;
};

void TestSandboxControl::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->ready);
    m_target = std::make_unique<Target>();
}

void TestSandboxControl::cleanup()
{
    m_sandbox.reset();
    m_target.reset();
}

void TestSandboxControl::fireAnswers202AtOnce()
{
    // The target never answers: the 202 does not wait for it.
    m_target->handler.fallback = ScriptedTarget::Stall;
    const QString id = m_sandbox->addWebhook(m_target->url(), u"*"_s);
    const ApiReply reply = m_sandbox->client->post(Events, fireBody(u"booking_new"_s, HarbourView));
    QCOMPARE(reply.status, 202);
    const QJsonObject data = dataOf(reply);
    QVERIFY(!QUuid::fromString(data.value("event_id"_L1).toString()).isNull());
    const QJsonArray deliveries = data.value("deliveries"_L1).toArray();
    QCOMPARE(deliveries.size(), 1);
    const QJsonObject delivery = deliveries.at(0).toObject();
    QCOMPARE(delivery.keys(), (QStringList {u"callback_url"_s, u"delivery_id"_s, u"webhook_id"_s}));
    QCOMPARE(delivery.value("webhook_id"_L1).toString(), id);
    QCOMPARE(delivery.value("callback_url"_L1).toString(), m_target->url());
    QCOMPARE(data.value("suppressed"_L1).toArray(), QJsonArray());
    QTRY_COMPARE(m_target->handler.stalledCount(), 1);
}

void TestSandboxControl::fireListsSuppressedWebhooks()
{
    const QString global
        = m_sandbox->addWebhook(m_target->url(u"/global"_s), u"review"_s,
                                {{u"property_id"_s, QJsonValue::Null}, {u"is_global"_s, true}});
    const QString own = m_sandbox->addWebhook(m_target->url(u"/own"_s), u"review"_s);
    const ApiReply reply = m_sandbox->client->post(Events, fireBody(u"review"_s, HarbourView));
    QCOMPARE(reply.status, 202);
    QCOMPARE(dataOf(reply).value("suppressed"_L1).toArray(),
             QJsonArray({QJsonObject {{u"webhook_id"_s, global}, {u"because_of"_s, own}}}));
}

void TestSandboxControl::payloadReplacesTheSample()
{
    m_sandbox->addWebhook(m_target->url(), u"message"_s);
    QJsonObject body = fireBody(u"message"_s, HarbourView);
    body.insert(u"payload"_s, QJsonObject {{u"message"_s, u"Late check-in?"_s}});
    QCOMPARE(m_sandbox->client->post(Events, body).status, 202);
    QTRY_COMPARE(m_target->handler.requests.size(), 1);
    QCOMPARE(m_target->handler.bodyOf(0).value("payload"_L1).toObject(),
             QJsonObject({{u"message"_s, u"Late check-in?"_s}}));
}

void TestSandboxControl::unknownEventIs422NamingTheEvents()
{
    const ApiReply reply
        = m_sandbox->client->post(Events, fireBody(u"booking_created"_s, HarbourView));
    QCOMPARE(reply.status, 422);
    const QJsonObject errors = reply.json().value("errors"_L1).toObject();
    QCOMPARE(errors.value("code"_L1).toString(), u"validation_error"_s);
    QCOMPARE(errors.value("title"_L1).toString(), u"Validation Error"_s);
    const QString message
        = errors.value("details"_L1).toObject().value("event"_L1).toArray().at(0).toString();
    QVERIFY2(
        message.startsWith(u"is not one of the 28 Channex events: ari, booking, booking_new"_s),
        qPrintable(message));
    QCOMPARE(message.count(u", "_s), 27);
}

void TestSandboxControl::unknownPropertyIs422()
{
    const ApiReply reply = m_sandbox->client->post(
        Events, fireBody(u"booking"_s, u"11111111-2222-3333-4444-555555555555"_s));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json().value("errors"_L1).toObject().value("details"_L1).toObject(),
             QJsonObject({{u"property_id"_s, QJsonArray {u"does not exist"_s}}}));
    QCOMPARE(m_sandbox->client->post(Events, QJsonObject {{u"event"_s, u"ari"_s}}).status, 422);
}

void TestSandboxControl::bodyThatIsNoObjectIs400()
{
    const ApiReply reply = m_sandbox->client->send("POST", Events, {}, "[1, 2]"_ba);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value("errors"_L1).toObject().value("code"_L1).toString(),
             u"bad_request"_s);
    QCOMPARE(m_sandbox->client->send("POST", Events, {}, "{\"event\": "_ba).status, 400);
}

void TestSandboxControl::needsTheApiKey()
{
    const QByteArray body
        = QJsonDocument(fireBody(u"booking"_s, HarbourView)).toJson(QJsonDocument::Compact);
    QCOMPARE(m_sandbox->client->send("POST", Events, {}, body, std::nullopt).status, 401);
    QCOMPARE(m_sandbox->client->send("GET", Deliveries, {}, {}, u"wrong"_s).status, 401);
    QCOMPARE(m_sandbox->client->send("DELETE", Deliveries, {}, {}, u"wrong"_s).status, 401);
}

void TestSandboxControl::faultsDoNotApply()
{
    m_sandbox->server->faults().failNext(1, 500);
    const int before = m_sandbox->server->apiRequestCount();
    QCOMPARE(m_sandbox->client->post(Events, fireBody(u"booking"_s, HarbourView)).status, 202);
    QCOMPARE(m_sandbox->client->get(Deliveries).status, 200);
    QCOMPARE(m_sandbox->server->apiRequestCount(), before);
    // The fault is still waiting for the Channex API.
    QCOMPARE(m_sandbox->client->get(Webhooks).status, 500);
}

void TestSandboxControl::listsEveryAttemptOldestFirst()
{
    m_sandbox->server->setRetryScale(0.0001);
    m_target->handler.script = {503};
    const QString id = m_sandbox->addWebhook(m_target->url(), u"booking"_s);
    const ApiReply fired = m_sandbox->client->post(Events, fireBody(u"booking"_s, HarbourView));
    QCOMPARE(fired.status, 202);
    QTRY_COMPARE(m_sandbox->finishedAttempts(), 2);

    const ApiReply reply = m_sandbox->client->get(Deliveries);
    QCOMPARE(reply.status, 200);
    const QJsonArray attempts = attemptsOf(reply);
    QCOMPARE(attempts.size(), 2);
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    const QString deliveryId = dataOf(fired)
                                   .value("deliveries"_L1)
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value("delivery_id"_L1)
                                   .toString();
    for (int i = 0; i < 2; ++i) {
        const QJsonObject attempt = attempts.at(i).toObject();
        QCOMPARE(attempt.value("delivery_id"_L1).toString(), deliveryId);
        QCOMPARE(attempt.value("event_id"_L1).toString(),
                 dataOf(fired).value("event_id"_L1).toString());
        QCOMPARE(attempt.value("webhook_id"_L1).toString(), id);
        QCOMPARE(attempt.value("event"_L1).toString(), u"booking"_s);
        QCOMPARE(attempt.value("attempt"_L1).toInt(), i + 1);
        QCOMPARE(attempt.value("url"_L1).toString(), m_target->url());
        QVERIFY(iso.match(attempt.value("started_at"_L1).toString()).hasMatch());
        QVERIFY(attempt.value("duration_ms"_L1).isDouble());
        QVERIFY(attempt.value("error"_L1).isNull());
        QVERIFY(attempt.value("request"_L1).toString().startsWith("POST /hook HTTP/1.1\r\n"_L1));
    }
    const QJsonObject first = attempts.at(0).toObject();
    QCOMPARE(first.value("status"_L1).toInt(), 503);
    QVERIFY(iso.match(first.value("next_attempt_at"_L1).toString()).hasMatch());
    const QJsonObject second = attempts.at(1).toObject();
    QCOMPARE(second.value("status"_L1).toInt(), 200);
    QCOMPARE(second.value("response_body"_L1).toString(), u"ok"_s);
    QVERIFY(second.value("next_attempt_at"_L1).isNull());
    QVERIFY(QDateTime::fromString(first.value("started_at"_L1).toString(), Qt::ISODateWithMs)
            <= QDateTime::fromString(second.value("started_at"_L1).toString(), Qt::ISODateWithMs));

    // Without an answer: an error sentence and no status.
    m_sandbox->addWebhook(u"http://127.0.0.1:%1/gone"_s.arg(closedPort()), u"ari"_s);
    QCOMPARE(m_sandbox->client->post(Events, fireBody(u"ari"_s, HarbourView)).status, 202);
    QTRY_VERIFY(m_sandbox->finishedAttempts() >= 3);
    const QJsonObject refused = attemptsOf(m_sandbox->client->get(Deliveries)).at(2).toObject();
    QVERIFY(refused.value("status"_L1).isNull());
    QVERIFY2(refused.value("error"_L1).toString().contains("refused"_L1),
             qPrintable(refused.value("error"_L1).toString()));
}

void TestSandboxControl::deleteClearsTheLogAndWaitingRetries()
{
    m_target->handler.fallback = 503; // at Channex's pace: the retry waits a minute
    m_sandbox->addWebhook(m_target->url(), u"booking"_s);
    QCOMPARE(m_sandbox->client->post(Events, fireBody(u"booking"_s, HarbourView)).status, 202);
    QTRY_COMPARE(m_sandbox->finishedAttempts(), 1);
    QCOMPARE(attemptsOf(m_sandbox->client->get(Deliveries)).size(), 1);
    QCOMPARE(m_sandbox->server->pendingDeliveryCount(), 1);

    const ApiReply cleared = m_sandbox->client->send("DELETE", Deliveries);
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.json(),
             QJsonObject({{u"meta"_s, QJsonObject {{u"message"_s, u"Success"_s}}}}));
    QCOMPARE(attemptsOf(m_sandbox->client->get(Deliveries)).size(), 0);

    // The retry went with the log, and a new event is delivered as usual.
    QCOMPARE(m_sandbox->server->pendingDeliveryCount(), 0);
    m_target->handler.fallback = 200;
    QCOMPARE(m_sandbox->client->post(Events, fireBody(u"booking"_s, HarbourView)).status, 202);
    QTRY_COMPARE(m_sandbox->finishedAttempts(), 1);
    QCOMPARE(m_target->handler.requests.size(), 2);
    QCOMPARE(m_sandbox->server->pendingDeliveryCount(), 0);
}

void TestSandboxControl::unknownRouteIs404()
{
    QCOMPARE(m_sandbox->client->get(u"/sandbox/v1/nothing"_s).status, 404);
    QCOMPARE(m_sandbox->client->get(Events).status, 404);
    QCOMPARE(m_sandbox->client->send("PUT", Deliveries).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "test_sandbox_control.moc"
