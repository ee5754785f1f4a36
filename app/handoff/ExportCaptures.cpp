// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/ExportCaptures.h"

#include "app/capture/CaptureStore.h"

namespace Handoff {

namespace {

// Runs `visitAll` (which feeds the writer) between begin() and finish().
template<typename VisitAll>
bool run(Format format, const RedactionOptions &options, QIODevice &device, QString *error,
         qint64 *written, const PropertyTitles &titles, VisitAll visitAll)
{
    const std::unique_ptr<ExportWriter> writer = makeWriter(format, device, options);
    writer->setPropertyTitles(titles);
    bool ok = writer->begin();
    if (ok) {
        visitAll(*writer);
        ok = writer->finish();
    }
    if (written)
        *written = writer->written();
    if (!ok && error)
        *error = writer->errorString();
    return ok;
}

} // namespace

bool exportCaptures(const Capture::CaptureStore &store, const QList<qint64> &ids, Format format,
                    const RedactionOptions &options, QIODevice &device, QString *error,
                    qint64 *written, const PropertyTitles &titles)
{
    return run(format, options, device, error, written, titles, [&](ExportWriter &writer) {
        for (const qint64 id : ids) {
            const std::optional<Capture::CaptureRecord> record = store.load(id);
            if (record && !writer.write(*record))
                return;
        }
    });
}

bool exportCaptures(const Capture::CaptureStore &store, const Capture::CaptureFilter &filter,
                    Format format, const RedactionOptions &options, QIODevice &device,
                    QString *error, qint64 *written, const PropertyTitles &titles)
{
    return run(format, options, device, error, written, titles, [&](ExportWriter &writer) {
        store.forEach(filter,
                      [&](const Capture::CaptureRecord &record) { return writer.write(record); });
    });
}

} // namespace Handoff
