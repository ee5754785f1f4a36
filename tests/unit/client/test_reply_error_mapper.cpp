// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that turn HTTP answers and transport failures into ApiError values.

#include "app/channex/ReplyErrorMapper.h"

#include <QTest>
#include <QTimeZone>

using namespace Channex;
using namespace Qt::StringLiterals;

class TestReplyErrorMapper : public QObject
{
    Q_OBJECT

private slots:
    void statusKinds_data();
    void statusKinds();
    void channexErrorBodyIsRead();
    void badRequestDetailListReachesTheMessage();
    void invalidJsonBodyFallsBackToTheStatus();
    void retryAfter_data();
    void retryAfter();
    void transportKinds_data();
    void transportKinds();
    void onlyTransientFailuresAreRetried();
    void droppedConnections_data();
    void droppedConnections();
};

void TestReplyErrorMapper::statusKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("422") << 422 << ApiError::Kind::Validation;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::ServerError;
    QTest::newRow("599") << 599 << ApiError::Kind::ServerError;
    QTest::newRow("302") << 302 << ApiError::Kind::UnexpectedStatus;
    QTest::newRow("405") << 405 << ApiError::Kind::UnexpectedStatus;
    QTest::newRow("600") << 600 << ApiError::Kind::UnexpectedStatus;
}

void TestReplyErrorMapper::statusKinds()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    const ApiError error = ReplyErrorMapper::fromStatus(status, {}, {}, QDateTime());
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.message().isEmpty());
}

void TestReplyErrorMapper::channexErrorBodyIsRead()
{
    const QByteArray body = R"({"errors":{"code":"validation_error","title":"Validation Error",)"
                            R"("details":{"callback_url":["can't be blank","is invalid"]}}})";
    const ApiError error = ReplyErrorMapper::fromStatus(422, body, {}, QDateTime());
    QCOMPARE(error.code, u"validation_error"_s);
    QCOMPARE(error.title, u"Validation Error"_s);
    QCOMPARE(error.details.value(u"callback_url"_s),
             (QStringList {u"can't be blank"_s, u"is invalid"_s}));
    QCOMPARE(error.detailLines(),
             (QStringList {u"callback_url: can't be blank"_s, u"callback_url: is invalid"_s}));
}

void TestReplyErrorMapper::badRequestDetailListReachesTheMessage()
{
    const QByteArray body
        = R"({"errors":{"code":"bad_request","title":"Bad Request","details":["restrictions is required"]}})";
    const ApiError error = ReplyErrorMapper::fromStatus(400, body, {}, QDateTime());
    QCOMPARE(error.kind, ApiError::Kind::BadRequest);
    QCOMPARE(error.code, u"bad_request"_s);
    QCOMPARE(error.detailLines(), QStringList {u"restrictions is required"_s});
}

void TestReplyErrorMapper::invalidJsonBodyFallsBackToTheStatus()
{
    // The docs' PUT/DELETE 404 example is missing a comma.
    const QByteArray body = "{\n  \"errors\": {\n    \"code\": \"resource_not_found\"\n"
                            "    \"title\": \"Resource Not Found\"\n  }\n}";
    const ApiError error = ReplyErrorMapper::fromStatus(404, body, {}, QDateTime());
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
    QVERIFY(error.code.isEmpty());
    QVERIFY(error.technical.contains(u"404"_s));
    QVERIFY(error.technical.contains(u"resource_not_found"_s)); // the raw excerpt, for the log

    const ApiError html = ReplyErrorMapper::fromStatus(502, "<html>Bad Gateway</html>", {}, {});
    QCOMPARE(html.kind, ApiError::Kind::ServerError);
    QVERIFY(html.technical.contains(u"Bad Gateway"_s));
}

void TestReplyErrorMapper::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << "120"_ba << 120;
    QTest::newRow("zero") << "0"_ba << 0;
    QTest::newRow("spaces") << " 7 "_ba << 7;
    QTest::newRow("negative") << "-5"_ba << -1;
    QTest::newRow("garbage") << "soon"_ba << -1;
    QTest::newRow("http-date in 90 s") << "Wed, 21 Oct 2015 07:29:30 GMT"_ba << 90;
    QTest::newRow("http-date in the past") << "Wed, 21 Oct 2015 07:00:00 GMT"_ba << 0;
}

