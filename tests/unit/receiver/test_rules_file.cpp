// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The rules file: what it reads, what it refuses and in which words, and that what the editor
// writes reads back the same.
#include "app/receiver/rules/RulesFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Receiver::ResponseRule;
using Receiver::RulesFile;

// A raw string holding "/*" hides the class from moc (Qt 6.4 reads it as a comment): those
// paths are in plain strings.
class TestRulesFile final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKey()
    {
        QString error;
        const auto rules = RulesFile::parse(
            "{\"rules\": [{\"name\": \"busy\", \"method\": \"POST\", \"path\": \"/hooks/*\", "
            R"("event": "booking_new", "status": 503, "body": "busy", )"
            R"("headers": {"Retry-After": "60"}, "delay_ms": 250, "times": 3, )"
            R"("percent": 50}, {"status": 200}]})"_ba,
            &error);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(rules->size(), 2);
        const ResponseRule &busy = rules->at(0);
        QCOMPARE(busy.name, u"busy"_s);
        QCOMPARE(busy.method, "POST"_ba);
        QCOMPARE(busy.path, u"/hooks/*"_s);
        QCOMPARE(busy.event, u"booking_new"_s);
        QCOMPARE(busy.status, 503);
        QCOMPARE(busy.body, "busy"_ba);
        QCOMPARE(busy.headers, (Http::HeaderList {{"Retry-After"_ba, "60"_ba}}));
        QCOMPARE(busy.delayMs, 250);
        QCOMPARE(busy.times, 3);
        QCOMPARE(busy.percent, 50.0);
        QCOMPARE(rules->at(1).label(2), u"rule 2"_s);
        QCOMPARE(busy.label(1), u"busy"_s);
    }

    void writesWhatItReads()
    {
        ResponseRule full;
        full.name = u"flaky"_s;
        full.method = "PUT"_ba;
        full.path = u"/a"_s;
        full.event = u"ari"_s;
        full.status = 500;
        full.body = "ü"_ba;
        full.headers = {{"X-A"_ba, "1"_ba}};
        full.delayMs = 10;
        full.times = 1;
        full.percent = 12.5;
        ResponseRule plain;
        plain.status = 204;
        const QList<ResponseRule> rules {full, plain};
        QTemporaryDir dir;
        QString error;
        QVERIFY(RulesFile::save(dir.filePath(u"rules.json"_s), rules, &error));
        QCOMPARE(RulesFile::load(dir.filePath(u"rules.json"_s), &error), rules);
        QVERIFY(!RulesFile::toJson({plain}).contains("times")); // no value, no key
    }

    void refusesWithASentence_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not an object") << "[]"_ba << u"{\"rules\""_s;
        QTest::newRow("other top-level key")
            << R"({"rules": [], "version": 1})"_ba << u"“version”"_s;
        QTest::newRow("rule not an object") << R"({"rules": [503]})"_ba << u"Rule 1"_s;
        QTest::newRow("no status")
            << R"({"rules": [{"path": "/"}]})"_ba << u"“status” is missing"_s;
        QTest::newRow("status 99") << R"({"rules": [{"status": 99}]})"_ba << u"100 to 599"_s;
        QTest::newRow("status text") << R"({"rules": [{"status": "503"}]})"_ba << u"whole number"_s;
        QTest::newRow("status fraction")
            << R"({"rules": [{"status": 503.5}]})"_ba << u"whole number"_s;
        QTest::newRow("unknown event")
            << R"({"rules": [{"status": 200, "event": "booking_created"}]})"_ba
            << u"booking_new"_s; // the list of events
        QTest::newRow("path without slash")
            << R"({"rules": [{"status": 200, "path": "hooks"}]})"_ba << u"start with /"_s;
        QTest::newRow("star inside a path")
            << "{\"rules\": [{\"status\": 200, \"path\": \"/a*/b\"}]}"_ba << u"end with *"_s;
        QTest::newRow("method with a space")
            << R"({"rules": [{"status": 200, "method": "PO ST"}]})"_ba << u"HTTP method"_s;
        QTest::newRow("times zero")
            << R"({"rules": [{"status": 200, "times": 0}]})"_ba << u"“times”"_s;
        QTest::newRow("percent above 100")
            << R"({"rules": [{"status": 200, "percent": 101}]})"_ba << u"0 to 100"_s;
        QTest::newRow("delay too long")
            << R"({"rules": [{"status": 200, "delay_ms": 600001}]})"_ba << u"delay_ms"_s;
        QTest::newRow("framing header")
            << R"({"rules": [{"status": 200, "headers": {"Content-Length": "5"}}]})"_ba
            << u"Content-Length"_s;
        QTest::newRow("header value not text")
            << R"({"rules": [{"status": 200, "headers": {"X-A": 5}}]})"_ba << u"X-A"_s;
    }

    void refusesWithASentence()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!RulesFile::parse(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void theOldNameOfAnEventMatchesItsCurrentOne()
    {
        ResponseRule rule;
        rule.event = u"disconnected_channel"_s;
        QVERIFY(rule.matches("POST", u"/"_s, u"disconnect_channel"_s));
        QVERIFY(!rule.matches("POST", u"/"_s, QString()));
    }
};

QTEST_GUILESS_MAIN(TestRulesFile)
#include "test_rules_file.moc"
