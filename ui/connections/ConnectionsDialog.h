// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/session/SavedConnection.h"

#include <QDialog>

#include <memory>

namespace Session {
class ConnectionTester;
class ConsoleController;
} // namespace Session
namespace Ui {
class ConnectionsDialog;
}

namespace Gui {

// "Manage connections…": add, rename, remove and edit saved connections (name, server,
// custom address, API key) and test one before saving. Changes go through the controller, so
// editing the connection in use applies at once; keys go to the keychain, never to settings.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    ConnectionsDialog(Session::ConsoleController *controller, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    // Why Save is disabled, or empty; the same sentence the hint line shows.
    QString problem() const;

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillList(const QString &selectId);
    void showConnection(const QString &id);
    Session::SavedConnection edited() const;
    bool isDirty() const;
    // Asks to save unsaved changes; false when the user cancels.
    bool settleChanges();
    void save();
    void addConnection();
    void removeConnection();
    void testConnection();
    void updateWidgets();

    std::unique_ptr<Ui::ConnectionsDialog> m_ui;
    Session::ConsoleController *m_controller;
    Session::ConnectionTester *m_tester;
    Session::SavedConnection m_shown; // as stored
    QString m_storedKey; // as stored, once read
    bool m_loading = false;
};

} // namespace Gui
