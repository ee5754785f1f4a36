// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/DuplicateWebhookDialog.h"

#include "app/session/SettingsKeys.h"
#include "ui/common/RememberedGeometry.h"
#include "ui_DuplicateWebhookDialog.h"

#include <QEvent>
#include <QPushButton>

#include <algorithm>

namespace Gui {

namespace {
constexpr int PropertyIdRole = Qt::UserRole + 1;
}

DuplicateWebhookDialog::DuplicateWebhookDialog(const Channex::Webhook &webhook,
                                               const QList<Channex::PropertyOption> &properties,
                                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DuplicateWebhookDialog>()),
      m_callbackUrl(webhook.callbackUrl)
{
    m_ui->setupUi(this);
    rememberGeometry(this, Session::SettingsKeys::DuplicateWebhookDialogGeometry);
    setObjectName(QStringLiteral("duplicateWebhookDialog"));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("duplicateButton"));
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    QList<Channex::PropertyOption> sorted = properties;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    for (const Channex::PropertyOption &property : std::as_const(sorted)) {
        if (!webhook.isGlobal && property.id == webhook.propertyId)
            continue; // its own property already has it
        auto *item = new QListWidgetItem(property.title.isEmpty() ? property.id : property.title,
                                         m_ui->propertyList);
        item->setData(PropertyIdRole, property.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &DuplicateWebhookDialog::applyFilter);
    connect(m_ui->propertyList, &QListWidget::itemChanged, this,
            &DuplicateWebhookDialog::updateWidgets);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

DuplicateWebhookDialog::~DuplicateWebhookDialog() = default;

void DuplicateWebhookDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    retranslate();
    // The button box hears the event after its dialog and gives OK its standard text again:
    // the "Duplicate to …" text goes back on once it has.
    QMetaObject::invokeMethod(this, &DuplicateWebhookDialog::updateWidgets, Qt::QueuedConnection);
}

// The texts set in code; the .ui texts come from retranslateUi().
void DuplicateWebhookDialog::retranslate()
{
    m_ui->introLabel->setText(
        tr("Copy the webhook for <b>%1</b> to these properties. Each copy gets the same events, "
           "headers, parameters and settings.")
            .arg(m_callbackUrl.toHtmlEscaped()));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    for (int row = 0; row < m_ui->propertyList->count(); ++row) {
        QListWidgetItem *item = m_ui->propertyList->item(row);
        item->setToolTip(tr("Property ID: %1").arg(item->data(PropertyIdRole).toString()));
    }
    updateWidgets();
}

QStringList DuplicateWebhookDialog::selectedPropertyIds() const
{
    QStringList ids;
    for (int row = 0; row < m_ui->propertyList->count(); ++row) {
        const QListWidgetItem *item = m_ui->propertyList->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(PropertyIdRole).toString();
    }
    return ids;
}

QStringList DuplicateWebhookDialog::selectedPropertyTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_ui->propertyList->count(); ++row) {
        const QListWidgetItem *item = m_ui->propertyList->item(row);
        if (item->checkState() == Qt::Checked)
            titles << item->text();
    }
    return titles;
}

void DuplicateWebhookDialog::setChecked(const QString &propertyId, bool checked)
{
    for (int row = 0; row < m_ui->propertyList->count(); ++row) {
        QListWidgetItem *item = m_ui->propertyList->item(row);
        if (item->data(PropertyIdRole).toString() == propertyId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void DuplicateWebhookDialog::applyFilter(const QString &text)
{
    for (int row = 0; row < m_ui->propertyList->count(); ++row) {
        QListWidgetItem *item = m_ui->propertyList->item(row);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
    updateWidgets();
}

// Select All and None act on the properties the filter shows.
void DuplicateWebhookDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_ui->propertyList->count(); ++row) {
        QListWidgetItem *item = m_ui->propertyList->item(row);
        if (!item->isHidden())
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void DuplicateWebhookDialog::updateWidgets()
{
    const int count = int(selectedPropertyIds().size());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(count > 0);
    ok->setText(count > 0 ? tr("&Duplicate to %n Propert(y/ies)", nullptr, count)
                          : tr("&Duplicate"));
    ok->setAccessibleName(tr("Duplicate"));
    bool anyShown = false;
    for (int row = 0; row < m_ui->propertyList->count() && !anyShown; ++row)
        anyShown = !m_ui->propertyList->item(row)->isHidden();
    if (m_ui->propertyList->count() == 0)
        m_ui->hintLabel->setText(tr("The account has no other property to copy to."));
    else if (!anyShown)
        m_ui->hintLabel->setText(tr("No property name contains “%1”; clear the search to see them "
                                    "all.")
                                     .arg(m_ui->filterEdit->text().trimmed()));
    else if (count == 0)
        m_ui->hintLabel->setText(tr("Tick the properties that should get a copy."));
    else
        m_ui->hintLabel->clear();
}

} // namespace Gui
