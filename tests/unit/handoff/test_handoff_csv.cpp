// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: RFC 4180 quoting, UTF-8, one header row.
#include "app/handoff/Csv.h"
#include "tests/unit/handoff/HandoffTestSupport.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHandoffCsv final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fieldQuoting_data();
    void fieldQuoting();
    void headerAndRows();
    void redactedQuery();
};

void TestHandoffCsv::fieldQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << u"booking"_s << "booking"_ba;
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << u"a,b"_s << "\"a,b\""_ba;
    QTest::newRow("quote") << u"say \"hi\""_s << "\"say \"\"hi\"\"\""_ba;
    QTest::newRow("newline") << u"two\nlines"_s << "\"two\nlines\""_ba;
    QTest::newRow("carriage return") << u"a\rb"_s << "\"a\rb\""_ba;
    QTest::newRow("utf-8") << u"Zürich"_s << "Z\xc3\xbcrich"_ba;
}

void TestHandoffCsv::fieldQuoting()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(Handoff::csvField(text), field);
}

void TestHandoffCsv::headerAndRows()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Handoff::CsvWriter writer(buffer, {});
    // The account's property names, when it was read: written beside the id.
    writer.setPropertyTitles(
        [](const QString &id) { return id == u"p-1"_s ? u"Harbour View Hotel"_s : id; });
    QVERIFY(writer.begin());
    auto first = HandoffTestSupport::record(1);
    first.target = "/caf%C3%A9/hook?a=1,2";
    first.marks = Capture::Mark::Duplicate | Capture::Mark::OutOfOrder;
    first.note = u"late, again"_s;
    auto binary = HandoffTestSupport::record(2, HandoffTestSupport::binaryBody());
    binary.event.clear();
    binary.propertyId.clear();
    QVERIFY(writer.write(first));
    QVERIFY(writer.write(binary));
    QVERIFY(writer.finish());
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0),
             "id,received,method,path,query,event,property id,property,status,size,duration ms,"
             "marks,peer,note\r"_ba);
    QCOMPARE(
        lines.at(1),
        "1,2026-11-30T15:55:50.123Z,POST,/caf\xc3\xa9/hook,\"a=1,2\",booking,p-1,Harbour View Hotel,200,"_ba
            + QByteArray::number(HandoffTestSupport::bookingBody.size())
            + ",1.500,duplicate out-of-order,127.0.0.1:50123,\"late, again\"\r");
    QCOMPARE(lines.at(2),
             "2,2026-11-30T15:55:51.123Z,POST,/hooks/channex,source=test,,,,200,"_ba
                 + QByteArray::number(HandoffTestSupport::binaryBody().size())
                 + ",1.500,,127.0.0.1:50123,\r");
    QVERIFY(lines.at(3).isEmpty());
}

void TestHandoffCsv::redactedQuery()
{
    auto record = HandoffTestSupport::record(1);
    record.target = "/hook?token=abc&x=1";
    const QByteArray row = Handoff::csvRow(record, {.enabled = true});
    QVERIFY(row.contains(",token=%5Bredacted%5D&x=1,"));
    QVERIFY(!row.contains("abc"));
}

QTEST_GUILESS_MAIN(TestHandoffCsv)
#include "test_handoff_csv.moc"
