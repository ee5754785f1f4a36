// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sandbox/PayloadEdit.h"

#include "ui/common/FixedFont.h"
#include "ui/common/StatusColours.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Gui {

namespace {

// Line and column (from 1) of a byte offset in UTF-8 text.
QPair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

PayloadEdit::PayloadEdit(QWidget *parent)
    : QWidget(parent), m_editor(new QPlainTextEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("payloadEdit"));
    m_editor->setObjectName(QStringLiteral("payloadEditor"));
    m_editor->setFont(fixedFont());
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problem->setObjectName(QStringLiteral("payloadProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problem);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_edited = true;
        check();
    });
    setTone(m_problem, Tone::Error);
}

void PayloadEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        check();
    else if (event->type() == QEvent::PaletteChange)
        setTone(m_problem, Tone::Error);
}

void PayloadEdit::setPayload(const QJsonValue &payload)
{
    QString text;
    if (payload.isObject())
        text = QString::fromUtf8(QJsonDocument(payload.toObject()).toJson(QJsonDocument::Indented));
    else if (payload.isArray())
        text = QString::fromUtf8(QJsonDocument(payload.toArray()).toJson(QJsonDocument::Indented));
    m_settingText = true;
    m_editor->setReadOnly(false);
    m_editor->setPlainText(text.trimmed());
    m_settingText = false;
    m_edited = false;
    check();
}

void PayloadEdit::showReadOnly(const QString &text)
{
    m_settingText = true;
    m_editor->setPlainText(text);
    m_editor->setReadOnly(true);
    m_settingText = false;
    m_edited = false;
    check();
}

bool PayloadEdit::isReadOnly() const
{
    return m_editor->isReadOnly();
}

std::optional<QJsonValue> PayloadEdit::payload() const
{
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QString PayloadEdit::problem() const
{
    if (m_editor->isReadOnly())
        return {};
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (text.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    const auto [line, column] = lineAndColumn(text, error.offset);
    return tr("The payload is not JSON: %1 at line %2, column %3. Correct it, or clear the field "
              "to send no payload.")
        .arg(error.errorString())
        .arg(line)
        .arg(column);
}

void PayloadEdit::check()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_editor->setAccessibleDescription(text);
    emit payloadChanged();
}

} // namespace Gui
