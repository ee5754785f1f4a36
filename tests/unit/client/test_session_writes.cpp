// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes through the AccountSession against a real sandbox: every change reaches the server
// and the collection (the table's rows) follows, row by row; a refused toggle is rolled back;
// bulk jobs run concurrently and report each failure.
#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"
#include "app/channex/WebhookCollection.h"
#include "tests/unit/client/ClientTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace ClientTest;
using Channex::AccountSession;
using Channex::ApiError;
using Channex::BulkWebhookJob;
using Channex::Webhook;

namespace {

struct SessionFixture : SandboxFixture
{
    SessionFixture() : session(server.rootUrl(), Sandbox::SandboxServer::demoApiKey())
    {
        session.refresh();
        loaded = QTest::qWaitFor(
            [this] { return session.state() == AccountSession::State::Loaded; }, 5000);
    }

    // What the sandbox stores now, asked over HTTP by another client.
    std::optional<Webhook> stored(const QString &id)
    {
        const auto got
            = await<Webhook>([&](QObject *ctx, auto done) { client->getWebhook(id, ctx, done); });
        return got && got->ok() ? std::optional(got->value()) : std::nullopt;
    }

    AccountSession session;
    bool loaded = false;
};

} // namespace

class TestSessionWrites final : public QObject
{
    Q_OBJECT

private slots:
    void createUpdateDeleteFollowTheServer()
    {
        SessionFixture f;
        QVERIFY(f.loaded);
        Channex::WebhookCollection *rows = f.session.collection();
        QCOMPARE(rows->size(), 12);

        Webhook draft = validWebhook();
        const auto created = await<Webhook>(
            [&](QObject *ctx, auto done) { f.session.createWebhook(draft, ctx, done); });
        WC_VERIFY_OK(created);
        const QString id = created->value().id;
        QCOMPARE(rows->size(), 13);
        QCOMPARE(rows->indexOf(id), 12); // appended, others unmoved
        QVERIFY(f.stored(id));

        Webhook changed = created->value();
        changed.callbackUrl = u"https://example.com/hooks/changed"_s;
        changed.headers = Channex::KeyValueList {{u"Authorization"_s, u"Basic x"_s}};
        const auto updated = await<Webhook>(
            [&](QObject *ctx, auto done) { f.session.updateWebhook(changed, ctx, done); });
        WC_VERIFY_OK(updated);
        QCOMPARE(rows->find(id)->callbackUrl, changed.callbackUrl);
        QCOMPARE(f.stored(id)->headers, changed.headers);

        const auto deleted = await<Channex::Done>(
            [&](QObject *ctx, auto done) { f.session.deleteWebhook(id, ctx, done); });
        WC_VERIFY_OK(deleted);
        QCOMPARE(rows->indexOf(id), -1);
        QVERIFY(!f.stored(id));
    }

    void saveOfAWebhookDeletedElsewhereRemovesItsRow()
    {
        SessionFixture f;
        QVERIFY(f.loaded);
        // Deleted by someone else, behind the session's back.
        const auto gone = await<Channex::Done>(
            [&](QObject *ctx, auto done) { f.client->deleteWebhook(HarbourWebhookId, ctx, done); });
        WC_VERIFY_OK(gone);
        QSignalSpy vanished(&f.session, &AccountSession::webhookVanished);
        Webhook edited = *f.session.collection()->find(HarbourWebhookId);
        edited.callbackUrl = u"https://example.com/late-edit"_s;
        const auto updated = await<Webhook>(
            [&](QObject *ctx, auto done) { f.session.updateWebhook(edited, ctx, done); });
        QVERIFY(updated && !updated->ok());
        QCOMPARE(updated->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(vanished.size(), 1);
        QCOMPARE(f.session.collection()->indexOf(HarbourWebhookId), -1);
    }

    void toggleIsImmediateAndRolledBackWhenRefused()
    {
        SessionFixture f;
        QVERIFY(f.loaded);
        const bool before = f.session.collection()->find(HarbourWebhookId)->isActive;

        f.server.faults().failNext(1, 500);
        std::optional<Channex::ApiResult<Webhook>> answer;
        QObject context;
        f.session.setActive(HarbourWebhookId, !before, &context,
                            [&](Channex::ApiResult<Webhook> result) { answer.emplace(result); });
        // The row changes at once, before any answer.
        QCOMPARE(f.session.collection()->find(HarbourWebhookId)->isActive, !before);
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ApiError::Kind::ServerError);
        // Refused: back as it was, and as the server still has it. Writes are not retried.
        QCOMPARE(f.session.collection()->find(HarbourWebhookId)->isActive, before);
        QCOMPARE(f.stored(HarbourWebhookId)->isActive, before);

        const auto toggled = await<Webhook>([&](QObject *ctx, auto done) {
            f.session.setActive(HarbourWebhookId, !before, ctx, done);
        });
        WC_VERIFY_OK(toggled);
        QCOMPARE(f.stored(HarbourWebhookId)->isActive, !before);
    }

