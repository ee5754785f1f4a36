// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction: secret headers, secret query values and the guest's personal data in Channex
// payloads are hidden; everything else stays as received.
#include "app/handoff/Redaction.h"
#include "tests/unit/handoff/HandoffTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHandoffRedaction final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void secretNames_data();
    void secretNames();
    void headersKeepOrderAndOthers();
    void queryValues_data();
    void queryValues();
    void bookingRevisionCustomerAndCard();
    void guestFieldsOfOtherEvents_data();
    void guestFieldsOfOtherEvents();
    void nonJsonBodyIsLeftAsIs();
    void offChangesNothing();
};

void TestHandoffRedaction::secretNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    for (const char *name : {"X-Channex-Webhook-Secret", "authorization", "Proxy-Authorization",
                             "Cookie", "Set-Cookie", "X-Api-Key", "x-auth-token",
                             "X-Hub-Signature-256", "client_secret", "API_KEY"})
        QTest::newRow(name) << QByteArray(name) << true;
    for (const char *name : {"Content-Type", "Host", "X-Trace", "User-Agent", "Accept"})
        QTest::newRow(name) << QByteArray(name) << false;
}

void TestHandoffRedaction::secretNames()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    QCOMPARE(Handoff::isSecretName(name), secret);
}

void TestHandoffRedaction::headersKeepOrderAndOthers()
{
    const Http::HeaderList headers {
        {"Authorization", "Bearer abc"}, {"X-Trace", "1"}, {"Cookie", "sid=1"}, {"X-Trace", "2"}};
    const Http::HeaderList expected {{"Authorization", "[redacted]"},
                                     {"X-Trace", "1"},
                                     {"Cookie", "[redacted]"},
                                     {"X-Trace", "2"}};
    QCOMPARE(Handoff::redactHeaders(headers), expected);
}

void TestHandoffRedaction::queryValues_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no query") << "/hook"_ba
                              << "/hook"_ba;
    QTest::newRow("harmless") << "/hook?page=2&x"_ba
                              << "/hook?page=2&x"_ba;
    QTest::newRow("token") << "/hook?token=abc&page=2"_ba
                           << "/hook?token=%5Bredacted%5D&page=2"_ba;
    QTest::newRow("encoded name") << "/hook?api%5Fkey=k&a=b"_ba
                                  << "/hook?api%5Fkey=%5Bredacted%5D&a=b"_ba;
    QTest::newRow("signature and fragment") << "/h?sig=1&signature=zz#top"_ba
                                            << "/h?sig=1&signature=%5Bredacted%5D#top"_ba;
}

void TestHandoffRedaction::queryValues()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    QCOMPARE(Handoff::redactTarget(target), expected);
}

void TestHandoffRedaction::bookingRevisionCustomerAndCard()
{
    // The booking revision of the documented reservation_request example, as reservation_request's
    // `bms`.
    const QByteArray body = R"({"event":"reservation_request","payload":{"resolved":false,"bms":{
        "id":"rev-1","ota_name":"Booking.com","rooms":[{"amount":"200.00"}],
        "services":[{"name":"Breakfast","type":"Breakfast"}],
        "guarantee":{"expiration_date":"10/2020","cvv":"***","cardholder_name":"Channex User",
                     "card_type":"visa","card_number":"411111******1111"},
        "customer":{"zip":"2031 BE","surname":"Channex","phone":"1234567890","name":"User",
                    "mail":"user@channex.io","language":"en","country":"NL","city":"Haarlem",
                    "address":"JW Lucasweg 35","company":{"title":"Company Name","number":"1123331"}},
        "notes":"quiet room","amount":"220.00"}},"property_id":"p-1","user_id":null})";
    bool changed = false;
    const QByteArray redacted = Handoff::redactGuestData(body, &changed);
    QVERIFY(changed);
    QJsonParseError error;
    const QJsonObject bms = QJsonDocument::fromJson(redacted, &error)
                                .object()
                                .value("payload"_L1)
                                .toObject()
                                .value("bms"_L1)
                                .toObject();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *leak : {"Channex User", "411111", "2031 BE", "1234567890", "user@channex.io",
                             "Haarlem", "Lucasweg", "Company Name", "quiet room"})
        QVERIFY2(!redacted.contains(leak), leak);
    const QJsonObject customer = bms.value("customer"_L1).toObject();
    QCOMPARE(customer.value("name"_L1).toString(), u"[redacted]"_s);
    QCOMPARE(customer.value("company"_L1).toObject().value("title"_L1).toString(), u"[redacted]"_s);
    QCOMPARE(bms.value("notes"_L1).toString(), u"[redacted]"_s);
    // The hotel's data stays.
    QCOMPARE(bms.value("id"_L1).toString(), u"rev-1"_s);
    QCOMPARE(bms.value("amount"_L1).toString(), u"220.00"_s);
    QCOMPARE(bms.value("services"_L1).toArray().at(0).toObject().value("name"_L1).toString(),
             u"Breakfast"_s);
}

