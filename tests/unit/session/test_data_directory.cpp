// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// --data-dir: settings and data of the whole console under one folder, created on demand.
#include "app/session/DataDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDataDirectory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As main() does: QSettings() reads and writes nothing without an organisation.
        QCoreApplication::setOrganizationName(u"WebhookConsole"_s);
        QCoreApplication::setApplicationName(u"Webhook Console"_s);
    }

    void defaultIsTheApplicationDataFolder()
    {
        // Before any --data-dir: the platform's folder (test mode), created.
        const QString path = Session::dataDirectory();
        QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QVERIFY(QFileInfo(path).isDir());
    }

    void settingsAndDataGoUnderTheChosenFolder()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString chosen = root.filePath(u"portable/console"_s);
        QString error;
        QVERIFY2(Session::useDataDirectory(chosen, &error), qPrintable(error));
        QVERIFY(QFileInfo(chosen).isDir());
        QCOMPARE(Session::dataDirectory(), QDir(chosen).absolutePath());
#ifdef Q_OS_UNIX
        // It will hold the captures: the user's alone, whatever the umask.
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(chosen).permissions() & others, QFile::Permissions());
#endif

        {
            QSettings settings;
            QCOMPARE(settings.format(), QSettings::IniFormat);
            settings.setValue(u"probe"_s, 42);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
            QVERIFY2(QDir::cleanPath(settings.fileName()).startsWith(QDir(chosen).absolutePath()),
                     qPrintable(settings.fileName()));
            QVERIFY(QFileInfo::exists(settings.fileName()));
        }
        QCOMPARE(QSettings().value(u"probe"_s).toInt(), 42);
    }

    void aFolderThatCannotBeMadeIsSaid()
    {
        QTemporaryDir root;
        QFile blocker(root.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!Session::useDataDirectory(root.filePath(u"file/sub"_s), &error));
        QVERIFY2(error.contains(u"file"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "test_data_directory.moc"
