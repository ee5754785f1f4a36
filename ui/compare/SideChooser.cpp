// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/SideChooser.h"

#include "app/channex/AccountSession.h"
#include "app/channex/ChannexClient.h"
#include "app/session/ConnectionStore.h"
#include "app/session/ConsoleController.h"
#include "ui/common/StatusColours.h"
#include "ui/compare/CompareSide.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Gui {

SideChooser::SideChooser(Which which, CompareSide *side, Session::ConsoleController *controller,
                         QWidget *parent)
    : QWidget(parent), m_which(which), m_side(side), m_controller(controller),
      m_label(new QLabel(this)), m_combo(new QComboBox(this)), m_state(new QLabel(this))
{
    const QString prefix = which == Which::Left ? u"left"_s : u"right"_s;
    setObjectName(prefix + u"SideChooser"_s);
    m_combo->setObjectName(prefix + u"ConnectionCombo"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_label->setBuddy(m_combo);
    m_state->setObjectName(prefix + u"StateLabel"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_state, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { m_side->open(m_combo->itemData(index).toString()); });
    connect(m_controller, &Session::ConsoleController::connectionsChanged, this,
            &SideChooser::fillConnections);
    connect(m_side, &CompareSide::changed, this, &SideChooser::showState);
    fillConnections();
    retranslate();
}

void SideChooser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SideChooser::retranslate()
{
    fillConnections(); // the sandbox's name is translated
    const bool left = m_which == Which::Left;
    m_label->setText(left ? tr("&Left:") : tr("&Right:"));
    m_combo->setAccessibleName(left ? tr("Left connection") : tr("Right connection"));
    m_combo->setToolTip(left ? tr("The connection whose webhooks are shown on the left")
                             : tr("The connection whose webhooks are shown on the right"));
    m_state->setAccessibleName(left ? tr("Left connection state") : tr("Right connection state"));
    showState();
}

void SideChooser::choose(const QString &connectionId)
{
    const int index = m_combo->findData(connectionId);
    if (index < 0)
        return;
    m_combo->setCurrentIndex(index);
    m_side->open(connectionId);
}

// The saved connections by name; a rename shows at once, a side whose connection now points
// elsewhere opens it again, and a removed connection's side moves to the first one left.
void SideChooser::fillConnections()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const Session::SavedConnection &connection : m_controller->connections()->connections())
        m_combo->addItem(connection.name, connection.id);
    const int index = m_combo->findData(m_side->connectionId());
    if (index >= 0) {
        m_combo->setCurrentIndex(index);
        if (m_side->isOutdated())
            m_side->open(m_side->connectionId());
        showState();
    } else if (!m_side->connectionId().isEmpty() && m_combo->count() > 0) {
        m_combo->setCurrentIndex(0);
        m_side->open(m_combo->itemData(0).toString());
    }
}

void SideChooser::showState()
{
    Tone tone = Tone::Normal;
    QString text;
    switch (m_side->state()) {
    case CompareSide::State::Empty:
        break;
    case CompareSide::State::Loading:
        text = tr("Loading…");
        break;
    case CompareSide::State::Failed:
        text = m_side->problem();
        tone = Tone::Error;
        break;
    case CompareSide::State::Loaded: {
        const int webhooks = int(m_side->session()->webhooks().size());
        text = tr("Webhooks: %1 · %2")
                   .arg(webhooks)
                   .arg(m_side->session()->client()->serverRoot().toString());
        break;
    }
    }
    m_state->setText(text);
    m_state->setToolTip(text);
    setTone(m_state, tone);
}

} // namespace Gui
