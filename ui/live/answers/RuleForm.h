// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/receiver/rules/ResponseRule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Gui {

class MessageBanner;

// The fields of one response rule: what it matches, its answer, how often. Every edit is
// reported at once with the rule as it now reads; problem() says what keeps it from being used.
class RuleForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleForm)

public:
    explicit RuleForm(QWidget *parent = nullptr);

    void setRule(const Receiver::ResponseRule &rule);
    Receiver::ResponseRule rule() const;
    // A sentence, or empty when the rule can be used (RulesFile::problemWith, and header lines
    // that do not read).
    QString problem() const;

signals:
    void ruleEdited(const Receiver::ResponseRule &rule);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void edited();
    void showProblem();
    void showTimesSuffix();

    QFormLayout *m_form;
    QList<QLabel *> m_rowLabels; // Name, Matches, Answer, Body, Headers, How often
    QLineEdit *m_name;
    QComboBox *m_method;
    QLineEdit *m_path;
    QComboBox *m_event;
    QSpinBox *m_status;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_headers;
    QSpinBox *m_delay;
    QCheckBox *m_timesOn;
    QSpinBox *m_times;
    QCheckBox *m_percentOn;
    QDoubleSpinBox *m_percent;
    MessageBanner *m_problem;
    bool m_filling = false;
};

} // namespace Gui
