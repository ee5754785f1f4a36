// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/EventMask.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui {

// The filter of an `ari` event-mask entry: which restrictions, room types and rate plans
// a webhook hears about. Empty lists mean "any" ('*'). Restriction names that the builder does
// not know (typed in the raw mask) are kept as they are, never dropped.
class AriFilterEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AriFilterEditor)

public:
    using NamedIds = QList<QPair<QString, QString>>; // (id, name)

    explicit AriFilterEditor(QWidget *parent = nullptr);

    // Shows `filter` without emitting filterEdited(). An ID list being typed is left alone
    // when it already means the same IDs, so the cursor does not jump.
    void setFilter(const Channex::EventMask::AriFilter &filter);
    Channex::EventMask::AriFilter filter() const { return m_filter; }

    // Names for the IDs, when the owner has them: they become a "Choose" menu beside the ID
    // list and are shown under it. Without names the IDs are typed.
    void setRoomTypes(const NamedIds &roomTypes);
    void setRatePlans(const NamedIds &ratePlans);

signals:
    // The user changed the filter (never emitted by setFilter).
    void filterEdited(const Channex::EventMask::AriFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct IdList
    {
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QPushButton *chooser = nullptr;
        QLabel *names = nullptr;
        NamedIds known;
    };

    void retranslate();
    void buildIdList(IdList &list, const QString &name);
    void setNames(IdList &list, const NamedIds &names);
    void showIds(IdList &list, const QStringList &ids);
    void showNames(IdList &list, const QStringList &ids);
    void toggleId(IdList &list, const QString &id, bool chosen);
    void restrictionToggled(const QString &restriction, bool checked);
    void idsEdited();

    Channex::EventMask::AriFilter m_filter;
    QList<QCheckBox *> m_restrictionChecks;
    QLabel *m_restrictionsLabel = nullptr;
    IdList m_roomTypes;
    IdList m_ratePlans;
};

} // namespace Gui
