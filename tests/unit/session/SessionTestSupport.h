// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

// Shared by the session tests: settings of their own in a temporary directory, and a way to
// check that a secret never reached any file in it.
namespace SessionTest {

inline void useTemporarySettings(const QTemporaryDir &dir, const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("WebhookConsoleTests"));
    QCoreApplication::setApplicationName(application);
}

// Every file under `root` that contains `secret` (after QSettings has written its files).
inline QStringList filesContaining(const QString &root, const QByteArray &secret)
{
    QSettings().sync();
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found << file.fileName();
    }
    return found;
}

} // namespace SessionTest
