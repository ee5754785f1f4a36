// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON examples of Channex's webhook documentation (endpoints and errors, extracted verbatim
// into tests/data/channex/reference) through the real codec: what a user would see from each
// documented answer, the documented requests as the sandbox reads them, round trips through the
// writer, the sandbox's answers against the documented bodies, and a check that the copies still
// match the reference.

#include "app/channex/ApiError.h"
#include "app/channex/JsonApiCodec.h"
#include "app/channex/ReplyErrorMapper.h"
#include "app/sandbox/SandboxResponses.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/SandboxValidation.h"
#include "tests/unit/channex/JsonApiTestSupport.h"
#include "tests/unit/channex/ReferenceExamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Channex;
using namespace JsonApiTest;
using ReferenceExamples::Example;

namespace {

// What the reference's text says each example holds.
struct Expected
{
    QList<Webhook> webhooks; // list: every entry; document or request: the one webhook
    JsonApi::PageMeta meta; // list only
    WebhookTestResult testResult; // test response only
    ApiError::Kind errorKind = ApiError::Kind::Network; // error bodies only
    QString code;
    QString title;
    QStringList detailLines;
    QString metaMessage; // delete response only
};

Webhook documentedRequest(const QString &eventMask)
{
    Webhook w;
    w.callbackUrl = u"https://YOUR-WEBSITE.COM/api/push_message"_s;
    w.eventMask = eventMask;
    w.requestParams = KeyValueList();
    w.headers = KeyValueList();
    w.isActive = true;
    w.sendData = true;
    w.propertyId = DocsPropertyId;
    return w;
}

Expected withWebhook(const Webhook &webhook)
{
    Expected expected;
    expected.webhooks = {webhook};
    return expected;
}

Expected error(ApiError::Kind kind, const QString &code, const QString &title,
               const QStringList &detailLines = {})
{
    Expected expected;
    expected.errorKind = kind;
    expected.code = code;
    expected.title = title;
    expected.detailLines = detailLines;
    return expected;
}

// Keyed by file name; the values are copied from the reference's text, not from our output.
QMap<QString, Expected> expectations()
{
    QMap<QString, Expected> all;
    Expected list;
    list.webhooks = {docsListWebhook()};
    list.meta = {1, 10, 1}; // page, limit, total
    all.insert(u"3.1-1-list-200.json"_s, list);
    all.insert(u"3.2-1-webhook-200.json"_s, withWebhook(docsListWebhook()));
    all.insert(u"3.3-1-request.json"_s, withWebhook(documentedRequest(u"*"_s)));

    Webhook global = documentedRequest(u"*"_s);
    global.callbackUrl = u"https://your-website.com/api/push_message"_s;
    global.propertyId.clear();
    global.isGlobal = true;
    all.insert(u"3.3-2-request-global.json"_s, withWebhook(global));
    all.insert(u"3.3-3-webhook-201.json"_s, withWebhook(createdWebhook()));
    all.insert(u"3.4-1-request.json"_s, withWebhook(documentedRequest(u"ari"_s)));

    Webhook updated = createdWebhook();
    updated.eventMask = u"ari"_s;
    updated.sendData = false; // absent from the docs' example: the documented default
    all.insert(u"3.4-2-webhook-200.json"_s, withWebhook(updated));

    Expected deleted;
    deleted.metaMessage = u"Success"_s;
    all.insert(u"3.5-1-delete-200.json"_s, deleted);
    all.insert(u"3.6-1-request.json"_s, withWebhook(documentedRequest(u"*"_s)));

    Expected tested;
    tested.testResult = {200, u"{\n  \"success\": true\n}"_s};
    all.insert(u"3.6-2-test-200.json"_s, tested);

    all.insert(u"5.1-1-error-401.json"_s,
               error(ApiError::Kind::Unauthorized, u"unauthorized"_s, u"Unauthorized"_s));
    all.insert(u"5.2-1-error-404.json"_s,
               error(ApiError::Kind::NotFound, u"resource_not_found"_s, u"Resource Not Found"_s));
    // Not JSON as written: still a 404 for the user, with nothing invented from the body.
    all.insert(u"5.2-2-error-404-invalid.json"_s, error(ApiError::Kind::NotFound, {}, {}));
    all.insert(u"5.3-1-error-422.json"_s,
               error(ApiError::Kind::Validation, u"validation_error"_s, u"Validation Error"_s,
                     {u"property_id: can't be blank"_s}));
    all.insert(u"5.4-1-error-400.json"_s,
               error(ApiError::Kind::BadRequest, u"bad_request"_s, u"Bad Request"_s,
                     {u"restrictions is required"_s}));
    all.insert(
        u"5.4-2-error-429.json"_s,
        error(ApiError::Kind::RateLimited, u"http_too_many_requests"_s, u"Too Many Requests"_s));
    return all;
}

// The attributes a request body carries: no id, no organization (both are the server's).
Webhook writable(Webhook webhook)
{
    webhook.id.clear();
    webhook.organizationId.clear();
    return webhook;
}

// A sandbox store that knows the documented properties, so validation sees them as existing.
Sandbox::SandboxStore documentedStore()
{
    Sandbox::SandboxStore store(OrganizationId);
    store.addProperty({DocsPropertyId, u"Docs property"_s, u"EUR"_s});
    store.addProperty({CreatedPropertyId, u"Created property"_s, u"EUR"_s});
    return store;
}

// The request body read the way the sandbox reads POST/PUT/test bodies.
Sandbox::WebhookValidation readRequest(const QByteArray &body)
{
    QStringList problems;
    const std::optional<QJsonObject> attributes = Sandbox::readWebhookBody(body, &problems);
    if (!attributes) {
        Sandbox::WebhookValidation failed;
        failed.errors.insert(u"body"_s, problems);
        return failed;
    }
    return Sandbox::validateWebhook(*attributes, documentedStore());
}

QString describe(const QMap<QString, QStringList> &errors)
{
    QStringList lines;
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it)
        lines << it.key() + u": "_s + it.value().join(u", "_s);
    return lines.join(u"; "_s);
}

