// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-off actions of the captured list: export and replay. Copy as cURL is in
// CaptureActions.cpp.
#include "app/capture/CaptureStore.h"
#include "ui/live/CaptureActions.h"
#include "ui/live/CaptureListModel.h"
#include "ui/live/ExportCapturesDialog.h"
#include "ui/live/ReplayDialog.h"

#include <QTableView>

namespace Gui {

void CaptureActions::exportCaptures()
{
    // The dialog offers the selected captures, all that the list's filter matches, or all.
    auto *dialog = new ExportCapturesDialog(m_store, selectedIds(), m_model->filter(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPropertyNames(m_propertyNames);
    connect(dialog, &ExportCapturesDialog::exported, this,
            [this](const QString &fileName, qint64 count) {
                emit statusMessage(
                    tr("%n capture(s) exported to %1.", nullptr, int(count)).arg(fileName));
            });
    dialog->open();
}

void CaptureActions::replayCurrent()
{
    withCurrentRecord([this](const Capture::CaptureRecord &record) {
        auto *dialog = new ReplayDialog(record, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace Gui
