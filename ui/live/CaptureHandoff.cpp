// The hand-off actions of the captured list (F15, F16): export and replay. Copy as cURL is in
// CaptureActions.cpp.
#include "app/capture/CaptureStore.h"
#include "app/handoff/ExportCaptures.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/dialogs/ReplayDialog.h"
#include "ui/live/CaptureActions.h"
#include "ui/live/CaptureListModel.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>

namespace Gui {

void CaptureActions::exportCaptures()
{
    // The selected captures, else every capture the list's filter matches.
    const QList<qint64> ids = selectedIds();
    const QString jsonLines = tr("JSON Lines (*.jsonl)");
    const QString har = tr("HAR 1.2 (*.har)");
    const QString csv = tr("CSV (*.csv)");
    const QString fileName = FileDialog::getSaveFileName(
        m_window,
        ids.isEmpty() ? tr("Export Captures") : tr("Export %n Capture(s)", nullptr, int(ids.size())),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/captures.jsonl"),
        QStringList {jsonLines, har, csv}.join(QStringLiteral(";;")));
    if (fileName.isEmpty())
        return;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const Handoff::Format format = suffix == QLatin1String("har") ? Handoff::Format::Har
        : suffix == QLatin1String("csv")                          ? Handoff::Format::Csv
                                                                  : Handoff::Format::JsonLines;
    QSaveFile file(fileName);
    QString error;
    qint64 written = 0;
    bool ok = file.open(QIODevice::WriteOnly);
    if (!ok) {
        error = file.errorString();
    } else {
        ok = ids.isEmpty() ? Handoff::exportCaptures(*m_store, m_model->filter(), format, {}, file,
                                                     &error, &written)
                           : Handoff::exportCaptures(*m_store, ids, format, {}, file, &error,
                                                     &written);
        if (ok && !file.commit()) {
            ok = false;
            error = file.errorString();
        }
    }
    if (!ok) {
        MessageBox::warning(m_window, tr("Export Failed"),
                            tr("The captures were not saved to %1: %2").arg(fileName, error));
        return;
    }
    emit statusMessage(tr("%n capture(s) exported to %1.", nullptr, int(written)).arg(fileName));
}

void CaptureActions::replayCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const std::optional<Capture::CaptureRecord> record = m_store->load(id);
    if (!record) {
        emit statusMessage(tr("That capture is no longer stored."));
        return;
    }
    auto *dialog = new ReplayDialog(*record, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Gui
