// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n/Translations.h"
#include "app/payloads/PayloadCheck.h"
#include "app/payloads/SamplePayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

using namespace Payloads;
using namespace Qt::StringLiterals;
using Status = PayloadCheckResult::Status;

namespace {

QJsonObject sampleObject(const QString &event)
{
    return QJsonDocument::fromJson(SamplePayloads::sample(event).json).object();
}

PayloadCheckResult checkObject(const QJsonObject &object)
{
    return PayloadCheck::check(QJsonDocument(object).toJson());
}

// Every dotted path of the documented fields of a sample: top level, payload, nested one level.
QStringList documentedPaths(const QString &event)
{
    const PayloadShape shape = SamplePayloads::shape(event);
    QStringList paths = shape.topLevel;
    for (const QString &key : shape.payloadFields)
        paths << u"payload."_s + key;
    for (auto it = shape.nested.begin(); it != shape.nested.end(); ++it) {
        for (const QString &key : it.value())
            paths << u"payload."_s + it.key() + u'.' + key;
    }
    return paths;
}

QJsonObject withoutPath(QJsonObject body, const QString &path)
{
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        body.remove(path);
    } else {
        QJsonObject payload = body.value("payload"_L1).toObject();
        if (parts.size() == 2) {
            payload.remove(parts.at(1));
        } else {
            QJsonObject nested = payload.value(parts.at(1)).toObject();
            nested.remove(parts.at(2));
            payload.insert(parts.at(1), nested);
        }
        body.insert("payload"_L1, payload);
    }
    return body;
}

bool mentions(const PayloadCheckResult &result, const QString &text)
{
    return result.sentences().join(u'\n').contains(text);
}

} // namespace

class TestPayloadCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void removedFieldIsReportedMissing_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("path");
        for (const QString &event : SamplePayloads::events()) {
            for (const QString &path : documentedPaths(event)) {
                if (path != "event"_L1 && path != "payload"_L1)
                    QTest::addRow("%s %s", qPrintable(event), qPrintable(path)) << event << path;
            }
        }
    }

    void removedFieldIsReportedMissing()
    {
        QFETCH(QString, event);
        QFETCH(QString, path);
        const PayloadCheckResult result = checkObject(withoutPath(sampleObject(event), path));
        QCOMPARE(result.status, Status::Differs);
        QCOMPARE(result.missing, QStringList {path});
        QCOMPARE(result.unexpected, QStringList());
        QCOMPARE(result.wrongKind, QStringList());
        QVERIFY(!result.passed());
        QVERIFY(mentions(result, u"Missing documented fields: “%1”."_s.arg(path)));
    }

    void extraFieldsAreReportedUnexpected()
    {
        QJsonObject body = sampleObject(u"inquiry"_s);
        body.insert("signature"_L1, u"abc"_s);
        QJsonObject payload = body.value("payload"_L1).toObject();
        payload.insert("guest_email"_L1, u"a@b.c"_s);
        QJsonObject details = payload.value("booking_details"_L1).toObject();
        details.insert("number_of_beds"_L1, 2);
        payload.insert("booking_details"_L1, details);
        body.insert("payload"_L1, payload);
        const PayloadCheckResult result = checkObject(body);
        QCOMPARE(result.status, Status::Differs);
        QCOMPARE(result.missing, QStringList());
        QCOMPARE(result.unexpected,
                 QStringList({u"payload.booking_details.number_of_beds"_s, u"payload.guest_email"_s,
                              u"signature"_s}));
        QVERIFY(mentions(result, u"“payload.guest_email”"_s));
    }

    void noDataFormOfEveryEventPasses()
    {
        for (const QString &event : SamplePayloads::events()) {
            QJsonObject body = sampleObject(event);
            body.remove("payload"_L1);
            const PayloadCheckResult result = checkObject(body);
            QCOMPARE(result.status, Status::NoData);
            QVERIFY(result.passed());
            QVERIFY(mentions(result, u"without data"_s));
        }
    }

    void noDataFormWithoutTimestampNamesIt()
    {
        // The 2022/2025 text names only event, user_id and property_id; every example has more.
        QJsonObject body = sampleObject(u"booking_new"_s);
        body.remove("timestamp"_L1);
        const PayloadCheckResult result = checkObject(body);
        QCOMPARE(result.status, Status::Differs);
        QCOMPARE(result.missing, QStringList {u"timestamp"_s});
    }

    void envelopeIsRecognised()
    {
        const PayloadCheckResult result
            = PayloadCheck::check(SamplePayloads::sample(u"non_acked_booking"_s).json);
        QCOMPARE(result.event, u"non_acked_booking"_s);
        QCOMPARE(result.propertyId, u"a92c01bb-4fc1-4c9e-9579-7d4e1ec607b8"_s);
        QCOMPARE(result.userId, QString());
        QCOMPARE(result.timestamp, u"2026-01-26T14:40:54.310491Z"_s);
        QVERIFY(mentions(result, u"documented fields of “non_acked_booking”"_s));
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("event=booking");
        QTest::newRow("truncated") << QByteArray(R"({"event": "booking")");
        QTest::newRow("two values") << QByteArray("1, 2");
        QTest::newRow("binary") << QByteArray("\x00\xff\x10", 3);
    }

    void notJson()
    {
        QFETCH(QByteArray, body);
        const PayloadCheckResult result = PayloadCheck::check(body);
        QCOMPARE(result.status, Status::NotJson);
        QVERIFY(!result.passed());
        QVERIFY(!result.parseError.isEmpty());
        QVERIFY(mentions(result, u"The body is not JSON: "_s + result.parseError + u" at byte"_s));
    }

    void notObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("array") << QByteArray(R"([{"event": "booking"}])");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("string") << QByteArray(R"("booking")");
        QTest::newRow("null") << QByteArray("null");
    }

    void notObject()
    {
        QFETCH(QByteArray, body);
        const PayloadCheckResult result = PayloadCheck::check(body);
        QCOMPARE(result.status, Status::NotObject);
        QVERIFY(!result.passed());
        QVERIFY(mentions(result, u"not an object"_s));
    }

    void eventMissingOrUnknown()
    {
        const PayloadCheckResult none = PayloadCheck::check(R"({"property_id": "p", "event": 3})");
        QCOMPARE(none.status, Status::NoEvent);
        QCOMPARE(none.propertyId, u"p"_s);
        QVERIFY(!none.passed());
        const PayloadCheckResult unknown
            = PayloadCheck::check(R"({"event": "booking_created", "property_id": "p"})");
        QCOMPARE(unknown.status, Status::UnknownEvent);
        QCOMPARE(unknown.event, u"booking_created"_s);
        QVERIFY(mentions(unknown, u"“booking_created” is not one of the events"_s));
    }

    void oldDisconnectNameIsKnown()
    {
        QJsonObject body = sampleObject(u"disconnect_channel"_s);
        body.insert("event"_L1, u"disconnected_channel"_s);
        const PayloadCheckResult result = checkObject(body);
        QCOMPARE(result.status, Status::NoData);
        QCOMPARE(result.event, u"disconnected_channel"_s);
    }

    void payloadOfAnEventWithoutDocumentedDataIsNotChecked()
    {
        QJsonObject body = sampleObject(u"rate_error"_s);
        body.insert("payload"_L1, QJsonObject {{"channel_id"_L1, u"c"_s}});
        const PayloadCheckResult result = checkObject(body);
        QCOMPARE(result.status, Status::PayloadNotDocumented);
        QVERIFY(result.passed());
        QVERIFY(mentions(result, u"documents no payload fields for “rate_error”"_s));
        body.insert("extra"_L1, 1); // the envelope is still checked
        QCOMPARE(checkObject(body).unexpected, QStringList {u"extra"_s});
    }

    void wrongKindsAreNamed()
    {
        QJsonObject booking = sampleObject(u"booking"_s);
        booking.insert("payload"_L1, QJsonArray {});
        const PayloadCheckResult arrayPayload = checkObject(booking);
        QCOMPARE(arrayPayload.status, Status::Differs);
        QCOMPARE(arrayPayload.wrongKind, QStringList {u"payload"_s});
        QVERIFY(mentions(arrayPayload, u"another kind"_s));

        QJsonObject inquiry = sampleObject(u"inquiry"_s);
        QJsonObject payload = inquiry.value("payload"_L1).toObject();
        payload.insert("booking_details"_L1, u"none"_s);
        inquiry.insert("payload"_L1, payload);
        QCOMPARE(checkObject(inquiry).wrongKind, QStringList {u"payload.booking_details"_s});

        QJsonObject ari = sampleObject(u"ari"_s); // records are not enumerated; an array is
        ari.insert("payload"_L1, QJsonArray {QJsonObject {{"date"_L1, u"2021-12-02"_s}}});
        QCOMPARE(checkObject(ari).status, Status::Matches);
        ari.insert("payload"_L1, QJsonObject {});
        QCOMPARE(checkObject(ari).wrongKind, QStringList {u"payload"_s});
    }

    // Sentences are made when asked for, so they follow a language change.
    void sentencesFollowTheLanguage()
    {
        const PayloadCheckResult result
            = checkObject(withoutPath(sampleObject(u"booking"_s), u"payload.revision_id"_s));
        QVERIFY(I18n::installTranslations(qApp, QLocale(QLocale::German)));
        const QStringList german = result.sentences();
        QVERIFY(I18n::installTranslations(qApp, QLocale(QLocale::English)));
        QCOMPARE(german,
                 QStringList({u"Der Inhalt weicht von der dokumentierten Form von „booking“ ab."_s,
                              u"Fehlende dokumentierte Felder: “payload.revision_id”."_s}));
        QCOMPARE(result.sentences().constLast(),
                 u"Missing documented fields: “payload.revision_id”."_s);
    }
};

QTEST_GUILESS_MAIN(TestPayloadCheck)
#include "test_payload_check.moc"
