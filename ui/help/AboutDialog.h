// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Gui {

// Help ▸ About: the version, the Qt it runs on, the system, and the licences of what the
// installers ship. "Copy Version Information" puts one line on the clipboard for a support
// ticket.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Webhook Console 0.1.0 · Qt 6.4.2 · Debian GNU/Linux 12 (bookworm) · x86_64"
    static QString versionLine();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_versions;
    QTextBrowser *m_licences;
    QPushButton *m_copyButton;
    QPushButton *m_closeButton;
};

} // namespace Gui
