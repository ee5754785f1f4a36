// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/ReceiverBar.h"

#include "app/capture/CaptureStore.h"
#include "app/http/HttpToken.h"
#include "app/receiver/ReceiverController.h"
#include "app/receiver/rules/ResponseRules.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/RevealToggle.h"
#include "ui/common/StatusColours.h"
#include "ui/live/RetentionEditor.h"
#include "ui/live/answers/AnswersDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui {

namespace {

// Item data of the bind address combo.
const QString Loopback = QStringLiteral("127.0.0.1");
const QString AnyIPv4 = QStringLiteral("0.0.0.0");
const QString AnyIPv6 = QStringLiteral("::");

MessageBanner *banner(const QString &objectName, QWidget *parent)
{
    auto *banner = new MessageBanner(parent);
    banner->setObjectName(objectName);
    return banner;
}

} // namespace

ReceiverBar::ReceiverBar(Receiver::ReceiverController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_startButton(new QPushButton(this)),
      m_addressLabel(new QLabel(this)), m_addressCombo(new QComboBox(this)),
      m_portLabel(new QLabel(this)), m_portSpin(new QSpinBox(this)),
      m_localUrlLabel(new QLabel(this)), m_localUrlEdit(new QLineEdit(this)),
      m_copyButton(new QPushButton(this)), m_publicUrlLabel(new QLabel(this)),
      m_publicUrlEdit(new QLineEdit(this)), m_secretNameLabel(new QLabel(this)),
      m_secretNameEdit(new QLineEdit(this)), m_secretValueLabel(new QLabel(this)),
      m_secretValueEdit(new QLineEdit(this)), m_answersButton(new QPushButton(this)),
      m_answersSummary(new QLabel(this)), m_retention(new RetentionEditor(controller, this)),
      m_addressWarning(banner(QStringLiteral("bindAddressWarning"), this)),
      m_secretProblem(banner(QStringLiteral("secretHeaderProblem"), this)),
      m_publicUrlProblem(banner(QStringLiteral("publicUrlProblem"), this)),
      m_errorBanner(banner(QStringLiteral("receiverErrorBanner"), this)),
      m_storeBanner(banner(QStringLiteral("captureStoreBanner"), this))
{
    setObjectName(QStringLiteral("receiverBar"));
    m_startButton->setObjectName(QStringLiteral("receiverStartButton"));
    m_addressCombo->setObjectName(QStringLiteral("receiverAddressCombo"));
    m_addressLabel->setBuddy(m_addressCombo);
    // Long item texts ("127.0.0.1 (this computer only)", translated) must not widen the window.
    m_addressCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addressCombo->setMinimumContentsLength(14);
    m_portSpin->setObjectName(QStringLiteral("receiverPortSpin"));
    m_portSpin->setRange(0, 65535);
    m_portLabel->setBuddy(m_portSpin);
    m_localUrlEdit->setObjectName(QStringLiteral("receiverLocalUrlEdit"));
    m_localUrlEdit->setReadOnly(true);
    m_localUrlEdit->setMinimumWidth(120);
    m_localUrlLabel->setBuddy(m_localUrlEdit);
    m_copyButton->setObjectName(QStringLiteral("copyReceiverUrlButton"));
    m_publicUrlEdit->setObjectName(QStringLiteral("receiverPublicUrlEdit"));
    m_publicUrlEdit->setClearButtonEnabled(true);
    m_publicUrlEdit->setMinimumWidth(110);
    m_publicUrlLabel->setBuddy(m_publicUrlEdit);
    m_secretNameEdit->setObjectName(QStringLiteral("secretHeaderNameEdit"));
    m_secretNameLabel->setBuddy(m_secretNameEdit);
    m_secretValueEdit->setObjectName(QStringLiteral("secretHeaderValueEdit"));
    m_secretValueEdit->setEchoMode(QLineEdit::Password);
    m_secretValueLabel->setBuddy(m_secretValueEdit);
    addRevealToggle(m_secretValueEdit, RevealSubject::Secret);
    m_answersButton->setObjectName(QStringLiteral("answersButton"));
    m_answersSummary->setObjectName(QStringLiteral("answersSummary"));

    // Three short rows rather than two long ones: the panel fits an 800 px wide window.
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_startButton);
    row1->addWidget(m_addressLabel);
    row1->addWidget(m_addressCombo, 1);
    row1->addWidget(m_portLabel);
    row1->addWidget(m_portSpin);
    row1->addSpacing(8);
    row1->addWidget(m_localUrlLabel);
    row1->addWidget(m_localUrlEdit, 2);
    row1->addWidget(m_copyButton);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_publicUrlLabel);
    row2->addWidget(m_publicUrlEdit, 1);
    row2->addSpacing(8);
    row2->addWidget(m_retention);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_secretNameLabel);
    row3->addWidget(m_secretNameEdit, 1);
    row3->addWidget(m_secretValueLabel);
    row3->addWidget(m_secretValueEdit, 1);
    row3->addSpacing(8);
    row3->addWidget(m_answersButton);
    row3->addWidget(m_answersSummary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addLayout(row3);
    layout->addWidget(m_publicUrlProblem);
    layout->addWidget(m_secretProblem);
    layout->addWidget(m_addressWarning);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_storeBanner);

    retranslate();
    showOptions();

    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (m_controller->isRunning())
            m_controller->stop();
        else
            m_controller->start();
    });
    connect(m_answersButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new AnswersDialog(m_controller, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_localUrlEdit->text()); });
    connect(m_addressCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_controller->setAddress(QHostAddress(m_addressCombo->currentData().toString()));
    });
    connect(m_portSpin, &QSpinBox::valueChanged, this,
            [this](int port) { m_controller->setPort(quint16(port)); });
    connect(m_publicUrlEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_controller->setPublicUrl(text); });
    // The name applies when editing is done: a receiver running with a check stops when the name
    // becomes one no request can carry, which must not happen at every keystroke. Until then the
    // field says what is wrong with what is typed.
    connect(m_secretNameEdit, &QLineEdit::textChanged, this, &ReceiverBar::showSecretNameProblem);
    connect(m_secretNameEdit, &QLineEdit::editingFinished, this,
            [this] { m_controller->setSecretHeaderName(m_secretNameEdit->text()); });
    connect(m_secretValueEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_controller->setSecretValue(text.toUtf8()); });
    connect(m_secretValueEdit, &QLineEdit::editingFinished, m_controller,
            &Receiver::ReceiverController::saveSecretValue);
    connect(m_controller, &Receiver::ReceiverController::optionsChanged, this,
            &ReceiverBar::showOptions);
    connect(m_controller, &Receiver::ReceiverController::runningChanged, this,
            &ReceiverBar::updateWidgets);
    connect(m_controller, &Receiver::ReceiverController::errorChanged, this,
            [this](const QString &error) { m_errorBanner->showMessage(error); });
    if (Capture::CaptureStore *store = m_controller->store()) {
        connect(store, &Capture::CaptureStore::writeFailed, this, [this](const QString &error) {
            m_storeError = error;
            retranslate();
        });
        connect(store, &Capture::CaptureStore::writeRecovered, this, [this] {
            m_storeError.clear();
            retranslate();
        });
        // A shared store out of reach: what the list shows stays, new captures wait.
        connect(store, &Capture::CaptureStore::followLost, this, [this](const QString &error) {
            m_followError = error;
            retranslate();
        });
        connect(store, &Capture::CaptureStore::followRegained, this, [this] {
            m_followError.clear();
            retranslate();
        });
        m_followError = store->followLostError(); // lost before this bar was made
        if (!m_followError.isEmpty())
            retranslate();
    }
    m_errorBanner->showMessage(m_controller->errorString());
}

