// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/ReplayDialog.h"

#include "app/delivery/HttpDelivery.h"
#include "app/handoff/RecordText.h"
#include "app/http/HttpResponse.h"
#include "app/http/HttpToken.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/common/StatusColours.h"
#include "ui/common/TestResultView.h"
#include "ui_ReplayDialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Binary bytes as a hex dump: offset, 16 bytes, the printable ones beside.
QString hexDump(const QByteArray &bytes)
{
    QString text;
    for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
        const QByteArray line = bytes.mid(offset, 16);
        QString printable;
        for (const char c : line)
            printable += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : u'.';
        text += u"%1  %2  %3\n"_s.arg(qlonglong(offset), 8, 16, QChar(u'0'))
                    .arg(QString::fromLatin1(line.toHex(' ')), -47)
                    .arg(printable);
    }
    return text;
}

bool isBinary(const QByteArray &bytes)
{
    return bytes.contains('\0') || !Handoff::isUtf8(bytes);
}

const QStringList &commonMethods()
{
    static const QStringList methods {u"POST"_s,   u"PUT"_s,  u"PATCH"_s,  u"GET"_s,
                                      u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s};
    return methods;
}

} // namespace

ReplayDialog::ReplayDialog(const Capture::CaptureRecord &record, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReplayDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    m_ui->headersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    const QString lastUrl
        = QSettings().value(Session::SettingsKeys::ReplayLastTargetUrl).toString();
    const Handoff::ReplayRequest replay
        = Handoff::replayRequest(record, QUrl(lastUrl, QUrl::StrictMode));
    m_ui->targetUrlEdit->setText(replay.url.toString());
    m_ui->methodCombo->addItems(commonMethods());
    m_ui->methodCombo->setCurrentText(QString::fromLatin1(replay.method));
    setHeaders(replay.headers);
    m_binary = isBinary(replay.body);
    if (m_binary) {
        m_binaryBody = replay.body;
        m_ui->bodyEdit->setPlainText(hexDump(replay.body));
        m_ui->bodyEdit->setReadOnly(true);
    } else {
        m_ui->bodyEdit->setPlainText(QString::fromUtf8(replay.body));
    }
    m_ui->binaryNote->setVisible(m_binary);
    m_ui->answerGroup->setEnabled(false);

    retranslate();
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ReplayDialog::send);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ReplayDialog::send);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, &ReplayDialog::addHeader);
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this,
            &ReplayDialog::removeSelectedHeaders);
    connect(m_ui->targetUrlEdit, &QLineEdit::textChanged, this, &ReplayDialog::updateWidgets);
    connect(m_ui->methodCombo, &QComboBox::currentTextChanged, this, &ReplayDialog::updateWidgets);
    connect(m_ui->headersTable, &QTableWidget::itemChanged, this, &ReplayDialog::updateWidgets);
    connect(m_ui->headersTable, &QTableWidget::itemSelectionChanged, this,
            &ReplayDialog::updateWidgets);
    rememberGeometry(this, Session::SettingsKeys::ReplayDialogGeometry);
    // The request, which a person edits, gets the larger part at first (a saved split wins):
    // on an 800x600 screen the two halves by size hint left the header table one row.
    m_ui->splitter->setSizes({3000, 2000});
    rememberSplitter(m_ui->splitter, Session::SettingsKeys::ReplayDialogSplitter);
    updateWidgets();
}

ReplayDialog::~ReplayDialog() = default;

void ReplayDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    retranslate();
    if (m_result)
        showResult(*m_result);
    updateWidgets();
}

// The texts set in code; the .ui texts come from retranslateUi().
void ReplayDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    if (!m_result)
        m_ui->answerStatusLabel->setText(tr("Nothing sent yet."));
}

void ReplayDialog::setHeaders(const Http::HeaderList &headers)
{
    QSignalBlocker blocker(m_ui->headersTable);
    m_ui->headersTable->setRowCount(0);
    for (const auto &[name, value] : headers) {
        const int row = m_ui->headersTable->rowCount();
        m_ui->headersTable->insertRow(row);
        m_ui->headersTable->setItem(row, 0, new QTableWidgetItem(Handoff::headerText(name)));
        m_ui->headersTable->setItem(row, 1, new QTableWidgetItem(Handoff::headerText(value)));
    }
}

Http::HeaderList ReplayDialog::headers() const
{
    Http::HeaderList result;
    for (int row = 0; row < m_ui->headersTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->headersTable->item(row, 0);
        const QTableWidgetItem *value = m_ui->headersTable->item(row, 1);
        const QByteArray nameBytes = name ? name->text().trimmed().toUtf8() : QByteArray();
        if (nameBytes.isEmpty())
            continue; // an added row not filled in yet
        result.append({nameBytes, value ? value->text().toUtf8() : QByteArray()});
    }
    return result;
}

