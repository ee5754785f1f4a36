// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBox.h"

#include <QAbstractButton>

namespace Gui {

namespace {

struct Answers
{
    QMessageBox::StandardButton next = QMessageBox::NoButton;
    QMessageBox::StandardButton automatic = QMessageBox::NoButton;
    MessageBox::Unanswered unanswered;
    QList<MessageBox::Request> asked;
};

Answers &answers()
{
    static Answers instance;
    return instance;
}

} // namespace

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, const Request &request)
{
    Answers &state = answers();
    state.asked.append(request);
    if (state.next != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = state.next;
        state.next = QMessageBox::NoButton;
        return answer;
    }
    if (state.automatic != QMessageBox::NoButton)
        return state.automatic;
    if (state.unanswered)
        return state.unanswered(request);

    QMessageBox box(request.icon, request.title, request.text, request.buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setInformativeText(request.informativeText);
    box.setDetailedText(request.detailedText);
    if (request.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(request.defaultButton);
    for (auto it = request.buttonTexts.constBegin(); it != request.buttonTexts.constEnd(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    box.exec();
    // Closed with Esc or the window button where no button has the reject role: a Cancel.
    const QMessageBox::StandardButton pressed = box.standardButton(box.clickedButton());
    return pressed == QMessageBox::NoButton ? QMessageBox::Cancel : pressed;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    Request request;
    request.title = title;
    request.text = text;
    request.buttons = buttons;
    request.defaultButton = defaultButton;
    return ask(parent, request);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    Request request;
    request.icon = QMessageBox::Warning;
    request.title = title;
    request.text = text;
    ask(parent, request);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    answers().next = answer;
}

void MessageBox::setUnansweredHandler(Unanswered handler)
{
    answers().unanswered = std::move(handler);
}

void MessageBox::setAutoAnswer(QMessageBox::StandardButton answer)
{
    answers().automatic = answer;
}

const QList<MessageBox::Request> &MessageBox::asked()
{
    return answers().asked;
}

void MessageBox::clearAsked()
{
    answers().asked.clear();
}

} // namespace Gui
