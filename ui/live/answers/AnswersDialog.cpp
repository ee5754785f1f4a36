// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/answers/AnswersDialog.h"

#include "app/receiver/ReceiverController.h"
#include "app/receiver/rules/ResponseRules.h"
#include "app/receiver/rules/RulesFile.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/live/answers/RuleForm.h"
#include "ui/live/answers/RulesTableModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Receiver::ResponseRule;

namespace Gui {

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QString rulesDirectory()
{
    const QString directory
        = QSettings().value(Session::SettingsKeys::RulesLastDirectory).toString();
    return directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : directory;
}

} // namespace

AnswersDialog::AnswersDialog(Receiver::ReceiverController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_model(new RulesTableModel(this)),
      m_intro(new QLabel(this)), m_rulesTitle(sectionTitle(this)), m_table(new QTableView(this)),
      m_addButton(button(u"addRuleButton"_s, this)),
      m_removeButton(button(u"removeRuleButton"_s, this)),
      m_upButton(button(u"moveRuleUpButton"_s, this)),
      m_downButton(button(u"moveRuleDownButton"_s, this)),
      m_importButton(button(u"importRulesButton"_s, this)),
      m_exportButton(button(u"exportRulesButton"_s, this)), m_form(new RuleForm(this)),
      m_rulesBanner(new MessageBanner(this)), m_forwardTitle(sectionTitle(this)),
      m_forwardCheck(new QCheckBox(this)), m_forwardUrl(new QLineEdit(this)),
      m_timeoutLabel(new QLabel(this)), m_forwardTimeout(new QSpinBox(this)),
      m_forwardProblem(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_countsTimer(new QTimer(this))
{
    setObjectName(u"answersDialog"_s);
    m_intro->setWordWrap(true);
    m_table->setObjectName(u"rulesTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RulesTableModel::Matches,
                                                      QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 6);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(RulesTableModel::Name,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RulesTableModel::Answer,
                                                      QHeaderView::ResizeToContents);
    m_rulesBanner->setObjectName(u"rulesBanner"_s);
    m_forwardCheck->setObjectName(u"forwardCheck"_s);
    m_forwardUrl->setObjectName(u"forwardUrlEdit"_s);
    m_forwardUrl->setClearButtonEnabled(true);
    m_forwardTimeout->setObjectName(u"forwardTimeoutSpin"_s);
    m_forwardTimeout->setRange(1, 600);
    m_timeoutLabel->setBuddy(m_forwardTimeout);
    m_forwardProblem->setObjectName(u"forwardProblem"_s);
    m_buttons->setObjectName(u"answersButtons"_s);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveAnswersButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelAnswersButton"_s);

    auto *listButtons = new QVBoxLayout;
    for (QPushButton *b :
         {m_addButton, m_removeButton, m_upButton, m_downButton, m_importButton, m_exportButton})
        listButtons->addWidget(b);
    listButtons->insertSpacing(4, 8);
    listButtons->addStretch(1);
    auto *list = new QHBoxLayout;
    list->addWidget(m_table, 1);
    list->addLayout(listButtons);

    auto *forwardRow = new QHBoxLayout;
    forwardRow->addWidget(m_forwardCheck);
    forwardRow->addWidget(m_forwardUrl, 1);
    forwardRow->addWidget(m_timeoutLabel);
    forwardRow->addWidget(m_forwardTimeout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addWidget(m_rulesTitle);
    layout->addLayout(list, 1);
    layout->addWidget(m_rulesBanner);
    layout->addWidget(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_forwardTitle);
    layout->addLayout(forwardRow);
    layout->addWidget(m_forwardProblem);
    layout->addWidget(m_buttons);

    m_model->setRules(m_controller->rules());
    m_forwardCheck->setChecked(m_controller->isForwarding());
    m_forwardUrl->setText(m_controller->forwardUrl().toString());
    m_forwardTimeout->setValue(int(m_controller->forwardTimeout().count() / 1000));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AnswersDialog::showSelectedRule);
    connect(m_form, &RuleForm::ruleEdited, this, [this](const ResponseRule &rule) {
        if (const int row = currentRow(); row >= 0)
            m_model->setRule(row, rule);
        m_rulesBanner->hideMessage();
    });
    connect(m_addButton, &QPushButton::clicked, this, &AnswersDialog::addRule);
    connect(m_removeButton, &QPushButton::clicked, this, &AnswersDialog::removeRule);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_importButton, &QPushButton::clicked, this, &AnswersDialog::importRules);
    connect(m_exportButton, &QPushButton::clicked, this, &AnswersDialog::exportRules);
    connect(m_forwardCheck, &QCheckBox::toggled, this, &AnswersDialog::showForwardingProblem);
    connect(m_forwardUrl, &QLineEdit::textChanged, this, &AnswersDialog::showForwardingProblem);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnswersDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AnswersDialog::reject);
    connect(m_countsTimer, &QTimer::timeout, this, &AnswersDialog::refreshCounts);
    m_countsTimer->start(1000);

    retranslate();
    refreshCounts();
    selectRow(m_model->rowCount() > 0 ? 0 : -1);
    showForwardingProblem();
    resize(860, 660); // until the person sizes it: the rules' columns readable without scrolling
    rememberGeometry(this, Session::SettingsKeys::AnswersDialogGeometry);
}

