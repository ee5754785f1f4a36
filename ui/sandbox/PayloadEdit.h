// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace Gui {

// The payload of an event to fire, as JSON text: what is typed is checked at once and a problem
// is named under the field (with its line and column), so nothing invalid is ever sent. Empty
// text means no payload at all.
class PayloadEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadEdit)

public:
    explicit PayloadEdit(QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    // Shows `payload` indented (Undefined: empty); the person has not edited it.
    void setPayload(const QJsonValue &payload);
    // Read-only text that is not a payload (a sequence's steps), or editable JSON again.
    void showReadOnly(const QString &text);
    bool isReadOnly() const;
    // True once the person changed the text since setPayload().
    bool isEdited() const { return m_edited; }

    // The payload typed: an object or array; Undefined for empty text; std::nullopt while the
    // text is not JSON (problem() says why).
    std::optional<QJsonValue> payload() const;
    QString problem() const;

signals:
    void payloadChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();

    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    bool m_edited = false;
    bool m_settingText = false;
};

} // namespace Gui
