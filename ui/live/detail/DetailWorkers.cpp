// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/DetailWorkers.h"

#include <QThreadPool>

namespace Gui {

QThreadPool *detailWorkers()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool; // lives as long as the process: jobs may outlive views
        threads->setMaxThreadCount(2);
        threads->setObjectName(QStringLiteral("captureDetailWorkers"));
        return threads;
    }();
    return pool;
}

} // namespace Gui
