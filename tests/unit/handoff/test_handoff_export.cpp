// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// exportCaptures: captures streamed from a real capture store into each format, by ids
// and by filter; a device that refuses writes is an error, not a silent short file.
#include "app/capture/CaptureStore.h"
#include "app/handoff/ExportCaptures.h"
#include "tests/unit/capture/CaptureTestSupport.h"
#include "tests/unit/handoff/HandoffTestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHandoffExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonLinesOfChosenIdsInTheirOrder();
    void harOfAFilter();
    void csvOfAll();
    void redactedExport();
    void refusedWriteIsAnError();

private:
    QByteArray exportIds(const QList<qint64> &ids, Handoff::Format format,
                         Handoff::RedactionOptions options = {});

    QTemporaryDir m_dir;
    Capture::CaptureStore m_store;
    QList<qint64> m_ids; // booking (text), binary, unrecognised GET
};

void TestHandoffExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_store.open(m_dir.filePath(u"captures.sqlite"_s)), qPrintable(m_store.errorString()));
    const auto booking = HandoffTestSupport::record(0);
    auto binary = HandoffTestSupport::record(0, HandoffTestSupport::binaryBody());
    auto get = HandoffTestSupport::record(0, {});
    get.method = "GET";
    for (const auto &record : {booking, binary, get}) {
        const qint64 id = CaptureTest::store(m_store, record);
        QVERIFY(id > 0);
        m_ids.append(id);
    }
}

QByteArray TestHandoffExport::exportIds(const QList<qint64> &ids, Handoff::Format format,
                                        Handoff::RedactionOptions options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    qint64 written = -1;
    if (!Handoff::exportCaptures(m_store, ids, format, options, buffer, &error, &written))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

void TestHandoffExport::jsonLinesOfChosenIdsInTheirOrder()
{
    const QList<qint64> ids {m_ids.at(2), m_ids.at(0), 99999};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    qint64 written = 0;
    QVERIFY(Handoff::exportCaptures(m_store, ids, Handoff::Format::JsonLines, {}, buffer, &error,
                                    &written));
    QCOMPARE(written, 2); // 99999 is not stored
    const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject get = QJsonDocument::fromJson(lines.at(0)).object();
    const QJsonObject booking = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(get.value("id"_L1).toInteger(), m_ids.at(2));
    QCOMPARE(get.value("method"_L1).toString(), u"GET"_s);
    QCOMPARE(booking.value("body"_L1).toString().toUtf8(), HandoffTestSupport::bookingBody);
    QCOMPARE(booking.value("event"_L1).toString(), u"booking"_s);
    QCOMPARE(booking.value("propertyId"_L1).toString(), u"p-1"_s);
}

void TestHandoffExport::harOfAFilter()
{
    Capture::CaptureFilter filter;
    filter.method = "POST";
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(Handoff::exportCaptures(m_store, filter, Handoff::Format::Har, {}, buffer, &error));
    const QJsonArray entries = QJsonDocument::fromJson(buffer.data())
                                   .object()
                                   .value("log"_L1)
                                   .toObject()
                                   .value("entries"_L1)
                                   .toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject postData
        = entries.at(1).toObject().value("request"_L1).toObject().value("postData"_L1).toObject();
    QCOMPARE(postData.value("encoding"_L1).toString(), u"base64"_s);
    QCOMPARE(QByteArray::fromBase64(postData.value("text"_L1).toString().toLatin1()),
             HandoffTestSupport::binaryBody());
}

void TestHandoffExport::csvOfAll()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    qint64 written = 0;
    QVERIFY(Handoff::exportCaptures(m_store, Capture::CaptureFilter(), Handoff::Format::Csv, {},
                                    buffer, &error, &written));
    QCOMPARE(written, 3);
    const QList<QByteArray> rows = buffer.data().split('\n');
    QCOMPARE(rows.size(), 5); // header, three rows, the empty rest
    QVERIFY(rows.at(0).startsWith("id,received,method,path"));
    QVERIFY(rows.at(1).startsWith(QByteArray(QByteArray::number(m_ids.at(0)) + ',')));
    QVERIFY(rows.at(1).contains(",booking,p-1,,200,"));
}

void TestHandoffExport::redactedExport()
{
    const QByteArray jsonl
        = exportIds(m_ids, Handoff::Format::JsonLines, Handoff::RedactionOptions {.enabled = true});
    QCOMPARE(jsonl.count('\n'), 3);
    QVERIFY(!jsonl.contains("s3cr3t"));
    QVERIFY(!jsonl.contains("ann@example.org"));
    QVERIFY(jsonl.contains("[redacted]"));
    const QByteArray plain = exportIds(m_ids, Handoff::Format::JsonLines);
    QVERIFY(plain.contains("s3cr3t"));
}

void TestHandoffExport::refusedWriteIsAnError()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY(!Handoff::exportCaptures(m_store, m_ids, Handoff::Format::Har, {}, buffer, &error));
    QVERIFY(error.startsWith(u"Could not write the export"_s));
}

QTEST_GUILESS_MAIN(TestHandoffExport)
#include "test_handoff_export.moc"