    void rollbackHappensEvenWhenTheAskerIsGone()
    {
        SessionFixture f;
        QVERIFY(f.loaded);
        const bool before = f.session.collection()->find(HarbourWebhookId)->isActive;
        f.server.faults().failNext(1, 503);
        {
            QObject shortLived;
            f.session.setActive(HarbourWebhookId, !before, &shortLived, [](auto) {
                QFAIL("the callback of a destroyed context must not run");
            });
        }
        QCOMPARE(f.session.collection()->find(HarbourWebhookId)->isActive, !before);
        QTRY_COMPARE(f.session.collection()->find(HarbourWebhookId)->isActive, before);
    }

    void bulkDisableRunsConcurrentlyAndReportsFailures()
    {
        SessionFixture f;
        QVERIFY(f.loaded);
        QStringList active;
        for (const Webhook &webhook : f.session.webhooks()) {
            if (webhook.isActive)
                active << webhook.id;
        }
        QVERIFY(active.size() >= 4);

        f.server.faults().failNext(2, 422);
        std::unique_ptr<BulkWebhookJob> job(BulkWebhookJob::setActive(&f.session, active, false));
        QSignalSpy progress(job.get(), &BulkWebhookJob::progress);
        QSignalSpy finished(job.get(), &BulkWebhookJob::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->total(), active.size());
        QCOMPARE(progress.size(), active.size());
        QCOMPARE(job->failures().size(), 2);
        QCOMPARE(job->succeeded(), active.size() - 2);
        // Every failure names what it was about, with the server's answer.
        for (const BulkWebhookJob::Failure &failure : job->failures()) {
            QVERIFY(failure.label.startsWith(u"http"_s));
            QCOMPARE(failure.error.httpStatus, 422);
        }
        int stillActive = 0;
        for (const QString &id : std::as_const(active))
            stillActive += f.stored(id)->isActive ? 1 : 0;
        QCOMPARE(stillActive, 2);
        // The rows say what the server says.
        int activeRows = 0;
        for (const QString &id : std::as_const(active))
            activeRows += f.session.collection()->find(id)->isActive ? 1 : 0;
        QCOMPARE(activeRows, 2);
    }

    // A 429 means Channex did not process the call: the job waits as Retry-After says (or backs
    // off), sends those items again, slows down, and counts them; everything ends applied.
    void bulkWaitsOutTheRateLimit_data()
    {
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("Retry-After: 1") << 1;
        QTest::newRow("no Retry-After: backoff") << -1;
    }

