// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/transfer/AccountComparison.h"

#include <QDialog>
#include <QPair>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Channex {
class BulkWebhookJob;
}
namespace Session {
class ConsoleController;
}

namespace Gui {

class BulkJobProgress;
class CompareSide;
class ComparisonDetail;
class ComparisonTree;
class CopyAcross;
class SideChooser;

// Compare Connections (Webhook menu; docs/webhook-files.md): two saved connections side by side,
// staging and production say, each loaded on its own whatever the connection in use. One tree
// of their webhooks: only on the left, only on the right, different (naming the fields, never a
// value), the same; the selected row's two webhooks field by field below. The selected rows are
// copied across after a preview of exactly what will be sent (CopyPreviewDialog), as an import
// is: through BulkWebhookJob, with progress, Stop and a summary of what failed and why; then
// both sides are read again. Nothing is ever deleted. Not modal: the main window stays usable.
class CompareConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareConnectionsDialog)

public:
    using Side = Transfer::AccountComparison::Side;

    explicit CompareConnectionsDialog(Session::ConsoleController *controller,
                                      QWidget *parent = nullptr);
    ~CompareConnectionsDialog() override;

    // Opens these saved connections on the two sides.
    void chooseConnections(const QString &leftId, const QString &rightId);
    CompareSide *side(Side side) const;
    SideChooser *chooser(Side side) const;
    ComparisonTree *tree() const { return m_tree; }
    // The copy in progress, or null.
    Channex::BulkWebhookJob *runningJob() const;

public slots:
    // Reads both accounts again (F5).
    void reload();
    // The selected rows' webhooks from that side to the other, after a preview.
    void copyToRight();
    void copyToLeft();

protected:
    void changeEvent(QEvent *event) override;
    // Closing while a copy runs asks first.
    void reject() override;

private:
    void buildLayout();
    void retranslate();
    void compare();
    void updateActions();
    void copy(Side from);
    void onCopyEnded();
    void rememberConnections() const;

    Session::ConsoleController *m_controller;
    CompareSide *m_left;
    CompareSide *m_right;
    SideChooser *m_leftChooser;
    SideChooser *m_rightChooser;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QPushButton *m_reload;
    QLabel *m_summary;
    ComparisonTree *m_tree;
    ComparisonDetail *m_detail;
    QCheckBox *m_withValues;
    QPushButton *m_copyLeft;
    QPushButton *m_copyRight;
    BulkJobProgress *m_progress;
    QLabel *m_message;
    QPushButton *m_close;
    CopyAcross *m_copy;
    QPair<QString, QString> m_compared; // the connection ids of the comparison shown
};

} // namespace Gui
