// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareConnectionsDialog.h"

#include "app/channex/AccountSession.h"
#include "app/channex/BulkWebhookJob.h"
#include "app/session/ConsoleController.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/BulkJobProgress.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/compare/CompareSide.h"
#include "ui/compare/ComparisonDetail.h"
#include "ui/compare/ComparisonTree.h"
#include "ui/compare/CopyAcross.h"
#include "ui/compare/SideChooser.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Group = Transfer::ComparisonRow::Group;
using Show = Gui::ComparisonTree::Show;
namespace SettingsKeys = Session::SettingsKeys;

namespace Gui {

CompareConnectionsDialog::CompareConnectionsDialog(Session::ConsoleController *controller,
                                                   QWidget *parent)
    : QDialog(parent), m_controller(controller), m_left(new CompareSide(controller, this)),
      m_right(new CompareSide(controller, this)),
      m_leftChooser(new SideChooser(SideChooser::Which::Left, m_left, controller, this)),
      m_rightChooser(new SideChooser(SideChooser::Which::Right, m_right, controller, this)),
      m_showLabel(new QLabel(this)), m_show(new QComboBox(this)), m_filterLabel(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_reload(new QPushButton(this)), m_summary(new QLabel(this)),
      m_tree(new ComparisonTree(this)), m_detail(new ComparisonDetail(this)),
      m_withValues(new QCheckBox(this)), m_copyLeft(new QPushButton(this)),
      m_copyRight(new QPushButton(this)), m_progress(new BulkJobProgress(this)),
      m_message(new QLabel(this)), m_close(new QPushButton(this)),
      m_copy(new CopyAcross(m_progress, this))
{
    setObjectName(u"compareConnectionsDialog"_s);
    setWindowFlags(windowFlags() | Qt::WindowMinMaxButtonsHint);
    m_show->setObjectName(u"showCombo"_s);
    m_showLabel->setBuddy(m_show);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_reload->setObjectName(u"reloadButton"_s);
    m_summary->setObjectName(u"comparisonSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_withValues->setObjectName(u"copyValuesCheck"_s);
    m_copyLeft->setObjectName(u"copyToLeftButton"_s);
    m_copyRight->setObjectName(u"copyToRightButton"_s);
    m_message->setObjectName(u"compareMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_close->setObjectName(u"closeButton"_s);
    // Return in the filter or the tree starts nothing: every button is pressed on purpose.
    for (QPushButton *button : {m_reload, m_copyLeft, m_copyRight, m_close})
        button->setAutoDefault(false);
    buildLayout();

    auto *reloadAction = new QAction(this);
    reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    addAction(reloadAction);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    addAction(findAction);

    connect(reloadAction, &QAction::triggered, this, &CompareConnectionsDialog::reload);
    connect(m_reload, &QPushButton::clicked, this, &CompareConnectionsDialog::reload);
    connect(findAction, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_tree->setShow(Show(m_show->currentData().toInt())); });
    connect(m_filter, &QLineEdit::textChanged, m_tree, &ComparisonTree::setFilterText);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            &CompareConnectionsDialog::updateActions);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        m_detail->showRow(m_tree->comparison() ? &*m_tree->comparison() : nullptr,
                          m_tree->currentRow());
    });
    connect(m_copyRight, &QPushButton::clicked, this, &CompareConnectionsDialog::copyToRight);
    connect(m_copyLeft, &QPushButton::clicked, this, &CompareConnectionsDialog::copyToLeft);
    connect(m_close, &QPushButton::clicked, this, &CompareConnectionsDialog::reject);
    for (CompareSide *side : {m_left, m_right})
        connect(side, &CompareSide::changed, this, &CompareConnectionsDialog::compare);
    connect(m_copy, &CopyAcross::started, this, [this] {
        m_message->clear();
        updateActions();
    });
    connect(m_progress, &BulkJobProgress::ended, this, &CompareConnectionsDialog::onCopyEnded);
    connect(m_progress, &BulkJobProgress::succeeded, m_message, &QLabel::setText);

    resize(980, 640);
    retranslate();
    rememberGeometry(this, SettingsKeys::CompareConnectionsDialogGeometry);
    updateActions();
}

