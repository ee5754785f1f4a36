// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Firing an event delivers it to every matching webhook as Channex does
// (https://docs.channex.io/api-v.1-documentation/webhook-collection): the envelope, headers and
// request_params, send_data, which masks match, global webhooks suppressed by property webhooks,
// and ARI filters applied to the records. Real HTTP targets on loopback.
#include "tests/unit/sandbox/DeliveryTestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DeliveryTest;
using Sandbox::Deliveries::FireRequest;

namespace {

const QString RatePlanA = u"96a44e07-2158-43e4-8baa-8f6f56922ba8"_s;
const QString RatePlanB = u"04c607e4-644d-45ea-ab1a-da920ee36e50"_s;
const QString RoomType = u"27e24739-239c-4619-9c30-0dc390f5d7ac"_s;

QJsonArray threeAriRecords()
{
    return QJsonArray {
        QJsonObject {{u"date"_s, u"2026-05-01"_s},
                     {u"rate"_s, 11100},
                     {u"rate_plan_id"_s, RatePlanA},
                     {u"room_type_id"_s, RoomType}},
        QJsonObject {{u"date"_s, u"2026-05-02"_s},
                     {u"availability"_s, 3},
                     {u"rate_plan_id"_s, RatePlanB},
                     {u"room_type_id"_s, RoomType}},
        QJsonObject {{u"date"_s, u"2026-05-03"_s},
                     {u"stop_sell"_s, true},
                     {u"rate_plan_id"_s, RatePlanA},
                     {u"room_type_id"_s, RoomType}},
    };
}

QStringList datesIn(const QJsonObject &body)
{
    QStringList dates;
    for (const QJsonValue &record : body.value("payload"_L1).toArray())
        dates << record.toObject().value("date"_L1).toString();
    return dates;
}

} // namespace

class TestSandboxDeliveries final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void deliversTheEnvelopeWithHeadersAndParams();
    void withoutSendDataTheBodyHasNoPayload();
    void masksThatNameTheEvent_data();
    void masksThatNameTheEvent();
    void eachWebhookGetsItsOwnDelivery();
    void propertyWebhookSuppressesGlobal();
    void ariFiltersKeepTheirRecords();
    void ariFilterThatKeepsNothingSuppressesNothing();
    void unknownEventOrPropertyIsRefused();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Target> m_target;
};

void TestSandboxDeliveries::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->ready);
    m_target = std::make_unique<Target>();
    QVERIFY(m_target->server->isListening());
}

void TestSandboxDeliveries::cleanup()
{
    m_sandbox.reset();
    m_target.reset();
}

