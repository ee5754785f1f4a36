// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Session {
class ConsoleController;
struct SavedConnection;
} // namespace Session

namespace Gui {

// The connection in use: a combo of the saved connections that IS the current connection
// (picking one switches at once), "Manage connections…", and an API key prompt shown only while
// the current connection has no key. A key typed here is saved through the controller (in the
// keychain), never in settings.
class ConnectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    explicit ConnectionBar(Session::ConsoleController *controller, QWidget *parent = nullptr);

signals:
    void manageRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillConnections();
    void selectCurrent();
    void updateWidgets();
    void saveApiKey();

    Session::ConsoleController *m_controller;
    QComboBox *m_connectionCombo;
    QPushButton *m_manageButton;
    QLabel *m_connectionLabel;
    QLabel *m_keyLabel;
    QLineEdit *m_apiKeyEdit;
    QPushButton *m_saveKeyButton;
    bool m_saving = false;
};

} // namespace Gui
