// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The import plan on its own (no account behind it): properties matched by title, webhooks by
// scope and URL (and mask where two share both), one line per webhook, and a second import of
// the same file planning no change.
#include "app/transfer/ImportPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Channex::KeyValueList;
using Channex::PropertyOption;
using Channex::Webhook;
using Transfer::FileEntries;
using Transfer::FileProperty;
using Transfer::FileWebhook;
using Transfer::ImportLine;
using Transfer::ImportPlan;
using Transfer::WebhookFile;
using Action = Transfer::ImportLine::Action;

namespace {

// The same hotel has another id in the other account: titles match, ids do not.
const QString SourceHarbour = u"11111111-1111-4111-8111-111111111111"_s;
const QString TargetHarbour = u"22222222-2222-4222-8222-222222222222"_s;
const QString TargetAlpine = u"33333333-3333-4333-8333-333333333333"_s;

const QList<PropertyOption> TargetProperties {
    {TargetHarbour, u"Harbour View Hotel"_s, u"GBP"_s},
    {TargetAlpine, u"Alpine Lodge Zermatt"_s, u"CHF"_s},
};

FileWebhook entry(const QString &title, const QString &url, const QString &mask, bool active = true)
{
    FileWebhook webhook;
    if (!title.isEmpty())
        webhook.property = FileProperty {SourceHarbour, title};
    webhook.callbackUrl = url;
    webhook.eventMask = mask;
    webhook.isActive = active;
    webhook.sendData = true;
    return webhook;
}

Webhook row(const QString &id, const QString &propertyId, const QString &url, const QString &mask,
            bool active = true)
{
    Webhook webhook;
    webhook.id = id;
    webhook.propertyId = propertyId;
    webhook.isGlobal = propertyId.isEmpty();
    webhook.callbackUrl = url;
    webhook.eventMask = mask;
    webhook.isActive = active;
    webhook.sendData = true;
    return webhook;
}

WebhookFile fileOf(const QList<FileWebhook> &webhooks)
{
    WebhookFile file;
    file.webhooks = webhooks;
    return file;
}

QList<Action> actions(const ImportPlan &plan)
{
    QList<Action> list;
    for (const ImportLine &line : plan.lines)
        list << line.action;
    return list;
}

// What the account holds after the plan's writes succeeded, as Channex would store them.
QList<Webhook> applied(QList<Webhook> account, const ImportPlan &plan)
{
    int next = 0;
    for (const auto &write : plan.writes()) {
        Webhook stored = write.webhook;
        if (stored.id.isEmpty()) {
            stored.id = u"new-%1"_s.arg(++next);
            account << stored;
            continue;
        }
        for (Webhook &existing : account) {
            if (existing.id == stored.id)
                existing = stored;
        }
    }
    return account;
}

} // namespace

class TestImportPlan final : public QObject
{
    Q_OBJECT

private slots:
    void propertiesAreMatchedByTitle()
    {
        const WebhookFile file = fileOf({
            entry(u"Harbour View Hotel"_s, u"https://pms.example/a"_s, u"booking"_s),
            entry(u"Casa del Sol Sevilla"_s, u"https://pms.example/c"_s, u"booking"_s),
            entry({}, u"https://hub.example/all"_s, u"*"_s),
        });
        const QList<Webhook> account {
            row(u"w1"_s, TargetHarbour, u"https://pms.example/a"_s, u"booking"_s)};
        const ImportPlan plan = ImportPlan::make(file, account, TargetProperties);
        QCOMPARE(actions(plan), (QList {Action::Unchanged, Action::Skipped, Action::Create}));
        QCOMPARE(plan.lines.at(0).text(),
                 u"unchanged [Harbour View Hotel] https://pms.example/a"_s);
        QCOMPARE(plan.lines.at(1).text(),
                 u"skipped [Casa del Sol Sevilla] https://pms.example/c — this account has no "
                 "property called “Casa del Sol Sevilla”"_s);
        QCOMPARE(plan.lines.at(2).text(), u"create [Global] https://hub.example/all"_s);
        QVERIFY(plan.lines.at(2).webhook.isGlobal);
        QCOMPARE(plan.summary(), u"To create: 1, to update: 0, unchanged: 1, skipped: 1."_s);
    }

