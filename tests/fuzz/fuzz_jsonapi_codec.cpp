// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/FuzzEntries.h"

#include <cstddef>
#include <cstdint>

// libFuzzer target: see FuzzEntries.h and docs/fuzzing.md.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString failure = Fuzz::jsonApiCodecEntry(QByteArrayView(data, qsizetype(size)));
    if (!failure.isEmpty())
        qFatal("Invariant broken: %s", qPrintable(failure)); // aborts: libFuzzer saves the input
    return 0;
}
