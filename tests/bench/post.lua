-- SPDX-FileCopyrightText: 2026 The Webhook Console developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for tests/bench/bench_receiver.sh: POSTs a small Channex "booking" webhook (the
-- documented sample, app/payloads/samples/booking.json, compacted) as Channex sends it.
--
-- With WC_VARY_BODY=1 every request gets its own revision_id (a counter), as distinct Channex
-- deliveries do; otherwise every request carries the same body, which a capture store marks as
-- a duplicate of the first (and checks as one). Building each request costs wrk a Lua call.
--
-- With WC_COUNT_2XX=1 in the environment it also counts the answers by status class in a
-- response() hook and prints them after wrk's own summary ("answers 2xx: N, other: M"), so the
-- benchmark can compare the 2xx answers with the stored captures. The hook costs wrk a Lua call
-- per answer, so the script sets it for every target of a run or for none.
wrk.method = "POST"
wrk.path = "/webhooks/channex"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "Channex Webhooks"
local head = '{"event":"booking","payload":{"booking_id":"e10de9d1-3e2c-431c-b88c-ffca9ed5db5d",'
    .. '"property_id":"90958ec0-9713-1196-873e-4add0d834670",'
    .. '"revision_id":"80b3b60c-5e24-35c5-ad1b-'
local tail = '"},"property_id":"90958ec0-9713-1396-873e-4add0d834670","user_id":null,'
    .. '"timestamp":"2021-12-24T00:00:00.0000Z"}'
wrk.body = head .. "da67cd704093" .. tail

if os.getenv("WC_VARY_BODY") == "1" then
    local counter = 0
    function request()
        counter = counter + 1
        return wrk.format(nil, nil, nil, head .. string.format("%012x", counter) .. tail)
    end
end

if os.getenv("WC_COUNT_2XX") == "1" then
    ok = 0
    other = 0
    function response(status, headers, body)
        if status >= 200 and status < 300 then
            ok = ok + 1
        else
            other = other + 1
        end
    end
    -- done() runs in wrk's main Lua state: fetch each thread's counters (-t1: one thread).
    threads = {}
    function setup(thread)
        table.insert(threads, thread)
    end
    function done(summary, latency, requests)
        local total_ok, total_other = 0, 0
        for _, thread in ipairs(threads) do
            total_ok = total_ok + thread:get("ok")
            total_other = total_other + thread:get("other")
        end
        io.write(string.format("answers 2xx: %d, other: %d\n", total_ok, total_other))
    end
end
