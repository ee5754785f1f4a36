// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two accounts side by side, on their own (no server): which webhooks are only on one side,
// which differ and in what, which are the same; each webhook on exactly one row; and a copy's
// plan that does what the comparison shows, so that copying makes the rows the same.
#include "app/transfer/AccountComparison.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Channex::KeyValueList;
using Channex::PropertyOption;
using Channex::Webhook;
using Transfer::AccountComparison;
using Transfer::ComparedAccount;
using Transfer::ComparisonRow;
using Transfer::ImportPlan;
using Group = Transfer::ComparisonRow::Group;
using Side = Transfer::AccountComparison::Side;
using Action = Transfer::ImportLine::Action;

namespace {

// The same hotels under other ids in each account: titles match, ids do not.
const QString StagingHarbour = u"11111111-1111-4111-8111-111111111111"_s;
const QString StagingAlpine = u"22222222-2222-4222-8222-222222222222"_s;
const QString StagingCasa = u"33333333-3333-4333-8333-333333333333"_s;
const QString ProductionHarbour = u"44444444-4444-4444-8444-444444444444"_s;
const QString ProductionAlpine = u"55555555-5555-4555-8555-555555555555"_s;

Webhook hook(const QString &id, const QString &propertyId, const QString &url, const QString &mask,
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

ComparedAccount staging(const QList<Webhook> &webhooks)
{
    return {u"Staging"_s,
            QUrl(u"https://staging.channex.io"_s),
            webhooks,
            {{StagingHarbour, u"Harbour View Hotel"_s, u"GBP"_s},
             {StagingAlpine, u"Alpine Lodge Zermatt"_s, u"CHF"_s},
             {StagingCasa, u"Casa del Sol Sevilla"_s, u"EUR"_s}}};
}

ComparedAccount production(const QList<Webhook> &webhooks)
{
    return {u"Production"_s,
            QUrl(u"https://app.channex.io"_s),
            webhooks,
            {{ProductionHarbour, u"Harbour View Hotel"_s, u"GBP"_s},
             {ProductionAlpine, u"Alpine Lodge Zermatt"_s, u"CHF"_s}}};
}

// "group [scope] URL — fields or note" for each row, in row order.
QStringList describe(const AccountComparison &comparison)
{
    static const QStringList groups {u"left"_s, u"right"_s, u"different"_s, u"same"_s};
    QStringList lines;
    for (const ComparisonRow &row : comparison.rows()) {
        QString line
            = u"%1 [%2] %3"_s.arg(groups.at(int(row.group)),
                                  row.global ? u"Global"_s : row.propertyTitle, row.callbackUrl);
        const QString detail = row.fields.isEmpty() ? row.note : row.fields.join(u", "_s);
        if (!detail.isEmpty())
            line += u" — "_s + detail;
        lines << line;
    }
    return lines;
}

// What the account holds after the plan's writes succeeded, as Channex would store them.
QList<Webhook> applied(QList<Webhook> account, const ImportPlan &plan)
{
    int next = 0;
    for (const auto &write : plan.writes()) {
        Webhook stored = write.webhook;
        if (stored.id.isEmpty()) {
            stored.id = u"copy-%1"_s.arg(++next);
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

QList<int> allRows(const AccountComparison &comparison)
{
    QList<int> rows;
    for (int i = 0; i < comparison.rows().size(); ++i)
        rows << i;
    return rows;
}

} // namespace

class TestAccountComparison final : public QObject
{
    Q_OBJECT

private slots:
    void eachWebhookIsInOneGroup()
    {
        Webhook secret = hook(u"s1"_s, StagingHarbour, u"https://pms.example/a"_s, u"booking"_s);
        secret.headers = KeyValueList {{u"X-Secret"_s, u"staging-value"_s}};
        Webhook secretThere = secret;
        secretThere.id = u"p1"_s;
        secretThere.propertyId = ProductionHarbour;
        secretThere.headers = KeyValueList {{u"X-Secret"_s, u"production-value"_s}};

        const AccountComparison comparison = AccountComparison::make(
            staging({
                secret,
                hook(u"s2"_s, StagingAlpine, u"https://rms.example/ari"_s, u"ari"_s),
                hook(u"s3"_s, {}, u"https://hub.example/all"_s, u"*"_s),
                hook(u"s4"_s, StagingCasa, u"https://inbox.example/"_s, u"message"_s),
                hook(u"s5"_s, {}, u"https://ops.example/alerts"_s, u"booking"_s),
            }),
            production({
                secretThere,
                hook(u"p2"_s, ProductionAlpine, u"https://rms.example/ari"_s, u"ari;booking"_s,
                     false),
                hook(u"p3"_s, {}, u"https://hub.example/all"_s, u"*"_s),
                hook(u"p4"_s, ProductionHarbour, u"https://crm.example/"_s, u"review"_s),
            }));
        QCOMPARE(describe(comparison),
                 (QStringList {
                     // Values are compared (never shown): a secret that differs is a difference.
                     u"different [Harbour View Hotel] https://pms.example/a — headers"_s,
                     u"different [Alpine Lodge Zermatt] https://rms.example/ari — event_mask, "
                     "is_active"_s,
                     u"same [Global] https://hub.example/all"_s,
                     u"left [Casa del Sol Sevilla] https://inbox.example/ — Production has no "
                     "property called “Casa del Sol Sevilla”"_s,
                     u"left [Global] https://ops.example/alerts"_s,
                     u"right [Harbour View Hotel] https://crm.example/"_s,
                 }));
        QCOMPARE(comparison.count(Group::Different), 2);
        QCOMPARE(comparison.count(Group::OnlyRight), 1);
        const ComparisonRow &first = comparison.rows().constFirst();
        QCOMPARE(comparison.webhook(first, Side::Left)->id, u"s1"_s);
        QCOMPARE(comparison.webhook(first, Side::Right)->id, u"p1"_s);
        QCOMPARE(comparison.webhook(comparison.rows().constLast(), Side::Left), nullptr);
    }

    // Two webhooks with one scope and URL are told apart by their masks, and what cannot be told
    // apart is said; still, every webhook appears once.
    void twinsAreMatchedAsTheImportMatchesThem()
    {
        const QString url = u"https://pms.example/hook"_s;
        const AccountComparison comparison = AccountComparison::make(
            staging({hook(u"s1"_s, {}, url, u"booking"_s), hook(u"s2"_s, {}, url, u"review"_s),
                     hook(u"s3"_s, {}, u"https://one.example/"_s, u"ari"_s)}),
            production({hook(u"p1"_s, {}, url, u"review"_s),
                        hook(u"p2"_s, {}, u"https://one.example/"_s, u"ari"_s),
                        hook(u"p3"_s, {}, u"https://one.example/"_s, u"ari"_s)}));
        QCOMPARE(describe(comparison),
                 (QStringList {
                     u"left [Global] https://pms.example/hook"_s,
                     u"same [Global] https://pms.example/hook"_s,
                     // Ambiguous from the left; from the right, the first twin matches.
                     u"same [Global] https://one.example/"_s,
                     u"right [Global] https://one.example/ — Production has this webhook more "
                     "than once (the same scope, URL and event mask)"_s,
                 }));
        QCOMPARE(comparison.rows().at(1).right, 0);
        QCOMPARE(comparison.rows().at(2).right, 1);
    }

    void copyingMakesTheRowsTheSame()
    {
        Webhook secret = hook(u"s1"_s, StagingHarbour, u"https://pms.example/a"_s, u"booking"_s);
        secret.headers = KeyValueList {{u"X-Secret"_s, u"staging-value"_s}};
        const ComparedAccount left = staging({
            secret,
            hook(u"s2"_s, StagingAlpine, u"https://rms.example/ari"_s, u"ari"_s),
            hook(u"s3"_s, StagingCasa, u"https://inbox.example/"_s, u"message"_s),
        });
        const ComparedAccount right = production({
            hook(u"p2"_s, ProductionAlpine, u"https://rms.example/ari"_s, u"*"_s),
            hook(u"p4"_s, ProductionHarbour, u"https://crm.example/"_s, u"review"_s),
        });
        const AccountComparison comparison = AccountComparison::make(left, right);

        // Without values: the new webhook's header is empty, and the preview says so.
        const ImportPlan names = comparison.copyPlan(allRows(comparison), Side::Left, false);
        QCOMPARE(names.lines.size(), 3); // the right-only row has nothing to copy
        QCOMPARE(names.lines.at(0).action, Action::Create);
        QCOMPARE(names.lines.at(0).webhook.propertyId, ProductionHarbour);
        QCOMPARE(names.lines.at(0).webhook.headers,
                 std::optional(KeyValueList {{u"X-Secret"_s, QString()}}));
        QCOMPARE(names.lines.at(0).text(),
                 u"create [Harbour View Hotel] https://pms.example/a — header X-Secret: its value "
                 "is not copied, left empty"_s);
        QCOMPARE(names.lines.at(1).action, Action::Update);
        QCOMPARE(names.lines.at(1).fields, QStringList {u"event_mask"_s});
        QCOMPARE(names.lines.at(2).action, Action::Skipped);
        QCOMPARE(names.lines.at(2).text(),
                 u"skipped [Casa del Sol Sevilla] https://inbox.example/ — Production has no "
                 "property called “Casa del Sol Sevilla”"_s);

        // With values, the copy makes every copyable row the same; nothing is deleted.
        const ImportPlan values = comparison.copyPlan(allRows(comparison), Side::Left, true);
        QCOMPARE(values.lines.at(0).webhook.headers,
                 std::optional(KeyValueList {{u"X-Secret"_s, u"staging-value"_s}}));
        const AccountComparison after
            = AccountComparison::make(left, production(applied(right.webhooks, values)));
        QCOMPARE(describe(after),
                 (QStringList {
                     u"same [Harbour View Hotel] https://pms.example/a"_s,
                     u"same [Alpine Lodge Zermatt] https://rms.example/ari"_s,
                     u"left [Casa del Sol Sevilla] https://inbox.example/ — Production has no "
                     "property called “Casa del Sol Sevilla”"_s,
                     u"right [Harbour View Hotel] https://crm.example/"_s,
                 }));

        // Only the rows chosen, and the other way round.
        const ImportPlan back = comparison.copyPlan({3, 0}, Side::Right, false);
        QCOMPARE(back.lines.size(), 1);
        QCOMPARE(back.lines.constFirst().action, Action::Create);
        QCOMPARE(back.lines.constFirst().webhook.propertyId, StagingHarbour);
        QCOMPARE(back.lines.constFirst().callbackUrl, u"https://crm.example/"_s);
    }

    // The copy of one twin is planned with its siblings, as the comparison matched it: alone,
    // it would have been taken for the other account's only webhook at that URL.
    void aCopyIsPlannedAsTheComparisonMatched()
    {
        const QString url = u"https://pms.example/hook"_s;
        const AccountComparison comparison = AccountComparison::make(
            staging({hook(u"s1"_s, {}, url, u"booking"_s), hook(u"s2"_s, {}, url, u"review"_s)}),
            production({hook(u"p1"_s, {}, url, u"message"_s)}));
        QCOMPARE(comparison.count(Group::OnlyLeft), 2);
        QCOMPARE(comparison.count(Group::OnlyRight), 1);
        const ImportPlan plan = comparison.copyPlan({0}, Side::Left, true);
        QCOMPARE(plan.lines.size(), 1);
        QCOMPARE(plan.lines.constFirst().action, Action::Create);
    }
};

QTEST_GUILESS_MAIN(TestAccountComparison)
#include "test_account_comparison.moc"
