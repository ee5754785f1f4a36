// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/answers/RuleForm.h"

#include "app/payloads/EventCatalog.h"
#include "app/receiver/rules/RulesFile.h"
#include "ui/common/FixedFont.h"
#include "ui/common/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using Receiver::ResponseRule;

namespace Gui {

namespace {

// Headers as typed, one "Name: value" per line; the line that does not read, or 0.
std::pair<Http::HeaderList, int> parseHeaderLines(const QString &text)
{
    Http::HeaderList headers;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return {headers, i + 1};
        headers.append(
            {line.first(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return {headers, 0};
}

QString headerLines(const Http::HeaderList &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value);
    return lines.join(u'\n');
}

QPlainTextEdit *smallText(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setFont(fixedFont());
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

RuleForm::RuleForm(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_name(new QLineEdit(this)),
      m_method(new QComboBox(this)), m_path(new QLineEdit(this)), m_event(new QComboBox(this)),
      m_status(new QSpinBox(this)), m_body(smallText(u"ruleBodyEdit"_s, this)),
      m_headers(smallText(u"ruleHeadersEdit"_s, this)), m_delay(new QSpinBox(this)),
      m_timesOn(new QCheckBox(this)), m_times(new QSpinBox(this)), m_percentOn(new QCheckBox(this)),
      m_percent(new QDoubleSpinBox(this)), m_problem(new MessageBanner(this))
{
    setObjectName(u"ruleForm"_s);
    setFocusProxy(m_name); // a new rule is named first
    m_name->setObjectName(u"ruleNameEdit"_s);
    m_method->setObjectName(u"ruleMethodCombo"_s);
    // A list, not a field: Tab from Name lands here, and a path typed into an editable combo
    // became a method ("/HOOKS"). A rules file's other method is added to the list when shown.
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_method->addItem(QString(), QString()); // "any method", named in retranslate()
    for (const QString &method :
         {u"POST"_s, u"GET"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s})
        m_method->addItem(method, method);
    m_path->setObjectName(u"rulePathEdit"_s);
    m_event->setObjectName(u"ruleEventCombo"_s);
    m_event->addItem(QString(), QString());
    for (const Payloads::EventInfo &event : Payloads::EventCatalog::events())
        m_event->addItem(event.name, event.name);
    m_status->setObjectName(u"ruleStatusSpin"_s);
    m_status->setRange(100, 599);
    m_delay->setObjectName(u"ruleDelaySpin"_s);
    m_delay->setRange(0, Receiver::RulesFile::MaxDelayMs);
    m_delay->setSingleStep(100);
    m_timesOn->setObjectName(u"ruleTimesCheck"_s);
    m_times->setObjectName(u"ruleTimesSpin"_s);
    m_times->setRange(1, 1'000'000);
    m_percentOn->setObjectName(u"rulePercentCheck"_s);
    m_percent->setObjectName(u"rulePercentSpin"_s);
    m_percent->setRange(0, 100);
    m_percent->setDecimals(1);
    m_problem->setObjectName(u"ruleProblem"_s);

    auto *times = new QHBoxLayout;
    times->addWidget(m_timesOn);
    times->addWidget(m_times);
    times->addSpacing(12);
    times->addWidget(m_percentOn);
    times->addWidget(m_percent);
    times->addStretch(1);
    auto *matchRow = new QHBoxLayout;
    matchRow->addWidget(m_method);
    matchRow->addWidget(m_path, 2);
    matchRow->addWidget(m_event, 2);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_status);
    answerRow->addStretch(1);
    answerRow->addWidget(m_delay);
    m_form->setContentsMargins(0, 0, 0, 0);
    for (int row = 0; row < 6; ++row)
        m_rowLabels << new QLabel(this);
    m_form->addRow(m_rowLabels[0], m_name);
    m_form->addRow(m_rowLabels[1], matchRow);
    m_form->addRow(m_rowLabels[2], answerRow);
    m_form->addRow(m_rowLabels[3], m_body);
    m_form->addRow(m_rowLabels[4], m_headers);
    m_form->addRow(m_rowLabels[5], times);
    m_rowLabels[0]->setBuddy(m_name);
    m_rowLabels[1]->setBuddy(m_method);
    m_rowLabels[2]->setBuddy(m_status);
    m_rowLabels[3]->setBuddy(m_body);
    m_rowLabels[4]->setBuddy(m_headers);
    m_rowLabels[5]->setBuddy(m_timesOn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);

    for (QLineEdit *edit : {m_name, m_path})
        connect(edit, &QLineEdit::textEdited, this, &RuleForm::edited);
    connect(m_method, &QComboBox::currentIndexChanged, this, &RuleForm::edited);
    connect(m_event, &QComboBox::currentIndexChanged, this, &RuleForm::edited);
    connect(m_times, &QSpinBox::valueChanged, this, &RuleForm::showTimesSuffix);
    for (QSpinBox *spin : {m_status, m_delay, m_times})
        connect(spin, &QSpinBox::valueChanged, this, &RuleForm::edited);
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, &RuleForm::edited);
    for (QPlainTextEdit *edit : {m_body, m_headers})
        connect(edit, &QPlainTextEdit::textChanged, this, &RuleForm::edited);
    for (QCheckBox *box : {m_timesOn, m_percentOn})
        connect(box, &QCheckBox::toggled, this, &RuleForm::edited);
    retranslate();
    setRule({});
}

void RuleForm::setRule(const ResponseRule &rule)
{
    m_filling = true;
    m_name->setText(rule.name);
    const QString method = QString::fromLatin1(rule.method);
    if (m_method->findData(method) < 0)
        m_method->addItem(method, method);
    m_method->setCurrentIndex(m_method->findData(method));
    m_path->setText(rule.path);
    const int event = m_event->findData(Payloads::EventCatalog::canonicalName(rule.event));
    m_event->setCurrentIndex(std::max(0, event));
    m_status->setValue(rule.status);
    m_body->setPlainText(QString::fromUtf8(rule.body));
    m_headers->setPlainText(headerLines(rule.headers));
    m_delay->setValue(rule.delayMs);
    m_timesOn->setChecked(rule.times.has_value());
    m_times->setValue(rule.times.value_or(1));
    m_percentOn->setChecked(rule.percent.has_value());
    m_percent->setValue(rule.percent.value_or(50));
    m_filling = false;
    m_times->setEnabled(m_timesOn->isChecked());
    m_percent->setEnabled(m_percentOn->isChecked());
    showProblem();
}

ResponseRule RuleForm::rule() const
{
    ResponseRule rule;
    rule.name = m_name->text().trimmed();
    rule.method = m_method->currentData().toString().toLatin1();
    rule.path = m_path->text().trimmed();
    rule.event = m_event->currentData().toString();
    rule.status = m_status->value();
    rule.body = m_body->toPlainText().toUtf8();
    rule.headers = parseHeaderLines(m_headers->toPlainText()).first;
    rule.delayMs = m_delay->value();
    if (m_timesOn->isChecked())
        rule.times = m_times->value();
    if (m_percentOn->isChecked())
        rule.percent = m_percent->value();
    return rule;
}

QString RuleForm::problem() const
{
    if (const int line = parseHeaderLines(m_headers->toPlainText()).second; line > 0)
        return tr("Line %1 of the headers is not “Name: value”.").arg(line);
    return Receiver::RulesFile::problemWith(rule());
}

void RuleForm::edited()
{
    m_times->setEnabled(m_timesOn->isChecked());
    m_percent->setEnabled(m_percentOn->isChecked());
    if (m_filling)
        return;
    showProblem();
    emit ruleEdited(rule());
}

void RuleForm::showProblem()
{
    const QString problem = this->problem();
    m_problem->showMessage(problem);
}

// "3 requests", "1 request": the suffix follows the number.
void RuleForm::showTimesSuffix()
{
    m_times->setSuffix(tr(" request(s)", nullptr, m_times->value()));
}

void RuleForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RuleForm::retranslate()
{
    m_rowLabels[0]->setText(tr("&Name:"));
    m_rowLabels[1]->setText(tr("&Matches:"));
    m_rowLabels[2]->setText(tr("&Answer:"));
    m_rowLabels[3]->setText(tr("&Body:"));
    m_rowLabels[4]->setText(tr("&Headers:"));
    m_rowLabels[5]->setText(tr("How &often:"));
    m_name->setPlaceholderText(tr("optional: how captures name the rule"));
    m_name->setAccessibleName(tr("Rule name"));
    m_method->setItemText(0, tr("any method"));
    m_method->setAccessibleName(tr("Method the rule matches"));
    m_path->setPlaceholderText(tr("any path; /hooks/* for a prefix"));
    m_path->setAccessibleName(tr("Path the rule matches"));
    m_event->setItemText(0, tr("any request"));
    m_event->setAccessibleName(tr("Channex event the rule matches"));
    m_status->setAccessibleName(tr("Status the rule answers with"));
    m_status->setPrefix(tr("status "));
    m_body->setPlaceholderText(tr("the answer's body, e.g. busy"));
    m_body->setAccessibleName(tr("Body the rule answers with"));
    m_headers->setPlaceholderText(tr("one per line, e.g. Retry-After: 60"));
    m_headers->setAccessibleName(tr("Headers the rule answers with"));
    m_delay->setPrefix(tr("after "));
    m_delay->setSuffix(tr(" ms"));
    m_delay->setAccessibleName(tr("Delay before answering, in milliseconds"));
    m_timesOn->setText(tr("Only the first"));
    m_timesOn->setAccessibleName(tr("Answer only a number of requests"));
    showTimesSuffix();
    m_times->setAccessibleName(tr("Number of requests the rule answers"));
    m_percentOn->setText(tr("Only"));
    m_percentOn->setAccessibleName(tr("Answer only a share of the requests"));
    m_percent->setSuffix(tr(" % of them"));
    m_percent->setAccessibleName(tr("Share of the matching requests the rule answers"));
}

} // namespace Gui