ReceiverBar::~ReceiverBar() = default;

void ReceiverBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ReceiverBar::retranslate()
{
    m_addressLabel->setText(tr("&Address:"));
    {
        const QSignalBlocker blocker(m_addressCombo);
        const QString current = m_addressCombo->currentData().toString();
        m_addressCombo->clear();
        m_addressCombo->addItem(tr("127.0.0.1 (this computer only)"), Loopback);
        m_addressCombo->addItem(tr("0.0.0.0 (every IPv4 network)"), AnyIPv4);
        m_addressCombo->addItem(tr(":: (every network)"), AnyIPv6);
        m_addressCombo->setCurrentIndex(std::max(0, m_addressCombo->findData(current)));
    }
    m_addressCombo->setAccessibleName(tr("Bind address"));
    m_addressCombo->setToolTip(tr("Where the receiver listens. Only 127.0.0.1 keeps other "
                                  "machines out."));
    m_portLabel->setText(tr("P&ort:"));
    m_portSpin->setAccessibleName(tr("Receiver port"));
    m_portSpin->setSpecialValueText(tr("any free"));
    m_portSpin->setToolTip(tr("The TCP port to listen on; \"any free\" lets the system pick one"));
    m_localUrlLabel->setText(tr("Local URL:"));
    m_localUrlEdit->setAccessibleName(tr("Local receiver URL"));
    m_localUrlEdit->setPlaceholderText(tr("Start the receiver to get its URL"));
    m_copyButton->setText(tr("Cop&y"));
    m_copyButton->setAccessibleName(tr("Copy local URL"));
    m_copyButton->setToolTip(tr("Copy the receiver's local URL to the clipboard"));
    m_publicUrlLabel->setText(tr("P&ublic URL:"));
    m_publicUrlEdit->setAccessibleName(tr("Public URL"));
    m_publicUrlEdit->setPlaceholderText(tr("https://… of a tunnel you run (optional)"));
    showPublicUrlProblem();
    m_secretNameLabel->setText(tr("Secre&t header:"));
    m_secretNameEdit->setAccessibleName(tr("Secret header name"));
    m_secretNameEdit->setPlaceholderText(tr("e.g. X-Channex-Webhook-Secret (empty: no check)"));
    m_secretNameEdit->setToolTip(tr("With a name and a value set, requests without this header "
                                    "and value are answered 401, flagged and still captured"));
    showSecretNameProblem();
    m_secretValueLabel->setText(tr("Va&lue:"));
    m_secretValueEdit->setAccessibleName(tr("Expected secret value"));
    m_secretValueEdit->setToolTip(m_controller->keepsSecretInKeychain()
                                      ? tr("Kept in the keychain, never in the settings")
                                      : tr("Kept until the console quits"));
    m_answersButton->setText(tr("A&nswers…"));
    m_answersButton->setAccessibleName(tr("Answers: response rules and forwarding"));
    m_answersButton->setToolTip(
        tr("Answer like the endpoint you are building: response rules "
           "(a 503 three times, a slow answer) and forwarding to your app"));
    showAnswers();
    if (!m_storeError.isEmpty())
        m_storeBanner->showMessage(
            tr("Captures cannot be saved: %1 — requests are answered 503 until this is fixed.")
                .arg(m_storeError));
    else
        m_storeBanner->showMessage(m_followError); // empty: hidden
    updateWidgets();
}

