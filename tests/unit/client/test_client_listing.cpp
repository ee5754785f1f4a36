// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ChannexClient::listWebhooks against a real sandbox on loopback: every field of the demo data,
// paging in order, concurrent pages within the limit, and a list that changes while it is read.

#include "app/channex/ChannexClient.h"
#include "app/sandbox/DemoData.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/unit/client/ClientTestSupport.h"

#include <QSet>
#include <QTest>

using namespace Channex;
using namespace ClientTest;
using namespace Qt::StringLiterals;

namespace {

const QString GlobalWebhookId = u"227d4b09-7eef-4c7e-bc72-44c0c40b5299"_s;

QStringList idsOf(const QList<Webhook> &webhooks)
{
    QStringList ids;
    for (const Webhook &webhook : webhooks)
        ids << webhook.id;
    return ids;
}

} // namespace

class TestClientListing : public QObject
{
    Q_OBJECT

private slots:
    void listReturnsTheDemoWebhooks();
    void listFetchesEveryPageInOrder_data();
    void listFetchesEveryPageInOrder();
    void listOfAnEmptyAccount();
    void listKeepsWhatItReadWhenTheTotalChangesMidway();
    void laterPagesAreFetchedConcurrently_data();
    void laterPagesAreFetchedConcurrently();
};

void TestClientListing::listReturnsTheDemoWebhooks()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.started, qPrintable(sandbox.server.errorString()));

    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { sandbox.client->listWebhooks(context, done); });
    WC_VERIFY_OK(result);
    const QList<Webhook> &webhooks = result->value();
    QCOMPARE(webhooks.size(), 12);
    QCOMPARE(webhooks, Sandbox::DemoData::webhooks());

    // A global webhook with headers and request params, field by field.
    const Webhook &global = webhooks.at(1);
    QCOMPARE(global.id, GlobalWebhookId);
    QVERIFY(global.isGlobal);
    QVERIFY(global.propertyId.isEmpty());
    QCOMPARE(global.callbackUrl, u"https://hooks.roomlink-pms.io/v2/channex/bookings"_s);
    QCOMPARE(global.eventMask, u"booking_new;booking_modification;booking_cancellation"_s);
    QCOMPARE(
        global.headers,
        std::optional(KeyValueList {{u"Authorization"_s, u"Bearer rl_demo_7Hc2pQ9xLm4vT8"_s}}));
    QCOMPARE(global.requestParams, std::optional(KeyValueList {{u"account"_s, u"acme-hotels"_s}}));
    QVERIFY(global.isActive);
    QVERIFY(global.sendData);
    QCOMPARE(global.organizationId, Sandbox::DemoData::organizationId());

    // A property webhook with a secret header and no params (JSON null stays "absent").
    const Webhook &harbour = webhooks.at(0);
    QCOMPARE(harbour.id, HarbourWebhookId);
    QVERIFY(!harbour.isGlobal);
    QCOMPARE(harbour.propertyId, HarbourView);
    QCOMPARE(harbour.eventMask, u"*"_s);
    QCOMPARE(
        harbour.headers,
        std::optional(KeyValueList {{u"X-Channex-Webhook-Secret"_s, u"hv-3f9a1c7e5b2d4a6c"_s}}));
    QCOMPARE(harbour.requestParams, std::nullopt);

    // An inactive one keeps its flags.
    QCOMPARE(webhooks.at(5).isActive, false);
    QCOMPARE(webhooks.at(5).sendData, false);
}

void TestClientListing::listFetchesEveryPageInOrder_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one page at a time") << 1;
    QTest::newRow("two at a time") << 2;
    QTest::newRow("sixteen at a time") << 16;
}

void TestClientListing::listFetchesEveryPageInOrder()
{
    QFETCH(int, concurrency);
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    sandbox.client->setMaxConcurrentPages(concurrency);
    const int before = sandbox.server.apiRequestCount();

    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { sandbox.client->listWebhooks(context, done); });
    WC_VERIFY_OK(result);

    QList<Webhook> expected = Sandbox::DemoData::webhooks();
    expected += Sandbox::DemoData::generatedWebhooks(12, 250);
    QCOMPARE(result->value().size(), 262);
    QCOMPARE(idsOf(result->value()), idsOf(expected));
    // 262 at 100 a page: three list requests, no retries.
    QCOMPARE(sandbox.server.apiRequestCount() - before, 3);
    QCOMPARE(sandbox.client->pendingCalls(), 0);
}

