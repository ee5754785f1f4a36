// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sandbox/FireEventDialog.h"

#include "app/channex/AccountSession.h"
#include "app/channex/PropertyDirectory.h"
#include "app/channex/WebhookCollection.h"
#include "app/payloads/EventCatalog.h"
#include "app/payloads/FilledSample.h"
#include "app/sandbox/SandboxServer.h"
#include "app/sandbox/deliveries/SequenceRunner.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/sandbox/PayloadEdit.h"
#include "ui/sandbox/RecipientsList.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

using namespace Sandbox::Deliveries;

namespace {

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return FireEventDialog::tr("(no payload: Channex documents none for this event)");
}

// A fixed sequence's steps as the read-only field shows them.
QString describeSteps(const QList<FireRequest> &steps)
{
    QString text;
    for (int i = 0; i < steps.size(); ++i) {
        const FireRequest &step = steps.at(i);
        text += FireEventDialog::tr("%1. %2 at %3").arg(i + 1).arg(step.event, step.timestamp)
            + QLatin1Char('\n') + QStringLiteral("   ")
            + compactJson(step.payload.value_or(QJsonValue(QJsonValue::Undefined)))
            + QLatin1Char('\n');
    }
    return text.trimmed();
}

// The refusal's details in one sentence: "event is not one of …; property_id does not exist".
QString refusal(const QMap<QString, QStringList> &errors)
{
    QStringList parts;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        for (const QString &message : it.value())
            parts << it.key() + QLatin1Char(' ') + message;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

FireEventDialog::FireEventDialog(Sandbox::SandboxServer *sandbox, Channex::AccountSession *session,
                                 QWidget *parent)
    : QDialog(parent), m_sandbox(sandbox), m_session(session), m_kindLabel(new QLabel(this)),
      m_kind(new QComboBox(this)), m_eventLabel(new QLabel(this)), m_event(new QComboBox(this)),
      m_eventDescription(new QLabel(this)), m_propertyLabel(new QLabel(this)),
      m_property(new QComboBox(this)), m_payloadLabel(new QLabel(this)),
      m_payload(new PayloadEdit(this)), m_sampleButton(new QPushButton(this)),
      m_recipientsLabel(new QLabel(this)), m_recipients(new RecipientsList(this)),
      m_banner(new MessageBanner(this)), m_fireButton(new QPushButton(this)),
      m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("fireEventDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    m_kind->setObjectName(QStringLiteral("sequenceCombo"));
    m_event->setObjectName(QStringLiteral("eventCombo"));
    m_property->setObjectName(QStringLiteral("propertyCombo"));
    m_eventDescription->setObjectName(QStringLiteral("eventDescriptionLabel"));
    m_eventDescription->setWordWrap(true);
    m_sampleButton->setObjectName(QStringLiteral("sampleButton"));
    m_banner->setObjectName(QStringLiteral("fireBanner"));
    m_fireButton->setObjectName(QStringLiteral("fireButton"));
    m_fireButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    for (QLabel *label :
         {m_kindLabel, m_eventLabel, m_propertyLabel, m_payloadLabel, m_recipientsLabel})
        label->setObjectName(QStringLiteral("fireFormLabel"));
    m_kindLabel->setBuddy(m_kind);
    m_eventLabel->setBuddy(m_event);
    m_propertyLabel->setBuddy(m_property);
    m_payloadLabel->setBuddy(m_payload->editor());
    m_recipientsLabel->setBuddy(m_recipients);

    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_eventLabel, m_event);
    form->addRow(QString(), m_eventDescription);
    form->addRow(m_propertyLabel, m_property);
    auto *payloadHeader = new QHBoxLayout;
    payloadHeader->addWidget(m_payloadLabel, 1);
    payloadHeader->addWidget(m_sampleButton);
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("fireButtons"));
    buttons->addButton(m_fireButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(payloadHeader);
    layout->addWidget(m_payload, 3);
    layout->addWidget(m_recipientsLabel);
    layout->addWidget(m_recipients, 2);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);

    fillEvents();
    fillProperties();
    retranslate();
    resize(760, 640);
    rememberGeometry(this, Session::SettingsKeys::FireEventDialogGeometry);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        sampleChanged();
        updateWidgets();
    });
    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        m_payload->setPayload({}); // a new event starts from its own sample
        sampleChanged();
    });
    connect(m_property, &QComboBox::currentIndexChanged, this, &FireEventDialog::sampleChanged);
    connect(m_sampleButton, &QPushButton::clicked, this, [this] {
        m_payload->setPayload({});
        sampleChanged();
    });
    connect(m_payload, &PayloadEdit::payloadChanged, this, [this] {
        showSteps();
        updateWidgets();
    });
    connect(m_fireButton, &QPushButton::clicked, this, &FireEventDialog::fire);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    if (m_session) {
        connect(m_session->properties(), &Channex::PropertyDirectory::changed, this,
                &FireEventDialog::fillProperties);
        connect(m_session->collection(), &Channex::WebhookCollection::rowChanged, this,
                &FireEventDialog::showSteps);
    }
    sampleChanged();
    updateWidgets();
}

