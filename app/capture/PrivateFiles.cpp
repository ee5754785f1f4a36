// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

constexpr QFile::Permissions OwnerFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
    | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
constexpr QFile::Permissions OwnerFile
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions Others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// True when `path` exists and other accounts may use it; then it is made the owner's alone.
bool tighten(const QString &path, QFile::Permissions ownerOnly)
{
    const QFileInfo info(path);
    if (!info.exists() || (info.permissions() & Others) == QFile::Permissions())
        return false;
    return QFile::setPermissions(path, ownerOnly);
}

} // namespace

bool PrivateFiles::prepare(const QString &databasePath, QString *error, QString *notice)
{
    const QFileInfo file(databasePath);
    const QString folder = file.absolutePath();
    if (!QFileInfo::exists(folder)) {
        const QFileInfo parent(folder);
        if (!QDir().mkpath(parent.absolutePath()) || !QDir().mkdir(folder, OwnerFolder)) {
            *error
                = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
#ifdef Q_OS_UNIX
    bool tightened = tighten(folder, OwnerFolder);
    if (!file.exists()) {
        // Created here with the owner's permissions only; SQLite gives its -wal and -shm files
        // the database file's permissions.
        QFile create(databasePath);
        if (create.open(QIODevice::WriteOnly | QIODevice::Append, OwnerFile))
            create.close();
    }
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        tightened |= tighten(databasePath + suffix, OwnerFile);
    if (tightened) {
        *notice = tr("Other accounts on this computer could read the captures in %1: the folder "
                     "and the capture database are now yours alone.")
                      .arg(QDir::toNativeSeparators(folder));
    }
#else
    Q_UNUSED(notice);
#endif
    return true;
}

} // namespace Capture
