// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/payloads/EventCatalog.h"
#include "app/payloads/PayloadCheck.h"
#include "app/payloads/SamplePayloads.h"
#include "tests/unit/channex/ReferenceExamples.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Payloads;
using namespace Qt::StringLiterals;

namespace {

// The events whose documented example carries data.
const QStringList WithData {
    u"ari"_s,
    u"booking"_s,
    u"booking_unmapped_room"_s,
    u"booking_unmapped_rate"_s,
    u"message"_s,
    u"sync_error"_s,
    u"reservation_request"_s,
    u"non_acked_booking"_s,
    u"review"_s,
    u"activate_channel"_s,
    u"deactivate_channel"_s,
    u"inquiry"_s,
    u"channel_removal_warning"_s,
    u"property_removal_warning"_s,
    u"message_thread_booking_assigned"_s,
};

// The fenced blocks of one "### N.M" section of the reference, in order, exact bytes.
QList<QByteArray> blocksIn(const QByteArray &markdown, const QString &section)
{
    QList<QByteArray> blocks;
    const QByteArray heading = "\n### " + section.toUtf8() + ' ';
    qsizetype at = markdown.indexOf(heading);
    if (at < 0)
        return blocks;
    const qsizetype end = markdown.indexOf("\n#", at + heading.size());
    const QByteArray text = markdown.mid(at, end < 0 ? -1 : end - at);
    qsizetype from = 0;
    while ((at = text.indexOf("```", from)) >= 0) {
        const qsizetype open = text.indexOf('\n', at) + 1;
        const qsizetype close = text.indexOf("\n```", open);
        if (open <= 0 || close < 0)
            break;
        blocks << text.mid(open, close + 1 - open);
        from = close + 4;
    }
    return blocks;
}

QByteArray withEvent(QByteArray block, const QByteArray &from, const QString &event)
{
    return block.replace(from, QByteArray('"' + event.toUtf8() + '"'));
}

} // namespace

class TestSamplePayloads final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyCatalogueEventHasASample()
    {
        QStringList catalogue;
        for (const EventInfo &info : EventCatalog::events())
            catalogue << info.name;
        QCOMPARE(catalogue.size(), 28);
        QCOMPARE(SamplePayloads::events(), catalogue);
        for (const QString &event : catalogue) {
            const Sample sample = SamplePayloads::sample(event);
            QCOMPARE(sample.event, event);
            QVERIFY2(!sample.json.isEmpty(), qPrintable(event));
            QCOMPARE(sample.isDocumentedWithData(), WithData.contains(event));
        }
    }

    void unknownEventsHaveNoSample()
    {
        QVERIFY(SamplePayloads::sample(u"booking_created"_s).event.isEmpty());
        QCOMPARE(SamplePayloads::shape(u"booking_created"_s).topLevel, QStringList());
        QCOMPARE(SamplePayloads::sample(u"disconnected_channel"_s).event, u"disconnect_channel"_s);
    }

    void eachSamplePassesItsOwnCheck_data()
    {
        QTest::addColumn<QString>("event");
        for (const QString &event : SamplePayloads::events())
            QTest::newRow(qPrintable(event)) << event;
    }

    void eachSamplePassesItsOwnCheck()
    {
        QFETCH(QString, event);
        const Sample sample = SamplePayloads::sample(event);
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(sample.json, &error).isObject());
        const PayloadCheckResult result = PayloadCheck::check(sample.json);
        QCOMPARE(result.missing, QStringList());
        QCOMPARE(result.unexpected, QStringList());
        QCOMPARE(result.wrongKind, QStringList());
        QCOMPARE(result.status,
                 sample.isDocumentedWithData() ? PayloadCheckResult::Status::Matches
                                               : PayloadCheckResult::Status::NoData);
        QCOMPARE(result.event, event);
        QVERIFY(!result.propertyId.isEmpty());
    }

    void noDataSamplesAreTheEnvelopeOnly()
    {
        for (const QString &event : SamplePayloads::events()) {
            const Sample sample = SamplePayloads::sample(event);
            const PayloadShape shape = SamplePayloads::shape(event);
            if (sample.isDocumentedWithData()) {
                QCOMPARE(shape.topLevel, SamplePayloads::envelopeFields());
                QVERIFY2(shape.payloadType != QJsonValue::Undefined, qPrintable(event));
            } else {
                QCOMPARE(shape.topLevel, SamplePayloads::noDataFields());
                QCOMPARE(shape.payloadType, QJsonValue::Undefined);
                QCOMPARE(sample.section, u"9.1"_s);
            }
        }
    }

    void shapesAreTheDocumentedFields()
    {
        const PayloadShape booking = SamplePayloads::shape(u"booking"_s);
        QCOMPARE(booking.payloadType, QJsonValue::Object);
        QCOMPARE(booking.payloadFields,
                 QStringList({u"booking_id"_s, u"property_id"_s, u"revision_id"_s}));
        QVERIFY(booking.nested.isEmpty());
        QCOMPARE(SamplePayloads::shape(u"ari"_s).payloadType, QJsonValue::Array);
        const PayloadShape inquiry = SamplePayloads::shape(u"inquiry"_s);
        QCOMPARE(inquiry.nested.keys(), QStringList {u"booking_details"_s});
        QCOMPARE(inquiry.nested.value(u"booking_details"_s).size(), 16);
        QVERIFY(inquiry.nested.value(u"booking_details"_s).contains(u"non_response_at"_s));
        const PayloadShape request = SamplePayloads::shape(u"reservation_request"_s);
        QCOMPARE(request.payloadFields, QStringList({u"bms"_s, u"resolved"_s}));
        QVERIFY(request.nested.value(u"bms"_s).contains(u"ota_reservation_code"_s));
    }

    // The copies against the reference itself, when it is beside the repository.
    void samplesAreTheReferenceBlocks()
    {
        const QString path = ReferenceExamples::referenceFile();
        if (path.isEmpty())
            QSKIP("No Channex reference found ($WC_CHANNEX_REFERENCE, or else "
                  "../shared/reference beside the repository): the copies cannot be compared "
                  "with it.");
        const QByteArray markdown = ReferenceExamples::readFile(path);
        const QByteArray noData = blocksIn(markdown, u"9.1"_s).value(0);
        QVERIFY(noData.contains("\"booking_new\""));
        for (const QString &event : SamplePayloads::events()) {
            const Sample sample = SamplePayloads::sample(event);
            const QList<QByteArray> blocks = blocksIn(markdown, sample.section);
            QVERIFY2(!blocks.isEmpty(), qPrintable(event));
            switch (sample.origin) {
            case SampleOrigin::Verbatim:
                QCOMPARE(sample.json, blocks.first());
                break;
            case SampleOrigin::NoDataEnvelope:
                QCOMPARE(sample.json, withEvent(noData, "\"booking_new\"", event));
                break;
            case SampleOrigin::Corrected:
                if (sample.section == "9.12"_L1) { // one of the two alternatives on the last line
                    QCOMPARE(sample.json,
                             withEvent(blocks.first(),
                                       R"("activate_channel" | "deactivate_channel")", event));
                } else { // 9.9: the placeholder replaced by the Booking Revision it stands for
                    QCOMPARE(blocks.size(), 2);
                    const QByteArray filled
                        = QByteArray(blocks.at(0)).replace("BOOKING_MESSAGE", blocks.at(1));
                    QCOMPARE(QJsonDocument::fromJson(sample.json), QJsonDocument::fromJson(filled));
                    QVERIFY(!QJsonDocument::fromJson(filled).isNull());
                }
                break;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSamplePayloads)
#include "test_sample_payloads.moc"
