// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/AriFilterEditor.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using Channex::EventMask;

namespace Gui {

namespace {

constexpr int RestrictionColumns = 4;

// "a, b,,c " → {a, b, c}; a lone '*' means any, like an empty list.
QStringList parseIds(const QString &text)
{
    QStringList ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (!id.isEmpty() && id != "*"_L1)
            ids << id;
    }
    return ids;
}

} // namespace

AriFilterEditor::AriFilterEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"ariFilterEditor"_s);

    auto *restrictions = new QWidget(this);
    auto *grid = new QGridLayout(restrictions);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    const QStringList names = EventMask::knownAriRestrictions();
    for (int i = 0; i < names.size(); ++i) {
        const QString restriction = names.at(i);
        auto *check = new QCheckBox(restriction, restrictions);
        check->setObjectName(u"ariRestriction_"_s + restriction);
        grid->addWidget(check, i / RestrictionColumns, i % RestrictionColumns);
        connect(check, &QCheckBox::clicked, this,
                [this, restriction](bool checked) { restrictionToggled(restriction, checked); });
        m_restrictionChecks << check;
    }
    buildIdList(m_roomTypes, u"ariRoomTypes"_s);
    buildIdList(m_ratePlans, u"ariRatePlans"_s);

    // Compact on purpose: it shares the events tab with the checklist, at 800×600 too.
    m_restrictionsLabel = new QLabel(this);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_restrictionsLabel, 0, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(restrictions, 0, 1, 1, 3);
    auto addIdColumn = [this, layout](int column, IdList &list) {
        list.label = new QLabel(this);
        QLabel *labelWidget = list.label;
        labelWidget->setBuddy(list.edit);
        layout->addWidget(labelWidget, 1, column, Qt::AlignRight);
        auto *row = new QHBoxLayout;
        row->setSpacing(2);
        row->addWidget(list.edit, 1);
        row->addWidget(list.chooser);
        layout->addLayout(row, 1, column + 1);
        layout->addWidget(list.names, 2, column + 1);
    };
    addIdColumn(0, m_roomTypes);
    addIdColumn(2, m_ratePlans);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
    retranslate();
}

void AriFilterEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void AriFilterEditor::retranslate()
{
    for (QCheckBox *check : std::as_const(m_restrictionChecks))
        check->setAccessibleName(tr("Restriction %1").arg(check->text()));
    m_restrictionsLabel->setText(tr("Restrictions:"));
    m_restrictionsLabel->setToolTip(tr("None checked: changes of any restriction."));
    const auto texts = [this](IdList &list, const QString &label, const QString &accessibleName,
                              const QString &chooserName) {
        list.label->setText(label);
        list.edit->setAccessibleName(accessibleName);
        list.edit->setPlaceholderText(tr("Any, or IDs separated by commas"));
        list.chooser->setText(tr("Choose"));
        list.chooser->setAccessibleName(chooserName);
        list.chooser->setToolTip(chooserName);
        showNames(list, parseIds(list.edit->text()));
    };
    texts(m_roomTypes, tr("R&oom types:"), tr("Room type IDs"), tr("Choose room types"));
    texts(m_ratePlans, tr("Rate p&lans:"), tr("Rate plan IDs"), tr("Choose rate plans"));
}

void AriFilterEditor::buildIdList(IdList &list, const QString &name)
{
    list.edit = new QLineEdit(this);
    list.edit->setObjectName(name + u"Edit"_s);
    list.edit->setClearButtonEnabled(true);
    connect(list.edit, &QLineEdit::textEdited, this, &AriFilterEditor::idsEdited);

    list.chooser = new QPushButton(this);
    list.chooser->setObjectName(name + u"Chooser"_s);
    list.chooser->setAutoDefault(false);
    list.chooser->setMenu(new QMenu(list.chooser));
    list.chooser->hide(); // until names are supplied
    // The menu is rebuilt each time so that its check marks follow the typed IDs.
    connect(list.chooser->menu(), &QMenu::aboutToShow, this, [this, &list] {
        QMenu *menu = list.chooser->menu();
        menu->clear();
        const QStringList chosen = parseIds(list.edit->text());
        for (const auto &entry : std::as_const(list.known)) {
            const QString id = entry.first;
            QAction *action = menu->addAction(entry.second);
            action->setCheckable(true);
            action->setChecked(chosen.contains(id));
            action->setToolTip(id);
            connect(action, &QAction::toggled, this,
                    [this, &list, id](bool on) { toggleId(list, id, on); });
        }
    });

    list.names = new QLabel(this);
    list.names->setObjectName(name + u"Names"_s);
    list.names->setWordWrap(true);
    list.names->setTextInteractionFlags(Qt::TextSelectableByMouse);
    list.names->hide();
}

void AriFilterEditor::setFilter(const EventMask::AriFilter &filter)
{
    m_filter = filter;
    for (QCheckBox *check : std::as_const(m_restrictionChecks))
        check->setChecked(filter.restrictions.contains(check->text()));
    showIds(m_roomTypes, filter.roomTypeIds);
    showIds(m_ratePlans, filter.ratePlanIds);
}

void AriFilterEditor::showIds(IdList &list, const QStringList &ids)
{
    // Rewriting text the user is typing ("a, b,") would move the cursor: only when it differs.
    if (parseIds(list.edit->text()) != ids) {
        list.edit->setText(ids.join(u", "_s));
        list.edit->setCursorPosition(0); // show where the list starts
    }
    showNames(list, ids);
}

void AriFilterEditor::showNames(IdList &list, const QStringList &ids)
{
    if (list.known.isEmpty() || ids.isEmpty()) {
        list.names->hide();
        return;
    }
    QStringList names;
    for (const QString &id : ids) {
        const auto it = std::find_if(list.known.cbegin(), list.known.cend(),
                                     [&id](const auto &entry) { return entry.first == id; });
        names << (it != list.known.cend() ? it->second : tr("%1 (unknown ID)").arg(id));
    }
    list.names->setText(names.join(u", "_s));
    list.names->show();
}

void AriFilterEditor::setNames(IdList &list, const NamedIds &names)
{
    list.known = names;
    list.chooser->setVisible(!names.isEmpty());
    showNames(list, parseIds(list.edit->text()));
}

void AriFilterEditor::setRoomTypes(const NamedIds &roomTypes)
{
    setNames(m_roomTypes, roomTypes);
}

void AriFilterEditor::setRatePlans(const NamedIds &ratePlans)
{
    setNames(m_ratePlans, ratePlans);
}

void AriFilterEditor::toggleId(IdList &list, const QString &id, bool chosen)
{
    QStringList ids = parseIds(list.edit->text());
    if (chosen && !ids.contains(id))
        ids << id;
    else if (!chosen)
        ids.removeAll(id);
    list.edit->setText(ids.join(u", "_s));
    idsEdited();
}

void AriFilterEditor::restrictionToggled(const QString &restriction, bool checked)
{
    // Edit the list in place: unknown names typed in the raw mask keep their position.
    if (checked && !m_filter.restrictions.contains(restriction))
        m_filter.restrictions << restriction;
    else if (!checked)
        m_filter.restrictions.removeAll(restriction);
    emit filterEdited(m_filter);
}

void AriFilterEditor::idsEdited()
{
    m_filter.roomTypeIds = parseIds(m_roomTypes.edit->text());
    m_filter.ratePlanIds = parseIds(m_ratePlans.edit->text());
    showNames(m_roomTypes, m_filter.roomTypeIds);
    showNames(m_ratePlans, m_filter.ratePlanIds);
    emit filterEdited(m_filter);
}

} // namespace Gui
