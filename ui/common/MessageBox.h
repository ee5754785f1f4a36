// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace Gui {

// Every modal message box of the console goes through here, so that a test can answer it
// (setNextAnswer / setAutoAnswer) instead of blocking on it, and can read what was asked.
// The habit comes from KeePassXC's MessageBox.
class MessageBox
{
public:
    struct Request
    {
        QMessageBox::Icon icon = QMessageBox::Question;
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        // Own wording for standard buttons, e.g. {Yes, tr("Delete 3 Webhooks")}.
        QMap<QMessageBox::StandardButton, QString> buttonTexts;
    };

    // Shows a modal box and returns the button pressed; answers at once when a test set one.
    static QMessageBox::StandardButton ask(QWidget *parent, const Request &request);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Test seams. The next ask() returns `answer` without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Every ask() returns `answer` until called again with NoButton.
    static void setAutoAnswer(QMessageBox::StandardButton answer);
    // A box no test answered (neither setNextAnswer nor setAutoAnswer) goes to `handler` instead
    // of the screen: GUI tests install one that fails the test and answers Cancel, so a box
    // nobody expected can neither block a test nor pass unnoticed. Null: boxes are shown.
    using Unanswered = std::function<QMessageBox::StandardButton(const Request &request)>;
    static void setUnansweredHandler(Unanswered handler);
    // Everything asked since the last clearAsked(), answered or shown.
    static const QList<Request> &asked();
    static void clearAsked();
};

} // namespace Gui
