// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/ImportPreviewDialog.h"

#include "app/session/SettingsKeys.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/webhooks/ImportPlanList.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

ImportPreviewDialog::ImportPreviewDialog(const Transfer::ImportPlan &plan,
                                         const Transfer::WebhookFile &file, const QString &fileName,
                                         const QString &connection, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_file(file), m_fileName(fileName), m_connection(connection),
      m_intro(new QLabel(this)), m_summary(new QLabel(this)), m_lines(new ImportPlanList(this)),
      m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_importButton(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    m_intro->setObjectName(QStringLiteral("importIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_lines->setPlan(m_plan);
    m_note->setObjectName(QStringLiteral("importNoteLabel"));
    m_note->setWordWrap(true);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(m_plan.hasChanges());
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    if (!m_plan.hasChanges())
        m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(960, 520);
    retranslate();
    rememberGeometry(this, Session::SettingsKeys::ImportPreviewDialogGeometry);
}

void ImportPreviewDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ImportPreviewDialog::retranslate()
{
    setWindowTitle(tr("Import Webhooks"));
    const QString exported = m_file.exportedAt.isValid()
        ? QLocale().toString(m_file.exportedAt.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown time");
    const QString server = m_file.server.isEmpty() ? tr("an unknown server") : m_file.server;
    m_intro->setText(tr("%1 holds %n webhook(s), exported from %2 at %3. Importing into %4 "
                        "does this:",
                        nullptr, int(m_file.webhooks.size()))
                         .arg(m_fileName, server, exported, m_connection));
    m_summary->setText(m_plan.summary());
    m_lines->retranslate();
    m_lines->setAccessibleName(tr("What the import does"));
    m_note->setText(m_plan.hasChanges()
                        ? tr("Nothing is deleted: webhooks the file does not list stay as they "
                             "are. Import sends the changes to Channex now.")
                        : tr("Nothing to change: the account already has these webhooks as the "
                             "file lists them, or they cannot be imported."));
    m_importButton->setText(tr("&Import"));
    m_importButton->setAccessibleName(tr("Import"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(m_plan.hasChanges() ? tr("Cancel") : tr("Close"));
    cancel->setAccessibleName(cancel->text());
}

} // namespace Gui