    void aTitleFoundTwiceIsSkippedAndNamed()
    {
        QList<PropertyOption> properties = TargetProperties;
        properties << PropertyOption {u"44444444-4444-4444-8444-444444444444"_s,
                                      u"Harbour View Hotel"_s, u"EUR"_s};
        const ImportPlan plan = ImportPlan::make(
            fileOf({entry(u"Harbour View Hotel"_s, u"https://pms.example/a"_s, u"booking"_s),
                    entry(u"Alpine Lodge Zermatt"_s, u"https://pms.example/b"_s, u"ari"_s)}),
            {}, properties);
        QCOMPARE(actions(plan), (QList {Action::Skipped, Action::Create}));
        QVERIFY2(plan.lines.at(0).reason.contains(u"more than one property called “Harbour View "
                                                  "Hotel”"_s),
                 qPrintable(plan.lines.at(0).reason));
        QCOMPARE(plan.lines.at(1).webhook.propertyId, TargetAlpine);
    }

    void anUpdateNamesTheFieldsThatChange()
    {
        FileWebhook changed = entry({}, u"https://hub.example/all"_s, u"booking;review"_s, false);
        changed.requestParams = FileEntries {{u"tenant"_s, u"demo"_s}};
        const QList<Webhook> account {
            row(u"g"_s, {}, u"https://hub.example/all"_s, u"booking"_s, true)};
        const ImportPlan plan = ImportPlan::make(fileOf({changed}), account, TargetProperties);
        QCOMPARE(actions(plan), QList {Action::Update});
        const ImportLine &line = plan.lines.constFirst();
        QCOMPARE(line.fields, (QStringList {u"event_mask"_s, u"is_active"_s, u"request_params"_s}));
        QCOMPARE(line.text(),
                 u"update [Global] https://hub.example/all — event_mask, is_active, "
                 "request_params"_s);
        // The update is the account's webhook with the file's values: its id, its scope.
        QCOMPARE(line.webhook.id, u"g"_s);
        QCOMPARE(line.webhook.eventMask, u"booking;review"_s);
        QVERIFY(!line.webhook.isActive);
    }

    void nullIsNotAnEmptyObject()
    {
        Webhook current = row(u"g"_s, {}, u"https://hub.example/all"_s, u"*"_s);
        current.headers = KeyValueList {};
        const ImportPlan plan = ImportPlan::make(
            fileOf({entry({}, u"https://hub.example/all"_s, u"*"_s)}), {current}, TargetProperties);
        QCOMPARE(plan.lines.constFirst().fields, QStringList {u"headers"_s});
        QCOMPARE(plan.lines.constFirst().webhook.headers, std::nullopt);
    }

    void twoWithTheSameScopeAndUrlAreToldApartByMask()
    {
        const QString url = u"https://pms.example/hook"_s;
        const WebhookFile file = fileOf({
            entry(u"Harbour View Hotel"_s, url, u"ari;booking"_s),
            entry(u"Harbour View Hotel"_s, url, u"review"_s),
        });
        const QList<Webhook> account {
            row(u"a"_s, TargetHarbour, url, u"booking;ari"_s, false),
            row(u"m"_s, TargetHarbour, url, u"message"_s),
        };
        const ImportPlan plan = ImportPlan::make(file, account, TargetProperties);
        QCOMPARE(actions(plan), (QList {Action::Update, Action::Create}));
        QCOMPARE(plan.lines.at(0).webhook.id, u"a"_s);
        QCOMPARE(plan.lines.at(0).fields, (QStringList {u"event_mask"_s, u"is_active"_s}));
        QCOMPARE(plan.lines.at(1).webhook.eventMask, u"review"_s);

        // One in the file, two in the account: the mask decides, and with no match it is new.
        const ImportPlan single = ImportPlan::make(
            fileOf({entry(u"Harbour View Hotel"_s, url, u"message"_s)}), account, TargetProperties);
        QCOMPARE(actions(single), QList {Action::Unchanged});
        QCOMPARE(single.lines.constFirst().webhook.id, u"m"_s);
    }

