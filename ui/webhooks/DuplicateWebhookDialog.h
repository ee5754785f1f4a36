// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DuplicateWebhookDialog;
}

namespace Gui {

// Chooses the properties a webhook is copied to: every
// property of the account but the webhook's own, by name, with a filter. The copies keep the
// callback URL, events, headers, parameters and flags.
class DuplicateWebhookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateWebhookDialog)

public:
    DuplicateWebhookDialog(const Channex::Webhook &webhook,
                           const QList<Channex::PropertyOption> &properties,
                           QWidget *parent = nullptr);
    ~DuplicateWebhookDialog() override;

    // The ticked properties, in the order shown, with their names.
    QStringList selectedPropertyIds() const;
    QStringList selectedPropertyTitles() const;
    void setChecked(const QString &propertyId, bool checked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter(const QString &text);
    void setAllChecked(bool checked);
    void updateWidgets();

    std::unique_ptr<Ui::DuplicateWebhookDialog> m_ui;
    QString m_callbackUrl;
};

} // namespace Gui
