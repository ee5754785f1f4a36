// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/ResponseTab.h"

#include "app/http/HttpResponse.h"
#include "ui/common/FixedFont.h"
#include "ui/common/StatusColours.h"
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
    : QWidget(parent), m_statusLabel(new QLabel(this)), m_headers(new PairTable(this)),
      m_bodyText(new QPlainTextEdit(this))
{
    setObjectName(u"responseTab"_s);
    m_statusLabel->setObjectName(u"responseStatus"_s);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
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
    layout->addWidget(splitter, 1);
    retranslate();
}

void ResponseTab::showCapture(const Capture::CaptureRecord &record)
{
    m_status = record.status;
    m_body = record.responseBody;
    m_headers->setPairs(PairTable::fromHeaders(record.responseHeaders));
    setTone(m_statusLabel,
            record.status >= 200 && record.status < 300 ? Tone::Success : Tone::Error);
    retranslate();
}

void ResponseTab::clear()
{
    m_status.reset();
    m_body.clear();
    m_headers->setPairs({});
    setTone(m_statusLabel, Tone::Normal);
    retranslate();
}

QString ResponseTab::statusText() const
{
    return m_statusLabel->text();
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
    m_bodyText->setPlaceholderText(m_status ? tr("Our answer had no body.") : QString());
    if (!m_status) {
        m_statusLabel->clear();
        m_bodyText->clear();
        return;
    }
    const int status = *m_status;
    if (status <= 0)
        m_statusLabel->setText(tr("No answer was sent: the connection closed first."));
    else
        m_statusLabel->setText(tr("We answered %1.").arg(Http::HttpResponse::statusText(status)));
    const JsonText::BodyKind kind = JsonText::classify(m_body);
    m_bodyText->setPlainText(
        kind == JsonText::BodyKind::Binary
            ? tr("%n byte(s) that are not UTF-8 text.", nullptr, int(m_body.size()))
            : JsonText::readableText(m_body, kind));
}

} // namespace Gui
