// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Capture {

// Captures can hold a secret header and a guest's name, address and card digits: the folder of
// the capture database is the user's alone (0700) and so are the database and its -wal and -shm
// files (0600), as password managers and browsers keep their stores. On systems without POSIX
// permissions (Windows: the per-user application data folder is already private) nothing is
// changed.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(Capture::PrivateFiles)

public:
    // Creates the folder (0700) and the database file (0600) when absent; tightens what exists
    // and is open to other accounts. False with *error when the folder cannot be created. When
    // something was tightened, *notice says so in a sentence (once: the next time it is private).
    static bool prepare(const QString &databasePath, QString *error, QString *notice);
};

} // namespace Capture
