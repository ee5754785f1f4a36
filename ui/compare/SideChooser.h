// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Session {
class ConsoleController;
}

namespace Gui {

class CompareSide;

// The chooser of one side of Compare Connections: the saved connections (the sandbox
// included), and a line saying where that side stands (loading, why it could not be loaded, or
// how many webhooks it has).
class SideChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideChooser)

public:
    enum class Which { Left, Right };

    SideChooser(Which which, CompareSide *side, Session::ConsoleController *controller,
                QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    // Chooses the saved connection `connectionId` and opens it on this side.
    void choose(const QString &connectionId);
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillConnections();
    void showState();

    Which m_which;
    CompareSide *m_side;
    Session::ConsoleController *m_controller;
    QLabel *m_label;
    QComboBox *m_combo;
    QLabel *m_state;
};

} // namespace Gui
