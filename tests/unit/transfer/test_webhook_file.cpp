// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook file: what an export writes (Channex's attribute names, null apart from {},
// values only with secrets) and how a file that is not one is named.
#include "app/sandbox/DemoData.h"
#include "app/transfer/WebhookFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Transfer::FileWebhook;
using Transfer::WebhookFile;
using Transfer::WebhookFileFormat;

namespace {

QHash<QString, QString> demoTitles()
{
    QHash<QString, QString> titles;
    for (const Channex::PropertyOption &property : Sandbox::DemoData::properties())
        titles.insert(property.id, property.title);
    return titles;
}

const QDateTime ExportedAt(QDate(2026, 5, 4), QTime(9, 30, 0), Qt::UTC);

WebhookFile demoFile(bool withSecrets)
{
    return WebhookFileFormat::fromAccount(Sandbox::DemoData::webhooks(), demoTitles(),
                                          QUrl(u"https://staging.channex.io"_s), withSecrets,
                                          ExportedAt);
}

QJsonObject writtenJson(const WebhookFile &file)
{
    return QJsonDocument::fromJson(WebhookFileFormat::write(file)).object();
}

QJsonObject entryFor(const QJsonObject &root, const QString &url)
{
    for (const QJsonValue &value : root.value(u"webhooks"_s).toArray()) {
        if (value.toObject().value(u"callback_url"_s).toString() == url)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestWebhookFile final : public QObject
{
    Q_OBJECT

private slots:
    void theDocumentedShape()
    {
        const QJsonObject root = writtenJson(demoFile(false));
        QCOMPARE(root.value(u"format"_s).toString(), u"webhook-console/webhooks"_s);
        QCOMPARE(root.value(u"format_version"_s).toInt(), 1);
        QCOMPARE(root.value(u"server"_s).toString(), u"https://staging.channex.io"_s);
        QCOMPARE(root.value(u"exported_at"_s).toString(), u"2026-05-04T09:30:00Z"_s);
        QCOMPARE(root.value(u"webhooks"_s).toArray().size(), 12);

        const QJsonObject harbour
            = entryFor(root, u"https://pms.example-hotel.com/channex/webhooks"_s);
        QCOMPARE(harbour.keys(),
                 (QStringList {u"callback_url"_s, u"event_mask"_s, u"headers"_s, u"is_active"_s,
                               u"property"_s, u"request_params"_s, u"send_data"_s}));
        QCOMPARE(harbour.value(u"event_mask"_s).toString(), u"*"_s);
        QCOMPARE(harbour.value(u"property"_s).toObject(),
                 (QJsonObject {{u"id"_s, u"716305c4-561a-4561-a187-7f5b8aeb5920"_s},
                               {u"title"_s, u"Harbour View Hotel"_s}}));
        QCOMPARE(harbour.value(u"is_active"_s), QJsonValue(true));
        // Without secrets the names travel and the values are null; Channex's null stays null.
        QCOMPARE(harbour.value(u"headers"_s).toObject(),
                 (QJsonObject {{u"X-Channex-Webhook-Secret"_s, QJsonValue()}}));
        QVERIFY(harbour.value(u"request_params"_s).isNull());

        const QJsonObject global
            = entryFor(root, u"https://hooks.roomlink-pms.io/v2/channex/bookings"_s);
        QVERIFY(global.value(u"property"_s).isNull());
        QVERIFY(global.value(u"request_params"_s).toObject().value(u"account"_s).isNull());
    }

    void valuesOnlyWithSecrets()
    {
        const QJsonObject root = writtenJson(demoFile(true));
        const QJsonObject global
            = entryFor(root, u"https://hooks.roomlink-pms.io/v2/channex/bookings"_s);
        QCOMPARE(global.value(u"headers"_s).toObject().value(u"Authorization"_s).toString(),
                 u"Bearer rl_demo_7Hc2pQ9xLm4vT8"_s);
        QCOMPARE(global.value(u"request_params"_s).toObject().value(u"account"_s).toString(),
                 u"acme-hotels"_s);
    }

    void emptyObjectIsNotNull()
    {
        Channex::Webhook webhook = Sandbox::DemoData::webhooks().constFirst();
        webhook.headers = Channex::KeyValueList {};
        webhook.requestParams.reset();
        const WebhookFile file = WebhookFileFormat::fromAccount(
            {webhook}, demoTitles(), QUrl(u"https://staging.channex.io"_s), false, ExportedAt);
        const QJsonObject entry = writtenJson(file).value(u"webhooks"_s).toArray().at(0).toObject();
        QVERIFY(entry.value(u"headers"_s).isObject());
        QVERIFY(entry.value(u"headers"_s).toObject().isEmpty());
        QVERIFY(entry.value(u"request_params"_s).isNull());

        QString error;
        const std::optional<WebhookFile> read
            = WebhookFileFormat::read(WebhookFileFormat::write(file), u"x.json"_s, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->webhooks.at(0).headers, std::optional(Transfer::FileEntries {}));
        QCOMPARE(read->webhooks.at(0).requestParams, std::nullopt);
    }

    void readsBackWhatItWrote_data()
    {
        QTest::addColumn<bool>("withSecrets");
        QTest::newRow("without secrets") << false;
        QTest::newRow("with secrets") << true;
    }

    void readsBackWhatItWrote()
    {
        QFETCH(bool, withSecrets);
        const WebhookFile file = demoFile(withSecrets);
        QString error;
        const std::optional<WebhookFile> read
            = WebhookFileFormat::read(WebhookFileFormat::write(file), u"demo.json"_s, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, file);
    }

    void membersItDoesNotKnowAreIgnored()
    {
        const QByteArray bytes = "{\"format\": \"webhook-console/webhooks\", \"format_version\": "
                                 "1, \"note\": \"from staging\", \"webhooks\": [{\"callback_url\": "
                                 "\"https://a.example/\", \"event_mask\": \"booking\", "
                                 "\"property\": null, \"is_global\": true, \"protected\": false}]}";
        QString error;
        const std::optional<WebhookFile> read = WebhookFileFormat::read(bytes, u"a.json"_s, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->webhooks.size(), 1);
        const FileWebhook &webhook = read->webhooks.constFirst();
        QVERIFY(webhook.isGlobal());
        // Absent flags and lists are Channex's defaults: false and null.
        QVERIFY(!webhook.isActive);
        QVERIFY(!webhook.sendData);
        QVERIFY(!webhook.headers);
    }

    void aFileThatIsNotOneIsNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        const QByteArray head
            = "{\"format\": \"webhook-console/webhooks\", \"format_version\": 1, ";
        const auto withEntry = [&head](const QByteArray &entry) -> QByteArray {
            return head
                + "\"webhooks\": [{\"callback_url\": \"https://a.example/\", \"event_mask\": "
                  "\"*\", \"property\": null}, "
                + entry + "]}";
        };
        QTest::newRow("not JSON") << "callback_url,event_mask\n"_ba << u"it is not JSON"_s;
        QTest::newRow("a list") << "[]"_ba << u"\"format\": \"webhook-console/webhooks\""_s;
        QTest::newRow("captures") << "{\"format\": \"har\", \"webhooks\": []}"_ba
                                  << u"\"format\": \"webhook-console/webhooks\""_s;
        QTest::newRow("version text")
            << "{\"format\": \"webhook-console/webhooks\", \"format_version\": \"1\", \"webhooks\": []}"_ba
            << u"format_version"_s;
        QTest::newRow("version 0")
            << "{\"format\": \"webhook-console/webhooks\", \"format_version\": 0, \"webhooks\": []}"_ba
            << u"format_version"_s;
        QTest::newRow("no list") << head + "\"webhooks\": {}}" << u"\"webhooks\" is not a list"_s;
        QTest::newRow("entry not object") << withEntry("7") << u"webhook 2 of the list"_s;
        QTest::newRow("no callback_url")
            << withEntry("{\"event_mask\": \"*\", \"property\": null}") << u"callback_url"_s;
        QTest::newRow("no event_mask")
            << withEntry("{\"callback_url\": \"https://b.example/\", \"property\": null}")
            << u"event_mask"_s;
        QTest::newRow("no property")
            << withEntry("{\"callback_url\": \"https://b.example/\", \"event_mask\": \"*\"}")
            << u"\"property\""_s;
        QTest::newRow("property without title")
            << withEntry("{\"callback_url\": \"https://b.example/\", \"event_mask\": \"*\", "
                         "\"property\": {\"id\": \"p\"}}")
            << u"\"title\""_s;
        QTest::newRow("flag as text")
            << withEntry("{\"callback_url\": \"https://b.example/\", \"event_mask\": \"*\", "
                         "\"property\": null, \"is_active\": \"yes\"}")
            << u"\"is_active\" is not true or false"_s;
        QTest::newRow("header value a number")
            << withEntry("{\"callback_url\": \"https://b.example/\", \"event_mask\": \"*\", "
                         "\"property\": null, \"headers\": {\"X-Key\": 5}}")
            << u"“X-Key”"_s;
        QTest::newRow("params a list")
            << withEntry("{\"callback_url\": \"https://b.example/\", \"event_mask\": \"*\", "
                         "\"property\": null, \"request_params\": []}")
            << u"\"request_params\" is not an object"_s;
    }

    void aFileThatIsNotOneIsNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!WebhookFileFormat::read(bytes, u"staging.json"_s, &error));
        QVERIFY2(error.startsWith(u"staging.json is not a Webhook Console webhook file: "_s),
                 qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
    }

    void aNewerVersionSaysSo()
    {
        QString error;
        QVERIFY(!WebhookFileFormat::read(
            "{\"format\": \"webhook-console/webhooks\", \"format_version\": 2, \"webhooks\": []}",
            u"next.json"_s, &error));
        QCOMPARE(error,
                 u"next.json is version 2 of the webhook file format, written by a newer Webhook "
                 "Console; this one reads version 1. Import it with a newer Webhook Console."_s);
    }
};

QTEST_GUILESS_MAIN(TestWebhookFile)
#include "test_webhook_file.moc"
