// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Session {

namespace {

// The data folder holds the capture database, which may hold secrets and guests' details: a new
// one is the user's alone (0700), whatever the umask. Captures are kept private by the capture
// store itself (Capture::PrivateFiles), which also tightens a folder made before.
bool makeFolder(const QString &path)
{
    if (QFileInfo::exists(path))
        return QFileInfo(path).isDir();
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
        | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    return QDir().mkpath(QFileInfo(path).absolutePath()) && QDir().mkdir(path, ownerOnly);
}

QString &chosenDirectory()
{
    static QString directory;
    return directory;
}

} // namespace

bool useDataDirectory(const QString &directory, QString *error)
{
    const QString path = QDir(directory).absolutePath();
    if (!makeFolder(path)) {
        *error = QCoreApplication::translate("Session::DataDirectory",
                                             "Cannot create the data folder %1.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    chosenDirectory() = path;
    // Every QSettings() from here on is an INI file under the folder, on every platform (no
    // registry, no ~/.config), so one folder holds a whole independent console.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
    return true;
}

QString dataDirectory()
{
    QString path = chosenDirectory();
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    makeFolder(path);
    return path;
}

} // namespace Session