void TestHandoffRedaction::guestFieldsOfOtherEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("hidden");
    QTest::addColumn<QByteArray>("kept");
    QTest::newRow("booking_new customer_name")
        << R"({"event":"booking_new","payload":{"customer_name":"Test Guest","booking_id":"b-9"}})"_ba
        << "Test Guest"_ba
        << "b-9"_ba;
    QTest::newRow("message text")
        << R"({"event":"message","payload":{"message":"Call me at 555","sender":"guest","attachments":["a/1.jpg"]}})"_ba
        << "Call me at 555"_ba
        << "guest"_ba;
    QTest::newRow("inquiry guest_name")
        << R"({"event":"inquiry","payload":{"booking_details":{"guest_name":"Jo Doe","nights":6}}})"_ba
        << "Jo Doe"_ba
        << "6"_ba;
    QTest::newRow("review content")
        << R"({"event":"review","payload":{"content":"Lovely, Jo","reviewer_name":"Jo","ota":"BookingCom"}})"_ba
        << "Lovely"_ba
        << "BookingCom"_ba;
    QTest::newRow("attachment path")
        << R"({"event":"message","payload":{"attachments":["a/1.jpg"]}})"_ba
        << "a/1.jpg"_ba
        << "message"_ba;
}

void TestHandoffRedaction::guestFieldsOfOtherEvents()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, hidden);
    QFETCH(QByteArray, kept);
    const QByteArray redacted = Handoff::redactGuestData(body);
    QVERIFY(!QJsonDocument::fromJson(redacted).isNull());
    QVERIFY2(!redacted.contains(hidden), redacted.constData());
    QVERIFY2(redacted.contains(kept), redacted.constData());
    QVERIFY(redacted.contains("[redacted]"));
}

void TestHandoffRedaction::nonJsonBodyIsLeftAsIs()
{
    const QByteArray form = "customer_name=Ann&mail=ann@example.org";
    bool changed = true;
    QCOMPARE(Handoff::redactGuestData(form, &changed), form);
    QVERIFY(!changed);
    QCOMPARE(Handoff::redactGuestData(HandoffTestSupport::binaryBody()),
             HandoffTestSupport::binaryBody());
    // JSON without guest data keeps its exact bytes (no re-serialisation).
    const QByteArray ari = R"({ "event": "ari",  "payload": [ ] })";
    QCOMPARE(Handoff::redactGuestData(ari, &changed), ari);
    QVERIFY(!changed);
}

void TestHandoffRedaction::offChangesNothing()
{
    const auto record = HandoffTestSupport::record(1);
    const auto same = Handoff::applyRedaction(record, {});
    QCOMPARE(same.headers, record.headers);
    QCOMPARE(same.body, record.body);
    QCOMPARE(same.rawBytes, record.rawBytes);
    const auto redacted = Handoff::applyRedaction(record, {.enabled = true});
    QVERIFY(redacted.rawBytes.isEmpty());
    QCOMPARE(redacted.headers.at(2).second, "[redacted]"_ba);
    QCOMPARE(redacted.responseBody, record.responseBody);
}

QTEST_GUILESS_MAIN(TestHandoffRedaction)
#include "test_handoff_redaction.moc"
