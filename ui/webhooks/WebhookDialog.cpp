// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/WebhookDialog.h"

#include "app/receiver/ReceiverController.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RememberedGeometry.h"
#include "ui_WebhookDialog.h"

#include <QCollator>
#include <QEvent>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>

using namespace Qt::StringLiterals;
using Channex::WebhookRules;

namespace Gui {

namespace {

constexpr int GlobalRole = Qt::UserRole + 1;

} // namespace

WebhookDialog::WebhookDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WebhookDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    // Two lines kept for the callback URL's message, shown or not, and no more (the longest the
    // rules write takes one or two at the dialog's usual width; its tooltip holds all of it).
    m_ui->callbackUrlMessage->setFixedHeight(2 * fontMetrics().lineSpacing());
    m_ui->callbackUrlMessage->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->headersEditor->setKind(WebhookRules::ListKind::Headers);
    m_ui->requestParamsEditor->setKind(WebhookRules::ListKind::RequestParams);

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(u"saveButton"_s);
    save->setDefault(true);
    // Return saves, wherever the focus went: a focused Cancel must not take the default (the
    // Test button, disabled while a test runs, hands its focus on to it).
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAutoDefault(false);

    m_ui->busyBar->hide();
    m_ui->testResultToggle->hide();
    m_ui->testResultView->hide();
    m_ui->webhookIdTitle->setVisible(mode == Mode::Edit);
    m_ui->webhookIdLabel->setVisible(mode == Mode::Edit);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &WebhookDialog::requestSave);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WebhookDialog::requestSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WebhookDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &WebhookDialog::requestTest);
    connect(m_ui->testResultToggle, &QToolButton::toggled, this,
            &WebhookDialog::setTestResultShown);

    connect(m_ui->callbackUrlEdit, &QLineEdit::textChanged, this,
            [this] { fieldEdited({Field::CallbackUrl}); });
    connect(m_ui->useLiveReceiverButton, &QPushButton::clicked, this,
            &WebhookDialog::useLiveReceiver);
    showLiveReceiverUrl();
    connect(m_ui->propertyCombo, &QComboBox::currentIndexChanged, this,
            [this] { fieldEdited({Field::Property}); });
    connect(m_ui->activeCheck, &QCheckBox::toggled, this, [this] { fieldEdited({}); });
    connect(m_ui->sendDataCheck, &QCheckBox::toggled, this, [this] { fieldEdited({}); });
    connect(m_ui->eventMaskEditor, &EventMaskEditor::maskChanged, this,
            [this] { fieldEdited({Field::EventMask}); });
    connect(m_ui->headersEditor, &KeyValueEditor::valuesChanged, this,
            [this] { fieldEdited({Field::Headers}); });
    connect(m_ui->requestParamsEditor, &KeyValueEditor::valuesChanged, this,
            [this] { fieldEdited({Field::RequestParams}); });

    Channex::Webhook fresh;
    fresh.isActive = true;
    fresh.sendData = true;
    setWebhook(fresh);
    m_storedBasis = false; // a new webhook: nothing of it is Channex's yet
    fill(m_initial);
    retranslate();
    rememberGeometry(this, Session::SettingsKeys::WebhookDialogGeometry);
}

WebhookDialog::~WebhookDialog() = default;

void WebhookDialog::setProperties(const QList<Channex::PropertyOption> &properties)
{
    const Channex::Webhook current = webhook();
    m_properties = properties;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(m_properties.begin(), m_properties.end(),
              [&collator](const auto &a, const auto &b) { return collator(a.title, b.title); });
    fillProperties(current.propertyId,
                   current.isGlobal && m_ui->propertyCombo->currentIndex() >= 0);
    updateWidgets();
}

void WebhookDialog::fillProperties(const QString &selectedId, bool global)
{
    QComboBox *combo = m_ui->propertyCombo;
    const QSignalBlocker blocker(combo);
    const bool wasFilling = std::exchange(m_filling, true);
    combo->clear();
    combo->addItem(tr("Global (all properties)"));
    combo->setItemData(0, true, GlobalRole);
    combo->setItemData(0, tr("Receives the events of every property of the account"),
                       Qt::ToolTipRole);
    combo->insertSeparator(1);
    int selected = global ? 0 : -1;
    for (const Channex::PropertyOption &property : std::as_const(m_properties)) {
        combo->addItem(property.title, property.id);
        combo->setItemData(combo->count() - 1, property.id, Qt::ToolTipRole);
        if (!global && property.id == selectedId)
            selected = combo->count() - 1;
    }
    if (!global && selected < 0 && !selectedId.isEmpty()) {
        // Not (yet) in the list: kept, so that saving does not move the webhook elsewhere.
        combo->addItem(tr("Property %1 (not in the property list)").arg(selectedId), selectedId);
        selected = combo->count() - 1;
    }
    combo->setCurrentIndex(selected);
    m_filling = wasFilling;
}

