// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/AboutDialog.h"

#include "app/session/SettingsKeys.h"
#include "ui/common/RememberedGeometry.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_versions(new QLabel(this)), m_licences(new QTextBrowser(this)),
      m_copyButton(new QPushButton(this)), m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/webhook-console.svg")).pixmap(64, 64));
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_versions->setObjectName(QStringLiteral("aboutVersions"));
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_licences->setObjectName(QStringLiteral("aboutLicences"));
    m_licences->setOpenExternalLinks(true);
    m_copyButton->setObjectName(QStringLiteral("copyVersionButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this,
            [] { QApplication::clipboard()->setText(versionLine()); });

    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_summary);
    texts->addWidget(m_versions);
    head->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_licences, 1);
    layout->addWidget(buttons);
    resize(560, 460);
    rememberGeometry(this, Session::SettingsKeys::AboutDialogGeometry);
    retranslate();
}

QString AboutDialog::versionLine()
{
    return QStringLiteral("%1 %2 · Qt %3 · %4 · %5")
        .arg(QApplication::applicationName(), QApplication::applicationVersion(),
             QString::fromLatin1(qVersion()), QSysInfo::prettyProductName(),
             QSysInfo::currentCpuArchitecture());
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Webhook Console"));
    m_title->setText(tr("<h2>Webhook Console %1</h2>").arg(QApplication::applicationVersion()));
    m_summary->setText(tr("Manage the webhooks of a Channex account, test them, and watch their "
                          "deliveries."));
    m_versions->setText(tr("Qt %1 (built with Qt %2) · %3")
                            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                 QSysInfo::prettyProductName()));
    m_licences->setAccessibleName(tr("Licences"));
    m_licences->setHtml(
        tr("<p>Webhook Console is free software: you can redistribute it and modify it under the "
           "terms of the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General "
           "Public License</a>, version 3 or (at your option) any later version "
           "(GPL-3.0-or-later). It comes with no warranty.</p>"
           "<p><b>Components and their licences</b></p>"
           "<ul>"
           "<li><a href=\"https://www.qt.io/\">Qt %1</a> — GNU LGPL version 3, except Qt Charts "
           "(the live panel's chart), which is GNU GPL version 3. Installers ship Qt's libraries "
           "unmodified as separate files; you may replace them with your own build.</li>"
           "<li><a href=\"https://github.com/nodejs/llhttp\">llhttp</a> — MIT licence.</li>"
           "<li><a href=\"https://github.com/frankosterfeld/qtkeychain\">QtKeychain</a> — BSD "
           "3-clause licence.</li>"
           "</ul>"
           "<p>Each component's licence text is on its site, linked above.</p>")
            .arg(QString::fromLatin1(qVersion())));
    m_copyButton->setText(tr("&Copy Version Information"));
    m_copyButton->setAccessibleName(tr("Copy version information"));
    m_copyButton->setToolTip(tr("Put the versions on the clipboard, for a support request"));
    m_closeButton->setAccessibleName(tr("Close"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Gui