int AnswersDialog::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AnswersDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clear();
        showSelectedRule();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelectedRule();
}

void AnswersDialog::showSelectedRule()
{
    const int row = currentRow();
    m_form->setEnabled(row >= 0);
    m_form->setRule(row >= 0 ? m_model->rule(row) : ResponseRule {});
    updateButtons();
}

void AnswersDialog::updateButtons()
{
    const int row = currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

void AnswersDialog::addRule()
{
    // A new rule answers every request with 503 until narrowed: what a person testing retries
    // wants first, and visibly a rule that does something.
    ResponseRule rule;
    rule.status = 503;
    selectRow(m_model->addRule(rule));
    m_form->setFocus();
}

void AnswersDialog::removeRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeRule(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void AnswersDialog::moveRule(int step)
{
    const int row = currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_model->moveRule(row, to);
    selectRow(to);
}

void AnswersDialog::importRules()
{
    const QString fileName = FileDialog::getOpenFileName(
        this, tr("Import Response Rules"), rulesDirectory(), tr("Rules files (*.json)"));
    if (fileName.isEmpty())
        return;
    QSettings().setValue(Session::SettingsKeys::RulesLastDirectory,
                         QFileInfo(fileName).absolutePath());
    QString error;
    const std::optional<QList<ResponseRule>> rules = Receiver::RulesFile::load(fileName, &error);
    if (!rules) {
        m_rulesBanner->showMessage(error);
        return;
    }
    m_rulesBanner->showMessage(
        tr("%n rule(s) read from %1; Save applies them.", nullptr, int(rules->size()))
            .arg(QDir::toNativeSeparators(fileName)),
        Tone::Success);
    m_model->setRules(*rules);
    refreshCounts();
    selectRow(rules->isEmpty() ? -1 : 0);
}

void AnswersDialog::exportRules()
{
    if (!rulesAreUsable())
        return;
    QString fileName = FileDialog::getSaveFileName(this, tr("Export Response Rules"),
                                                   QDir(rulesDirectory()).filePath(u"rules.json"_s),
                                                   tr("Rules files (*.json)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += u".json"_s;
    QSettings().setValue(Session::SettingsKeys::RulesLastDirectory,
                         QFileInfo(fileName).absolutePath());
    QString error;
    if (Receiver::RulesFile::save(fileName, m_model->rules(), &error))
        m_rulesBanner->showMessage(tr("Saved to %1; --serve-receiver --rules reads it.")
                                       .arg(QDir::toNativeSeparators(fileName)),
                                   Tone::Success);
    else
        m_rulesBanner->showMessage(error);
}

bool AnswersDialog::rulesAreUsable()
{
    // The rule being edited first: only its form knows of a header line that does not read.
    const QList<ResponseRule> rules = m_model->rules();
    int unusable = currentRow() >= 0 && !m_form->problem().isEmpty() ? currentRow() : -1;
    for (int row = 0; unusable < 0 && row < rules.size(); ++row) {
        if (!Receiver::RulesFile::problemWith(rules.at(row)).isEmpty()) {
            unusable = row;
            selectRow(row); // the form shows the problem
        }
    }
    if (unusable < 0)
        return true;
    m_rulesBanner->showMessage(tr("Rule %1 cannot be used yet; its problem is shown below.")
                                   .arg(rules.at(unusable).label(unusable + 1)));
    return false;
}

void AnswersDialog::showForwardingProblem()
{
    m_forwardUrl->setEnabled(m_forwardCheck->isChecked());
    m_forwardTimeout->setEnabled(m_forwardCheck->isChecked());
    const QString url = m_forwardUrl->text().trimmed();
    // No complaint before anything was typed, nor about an address that is not in use.
    const QString problem = m_forwardCheck->isChecked() && !url.isEmpty()
        ? m_controller->forwardingProblem(QUrl(url))
        : QString();
    m_forwardProblem->showMessage(problem);
}

void AnswersDialog::refreshCounts()
{
    const std::shared_ptr<Receiver::ResponseRules> inUse = m_controller->rulesInUse();
    if (inUse && inUse->rules() == m_model->rules())
        m_model->setAnsweredCounts(inUse->answeredCounts());
    else
        m_model->setAnsweredCounts({});
}

void AnswersDialog::accept()
{
    if (!rulesAreUsable())
        return;
    const bool on = m_forwardCheck->isChecked();
    const QUrl url(m_forwardUrl->text().trimmed());
    if (on && url.isEmpty()) {
        m_forwardProblem->showMessage(
            tr("Enter the address of your app, or switch forwarding off."));
        m_forwardUrl->setFocus();
        return;
    }
    QString error;
    if (!m_controller->setForwarding(on, url, std::chrono::seconds(m_forwardTimeout->value()),
                                     &error)) {
        m_forwardProblem->showMessage(error);
        m_forwardUrl->setFocus();
        return;
    }
    // Saving unchanged rules keeps their counts (and their spent state).
    if (m_model->rules() != m_controller->rules())
        m_controller->setRules(m_model->rules());
    QDialog::accept();
}

void AnswersDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void AnswersDialog::retranslate()
{
    setWindowTitle(tr("Answers"));
    m_intro->setText(tr("Answer like the endpoint you are building. Response rules are tried in "
                        "order and the first that matches answers; the other requests are "
                        "forwarded to your app when forwarding is on, and answered 200 "
                        "otherwise. Every request is stored first."));
    m_rulesTitle->setText(tr("Response rules"));
    m_table->setAccessibleName(tr("Response rules"));
    m_model->retranslate();
    m_addButton->setText(tr("Add Ru&le"));
    m_addButton->setAccessibleName(tr("Add a response rule"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setAccessibleName(tr("Remove the selected rule"));
    m_upButton->setText(tr("Move &Up"));
    m_upButton->setAccessibleName(tr("Try the selected rule earlier"));
    m_downButton->setText(tr("Move &Down"));
    m_downButton->setAccessibleName(tr("Try the selected rule later"));
    m_importButton->setText(tr("&Import…"));
    m_importButton->setAccessibleName(tr("Import response rules from a file"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setAccessibleName(tr("Export the response rules to a file"));
    m_forwardTitle->setText(tr("Forwarding"));
    m_forwardCheck->setText(tr("Forward the other requests &to"));
    m_forwardCheck->setAccessibleName(tr("Forward requests to your app"));
    m_forwardUrl->setPlaceholderText(u"http://localhost:3000/webhooks"_s);
    m_forwardUrl->setAccessibleName(tr("Address of your app"));
    m_timeoutLabel->setText(tr("&Wait:"));
    m_forwardTimeout->setSuffix(tr(" s"));
    m_forwardTimeout->setAccessibleName(tr("Seconds to wait for your app's answer"));
    m_forwardTimeout->setToolTip(
        tr("When your app has not answered by then, the sender gets 504; when it cannot be "
           "reached, 502."));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the answers"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

} // namespace Gui