void TestReplyErrorMapper::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), QTimeZone::utc());
    QCOMPARE(ReplyErrorMapper::retryAfterSeconds(header, now), seconds);
    const ApiError error = ReplyErrorMapper::fromStatus(429, {}, header, now);
    QCOMPARE(error.retryAfterSeconds, seconds);
}

void TestReplyErrorMapper::transportKinds_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<bool>("abortedByUs");
    QTest::addColumn<QStringList>("tlsProblems");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << false << QStringList()
                             << ApiError::Kind::Timeout;
    QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << false
                                      << QStringList() << ApiError::Kind::Timeout;
    QTest::newRow("our abort") << QNetworkReply::OperationCanceledError << true << QStringList()
                               << ApiError::Kind::Cancelled;
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << false << QStringList()
                         << ApiError::Kind::HostNotFound;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << false << QStringList()
                             << ApiError::Kind::ConnectionRefused;
    QTest::newRow("handshake") << QNetworkReply::SslHandshakeFailedError << false << QStringList()
                               << ApiError::Kind::Tls;
    QTest::newRow("certificate") << QNetworkReply::UnknownNetworkError << false
                                 << QStringList {u"The certificate has expired"_s}
                                 << ApiError::Kind::Tls;
    QTest::newRow("reset") << QNetworkReply::RemoteHostClosedError << false << QStringList()
                           << ApiError::Kind::Network;
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << false << QStringList()
                           << ApiError::Kind::Network;
}

void TestReplyErrorMapper::transportKinds()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(bool, abortedByUs);
    QFETCH(QStringList, tlsProblems);
    QFETCH(ApiError::Kind, kind);
    const ApiError error
        = ReplyErrorMapper::fromTransport(networkError, u"Qt says no"_s, abortedByUs, tlsProblems);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(error.technical.startsWith(u"Qt says no"_s));
    for (const QString &problem : tlsProblems)
        QVERIFY(error.technical.contains(problem));
}

void TestReplyErrorMapper::onlyTransientFailuresAreRetried()
{
    const auto withKind = [](ApiError::Kind kind) {
        ApiError error;
        error.kind = kind;
        return error;
    };
    QVERIFY(ReplyErrorMapper::isTransient(withKind(ApiError::Kind::RateLimited)));
    QVERIFY(ReplyErrorMapper::isTransient(withKind(ApiError::Kind::ServerError)));
    QVERIFY(ReplyErrorMapper::isTransient(withKind(ApiError::Kind::Timeout)));
    QVERIFY(!ReplyErrorMapper::isTransient(withKind(ApiError::Kind::Unauthorized)));
    QVERIFY(!ReplyErrorMapper::isTransient(withKind(ApiError::Kind::Validation)));
    QVERIFY(!ReplyErrorMapper::isTransient(withKind(ApiError::Kind::ConnectionRefused)));
    QVERIFY(!ReplyErrorMapper::isTransient(withKind(ApiError::Kind::Cancelled)));
    QVERIFY(!ReplyErrorMapper::isTransient(withKind(ApiError::Kind::MalformedResponse)));
}

void TestReplyErrorMapper::droppedConnections_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<bool>("dropped");
    QTest::newRow("closed by the server") << QNetworkReply::RemoteHostClosedError << true;
    QTest::newRow("reset (Qt: unknown)") << QNetworkReply::UnknownNetworkError << true;
    QTest::newRow("temporary failure") << QNetworkReply::TemporaryNetworkFailureError << true;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << false;
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << false;
    QTest::newRow("handshake") << QNetworkReply::SslHandshakeFailedError << false;
    QTest::newRow("proxy refused") << QNetworkReply::ProxyConnectionRefusedError << false;
    QTest::newRow("none") << QNetworkReply::NoError << false;
}

void TestReplyErrorMapper::droppedConnections()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(bool, dropped);
    QCOMPARE(ReplyErrorMapper::isDroppedConnection(networkError), dropped);
}

QTEST_GUILESS_MAIN(TestReplyErrorMapper)
#include "test_reply_error_mapper.moc"
