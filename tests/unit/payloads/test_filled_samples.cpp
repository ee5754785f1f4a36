// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Each of the 28 documented samples, filled in for sending: the chosen property, fresh ids for the
// event's own things, the given timestamp, and still the documented shape.
#include "app/payloads/EventCatalog.h"
#include "app/payloads/FilledSample.h"
#include "app/payloads/PayloadCheck.h"
#include "app/payloads/SamplePayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Payloads;
using namespace Qt::StringLiterals;

namespace {

const QString Property = u"605f075a-74ad-4bb5-a3f0-7a306e2c04fe"_s;
const QString Stamp = u"2026-05-04T10:00:00.123456Z"_s;

// Every value under a key named `key`, at any depth.
QStringList valuesOf(const QJsonValue &value, const QString &key)
{
    QStringList found;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            found << valuesOf(item, key);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == key && it.value().isString())
                found << it.value().toString();
            found << valuesOf(it.value(), key);
        }
    }
    return found;
}

} // namespace

class TestFilledSamples final : public QObject
{
    Q_OBJECT

private slots:
    void everyEventIsFilledIn_data();
    void everyEventIsFilledIn();
    void idsAreFreshEachTime();
    void setUpIdsStaySoFiltersMatch();
    void aliasKeepsItsName();
    void unknownEventHasNoSample();
};

void TestFilledSamples::everyEventIsFilledIn_data()
{
    QTest::addColumn<QString>("event");
    for (const EventInfo &info : EventCatalog::events())
        QTest::newRow(qPrintable(info.name)) << info.name;
    QCOMPARE(EventCatalog::events().size(), 28);
}

void TestFilledSamples::everyEventIsFilledIn()
{
    QFETCH(QString, event);
    const QJsonObject body = FilledSample::envelope(event, Property, Stamp);
    QCOMPARE(body.value("event"_L1).toString(), event);
    QCOMPARE(body.value("timestamp"_L1).toString(), Stamp);
    QVERIFY(body.value("user_id"_L1).isNull());
    // Every property id, nested ones included, is the chosen property.
    for (const QString &id : valuesOf(body, u"property_id"_s))
        QCOMPARE(id, Property);

    // Still the documented shape: the check finds nothing missing or unexpected.
    const PayloadCheckResult check
        = PayloadCheck::check(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(check.passed(), qPrintable(check.sentences().join(u' ')));
    QCOMPARE(body.contains("payload"_L1), SamplePayloads::sample(event).isDocumentedWithData());

    const QJsonValue payload = FilledSample::payload(event, Property);
    QCOMPARE(payload.isUndefined(), !body.contains("payload"_L1));
}

void TestFilledSamples::idsAreFreshEachTime()
{
    const QJsonObject sample
        = QJsonDocument::fromJson(SamplePayloads::sample(u"booking"_s).json).object();
    const QJsonObject first = FilledSample::payload(u"booking"_s, Property).toObject();
    const QJsonObject second = FilledSample::payload(u"booking"_s, Property).toObject();
    for (const char *key : {"booking_id", "revision_id"}) {
        const QLatin1StringView name(key);
        QVERIFY(!QUuid::fromString(first.value(name).toString()).isNull());
        QVERIFY(first.value(name) != sample.value("payload"_L1).toObject().value(name));
        QVERIFY(first.value(name) != second.value(name));
    }
    // One old id becomes one new id wherever it stood (bms.booking_id and its own id differ).
    const QJsonObject request
        = FilledSample::payload(u"reservation_request"_s, Property).toObject();
    const QJsonObject bms = request.value("bms"_L1).toObject();
    QVERIFY(bms.value("id"_L1) != bms.value("booking_id"_L1));
    QCOMPARE(bms.value("unique_id"_L1).toString(), u"BDC-9996013801"_s);
}

void TestFilledSamples::setUpIdsStaySoFiltersMatch()
{
    const QJsonObject record = FilledSample::payload(u"ari"_s, Property).toArray().at(0).toObject();
    QCOMPARE(record.value("rate_plan_id"_L1).toString(), u"04c607e4-644d-45ea-ab1a-da920ee36e50"_s);
    QCOMPARE(record.value("room_type_id"_L1).toString(), u"27e24739-239c-4619-9c30-0dc390f5d7ac"_s);
    const QJsonObject channel = FilledSample::payload(u"activate_channel"_s, Property).toObject();
    QCOMPARE(channel.value("channel_id"_L1).toString(), u"99f25e27-3152-41bc-884c-be13f98e7bbc"_s);
}

void TestFilledSamples::aliasKeepsItsName()
{
    const QJsonObject body = FilledSample::envelope(u"disconnected_channel"_s, Property, Stamp);
    QCOMPARE(body.value("event"_L1).toString(), u"disconnected_channel"_s);
}

void TestFilledSamples::unknownEventHasNoSample()
{
    QVERIFY(FilledSample::envelope(u"booking_created"_s, Property, Stamp).isEmpty());
    QVERIFY(FilledSample::payload(u"booking_created"_s, Property).isUndefined());
}

QTEST_GUILESS_MAIN(TestFilledSamples)
#include "test_filled_samples.moc"
