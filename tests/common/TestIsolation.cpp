// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test program by wc_add_test: before any test runs (at QCoreApplication
// construction), the program gets a fresh home of its own, so no two tests, and no test and the
// user, share settings or data. QStandardPaths' test mode alone is not enough: it puts every
// program under the same ~/.qttest. Tests that point QSettings elsewhere themselves still can.
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

void isolateTestProgram()
{
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/wc-test-home-XXXXXX"));
    if (!home.isValid())
        qFatal("Cannot create a private home for the test: %s", qPrintable(home.errorString()));
    const QString path = home.path();
    qputenv("HOME", QFile::encodeName(path));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path + QStringLiteral("/.config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(path + QStringLiteral("/.local/share")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(path + QStringLiteral("/.local/state")));
    QStandardPaths::setTestModeEnabled(true);
    const QString settings = path + QStringLiteral("/settings");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(isolateTestProgram)
