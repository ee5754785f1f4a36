// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// HAR 1.2 export: every field the spec requires, exact bodies, one streamed document.
#include "app/handoff/Har.h"
#include "tests/unit/handoff/HandoffTestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHandoffHar final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void documentHasEveryRequiredField();
    void requestAsReceived();
    void binaryAndEmptyBodies();
    void noCapturesIsAnEmptyLog();
    void redactedEntry();

private:
    static QJsonObject writeLog(const QList<Capture::CaptureRecord> &records,
                                Handoff::RedactionOptions options = {});
};

namespace {

void requireKeys(const QJsonObject &object, const QStringList &keys, const char *where)
{
    for (const QString &key : keys) {
        if (!object.contains(key))
            QFAIL(qPrintable(u"%1 lacks %2"_s.arg(QLatin1StringView(where), key)));
    }
}

} // namespace

QJsonObject TestHandoffHar::writeLog(const QList<Capture::CaptureRecord> &records,
                                     Handoff::RedactionOptions options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Handoff::HarWriter writer(buffer, options);
    writer.begin();
    for (const auto &record : records)
        writer.write(record);
    if (!writer.finish())
        qWarning("writer failed: %s", qPrintable(writer.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("HAR is not JSON: %s", qPrintable(error.errorString()));
    return document.object().value("log"_L1).toObject();
}

void TestHandoffHar::documentHasEveryRequiredField()
{
    auto withEmpty = HandoffTestSupport::record(2, {});
    withEmpty.method = "GET";
    const QJsonObject log
        = writeLog({HandoffTestSupport::record(1), withEmpty, HandoffTestSupport::record(3)});
    QCOMPARE(log.value("version"_L1).toString(), u"1.2"_s);
    QCOMPARE(log.value("creator"_L1).toObject().value("name"_L1).toString(), u"Webhook Console"_s);
    QVERIFY(!log.value("creator"_L1).toObject().value("version"_L1).toString().isEmpty());
    const QJsonArray entries = log.value("entries"_L1).toArray();
    QCOMPARE(entries.size(), 3);
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        requireKeys(entry,
                    {u"startedDateTime"_s, u"time"_s, u"request"_s, u"response"_s, u"cache"_s,
                     u"timings"_s},
                    "entry");
        const QJsonObject request = entry.value("request"_L1).toObject();
        requireKeys(request,
                    {u"method"_s, u"url"_s, u"httpVersion"_s, u"cookies"_s, u"headers"_s,
                     u"queryString"_s, u"headersSize"_s, u"bodySize"_s},
                    "request");
        const QJsonObject response = entry.value("response"_L1).toObject();
        requireKeys(response,
                    {u"status"_s, u"statusText"_s, u"httpVersion"_s, u"cookies"_s, u"headers"_s,
                     u"content"_s, u"redirectURL"_s, u"headersSize"_s, u"bodySize"_s},
                    "response");
        requireKeys(response.value("content"_L1).toObject(), {u"size"_s, u"mimeType"_s}, "content");
        requireKeys(entry.value("timings"_L1).toObject(), {u"send"_s, u"wait"_s, u"receive"_s},
                    "timings");
        if (request.contains("postData"_L1))
            requireKeys(request.value("postData"_L1).toObject(), {u"mimeType"_s, u"text"_s},
                        "postData");
    }
    QVERIFY(!entries.at(1).toObject().value("request"_L1).toObject().contains("postData"_L1));
}

void TestHandoffHar::requestAsReceived()
{
    auto record = HandoffTestSupport::record(1);
    record.headers.append(qMakePair("Cookie"_ba, "a=1; b=2"_ba));
    const QJsonObject entry = Handoff::harEntry(record, {});
    QCOMPARE(entry.value("startedDateTime"_L1).toString(), u"2026-11-30T15:55:50.123Z"_s);
    QCOMPARE(entry.value("time"_L1).toDouble(), 1.5);
    const QJsonObject request = entry.value("request"_L1).toObject();
    QCOMPARE(request.value("method"_L1).toString(), u"POST"_s);
    QCOMPARE(request.value("url"_L1).toString(),
             u"http://127.0.0.1:8080/hooks/channex?source=test"_s);
    QCOMPARE(request.value("httpVersion"_L1).toString(), u"HTTP/1.1"_s);
    const QJsonArray headers = request.value("headers"_L1).toArray();
    QCOMPARE(headers.size(), 6);
    QCOMPARE(headers.at(4).toObject().value("value"_L1).toString(), u"two"_s);
    QCOMPARE(request.value("queryString"_L1).toArray(),
             (QJsonArray {QJsonObject {{u"name"_s, u"source"_s}, {u"value"_s, u"test"_s}}}));
    QCOMPARE(request.value("cookies"_L1).toArray().size(), 2);
    QCOMPARE(request.value("bodySize"_L1).toInteger(), HandoffTestSupport::bookingBody.size());
    const QJsonObject postData = request.value("postData"_L1).toObject();
    QCOMPARE(postData.value("mimeType"_L1).toString(), u"application/json"_s);
    QCOMPARE(postData.value("text"_L1).toString().toUtf8(), HandoffTestSupport::bookingBody);
    QVERIFY(!postData.contains("encoding"_L1));
    const QJsonObject response = entry.value("response"_L1).toObject();
    QCOMPARE(response.value("status"_L1).toInt(), 200);
    QCOMPARE(response.value("statusText"_L1).toString(), u"OK"_s);
    QCOMPARE(response.value("content"_L1).toObject().value("text"_L1).toString(),
             u"{\"ok\":true}"_s);
}

void TestHandoffHar::binaryAndEmptyBodies()
{
    const QJsonObject entry
        = Handoff::harEntry(HandoffTestSupport::record(1, HandoffTestSupport::binaryBody()), {});
    const QJsonObject postData
        = entry.value("request"_L1).toObject().value("postData"_L1).toObject();
    QCOMPARE(postData.value("encoding"_L1).toString(), u"base64"_s);
    QCOMPARE(QByteArray::fromBase64(postData.value("text"_L1).toString().toLatin1()),
             HandoffTestSupport::binaryBody());
}

void TestHandoffHar::noCapturesIsAnEmptyLog()
{
    const QJsonObject log = writeLog({});
    QCOMPARE(log.value("version"_L1).toString(), u"1.2"_s);
    QVERIFY(log.value("entries"_L1).isArray());
    QCOMPARE(log.value("entries"_L1).toArray().size(), 0);
}

void TestHandoffHar::redactedEntry()
{
    auto record = HandoffTestSupport::record(1);
    record.target = "/hook?api_key=k1&page=2";
    const QJsonObject log = writeLog({record}, {.enabled = true});
    const QJsonObject request
        = log.value("entries"_L1).toArray().at(0).toObject().value("request"_L1).toObject();
    QCOMPARE(request.value("url"_L1).toString(),
             u"http://127.0.0.1:8080/hook?api_key=%5Bredacted%5D&page=2"_s);
    QCOMPARE(
        request.value("queryString"_L1).toArray().at(0).toObject().value("value"_L1).toString(),
        u"[redacted]"_s);
    QCOMPARE(request.value("headers"_L1).toArray().at(2).toObject().value("value"_L1).toString(),
             u"[redacted]"_s);
    const QString body = request.value("postData"_L1).toObject().value("text"_L1).toString();
    QVERIFY(!body.contains(u"Ann"_s));
    QVERIFY(body.contains(u"b1"_s));
}

QTEST_GUILESS_MAIN(TestHandoffHar)
#include "test_handoff_har.moc"
