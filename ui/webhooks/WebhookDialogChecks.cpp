// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WebhookDialog, continued: what the fields say as they are edited — the rules' errors and
// warnings and the server's next to each field, the tabs' marks and counts, the hint that says
// why Save is off, and the overlaps with the account's other webhooks.
#include "app/receiver/ReceiverController.h"
#include "ui/common/StatusColours.h"
#include "ui/webhooks/OverlapText.h"
#include "ui/webhooks/WebhookDialog.h"
#include "ui_WebhookDialog.h"

#include <QPushButton>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;
using Channex::WebhookRules;

namespace Gui {

namespace {

constexpr int MaxHintWarnings = 2;
constexpr int MaxOverlapsShown = 3; // the rest are counted

} // namespace

void WebhookDialog::fieldEdited(const QList<Field> &fields)
{
    if (m_filling)
        return;
    // A server message is about what was sent; once the field changes it may no longer hold.
    for (const Field field : fields)
        m_serverDetails.remove(field);
    updateWidgets();
}

QStringList WebhookDialog::serverMessages(Field field) const
{
    QStringList messages;
    for (const QString &message : m_serverDetails.value(field))
        messages << tr("Channex: %1").arg(message);
    return messages;
}

QString WebhookDialog::fieldTitle(Field field)
{
    switch (field) {
    case Field::CallbackUrl:
        return tr("Callback URL");
    case Field::EventMask:
        return tr("Events");
    case Field::Property:
        return tr("Property");
    case Field::Headers:
        return tr("Headers");
    case Field::RequestParams:
        return tr("Request parameters");
    }
    return {};
}

void WebhookDialog::showFieldMessage(QLabel *label, const QStringList &errors,
                                     const QStringList &warnings)
{
    const QStringList lines = errors.isEmpty() ? warnings : errors;
    label->setText(lines.join(u'\n'));
    label->setToolTip(label->text());
    setTone(label, errors.isEmpty() ? Tone::Warning : Tone::Error);
    // The callback URL's line is always there (empty when nothing is wrong): typing in the URL
    // must not move the tabs below under the pointer, where a click would tick the wrong event.
    label->setVisible(!lines.isEmpty() || label == m_ui->callbackUrlMessage);
}

void WebhookDialog::updateWidgets()
{
    const Channex::Webhook current = webhook();
    const WebhookRules::Problems problems = WebhookRules::check(current, storedBasis());
    const bool invalid = WebhookRules::hasErrors(problems);

    // Next to the fields: what the server said, else (for a typed URL) what the rules say.
    QStringList urlErrors = serverMessages(Field::CallbackUrl);
    QStringList urlWarnings;
    if (urlErrors.isEmpty() && !current.callbackUrl.isEmpty()) {
        for (const WebhookRules::Problem &p : WebhookRules::checkCallbackUrl(current.callbackUrl))
            (p.isError() ? urlErrors : urlWarnings) << p.message;
    }
    // Editing a webhook (typed, or "Use live receiver"): the URL it has now stays in sight.
    if (urlErrors.isEmpty() && m_mode == Mode::Edit && m_storedBasis
        && !m_initial.callbackUrl.isEmpty() && current.callbackUrl != m_initial.callbackUrl)
        urlWarnings << tr("Replaces %1 when you save.").arg(m_initial.callbackUrl);
    showFieldMessage(m_ui->callbackUrlMessage, urlErrors, urlWarnings);
    showFieldMessage(m_ui->propertyMessage, serverMessages(Field::Property), {});
    showFieldMessage(m_ui->eventMaskMessage, serverMessages(Field::EventMask), {});
    showFieldMessage(m_ui->headersMessage, serverMessages(Field::Headers), {});
    showFieldMessage(m_ui->requestParamsMessage, serverMessages(Field::RequestParams), {});

    // Tabs: a mark where something is wrong or worth a look (a value made elsewhere, an event
    // the docs do not list), a count where something is set.
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto markTab = [&](QWidget *tab, Field field) {
        const bool wrong = !serverMessages(field).isEmpty()
            || std::any_of(problems.cbegin(), problems.cend(),
                           [field](const auto &p) { return p.field == field; });
        m_ui->tabs->setTabIcon(m_ui->tabs->indexOf(tab), wrong ? warningIcon : QIcon());
    };
    markTab(m_ui->eventsTab, Field::EventMask);
    markTab(m_ui->headersTab, Field::Headers);
    markTab(m_ui->requestParamsTab, Field::RequestParams);
    const auto count = [](const std::optional<Channex::KeyValueList> &list) {
        return list ? int(list->size()) : 0;
    };
    const int headers = count(current.headers);
    const int params = count(current.requestParams);
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->headersTab),
                           headers ? tr("&Headers (%1)").arg(headers) : tr("&Headers"));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->requestParamsTab),
                           params ? tr("Re&quest Parameters (%1)").arg(params)
                                  : tr("Re&quest Parameters"));

    // The hint line: busy, else the first error, else the server's refusal, else warnings.
    QString hint;
    Tone tone = Tone::Normal;
    const auto firstError = std::find_if(problems.cbegin(), problems.cend(),
                                         [](const auto &p) { return p.isError(); });
    if (m_busy) {
        hint = m_busyText;
    } else if (firstError != problems.cend()) {
        hint = tr("%1: %2").arg(fieldTitle(firstError->field), firstError->message);
        tone = Tone::Error;
    } else if (!m_serverDetails.isEmpty()) {
        hint = tr("Channex refused the last save; its messages are shown at the fields.");
        tone = Tone::Error;
    } else {
        QStringList warnings;
        for (const WebhookRules::Problem &p : problems) {
            if (!p.isError() && warnings.size() < MaxHintWarnings)
                warnings << p.message;
        }
        hint = warnings.join(u' ');
        tone = Tone::Warning;
    }
    m_ui->hintLabel->setText(hint);
    setTone(m_ui->hintLabel, tone);

    showOverlaps(current);

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!invalid && !m_busy);
    m_ui->testButton->setEnabled(!invalid && !m_busy);
    setWindowModified(current != m_initial);
}

void WebhookDialog::setOverlapContext(const QList<Channex::Webhook> &account,
                                      const QHash<QString, QString> &titles, bool productionServer)
{
    m_overlaps.emplace(account, productionServer);
    m_titles = titles;
    updateWidgets();
}

void WebhookDialog::showOverlaps(const Channex::Webhook &current)
{
    const QList<Channex::Overlap> found
        = m_overlaps ? m_overlaps->of(current) : QList<Channex::Overlap>();
    QStringList lines;
    for (const Channex::Overlap &overlap : found.mid(0, MaxOverlapsShown))
        lines << OverlapText::sentence(overlap, current, m_titles);
    if (found.size() > MaxOverlapsShown)
        lines << tr("…and %1 more.").arg(found.size() - MaxOverlapsShown);
    m_ui->overlapBanner->showMessage(lines.join(u'\n'), Tone::Warning);
}

QString WebhookDialog::overlapWarning() const
{
    return m_ui->overlapBanner->text();
}

const Channex::Webhook *WebhookDialog::storedBasis() const
{
    return m_storedBasis ? &m_initial : nullptr;
}

QString WebhookDialog::hint() const
{
    return m_ui->hintLabel->text();
}

} // namespace Gui