    void bulkWaitsOutTheRateLimit()
    {
        QFETCH(int, retryAfter);
        SessionFixture f;
        QVERIFY(f.loaded);
        QStringList active;
        for (const Webhook &webhook : f.session.webhooks()) {
            if (webhook.isActive)
                active << webhook.id;
        }
        f.server.faults().failNext(3, 429, retryAfter);
        std::unique_ptr<BulkWebhookJob> job(BulkWebhookJob::setActive(&f.session, active, false));
        job->setMaxInFlight(8);
        job->setRateLimitPolicy({.baseDelayMs = 200, .maxDelayMs = 5000, .maxAttempts = 8});
        QSignalSpy waits(job.get(), &BulkWebhookJob::rateLimited);
        QSignalSpy finished(job.get(), &BulkWebhookJob::finished);
        QElapsedTimer clock;
        clock.start();
        job->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY(job->failures().isEmpty());
        QCOMPARE(job->succeeded(), active.size());
        QCOMPARE(job->waitedItems(), 3);
        QVERIFY(!waits.isEmpty());
        const int waitedMs = waits.constFirst().at(0).toInt();
        QCOMPARE(waitedMs, retryAfter > 0 ? retryAfter * 1000 : 200);
        QVERIFY(clock.elapsed() >= waitedMs);
        QVERIFY(job->maxInFlight() < 8); // slower from then on
        for (const QString &id : std::as_const(active))
            QVERIFY(!f.stored(id)->isActive);
    }

    // A storm that never ends: each item is tried a few times, then named like any failure.
    void bulkNamesWhatTheRateLimitNeverLetThrough()
    {
        SessionFixture f;
        QVERIFY(f.loaded);
        f.server.faults().failNext(1000, 429, 0);
        std::unique_ptr<BulkWebhookJob> job(
            BulkWebhookJob::setActive(&f.session, {HarbourWebhookId}, false));
        job->setRateLimitPolicy({.baseDelayMs = 10, .maxDelayMs = 10, .maxAttempts = 3});
        QSignalSpy finished(job.get(), &BulkWebhookJob::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->failures().size(), 1);
        QCOMPARE(job->failures().constFirst().error.kind, Channex::ApiError::Kind::RateLimited);
        QCOMPARE(job->waitedItems(), 1);
        f.server.faults().reset();
    }

    void bulkDeleteAndDuplicate()
    {
        SessionFixture f;
        QVERIFY(f.loaded);
        const Webhook source = *f.session.collection()->find(HarbourWebhookId);
        // Use real property ids of the demo data, not the source's own.
        QStringList propertyIds;
        for (const auto &[id, title] : f.session.propertyTitles().asKeyValueRange()) {
            if (id != source.propertyId && propertyIds.size() < 2)
                propertyIds << id;
        }
        QCOMPARE(propertyIds.size(), 2);
        std::unique_ptr<BulkWebhookJob> copies(
            BulkWebhookJob::duplicate(&f.session, source, propertyIds, {}));
        QSignalSpy copied(copies.get(), &BulkWebhookJob::finished);
        copies->start();
        QTRY_COMPARE(copied.size(), 1);
        QVERIFY(copies->failures().isEmpty());
        QCOMPARE(copies->created().size(), 2);
        QCOMPARE(f.session.collection()->size(), 14);
        for (const Webhook &copy : copies->created()) {
            const auto stored = f.stored(copy.id);
            QVERIFY(stored);
            QVERIFY(propertyIds.contains(stored->propertyId));
            QCOMPARE(stored->callbackUrl, source.callbackUrl);
            QCOMPARE(stored->eventMask, source.eventMask);
            QCOMPARE(stored->headers, source.headers);
        }

        QStringList ids;
        for (const Webhook &copy : copies->created())
            ids << copy.id;
        std::unique_ptr<BulkWebhookJob> removal(BulkWebhookJob::remove(&f.session, ids));
        QSignalSpy removed(removal.get(), &BulkWebhookJob::finished);
        removal->start();
        QTRY_COMPARE(removed.size(), 1);
        QVERIFY(removal->failures().isEmpty());
        QCOMPARE(f.session.collection()->size(), 12);
        for (const QString &id : std::as_const(ids))
            QVERIFY(!f.stored(id));
    }
};

QTEST_GUILESS_MAIN(TestSessionWrites)
#include "test_session_writes.moc"
