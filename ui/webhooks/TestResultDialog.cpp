// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/TestResultDialog.h"

#include "app/session/SettingsKeys.h"
#include "ui/common/RememberedGeometry.h"
#include "ui_TestResultDialog.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Gui {

TestResultDialog::TestResultDialog(const QString &callbackUrl, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TestResultDialog>()), m_callbackUrl(callbackUrl)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    retranslate();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rememberGeometry(this, Session::SettingsKeys::TestResultDialogGeometry);
}

TestResultDialog::~TestResultDialog() = default;

void TestResultDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    retranslate();
}

// The texts set in code; the .ui texts come from retranslateUi().
void TestResultDialog::retranslate()
{
    setWindowTitle(tr("Test of %1").arg(m_callbackUrl));
    m_ui->callbackUrlLabel->setText(tr("Callback URL: %1").arg(m_callbackUrl));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
}

void TestResultDialog::setPending()
{
    m_ui->testResultView->setPending();
}

void TestResultDialog::showResult(const Channex::ApiResult<Channex::WebhookTestResult> &result)
{
    m_ui->testResultView->setResult(result);
}

TestResultView *TestResultDialog::view() const
{
    return m_ui->testResultView;
}

} // namespace Gui
