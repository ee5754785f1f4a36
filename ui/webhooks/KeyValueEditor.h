// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"
#include "app/channex/WebhookRules.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace Gui {

class KeyValueModel;

// Key/value table for a webhook's headers or request params: Add and Remove, a problem
// per row from WebhookRules (icon and tooltip at the row, sentences under the table), values
// that can be hidden, and for headers "Add secret header".
//
// JSON null and {} stay apart: values() returns what setValues() gave until the user changes
// something; an emptied list is {} unless it started as null.
//
// The secret is 32 bytes from QRandomGenerator::system(), written as 64 lower-case hex digits:
// safe in any header value, and easy to paste into a receiver's configuration and compare
// there (base64url would be shorter but its '-' and '_' and mixed case are easier to mangle).
class KeyValueEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueEditor)

public:
    using ListKind = Channex::WebhookRules::ListKind;
    static constexpr int SecretBytes = 32;

    explicit KeyValueEditor(QWidget *parent = nullptr);
    // Headers by default; the kind names the table ("Headers" / "Request parameters"), its
    // buttons and objectNames, and decides the rules and whether values start hidden.
    void setKind(ListKind kind);
    ListKind kind() const { return m_kind; }

    // `storedInChannex`: the values are a webhook's as Channex holds them, perhaps made by
    // another tool; while they stay unchanged, what the rules refuse is a warning, not an error.
    void setValues(const std::optional<Channex::KeyValueList> &values,
                   bool storedInChannex = false);
    std::optional<Channex::KeyValueList> values() const;
    Channex::WebhookRules::Problems problems() const;

    void setValuesMasked(bool masked);
    bool valuesMasked() const;

    // Adds (or, after asking, replaces) X-Channex-Webhook-Secret with a new random value and
    // offers to copy it. Headers only. Returns the secret, empty when the user kept the old one.
    QString addSecretHeader();
    static QString secretHeaderName();
    static QString generateSecret();

signals:
    // The rows changed (typing, Add, Remove, a secret, or setValues()).
    void valuesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the bar under the table says about the secret header.
    enum class SecretNote { None, Created, Copied };

    void retranslate();
    void showSecretNote();
    void addRow();
    void removeSelectedRows();
    void copySecret();
    void entriesChanged();
    void updateWidgets();

    ListKind m_kind = ListKind::Headers;
    std::optional<Channex::KeyValueList> m_given;
    bool m_givenIsStored = false;
    bool m_touched = false;
    QString m_secret; // the last generated secret, for the Copy button
    SecretNote m_secretNote = SecretNote::None;

    KeyValueModel *m_model;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_secretButton;
    QToolButton *m_showValuesButton;
    QLabel *m_problemLabel;
    QFrame *m_secretBar;
    QLabel *m_secretLabel;
    QPushButton *m_copyButton;
};

} // namespace Gui
