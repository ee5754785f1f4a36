// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// For test_capture_durability: opens the capture store at argv[1] and appends argv[2] records,
// up to 32 at a time like a receiver under load, printing "<n> <id>" for each as soon as its
// `done` says it is committed. The test kills this process with SIGKILL part-way.
#include "app/capture/CaptureStore.h"
#include "tests/unit/capture/DurabilityRecord.h"

#include <QCoreApplication>
#include <QSemaphore>

#include <cstdio>
#include <thread>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: capture_kill_helper DATABASE COUNT\n");
        return 2;
    }
    Capture::CaptureStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const qint64 count = QByteArray(argv[2]).toLongLong();
    QSemaphore inFlight(32);
    std::thread appender([&] {
        for (qint64 n = 0; n < count; ++n) {
            inFlight.acquire();
            store.append(DurabilityRecord::make(n),
                         [&inFlight, n](const Capture::CaptureRecord &stored, const QString &) {
                             if (stored.id > 0) {
                                 std::printf("%lld %lld\n", static_cast<long long>(n),
                                             static_cast<long long>(stored.id));
                                 std::fflush(stdout);
                             }
                             inFlight.release();
                         });
        }
    });
    appender.join();
    return 0;
}