CompareConnectionsDialog::~CompareConnectionsDialog()
{
    // A copy still running talks to a session of a side: it goes first, without a summary.
    m_progress->abandon();
}

void CompareConnectionsDialog::buildLayout()
{
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_leftChooser, 1);
    sides->addSpacing(16);
    sides->addWidget(m_rightChooser, 1);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_showLabel);
    filters->addWidget(m_show);
    filters->addSpacing(12);
    filters->addWidget(m_filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_reload);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"compareSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    // The detail's eight lines need less room than the tree; the tree takes what is added.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({400, 150});
    rememberSplitter(splitter, SettingsKeys::CompareConnectionsDialogSplitter);

    auto *copy = new QHBoxLayout;
    copy->addWidget(m_withValues);
    copy->addStretch();
    copy->addWidget(m_copyLeft);
    copy->addWidget(m_copyRight);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(copy);
    layout->addLayout(bottom);

    setTabOrder(m_leftChooser->combo(), m_rightChooser->combo());
    setTabOrder(m_rightChooser->combo(), m_show);
    setTabOrder(m_show, m_filter);
    setTabOrder(m_filter, m_reload);
    setTabOrder(m_reload, m_tree);
    setTabOrder(m_tree, m_detail);
    setTabOrder(m_detail, m_withValues);
    setTabOrder(m_withValues, m_copyLeft);
    setTabOrder(m_copyLeft, m_copyRight);
    setTabOrder(m_copyRight, m_close);
}

void CompareConnectionsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CompareConnectionsDialog::retranslate()
{
    setWindowTitle(tr("Compare Connections"));
    m_showLabel->setText(tr("S&how:"));
    const int shown = qMax(0, m_show->currentIndex());
    {
        const QSignalBlocker blocker(m_show);
        m_show->clear();
        m_show->addItem(tr("All webhooks"), int(Show::All));
        m_show->addItem(tr("Every difference"), int(Show::Differences));
        m_show->addItem(tr("Only on the left"), int(Show::OnlyLeft));
        m_show->addItem(tr("Only on the right"), int(Show::OnlyRight));
        m_show->addItem(tr("Different"), int(Show::Different));
        m_show->addItem(tr("Same"), int(Show::Same));
        m_show->setCurrentIndex(shown);
    }
    m_show->setAccessibleName(tr("Show"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Property, URL or field"));
    m_reload->setText(tr("Rel&oad"));
    m_reload->setAccessibleName(tr("Reload both connections"));
    m_reload->setToolTip(tr("Read both accounts again (F5)"));
    m_withValues->setText(tr("Copy header and parameter &values"));
    m_withValues->setAccessibleName(tr("Copy header and parameter values"));
    m_withValues->setToolTip(tr("They often hold secrets, such as a shared-secret header. "
                                "Without them, the target keeps its own values under the same "
                                "names and new ones are left empty."));
    m_copyLeft->setText(tr("← Cop&y to Left"));
    m_copyLeft->setAccessibleName(tr("Copy to left"));
    m_copyRight->setText(tr("&Copy to Right →"));
    m_copyRight->setAccessibleName(tr("Copy to right"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_progress->retranslate();
    m_tree->retranslate();
    m_detail->retranslate();
    compare(); // the comparison's notes are words too
}

void CompareConnectionsDialog::chooseConnections(const QString &leftId, const QString &rightId)
{
    m_leftChooser->choose(leftId);
    m_rightChooser->choose(rightId);
}

CompareSide *CompareConnectionsDialog::side(Side side) const
{
    return side == Side::Left ? m_left : m_right;
}

SideChooser *CompareConnectionsDialog::chooser(Side side) const
{
    return side == Side::Left ? m_leftChooser : m_rightChooser;
}

Channex::BulkWebhookJob *CompareConnectionsDialog::runningJob() const
{
    return m_copy->runningJob();
}

void CompareConnectionsDialog::reload()
{
    if (runningJob())
        return;
    m_message->clear();
    m_left->reload();
    m_right->reload();
}

// Compares again whenever a side changes; while a side reloads, the last comparison of the same
// two connections stays in view (its copy buttons off), so the selection survives.
void CompareConnectionsDialog::compare()
{
    rememberConnections();
    const bool chosen = !m_left->connectionId().isEmpty() && !m_right->connectionId().isEmpty();
    const bool sameSides = chosen && m_left->connectionId() == m_right->connectionId();
    const bool loaded = m_left->state() == CompareSide::State::Loaded
        && m_right->state() == CompareSide::State::Loaded;
    const bool failed = m_left->state() == CompareSide::State::Failed
        || m_right->state() == CompareSide::State::Failed;
    const bool otherPair = m_compared.first != m_left->connectionId()
        || m_compared.second != m_right->connectionId();
    if (!chosen || sameSides || failed || (otherPair && !loaded)) {
        m_tree->clearComparison();
        m_compared = {};
    } else if (loaded) {
        m_tree->setComparison(
            Transfer::AccountComparison::make(m_left->account(), m_right->account()));
        m_compared = {m_left->connectionId(), m_right->connectionId()};
    }
    if (sameSides) {
        m_summary->setText(tr("Both sides show the same connection: choose another on one side "
                              "(Manage connections… in the main window adds one)."));
    } else if (const auto &comparison = m_tree->comparison()) {
        m_summary->setText(
            tr("%1 only on the left, %2 only on the right, %3 different, %4 the same.")
                .arg(comparison->count(Group::OnlyLeft))
                .arg(comparison->count(Group::OnlyRight))
                .arg(comparison->count(Group::Different))
                .arg(comparison->count(Group::Same)));
    } else {
        m_summary->setText(tr("The comparison shows once both connections are loaded."));
    }
    m_detail->showRow(m_tree->comparison() ? &*m_tree->comparison() : nullptr,
                      m_tree->currentRow());
    updateActions();
}

void CompareConnectionsDialog::updateActions()
{
    const bool busy = runningJob() != nullptr;
    const bool ready = !busy && m_tree->comparison()
        && m_left->state() == CompareSide::State::Loaded
        && m_right->state() == CompareSide::State::Loaded;
    bool anyLeft = false;
    bool anyRight = false;
    if (ready) {
        for (int index : m_tree->selectedRows()) {
            const Transfer::ComparisonRow &row = m_tree->comparison()->rows().at(index);
            anyLeft = anyLeft || row.left >= 0;
            anyRight = anyRight || row.right >= 0;
        }
    }
    m_copyRight->setEnabled(anyLeft);
    m_copyLeft->setEnabled(anyRight);
    m_copyRight->setToolTip(tr("Copy the selected webhooks of %1 to %2, after a preview")
                                .arg(m_left->connectionName(), m_right->connectionName()));
    m_copyLeft->setToolTip(tr("Copy the selected webhooks of %1 to %2, after a preview")
                               .arg(m_right->connectionName(), m_left->connectionName()));
    for (QWidget *widget :
         {static_cast<QWidget *>(m_leftChooser), static_cast<QWidget *>(m_rightChooser),
          static_cast<QWidget *>(m_reload)})
        widget->setEnabled(!busy);
}

void CompareConnectionsDialog::copyToRight()
{
    copy(Side::Left);
}

void CompareConnectionsDialog::copyToLeft()
{
    copy(Side::Right);
}

void CompareConnectionsDialog::copy(Side from)
{
    const Side to = from == Side::Left ? Side::Right : Side::Left;
    if (runningJob() || !m_tree->comparison() || side(to)->state() != CompareSide::State::Loaded)
        return;
    m_copy->preview(*m_tree->comparison(), m_tree->selectedRows(), from, side(to),
                    m_withValues->isChecked());
}

void CompareConnectionsDialog::onCopyEnded()
{
    updateActions();
    reload();
    // The main window shows its own copy of that account: it reads it again too.
    if (m_controller->currentConnection().id == m_copy->targetConnectionId()
        && m_controller->session())
        m_controller->session()->refresh();
}

void CompareConnectionsDialog::rememberConnections() const
{
    if (m_left->connectionId().isEmpty() || m_right->connectionId().isEmpty())
        return;
    QSettings settings;
    settings.setValue(SettingsKeys::CompareLeftConnection, m_left->connectionId());
    settings.setValue(SettingsKeys::CompareRightConnection, m_right->connectionId());
}

void CompareConnectionsDialog::reject()
{
    if (m_copy->confirmClose())
        QDialog::reject();
}

} // namespace Gui
