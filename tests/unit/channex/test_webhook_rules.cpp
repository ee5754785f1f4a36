// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook field rules the dialog, the client and the sandbox share: what is refused before
// sending, what is only a warning, and which entry a problem belongs to.

#include "app/channex/WebhookRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Channex::KeyValueList;
using Channex::Webhook;
using Channex::WebhookRules;
using Field = WebhookRules::Field;
using ListKind = WebhookRules::ListKind;

namespace {

int errorCount(const WebhookRules::Problems &problems)
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [](const WebhookRules::Problem &p) { return p.isError(); }));
}

int warningCount(const WebhookRules::Problems &problems)
{
    return int(problems.size()) - errorCount(problems);
}

} // namespace

class TestWebhookRules final : public QObject
{
    Q_OBJECT

private slots:
    void callbackUrl_data();
    void callbackUrl();
    void headerNames_data();
    void headerNames();
    void lineBreaksRefusedInEveryKeyAndValue();
    void duplicatesFlaggedOnTheSecondEntry();
    void emptyNameRefused();
    void nullListsAreFine();
    void eventMask();
    void scopeNeedsAPropertyUnlessGlobal();
    void wholeWebhookAsDetails();
    void aSpaceIsNamed();
    void detailKeysBelongToFields();
    void valuesChannexHoldsAreWarnedAboutNotRefused();
};

void TestWebhookRules::callbackUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");

    QTest::newRow("https") << u"https://pms.example.com/hooks/channex"_s << 0 << 0;
    QTest::newRow("https with port") << u"https://127.0.0.1:8443/x?a=1"_s << 0 << 0;
    QTest::newRow("plain http warns") << u"http://pms.example.com/hook"_s << 0 << 1;
    QTest::newRow("secret in query warns")
        << u"https://pms.example.com/hook?api_token=abc"_s << 0 << 1;
    QTest::newRow("http and secret") << u"http://x.example/h?password=1&Key=2"_s << 0 << 2;
    QTest::newRow("harmless query") << u"https://x.example/h?hotel=5"_s << 0 << 0;
    QTest::newRow("empty") << QString() << 1 << 0;
    QTest::newRow("relative") << u"/hooks/channex"_s << 1 << 0;
    QTest::newRow("no scheme") << u"pms.example.com/hook"_s << 1 << 0;
    QTest::newRow("ftp") << u"ftp://pms.example.com/hook"_s << 1 << 0;
    QTest::newRow("no host") << u"https:///hook"_s << 1 << 0;
    QTest::newRow("leading space") << u" https://pms.example.com"_s << 1 << 0;
    QTest::newRow("line break") << u"https://a.example/\r\nX: y"_s << 1 << 0;
    QTest::newRow("space inside") << u"https://pms example.com/"_s << 1 << 0;
    // Plain http to this computer crosses no network: the live receiver, an app in development.
    QTest::newRow("http to loopback") << u"http://127.0.0.1:8090/"_s << 0 << 0;
    QTest::newRow("http to localhost") << u"http://localhost:3000/hooks"_s << 0 << 0;
    QTest::newRow("http to IPv6 loopback") << u"http://[::1]:8090/"_s << 0 << 0;
    QTest::newRow("http to the LAN warns") << u"http://192.168.1.20/hook"_s << 0 << 1;
}

void TestWebhookRules::aSpaceIsNamed()
{
    const WebhookRules::Problems problems
        = WebhookRules::checkCallbackUrl(u"https://exa mple.com/hook"_s);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().message.contains(u"contains a space after “https://exa”"_s),
             qPrintable(problems.constFirst().message));
}

void TestWebhookRules::callbackUrl()
{
    QFETCH(QString, url);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    const WebhookRules::Problems problems = WebhookRules::checkCallbackUrl(url);
    QCOMPARE(errorCount(problems), errors);
    QCOMPARE(warningCount(problems), warnings);
    for (const auto &problem : problems) {
        QCOMPARE(problem.field, Field::CallbackUrl);
        QVERIFY2(problem.message.endsWith(u'.'), qPrintable(problem.message));
    }
}

