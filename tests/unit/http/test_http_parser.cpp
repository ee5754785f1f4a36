// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/RequestParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Http::HttpRequest;
using Http::RequestParser;

namespace {

// The same bytes must give the same result however the network happens to split them.
enum class Split { WholeChunk, ByteByByte, RandomChunks };

QList<QByteArrayView> splitBytes(QByteArrayView bytes, Split split, quint32 seed)
{
    QList<QByteArrayView> chunks;
    QRandomGenerator random(seed);
    while (!bytes.isEmpty()) {
        qsizetype size = bytes.size();
        if (split == Split::ByteByByte)
            size = 1;
        else if (split == Split::RandomChunks)
            size = qMin<qsizetype>(bytes.size(), random.bounded(1, 24));
        chunks.append(bytes.first(size));
        bytes = bytes.sliced(size);
    }
    return chunks;
}

Http::HttpLimits limitsFrom(const QJsonObject &json)
{
    Http::HttpLimits limits;
    limits.maxBodyBytes = json.value("maxBodyBytes"_L1).toInteger(limits.maxBodyBytes);
    limits.maxHeaderBytes = json.value("maxHeaderBytes"_L1).toInteger(limits.maxHeaderBytes);
    return limits;
}

QByteArray expectedBody(const QJsonObject &json)
{
    if (json.contains("body_base64"_L1))
        return QByteArray::fromBase64(json.value("body_base64"_L1).toString().toLatin1());
    return json.value("body"_L1).toString().toUtf8();
}

QString stateName(RequestParser::State state)
{
    switch (state) {
    case RequestParser::State::NeedMore:
        return u"needMore"_s;
    case RequestParser::State::Closed:
        return u"closed"_s;
    case RequestParser::State::Error:
        return u"error"_s;
    }
    return {};
}

// Compares one parsed request against its description; only the keys present are checked.
void verifyRequest(const HttpRequest &actual, const QJsonObject &expected)
{
    if (expected.contains("method"_L1))
        QCOMPARE(actual.method, expected.value("method"_L1).toString().toLatin1());
    if (expected.contains("target"_L1))
        QCOMPARE(actual.target, expected.value("target"_L1).toString().toLatin1());
    QCOMPARE(actual.versionMinor, expected.value("versionMinor"_L1).toInt(1));
    if (expected.contains("keepAlive"_L1))
        QCOMPARE(actual.keepAlive, expected.value("keepAlive"_L1).toBool());
    if (expected.contains("body"_L1) || expected.contains("body_base64"_L1))
        QCOMPARE(actual.body, expectedBody(expected));
    if (expected.contains("body_size"_L1))
        QCOMPARE(actual.body.size(), expected.value("body_size"_L1).toInteger());

    // Selected headers: the name must match exactly, case included.
    const QJsonObject headers = expected.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QByteArray name = it.key().toLatin1();
        const auto found
            = std::find_if(actual.headers.cbegin(), actual.headers.cend(),
                           [&name](const auto &header) { return header.first == name; });
        QVERIFY2(found != actual.headers.cend(), name.constData());
        QCOMPARE(found->second, it.value().toString().toLatin1());
    }
    for (const QJsonValue &name : expected.value("absentHeaders"_L1).toArray())
        QVERIFY(!actual.hasHeader(name.toString().toLatin1()));
    if (expected.contains("trailers"_L1)) {
        Http::HeaderList trailers;
        for (const QJsonValue &pair : expected.value("trailers"_L1).toArray())
            trailers.append({pair[0].toString().toLatin1(), pair[1].toString().toLatin1()});
        QCOMPARE(actual.trailers, trailers);
    }
    if (expected.contains("headerSection"_L1)) {
        QCOMPARE(actual.rawBytes.first(actual.headerSectionSize),
                 expected.value("headerSection"_L1).toString().toLatin1());
    }
    QVERIFY(actual.receivedAt.isValid());
    if (expected.contains("allHeaders"_L1)) {
        Http::HeaderList all;
        for (const QJsonValue &pair : expected.value("allHeaders"_L1).toArray()) {
            all.append({pair[0].toString().toLatin1(), pair[1].toString().toLatin1()});
        }
        QCOMPARE(actual.headers, all);
    }
}

} // namespace

class TestHttpParser final : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void continueIsReportedOnlyUntilTheBodyStarts();
};

