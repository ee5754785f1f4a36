#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Capture {
class CaptureStore;
}
namespace Receiver {
class LiveReceiver;
}
namespace Session {
class SecretStore;
}

namespace Gui {

class MessageBanner;
class RetentionEditor;

// The receiver's controls (F10, F18, F14 retention): Start/Stop, bind address (loopback by
// default; any other is a choice with a visible warning), port, the local URL to copy, the
// optional public URL of a tunnel the user runs, the secret check, retention, and banners for
// the receiver's errors and for captures that cannot be saved. Settings are remembered in
// QSettings; the secret's expected value in the keychain (SecretStore), never in QSettings.
class ReceiverBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverBar)

public:
    // None owned. `secrets` may be null: the secret value is then kept for this run only.
    ReceiverBar(Receiver::LiveReceiver *receiver, Capture::CaptureStore *store,
                Session::SecretStore *secrets, QWidget *parent = nullptr);
    ~ReceiverBar() override;

    // The URL "Use live receiver" puts into a callback URL: the public URL when set, else the
    // local one; empty while the receiver is not running.
    QString callbackUrl() const;
    QString errorText() const; // the banner's text, empty when none is shown

public slots:
    // Starts with the settings shown (port: the one given when not zero). False when it failed;
    // the banner says why.
    bool start(quint16 port = 0);
    void stop();

signals:
    void callbackUrlChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString publicUrlProblem() const; // empty when the public URL is empty or usable
    void showPublicUrlProblem();
    void showSecretNameProblem();
    void updateWidgets();
    void saveSettings() const;
    void restoreSettings();
    void applySecret();
    QByteArray secretName() const;
    void showError(const QString &text);

    Receiver::LiveReceiver *m_receiver;
    QPointer<Capture::CaptureStore> m_store;
    QPointer<Session::SecretStore> m_secrets;
    QPushButton *m_startButton;
    QLabel *m_addressLabel;
    QComboBox *m_addressCombo;
    QLabel *m_portLabel;
    QSpinBox *m_portSpin;
    QLabel *m_localUrlLabel;
    QLineEdit *m_localUrlEdit;
    QPushButton *m_copyButton;
    QLabel *m_publicUrlLabel;
    QLineEdit *m_publicUrlEdit;
    QLabel *m_secretNameLabel;
    QLineEdit *m_secretNameEdit;
    QLabel *m_secretValueLabel;
    QLineEdit *m_secretValueEdit;
    RetentionEditor *m_retention;
    MessageBanner *m_addressWarning;
    MessageBanner *m_errorBanner;
    MessageBanner *m_storeBanner;
    QString m_storeError;
    bool m_secretTyped = false; // typed before the keychain answered: the keychain's value loses
};

} // namespace Gui