// Every member of `expected` is in `actual` with the same value (recursively for objects):
// our answers may carry more than the older examples show, never something different.
bool containsAll(const QJsonValue &actual, const QJsonValue &expected, const QString &path,
                 QString *where)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
            if (!containsAll(have.value(it.key()), it.value(), path + u'.' + it.key(), where))
                return false;
        }
        return true;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray have = actual.toArray();
        if (want.size() != have.size()) {
            *where = path + u" has "_s + QString::number(have.size()) + u" entries"_s;
            return false;
        }
        for (qsizetype i = 0; i < want.size(); ++i) {
            if (!containsAll(have.at(i), want.at(i), path + u'[' + QString::number(i) + u']',
                             where))
                return false;
        }
        return true;
    }
    if (actual != expected) {
        *where = path;
        return false;
    }
    return true;
}

QJsonObject objectOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestReferenceExamples final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyExampleHasExpectations();
    void readsExample_data();
    void readsExample();
    void invalidExampleFailsCleanly_data();
    void invalidExampleFailsCleanly();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void writerBodyHasDocumentedRequest_data();
    void writerBodyHasDocumentedRequest();
    void sandboxAnswersLikeReference_data();
    void sandboxAnswersLikeReference();
    void copiesMatchReference();
    void extractScriptFindsNoDifference();

private:
    void addManifestRows(bool (*wanted)(const Example &));

    QList<Example> m_examples;
    QMap<QString, Expected> m_expected;
};

void TestReferenceExamples::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_examples = ReferenceExamples::manifest();
    m_expected = expectations();
}

void TestReferenceExamples::addManifestRows(bool (*wanted)(const Example &))
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("validJson");
    for (const Example &example : std::as_const(m_examples)) {
        if (wanted(example))
            QTest::newRow(qPrintable(example.file))
                << example.file << example.kind << example.status << example.validJson;
    }
}

// A block added to (or dropped from) the extraction must be described here too.
void TestReferenceExamples::everyExampleHasExpectations()
{
    QStringList files;
    for (const Example &example : std::as_const(m_examples))
        files << example.file;
    files.sort();
    QCOMPARE(files, m_expected.keys());
    // The reference flags exactly one of them as invalid: the PUT/DELETE 404 with a missing comma.
    QStringList invalid;
    for (const Example &example : std::as_const(m_examples)) {
        if (!example.validJson)
            invalid << example.file;
    }
    QCOMPARE(invalid, QStringList {u"5.2-2-error-404-invalid.json"_s});
}