void TestSandboxDeliveries::deliversTheEnvelopeWithHeadersAndParams()
{
    const QString id = m_sandbox->addWebhook(
        m_target->url(u"/hooks/channex?existing=1"_s), u"booking"_s,
        {{u"headers"_s, QJsonObject {{u"X-Channex-Webhook-Secret"_s, u"s3cret"_s}}},
         {u"request_params"_s, QJsonObject {{u"account"_s, u"acme hotels"_s}}}});
    QVERIFY(!id.isEmpty());

    const auto outcome = m_sandbox->fire(FireRequest {u"booking"_s, HarbourView, {}, {}});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.result->deliveries.size(), 1);
    QCOMPARE(outcome.result->deliveries.constFirst().webhookId, id);
    QCOMPARE(outcome.result->deliveries.constFirst().callbackUrl,
             m_target->url(u"/hooks/channex?existing=1"_s));
    QVERIFY(outcome.result->suppressed.isEmpty());

    QTRY_COMPARE(m_target->handler.requests.size(), 1);
    const Http::HttpRequest &received = m_target->handler.requests.constFirst();
    QCOMPARE(received.method, "POST"_ba);
    QCOMPARE(received.path(), u"/hooks/channex"_s);
    QCOMPARE(received.query().queryItemValue(u"existing"_s), u"1"_s);
    QCOMPARE(received.query().queryItemValue(u"account"_s, QUrl::FullyDecoded), u"acme hotels"_s);
    QCOMPARE(received.header("X-Channex-Webhook-Secret"), "s3cret"_ba);
    QCOMPARE(received.header("Content-Type"), "application/json"_ba);

    const QJsonObject body = m_target->handler.bodyOf(0);
    QCOMPARE(
        body.keys(),
        (QStringList {u"event"_s, u"payload"_s, u"property_id"_s, u"timestamp"_s, u"user_id"_s}));
    QCOMPARE(body.value("event"_L1).toString(), u"booking"_s);
    QCOMPARE(body.value("property_id"_L1).toString(), HarbourView);
    QVERIFY(body.value("user_id"_L1).isNull());
    static const QRegularExpression timestamp(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"_s);
    QVERIFY(timestamp.match(body.value("timestamp"_L1).toString()).hasMatch());
    // The documented sample, filled in: this property, a booking and revision of its own.
    const QJsonObject payload = body.value("payload"_L1).toObject();
    QCOMPARE(payload.value("property_id"_L1).toString(), HarbourView);
    QVERIFY(!QUuid::fromString(payload.value("booking_id"_L1).toString()).isNull());
    QVERIFY(payload.value("booking_id"_L1).toString() != u"e10de9d1-3e2c-431c-b88c-ffca9ed5db5d"_s);

    // The log has the attempt with what was sent and what came back.
    QTRY_COMPARE(m_sandbox->finishedAttempts(), 1);
    const auto attempt = m_sandbox->attempts().constFirst();
    QCOMPARE(attempt.webhookId, id);
    QCOMPARE(attempt.event, u"booking"_s);
    QCOMPARE(attempt.attempt, 1);
    QCOMPARE(attempt.deliveryId, outcome.result->deliveries.constFirst().deliveryId);
    QCOMPARE(attempt.eventId, outcome.result->eventId);
    QCOMPARE(attempt.status, 200);
    QCOMPARE(attempt.responseBody, "ok"_ba);
    QVERIFY(attempt.request.endsWith(received.body));
    QVERIFY(!attempt.nextAttemptAt.isValid());
    QCOMPARE(attempt.outcome(), Sandbox::Deliveries::DeliveryAttempt::Outcome::Delivered);
}

void TestSandboxDeliveries::withoutSendDataTheBodyHasNoPayload()
{
    QVERIFY(!m_sandbox->addWebhook(m_target->url(), u"*"_s, {{u"send_data"_s, false}}).isEmpty());
    QVERIFY(m_sandbox->fire(FireRequest {u"review"_s, HarbourView, {}, {}}).ok());
    QTRY_COMPARE(m_target->handler.requests.size(), 1);
    QCOMPARE(m_target->handler.bodyOf(0).keys(),
             (QStringList {u"event"_s, u"property_id"_s, u"timestamp"_s, u"user_id"_s}));
}

void TestSandboxDeliveries::masksThatNameTheEvent_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("event");
    QTest::addColumn<bool>("delivered");
    QTest::newRow("* takes every event") << u"*"_s << u"booking_new"_s << true;
    QTest::newRow("named among others") << u"message;inquiry"_s << u"inquiry"_s << true;
    QTest::newRow("booking_new does not deliver booking")
        << u"booking"_s << u"booking_new"_s << false;
    QTest::newRow("booking does not deliver booking_new")
        << u"booking_new"_s << u"booking"_s << false;
    QTest::newRow("old name takes the new")
        << u"disconnected_channel"_s << u"disconnect_channel"_s << true;
    QTest::newRow("new name takes the old")
        << u"disconnect_channel"_s << u"disconnected_channel"_s << true;
    QTest::newRow("ari filter is no booking") << u"ari:rate:*:*"_s << u"booking"_s << false;
    QTest::newRow("another event") << u"sync_error"_s << u"sync_warning"_s << false;
}

void TestSandboxDeliveries::masksThatNameTheEvent()
{
    QFETCH(QString, mask);
    QFETCH(QString, event);
    QFETCH(bool, delivered);
    QVERIFY(!m_sandbox->addWebhook(m_target->url(), mask).isEmpty());
    // Neither an inactive webhook nor one of another property ever receives it.
    QVERIFY(!m_sandbox->addWebhook(m_target->url(u"/inactive"_s), u"*"_s, {{u"is_active"_s, false}})
                 .isEmpty());
    QVERIFY(!m_sandbox
                 ->addWebhook(m_target->url(u"/other"_s), u"*"_s, {{u"property_id"_s, AlpineLodge}})
                 .isEmpty());

    const auto outcome = m_sandbox->fire(FireRequest {event, HarbourView, {}, {}});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.result->deliveries.size(), delivered ? 1 : 0);
    if (delivered) {
        QTRY_COMPARE(m_target->handler.requests.size(), 1);
        QCOMPARE(m_target->handler.requests.constFirst().path(), u"/hook"_s);
        // The event is named as it was fired.
        QCOMPARE(m_target->handler.bodyOf(0).value("event"_L1).toString(), event);
    } else {
        QCOMPARE(m_sandbox->attempts().size(), 0);
    }
}

