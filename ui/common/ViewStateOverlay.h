// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Gui {

// Loading, empty and error states shown inside an item view, instead of a blank table or
// a modal box: a title, a sentence and, for errors, a button to try again.
class ViewStateOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewStateOverlay)

public:
    // Covers `view`'s viewport and follows its size.
    explicit ViewStateOverlay(QWidget *viewport);

    void showMessage(const QString &title, const QString &text, const QString &actionText = {});
    void clear();
    QString title() const;
    QString text() const;

signals:
    void actionTriggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    void fitToViewport();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace Gui
