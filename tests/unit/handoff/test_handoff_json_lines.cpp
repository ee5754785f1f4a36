// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Lines export: one object per capture, exact bodies, headers in order.
#include "app/handoff/JsonLines.h"
#include "tests/unit/handoff/HandoffTestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHandoffJsonLines final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void textCaptureHasEveryField();
    void binaryBodyIsBase64();
    void emptyBodyAndUnrecognisedPayload();
    void writerPutsOneLinePerCapture();
    void writerReportsAFullDevice();
    void redactionHidesSecretsAndGuestData();
};

namespace {

QJsonObject parse(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

void TestHandoffJsonLines::textCaptureHasEveryField()
{
    const auto record = HandoffTestSupport::record(4);
    const QByteArray line = Handoff::jsonLine(record, {});
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject object = parse(line);
    QCOMPARE(object.value("id"_L1).toInteger(), 4);
    QCOMPARE(object.value("received"_L1).toString(), u"2026-11-30T15:55:53.123Z"_s);
    QCOMPARE(object.value("method"_L1).toString(), u"POST"_s);
    QCOMPARE(object.value("target"_L1).toString(), u"/hooks/channex?source=test"_s);
    const QJsonArray headers = object.value("headers"_L1).toArray();
    QCOMPARE(headers.size(), 5);
    QCOMPARE(headers.at(3).toArray(), (QJsonArray {u"X-Trace"_s, u"one"_s}));
    QCOMPARE(headers.at(4).toArray(), (QJsonArray {u"X-Trace"_s, u"two"_s}));
    QCOMPARE(headers.at(2).toArray().at(1).toString(), u"s3cr3t"_s);
    QCOMPARE(object.value("bodyEncoding"_L1).toString(), u"text"_s);
    QCOMPARE(object.value("body"_L1).toString().toUtf8(), HandoffTestSupport::bookingBody);
    QCOMPARE(object.value("status"_L1).toInt(), 200);
    QCOMPARE(object.value("event"_L1).toString(), u"booking"_s);
    QCOMPARE(object.value("propertyId"_L1).toString(), u"p-1"_s);
    QCOMPARE(object.value("durationMs"_L1).toDouble(), 1.5);
    QCOMPARE(object.value("peer"_L1).toString(), u"127.0.0.1:50123"_s);
    QCOMPARE(object.value("marks"_L1).toArray(), QJsonArray());
    QCOMPARE(object.value("redacted"_L1).toBool(), false);
    const QJsonObject response = object.value("response"_L1).toObject();
    QCOMPARE(response.value("body"_L1).toString(), u"{\"ok\":true}"_s);
    QCOMPARE(response.value("headers"_L1).toArray().size(), 1);
}

void TestHandoffJsonLines::binaryBodyIsBase64()
{
    auto record = HandoffTestSupport::record(1, HandoffTestSupport::binaryBody());
    record.marks = Capture::Mark::Duplicate | Capture::Mark::Pinned;
    const QJsonObject object = parse(Handoff::jsonLine(record, {}));
    QCOMPARE(object.value("bodyEncoding"_L1).toString(), u"base64"_s);
    QCOMPARE(QByteArray::fromBase64(object.value("body"_L1).toString().toLatin1()),
             HandoffTestSupport::binaryBody());
    QCOMPARE(object.value("bodySize"_L1).toInteger(), HandoffTestSupport::binaryBody().size());
    QCOMPARE(object.value("marks"_L1).toArray(), (QJsonArray {u"duplicate"_s, u"pinned"_s}));
}

void TestHandoffJsonLines::emptyBodyAndUnrecognisedPayload()
{
    auto record = HandoffTestSupport::record(2, {});
    record.method = "GET";
    record.event.clear();
    record.propertyId.clear();
    const QJsonObject object = parse(Handoff::jsonLine(record, {}));
    QCOMPARE(object.value("body"_L1).toString(), QString());
    QCOMPARE(object.value("bodyEncoding"_L1).toString(), u"text"_s);
    QVERIFY(object.value("event"_L1).isNull());
    QVERIFY(object.value("propertyId"_L1).isNull());
}

void TestHandoffJsonLines::writerPutsOneLinePerCapture()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Handoff::JsonLinesWriter writer(buffer, {});
    QVERIFY(writer.begin());
    for (qint64 id = 1; id <= 3; ++id)
        QVERIFY(writer.write(HandoffTestSupport::record(id)));
    QVERIFY(writer.finish());
    QCOMPARE(writer.written(), 3);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last '\n'
    QVERIFY(lines.last().isEmpty());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(parse(lines.at(i)).value("id"_L1).toInteger(), i + 1);
}

void TestHandoffJsonLines::writerReportsAFullDevice()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly)); // every write fails
    Handoff::JsonLinesWriter writer(buffer, {});
    QVERIFY(!writer.write(HandoffTestSupport::record(1)));
    QVERIFY(writer.errorString().startsWith(u"Could not write the export"_s));
    QVERIFY(!writer.finish());
}

void TestHandoffJsonLines::redactionHidesSecretsAndGuestData()
{
    const QJsonObject object
        = parse(Handoff::jsonLine(HandoffTestSupport::record(1), {.enabled = true}));
    QCOMPARE(object.value("redacted"_L1).toBool(), true);
    const QJsonArray headers = object.value("headers"_L1).toArray();
    QCOMPARE(headers.at(2).toArray(),
             (QJsonArray {u"X-Channex-Webhook-Secret"_s, u"[redacted]"_s}));
    QCOMPARE(headers.at(1).toArray().at(1).toString(), u"application/json"_s);
    const QByteArray body = object.value("body"_L1).toString().toUtf8();
    QVERIFY(!body.contains("Ann"));
    QVERIFY(!body.contains("ann@example.org"));
    const QJsonObject payload
        = QJsonDocument::fromJson(body).object().value("payload"_L1).toObject();
    QCOMPARE(payload.value("booking_id"_L1).toString(), u"b1"_s);
}

QTEST_GUILESS_MAIN(TestHandoffJsonLines)
#include "test_handoff_json_lines.moc"
