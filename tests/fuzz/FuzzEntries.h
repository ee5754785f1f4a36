// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Capture {
class CaptureStore;
}

// The entry points shared by the libFuzzer targets and test_fuzz_corpus_replay, so a reproducer
// replays through exactly the code the fuzzer ran. Each one feeds arbitrary bytes to the code
// that reads untrusted input and checks invariants beyond "did not crash". It returns an empty
// string when every invariant held, otherwise a sentence saying which one broke; the fuzzer
// aborts on it, the replay test fails with it.
namespace Fuzz {

// RequestParser: input[0] chooses where the rest is split into two feed() calls.
QString requestParserEntry(QByteArrayView input);

// JsonApiCodec readers and EventMask: the input is a response body or a mask text.
QString jsonApiCodecEntry(QByteArrayView input);

// The receiver's path from bytes to a stored row: RequestParser, then CaptureRecord::fromRequest
// for every request (fromRejection for a refused stream, and for one cut off mid-request, as the
// request timeout does), then CaptureStore::append into `store` (an open store in a temporary
// file) and load() back. What is stored must read back byte for byte.
QString parseAndCaptureEntry(QByteArrayView input, Capture::CaptureStore &store);

} // namespace Fuzz
