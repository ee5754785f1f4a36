<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Channex::ApiError</name>
    <message numerus="yes">
        <source>Channex rejected the values: %1 (and %n more). Correct the fields and save again.</source>
        <translation>
            <numerusform>Channex rejected the values: %1 (and %n more). Correct the fields and save again.</numerusform><numerusform>Channex rejected the values: %1 (and %n more). Correct the fields and save again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 received too many requests from this key (HTTP 429). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>%1 received too many requests from this key (HTTP 429). Wait %n second and try again.</numerusform><numerusform>%1 received too many requests from this key (HTTP 429). Wait %n seconds and try again.</numerusform></translation>
    </message>
</context>
<context>
    <name>Channex::EventMask</name>
    <message numerus="yes">
        <source>%n room type(s)</source>
        <translation>
            <numerusform>%n room type</numerusform><numerusform>%n room types</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n rate plan</numerusform><numerusform>%n rate plans</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message numerus="yes">
        <source>Exported %n capture(s) from %1.</source>
        <translation>
            <numerusform>Exported %n capture from %1.</numerusform><numerusform>Exported %n captures from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rules:    %n response rule(s) from %1, the first that matches answers</source>
        <translation>
            <numerusform>Rules:    %n response rule from %1, the first that matches answers</numerusform><numerusform>Rules:    %n response rules from %1, the first that matches answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n webhook(s) of %1. Findings: %2.</source>
        <translation>
            <numerusform>Checked %n webhook of %1. Findings: %2.</numerusform><numerusform>Checked %n webhooks of %1. Findings: %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n webhook of %1 to %2.</numerusform><numerusform>Exported %n webhooks of %1 to %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::AnswersDialog</name>
    <message numerus="yes">
        <source>%n rule(s) read from %1; Save applies them.</source>
        <translation>
            <numerusform>%n rule read from %1; Save applies them.</numerusform><numerusform>%n rules read from %1; Save applies them.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::CaptureActions</name>
    <message numerus="yes">
        <source>Delete %n capture(s)?</source>
        <translation>
            <numerusform>Delete %n capture?</numerusform><numerusform>Delete %n captures?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) exported to %1.</source>
        <translation>
            <numerusform>%n capture exported to %1.</numerusform><numerusform>%n captures exported to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::CopyAcross</name>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook skipped, as the preview said.</numerusform><numerusform>%n webhooks skipped, as the preview said.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A copy to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>A copy to %n webhook is still running: %1 done.</numerusform><numerusform>A copy to %n webhooks is still running: %1 done.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::CopyPreviewDialog</name>
    <message numerus="yes">
        <source>Copying %n webhook(s) from %1 to %2 does this:</source>
        <translation>
            <numerusform>Copying %n webhook from %1 to %2 does this:</numerusform><numerusform>Copying %n webhooks from %1 to %2 does this:</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::DeliveriesPanel</name>
    <message numerus="yes">
        <source>(cut off after %n KiB)</source>
        <translation>
            <numerusform>(cut off after %n KiB)</numerusform><numerusform>(cut off after %n KiB)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies): %1 delivered, %2 under way or waiting for a retry, %3 failed</source>
        <translation>
            <numerusform>%n delivery: %1 delivered, %2 under way or waiting for a retry, %3 failed</numerusform><numerusform>%n deliveries: %1 delivered, %2 under way or waiting for a retry, %3 failed</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryChart</name>
    <message numerus="yes">
        <source>Deliveries per minute, last %n minute(s)</source>
        <translation>
            <numerusform>Deliveries per minute, last %n minute</numerusform><numerusform>Deliveries per minute, last %n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::DuplicateWebhookDialog</name>
    <message numerus="yes">
        <source>&amp;Duplicate to %n Propert(y/ies)</source>
        <translation>
            <numerusform>&amp;Duplicate to %n Property</numerusform><numerusform>&amp;Duplicate to %n Properties</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::ExportCapturesDialog</name>
    <message numerus="yes">
        <source>&amp;Selected (%n)</source>
        <translation>
            <numerusform>&amp;Selected (%n)</numerusform><numerusform>&amp;Selected (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All &amp;matching the filter (%n)</source>
        <translation>
            <numerusform>All &amp;matching the filter (%n)</numerusform><numerusform>All &amp;matching the filter (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;All stored (%n)</source>
        <translation>
            <numerusform>&amp;All stored (%n)</numerusform><numerusform>&amp;All stored (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::FireEventDialog</name>
    <message numerus="yes">
        <source>Fired %1: %n delivery(ies) started.</source>
        <translation>
            <numerusform>Fired %1: %n delivery started.</numerusform><numerusform>Fired %1: %n deliveries started.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fired %1 events: %n delivery(ies) started.</source>
        <translation>
            <numerusform>Fired %1 events: %n delivery started.</numerusform><numerusform>Fired %1 events: %n deliveries started.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n global webhook(s) kept out by a hotel's own webhook.</source>
        <translation>
            <numerusform>%n global webhook kept out by a hotel's own webhook.</numerusform><numerusform>%n global webhooks kept out by a hotel's own webhook.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::HeadersTab</name>
    <message numerus="yes">
        <source>%n header field(s), in the order they arrived.</source>
        <translation>
            <numerusform>%n header field, in the order they arrived.</numerusform><numerusform>%n header fields, in the order they arrived.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%1 holds %n webhook(s), exported from %2 at %3. Importing into %4 does this:</source>
        <translation>
            <numerusform>%1 holds %n webhook, exported from %2 at %3. Importing into %4 does this:</numerusform><numerusform>%1 holds %n webhooks, exported from %2 at %3. Importing into %4 does this:</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform><numerusform>%n elements</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::KeyValueEditor</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform><numerusform>…and %n more problems.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::LivePanel</name>
    <message numerus="yes">
        <source>%n new — Resume</source>
        <translation>
            <numerusform>%n new — Resume</numerusform><numerusform>%n new — Resume</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 capture(s) listed</source>
        <translation>
            <numerusform>%1 capture listed</numerusform><numerusform>%1 captures listed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) arrived since. Resume lists them.</source>
        <translation>
            <numerusform>%n capture arrived since. Resume lists them.</numerusform><numerusform>%n captures arrived since. Resume lists them.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform><numerusform>%n webhooks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n webhook(s) shown</source>
        <translation>
            <numerusform>%1 of %n webhook shown</numerusform><numerusform>%1 of %n webhooks shown</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::OverviewTab</name>
    <message numerus="yes">
        <source>Only the first %n byte(s) of the request were kept.</source>
        <translation>
            <numerusform>Only the first %n byte of the request were kept.</numerusform><numerusform>Only the first %n bytes of the request were kept.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::RawTab</name>
    <message numerus="yes">
        <source>%n byte(s), exactly as received.</source>
        <translation>
            <numerusform>%n byte, exactly as received.</numerusform><numerusform>%n bytes, exactly as received.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverBar</name>
    <message numerus="yes">
        <source>%n rule(s), then forwarded</source>
        <translation>
            <numerusform>%n rule, then forwarded</numerusform><numerusform>%n rules, then forwarded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then 200</source>
        <translation>
            <numerusform>%n rule, then 200</numerusform><numerusform>%n rules, then 200</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::RecipientsList</name>
    <message numerus="yes">
        <source>%1 of %n ARI record(s), as its filter asks</source>
        <translation>
            <numerusform>%1 of %n ARI record, as its filter asks</numerusform><numerusform>%1 of %n ARI records, as its filter asks</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::ResponseTab</name>
    <message numerus="yes">
        <source>%n byte(s) that are not UTF-8 text.</source>
        <translation>
            <numerusform>%n byte that are not UTF-8 text.</numerusform><numerusform>%n bytes that are not UTF-8 text.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::RetentionEditor</name>
    <message numerus="yes">
        <source>The oldest %n capture(s) will be deleted now.</source>
        <translation>
            <numerusform>The oldest %n capture will be deleted now.</numerusform><numerusform>The oldest %n captures will be deleted now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) will be deleted now.</source>
        <translation>
            <numerusform>Captures older than %n day will be deleted now.</numerusform><numerusform>Captures older than %n days will be deleted now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> capture(s)</source>
        <translation>
            <numerusform> capture</numerusform><numerusform> captures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform><numerusform> days</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::RuleForm</name>
    <message numerus="yes">
        <source> request(s)</source>
        <translation>
            <numerusform> request</numerusform><numerusform> requests</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::RulesTableModel</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform><numerusform>%n times</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::WebhookActions</name>
    <message numerus="yes">
        <source>Delete %n webhook(s)?</source>
        <translation>
            <numerusform>Delete %n webhook?</numerusform><numerusform>Delete %n webhooks?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) deleted.</source>
        <translation>
            <numerusform>%n webhook deleted.</numerusform><numerusform>%n webhooks deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) enabled.</source>
        <translation>
            <numerusform>%n webhook enabled.</numerusform><numerusform>%n webhooks enabled.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) disabled.</source>
        <translation>
            <numerusform>%n webhook disabled.</numerusform><numerusform>%n webhooks disabled.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies) created.</source>
        <translation>
            <numerusform>%n copy created.</numerusform><numerusform>%n copies created.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n succeeded.</source>
        <translation>
            <numerusform>%1 of %n succeeded.</numerusform><numerusform>%1 of %n succeeded.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not sent: stopped.</source>
        <translation>
            <numerusform>%n not sent: stopped.</numerusform><numerusform>%n not sent: stopped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A change to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>A change to %n webhook is still running: %1 done.</numerusform><numerusform>A change to %n webhooks is still running: %1 done.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed, each named below with why.</source>
        <translation>
            <numerusform>%n failed, each named below with why.</numerusform><numerusform>%n failed, each named below with why.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, listed under Show Details.</source>
        <translation>
            <numerusform>…and %n more, listed under Show Details.</numerusform><numerusform>…and %n more, listed under Show Details.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Channex asked to slow down: sending %n change(s) again in %1 s…</source>
        <translation>
            <numerusform>Channex asked to slow down: sending %n change again in %1 s…</numerusform><numerusform>Channex asked to slow down: sending %n changes again in %1 s…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) had to wait for Channex's rate limit (HTTP 429) and went again.</source>
        <translation>
            <numerusform>%n change had to wait for Channex's rate limit (HTTP 429) and went again.</numerusform><numerusform>%n changes had to wait for Channex's rate limit (HTTP 429) and went again.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::WebhookTransferActions</name>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>Exported %n webhook to %1.</numerusform><numerusform>Exported %n webhooks to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook skipped, as the preview said.</numerusform><numerusform>%n webhooks skipped, as the preview said.</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui::WebhooksPanel</name>
    <message numerus="yes">
        <source>%n webhook(s) hidden by the filter.</source>
        <translation>
            <numerusform>%n webhook hidden by the filter.</numerusform><numerusform>%n webhooks hidden by the filter.</numerusform></translation>
    </message>
</context>
<context>
    <name>Http::HttpConnection</name>
    <message numerus="yes">
        <source>The client did not send its complete request within %n ms; it may be too slow or stalled.</source>
        <translation>
            <numerusform>The client did not send its complete request within %n ms; it may be too slow or stalled.</numerusform><numerusform>The client did not send its complete request within %n ms; it may be too slow or stalled.</numerusform></translation>
    </message>
</context>
<context>
    <name>Http::HttpServer</name>
    <message numerus="yes">
        <source>The server already has %n open connections; the client should retry later or reuse a keep-alive connection.</source>
        <translation>
            <numerusform>The server already has %n open connections; the client should retry later or reuse a keep-alive connection.</numerusform><numerusform>The server already has %n open connections; the client should retry later or reuse a keep-alive connection.</numerusform></translation>
    </message>
</context>
<context>
    <name>Session::ConnectionTester</name>
    <message numerus="yes">
        <source>The connection works: %1 accepted the API key and has %n webhook(s).</source>
        <translation>
            <numerusform>The connection works: %1 accepted the API key and has %n webhook.</numerusform><numerusform>The connection works: %1 accepted the API key and has %n webhooks.</numerusform></translation>
    </message>
</context>
</TS>