// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/EventMaskEditor.h"

#include "app/payloads/EventCatalog.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/FixedFont.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/common/StatusColours.h"
#include "ui/webhooks/WrappingItemDelegate.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Channex::EventMask;
using Payloads::EventCatalog;

namespace Gui {

namespace {

constexpr QLatin1StringView Ari {"ari"};
constexpr QLatin1StringView LegacyDisconnect {"disconnected_channel"};
constexpr int NameRole = Qt::UserRole; // wire name of an event item, entry text of an unknown one

enum class Column { Event = 0, Description = 1 };
constexpr int col(Column c)
{
    return int(c);
}

// The catalogue keeps Channex's Markdown (`new`); people read quotes.
QString readable(QString text)
{
    static const QRegularExpression code(u"`([^`]*)`"_s);
    return text.replace(code, u"“\\1”"_s);
}

} // namespace

EventMaskEditor::EventMaskEditor(QWidget *parent)
    : QWidget(parent), m_maskEdit(new QLineEdit(this)), m_findEdit(new QLineEdit(this)),
      m_allCheck(new QCheckBox(this)), m_tree(new QTreeWidget(this)), m_ariBox(new QGroupBox(this)),
      m_ariFilter(new AriFilterEditor(m_ariBox)), m_problemsLabel(new QLabel(this)),
      m_maskLabel(new QLabel(this))
{
    setObjectName(u"eventMaskEditor"_s);

    m_maskEdit->setObjectName(u"eventMaskEdit"_s);
    m_maskEdit->setFont(fixedFont());
    m_maskLabel->setBuddy(m_maskEdit);

    m_findEdit->setObjectName(u"eventFindEdit"_s);
    m_findEdit->setClearButtonEnabled(true);

    m_allCheck->setObjectName(u"allEventsCheck"_s);

    m_tree->setObjectName(u"eventTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setItemDelegate(new WrappingItemDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(col(Column::Event), QHeaderView::Interactive);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    buildTree();

    m_ariBox->setObjectName(u"ariFilterBox"_s);
    auto *ariLayout = new QVBoxLayout(m_ariBox);
    ariLayout->addWidget(m_ariFilter);

    m_problemsLabel->setObjectName(u"eventMaskProblems"_s);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel->hide();

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_maskLabel);
    topRow->addWidget(m_maskEdit, 1);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_allCheck);
    findRow->addSpacing(12);
    findRow->addWidget(m_findEdit, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(topRow);
    layout->addWidget(m_problemsLabel);
    layout->addLayout(findRow);
    // The user decides how much room the builder takes from the checklist.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"eventSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_ariBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    layout->addWidget(splitter, 1);
    rememberSplitter(splitter, Session::SettingsKeys::EventMaskEditorSplitter);

    setTabOrder(m_maskEdit, m_allCheck);
    setTabOrder(m_allCheck, m_findEdit);
    setTabOrder(m_findEdit, m_tree);

    connect(m_maskEdit, &QLineEdit::textEdited, this, &EventMaskEditor::rawTextEdited);
    connect(m_findEdit, &QLineEdit::textChanged, this, &EventMaskEditor::applyFind);
    connect(m_allCheck, &QCheckBox::clicked, this, &EventMaskEditor::allEventsClicked);
    connect(m_tree, &QTreeWidget::itemChanged, this, &EventMaskEditor::itemChanged);
    connect(m_ariFilter, &AriFilterEditor::filterEdited, this, &EventMaskEditor::ariFilterEdited);

    retranslate();
}

void EventMaskEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void EventMaskEditor::retranslate()
{
    m_maskLabel->setText(tr("&Mask:"));
    m_maskEdit->setAccessibleName(tr("Event mask"));
    m_maskEdit->setPlaceholderText(tr("* or event names separated by ;"));
    m_maskEdit->setToolTip(tr("The mask exactly as it is sent to Channex. Typing here updates "
                              "the checklist, and the checklist updates this text."));
    m_findEdit->setAccessibleName(tr("Find event"));
    m_findEdit->setPlaceholderText(tr("Find an event by name or description"));
    m_allCheck->setText(tr("&All events (*)"));
    m_allCheck->setAccessibleName(tr("All events"));
    m_allCheck->setToolTip(tr("“*”: every event, including events Channex adds later."));
    m_ariBox->setTitle(tr("ARI filter (nothing chosen: every ARI change)"));
    m_tree->setAccessibleName(tr("Events"));
    m_tree->setHeaderLabels({tr("Event"), tr("Description")});
    const QStringList groups = EventCatalog::groups();
    for (int g = 0; g < groups.size() && g < m_tree->topLevelItemCount(); ++g)
        m_tree->topLevelItem(g)->setText(col(Column::Event),
                                         EventCatalog::groupTitle(groups.at(g)));
    m_unknownGroup->setText(col(Column::Event), tr("Not recognised"));
    for (auto it = m_eventItems.cbegin(); it != m_eventItems.cend(); ++it)
        it.value()->setText(col(Column::Description),
                            readable(EventCatalog::description(it.key())));
    showText(); // the texts that depend on the mask: unknown names, problems, legacy name
}

EventMaskEditor::~EventMaskEditor()
{
    qDeleteAll(m_retiredUnknown);
}

void EventMaskEditor::buildTree()
{
    for (const QString &group : EventCatalog::groups()) {
        auto *groupItem = new QTreeWidgetItem(m_tree, {EventCatalog::groupTitle(group)});
        groupItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        groupItem->setCheckState(col(Column::Event), Qt::Unchecked);
        QFont bold = groupItem->font(col(Column::Event));
        bold.setBold(true);
        groupItem->setFont(col(Column::Event), bold);
        groupItem->setFirstColumnSpanned(true);
        for (const Payloads::EventInfo &info : EventCatalog::events()) {
            if (info.group != group)
                continue;
            auto *item = new QTreeWidgetItem(
                groupItem, {info.name, readable(EventCatalog::description(info.name))});
            item->setData(col(Column::Event), NameRole, info.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(col(Column::Event), Qt::Unchecked);
            m_eventItems.insert(info.name, item);
        }
    }
    m_unknownGroup = new QTreeWidgetItem(m_tree, {tr("Not recognised")});
    m_unknownGroup->setFlags(Qt::ItemIsEnabled);
    m_unknownGroup->setIcon(col(Column::Event),
                            style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_unknownGroup->setFirstColumnSpanned(true);
    m_unknownGroup->setHidden(true);

    m_tree->expandAll();
    m_tree->resizeColumnToContents(col(Column::Event));
}

void EventMaskEditor::setMask(const QString &mask)
{
    // A new mask starts with an empty builder and nothing to restore.
    m_entriesBeforeAll.clear();
    m_ariFilter->setFilter({});
    const bool changed = mask != m_text;
    m_text = mask;
    if (m_maskEdit->text() != mask) {
        m_maskEdit->setText(mask);
        m_maskEdit->setCursorPosition(0); // show where the mask starts
    }
    showText();
    if (changed)
        emit maskChanged(m_text);
}

Channex::WebhookRules::Problems EventMaskEditor::problems() const
{
    return Channex::WebhookRules::checkEventMask(m_text);
}

void EventMaskEditor::setRoomTypes(const AriFilterEditor::NamedIds &roomTypes)
{
    m_ariFilter->setRoomTypes(roomTypes);
}

void EventMaskEditor::setRatePlans(const AriFilterEditor::NamedIds &ratePlans)
{
    m_ariFilter->setRatePlans(ratePlans);
}

void EventMaskEditor::rawTextEdited(const QString &text)
{
    m_text = text;
    m_entriesBeforeAll.clear();
    showText(); // the line edit already holds the text: its cursor stays where it is
    emit maskChanged(m_text);
}

void EventMaskEditor::commit(const EventMask &mask)
{
    const QString text = mask.format();
    if (text == m_text) {
        showText(); // e.g. a group click that changed nothing: redraw its check state
        return;
    }
    m_text = text;
    m_maskEdit->setText(text);
    showText();
    emit maskChanged(m_text);
}

void EventMaskEditor::itemChanged(QTreeWidgetItem *item, int column)
{
    if (m_showing || column != col(Column::Event))
        return;
    const bool checked = item->checkState(col(Column::Event)) == Qt::Checked;
    EventMask mask = EventMask::parse(m_text);

    QStringList names;
    if (item->parent() == m_unknownGroup) {
        // Unchecking an unrecognised entry is the only way it leaves the mask.
        mask.removeWritten(item->data(col(Column::Event), NameRole).toString());
        commit(mask);
        return;
    }
    if (item->parent() == nullptr) {
        for (int i = 0; i < item->childCount(); ++i)
            names << item->child(i)->data(col(Column::Event), NameRole).toString();
    } else {
        names << item->data(col(Column::Event), NameRole).toString();
    }

    for (const QString &name : std::as_const(names)) {
        // Re-checking ari brings back the filter the builder still shows.
        if (checked)
            mask.addEvent(name, m_ariFilter->filter());
        else
            mask.removeEvent(name);
    }
    commit(mask);
}

void EventMaskEditor::allEventsClicked(bool checked)
{
    EventMask mask = EventMask::parse(m_text);
    if (checked) {
        m_entriesBeforeAll = mask.entries();
        mask.setAll(true);
        commit(mask);
        return;
    }
    if (mask.entries().isEmpty())
        mask.setEntries(m_entriesBeforeAll); // back to what was checked before "All"
    else
        mask.setAll(false); // "*;ari": the names were there all along
    m_entriesBeforeAll.clear();
    commit(mask);
}

void EventMaskEditor::ariFilterEdited(const EventMask::AriFilter &filter)
{
    EventMask mask = EventMask::parse(m_text);
    mask.setAriFilter(filter);
    commit(mask);
}

void EventMaskEditor::showText()
{
    m_showing = true;
    const EventMask mask = EventMask::parse(m_text);
    const bool all = mask.isAll();
    m_allCheck->setChecked(all);

    // Groups first: an item cannot be enabled under a disabled parent.
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        m_tree->topLevelItem(g)->setDisabled(all && m_tree->topLevelItem(g) != m_unknownGroup);
    const bool legacy = mask.eventNames().contains(LegacyDisconnect);
    for (auto it = m_eventItems.cbegin(); it != m_eventItems.cend(); ++it) {
        QTreeWidgetItem *item = it.value();
        item->setCheckState(col(Column::Event),
                            mask.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
        // Under "*" every event is in; the boxes show it but cannot take it away.
        item->setDisabled(all);
    }
    if (QTreeWidgetItem *disconnectItem
        = m_eventItems.value(EventCatalog::canonicalName(LegacyDisconnect))) {
        const QString description = readable(EventCatalog::description(disconnectItem->text(0)));
        disconnectItem->setText(col(Column::Description),
                                legacy ? tr("%1 Written as “%2”, its 2025 name, and kept that way.")
                                             .arg(description, LegacyDisconnect)
                                       : description);
        disconnectItem->setIcon(col(Column::Event),
                                legacy ? style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                       : QIcon());
    }
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group == m_unknownGroup)
            continue;
        int checked = 0;
        for (int i = 0; i < group->childCount(); ++i)
            checked += group->child(i)->checkState(col(Column::Event)) == Qt::Checked ? 1 : 0;
        group->setCheckState(col(Column::Event),
                             checked == 0                         ? Qt::Unchecked
                                 : checked == group->childCount() ? Qt::Checked
                                                                  : Qt::PartiallyChecked);
    }
    showUnknown(mask);

    // The builder follows the first ari entry; it keeps its values while ari is unchecked.
    const auto ari = std::find_if(mask.entries().cbegin(), mask.entries().cend(),
                                  [](const EventMask::Entry &e) { return e.event == Ari; });
    if (ari != mask.entries().cend())
        m_ariFilter->setFilter(ari->ariFilter);
    m_ariBox->setVisible(ari != mask.entries().cend() && !all);
    showProblems();
    m_showing = false;
}

void EventMaskEditor::showUnknown(const EventMask &mask)
{
    qDeleteAll(m_retiredUnknown);
    m_retiredUnknown = m_unknownGroup->takeChildren();
    const QStringList unknown = mask.unknownEvents();
    for (const QString &written : unknown) {
        auto *item = new QTreeWidgetItem(
            m_unknownGroup, {written, tr("Not a documented Channex event: %1").arg(written)});
        item->setData(col(Column::Event), NameRole, written);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(col(Column::Event), Qt::Checked);
        item->setIcon(col(Column::Event), style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(col(Column::Event),
                         tr("Kept as written. Uncheck to remove it from the mask."));
    }
    m_unknownGroup->setHidden(unknown.isEmpty());
    m_unknownGroup->setExpanded(true);
    applyFind(m_findEdit->text());
}

void EventMaskEditor::showProblems()
{
    QStringList lines;
    bool error = false;
    for (const Channex::WebhookRules::Problem &problem : problems()) {
        lines << (problem.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(problem.message);
        error = error || problem.isError();
    }
    setTone(m_problemsLabel, error ? Tone::Error : Tone::Warning);
    m_problemsLabel->setText(lines.join(u'\n'));
    m_problemsLabel->setVisible(!lines.isEmpty());
}

void EventMaskEditor::applyFind(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty()
                || item->text(col(Column::Event)).contains(needle, Qt::CaseInsensitive)
                || item->text(col(Column::Description)).contains(needle, Qt::CaseInsensitive)
                || group->text(col(Column::Event)).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace Gui
