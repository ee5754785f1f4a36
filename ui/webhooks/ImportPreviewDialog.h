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

// What importing a webhook file would do, line by line (create, update with the fields,
// unchanged, skipped and why), before anything is sent. Import (accept) sends the changes;
// Cancel sends nothing. With nothing to change, only Close is offered.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

public:
    // `fileName` as the person chose it; `connection` the name of the connection in use.
    ImportPreviewDialog(const Transfer::ImportPlan &plan, const Transfer::WebhookFile &file,
                        const QString &fileName, const QString &connection,
                        QWidget *parent = nullptr);

    const Transfer::ImportPlan &plan() const { return m_plan; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Transfer::ImportPlan m_plan;
    Transfer::WebhookFile m_file;
    QString m_fileName;
    QString m_connection;
    QLabel *m_intro;
    QLabel *m_summary;
    ImportPlanList *m_lines;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace Gui
