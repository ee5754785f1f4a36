// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Session {

namespace {

QString &chosenDirectory()
{
    static QString directory;
    return directory;
}

} // namespace

bool useDataDirectory(const QString &directory, QString *error)
{
    const QString path = QDir(directory).absolutePath();
    if (!QDir().mkpath(path)) {
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
    QDir().mkpath(path);
    return path;
}

} // namespace Session
