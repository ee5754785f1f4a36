// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace Receiver {
class ReceiverController;
}

namespace Gui {

class MessageBanner;
class RuleForm;
class RulesTableModel;

// How the live receiver answers, edited as a whole: the response rules (tried in order, the first
// that matches answers; imported from and exported to the rules file of docs/response-rules.md)
// and forwarding to the app being built. Nothing applies until Save; the rules in use show how
// many requests each answered, refreshed while the dialog is open.
class AnswersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswersDialog)

public:
    // The controller is not owned and must outlive the dialog.
    explicit AnswersDialog(Receiver::ReceiverController *controller, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    int currentRow() const;
    void selectRow(int row);
    void showSelectedRule();
    void updateButtons();
    void addRule();
    void removeRule();
    void moveRule(int step);
    void importRules();
    void exportRules();
    void showForwardingProblem();
    void refreshCounts();
    // The first rule that cannot be used is selected with its problem shown; false then.
    bool rulesAreUsable();

    Receiver::ReceiverController *m_controller;
    RulesTableModel *m_model;
    QLabel *m_intro;
    QLabel *m_rulesTitle;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    RuleForm *m_form;
    MessageBanner *m_rulesBanner;
    QLabel *m_forwardTitle;
    QCheckBox *m_forwardCheck;
    QLineEdit *m_forwardUrl;
    QLabel *m_timeoutLabel;
    QSpinBox *m_forwardTimeout;
    MessageBanner *m_forwardProblem;
    QDialogButtonBox *m_buttons;
    QTimer *m_countsTimer;
};

} // namespace Gui
