// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing answered 2xx is lost to kill -9: a real process appends captures
// and reports each one its store committed; it is killed with SIGKILL part-way, and every
// capture it reported is in the database with its exact bytes.
#include "app/capture/CaptureStore.h"
#include "tests/unit/capture/DurabilityRecord.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Capture;
using namespace Qt::StringLiterals;

class TestCaptureDurability final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyReportedCaptureSurvivesSigkill();

private:
    QTemporaryDir m_dir;
};

void TestCaptureDurability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaptureDurability::everyReportedCaptureSurvivesSigkill()
{
    const QString path = m_dir.filePath(u"killed.sqlite"_s);
    constexpr int Wanted = 3000; // answers to see before the kill
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(WC_CAPTURE_KILL_HELPER), {path, u"100000000"_s});
    QVERIFY2(helper.waitForStarted(10'000), qPrintable(helper.errorString()));

    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            output += helper.readAllStandardOutput();
            return output.count('\n') >= Wanted;
        }(),
        60'000);
    helper.kill(); // SIGKILL: no destructor, no flush, no checkpoint
    QVERIFY(helper.waitForFinished(10'000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    output += helper.readAllStandardOutput();

    // Only whole lines: the kill may cut the last one.
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    QVERIFY(lines.size() >= Wanted);

    CaptureStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    for (const QByteArray &line : std::as_const(lines)) {
        const QList<QByteArray> fields = line.split(' ');
        QCOMPARE(fields.size(), 2);
        const qint64 n = fields.at(0).toLongLong();
        const qint64 id = fields.at(1).toLongLong();
        const std::optional<CaptureRecord> loaded = store.load(id);
        QVERIFY2(
            loaded,
            qPrintable(
                u"capture %1 (record %2) was answered as stored but is lost"_s.arg(id).arg(n)));
        const CaptureRecord expected = DurabilityRecord::make(n);
        QCOMPARE(loaded->body, expected.body);
        QCOMPARE(loaded->rawBytes, expected.rawBytes);
        QCOMPARE(loaded->headers, expected.headers);
        QCOMPARE(loaded->target, expected.target);
    }
    QVERIFY(store.count() >= lines.size());
}

QTEST_GUILESS_MAIN(TestCaptureDurability)
#include "test_capture_durability.moc"