void TestSandboxDeliveries::eachWebhookGetsItsOwnDelivery()
{
    const QString first = m_sandbox->addWebhook(m_target->url(u"/one"_s), u"message"_s);
    const QString second = m_sandbox->addWebhook(m_target->url(u"/two"_s), u"*"_s);
    const auto outcome = m_sandbox->fire(FireRequest {u"message"_s, HarbourView, {}, {}});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.result->deliveries.size(), 2);
    QCOMPARE(outcome.result->deliveries.at(0).webhookId, first);
    QCOMPARE(outcome.result->deliveries.at(1).webhookId, second);
    QVERIFY(outcome.result->deliveries.at(0).deliveryId
            != outcome.result->deliveries.at(1).deliveryId);
    QTRY_COMPARE(m_target->handler.requests.size(), 2);
    QTRY_COMPARE(m_sandbox->finishedAttempts(), 2);
    for (const auto &attempt : m_sandbox->attempts())
        QCOMPARE(attempt.eventId, outcome.result->eventId);
}

void TestSandboxDeliveries::propertyWebhookSuppressesGlobal()
{
    const QJsonObject global {{u"property_id"_s, QJsonValue::Null}, {u"is_global"_s, true}};
    const QString globalId
        = m_sandbox->addWebhook(m_target->url(u"/global"_s), u"booking_new"_s, global);
    const QString propertyId = m_sandbox->addWebhook(m_target->url(u"/property"_s), u"*"_s);
    // Neither of these stands in the global's way: one is paused, one listens for ari only.
    m_sandbox->addWebhook(m_target->url(u"/paused"_s), u"booking_new"_s,
                          {{u"property_id"_s, AlpineLodge}, {u"is_active"_s, false}});
    m_sandbox->addWebhook(m_target->url(u"/ari"_s), u"ari"_s, {{u"property_id"_s, AlpineLodge}});

    auto outcome = m_sandbox->fire(FireRequest {u"booking_new"_s, HarbourView, {}, {}});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.result->deliveries.size(), 1);
    QCOMPARE(outcome.result->deliveries.constFirst().webhookId, propertyId);
    QCOMPARE(outcome.result->suppressed.size(), 1);
    QCOMPARE(outcome.result->suppressed.constFirst().webhookId, globalId);
    QCOMPARE(outcome.result->suppressed.constFirst().becauseOf, propertyId);
    QTRY_COMPARE(m_target->handler.requests.size(), 1);
    QCOMPARE(m_target->handler.requests.constFirst().path(), u"/property"_s);

    outcome = m_sandbox->fire(FireRequest {u"booking_new"_s, AlpineLodge, {}, {}});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.result->deliveries.size(), 1);
    QCOMPARE(outcome.result->deliveries.constFirst().webhookId, globalId);
    QVERIFY(outcome.result->suppressed.isEmpty());
    QTRY_COMPARE(m_target->handler.requests.size(), 2);
    QCOMPARE(m_target->handler.requests.at(1).path(), u"/global"_s);
    // A global delivery names the property the event is about.
    QCOMPARE(m_target->handler.bodyOf(1).value("property_id"_L1).toString(), AlpineLodge);
}

