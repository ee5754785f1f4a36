// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/HttpRequest.h"
#include "app/http/HttpResponse.h"
#include "app/http/ResponseWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Http;

namespace {

HttpRequest requestFor(const QByteArray &target)
{
    HttpRequest request;
    request.method = "GET"_ba;
    request.target = target;
    return request;
}

} // namespace

class TestHttpMessage final : public QObject
{
    Q_OBJECT

private slots:
    void pathAndQuery_data();
    void pathAndQuery();
    void headerLookupIgnoresCase();
    void responseHelpers();
    void serializedResponse();
    void headResponseHasNoBody();
    void bodylessStatuses();
};

void TestHttpMessage::pathAndQuery_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("queryKey");
    QTest::addColumn<QString>("queryValue");

    QTest::newRow("plain") << "/api/v1/webhooks"_ba << u"/api/v1/webhooks"_s << QString()
                           << QString();
    QTest::newRow("query") << "/api/v1/webhooks?pagination[page]=2"_ba << u"/api/v1/webhooks"_s
                           << u"pagination[page]"_s << u"2"_s;
    QTest::newRow("encoded") << "/hooks/caf%C3%A9?name=Hotel%20A"_ba << u"/hooks/café"_s
                             << u"name"_s << u"Hotel A"_s;
    QTest::newRow("absolute-form")
        << "http://example.com/a/b?x=1"_ba << u"/a/b"_s << u"x"_s << u"1"_s;
}

void TestHttpMessage::pathAndQuery()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, path);
    QFETCH(QString, queryKey);
    QFETCH(QString, queryValue);

    const HttpRequest request = requestFor(target);
    QCOMPARE(request.path(), path);
    if (!queryKey.isEmpty())
        QCOMPARE(request.query().queryItemValue(queryKey, QUrl::FullyDecoded), queryValue);
    else
        QVERIFY(request.query().isEmpty());
}

void TestHttpMessage::headerLookupIgnoresCase()
{
    HttpRequest request = requestFor("/"_ba);
    request.headers
        = {{"X-Channex-Signature"_ba, "first"_ba}, {"x-channex-signature"_ba, "second"_ba}};
    QCOMPARE(request.header("x-CHANNEX-signature"), "first"_ba);
    QVERIFY(request.hasHeader("X-CHANNEX-SIGNATURE"));
    QVERIFY(!request.hasHeader("X-Other"));
    QVERIFY(request.header("X-Other").isEmpty());
}

void TestHttpMessage::responseHelpers()
{
    const HttpResponse json = HttpResponse::json(201, QJsonDocument(QJsonObject {{u"id"_s, 7}}));
    QCOMPARE(json.status, 201);
    QCOMPARE(json.body, R"({"id":7})"_ba);
    QVERIFY(
        json.headers.contains(qMakePair("Content-Type"_ba, "application/json; charset=utf-8"_ba)));

    HttpResponse text = HttpResponse::text(404, "missing"_ba);
    text.setHeader("content-type"_ba, "text/html"_ba);
    text.setHeader("X-New"_ba, "1"_ba);
    QCOMPARE(text.headers.size(), 2);
    QCOMPARE(text.headers.first().second, "text/html"_ba);

    QCOMPARE(HttpResponse::reasonPhrase(404), "Not Found"_ba);
    QCOMPARE(HttpResponse::reasonPhrase(431), "Request Header Fields Too Large"_ba);
    QCOMPARE(HttpResponse::reasonPhrase(299), "Unknown"_ba);
    // What the detail view shows: the number alone when no phrase is known.
    QCOMPARE(HttpResponse::statusText(404), u"404 Not Found"_s);
    QCOMPARE(HttpResponse::statusText(299), u"299"_s);
}

void TestHttpMessage::serializedResponse()
{
    HttpResponse response = HttpResponse::text(200, "hello"_ba);
    response.headers.append({"Content-Length"_ba, "999"_ba}); // wrong on purpose: replaced
    const QByteArray bytes = serializeResponse(response, {.close = true});

    QVERIFY(bytes.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(bytes.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"));
    QVERIFY(bytes.contains("\r\nContent-Length: 5\r\n"));
    QVERIFY(!bytes.contains("999"));
    QVERIFY(bytes.contains("\r\nDate: "));
    QVERIFY(bytes.contains(" GMT\r\n"));
    QVERIFY(bytes.contains("\r\nConnection: close\r\n"));
    QVERIFY(bytes.endsWith("\r\n\r\nhello"));
}

void TestHttpMessage::headResponseHasNoBody()
{
    const QByteArray bytes
        = serializeResponse(HttpResponse::text(200, "hello"_ba), {.headRequest = true});
    QVERIFY(bytes.contains("\r\nContent-Length: 5\r\n"));
    QVERIFY(bytes.endsWith("\r\n\r\n"));
    QVERIFY(!bytes.contains("Connection:"));
}

void TestHttpMessage::bodylessStatuses()
{
    HttpResponse noContent;
    noContent.status = 204;
    noContent.body = "ignored"_ba;
    const QByteArray bytes = serializeResponse(noContent, {});
    QVERIFY(bytes.startsWith("HTTP/1.1 204 No Content\r\n"));
    QVERIFY(!bytes.contains("Content-Length"));
    QVERIFY(bytes.endsWith("\r\n\r\n"));
    QCOMPARE(continueResponse(), "HTTP/1.1 100 Continue\r\n\r\n"_ba);
}

QTEST_GUILESS_MAIN(TestHttpMessage)
#include "test_http_message.moc"
