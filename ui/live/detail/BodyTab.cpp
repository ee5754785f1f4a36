// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/BodyTab.h"

#include "ui/common/FixedFont.h"
#include "ui/live/detail/JsonHighlighter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

BodyTab::BodyTab(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_showRaw(new QPushButton(this)),
      m_text(new QPlainTextEdit(this))
{
    setObjectName(u"bodyTab"_s);
    m_note->setObjectName(u"bodyNote"_s);
    m_note->setWordWrap(true);
    m_showRaw->setObjectName(u"bodyShowRaw"_s);
    m_text->setObjectName(u"bodyText"_s);
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(fixedFont());

    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_showRaw);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(noteRow);
    layout->addWidget(m_text, 1);

    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &BodyTab::insertSlice);
    connect(m_showRaw, &QPushButton::clicked, this, &BodyTab::showRawRequested);
    retranslate();
}

BodyTab::Prepared BodyTab::prepare(const QByteArray &body)
{
    Prepared prepared;
    prepared.kind = JsonText::classify(body);
    prepared.text = JsonText::readableText(body, prepared.kind);
    return prepared;
}

void BodyTab::showBody(const QByteArray &body)
{
    m_prepared.drop();
    m_slices.stop();
    m_pending.clear();
    m_text->clear();
    m_size = body.size();
    m_kind = JsonText::BodyKind::Empty;
    if (body.size() <= SyncLimit) {
        present(prepare(body));
        return;
    }
    m_state = State::Formatting;
    m_prepared.start([body] { return prepare(body); });
    retranslate();
}

void BodyTab::clear()
{
    m_prepared.drop();
    m_slices.stop();
    m_pending.clear();
    m_text->clear();
    m_kind = JsonText::BodyKind::Empty;
    m_state = State::Empty;
    m_size = 0;
    retranslate();
}

void BodyTab::present(const Prepared &prepared)
{
    m_kind = prepared.kind;
    const bool highlight = m_kind == JsonText::BodyKind::Json && m_size <= HighlightLimit;
    if (highlight && !m_highlighter)
        m_highlighter = new JsonHighlighter(m_text->document(), m_text->palette());
    else if (!highlight && m_highlighter) {
        delete m_highlighter;
        m_highlighter = nullptr;
    }
    if (prepared.text.size() <= SliceSize) {
        m_text->setPlainText(prepared.text);
        m_state = State::Shown;
        retranslate();
        emit ready();
        return;
    }
    m_pending = prepared.text;
    m_pendingAt = 0;
    m_state = State::Filling;
    retranslate();
    m_slices.start();
}

// Appends about SliceSize characters, up to a line end so no line is split between blocks.
void BodyTab::insertSlice()
{
    qsizetype end = qMin(m_pendingAt + SliceSize, m_pending.size());
    if (end < m_pending.size()) {
        const qsizetype newline = m_pending.indexOf(u'\n', end);
        end = newline < 0 ? m_pending.size() : newline + 1;
    }
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringView(m_pending).sliced(m_pendingAt, end - m_pendingAt).toString());
    m_pendingAt = end;
    if (m_pendingAt < m_pending.size())
        return;
    m_slices.stop();
    m_pending.clear();
    m_state = State::Shown;
    m_text->moveCursor(QTextCursor::Start);
    retranslate();
    emit ready();
}

bool BodyTab::isBusy() const
{
    return m_state == State::Formatting || m_state == State::Filling;
}

QString BodyTab::text() const
{
    return m_text->toPlainText();
}

QString BodyTab::note() const
{
    return m_note->text();
}

void BodyTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->setPalette(m_text->palette());
}

void BodyTab::retranslate()
{
    m_text->setAccessibleName(tr("Request body"));
    m_showRaw->setText(tr("Show raw bytes"));
    m_showRaw->setAccessibleName(tr("Show the raw bytes"));
    QString note;
    if (m_state == State::Formatting || m_state == State::Filling)
        note = tr("Formatting…");
    else if (m_state == State::Shown) {
        switch (m_kind) {
        case JsonText::BodyKind::Empty:
            note = tr("The request had no body.");
            break;
        case JsonText::BodyKind::Json:
            note = m_highlighter ? tr("JSON, indented; keys and values as received.")
                                 : tr("JSON, indented. Colours are off for bodies over 1 MB, "
                                      "to keep the window responsive.");
            break;
        case JsonText::BodyKind::Text:
            note = tr("Not JSON: the text as received.");
            break;
        case JsonText::BodyKind::Binary:
            note = tr("The body is not UTF-8 text (or holds control characters): the Raw tab "
                      "shows its bytes in hex.");
            break;
        }
    }
    m_note->setText(note);
    m_showRaw->setVisible(m_state == State::Shown && m_kind == JsonText::BodyKind::Binary);
}

} // namespace Gui
