// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/ImportPreviewDialog.h"

#include "app/session/SettingsKeys.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/common/StatusColours.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using Action = Transfer::ImportLine::Action;

namespace Gui {

namespace {

enum Column { ChangeColumn, ScopeColumn, UrlColumn, DetailColumn, ColumnCount };

Tone toneOf(Action action)
{
    switch (action) {
    case Action::Create:
    case Action::Update:
        return Tone::Success;
    case Action::Skipped:
        return Tone::Warning;
    case Action::Unchanged:
        break;
    }
    return Tone::Normal;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const Transfer::ImportPlan &plan,
                                         const Transfer::WebhookFile &file, const QString &fileName,
                                         const QString &connection, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_file(file), m_fileName(fileName), m_connection(connection),
      m_intro(new QLabel(this)), m_summary(new QLabel(this)), m_lines(new QTreeWidget(this)),
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
    m_lines->setObjectName(QStringLiteral("importPlanList"));
    m_lines->setColumnCount(ColumnCount);
    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->setAlternatingRowColors(true);
    m_lines->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_lines->setTextElideMode(Qt::ElideMiddle);
    m_lines->header()->setStretchLastSection(true);
    m_lines->header()->resizeSection(ChangeColumn, 90);
    m_lines->header()->resizeSection(ScopeColumn, 170);
    m_lines->header()->resizeSection(UrlColumn, 330);
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
    m_lines->setHeaderLabels({tr("Change"), tr("Scope"), tr("Callback URL"), tr("Details")});
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
    fillLines();
}

void ImportPreviewDialog::fillLines()
{
    m_lines->clear();
    for (const Transfer::ImportLine &line : m_plan.lines) {
        auto *item = new QTreeWidgetItem(m_lines);
        item->setText(ChangeColumn, line.actionText());
        item->setText(ScopeColumn,
                      line.global ? tr("Global (all properties)") : line.propertyTitle);
        item->setText(UrlColumn, line.callbackUrl);
        item->setText(DetailColumn, line.detailText());
        item->setToolTip(UrlColumn, line.callbackUrl);
        item->setToolTip(DetailColumn, line.detailText());
        if (const Tone tone = toneOf(line.action); tone != Tone::Normal)
            item->setForeground(ChangeColumn, toneColour(tone, m_lines->palette()));
        if (line.action == Action::Unchanged) {
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column,
                                    m_lines->palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
}

} // namespace Gui
