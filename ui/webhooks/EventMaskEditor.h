// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/EventMask.h"
#include "app/channex/WebhookRules.h"
#include "ui/webhooks/AriFilterEditor.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gui {

// The event mask editor: the 28 documented events as a grouped checklist with their
// descriptions, "All events (*)", a builder for the `ari` filter, and the raw mask text, all
// kept in step. The text is the truth: the checklist shows what it says, and a click in the
// checklist rewrites it, keeping everything else as written. Unknown entries are never
// dropped; they appear checked in a "Not recognised" group with a warning.
class EventMaskEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventMaskEditor)

public:
    explicit EventMaskEditor(QWidget *parent = nullptr);
    ~EventMaskEditor() override;

    void setMask(const QString &mask);
    QString mask() const { return m_text; }
    // What WebhookRules says about the current text (errors and warnings).
    Channex::WebhookRules::Problems problems() const;

    // Names for the ARI filter's room type and rate plan IDs, when the owner has them.
    void setRoomTypes(const AriFilterEditor::NamedIds &roomTypes);
    void setRatePlans(const AriFilterEditor::NamedIds &ratePlans);

signals:
    // The mask text changed, by typing, a click, or setMask().
    void maskChanged(const QString &mask);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildTree();
    void rawTextEdited(const QString &text);
    void itemChanged(QTreeWidgetItem *item, int column);
    void allEventsClicked(bool checked);
    void ariFilterEdited(const Channex::EventMask::AriFilter &filter);
    void applyFind(const QString &text);
    // Writes a mask chosen in the checklist or the builder into the text.
    void commit(const Channex::EventMask &mask);
    // Shows the current text in the checklist, the builder and the problem list.
    void showText();
    void showUnknown(const Channex::EventMask &mask);
    void showProblems();

    QString m_text;
    bool m_showing = false; // set while showText() changes check states
    QList<Channex::EventMask::Entry> m_entriesBeforeAll; // restored when "All" is unchecked

    QLineEdit *m_maskEdit;
    QLineEdit *m_findEdit;
    QCheckBox *m_allCheck;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_unknownGroup = nullptr;
    // Unknown items replaced by the last redraw. Deleted one redraw later: the item whose
    // click started the redraw is still inside its own setData() then.
    QList<QTreeWidgetItem *> m_retiredUnknown;
    QHash<QString, QTreeWidgetItem *> m_eventItems; // by wire name
    QGroupBox *m_ariBox;
    AriFilterEditor *m_ariFilter;
    QLabel *m_problemsLabel;
    QLabel *m_maskLabel;
};

} // namespace Gui
