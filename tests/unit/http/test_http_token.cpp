// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One header-name rule (RFC 9110 token) and its sentence, used wherever a name is read or written.
#include "app/http/HttpToken.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHttpToken final : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"Authorization"_s << true;
        QTest::newRow("dashes") << u"X-Channex-Webhook-Secret"_s << true;
        QTest::newRow("method") << u"PATCH"_s << true;
        QTest::newRow("every special") << u"x!#$%&'*+-.^_`|~1"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"X Secret"_s << false;
        QTest::newRow("colon") << u"X-Secret:"_s << false;
        QTest::newRow("non-ascii") << u"X-Schlüssel"_s << false;
        QTest::newRow("brackets") << u"X[1]"_s << false;
        QTest::newRow("line break") << u"X\r\nY"_s << false;
    }

    void tokens()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Http::isToken(QStringView(name)), valid);
        QCOMPARE(Http::isToken(QByteArrayView(name.toUtf8())), valid);
        QCOMPARE(Http::HttpToken::headerNameProblem(name).isEmpty(), valid);
    }

    // The sentence names what is wrong, not only the rule.
    void theSentenceNamesTheCharacter_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("named");
        QTest::newRow("space") << u"X Secret"_s << u"it contains a space"_s;
        QTest::newRow("tab") << u"X\tSecret"_s << u"it contains a tab"_s;
        QTest::newRow("colon") << u"X-Secret:"_s << u"it contains “:”"_s;
        QTest::newRow("umlaut") << u"X-Größe"_s << u"it contains “ö”"_s;
        QTest::newRow("line break") << u"X\nY"_s << u"it contains a line break"_s;
        QTest::newRow("control") << u"X\u0001Y"_s << u"it contains the character U+0001"_s;
    }

    void theSentenceNamesTheCharacter()
    {
        QFETCH(QString, name);
        QFETCH(QString, named);
        const QString sentence = Http::HttpToken::headerNameProblem(name);
        QVERIFY2(sentence.contains(named), qPrintable(sentence));
        QVERIFY2(sentence.contains(u"is not a header name"_s), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
        QVERIFY(!Http::HttpToken::headerNameProblem(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpToken)
#include "test_http_token.moc"
