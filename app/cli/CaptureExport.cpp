// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CaptureExport.h"

#include "app/capture/CaptureStore.h"
#include "app/cli/CommandLine.h"
#include "app/cli/DataFolderStore.h"
#include "app/handoff/JsonLines.h"
#include "app/session/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace Cli {

namespace {

// Streams every capture into `writer`; false with *error on the first failure.
bool exportAll(const Capture::CaptureStore &store, Handoff::JsonLinesWriter &writer, QString *error)
{
    bool ok = writer.begin();
    if (ok) {
        store.forEach({}, [&](const Capture::CaptureRecord &record) {
            ok = writer.write(record);
            return ok;
        });
    }
    ok = ok && writer.finish();
    if (!ok)
        *error = writer.errorString();
    return ok;
}

} // namespace

int runCaptureExport(const QString &path, const std::optional<Capture::StoreLocation> &shared,
                     QTextStream &err)
{
    Capture::CaptureStore store;
    if (!openDataFolderStore(store, shared, err))
        return 1;

    QString error;
    qint64 written = 0;
    if (path == QLatin1StringView("-")) {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly)) {
            err << CommandLine::tr("Could not write to standard output: %1")
                       .arg(output.errorString())
                << Qt::endl;
            return 1;
        }
        Handoff::JsonLinesWriter writer(output, {});
        const bool ok = exportAll(store, writer, &error) && output.flush();
        written = writer.written();
        if (!ok) {
            err << (error.isEmpty() ? output.errorString() : error) << Qt::endl;
            return 1;
        }
    } else {
        QSaveFile output(path);
        if (!output.open(QIODevice::WriteOnly)) {
            err << CommandLine::tr("Could not write %1: %2")
                       .arg(QDir::toNativeSeparators(path), output.errorString())
                << Qt::endl;
            return 1;
        }
        Handoff::JsonLinesWriter writer(output, {});
        const bool ok = exportAll(store, writer, &error);
        written = writer.written();
        if (!ok || !output.commit()) {
            err << CommandLine::tr("Could not write %1: %2")
                       .arg(QDir::toNativeSeparators(path),
                            error.isEmpty() ? output.errorString() : error)
                << Qt::endl;
            return 1;
        }
    }
    err << CommandLine::tr("Exported %n capture(s) from %1.", nullptr, int(written))
               .arg(store.displayName())
        << Qt::endl;
    return 0;
}

} // namespace Cli