FireEventDialog::~FireEventDialog() = default;

void FireEventDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FireEventDialog::retranslate()
{
    setWindowTitle(tr("Fire Event"));
    m_kindLabel->setText(tr("&Fire:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, Sequences::title(Sequences::Kind(m_kind->itemData(i).toInt())));
    m_kind->setAccessibleName(tr("What to fire"));
    m_eventLabel->setText(tr("&Event:"));
    m_event->setAccessibleName(tr("Event"));
    m_eventDescription->setText(Payloads::EventCatalog::description(event()));
    m_propertyLabel->setText(tr("&Hotel:"));
    m_property->setAccessibleName(tr("Hotel"));
    m_payloadLabel->setText(tr("&Payload (the documented sample, filled in for this hotel):"));
    m_payload->editor()->setAccessibleName(tr("Payload"));
    m_payload->editor()->setPlaceholderText(
        tr("No payload: Channex documents this event without data. Type JSON here to send one."));
    m_sampleButton->setText(tr("&Sample"));
    m_sampleButton->setAccessibleName(tr("Sample"));
    m_sampleButton->setToolTip(tr("Put the documented sample back, with fresh ids"));
    m_recipientsLabel->setText(tr("&Webhooks that receive it (as each one's send_data and ARI "
                                  "filter say):"));
    m_fireButton->setText(tr("F&ire"));
    m_fireButton->setAccessibleName(tr("Fire"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    for (int i = 0; i < m_event->count(); ++i)
        m_event->setItemData(i, Payloads::EventCatalog::description(m_event->itemText(i)),
                             Qt::ToolTipRole);
}

void FireEventDialog::fillEvents()
{
    for (const Sequences::Kind kind : Sequences::kinds())
        m_kind->addItem(Sequences::title(kind), int(kind));
    for (const Payloads::EventInfo &info : Payloads::EventCatalog::events())
        m_event->addItem(info.name);
    // A new booking first, what an integrator tries first; the catalogue's first, ari, reaches
    // none of the demo account's webhooks, so a first Fire delivered nothing.
    m_event->setCurrentIndex(std::max(0, m_event->findText(QStringLiteral("booking_new"))));
}

void FireEventDialog::fillProperties()
{
    const QString current = propertyId();
    const QSignalBlocker blocker(m_property);
    m_property->clear();
    if (m_session) {
        for (const Channex::PropertyOption &property : m_session->properties()->properties())
            m_property->addItem(property.title, property.id);
    }
    const int index = m_property->findData(current);
    m_property->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0)
        sampleChanged();
}

void FireEventDialog::setKind(Sequences::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void FireEventDialog::setEvent(const QString &event)
{
    m_event->setCurrentIndex(m_event->findText(event));
}

void FireEventDialog::setPropertyId(const QString &propertyId)
{
    m_property->setCurrentIndex(m_property->findData(propertyId));
}

Sequences::Kind FireEventDialog::kind() const
{
    return Sequences::Kind(m_kind->currentData().toInt());
}

QString FireEventDialog::event() const
{
    return m_event->currentText();
}

QString FireEventDialog::propertyId() const
{
    return m_property->currentData().toString();
}

bool FireEventDialog::isFiring() const
{
    return m_runner && m_runner->isRunning();
}

void FireEventDialog::sampleChanged()
{
    m_eventDescription->setText(Payloads::EventCatalog::description(event()));
    if (Sequences::takesEvent(kind())) {
        // The person's own payload stays when only the hotel changes.
        if (!m_payload->isEdited() || m_payload->isReadOnly())
            m_payload->setPayload(Payloads::FilledSample::payload(event(), propertyId()));
        m_fixedSteps.clear();
    } else {
        m_fixedSteps = Sequences::steps(kind(), {event(), propertyId(), {}, {}},
                                        QDateTime::currentDateTimeUtc());
        m_payload->showReadOnly(describeSteps(m_fixedSteps));
    }
    showSteps();
}

QList<FireRequest> FireEventDialog::steps() const
{
    if (propertyId().isEmpty())
        return {};
    if (!Sequences::takesEvent(kind()))
        return m_fixedSteps;
    const std::optional<QJsonValue> payload = m_payload->payload();
    if (!payload)
        return {};
    return Sequences::steps(kind(), {event(), propertyId(), *payload, {}},
                            QDateTime::currentDateTimeUtc());
}

void FireEventDialog::showSteps()
{
    m_recipients->showFor(m_session ? m_session->collection()->all() : QList<Channex::Webhook>(),
                          steps());
}

void FireEventDialog::updateWidgets()
{
    const bool firing = isFiring();
    const bool takesEvent = Sequences::takesEvent(kind());
    m_event->setEnabled(takesEvent && !firing);
    m_eventLabel->setEnabled(takesEvent);
    m_eventDescription->setVisible(takesEvent);
    m_sampleButton->setEnabled(takesEvent && !firing);
    m_kind->setEnabled(!firing);
    m_property->setEnabled(!firing);
    m_payload->editor()->setEnabled(!firing);
    m_fireButton->setEnabled(!firing && m_session && !steps().isEmpty());
    if (!m_session)
        m_banner->showMessage(tr("Open the built-in sandbox connection to fire events."),
                              Tone::Warning);
}

void FireEventDialog::fire()
{
    if (isFiring() || !m_session)
        return;
    if (!Sequences::takesEvent(kind())) {
        // Stamped now: what the field shows is what is sent.
        m_fixedSteps = Sequences::steps(kind(), {event(), propertyId(), {}, {}},
                                        QDateTime::currentDateTimeUtc());
        m_payload->showReadOnly(describeSteps(m_fixedSteps));
    }
    const QList<FireRequest> toFire = steps();
    if (toFire.isEmpty())
        return;
    m_firing = toFire;
    m_deliveries = 0;
    m_suppressed = 0;
    delete m_runner;
    m_runner = new SequenceRunner(m_sandbox, toFire, this);
    connect(m_runner, &SequenceRunner::stepAccepted, this, &FireEventDialog::stepAccepted);
    connect(m_runner, &SequenceRunner::finished, this, &FireEventDialog::finished);
    m_banner->showMessage(tr("Firing %1…").arg(toFire.constFirst().event), Tone::Normal);
    m_runner->start();
    updateWidgets();
}

void FireEventDialog::stepAccepted(int index, const FireResult &result)
{
    m_deliveries += int(result.deliveries.size());
    m_suppressed += int(result.suppressed.size());
    const int count = int(m_firing.size());
    if (index + 1 < count) {
        m_banner->showMessage(tr("Fired %1 of %2; %3 follows once its first attempts ended…")
                                  .arg(index + 1)
                                  .arg(count)
                                  .arg(m_firing.at(index + 1).event),
                              Tone::Normal);
    }
}

void FireEventDialog::finished(bool ok, const QMap<QString, QStringList> &errors)
{
    const int count = int(m_firing.size());
    if (ok) {
        QString text = count == 1
            ? tr("Fired %1: %n delivery(ies) started.", nullptr, m_deliveries)
                  .arg(m_firing.constFirst().event)
            : tr("Fired %1 events: %n delivery(ies) started.", nullptr, m_deliveries).arg(count);
        if (m_suppressed > 0)
            text += QLatin1Char(' ')
                + tr("%n global webhook(s) kept out by a hotel's own webhook.", nullptr,
                     m_suppressed);
        text += QLatin1Char(' ') + tr("The Deliveries tab shows every attempt.");
        m_banner->showMessage(text, Tone::Success);
    } else {
        m_banner->showMessage(tr("The sandbox refused it: %1.").arg(refusal(errors)));
    }
    updateWidgets();
    emit fired(ok);
}

} // namespace Gui
