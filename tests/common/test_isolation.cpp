// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every test program runs with settings and data of its own (tests/common/TestIsolation.cpp).
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIsolation final : public QObject
{
    Q_OBJECT

private slots:
    void settingsAndDataAreInAFreshPrivateHome();
};

void TestIsolation::settingsAndDataAreInAFreshPrivateHome()
{
    const QString home = QDir::homePath();
    QVERIFY2(QDir(home).dirName().startsWith("wc-test-home-"_L1), qPrintable(home));
    QVERIFY(QStandardPaths::isTestModeEnabled());

    const QString settingsFile = QSettings().fileName();
    QVERIFY2(settingsFile.startsWith(home + u'/'), qPrintable(settingsFile));
    QVERIFY2(!QFile::exists(settingsFile), "the settings are not fresh");
    for (const auto location :
         {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        QVERIFY2(dir.startsWith(home + u'/'), qPrintable(dir));
    }
}

QTEST_GUILESS_MAIN(TestIsolation)
#include "test_isolation.moc"
