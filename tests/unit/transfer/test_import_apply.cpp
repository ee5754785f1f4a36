// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Export from one real sandbox, import into another, over loopback: the plan is applied through
// the session's bulk job (the path every write of the window takes), a refusal is one line and
// the rest is applied, a rate limit is waited out, and the same file again changes nothing.
#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"
#include "app/channex/PropertyDirectory.h"
#include "app/channex/WebhookCollection.h"
#include "app/transfer/ImportPlan.h"
#include "app/transfer/WebhookFile.h"
#include "tests/unit/client/ClientTestSupport.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace ClientTest;
using Channex::AccountSession;
using Channex::BulkWebhookJob;
using Channex::Webhook;
using Transfer::ImportPlan;
using Transfer::WebhookFile;
using Transfer::WebhookFileFormat;
using Action = Transfer::ImportLine::Action;

namespace {

// A sandbox account with a session on it, loaded.
struct Account : SandboxFixture
{
    explicit Account(DemoData demoData = WithDemoData)
        : SandboxFixture(0, demoData),
          session(server.rootUrl(), Sandbox::SandboxServer::demoApiKey())
    {
        loaded = reload();
    }

    bool reload()
    {
        session.refresh();
        return QTest::qWaitFor([this] { return session.state() != AccountSession::State::Loading; },
                               10000)
            && session.state() == AccountSession::State::Loaded;
    }

    WebhookFile exported(bool withSecrets) const
    {
        return WebhookFileFormat::fromAccount(session.webhooks(), session.propertyTitles(),
                                              server.rootUrl(), withSecrets,
                                              QDateTime::currentDateTimeUtc());
    }

    ImportPlan plan(const WebhookFile &file) const
    {
        return ImportPlan::make(file, session.webhooks(), session.properties()->properties());
    }

    // Runs the plan's writes; the job, finished, for its counts and failures.
    std::unique_ptr<BulkWebhookJob> apply(const ImportPlan &plan, int maxInFlight = 32)
    {
        std::unique_ptr<BulkWebhookJob> job(BulkWebhookJob::write(&session, plan.writes()));
        job->setMaxInFlight(maxInFlight);
        job->setRateLimitPolicy({.baseDelayMs = 10, .maxDelayMs = 200, .maxAttempts = 4});
        QSignalSpy finished(job.get(), &BulkWebhookJob::finished);
        job->start();
        if (!finished.wait(20000))
            return nullptr;
        return job;
    }

    bool remove(const QString &id)
    {
        const auto done = await<Channex::Done>(
            [&](QObject *ctx, auto cb) { client->deleteWebhook(id, ctx, cb); });
        return done && done->ok();
    }

    AccountSession session;
    bool loaded = false;
};

// What an account's webhooks are, without the ids that differ between accounts.
QStringList contents(const QList<Webhook> &webhooks)
{
    QStringList lines;
    for (const Webhook &w : webhooks) {
        const auto entries = [](const std::optional<Channex::KeyValueList> &list) -> QString {
            if (!list)
                return u"null"_s;
            QStringList pairs;
            for (const Channex::KeyValue &entry : *list)
                pairs << entry.key + u'=' + entry.value;
            pairs.sort();
            return u"{"_s + pairs.join(u',') + u"}"_s;
        };
        lines << QStringList {w.isGlobal ? u"global"_s : w.propertyId,
                              w.callbackUrl,
                              w.eventMask,
                              w.isActive ? u"active"_s : u"paused"_s,
                              w.sendData ? u"data"_s : u"no-data"_s,
                              entries(w.headers),
                              entries(w.requestParams)}
                     .join(u' ');
    }
    lines.sort();
    return lines;
}

const QString HarbourUrl = u"https://pms.example-hotel.com/channex/webhooks"_s;
const QString RoomlinkId = u"227d4b09-7eef-4c7e-bc72-44c0c40b5299"_s; // global, with values
const QString AlpineRmsId = u"c41e7a2b-93d5-4f0e-8b6a-1d2c3e4f5a6b"_s;

} // namespace

class TestImportApply final : public QObject
{
    Q_OBJECT

private slots:
    void anAccountBroughtInStepWithAnother()
    {
        Account source;
        Account target;
        QVERIFY(source.loaded && target.loaded);
        // The target has drifted: two webhooks gone, one paused and given another mask.
        QVERIFY(target.remove(HarbourWebhookId));
        QVERIFY(target.remove(RoomlinkId));
        Webhook drifted = *target.session.collection()->find(AlpineRmsId);
        drifted.isActive = false;
        drifted.eventMask = u"ari"_s;
        const auto updated = await<Webhook>(
            [&](QObject *ctx, auto cb) { target.client->updateWebhook(drifted, ctx, cb); });
        WC_VERIFY_OK(updated);
        QVERIFY(target.reload());

        const WebhookFile file = source.exported(true);
        const ImportPlan plan = target.plan(file);
        QCOMPARE(plan.count(Action::Create), 2);
        QCOMPARE(plan.count(Action::Update), 1);
        QCOMPARE(plan.count(Action::Unchanged), 9);
        QCOMPARE(plan.count(Action::Skipped), 0);
        for (const auto &line : plan.lines) {
            if (line.action == Action::Update)
                QCOMPARE(line.fields, (QStringList {u"event_mask"_s, u"is_active"_s}));
        }

        const std::unique_ptr<BulkWebhookJob> job = target.apply(plan);
        QVERIFY(job);
        QVERIFY(job->failures().isEmpty());
        QCOMPARE(job->succeeded(), 3);
        QCOMPARE(job->created().size(), 2);
        // The session's rows followed; what the target's server stores is the source's set.
        QCOMPARE(contents(target.session.webhooks()), contents(source.session.webhooks()));
        QVERIFY(target.reload());
        QCOMPARE(contents(target.session.webhooks()), contents(source.session.webhooks()));

        // The same file again: nothing to do, nothing sent.
        const ImportPlan again = target.plan(file);
        QVERIFY(!again.hasChanges());
        QCOMPARE(again.count(Action::Unchanged), 12);
        const int requests = target.server.apiRequestCount();
        QVERIFY(target.apply(again));
        QCOMPARE(target.server.apiRequestCount(), requests);
    }

