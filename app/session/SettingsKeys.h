// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

// Every QSettings key the console writes, in one place, so a rename or a migration sees them all.
// No key here ever holds an API key: those live in the keychain (SecretStore).
namespace Session::SettingsKeys {

// Saved connections (ConnectionStore): an array of {id, name, kind, serverRoot}.
inline constexpr QLatin1StringView Connections {"connections/saved"};
inline constexpr QLatin1StringView ConnectionId {"id"};
inline constexpr QLatin1StringView ConnectionName {"name"};
inline constexpr QLatin1StringView ConnectionKind {"kind"};
inline constexpr QLatin1StringView ConnectionServerRoot {"serverRoot"};
inline constexpr QLatin1StringView LastUsedConnection {"connections/lastUsed"};

// Before saved connections (0.1): one profile, read once and then removed.
inline constexpr QLatin1StringView LegacyProfile {"connection/profile"};
inline constexpr QLatin1StringView LegacyCustomRoot {"connection/customRoot"};

// Preferences: the interface language ("" = the system's, else a locale name like "pt_BR").
inline constexpr QLatin1StringView Language {"ui/language"};

// Window layout.
inline constexpr QLatin1StringView WindowGeometry {"mainWindow/geometry"};
inline constexpr QLatin1StringView WindowState {"mainWindow/state"};
inline constexpr QLatin1StringView WebhooksTableHeader {"webhooksTable/header"};

// Live receiver. The secret header's expected VALUE is not here: it lives in the
// keychain (SecretStore) under LiveSecretId.
inline constexpr QLatin1StringView ReceiverPort {"receiver/port"};
inline constexpr QLatin1StringView ReceiverBindAddress {"receiver/bindAddress"};
inline constexpr QLatin1StringView ReceiverPublicUrl {"receiver/publicUrl"};
inline constexpr QLatin1StringView ReceiverSecretHeader {"receiver/secretHeaderName"};
inline constexpr QLatin1StringView ReceiverRules {"receiver/rules"}; // the rules file's JSON
inline constexpr QLatin1StringView ReceiverForwardUrl {"receiver/forwardUrl"};
inline constexpr QLatin1StringView ReceiverForwardOn {"receiver/forwardOn"};
inline constexpr QLatin1StringView ReceiverForwardTimeoutMs {"receiver/forwardTimeoutMs"};
inline constexpr QLatin1StringView RulesLastDirectory {"receiver/rulesLastDirectory"};
inline constexpr QLatin1StringView LiveSecretId {"live-receiver-secret"};
// Capture retention: 0 = keep everything.
inline constexpr QLatin1StringView RetentionCount {"capture/retentionCount"};
inline constexpr QLatin1StringView RetentionDays {"capture/retentionDays"};
// Preferences ▸ Shared capture history: a PostgreSQL URL (no password; empty: this computer's
// file), used from the next start; its password, when one is given, is in the keychain.
inline constexpr QLatin1StringView SharedHistoryUrl {"capture/sharedHistoryUrl"};
inline constexpr QLatin1StringView SharedHistoryPasswordId {"shared-capture-history"};
// The live panel's layout: list columns and splitters (LivePanel::saveState).
inline constexpr QLatin1StringView LivePanelState {"livePanel/state"};
// The Deliveries tab's splitters (sandbox connection).
inline constexpr QLatin1StringView DeliveriesSplitter {"deliveriesPanel/splitter"};
inline constexpr QLatin1StringView DeliveriesLowerSplitter {"deliveriesPanel/lowerSplitter"};
// "live" when the Live tab was the one shown at the last close, else "webhooks".
inline constexpr QLatin1StringView MainTab {"mainWindow/tab"};

// Where each dialog was last closed, and its splitters (rememberGeometry, rememberSplitter).
inline constexpr QLatin1StringView AboutDialogGeometry {"AboutDialog/geometry"};
inline constexpr QLatin1StringView AnswersDialogGeometry {"AnswersDialog/geometry"};
inline constexpr QLatin1StringView CompareConnectionsDialogGeometry {
    "CompareConnectionsDialog/geometry"};
inline constexpr QLatin1StringView CompareConnectionsDialogSplitter {
    "CompareConnectionsDialog/splitter"};
inline constexpr QLatin1StringView ConnectionsDialogGeometry {"ConnectionsDialog/geometry"};
inline constexpr QLatin1StringView CopyPreviewDialogGeometry {"CopyPreviewDialog/geometry"};
inline constexpr QLatin1StringView DuplicateWebhookDialogGeometry {
    "DuplicateWebhookDialog/geometry"};
inline constexpr QLatin1StringView ExportCapturesDialogGeometry {"ExportCapturesDialog/geometry"};
inline constexpr QLatin1StringView FireEventDialogGeometry {"FireEventDialog/geometry"};
inline constexpr QLatin1StringView ImportPreviewDialogGeometry {"ImportPreviewDialog/geometry"};
inline constexpr QLatin1StringView PreferencesDialogGeometry {"PreferencesDialog/geometry"};
inline constexpr QLatin1StringView ReplayDialogGeometry {"ReplayDialog/geometry"};
inline constexpr QLatin1StringView ReplayDialogSplitter {"ReplayDialog/splitter"};
inline constexpr QLatin1StringView ShortcutsDialogGeometry {"ShortcutsDialog/geometry"};
inline constexpr QLatin1StringView TestResultDialogGeometry {"TestResultDialog/geometry"};
inline constexpr QLatin1StringView WebhookDialogGeometry {"WebhookDialog/geometry"};
inline constexpr QLatin1StringView EventMaskEditorSplitter {"EventMaskEditor/splitter"};

// What a dialog offers again: the URL a capture was last replayed to, the folder of the last
// export.
inline constexpr QLatin1StringView ReplayLastTargetUrl {"ReplayDialog/lastTargetUrl"};
inline constexpr QLatin1StringView ExportLastDirectory {"ExportCapturesDialog/lastDirectory"};
// The folder of the last webhook file exported or imported.
inline constexpr QLatin1StringView WebhookFileLastDirectory {"webhookFiles/lastDirectory"};
// The two connections Compare Connections showed last (ids of saved connections).
inline constexpr QLatin1StringView CompareLeftConnection {"CompareConnectionsDialog/left"};
inline constexpr QLatin1StringView CompareRightConnection {"CompareConnectionsDialog/right"};

} // namespace Session::SettingsKeys
