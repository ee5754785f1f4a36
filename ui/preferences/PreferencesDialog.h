// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Gui {

// File ▸ Preferences. Changes apply at once, as on GNOME and KDE: the language switches
// the whole window without a restart, and is remembered for the next start ("" = follow the
// system).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

signals:
    void resetColumnsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString systemDefaultText();
    void fillLanguages();
    void chooseLanguage(int index);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    bool m_filling = false;
};

} // namespace Gui