void TestWebhookRules::headerNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << u"Authorization"_s << true;
    QTest::newRow("dashes") << u"X-Channex-Webhook-Secret"_s << true;
    QTest::newRow("token punctuation") << u"x!#$%&'*+-.^_`|~1"_s << true;
    QTest::newRow("space") << u"X Secret"_s << false;
    QTest::newRow("colon") << u"X-Secret:"_s << false;
    QTest::newRow("non-ascii") << u"X-Schlüssel"_s << false;
    QTest::newRow("brackets") << u"X[1]"_s << false;
}

void TestWebhookRules::headerNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto problems
        = WebhookRules::checkKeyValues(KeyValueList {{name, u"v"_s}}, ListKind::Headers);
    QCOMPARE(problems.isEmpty(), valid);
    // A request parameter may be named anything printable.
    QVERIFY(WebhookRules::checkKeyValues(KeyValueList {{name, u"v"_s}}, ListKind::RequestParams)
                .isEmpty());
}

void TestWebhookRules::lineBreaksRefusedInEveryKeyAndValue()
{
    for (const ListKind kind : {ListKind::Headers, ListKind::RequestParams}) {
        for (const QString &bad : {u"a\rb"_s, u"a\nb"_s, QString(u"a"_s + QChar(0) + u"b"_s)}) {
            auto problems = WebhookRules::checkKeyValues(KeyValueList {{u"ok"_s, bad}}, kind);
            QCOMPARE(errorCount(problems), 1);
            QCOMPARE(problems.first().row, 0);
            problems = WebhookRules::checkKeyValues(KeyValueList {{u"ok"_s, u"1"_s}, {bad, u"v"_s}},
                                                    kind);
            QCOMPARE(errorCount(problems), 1);
            QCOMPARE(problems.first().row, 1);
        }
    }
}

void TestWebhookRules::duplicatesFlaggedOnTheSecondEntry()
{
    // Header names are case-insensitive, as in HTTP; parameter names are not.
    const KeyValueList headers {
        {u"X-Token"_s, u"1"_s}, {u"Accept"_s, u"a"_s}, {u"x-token"_s, u"2"_s}};
    auto problems = WebhookRules::checkKeyValues(headers, ListKind::Headers);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().row, 2);
    QCOMPARE(problems.first().field, Field::Headers);
    QVERIFY(problems.first().message.contains(u"twice"_s));

    const KeyValueList params {{u"hotel"_s, u"1"_s}, {u"Hotel"_s, u"2"_s}, {u"hotel"_s, u"3"_s}};
    problems = WebhookRules::checkKeyValues(params, ListKind::RequestParams);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().row, 2);
    QCOMPARE(problems.first().field, Field::RequestParams);
}

void TestWebhookRules::emptyNameRefused()
{
    const auto problems
        = WebhookRules::checkKeyValues(KeyValueList {{QString(), u"v"_s}}, ListKind::Headers);
    QCOMPARE(errorCount(problems), 1);
    QVERIFY(problems.first().message.contains(u"no name"_s));
}

void TestWebhookRules::nullListsAreFine()
{
    QVERIFY(WebhookRules::checkKeyValues(std::nullopt, ListKind::Headers).isEmpty());
    QVERIFY(WebhookRules::checkKeyValues(KeyValueList {}, ListKind::RequestParams).isEmpty());
}

void TestWebhookRules::eventMask()
{
    QCOMPARE(errorCount(WebhookRules::checkEventMask(QString())), 1);
    QCOMPARE(errorCount(WebhookRules::checkEventMask(u" ; "_s)), 1);
    QVERIFY(WebhookRules::checkEventMask(u"*"_s).isEmpty());
    QVERIFY(WebhookRules::checkEventMask(u"booking_new;ari:rate:*:*"_s).isEmpty());
    // An unknown name is kept and sent, with a warning that names it.
    const auto problems = WebhookRules::checkEventMask(u"booking_new;bookin_cancel"_s);
    QCOMPARE(errorCount(problems), 0);
    QCOMPARE(warningCount(problems), 1);
    QVERIFY(problems.first().message.contains(u"bookin_cancel"_s));
}

