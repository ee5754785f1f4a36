// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CopyPreviewDialog.h"

#include "app/session/SettingsKeys.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/webhooks/ImportPlanList.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

CopyPreviewDialog::CopyPreviewDialog(const Transfer::ImportPlan &plan, const QString &from,
                                     const QString &to, bool withValues, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_from(from), m_to(to), m_withValues(withValues),
      m_intro(new QLabel(this)), m_values(new QLabel(this)), m_summary(new QLabel(this)),
      m_lines(new ImportPlanList(this)), m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_copyButton(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(u"copyPreviewDialog"_s);
    for (QLabel *label : {m_intro, m_values, m_note}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_intro->setObjectName(u"copyIntroLabel"_s);
    m_values->setObjectName(u"copyValuesLabel"_s);
    m_summary->setObjectName(u"copySummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_lines->setObjectName(u"copyPlanList"_s);
    m_lines->setPlan(m_plan);
    m_note->setObjectName(u"copyNoteLabel"_s);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setEnabled(m_plan.hasChanges());
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    if (!m_plan.hasChanges())
        m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_values);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(900, 480);
    retranslate();
    rememberGeometry(this, Session::SettingsKeys::CopyPreviewDialogGeometry);
}

void CopyPreviewDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CopyPreviewDialog::retranslate()
{
    setWindowTitle(tr("Copy to %1").arg(m_to));
    m_intro->setText(
        tr("Copying %n webhook(s) from %1 to %2 does this:", nullptr, int(m_plan.lines.size()))
            .arg(m_from, m_to));
    m_values->setText(m_withValues
                          ? tr("Header and parameter values are copied as %1 has them.").arg(m_from)
                          : tr("Header and parameter values are not copied: %1 keeps the values "
                               "it has under the same names, and new ones are left empty.")
                                .arg(m_to));
    m_summary->setText(m_plan.summary());
    m_lines->retranslate();
    m_lines->setAccessibleName(tr("What the copy does"));
    m_note->setText(m_plan.hasChanges()
                        ? tr("Nothing is deleted: webhooks of %1 that are not copied stay as "
                             "they are. Copy sends the changes to %1 now.")
                              .arg(m_to)
                        : tr("Nothing to change: %1 already has these webhooks like this, or "
                             "they cannot be copied.")
                              .arg(m_to));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setAccessibleName(tr("Copy"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(m_plan.hasChanges() ? tr("Cancel") : tr("Close"));
    cancel->setAccessibleName(cancel->text());
}

} // namespace Gui
