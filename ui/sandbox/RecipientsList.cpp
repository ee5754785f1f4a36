// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sandbox/RecipientsList.h"

#include "app/payloads/FilledSample.h"
#include "app/sandbox/deliveries/Routing.h"
#include "ui/common/StatusColours.h"

#include <QEvent>
#include <QHeaderView>

namespace Gui {

using namespace Sandbox::Deliveries;

namespace {

QString urlOf(const QList<Channex::Webhook> &webhooks, const QString &id)
{
    for (const Channex::Webhook &webhook : webhooks) {
        if (webhook.id == id)
            return webhook.callbackUrl;
    }
    return id;
}

QString receives(const Recipient &recipient)
{
    if (!recipient.webhook.sendData)
        return RecipientsList::tr("the event without its payload (send_data is off)");
    if (recipient.recordsTotal > 0 && recipient.recordsKept < recipient.recordsTotal)
        return RecipientsList::tr("%1 of %n ARI record(s), as its filter asks", nullptr,
                                  recipient.recordsTotal)
            .arg(recipient.recordsKept);
    if (recipient.payload.isUndefined())
        return RecipientsList::tr("the event (Channex documents no payload for it)");
    return RecipientsList::tr("the event with its payload");
}

} // namespace

RecipientsList::RecipientsList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("recipientsList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setColumnCount(3);
    header()->setStretchLastSection(true);
    retranslate();
}

void RecipientsList::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RecipientsList::retranslate()
{
    setHeaderLabels({tr("Event"), tr("Webhook"), tr("Receives")});
    setAccessibleName(tr("Webhooks that receive it"));
    showFor(m_webhooks, m_steps);
}

void RecipientsList::showFor(const QList<Channex::Webhook> &webhooks,
                             const QList<FireRequest> &steps)
{
    m_webhooks = webhooks;
    m_steps = steps;
    clear();
    m_recipients = 0;
    QStringList seen;
    for (const FireRequest &step : steps) {
        // One row set per event: a duplicate or a sequence repeats its events.
        if (seen.contains(step.event))
            continue;
        seen << step.event;
        const QJsonValue payload = step.payload
            ? *step.payload
            : Payloads::FilledSample::payload(step.event, step.propertyId);
        const Routing routing = route(webhooks, step.event, step.propertyId, payload);
        for (const Recipient &recipient : routing.recipients) {
            ++m_recipients;
            addTopLevelItem(new QTreeWidgetItem(
                {step.event, recipient.webhook.callbackUrl, receives(recipient)}));
        }
        for (const Suppression &suppressed : routing.suppressed) {
            auto *item = new QTreeWidgetItem(
                {step.event, urlOf(webhooks, suppressed.webhookId),
                 tr("nothing: a global webhook, kept out by this hotel's own webhook %1")
                     .arg(urlOf(webhooks, suppressed.becauseOf))});
            item->setForeground(2, toneColour(Tone::Warning, palette()));
            addTopLevelItem(item);
        }
        if (routing.recipients.isEmpty() && routing.suppressed.isEmpty()) {
            auto *item = new QTreeWidgetItem(
                {step.event, QString(),
                 tr("No active webhook of this hotel or global one listens for it.")});
            item->setForeground(2, toneColour(Tone::Warning, palette()));
            addTopLevelItem(item);
        }
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    setColumnWidth(1, std::min(columnWidth(1), 360));
}

} // namespace Gui
