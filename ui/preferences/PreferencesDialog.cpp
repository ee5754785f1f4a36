// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/PreferencesDialog.h"

#include "app/capture/StoreLocation.h"
#include "app/i18n/Translations.h"
#include "app/session/SecretStore.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/RememberedGeometry.h"
#include "ui_PreferencesDialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

namespace Gui {

namespace {

// A language in its own words, so that a person who cannot read the current one finds theirs.
// The shipped languages are spelled out: Qt names "es" "español de España", and the list should
// say what the translation is, Spanish for every Spanish reader.
QString nativeName(const QString &code)
{
    static const QHash<QString, QString> names {
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
    if (const auto it = names.constFind(code); it != names.constEnd())
        return *it;
    // A system locale such as de_AT or en_US: the language the console will show for it.
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return names.value(QStringLiteral("en")); // the C locale shows English
    const QString language = code.section(QLatin1Char('_'), 0, 0);
    if (const auto it = names.constFind(language); it != names.constEnd())
        return *it;
    return locale.nativeLanguageName();
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent, Session::SecretStore *secrets)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_secrets(secrets)
{
    m_ui->setupUi(this);
    rememberGeometry(this, Session::SettingsKeys::PreferencesDialogGeometry);
    setObjectName(QStringLiteral("preferencesDialog"));
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    // Return in the shared history's URL saves it (below); it must not also close the dialog
    // before its sentence is read. Escape closes.
    close->setDefault(false);
    close->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->resetColumnsButton, &QPushButton::clicked, this,
            &PreferencesDialog::resetColumnsRequested);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::chooseLanguage);
    fillLanguages();
    m_ui->sharedHistoryUrlEdit->setText(
        QSettings().value(Session::SettingsKeys::SharedHistoryUrl).toString());
    connect(m_ui->sharedHistorySaveButton, &QPushButton::clicked, this,
            &PreferencesDialog::saveSharedHistory);
    connect(m_ui->sharedHistoryUrlEdit, &QLineEdit::returnPressed, this,
            &PreferencesDialog::saveSharedHistory);
    // Without a keychain to keep it in, a password is not asked for (libpq's own sources stay):
    // one kept for this run only would be gone at the next start, when the history is opened.
    m_ui->sharedHistoryPasswordEdit->setEnabled(hasKeychain());
    showPasswordPlaceholder();
    showSharedHistoryStatus();
}

bool PreferencesDialog::hasKeychain() const
{
    return m_secrets && m_secrets->persistence() == Session::SecretStore::Persistence::Keychain;
}

// After the form's own text (retranslateUi sets that one again).
void PreferencesDialog::showPasswordPlaceholder()
{
    if (hasKeychain())
        return;
    // Also as tooltip: in a narrow dialog (French at 800 pixels) the placeholder is cut.
    const QString text = tr("no keychain on this system: PGPASSWORD or ~/.pgpass");
    m_ui->sharedHistoryPasswordEdit->setPlaceholderText(text);
    m_ui->sharedHistoryPasswordEdit->setToolTip(text);
}

void PreferencesDialog::saveSharedHistory()
{
    const QString url = m_ui->sharedHistoryUrlEdit->text().trimmed();
    m_sharedHistoryProblem.clear();
    if (!url.isEmpty()) {
        QString error;
        if (!Capture::StoreLocation::parse(url, &error)) {
            m_sharedHistoryProblem = error;
            showSharedHistoryStatus();
            return; // nothing saved: the last good URL stays
        }
    }
    QSettings().setValue(Session::SettingsKeys::SharedHistoryUrl, url);
    const QString password = m_ui->sharedHistoryPasswordEdit->text();
    if (m_secrets && (url.isEmpty() || !password.isEmpty())) {
        const auto done = [](const QString &) {
        };
        if (url.isEmpty())
            m_secrets->removeKey(Session::SettingsKeys::SharedHistoryPasswordId, this, done);
        else
            m_secrets->writeKey(Session::SettingsKeys::SharedHistoryPasswordId, password, this,
                                done);
    }
    m_ui->sharedHistoryPasswordEdit->clear();
    showSharedHistoryStatus();
}

void PreferencesDialog::showSharedHistoryStatus()
{
    const QString saved = QSettings().value(Session::SettingsKeys::SharedHistoryUrl).toString();
    QString text;
    if (!m_sharedHistoryProblem.isEmpty())
        text = tr("Not saved: %1").arg(m_sharedHistoryProblem);
    else if (saved.isEmpty())
        text = tr("Captures are kept on this computer.");
    else
        text = tr("Saved. From the next start, the live panel and its receiver use %1 (a "
                  "--store given on the command line comes first).")
                   .arg(saved);
    m_ui->sharedHistoryStatus->setText(text);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::systemDefaultText()
{
    return tr("System default (%1)").arg(nativeName(QLocale::system().name()));
}

void PreferencesDialog::fillLanguages()
{
    m_filling = true;
    QComboBox *combo = m_ui->languageCombo;
    combo->clear();
    combo->addItem(systemDefaultText(), QString());
    for (const QString &code : I18n::availableLanguages())
        combo->addItem(nativeName(code), code);
    combo->setCurrentIndex(qMax(0, combo->findData(I18n::savedLanguage())));
    m_filling = false;
}

void PreferencesDialog::chooseLanguage(int index)
{
    if (m_filling || index < 0)
        return;
    I18n::setSavedLanguage(m_ui->languageCombo->itemData(index).toString());
    // Every widget gets QEvent::LanguageChange, this dialog included.
    I18n::installTranslations(QCoreApplication::instance(), I18n::preferredLocale());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
        // The other entries name their languages in their own words, which do not change.
        m_ui->languageCombo->setItemText(0, systemDefaultText());
        showSharedHistoryStatus();
        showPasswordPlaceholder();
    }
    QDialog::changeEvent(event);
}

} // namespace Gui
