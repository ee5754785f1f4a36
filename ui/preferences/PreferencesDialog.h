// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Session {
class SecretStore;
}

namespace Gui {

// File ▸ Preferences. Changes apply at once, as on GNOME and KDE: the language switches
// the whole window without a restart, and is remembered for the next start ("" = follow the
// system). The shared capture history (a PostgreSQL URL, its password in the keychain of
// `secrets`) is used from the next start, as the live panel's store opens with the window.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr, Session::SecretStore *secrets = nullptr);
    ~PreferencesDialog() override;

signals:
    void resetColumnsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString systemDefaultText();
    void fillLanguages();
    void chooseLanguage(int index);
    void saveSharedHistory();
    bool hasKeychain() const;
    void showPasswordPlaceholder();
    void showSharedHistoryStatus();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Session::SecretStore *m_secrets;
    bool m_filling = false;
    QString m_sharedHistoryProblem; // why the URL typed was not saved
};

} // namespace Gui