    void whatCannotBeToldApartIsSkipped()
    {
        const QString url = u"https://pms.example/hook"_s;
        const QList<Webhook> twins {row(u"t1"_s, TargetHarbour, url, u"booking"_s),
                                    row(u"t2"_s, TargetHarbour, url, u"booking"_s)};
        const ImportPlan plan = ImportPlan::make(
            fileOf({entry(u"Harbour View Hotel"_s, url, u"booking"_s)}), twins, TargetProperties);
        QCOMPARE(actions(plan), QList {Action::Skipped});
        QVERIFY(plan.lines.constFirst().reason.contains(u"more than one webhook"_s));

        const ImportPlan listedTwice
            = ImportPlan::make(fileOf({entry({}, url, u"booking"_s), entry({}, url, u"booking"_s)}),
                               {}, TargetProperties);
        QCOMPARE(actions(listedTwice), (QList {Action::Create, Action::Skipped}));
        QVERIFY(listedTwice.lines.at(1).reason.contains(u"more than once"_s));
    }

    void valuesLeftOutAreKeptOrEmptyAndSaidSo()
    {
        FileWebhook known = entry({}, u"https://hub.example/a"_s, u"*"_s);
        known.headers = FileEntries {{u"x-secret"_s, std::nullopt}};
        FileWebhook fresh = entry({}, u"https://hub.example/b"_s, u"*"_s);
        fresh.requestParams = FileEntries {{u"token"_s, std::nullopt}, {u"tenant"_s, u"demo"_s}};
        Webhook current = row(u"a"_s, {}, u"https://hub.example/a"_s, u"*"_s);
        current.headers = KeyValueList {{u"X-Secret"_s, u"s3cret"_s}};

        const ImportPlan plan
            = ImportPlan::make(fileOf({known, fresh}), {current}, TargetProperties);
        QCOMPARE(actions(plan), (QList {Action::Update, Action::Create}));
        // Header names are compared as HTTP does: the value is kept under the file's spelling.
        QCOMPARE(plan.lines.at(0).webhook.headers,
                 std::optional(KeyValueList {{u"x-secret"_s, u"s3cret"_s}}));
        QVERIFY2(plan.lines.at(0).text().contains(
                     u"header x-secret has no value in the file: the value here is kept"_s),
                 qPrintable(plan.lines.at(0).text()));
        QCOMPARE(plan.lines.at(1).webhook.requestParams,
                 std::optional(KeyValueList {{u"token"_s, QString()}, {u"tenant"_s, u"demo"_s}}));
        QCOMPARE(plan.lines.at(1).text(),
                 u"create [Global] https://hub.example/b — parameter token has no value in the "
                 "file: left empty"_s);
        // The same, for callers that word it otherwise.
        using LeftOut = ImportLine::LeftOut;
        QCOMPARE(plan.lines.at(0).leftOut, (QList {LeftOut {true, u"x-secret"_s, true}}));
        QCOMPARE(plan.lines.at(1).leftOut, (QList {LeftOut {false, u"token"_s, false}}));
    }

    void valuesTheRulesRefuseAreSkipped()
    {
        FileWebhook badHeader = entry({}, u"https://hub.example/a"_s, u"*"_s);
        badHeader.headers = FileEntries {{u"Bad Name"_s, u"v"_s}};
        const FileWebhook noUrl = entry({}, QString(), u"*"_s);
        const ImportPlan plan = ImportPlan::make(fileOf({badHeader, noUrl}), {}, TargetProperties);
        QCOMPARE(actions(plan), (QList {Action::Skipped, Action::Skipped}));
        QVERIFY2(plan.lines.at(0).reason.contains(u"Bad Name"_s),
                 qPrintable(plan.lines.at(0).reason));
        QVERIFY(plan.writes().isEmpty());

        // Made elsewhere and left as it is: a value Channex holds is not refused again.
        Webhook foreign = row(u"f"_s, {}, u"https://hub.example/a"_s, u"*"_s);
        foreign.headers = KeyValueList {{u"Bad Name"_s, u"v"_s}};
        FileWebhook paused = badHeader;
        paused.isActive = false;
        const ImportPlan update = ImportPlan::make(fileOf({paused}), {foreign}, TargetProperties);
        QCOMPARE(actions(update), QList {Action::Update});
    }

