// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Session {

// Where the console keeps its captures: the --data-dir folder when one was given, else the
// platform's application data folder (QStandardPaths::AppDataLocation).

// --data-dir: settings (as an INI file) and data under `directory`, which is created. Call it
// before anything reads settings. False with *error when the folder cannot be created.
bool useDataDirectory(const QString &directory, QString *error);

// The data folder, created when absent; an absolute path.
QString dataDirectory();

} // namespace Session