void TestWebhookRules::scopeNeedsAPropertyUnlessGlobal()
{
    QCOMPARE(errorCount(WebhookRules::checkScope(false, QString())), 1);
    QVERIFY(WebhookRules::checkScope(false, u"716305c4-561a-4561-a187-7f5b8aeb5920"_s).isEmpty());
    QVERIFY(WebhookRules::checkScope(true, QString()).isEmpty());
}

void TestWebhookRules::wholeWebhookAsDetails()
{
    Webhook webhook;
    webhook.callbackUrl = u"pms.example.com"_s;
    webhook.eventMask = u"*"_s;
    webhook.isGlobal = true;
    webhook.headers = KeyValueList {{u"Bad Name"_s, u"x"_s}};
    const auto problems = WebhookRules::check(webhook);
    QVERIFY(WebhookRules::hasErrors(problems));
    const auto details = WebhookRules::errorDetails(problems);
    QCOMPARE(details.keys(), (QStringList {u"callback_url"_s, u"headers"_s}));

    webhook.callbackUrl = u"http://pms.example.com"_s;
    webhook.headers = KeyValueList {{u"Authorization"_s, u"Basic x"_s}};
    QVERIFY(!WebhookRules::hasErrors(WebhookRules::check(webhook)));
    QVERIFY(WebhookRules::errorDetails(WebhookRules::check(webhook)).isEmpty());
}

// Where a 422 detail goes in the dialog: each field's wire name, and is_global with the property.
void TestWebhookRules::detailKeysBelongToFields()
{
    for (const Field field : {Field::CallbackUrl, Field::EventMask, Field::Property, Field::Headers,
                              Field::RequestParams})
        QCOMPARE(WebhookRules::fieldOfDetail(WebhookRules::wireName(field)), field);
    QCOMPARE(WebhookRules::fieldOfDetail(u"is_global"), Field::Property);
    QVERIFY(!WebhookRules::fieldOfDetail(u"base").has_value());
    QVERIFY(!WebhookRules::fieldOfDetail(u"send_data").has_value());
}

// A webhook made elsewhere: what is left as Channex holds it never stops a write; what the
// person changes is checked as usual.
void TestWebhookRules::valuesChannexHoldsAreWarnedAboutNotRefused()
{
    Webhook stored;
    stored.id = u"w1"_s;
    stored.callbackUrl = u"https://legacy.example.com/hook"_s;
    stored.eventMask = u"booking_new;booking_rebooked"_s;
    stored.propertyId = u"p1"_s;
    stored.headers = KeyValueList {{u"Api Key"_s, u"k"_s}, {u"X-A"_s, u"1"_s}, {u"x-a"_s, u"2"_s}};
    QVERIFY(WebhookRules::hasErrors(WebhookRules::check(stored))); // as new input: refused

    Webhook paused = stored;
    paused.isActive = false;
    const auto problems = WebhookRules::check(paused, &stored);
    QVERIFY(!WebhookRules::hasErrors(problems));
    const auto headerWarnings = std::count_if(
        problems.cbegin(), problems.cend(), [](const auto &p) {
            return p.field == Field::Headers && p.message.startsWith(u"Channex holds this value"_s);
        });
    QCOMPARE(headerWarnings, 2); // the name with a space, the name given twice

    Webhook renamed = stored;
    (*renamed.headers)[0].key = u"Other Key"_s;
    QVERIFY(WebhookRules::hasErrors(WebhookRules::check(renamed, &stored)));

    Webhook moved = stored;
    moved.callbackUrl = u"not a url"_s;
    const auto movedProblems = WebhookRules::check(moved, &stored);
    QVERIFY(WebhookRules::hasErrors(movedProblems));
    for (const auto &problem : movedProblems) // the stored headers stay warnings
        QVERIFY(problem.field != Field::Headers || !problem.isError());
}

QTEST_GUILESS_MAIN(TestWebhookRules)
#include "test_webhook_rules.moc"
