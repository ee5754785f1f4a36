#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs test_keychain_restart against a real gnome-keyring: a fresh home in a temporary
# directory, a private D-Bus session, the login keyring unlocked with a throw-away password.
# The binary runs twice, so the second run finds the key only if the keychain kept it.
# Usage: run_keychain_test.sh <test binary>
set -eu
binary=$1
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home/.config" "$work/home/.local/share" "$work/home/.cache" "$work/runtime"
chmod 700 "$work/runtime"

# Nothing of the caller's desktop may leak in: no display, no session bus, no keyring socket.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK || true
export HOME="$work/home" WC_KEYCHAIN_TEST_HOME="$work/home"
export XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
export QT_QPA_PLATFORM=offscreen

# gnome-keyring-daemon --daemonize returns once it has forked; the test binary then waits for
# org.freedesktop.secrets on the bus before using it.
exec dbus-run-session -- sh -c '
    set -e
    printf "%s" "throw-away-password" \
        | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
    "$1" saveKey
    "$1" findKeyAfterRestart
' keychain-test "$binary"