void TestReferenceExamples::readsExample_data()
{
    addManifestRows([](const Example &) { return true; });
}

void TestReferenceExamples::readsExample()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(bool, validJson);
    const QByteArray body = ReferenceExamples::example(file);
    const Expected expected = m_expected.value(file);

    // Qt's parser agrees with the manifest (written by Python's) on which blocks are JSON.
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    QCOMPARE(parseError.error == QJsonParseError::NoError, validJson);

    QString error;
    if (kind == "list response"_L1) {
        const std::optional<JsonApi::WebhookPage> page = JsonApi::parseWebhookList(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->meta.page, expected.meta.page);
        QCOMPARE(page->meta.limit, expected.meta.limit);
        QCOMPARE(page->meta.total, expected.meta.total);
        QCOMPARE(page->webhooks.size(), expected.webhooks.size());
        for (qsizetype i = 0; i < page->webhooks.size(); ++i) {
            const Webhook &read = page->webhooks.at(i);
            QCOMPARE(read.id, expected.webhooks.at(i).id);
            QCOMPARE(read.callbackUrl, expected.webhooks.at(i).callbackUrl);
            QVERIFY(!read.headers); // null in the example, not {}
            QVERIFY(!read.requestParams);
            QVERIFY(read == expected.webhooks.at(i));
        }
    } else if (kind == "webhook response"_L1) {
        const std::optional<Webhook> read = JsonApi::parseWebhookDocument(body, &error);
        QVERIFY2(read, qPrintable(error));
        const Webhook &want = expected.webhooks.constFirst();
        QCOMPARE(read->id, want.id);
        QCOMPARE(read->callbackUrl, want.callbackUrl);
        QCOMPARE(read->eventMask, want.eventMask);
        QCOMPARE(read->headers, want.headers);
        QCOMPARE(read->requestParams, want.requestParams);
        QCOMPARE(read->isActive, want.isActive);
        QCOMPARE(read->sendData, want.sendData);
        QCOMPARE(read->propertyId, want.propertyId);
        QVERIFY(*read == want);
    } else if (kind.startsWith("request body"_L1)) {
        const Sandbox::WebhookValidation read = readRequest(body);
        QVERIFY2(read.isValid(), qPrintable(describe(read.errors)));
        const Webhook &want = expected.webhooks.constFirst();
        QCOMPARE(read.webhook.callbackUrl, want.callbackUrl);
        QCOMPARE(read.webhook.eventMask, want.eventMask);
        QCOMPARE(read.webhook.headers, want.headers); // {} stays {}, not null
        QCOMPARE(read.webhook.requestParams, want.requestParams);
        QCOMPARE(read.webhook.isGlobal, want.isGlobal);
        QCOMPARE(read.webhook.propertyId, want.propertyId);
        QVERIFY(writable(read.webhook) == want);
    } else if (kind == "test response"_L1) {
        const std::optional<WebhookTestResult> read = JsonApi::parseTestResult(body, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->statusCode, expected.testResult.statusCode);
        QCOMPARE(read->body, expected.testResult.body);
    } else if (kind == "delete response"_L1) {
        // The client accepts any 2xx to a DELETE; what the body says is only `meta.message`.
        QCOMPARE(objectOf(body).value("meta"_L1).toObject().value("message"_L1).toString(),
                 expected.metaMessage);
        // …and it cannot pass for an empty page of webhooks.
        QVERIFY(!JsonApi::parseWebhookList(body, &error));
        QVERIFY2(error.contains("data is missing"_L1), qPrintable(error));
    } else if (kind.startsWith("error"_L1)) {
        const ApiError read = ReplyErrorMapper::fromStatus(status, body, {}, {});
        QCOMPARE(read.httpStatus, status);
        QCOMPARE(read.kind, expected.errorKind);
        QCOMPARE(read.code, expected.code);
        QCOMPARE(read.title, expected.title);
        QCOMPARE(read.detailLines(), expected.detailLines);
        QCOMPARE(read.retryAfterSeconds, -1); // no Retry-After in the example
        QVERIFY(!read.message().isEmpty());
        QCOMPARE(JsonApi::parseErrorBody(body).has_value(), validJson);
    } else {
        QFAIL(qPrintable(u"no reader for kind "_s + kind));
    }
}

