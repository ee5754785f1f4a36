// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Receiver {
class ReceiverController;
}

namespace Gui {

class MessageBanner;
class RetentionEditor;

// The receiver's controls: Start/Stop, bind address (loopback by default; any other is a choice
// with a visible warning), port, the local URL to copy, the optional public URL of a tunnel the
// user runs, the secret check and retention, with banners for the receiver's errors and for
// captures that cannot be saved. It shows and edits the ReceiverController, which owns the
// options, keeps them and runs the receiver.
class ReceiverBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverBar)

public:
    // Not owned; must outlive the bar.
    explicit ReceiverBar(Receiver::ReceiverController *controller, QWidget *parent = nullptr);
    ~ReceiverBar() override;

    QString errorText() const; // the banner's text, empty when none is shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showOptions(); // the controller's options in the fields
    void showPublicUrlProblem();
    void showSecretNameProblem();
    void showAnswers();
    void updateWidgets();

    Receiver::ReceiverController *m_controller;
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
    QPushButton *m_answersButton;
    QLabel *m_answersSummary;
    RetentionEditor *m_retention;
    MessageBanner *m_addressWarning;
    MessageBanner *m_secretProblem;
    MessageBanner *m_publicUrlProblem;
    MessageBanner *m_errorBanner;
    MessageBanner *m_storeBanner;
    QString m_storeError;
    QString m_followError; // a shared store's follower lost the server
};

} // namespace Gui