void ReplayDialog::addHeader()
{
    const int row = m_ui->headersTable->rowCount();
    m_ui->headersTable->insertRow(row);
    m_ui->headersTable->setItem(row, 0, new QTableWidgetItem());
    m_ui->headersTable->setItem(row, 1, new QTableWidgetItem());
    m_ui->headersTable->setCurrentCell(row, 0);
    m_ui->headersTable->editItem(m_ui->headersTable->item(row, 0));
}

void ReplayDialog::removeSelectedHeaders()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->headersTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_ui->headersTable->removeRow(row);
    updateWidgets();
}

Handoff::ReplayRequest ReplayDialog::request() const
{
    Handoff::ReplayRequest replay;
    replay.method = m_ui->methodCombo->currentText().trimmed().toUpper().toLatin1();
    replay.url = QUrl(m_ui->targetUrlEdit->text().trimmed(), QUrl::StrictMode);
    replay.headers = headers();
    replay.body = m_binary ? m_binaryBody : m_ui->bodyEdit->toPlainText().toUtf8();
    return replay;
}

QString ReplayDialog::problem() const
{
    const Handoff::ReplayRequest replay = request();
    if (m_ui->targetUrlEdit->text().trimmed().isEmpty())
        return tr("Enter the URL to send the capture to.");
    if (!Handoff::isReplayUrl(replay.url))
        return tr("The target URL must be a complete http:// or https:// address, such as "
                  "http://localhost:3000/webhooks.");
    if (!Http::isToken(replay.method))
        return tr("The method must be one word of letters, such as POST.");
    for (int row = 0; row < m_ui->headersTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->headersTable->item(row, 0);
        const QString text = name ? name->text().trimmed() : QString();
        if (const QString problem = Http::HttpToken::headerNameProblem(text);
            !text.isEmpty() && !problem.isEmpty())
            return problem;
    }
    return {};
}

void ReplayDialog::updateWidgets()
{
    const QString why = problem();
    m_ui->sendButton->setEnabled(why.isEmpty() && !m_sending);
    m_ui->removeHeaderButton->setEnabled(m_ui->headersTable->selectionModel()->hasSelection());
    if (m_sending) {
        m_ui->hintLabel->setText(tr("Sending…"));
        setTone(m_ui->hintLabel, Tone::Normal);
    } else {
        m_ui->hintLabel->setText(why);
        setTone(m_ui->hintLabel, Tone::Error);
    }
}

void ReplayDialog::send()
{
    if (m_sending || !problem().isEmpty())
        return;
    const Handoff::ReplayRequest replay = request();
    QSettings().setValue(Session::SettingsKeys::ReplayLastTargetUrl, replay.url.toString());
    m_sending = true;
    m_ui->errorBanner->hideMessage();
    updateWidgets();
    Delivery::send(Handoff::outgoingRequest(replay), this, [this](Delivery::DeliveryResult result) {
        m_sending = false;
        m_result = result;
        showResult(result);
        updateWidgets();
        emit finishedSending(result);
    });
}

void ReplayDialog::showResult(const Delivery::DeliveryResult &result)
{
    m_ui->answerGroup->setEnabled(true);
    const double seconds = double(result.elapsed.count()) / 1000.0;
    if (!result.answered()) {
        m_ui->errorBanner->showMessage(
            result.timedOut
                ? tr("No answer from %1 within the time limit (%2). Check that the receiving app "
                     "is running and not stuck.")
                      .arg(m_ui->targetUrlEdit->text(), result.error)
                : tr("Could not reach %1: %2. Check the URL and that the receiving app is "
                     "running.")
                      .arg(m_ui->targetUrlEdit->text(), result.error));
        m_ui->answerStatusLabel->setText(tr("No answer after %1 s.").arg(seconds, 0, 'f', 2));
        setTone(m_ui->answerStatusLabel, Tone::Error);
        m_ui->answerHeadersView->clear();
        m_ui->answerBodyView->clear();
        return;
    }
    m_ui->errorBanner->hideMessage();
    const bool success = result.status >= 200 && result.status < 300;
    m_ui->answerStatusLabel->setText(
        tr("%1 %2 after %3 s")
            .arg(result.status)
            .arg(QString::fromLatin1(Http::HttpResponse::reasonPhrase(result.status)))
            .arg(seconds, 0, 'f', 2));
    setTone(m_ui->answerStatusLabel, success ? Tone::Success : Tone::Error);
    QString headerLines;
    for (const auto &[name, value] : result.headers)
        headerLines += Handoff::headerText(name) + u": "_s + Handoff::headerText(value) + u'\n';
    m_ui->answerHeadersView->setPlainText(headerLines);
    m_ui->answerBodyView->setPlainText(
        isBinary(result.body) ? hexDump(result.body)
                              : TestResultView::prettyBody(QString::fromUtf8(result.body)));
}

} // namespace Gui