    // What a comparison of two accounts reads from a plan: the account's webhook each line was
    // matched with, and which rule skipped a line.
    void eachLineSaysWhatItMatchedAndWhatSkippedIt()
    {
        const QString url = u"https://pms.example/hook"_s;
        FileWebhook badHeader = entry({}, u"https://hub.example/all"_s, u"*"_s);
        badHeader.headers = FileEntries {{u"Bad Name"_s, u"v"_s}};
        const WebhookFile file = fileOf({
            entry(u"Harbour View Hotel"_s, u"https://pms.example/a"_s, u"booking"_s),
            entry(u"Alpine Lodge Zermatt"_s, u"https://pms.example/b"_s, u"ari"_s, false),
            entry(u"Casa del Sol Sevilla"_s, u"https://pms.example/c"_s, u"booking"_s),
            entry(u"Harbour View Hotel"_s, url, u"review"_s),
            entry(u"Harbour View Hotel"_s, url, u"review"_s),
            entry({}, url, u"booking"_s),
            badHeader,
        });
        const QList<Webhook> account {
            row(u"a"_s, TargetHarbour, u"https://pms.example/a"_s, u"booking"_s),
            row(u"b"_s, TargetAlpine, u"https://pms.example/b"_s, u"ari"_s),
            row(u"t1"_s, {}, url, u"booking"_s),
            row(u"t2"_s, {}, url, u"booking"_s),
            row(u"g"_s, {}, u"https://hub.example/all"_s, u"booking"_s),
        };
        const ImportPlan plan = ImportPlan::make(file, account, TargetProperties);
        using Skip = ImportLine::Skip;
        QCOMPARE(actions(plan),
                 (QList {Action::Unchanged, Action::Update, Action::Skipped, Action::Create,
                         Action::Skipped, Action::Skipped, Action::Skipped}));
        QList<Skip> skips;
        QStringList matched;
        for (const ImportLine &line : plan.lines) {
            skips << line.skip;
            matched << line.matchedId;
        }
        QCOMPARE(skips,
                 (QList {Skip::None, Skip::None, Skip::NoProperty, Skip::None, Skip::ListedTwice,
                         Skip::TwoMatches, Skip::Refused}));
        // An update the rules refuse was still matched: the two webhooks are counterparts.
        QCOMPARE(matched, (QStringList {u"a"_s, u"b"_s, {}, {}, {}, {}, u"g"_s}));
    }

    void changedFieldsAreNamedInChannexsOrder()
    {
        Webhook stored = row(u"s"_s, {}, u"https://hub.example/all"_s, u"booking"_s);
        stored.headers = KeyValueList {{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}};
        Webhook wanted = stored;
        // The order of an object's members means nothing.
        wanted.headers = KeyValueList {{u"B"_s, u"2"_s}, {u"A"_s, u"1"_s}};
        QVERIFY(ImportPlan::changedFields(stored, wanted).isEmpty());
        wanted.requestParams = KeyValueList {};
        wanted.sendData = false;
        wanted.eventMask = u"*"_s;
        wanted.headers->first().value = u"other"_s;
        QCOMPARE(
            ImportPlan::changedFields(stored, wanted),
            (QStringList {u"event_mask"_s, u"send_data"_s, u"headers"_s, u"request_params"_s}));
    }

    void theSameFileTwiceChangesNothingTheSecondTime()
    {
        FileWebhook secret = entry(u"Alpine Lodge Zermatt"_s, u"https://rms.example/"_s, u"ari"_s);
        secret.headers = FileEntries {{u"X-Api-Key"_s, std::nullopt}};
        const WebhookFile file = fileOf({
            entry(u"Harbour View Hotel"_s, u"https://pms.example/a"_s, u"booking;ari"_s),
            entry(u"Harbour View Hotel"_s, u"https://pms.example/a"_s, u"review"_s, false),
            entry({}, u"https://hub.example/all"_s, u"*"_s),
            secret,
        });
        const QList<Webhook> account {
            row(u"a"_s, TargetHarbour, u"https://pms.example/a"_s, u"message"_s),
            row(u"g"_s, {}, u"https://hub.example/all"_s, u"booking"_s),
        };
        const ImportPlan first = ImportPlan::make(file, account, TargetProperties);
        QCOMPARE(actions(first),
                 (QList {Action::Create, Action::Create, Action::Update, Action::Create}));
        const ImportPlan second = ImportPlan::make(file, applied(account, first), TargetProperties);
        QCOMPARE(
            actions(second),
            (QList {Action::Unchanged, Action::Unchanged, Action::Unchanged, Action::Unchanged}));
        QVERIFY(!second.hasChanges());
    }
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "test_import_plan.moc"
