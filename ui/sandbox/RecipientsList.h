// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"
#include "app/sandbox/deliveries/FireRequest.h"

#include <QTreeWidget>

namespace Gui {

// Which webhooks a fire will reach, before it is fired: per event of the steps, each webhook that
// receives it and what its body carries (the payload, none because send_data is off, only some
// ARI records), and each global webhook a property webhook keeps out. The same Routing the
// sandbox applies, on the rows the window shows.
class RecipientsList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientsList)

public:
    explicit RecipientsList(QWidget *parent = nullptr);

    // `steps` as they would be fired at `webhooks`.
    void showFor(const QList<Channex::Webhook> &webhooks,
                 const QList<Sandbox::Deliveries::FireRequest> &steps);
    // Rows that receive (not suppressed), over all events.
    int recipientCount() const { return m_recipients; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<Channex::Webhook> m_webhooks;
    QList<Sandbox::Deliveries::FireRequest> m_steps;
    int m_recipients = 0;
};

} // namespace Gui