void WebhookDialog::setWebhook(const Channex::Webhook &webhook)
{
    m_initial = webhook;
    m_storedBasis = true;
    if (m_mode == Mode::Create) {
        // A duplicate is a new webhook: it has no id, and is not protected like its original.
        m_initial.id.clear();
        m_initial.isProtected = false;
    }
    m_serverDetails.clear();
    m_ui->errorBanner->hideMessage();
    fill(m_initial);
    updateWidgets();
}

void WebhookDialog::fill(const Channex::Webhook &webhook)
{
    const bool wasFilling = std::exchange(m_filling, true);
    m_ui->callbackUrlEdit->setText(webhook.callbackUrl);
    fillProperties(webhook.propertyId, webhook.isGlobal);
    m_ui->activeCheck->setChecked(webhook.isActive);
    m_ui->sendDataCheck->setChecked(webhook.sendData);
    m_ui->eventMaskEditor->setMask(webhook.eventMask);
    m_ui->headersEditor->setValues(webhook.headers, m_storedBasis);
    m_ui->requestParamsEditor->setValues(webhook.requestParams, m_storedBasis);
    m_ui->webhookIdLabel->setText(webhook.id);
    m_filling = wasFilling;
}

Channex::Webhook WebhookDialog::webhook() const
{
    Channex::Webhook w = m_initial;
    w.callbackUrl = m_ui->callbackUrlEdit->text();
    w.eventMask = m_ui->eventMaskEditor->mask();
    const QComboBox *combo = m_ui->propertyCombo;
    const int index = combo->currentIndex();
    w.isGlobal = index >= 0 && combo->itemData(index, GlobalRole).toBool();
    if (w.isGlobal) {
        if (!m_initial.isGlobal)
            w.propertyId.clear();
    } else {
        w.propertyId = index >= 0 ? combo->itemData(index).toString() : QString();
    }
    w.isActive = m_ui->activeCheck->isChecked();
    w.sendData = m_ui->sendDataCheck->isChecked();
    w.headers = m_ui->headersEditor->values();
    w.requestParams = m_ui->requestParamsEditor->values();
    return w;
}

bool WebhookDialog::isModified() const
{
    return webhook() != m_initial;
}

void WebhookDialog::setBusy(bool busy, const QString &what)
{
    if (busy && !m_busy)
        m_focusBeforeBusy = focusWidget(); // the Test or Save button, disabled while busy
    m_busy = busy;
    m_busyText = busy ? what : QString();
    m_ui->busyBar->setVisible(busy);
    updateWidgets();
    if (!busy && m_focusBeforeBusy && m_focusBeforeBusy->isEnabled())
        m_focusBeforeBusy->setFocus();
    if (!busy)
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
}

void WebhookDialog::showSaveError(const Channex::ApiError &error)
{
    setBusy(false);
    QStringList banner;
    if (error.kind == Channex::ApiError::Kind::Validation && !error.details.isEmpty()) {
        m_serverDetails.clear();
        for (auto it = error.details.cbegin(); it != error.details.cend(); ++it) {
            if (const std::optional<Field> field = WebhookRules::fieldOfDetail(it.key()))
                m_serverDetails[*field] << it.value();
            else if (it.key() == "base"_L1)
                banner << it.value();
            else
                for (const QString &message : it.value())
                    banner << u"%1: %2"_s.arg(it.key(), message);
        }
        // Bring the first refused list into view when the top fields are fine.
        const bool topField = m_serverDetails.contains(Field::CallbackUrl)
            || m_serverDetails.contains(Field::Property);
        if (!topField) {
            if (m_serverDetails.contains(Field::EventMask))
                m_ui->tabs->setCurrentWidget(m_ui->eventsTab);
            else if (m_serverDetails.contains(Field::Headers))
                m_ui->tabs->setCurrentWidget(m_ui->headersTab);
            else if (m_serverDetails.contains(Field::RequestParams))
                m_ui->tabs->setCurrentWidget(m_ui->requestParamsTab);
        }
        if (!banner.isEmpty())
            banner.prepend(tr("Channex did not save the webhook:"));
    } else {
        banner << tr("Channex did not save the webhook: %1.").arg(error.summary())
               << error.message();
    }
    m_ui->errorBanner->showMessage(banner.join(u'\n'));
    updateWidgets();
}

