// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureStore.h"
#include "tests/fuzz/FuzzEntries.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

// libFuzzer target: see FuzzEntries.h and docs/fuzzing.md. One store in a temporary folder for
// the whole run; the application object is there for the SQL driver plugin.
namespace {

// Kept reachable from here (not leaked) for as long as the process runs.
QCoreApplication *application = nullptr;
QTemporaryDir *folder = nullptr;
Capture::CaptureStore *store = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer leaves through exit(), and the writer thread must outlive every
    // input.
    application = new QCoreApplication(*argc, *argv);
    folder = new QTemporaryDir;
    store = new Capture::CaptureStore;
    if (!folder->isValid() || !store->open(folder->filePath(QStringLiteral("fuzz.sqlite"))))
        qFatal("Cannot open the fuzzing store: %s", qPrintable(store->errorString()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString failure
        = Fuzz::parseAndCaptureEntry(QByteArrayView(data, qsizetype(size)), *store);
    if (!failure.isEmpty())
        qFatal("Invariant broken: %s", qPrintable(failure)); // aborts: libFuzzer saves the input
    return 0;
}