void TestReferenceExamples::invalidExampleFailsCleanly_data()
{
    addManifestRows([](const Example &example) { return !example.validJson; });
}

// Invalid JSON as written: every reader refuses it with a parse error, never an empty value.
void TestReferenceExamples::invalidExampleFailsCleanly()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    const QByteArray body = ReferenceExamples::example(file);

    QVERIFY(!JsonApi::parseErrorBody(body));
    QStringList errors;
    QString error;
    QVERIFY(!JsonApi::parseWebhookList(body, &error));
    errors << error;
    QVERIFY(!JsonApi::parseWebhookDocument(body, &error));
    errors << error;
    QVERIFY(!JsonApi::parsePropertyOptions(body, &error));
    errors << error;
    QVERIFY(!JsonApi::parseTestResult(body, &error));
    errors << error;
    for (const QString &text : std::as_const(errors)) {
        QVERIFY2(text.startsWith("the body is not JSON"_L1), qPrintable(text));
        // Had it come with a 2xx, the user gets the malformed-answer sentence.
        const ApiError malformed = ReplyErrorMapper::malformed(text);
        QCOMPARE(malformed.kind, ApiError::Kind::MalformedResponse);
        QVERIFY(!malformed.message().isEmpty());
    }

    // As the error body it is documented as, the status decides and the log keeps the text.
    const ApiError asError = ReplyErrorMapper::fromStatus(status, body, {}, {});
    QVERIFY(asError.code.isEmpty());
    QVERIFY(asError.details.isEmpty());
    QVERIFY2(asError.technical.startsWith(u"HTTP "_s + QString::number(status)),
             qPrintable(asError.technical));
    QVERIFY2(asError.technical.contains("resource_not_found"_L1), qPrintable(asError.technical));
}

void TestReferenceExamples::writerRoundTrip_data()
{
    QTest::addColumn<Webhook>("webhook");
    for (const Example &example : std::as_const(m_examples)) {
        const QByteArray body = ReferenceExamples::example(example.file);
        QList<Webhook> read;
        if (example.kind == "list response"_L1)
            read = JsonApi::parseWebhookList(body, nullptr)
                       .value_or(JsonApi::WebhookPage())
                       .webhooks;
        else if (example.kind == "webhook response"_L1)
            read = {JsonApi::parseWebhookDocument(body, nullptr).value_or(Webhook())};
        else if (example.kind.startsWith("request body"_L1))
            read = {readRequest(body).webhook};
        for (qsizetype i = 0; i < read.size(); ++i)
            QTest::addRow("%s #%d", qPrintable(example.file), int(i)) << read.at(i);
    }
}

// What the reader produced, written as a request body and read back as the sandbox reads it,
// keeps every writable attribute (null and {} headers apart, the global scope, the flags).
void TestReferenceExamples::writerRoundTrip()
{
    QFETCH(Webhook, webhook);
    QVERIFY(!webhook.callbackUrl.isEmpty()); // the reading above worked

    const Sandbox::WebhookValidation again = readRequest(JsonApi::webhookRequestBody(webhook));
    QVERIFY2(again.isValid(), qPrintable(describe(again.errors)));
    QCOMPARE(again.webhook.headers, webhook.headers);
    QCOMPARE(again.webhook.requestParams, webhook.requestParams);
    QCOMPARE(again.webhook.propertyId, webhook.propertyId);
    QCOMPARE(again.webhook.isGlobal, webhook.isGlobal);
    QVERIFY(writable(again.webhook) == writable(webhook));
}

void TestReferenceExamples::writerBodyHasDocumentedRequest_data()
{
    addManifestRows([](const Example &example) { return example.kind.startsWith("request"_L1); });
}

// Our body for the webhook a documented request describes says everything that request says,
// member for member (ours adds `protected`, and `is_global` for property webhooks).
void TestReferenceExamples::writerBodyHasDocumentedRequest()
{
    QFETCH(QString, file);
    const QByteArray documented = ReferenceExamples::example(file);
    const Sandbox::WebhookValidation read = readRequest(documented);
    QVERIFY2(read.isValid(), qPrintable(describe(read.errors)));

    const QJsonObject ours = objectOf(JsonApi::webhookRequestBody(read.webhook));
    QString where;
    QVERIFY2(containsAll(ours, objectOf(documented), u"body"_s, &where), qPrintable(where));
}