void WebhookDialog::showTestResult(const Channex::ApiResult<Channex::WebhookTestResult> &result)
{
    setBusy(false);
    m_ui->testResultView->setResult(result);
    setTestResultShown(true);
}

TestResultView *WebhookDialog::testResultView() const
{
    return m_ui->testResultView;
}

void WebhookDialog::setTestResultShown(bool shown)
{
    m_ui->testResultToggle->show();
    {
        const QSignalBlocker blocker(m_ui->testResultToggle);
        m_ui->testResultToggle->setChecked(shown);
    }
    m_ui->testResultToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->testResultView->setVisible(shown);
    retranslateTestResultToggle();
}

void WebhookDialog::retranslateTestResultToggle()
{
    m_ui->testResultToggle->setAccessibleName(
        m_ui->testResultToggle->isChecked() ? tr("Hide test result") : tr("Show test result"));
}

void WebhookDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    retranslate();
    // The button box hears the event after its dialog and gives its standard buttons their
    // standard texts again ("Save" without the mnemonic): ours go back on once it has.
    QMetaObject::invokeMethod(this, &WebhookDialog::retranslate, Qt::QueuedConnection);
}

// The texts set in code; the .ui texts come from retranslateUi().
void WebhookDialog::retranslate()
{
    setWindowTitle((m_mode == Mode::Create ? tr("New Webhook") : tr("Edit Webhook")) + u"[*]"_s);
    m_ui->propertyCombo->setPlaceholderText(tr("Choose a property…"));
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(tr("&Save"));
    save->setAccessibleName(tr("Save"));
    save->setToolTip(tr("Send these settings to Channex (Ctrl+Return)"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    retranslateTestResultToggle();
    showLiveReceiverUrl();
    setProperties(m_properties); // the "Global" entry, and updateWidgets() for tabs and hint
}

void WebhookDialog::useLiveReceiver()
{
    if (const QString url = liveReceiverUrl(); !url.isEmpty())
        m_ui->callbackUrlEdit->setText(url);
}

void WebhookDialog::setLiveReceiver(Receiver::ReceiverController *receiver)
{
    if (m_receiver)
        m_receiver->disconnect(this);
    m_receiver = receiver;
    if (m_receiver) {
        connect(m_receiver, &Receiver::ReceiverController::callbackUrlChanged, this,
                &WebhookDialog::showLiveReceiverUrl);
    }
    showLiveReceiverUrl();
}

QString WebhookDialog::liveReceiverUrl() const
{
    return m_receiver ? m_receiver->callbackUrl() : QString();
}

void WebhookDialog::showLiveReceiverUrl()
{
    const QString url = liveReceiverUrl();
    m_ui->useLiveReceiverButton->setEnabled(!url.isEmpty());
    m_ui->useLiveReceiverButton->setToolTip(
        url.isEmpty() ? tr("Start the receiver in the Live tab first; its URL then goes here.")
            : m_receiver->publicUrlProblem().isEmpty() || m_receiver->publicUrl().isEmpty()
            ? tr("Put %1 into Callback URL, so deliveries arrive in the Live tab").arg(url)
            : tr("Put the local URL %1 into Callback URL: the public URL of the Live tab is not "
                 "used (%2)")
                  .arg(url, m_receiver->publicUrlProblem()));
}

void WebhookDialog::requestSave()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return;
    m_serverDetails.clear();
    m_ui->errorBanner->hideMessage();
    updateWidgets();
    emit saveRequested(webhook());
}

void WebhookDialog::requestTest()
{
    if (!m_ui->testButton->isEnabled())
        return;
    m_ui->testResultView->setPending();
    setTestResultShown(true);
    emit testRequested(webhook());
}

void WebhookDialog::reject()
{
    if (isModified()) {
        MessageBox::Request request;
        request.icon = QMessageBox::Question;
        request.title = tr("Discard Changes");
        request.text = m_mode == Mode::Create ? tr("Discard this new webhook?")
                                              : tr("Discard your changes to this webhook?");
        request.informativeText = tr("What you entered has not been saved to Channex.");
        request.buttons = QMessageBox::Discard | QMessageBox::Cancel;
        request.defaultButton = QMessageBox::Cancel;
        request.buttonTexts
            = {{QMessageBox::Discard, tr("Discard")}, {QMessageBox::Cancel, tr("Keep Editing")}};
        if (MessageBox::ask(this, request) != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace Gui
