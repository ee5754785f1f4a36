// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/transfer/AccountComparison.h"

#include <QObject>
#include <QString>

class QWidget;

namespace Channex {
class BulkWebhookJob;
}

namespace Gui {

class BulkJobProgress;
class CompareSide;

// Copying a comparison's selected rows from one side to the other, as an import is done
// (docs/webhook-files.md): a preview of exactly what will be sent (CopyPreviewDialog), nothing
// before Copy, then BulkWebhookJob::write into the other side's account, shown by the
// BulkJobProgress every bulk change uses (progress, Stop, the summary of what failed and why).
// Never deletes.
class CopyAcross final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyAcross)

public:
    using Side = Transfer::AccountComparison::Side;

    CopyAcross(BulkJobProgress *progress, QWidget *window);

    // Shows the preview of copying the webhooks `rows` of `comparison` have on `from` to the
    // other side, `target`; Copy in it starts the copy. Nothing when those rows have nothing on
    // `from`.
    void preview(const Transfer::AccountComparison &comparison, const QList<int> &rows, Side from,
                 CompareSide *target, bool withValues);
    // The copy in progress, or null.
    Channex::BulkWebhookJob *runningJob() const;
    // The saved connection the last copy went to.
    QString targetConnectionId() const { return m_targetId; }
    // Asked when the window closes: with a copy running, whether to stop it (without a summary).
    // True when there is nothing to ask or the person chose to stop.
    bool confirmClose();

signals:
    // A copy was confirmed and has started.
    void started();

private:
    BulkJobProgress *m_progress;
    QWidget *m_window;
    QString m_targetId;
};

} // namespace Gui