void TestReferenceExamples::sandboxAnswersLikeReference_data()
{
    addManifestRows([](const Example &example) {
        return example.validJson
            && (example.kind.startsWith("error"_L1) || example.kind == "webhook response"_L1
                || example.kind == "list response"_L1);
    });
}

// The sandbox writes error bodies exactly as documented and resources that contain everything
// the documented ones show.
void TestReferenceExamples::sandboxAnswersLikeReference()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(int, status);
    const QByteArray documented = ReferenceExamples::example(file);

    if (kind.startsWith("error"_L1)) {
        const std::optional<JsonApi::ErrorBody> read = JsonApi::parseErrorBody(documented);
        QVERIFY(read);
        Http::HttpResponse answer;
        if (status == 422)
            answer = Sandbox::Responses::validationError(read->details);
        else if (status == 400)
            answer = Sandbox::Responses::badRequest(read->detailList);
        else
            answer = Sandbox::Responses::error(status);
        QCOMPARE(answer.status, status);
        QCOMPARE(objectOf(answer.body), objectOf(documented));
        return;
    }

    QJsonArray resources;
    if (kind == "list response"_L1) {
        const std::optional<JsonApi::WebhookPage> page
            = JsonApi::parseWebhookList(documented, nullptr);
        QVERIFY(page);
        for (const Webhook &webhook : page->webhooks)
            resources << JsonApi::webhookToResource(webhook);
    } else {
        const std::optional<Webhook> webhook = JsonApi::parseWebhookDocument(documented, nullptr);
        QVERIFY(webhook);
        resources << JsonApi::webhookToResource(*webhook);
    }
    const QJsonValue want = objectOf(documented).value("data"_L1);
    const QJsonValue have = want.isArray() ? QJsonValue(resources) : resources.at(0);
    QString where;
    QVERIFY2(containsAll(have, want, u"data"_s, &where), qPrintable(where));
}

// The committed copies are still the reference's blocks, byte for byte, and nothing is missing.
void TestReferenceExamples::copiesMatchReference()
{
    const QString reference = ReferenceExamples::referenceFile();
    if (reference.isEmpty())
        QSKIP("The Channex reference (shared/reference/channex-webhooks-api.md beside the "
              "repository, or the file $WC_CHANNEX_REFERENCE names) is not here; the copies of "
              "its examples cannot be compared.");

    const QList<ReferenceExamples::Block> blocks
        = ReferenceExamples::extractBlocks(ReferenceExamples::readFile(reference));
    for (const ReferenceExamples::Block &block : blocks) {
        const auto example
            = std::find_if(m_examples.cbegin(), m_examples.cend(), [&](const Example &e) {
                  return e.section == block.section && e.n == block.n;
              });
        QVERIFY2(example != m_examples.cend(),
                 qPrintable(u"§%1 block %2 of the reference is not extracted; run extract.py"_s
                                .arg(block.section)
                                .arg(block.n)));
        QVERIFY2(ReferenceExamples::example(example->file) == block.content,
                 qPrintable(example->file + u" differs from the reference; run extract.py"_s));
    }
    QVERIFY2(blocks.size() == m_examples.size(),
             qPrintable(u"MANIFEST.tsv lists %1 examples, the reference has %2; run extract.py"_s
                            .arg(m_examples.size())
                            .arg(blocks.size())));
}

// The script itself agrees: run with --check it finds nothing to change, MANIFEST.tsv included.
void TestReferenceExamples::extractScriptFindsNoDifference()
{
    const QString reference = ReferenceExamples::referenceFile();
    if (reference.isEmpty())
        QSKIP("The Channex reference is not here; extract.py has nothing to compare with.");
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed; extract.py --check cannot run.");

    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(python,
                 {ReferenceExamples::dataDir() + u"/extract.py"_s, u"--reference"_s, reference,
                  u"--out"_s, ReferenceExamples::dataDir(), u"--check"_s});
    QVERIFY2(script.waitForFinished(60000), qPrintable(script.errorString()));
    const QString output = QString::fromUtf8(script.readAll());
    QCOMPARE(script.exitStatus(), QProcess::NormalExit);
    QVERIFY2(script.exitCode() == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestReferenceExamples)
#include "test_reference_examples.moc"
