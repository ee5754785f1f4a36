// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureFilter.h"
#include "app/handoff/ExportWriter.h"
#include "app/handoff/Format.h"

#include <QList>
#include <QString>

class QIODevice;

namespace Capture {
class CaptureStore;
}

namespace Handoff {

// Writes the given captures (in the order given; ids no longer stored are skipped) to `device`,
// loading one at a time. False with `*error` (a sentence) when the device refuses a write.
// `*written` (optional) is the number of captures written.
bool exportCaptures(const Capture::CaptureStore &store, const QList<qint64> &ids, Format format,
                    const RedactionOptions &options, QIODevice &device, QString *error,
                    qint64 *written = nullptr, const PropertyTitles &titles = {});

// The same for every capture matching `filter` (an empty filter: all), oldest first, streamed
// through CaptureStore::forEach.
bool exportCaptures(const Capture::CaptureStore &store, const Capture::CaptureFilter &filter,
                    Format format, const RedactionOptions &options, QIODevice &device,
                    QString *error, qint64 *written = nullptr, const PropertyTitles &titles = {});

} // namespace Handoff