    void withoutSecretsNewWebhooksGetEmptyValues()
    {
        Account source;
        Account target;
        QVERIFY(source.loaded && target.loaded);
        QVERIFY(target.remove(HarbourWebhookId));
        QVERIFY(target.reload());

        const ImportPlan plan = target.plan(source.exported(false));
        QCOMPARE(plan.count(Action::Create), 1);
        QCOMPARE(plan.count(Action::Unchanged), 11);
        for (const auto &line : plan.lines) {
            if (line.action == Action::Create)
                QVERIFY2(line.text().contains(u"header X-Channex-Webhook-Secret has no value in "
                                              "the file: left empty"_s),
                         qPrintable(line.text()));
            // The values the target has are kept: nothing changes, nothing needs a word.
            if (line.callbackUrl == u"https://hooks.roomlink-pms.io/v2/channex/bookings"_s)
                QCOMPARE(line.text(),
                         u"unchanged [Global] https://hooks.roomlink-pms.io/v2/channex/bookings"_s);
        }
        QVERIFY(target.apply(plan));
        QVERIFY(target.reload());
        const auto created
            = std::find_if(target.session.webhooks().cbegin(), target.session.webhooks().cend(),
                           [](const Webhook &w) { return w.callbackUrl == HarbourUrl; });
        QVERIFY(created != target.session.webhooks().cend());
        QCOMPARE(created->headers,
                 std::optional(Channex::KeyValueList {{u"X-Channex-Webhook-Secret"_s, {}}}));
        // The values the target had are still there.
        QCOMPARE(target.session.collection()->find(RoomlinkId)->headers->constFirst().value,
                 u"Bearer rl_demo_7Hc2pQ9xLm4vT8"_s);
    }

    void aRefusalIsOneLineAndTheRestIsApplied()
    {
        Account source;
        Account target;
        QVERIFY(source.loaded && target.loaded);
        QVERIFY(target.remove(HarbourWebhookId));
        QVERIFY(target.remove(RoomlinkId));
        QVERIFY(target.remove(AlpineRmsId));
        QVERIFY(target.reload());
        const ImportPlan plan = target.plan(source.exported(true));
        QCOMPARE(plan.count(Action::Create), 3);

        // Channex refuses the first write it gets with a 422, as for values only it can judge.
        target.server.faults().refuseNext({{u"callback_url"_s, {u"is not reachable"_s}}});
        const std::unique_ptr<BulkWebhookJob> job = target.apply(plan, 1);
        QVERIFY(job);
        QCOMPARE(job->failures().size(), 1);
        QCOMPARE(job->succeeded(), 2);
        const BulkWebhookJob::Failure &failure = job->failures().constFirst();
        QCOMPARE(failure.error.kind, Channex::ApiError::Kind::Validation);
        QCOMPARE(failure.label, plan.writes().constFirst().label);
        QVERIFY(failure.label.startsWith(u"["_s));
        QVERIFY(target.reload());
        QCOMPARE(target.session.webhooks().size(), 11);
    }

    void aRateLimitIsWaitedOut()
    {
        Account source;
        Account target;
        QVERIFY(source.loaded && target.loaded);
        QVERIFY(target.remove(HarbourWebhookId));
        QVERIFY(target.reload());
        const ImportPlan plan = target.plan(source.exported(true));
        target.server.faults().failNext(1, 429, 0);
        const std::unique_ptr<BulkWebhookJob> job = target.apply(plan);
        QVERIFY(job);
        QVERIFY(job->failures().isEmpty());
        QCOMPARE(job->waitedItems(), 1);
        QCOMPARE(job->created().size(), 1);
    }

    void intoAnAccountWithoutThoseProperties()
    {
        Account source;
        Account empty(SandboxFixture::WithoutDemoData);
        QVERIFY(source.loaded && empty.loaded);
        const ImportPlan plan = empty.plan(source.exported(true));
        // The three global webhooks arrive; the property ones have nowhere to go, and say so.
        QCOMPARE(plan.count(Action::Create), 3);
        QCOMPARE(plan.count(Action::Skipped), 9);
        for (const auto &line : plan.lines) {
            if (line.action == Action::Skipped)
                QVERIFY2(line.reason.startsWith(u"this account has no property called “"_s),
                         qPrintable(line.reason));
        }
        const std::unique_ptr<BulkWebhookJob> job = empty.apply(plan);
        QVERIFY(job);
        QCOMPARE(job->succeeded(), 3);
    }
};

QTEST_GUILESS_MAIN(TestImportApply)
#include "test_import_apply.moc"