// The controller's options in the fields, without echoing them back as edits.
void ReceiverBar::showOptions()
{
    {
        const QSignalBlocker blocker(m_addressCombo);
        m_addressCombo->setCurrentIndex(
            std::max(0, m_addressCombo->findData(m_controller->address().toString())));
    }
    {
        const QSignalBlocker blocker(m_portSpin);
        m_portSpin->setValue(m_controller->port());
    }
    if (m_publicUrlEdit->text().trimmed() != m_controller->publicUrl()) {
        const QSignalBlocker blocker(m_publicUrlEdit);
        m_publicUrlEdit->setText(m_controller->publicUrl());
    }
    if (!m_secretNameEdit->hasFocus()
        && m_secretNameEdit->text().trimmed() != m_controller->secretHeaderName()) {
        m_secretNameEdit->setText(m_controller->secretHeaderName());
    }
    if (m_secretValueEdit->text().toUtf8() != m_controller->secretValue()) {
        const QSignalBlocker blocker(m_secretValueEdit);
        m_secretValueEdit->setText(QString::fromUtf8(m_controller->secretValue()));
    }
    showPublicUrlProblem();
    showSecretNameProblem();
    showAnswers();
    updateWidgets();
}

// Beside the Answers button, what answers requests now: the default, rules, forwarding.
void ReceiverBar::showAnswers()
{
    const int rules = int(m_controller->rules().size());
    const bool forwarding = m_controller->isForwarding();
    QString summary;
    if (rules > 0 && forwarding)
        summary = tr("%n rule(s), then forwarded", nullptr, rules);
    else if (rules > 0)
        summary = tr("%n rule(s), then 200", nullptr, rules);
    else if (forwarding)
        summary = tr("forwarded to %1").arg(m_controller->forwardUrl().authority());
    else
        summary = tr("200 to every request");
    m_answersSummary->setText(summary);
    m_answersSummary->setAccessibleName(tr("How requests are answered: %1").arg(summary));
}

