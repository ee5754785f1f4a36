// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/ResponseTab.h"

#include "app/http/HttpResponse.h"
#include "app/http/ResponseWriter.h"
#include "app/receiver/CaptureHandler.h"
#include "ui/common/FixedFont.h"
#include "ui/common/StatusColours.h"
#include "ui/live/detail/AnswerText.h"
#include "ui/live/detail/JsonText.h"
#include "ui/live/detail/PairTable.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

ResponseTab::ResponseTab(QWidget *parent)
    : QWidget(parent), m_statusLabel(new QLabel(this)), m_forwardLabel(new QLabel(this)),
      m_headers(new PairTable(this)), m_bodyText(new QPlainTextEdit(this))
{
    setObjectName(u"responseTab"_s);
    m_statusLabel->setObjectName(u"responseStatus"_s);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    m_statusLabel->setWordWrap(true);
    m_forwardLabel->setObjectName(u"responseForwarding"_s);
    m_forwardLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forwardLabel->setWordWrap(true);
    m_forwardLabel->hide();
    m_headers->setObjectName(u"responseHeaders"_s);
    m_bodyText->setObjectName(u"responseBody"_s);
    m_bodyText->setReadOnly(true);
    m_bodyText->setFont(fixedFont());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"responseSplitter"_s);
    splitter->addWidget(m_headers);
    splitter->addWidget(m_bodyText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_forwardLabel);
    layout->addWidget(splitter, 1);
    retranslate();
}

namespace {

// The headers as the sender received them: ours, X-Capture-Id (added as the answer went out,
// except for requests the HTTP core refused before the receiver heard of them), then what the
// connection writes. The Date is the moment the answer left, to the second.
Http::HeaderList headersSent(const Capture::CaptureRecord &record)
{
    Http::HttpResponse answer;
    answer.status = record.status;
    answer.headers = record.responseHeaders;
    answer.body = record.responseBody;
    if (!record.marks.testFlag(Capture::Mark::Rejected) && record.id > 0)
        answer.setHeader(Receiver::CaptureHandler::CaptureIdHeader, QByteArray::number(record.id));
    const QDateTime sent = record.receivedAt.addMSecs(record.durationUs / 1000);
    Http::ResponseFraming framing;
    framing.close = record.marks.testFlag(Capture::Mark::Rejected);
    return Http::headersAsWritten(answer, framing, Http::httpDate(sent));
}

} // namespace

void ResponseTab::showCapture(const Capture::CaptureRecord &record)
{
    Capture::CaptureRecord shown = record;
    shown.body.clear();
    shown.rawBytes.clear();
    m_record = std::move(shown);
    m_headers->setPairs(record.status > 0 ? PairTable::fromHeaders(headersSent(record))
                                          : QList<QPair<QString, QString>>());
    setTone(m_statusLabel, AnswerText::isSuccess(record) ? Tone::Success : Tone::Error);
    retranslate();
}

void ResponseTab::clear()
{
    m_record.reset();
    m_headers->setPairs({});
    setTone(m_statusLabel, Tone::Normal);
    retranslate();
}

QString ResponseTab::statusText() const
{
    return m_statusLabel->text();
}

QString ResponseTab::forwardingText() const
{
    return m_forwardLabel->isHidden() ? QString() : m_forwardLabel->text();
}

QString ResponseTab::bodyText() const
{
    return m_bodyText->toPlainText();
}

void ResponseTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ResponseTab::retranslate()
{
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setColumnTitles(tr("Name"), tr("Value"));
    m_bodyText->setAccessibleName(tr("Response body"));
    m_bodyText->setPlaceholderText(m_record && m_record->status > 0 ? tr("Our answer had no body.")
                                                                    : QString());
    if (!m_record) {
        m_statusLabel->clear();
        m_forwardLabel->hide();
        m_bodyText->clear();
        return;
    }
    const Capture::CaptureRecord &record = *m_record;
    m_statusLabel->setText(record.status > 0
                               ? tr("We answered %1.").arg(AnswerText::summary(record))
                               : AnswerText::summary(record) + u'.');
    const QString forwarding = AnswerText::forwarding(record);
    m_forwardLabel->setText(forwarding);
    m_forwardLabel->setVisible(!forwarding.isEmpty());
    const QByteArray &body = record.responseBody;
    const JsonText::BodyKind kind = JsonText::classify(body);
    m_bodyText->setPlainText(
        kind == JsonText::BodyKind::Binary
            ? tr("%n byte(s) that are not UTF-8 text.", nullptr, int(body.size()))
            : JsonText::readableText(body, kind));
}

} // namespace Gui
