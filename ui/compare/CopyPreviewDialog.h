// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/transfer/ImportPlan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Gui {

class ImportPlanList;

// What copying the chosen webhooks from one connection to the other would send, line by line
// (create, update with the fields, unchanged, skipped and why), and whether header and parameter
// values go along, before anything is sent. Copy (accept) sends the changes; Cancel sends
// nothing. With nothing to change, only Close is offered.
class CopyPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyPreviewDialog)

public:
    CopyPreviewDialog(const Transfer::ImportPlan &plan, const QString &from, const QString &to,
                      bool withValues, QWidget *parent = nullptr);

    const Transfer::ImportPlan &plan() const { return m_plan; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Transfer::ImportPlan m_plan;
    QString m_from;
    QString m_to;
    bool m_withValues;
    QLabel *m_intro;
    QLabel *m_values;
    QLabel *m_summary;
    ImportPlanList *m_lines;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
    QPushButton *m_copyButton;
};

} // namespace Gui