void ReceiverBar::updateWidgets()
{
    const bool running = m_controller->isRunning();
    m_startButton->setText(running ? tr("Stop rece&iver") : tr("Start rece&iver"));
    m_startButton->setAccessibleName(running ? tr("Stop receiver") : tr("Start receiver"));
    m_startButton->setToolTip(running ? tr("Stop listening; the captures are kept")
                                      : tr("Listen for webhook deliveries on the address and "
                                           "port shown"));
    m_addressCombo->setEnabled(!running);
    m_portSpin->setEnabled(!running);
    m_localUrlEdit->setText(running ? m_controller->localUrl().toString() : QString());
    m_copyButton->setEnabled(running);
    m_addressWarning->showMessage(
        m_addressCombo->currentData().toString() == Loopback
            ? QString()
            : tr("Other machines on your networks can send requests to the receiver on this "
                 "address."),
        Tone::Warning);
}

void ReceiverBar::showPublicUrlProblem()
{
    const QString problem = m_controller->publicUrlProblem();
    setTone(m_publicUrlEdit, problem.isEmpty() ? Tone::Normal : Tone::Error);
    m_publicUrlEdit->setToolTip(
        problem.isEmpty()
            ? tr("The address Channex can reach, such as an ngrok or cloudflared tunnel to the "
                 "local URL. \"Use live receiver\" puts it into callback URLs when set.")
            : tr("Not used: %1 \"Use live receiver\" puts the local URL in its place.")
                  .arg(problem));
    // In words under the fields too: a red field alone went unnoticed.
    if (problem.isEmpty())
        m_publicUrlProblem->hideMessage();
    else
        m_publicUrlProblem->showMessage(
            tr("The public URL is not used: %1 \"Use live receiver\" puts the local URL, which "
               "Channex cannot reach from the internet, in its place.")
                .arg(problem),
            Tone::Warning);
}

// In words under the fields, from what is typed: a name no request can carry, or a check that
// is off because no value is set.
void ReceiverBar::showSecretNameProblem()
{
    const QString name = m_secretNameEdit->text().trimmed();
    const QString problem = name.isEmpty() ? QString() : Http::HttpToken::headerNameProblem(name);
    setTone(m_secretNameEdit, problem.isEmpty() ? Tone::Normal : Tone::Error);
    if (!problem.isEmpty()) {
        m_secretProblem->showMessage(
            tr("No secret check: %1 The receiver does not run until the name is corrected or "
               "cleared.")
                .arg(problem),
            Tone::Error);
    } else if (!name.isEmpty() && m_secretValueEdit->text().isEmpty()) {
        m_secretProblem->showMessage(tr("No secret check yet: enter the value the %1 header "
                                        "must carry. Until then every request is answered 200.")
                                         .arg(name),
                                     Tone::Warning);
    } else {
        m_secretProblem->hideMessage();
    }
}

QString ReceiverBar::errorText() const
{
    return m_errorBanner->isHidden() ? QString() : m_errorBanner->text();
}

} // namespace Gui
