// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/TestResultView.h"

#include "app/http/HttpResponse.h"
#include "ui/common/FixedFont.h"
#include "ui/common/StatusColours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr int IconSize = 20;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

TestResultView::TestResultView(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_status(new QLabel(this)),
      m_detail(new QLabel(this)), m_body(new QPlainTextEdit(this)),
      m_arrivalLabel(new QLabel(this)), m_showArrival(new QPushButton(this))
{
    m_arrivalLabel->setObjectName(u"testArrivalLabel"_s);
    m_arrivalLabel->setTextFormat(Qt::PlainText);
    m_arrivalLabel->setWordWrap(true);
    m_arrivalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arrivalLabel->hide();
    m_showArrival->setObjectName(u"showArrivalButton"_s);
    m_showArrival->setAutoDefault(false);
    m_showArrival->hide();
    connect(m_showArrival, &QPushButton::clicked, this,
            [this] { emit showCaptureRequested(m_arrival.id); });
    setObjectName(u"testResultView"_s);
    m_icon->setObjectName(u"testResultIcon"_s);
    m_icon->setFixedSize(IconSize, IconSize);
    m_status->setObjectName(u"testResultStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_detail->setObjectName(u"testResultDetail"_s);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();

    m_body->setObjectName(u"testResultBody"_s);
    m_body->setReadOnly(true);
    m_body->setFont(fixedFont());
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 4);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_icon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(statusRow);
    layout->addWidget(m_detail);
    layout->addWidget(m_body, 1);
    auto *arrivalRow = new QHBoxLayout;
    arrivalRow->addWidget(m_arrivalLabel, 1);
    arrivalRow->addWidget(m_showArrival, 0, Qt::AlignTop);
    layout->addLayout(arrivalRow);
    retranslate();
}

void TestResultView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// Every text again in the current language, the state's included.
void TestResultView::retranslate()
{
    m_status->setAccessibleName(tr("Test result"));
    m_body->setAccessibleName(tr("Response body"));
    m_showArrival->setText(tr("Show in Live Ta&b"));
    m_showArrival->setAccessibleName(tr("Show the test's capture in the Live tab"));
    showArrival();
    if (m_result)
        setResult(*m_result);
    else if (m_pending)
        setPending();
    else
        clear();
}

QString TestResultView::prettyBody(const QString &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return body;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

void TestResultView::showStatus(QStyle::StandardPixmap icon, Tone tone, const QString &text,
                                const QString &detail)
{
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(IconSize, IconSize));
    setTone(m_status,
            tone == Tone::Success       ? Gui::Tone::Success
                : tone == Tone::Failure ? Gui::Tone::Error
                                        : Gui::Tone::Normal);
    m_status->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void TestResultView::setResult(const Channex::ApiResult<Channex::WebhookTestResult> &result)
{
    if (!m_result || &*m_result != &result)
        m_result = result;
    m_pending = false;
    if (!result.ok()) {
        m_succeeded = false;
        const Channex::ApiError &error = result.error();
        // A test whose only refusal is the callback URL: the call was tried and nothing answered
        // (an unknown host, nothing listening). Said with the reason, which names the host; there
        // is no field to correct where the test was started from the table.
        // (The sandbox words it "could not be reached: <why>"; Channex does not document its own.)
        const QStringList unreachable = error.details.value(u"callback_url"_s);
        if (error.kind == Channex::ApiError::Kind::Validation && error.details.size() == 1
            && !unreachable.isEmpty()
            && unreachable.constFirst().startsWith(u"could not be reached"_s)) {
            QString reason = unreachable.join(u"; "_s);
            reason[0] = reason.at(0).toUpper();
            showStatus(QStyle::SP_MessageBoxCritical, Tone::Failure,
                       tr("The callback URL could not be reached"),
                       tr("%1. Check the host name in the URL, and that the receiver runs and "
                          "accepts connections.")
                           .arg(reason));
            m_body->clear();
            m_body->hide();
            return;
        }
        showStatus(QStyle::SP_MessageBoxCritical, Tone::Failure,
                   tr("Channex did not run the test: %1").arg(error.summary()), error.message());
        const QStringList details = error.detailLines();
        m_body->setPlainText(details.join(u'\n'));
        m_body->setVisible(!details.isEmpty());
        return;
    }
    const Channex::WebhookTestResult &answer = result.value();
    m_succeeded = isSuccess(answer.statusCode);
    if (answer.statusCode <= 0) {
        showStatus(QStyle::SP_MessageBoxWarning, Tone::Failure,
                   tr("The receiver sent no HTTP status"),
                   tr("Channex reached no answer from the callback URL."));
    } else {
        const QString reason
            = QString::fromLatin1(Http::HttpResponse::reasonPhrase(answer.statusCode));
        const QString status = reason == "Unknown"_L1
            ? QString::number(answer.statusCode)
            : u"%1 %2"_s.arg(answer.statusCode).arg(reason);
        showStatus(m_succeeded ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical,
                   m_succeeded ? Tone::Success : Tone::Failure,
                   m_succeeded ? tr("The receiver accepted the test: %1").arg(status)
                               : tr("The receiver refused the test: %1").arg(status),
                   m_succeeded ? QString()
                               : tr("Channex treats any answer other than 2xx as a failed "
                                    "delivery and tries again later."));
    }
    m_body->setPlaceholderText(tr("The receiver's answer had no body."));
    m_body->setPlainText(prettyBody(answer.body));
    m_body->show();
}

void TestResultView::setArrivalLooking()
{
    m_arrivalState = Arrival::Looking;
    showArrival();
}

void TestResultView::setArrival(const std::optional<Capture::CaptureSummary> &arrival)
{
    m_arrivalState = arrival ? Arrival::Found : Arrival::Missing;
    m_arrival = arrival.value_or(Capture::CaptureSummary());
    showArrival();
}

QString TestResultView::arrivalText() const
{
    return m_arrivalLabel->isHidden() ? QString() : m_arrivalLabel->text();
}

// What the live receiver saw of the test: the request as it arrived, in the list's words.
void TestResultView::showArrival()
{
    QString text;
    switch (m_arrivalState) {
    case Arrival::None:
        break;
    case Arrival::Looking:
        text = tr("Looking for the test in the live receiver…");
        break;
    case Arrival::Found:
        text = tr("Arrived in the live receiver at %1: %2 %3, answered %4.")
                   .arg(m_arrival.receivedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s),
                        QString::fromLatin1(m_arrival.method), m_arrival.path)
                   .arg(m_arrival.status);
        break;
    case Arrival::Missing:
        text = tr("Nothing arrived in the live receiver during the test: the call went "
                  "elsewhere, or the receiver was stopped.");
        break;
    }
    m_arrivalLabel->setText(text);
    m_arrivalLabel->setVisible(!text.isEmpty());
    m_showArrival->setVisible(m_arrivalState == Arrival::Found);
}

void TestResultView::setPending()
{
    m_arrivalState = Arrival::None;
    showArrival();
    m_result.reset();
    m_pending = true;
    m_succeeded = false;
    showStatus(QStyle::SP_BrowserReload, Tone::Neutral, tr("Sending a test call…"), {});
    m_body->clear();
    m_body->hide();
}

void TestResultView::clear()
{
    m_arrivalState = Arrival::None;
    showArrival();
    m_result.reset();
    m_pending = false;
    m_succeeded = false;
    m_icon->clear();
    m_status->setPalette(palette());
    m_status->setText(tr("No test yet."));
    m_detail->hide();
    m_body->clear();
    m_body->hide();
}

QString TestResultView::statusText() const
{
    return m_status->text();
}

QString TestResultView::detailText() const
{
    return m_detail->text();
}

QString TestResultView::bodyText() const
{
    return m_body->toPlainText();
}

} // namespace Gui
