// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/deliveries/FireRequest.h"
#include "app/sandbox/deliveries/Sequences.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace Channex {
class AccountSession;
}
namespace Sandbox {
class SandboxServer;
namespace Deliveries {
class SequenceRunner;
}
} // namespace Sandbox

namespace Gui {

class MessageBanner;
class PayloadEdit;
class RecipientsList;

// Fire Event… on the sandbox connection: plays Channex and sends an event, or a sequence of them,
// to every webhook of the sandbox that listens for it. The person picks what to fire (one event,
// a duplicate, a booking's life, out-of-order ARI changes), the event and the hotel, and edits the
// documented sample's payload; the list below shows which webhooks receive it and with what
// (send_data, ARI filters, suppressed global webhooks). Fire sends; the Deliveries tab shows
// every attempt. Non-modal, deleted when closed.
class FireEventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FireEventDialog)

public:
    // Neither is owned; the session gives the hotels and the webhooks, the sandbox fires.
    FireEventDialog(Sandbox::SandboxServer *sandbox, Channex::AccountSession *session,
                    QWidget *parent = nullptr);
    ~FireEventDialog() override;

    void setKind(Sandbox::Deliveries::Sequences::Kind kind);
    void setEvent(const QString &event);
    void setPropertyId(const QString &propertyId);
    PayloadEdit *payloadEdit() const { return m_payload; }
    RecipientsList *recipients() const { return m_recipients; }
    QPushButton *fireButton() const { return m_fireButton; }
    MessageBanner *banner() const { return m_banner; }
    bool isFiring() const;

    // What Fire would send now; empty while something is wrong (see the field).
    QList<Sandbox::Deliveries::FireRequest> steps() const;
    // Fires (what the Fire button does); ignored while firing or invalid.
    void fire();

signals:
    // Every step was fired and accepted (the deliveries run on), or one was refused.
    void fired(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillEvents();
    void fillProperties();
    Sandbox::Deliveries::Sequences::Kind kind() const;
    QString event() const;
    QString propertyId() const;
    void sampleChanged();
    void showSteps();
    void updateWidgets();
    void stepAccepted(int index, const Sandbox::Deliveries::FireResult &result);
    void finished(bool ok, const QMap<QString, QStringList> &errors);

    Sandbox::SandboxServer *m_sandbox;
    QPointer<Channex::AccountSession> m_session;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_eventLabel;
    QComboBox *m_event;
    QLabel *m_eventDescription;
    QLabel *m_propertyLabel;
    QComboBox *m_property;
    QLabel *m_payloadLabel;
    PayloadEdit *m_payload;
    QPushButton *m_sampleButton;
    QLabel *m_recipientsLabel;
    RecipientsList *m_recipients;
    MessageBanner *m_banner;
    QPushButton *m_fireButton;
    QPushButton *m_closeButton;
    QPointer<Sandbox::Deliveries::SequenceRunner> m_runner;
    QList<Sandbox::Deliveries::FireRequest> m_fixedSteps; // the steps a fixed sequence shows
    QList<Sandbox::Deliveries::FireRequest> m_firing; // the steps of the last Fire
    int m_deliveries = 0;
    int m_suppressed = 0;
};

} // namespace Gui
