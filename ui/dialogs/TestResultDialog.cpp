#include "ui/dialogs/TestResultDialog.h"

#include "ui_TestResultDialog.h"

#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

const QString GeometryKey = u"TestResultDialog/geometry"_s;

} // namespace

TestResultDialog::TestResultDialog(const QString &callbackUrl, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TestResultDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setWindowTitle(tr("Test of %1").arg(callbackUrl));
    m_ui->callbackUrlLabel->setText(tr("Callback URL: %1").arg(callbackUrl));
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAccessibleName(tr("Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
}

TestResultDialog::~TestResultDialog() = default;

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

void TestResultDialog::done(int result)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace Gui