void TestClientListing::listOfAnEmptyAccount()
{
    Sandbox::SandboxServer server;
    server.setDemoDataEnabled(false);
    QVERIFY(server.start());
    ChannexClient client(server.rootUrl(), Sandbox::SandboxServer::demoApiKey());

    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { client.listWebhooks(context, done); });
    WC_VERIFY_OK(result);
    QVERIFY(result->value().isEmpty());
    QCOMPARE(server.apiRequestCount(), 1);
}

void TestClientListing::listKeepsWhatItReadWhenTheTotalChangesMidway()
{
    // Page 1 is read, then someone deletes a webhook from it before pages 2 and 3 are read:
    // the later pages report 261 and shift by one. The list still completes, without
    // duplicates, from the pages as they were read.
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    sandbox.client->setMaxConcurrentPages(1);
    // The sandbox reads its data when a request arrives and holds only the answer back, so
    // page 1's content is fixed on arrival; page 2 is asked for only after page 1's answer. The
    // delete has that long to land in between.
    QObject context;
    SandboxFixture::ListResult listed;
    int before = 0;
    QVERIFY(sandbox.startListHoldingPageOne(std::chrono::milliseconds(1500), &context, &listed,
                                            &before));
    sandbox.server.faults().setLatency(std::chrono::milliseconds(0)); // page 1 keeps its 1.5 s

    ChannexClient other(sandbox.server.rootUrl(), Sandbox::SandboxServer::demoApiKey());
    const auto deleted = await<Done>(
        [&](QObject *ctx, auto done) { other.deleteWebhook(HarbourWebhookId, ctx, done); });
    WC_VERIFY_OK(deleted);
    // The order the test is about: page 1, the delete, and only then page 2.
    QCOMPARE(sandbox.server.apiRequestCount(), before + 2);
    QVERIFY(!listed.has_value());

    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 5000);
    WC_VERIFY_OK(listed);
    const QStringList ids = idsOf(listed->value());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(ids.size(), 261);
    QCOMPARE(ids.first(), HarbourWebhookId); // read before it was deleted
}

void TestClientListing::laterPagesAreFetchedConcurrently_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("inFlight"); // page requests outstanding once page 1 is answered

    QTest::newRow("one at a time") << 1 << 1;
    QTest::newRow("two at a time") << 2 << 2;
    QTest::newRow("four at a time") << 4 << 4;
    QTest::newRow("sixteen at a time, four pages left") << 16 << 4;
}

void TestClientListing::laterPagesAreFetchedConcurrently()
{
    QFETCH(int, concurrency);
    QFETCH(int, inFlight);
    // 500 webhooks at 100 a page: page 1, then four more.
    SandboxFixture sandbox(500, SandboxFixture::WithoutDemoData);
    QVERIFY(sandbox.started);
    sandbox.client->setMaxConcurrentPages(concurrency);
    // Stalled pages must not time out and come back as retries while the test counts requests.
    sandbox.client->setTransferTimeout(60'000);
    // Page 1 is held back long enough to make every later page stall: nothing is answered after
    // page 1, so the pages asked for show how many the client keeps in flight, with no timing.
    QObject context;
    SandboxFixture::ListResult listed;
    int before = 0;
    QVERIFY(sandbox.startListHoldingPageOne(std::chrono::milliseconds(1000), &context, &listed,
                                            &before));
    sandbox.server.faults().stallNext(4);
    sandbox.server.faults().setLatency(std::chrono::milliseconds(0));
    QCOMPARE(sandbox.server.apiRequestCount(), before + 1); // armed before page 2 was sent

    // Page 1 answered, the next pages all reach the sandbox while none has been answered...
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.server.apiRequestCount(), before + 1 + inFlight, 5000);
    QVERIFY(!listed.has_value());
    // ...and the client holds exactly those: no further page waits to be sent beside them.
    QCOMPARE(sandbox.client->pendingCalls(), inFlight);

    // The sandbox's request count is not checked after this: aborting a request can make Qt send
    // another one pipelined behind it on the same connection again, on its own thread.
    sandbox.client->cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 5000);
    QVERIFY(!listed->ok());
    QCOMPARE(listed->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(sandbox.client->pendingCalls(), 0);
}

QTEST_GUILESS_MAIN(TestClientListing)
#include "test_client_listing.moc"
