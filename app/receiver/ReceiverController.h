// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureStore.h"
#include "app/receiver/forward/Forwarding.h"
#include "app/receiver/rules/ResponseRule.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

namespace Capture {
class CaptureStore;
}
namespace Session {
class SecretStore;
}

namespace Receiver {

class LiveReceiver;
class ResponseRules;

// The live receiver as a service: the options a person chooses (bind address, port, public URL,
// secret check, retention, response rules, forwarding), their persistence, start and stop, and the
// URL that "Use live receiver" puts into a callback URL. The window's Live tab only shows and edits
// it; main.cpp starts it for --receiver-port. Everything here belongs to the thread that created it
// (the GUI thread); the HTTP server runs on the receiver's own thread (LiveReceiver).
//
// The secret check is on only when the header name is a valid header name and a value is set.
// The value lives in the keychain (SecretStore), never in the settings; it is read a moment after
// restoreSettings(), so the check turns on when it arrives.
class ReceiverController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverController)

public:
    // The store is not owned and must outlive the controller.
    explicit ReceiverController(Capture::CaptureStore *store, QObject *parent = nullptr);
    ~ReceiverController() override;

    Capture::CaptureStore *store() const { return m_store; }
    LiveReceiver *receiver() const { return m_receiver.get(); }

    // The window's options from QSettings, the secret's value from `secrets` (null: the value
    // is kept for this run only), and the retention applied to the store. Every change made
    // afterwards through the setters is saved at once.
    void restoreSettings(Session::SecretStore *secrets);
    bool keepsSecretInKeychain() const { return !m_secrets.isNull(); }

    QHostAddress address() const { return m_address; }
    void setAddress(const QHostAddress &address);
    quint16 port() const { return m_port; } // 0: any free port
    void setPort(quint16 port);

    // The address of a tunnel the user runs (ngrok, cloudflared); may be empty.
    QString publicUrl() const { return m_publicUrl; }
    void setPublicUrl(const QString &url);
    // Why the public URL cannot be used as a callback URL; empty when it is empty or usable.
    QString publicUrlProblem() const;

    QString secretHeaderName() const { return m_secretName; }
    void setSecretHeaderName(const QString &name);
    // Why the name is no header name a request can carry; empty when it is empty or one.
    QString secretNameProblem() const;
    QByteArray secretValue() const { return m_secretValue; }
    // Applies at once; saveSecretValue() puts it in the keychain (when editing is done).
    void setSecretValue(const QByteArray &value);
    void saveSecretValue();
    // True when requests are checked: a valid name and a value.
    bool isSecretCheckOn() const;

    Capture::Retention retention() const { return m_retention; }
    // Applied to the store and saved; the caller has asked the person first when captures go.
    void setRetention(const Capture::Retention &retention);

    // The response rules, applied at once (their counts start again) and saved.
    QList<ResponseRule> rules() const;
    void setRules(const QList<ResponseRule> &rules);
    // The rules in use, with how many requests each answered so far.
    std::shared_ptr<ResponseRules> rulesInUse() const { return m_rules; }

    // Forwarding: the app's URL is kept while forwarding is switched off.
    QUrl forwardUrl() const { return m_forwardUrl; }
    bool isForwarding() const { return m_forwardOn && !m_forwardUrl.isEmpty(); }
    std::chrono::milliseconds forwardTimeout() const { return m_forwardTimeout; }
    // False with a sentence in *error (not a URL, or the receiver's own address) and nothing
    // changed. Applies at once while running.
    bool setForwarding(bool on, const QUrl &url, std::chrono::milliseconds timeout, QString *error);
    // Why forwarding to `url` would not work, or empty: Forwarding::problemWith, and a URL that
    // is this receiver's own address (each request would come back forever).
    QString forwardingProblem(const QUrl &url) const;

    // Starts with the options above. False with errorString() when it did not: the port is in
    // use, the address is not this machine's, or the secret header's name is no header name.
    bool start();
    void stop();
    bool isRunning() const;
    QUrl localUrl() const; // empty while stopped
    QString errorString() const { return m_error; }

    // What "Use live receiver" puts into a callback URL: the public URL when it is usable, else
    // the local one; empty while the receiver is not running.
    QString callbackUrl() const;

signals:
    void runningChanged(bool running);
    // Any option changed, including the secret's value arriving from the keychain.
    void optionsChanged();
    void callbackUrlChanged(const QString &url);
    // Start failed or the receiver stopped for a reason a person must see; empty: resolved.
    void errorChanged(const QString &error);

private:
    void save() const;
    void applySecretCheck();
    void setError(const QString &error);
    void announceCallbackUrl();
    ForwardTarget forwardTarget() const;

    Capture::CaptureStore *m_store;
    std::unique_ptr<LiveReceiver> m_receiver;
    QPointer<Session::SecretStore> m_secrets;
    bool m_persistent = false; // restoreSettings() was called: changes are saved
    QHostAddress m_address = QHostAddress::LocalHost;
    quint16 m_port = 0;
    QString m_publicUrl;
    QString m_secretName;
    QByteArray m_secretValue;
    bool m_secretValueSet = false; // set by a person before the keychain answered: it wins
    Capture::Retention m_retention;
    std::shared_ptr<ResponseRules> m_rules;
    QUrl m_forwardUrl;
    bool m_forwardOn = false;
    std::chrono::milliseconds m_forwardTimeout = ForwardTarget::DefaultTimeout;
    QString m_error;
    QString m_lastCallbackUrl;
};

} // namespace Receiver
