// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/ApiError.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Channex::ApiError;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(Channex::ApiError::Kind)

namespace {

const QList<Kind> AllKinds {Kind::Unauthorized, Kind::Forbidden,         Kind::NotFound,
                            Kind::Validation,   Kind::RateLimited,       Kind::BadRequest,
                            Kind::ServerError,  Kind::UnexpectedStatus,  Kind::Timeout,
                            Kind::HostNotFound, Kind::ConnectionRefused, Kind::Tls,
                            Kind::Network,      Kind::MalformedResponse, Kind::Cancelled};

ApiError errorOf(Kind kind)
{
    ApiError error;
    error.kind = kind;
    error.host = u"staging.channex.io"_s;
    return error;
}

} // namespace

class TestApiError final : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasItsOwnSentence();
    void sentenceMentions_data();
    void sentenceMentions();
    void validationNamesTheFirstField();
    void rateLimitMentionsTheWait_data();
    void rateLimitMentionsTheWait();
    void detailLines();
    void worksWithoutHost();
    void notFoundBlamesAWebhookOnlyForOneWebhook();
    void dnsFailureBlamesTypingOnlyForCustomHosts_data();
    void dnsFailureBlamesTypingOnlyForCustomHosts();
    void refusedKeyPointsAtManageConnections();
};

void TestApiError::everyKindHasItsOwnSentence()
{
    QSet<QString> messages;
    QSet<QString> summaries;
    for (Kind kind : AllKinds) {
        const ApiError error = errorOf(kind);
        const QString message = error.message();
        QVERIFY2(!message.isEmpty(), qPrintable(error.summary()));
        QVERIFY2(message.endsWith(u'.') || message.endsWith(u'?'), qPrintable(message));
        QVERIFY2(!messages.contains(message), qPrintable(message));
        QVERIFY2(!summaries.contains(error.summary()), qPrintable(error.summary()));
        messages.insert(message);
        summaries.insert(error.summary());
    }
    QCOMPARE(messages.size(), AllKinds.size());
}

void TestApiError::sentenceMentions_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("401 key") << Kind::Unauthorized << 401 << u"API key"_s;
    QTest::newRow("401 staging vs production") << Kind::Unauthorized << 401 << u"staging"_s;
    QTest::newRow("403") << Kind::Forbidden << 403 << u"403"_s;
    QTest::newRow("404 on the list") << Kind::NotFound << 404 << u"server address"_s;
    QTest::newRow("400") << Kind::BadRequest << 400 << u"400"_s;
    QTest::newRow("5xx status") << Kind::ServerError << 503 << u"503"_s;
    QTest::newRow("5xx try later") << Kind::ServerError << 500 << u"try again"_s;
    QTest::newRow("unexpected status") << Kind::UnexpectedStatus << 302 << u"302"_s;
    QTest::newRow("timeout host") << Kind::Timeout << 0 << u"staging.channex.io"_s;
    QTest::newRow("dns host") << Kind::HostNotFound << 0 << u"staging.channex.io"_s;
    QTest::newRow("refused host") << Kind::ConnectionRefused << 0 << u"staging.channex.io"_s;
    QTest::newRow("tls") << Kind::Tls << 0 << u"certificate"_s;
    QTest::newRow("malformed") << Kind::MalformedResponse << 200 << u"server URL right"_s;
    QTest::newRow("cancelled") << Kind::Cancelled << 0 << u"cancelled"_s;
}

void TestApiError::sentenceMentions()
{
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, mentions);

    ApiError error = errorOf(kind);
    error.httpStatus = status;
    QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
}

void TestApiError::validationNamesTheFirstField()
{
    ApiError error = errorOf(Kind::Validation);
    error.httpStatus = 422;
    error.code = u"validation_error"_s;
    error.title = u"Validation Error"_s;
    error.details = {{u"property_id"_s, {u"can't be blank"_s}}};
    QVERIFY2(error.message().contains(u"property_id: can't be blank"_s),
             qPrintable(error.message()));

    error.details.insert(u"callback_url"_s, {u"is invalid"_s});
    const QString two = error.message();
    QVERIFY2(two.contains(u"callback_url: is invalid"_s), qPrintable(two)); // first by field name
    QVERIFY2(two.contains(u"1 more"_s), qPrintable(two));

    error.details.clear();
    QVERIFY2(error.message().contains(u"Validation Error"_s), qPrintable(error.message()));
}

void TestApiError::rateLimitMentionsTheWait_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("known") << 42 << u"42 second"_s;
    QTest::newRow("unknown") << -1 << u"a minute"_s;
}

void TestApiError::rateLimitMentionsTheWait()
{
    QFETCH(int, retryAfter);
    QFETCH(QString, mentions);
    ApiError error = errorOf(Kind::RateLimited);
    error.httpStatus = 429;
    error.retryAfterSeconds = retryAfter;
    QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
}

void TestApiError::detailLines()
{
    ApiError error = errorOf(Kind::Validation);
    error.details = {{u"event_mask"_s, {u"can't be blank"_s, u"is invalid"_s}},
                     {u"callback_url"_s, {u"is invalid"_s}}};
    QCOMPARE(error.detailLines(),
             QStringList({u"callback_url: is invalid"_s, u"event_mask: can't be blank"_s,
                          u"event_mask: is invalid"_s}));
    QVERIFY(errorOf(Kind::Unauthorized).detailLines().isEmpty());
}

void TestApiError::worksWithoutHost()
{
    for (Kind kind : AllKinds) {
        ApiError error;
        error.kind = kind;
        QVERIFY(!error.message().isEmpty());
        QVERIFY2(!error.message().contains(u"%1"_s), qPrintable(error.message()));
    }
}

void TestApiError::notFoundBlamesAWebhookOnlyForOneWebhook()
{
    ApiError list = errorOf(Kind::NotFound);
    list.httpStatus = 404;
    QVERIFY2(!list.message().contains(u"deleted"_s), qPrintable(list.message()));
    QVERIFY2(list.message().contains(u"no Channex API at this address"_s),
             qPrintable(list.message()));

    ApiError one = list;
    one.aboutOneWebhook = true;
    QVERIFY2(one.message().contains(u"deleted elsewhere"_s), qPrintable(one.message()));
    QVERIFY2(one.message().contains(u"Refresh"_s), qPrintable(one.message()));
}

void TestApiError::dnsFailureBlamesTypingOnlyForCustomHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("mayBeATypo");
    QTest::newRow("staging") << u"staging.channex.io"_s << false;
    QTest::newRow("production") << u"app.channex.io"_s << false;
    QTest::newRow("production, other case") << u"App.Channex.IO"_s << false;
    QTest::newRow("custom") << u"channex.exmaple.com"_s << true;
}

void TestApiError::dnsFailureBlamesTypingOnlyForCustomHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, mayBeATypo);
    ApiError error = errorOf(Kind::HostNotFound);
    error.host = host;
    const QString message = error.message();
    QVERIFY2(message.contains(host), qPrintable(message));
    QVERIFY2(message.contains(u"internet connection"_s), qPrintable(message));
    QCOMPARE(message.contains(u"typo"_s), mayBeATypo);
    QCOMPARE(message.contains(u"DNS"_s), !mayBeATypo);
}

void TestApiError::refusedKeyPointsAtManageConnections()
{
    const QString message = errorOf(Kind::Unauthorized).message();
    QVERIFY2(message.contains(u"Manage connections"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"connection settings"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "test_api_error.moc"