void TestSandboxDeliveries::ariFiltersKeepTheirRecords()
{
    m_sandbox->addWebhook(m_target->url(u"/rate-a"_s), u"ari:rate:*:"_s + RatePlanA);
    m_sandbox->addWebhook(m_target->url(u"/availability"_s), u"ari:availability:*:*"_s);
    m_sandbox->addWebhook(m_target->url(u"/plan-a-or-b"_s),
                          u"booking;ari:*:%1:%2,%3"_s.arg(RoomType, RatePlanA, RatePlanB));
    m_sandbox->addWebhook(m_target->url(u"/other-plan"_s),
                          u"ari:*:*:11111111-2222-3333-4444-555555555555"_s);
    m_sandbox->addWebhook(m_target->url(u"/all"_s), u"ari"_s);
    m_sandbox->addWebhook(m_target->url(u"/no-data"_s), u"ari:stop_sell:*:*"_s,
                          {{u"send_data"_s, false}});

    const auto outcome
        = m_sandbox->fire(FireRequest {u"ari"_s, HarbourView, QJsonValue(threeAriRecords()), {}});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.result->deliveries.size(), 5);
    QTRY_COMPARE(m_target->handler.requests.size(), 5);

    QHash<QString, QJsonObject> byPath;
    for (int i = 0; i < m_target->handler.requests.size(); ++i)
        byPath.insert(m_target->handler.requests.at(i).path(), m_target->handler.bodyOf(i));
    QVERIFY(!byPath.contains(u"/other-plan"_s));
    QCOMPARE(datesIn(byPath.value(u"/rate-a"_s)), QStringList {u"2026-05-01"_s});
    QCOMPARE(datesIn(byPath.value(u"/availability"_s)), QStringList {u"2026-05-02"_s});
    QCOMPARE(datesIn(byPath.value(u"/plan-a-or-b"_s)),
             (QStringList {u"2026-05-01"_s, u"2026-05-02"_s, u"2026-05-03"_s}));
    QCOMPARE(datesIn(byPath.value(u"/all"_s)),
             (QStringList {u"2026-05-01"_s, u"2026-05-02"_s, u"2026-05-03"_s}));
    // The filter decides whether it is delivered; send_data whether the records go along.
    QVERIFY(byPath.contains(u"/no-data"_s));
    QVERIFY(!byPath.value(u"/no-data"_s).contains("payload"_L1));
}

void TestSandboxDeliveries::ariFilterThatKeepsNothingSuppressesNothing()
{
    const QJsonObject global {{u"property_id"_s, QJsonValue::Null}, {u"is_global"_s, true}};
    const QString globalId = m_sandbox->addWebhook(m_target->url(u"/global"_s), u"ari"_s, global);
    m_sandbox->addWebhook(m_target->url(u"/other-plan"_s),
                          u"ari:*:*:11111111-2222-3333-4444-555555555555"_s);
    auto outcome
        = m_sandbox->fire(FireRequest {u"ari"_s, HarbourView, QJsonValue(threeAriRecords()), {}});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.result->deliveries.size(), 1);
    QCOMPARE(outcome.result->deliveries.constFirst().webhookId, globalId);

    // One that keeps a record wins over the global webhook.
    const QString rateA
        = m_sandbox->addWebhook(m_target->url(u"/rate-a"_s), u"ari:rate:*:"_s + RatePlanA);
    outcome
        = m_sandbox->fire(FireRequest {u"ari"_s, HarbourView, QJsonValue(threeAriRecords()), {}});
    QCOMPARE(outcome.result->deliveries.size(), 1);
    QCOMPARE(outcome.result->deliveries.constFirst().webhookId, rateA);
    QCOMPARE(outcome.result->suppressed.size(), 1);
    QCOMPARE(outcome.result->suppressed.constFirst().becauseOf, rateA);
}

void TestSandboxDeliveries::unknownEventOrPropertyIsRefused()
{
    m_sandbox->addWebhook(m_target->url(), u"*"_s);
    auto outcome = m_sandbox->fire(FireRequest {u"booking_created"_s, HarbourView, {}, {}});
    QVERIFY(!outcome.ok());
    const QString message = outcome.errors.value(u"event"_s).value(0);
    QVERIFY2(message.startsWith(u"is not one of the 28 Channex events: ari, booking, "_s),
             qPrintable(message));
    QVERIFY(message.contains(u"message_thread_booking_assigned"_s));

    outcome = m_sandbox->fire(
        FireRequest {u"booking"_s, u"11111111-2222-3333-4444-555555555555"_s, {}, {}});
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errors.value(u"property_id"_s), QStringList {u"does not exist"_s});
    QCOMPARE(m_sandbox->attempts().size(), 0);
    QCOMPARE(m_target->handler.requests.size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxDeliveries)
#include "test_sandbox_deliveries.moc"
