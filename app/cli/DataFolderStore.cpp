// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/DataFolderStore.h"

#include "app/capture/CaptureStore.h"
#include "app/cli/CommandLine.h"
#include "app/session/DataDirectory.h"

#include <QDir>
#include <QTextStream>

namespace Cli {

bool openDataFolderStore(Capture::CaptureStore &store,
                         const std::optional<Capture::StoreLocation> &shared, QTextStream &err)
{
    if (shared) {
        if (store.open(*shared))
            return true;
        err << store.errorString() << Qt::endl;
        return false;
    }
    const QString databasePath = Capture::CaptureStore::defaultPath(Session::dataDirectory());
    if (store.open(databasePath)) {
        if (!store.openNotice().isEmpty())
            err << store.openNotice() << Qt::endl;
        return true;
    }
    err << CommandLine::tr("Could not open the capture database %1: %2")
               .arg(QDir::toNativeSeparators(databasePath), store.errorString())
        << Qt::endl;
    return false;
}

} // namespace Cli