void TestHttpParser::fixtures_data()
{
    QTest::addColumn<QString>("caseDir");
    QTest::addColumn<Split>("split");

    const QDir root(QStringLiteral(WC_TEST_DATA_DIR "/http"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 15, "the HTTP fixtures are missing");
    for (const QString &name : cases) {
        const QString dir = root.filePath(name);
        QTest::addRow("%s/whole", qPrintable(name)) << dir << Split::WholeChunk;
        QTest::addRow("%s/bytes", qPrintable(name)) << dir << Split::ByteByByte;
        QTest::addRow("%s/random", qPrintable(name)) << dir << Split::RandomChunks;
    }
}

void TestHttpParser::fixtures()
{
    QFETCH(QString, caseDir);
    QFETCH(Split, split);

    QFile rawFile(caseDir + "/request.raw"_L1);
    QVERIFY2(rawFile.open(QIODevice::ReadOnly), qPrintable(rawFile.fileName()));
    const QByteArray raw = rawFile.readAll();
    QFile expectedFile(caseDir + "/expected.json"_L1);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
    QJsonParseError jsonError;
    const QJsonObject expected
        = QJsonDocument::fromJson(expectedFile.readAll(), &jsonError).object();
    QVERIFY2(jsonError.error == QJsonParseError::NoError, qPrintable(jsonError.errorString()));

    RequestParser parser(limitsFrom(expected.value("limits"_L1).toObject()));
    QList<HttpRequest> requests;
    for (QByteArrayView chunk : splitBytes(raw, split, quint32(qHash(caseDir)))) {
        parser.feed(chunk);
        requests += parser.takeRequests();
    }

    const QJsonArray expectedRequests = expected.value("requests"_L1).toArray();
    QCOMPARE(requests.size(), expectedRequests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        verifyRequest(requests.at(i), expectedRequests.at(i).toObject());
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"request %1 differs"_s.arg(i)));
    }

    // Exact bytes: the requests' raw bytes, then those of the one in progress or broken, are
    // the input itself, in order, whatever the split; nothing is lost between requests.
    QByteArray replayed;
    for (const HttpRequest &request : requests)
        replayed += request.rawBytes;
    replayed += parser.pendingBytes();
    QVERIFY2(raw.startsWith(replayed), "the raw bytes are not the input");
    if (parser.state() == RequestParser::State::NeedMore)
        QCOMPARE(replayed, raw);
    if (parser.state() == RequestParser::State::Error)
        QVERIFY(!parser.pendingBytes().isEmpty() || parser.errorStatus() == 431);

    const int errorStatus = expected.value("error"_L1).toInt(0);
    const QString defaultState = errorStatus != 0 ? u"error"_s : u"needMore"_s;
    QCOMPARE(stateName(parser.state()), expected.value("state"_L1).toString(defaultState));
    if (errorStatus != 0) {
        QCOMPARE(parser.errorStatus(), errorStatus);
        QVERIFY(!parser.errorReason().isEmpty());
    }
    if (expected.contains("expectsContinue"_L1))
        QCOMPARE(parser.expectsContinue(), expected.value("expectsContinue"_L1).toBool());
    if (expected.contains("inProgress"_L1))
        QCOMPARE(parser.isRequestInProgress(), expected.value("inProgress"_L1).toBool());
}

void TestHttpParser::continueIsReportedOnlyUntilTheBodyStarts()
{
    RequestParser parser;
    parser.feed("POST /a HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n"_ba);
    QVERIFY(!parser.expectsContinue()); // headers not complete yet
    parser.feed("\r\n"_ba);
    QVERIFY(parser.expectsContinue());
    parser.feed("ab"_ba);
    QVERIFY(!parser.expectsContinue());
    parser.feed("cd"_ba);
    QCOMPARE(parser.takeRequests().size(), 1);

    // HTTP/1.0 clients do not know 100 Continue; a body-less request has nothing to wait for.
    parser.feed("GET /b HTTP/1.1\r\nExpect: 100-continue\r\n\r\n"_ba);
    QVERIFY(!parser.expectsContinue());
    QCOMPARE(parser.takeRequests().size(), 1);
    RequestParser http10;
    http10.feed("POST /c HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n"_ba);
    QVERIFY(!http10.expectsContinue());
}

QTEST_GUILESS_MAIN(TestHttpParser)
#include "test_http_parser.moc"
