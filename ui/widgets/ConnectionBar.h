#pragma once

#include "channex/ConnectionProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui {

// Chooses where the console connects (F1): Sandbox, Staging, Production or a custom server,
// with the API key for the real ones. The key is held in memory only; it is never written to
// settings (the OS keychain comes with webhook editing).
class ConnectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    void setProfile(const Channex::ConnectionProfile &profile);
    Channex::ConnectionProfile profile() const;
    void setApiKey(const QString &key);
    QString apiKey() const;
    // Why Connect is disabled, or empty when the input is usable.
    QString problem() const;

signals:
    void connectRequested(const Channex::ConnectionProfile &profile, const QString &apiKey);

private:
    void updateWidgets();
    void requestConnect();

    QComboBox *m_profileCombo;
    QLineEdit *m_customUrlEdit;
    QLabel *m_keyLabel;
    QLineEdit *m_apiKeyEdit;
    QPushButton *m_connectButton;
};

} // namespace Gui
