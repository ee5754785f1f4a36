<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Capture::CaptureStore</name>
    <message>
        <source>The capture database could not be prepared: %1</source>
        <translation>Die Datenbank für Aufzeichnungen konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The capture database %1 could not be opened: %2</source>
        <translation>Die Datenbank für Aufzeichnungen %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The capture database has no schema version: %1</source>
        <translation>Die Datenbank für Aufzeichnungen hat keine Schemaversion: %1</translation>
    </message>
    <message>
        <source>The capture database has version %1; this version of the console reads version %2. Choose another data directory or remove the file.</source>
        <translation>Die Datenbank für Aufzeichnungen hat die Version %1; diese Version der Konsole liest Version %2. Wählen Sie einen anderen Datenordner oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not one of captures. Choose another data directory or remove the file.</source>
        <translation>Die Datei ist eine SQLite-Datenbank, enthält aber keine Aufzeichnungen. Wählen Sie einen anderen Datenordner oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>The capture store is open already.</source>
        <translation>Der Speicher für Aufzeichnungen ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>The capture store is not open.</source>
        <translation>Der Speicher für Aufzeichnungen ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The capture store is closed.</source>
        <translation>Der Speicher für Aufzeichnungen ist geschlossen.</translation>
    </message>
    <message>
        <source>The capture database could not be prepared (%1). Choose another data directory or move the file away.</source>
        <translation>Die Datenbank für Aufzeichnungen konnte nicht vorbereitet werden (%1). Wählen Sie einen anderen Datenordner oder verschieben Sie die Datei an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The capture database could not be read (%1). Choose another data directory or move the file away.</source>
        <translation>Die Datenbank für Aufzeichnungen konnte nicht gelesen werden (%1). Wählen Sie einen anderen Datenordner oder verschieben Sie die Datei an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The capture could not be written to the database (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>Die Aufzeichnung konnte nicht in die Datenbank geschrieben werden (%1). Prüfen Sie, ob auf dem Datenträger genug Platz frei ist und ob kein anderes Programm die Datenbank für Aufzeichnungen gesperrt hält.</translation>
    </message>
    <message>
        <source>The captures could not be changed (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>Die Aufzeichnungen konnten nicht geändert werden (%1). Prüfen Sie, ob auf dem Datenträger genug Platz frei ist und ob kein anderes Programm die Datenbank für Aufzeichnungen gesperrt hält.</translation>
    </message>
    <message>
        <source>This console cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Diese Konsole kann nicht auf PostgreSQL zugreifen: Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian und Ubuntu das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The shared capture history %1 could not be reached: %2</source>
        <translation>Der gemeinsame Aufzeichnungsverlauf %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database has tables, but not those of captures. Give the shared capture history a database of its own (createdb webhooks, say).</source>
        <translation>Die PostgreSQL-Datenbank enthält Tabellen, aber nicht die für Aufzeichnungen. Geben Sie dem gemeinsamen Aufzeichnungsverlauf eine eigene Datenbank (etwa mit createdb webhooks).</translation>
    </message>
    <message>
        <source>The capture could not be written to the shared capture history (%1). Check that its PostgreSQL server is running and can be reached.</source>
        <translation>Die Aufzeichnung konnte nicht in den gemeinsamen Aufzeichnungsverlauf geschrieben werden (%1). Prüfen Sie, ob sein PostgreSQL-Server läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>The shared capture history %1 cannot be reached (%2). New captures appear again when it is back.</source>
        <translation>Der gemeinsame Aufzeichnungsverlauf %1 ist nicht erreichbar (%2). Neue Aufzeichnungen erscheinen wieder, sobald er wieder verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>Capture::PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read the captures in %1: the folder and the capture database are now yours alone.</source>
        <translation>Andere Konten auf diesem Computer konnten die Aufzeichnungen in %1 lesen: Ordner und Aufzeichnungsdatenbank gehören jetzt nur noch Ihnen.</translation>
    </message>
</context>
<context>
    <name>Capture::StoreLocation</name>
    <message>
        <source>The URL carries a password. Leave it out: the password is read from the PGPASSWORD environment variable or ~/.pgpass (or the keychain, for the window&apos;s shared capture history).</source>
        <translation>Die URL enthält ein Passwort. Lassen Sie es weg: Das Passwort wird aus der Umgebungsvariable PGPASSWORD oder aus ~/.pgpass gelesen (oder, beim gemeinsamen Aufzeichnungsverlauf des Fensters, aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>A shared capture history is a PostgreSQL URL such as postgresql://user@host:5432/database.</source>
        <translation>Ein gemeinsamer Aufzeichnungsverlauf ist eine PostgreSQL-URL wie postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection option this console passes on (it takes %2).</source>
        <translation>%1 ist keine PostgreSQL-Verbindungsoption, die diese Konsole weitergibt (erlaubt sind %2).</translation>
    </message>
    <message>
        <source>The URL names no database: add it as the path, e.g. postgresql://user@host:5432/webhooks.</source>
        <translation>Die URL enthält keinen Datenbanknamen: Fügen Sie ihn als Pfad hinzu, z. B. postgresql://user@host:5432/webhooks.</translation>
    </message>
</context>
<context>
    <name>Channex::ApiError</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>Ungültige Werte</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation>Anfrage nicht verstanden</translation>
    </message>
    <message>
        <source>Channex server error</source>
        <translation>Channex-Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Unerwartetes Antwortformat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The API key was refused by %1. Enter this connection&apos;s key again under Manage connections…; staging and production keys differ, and a withdrawn key stops working.</source>
        <translation>Den API-Schlüssel hat %1 abgelehnt. Geben Sie den Schlüssel dieser Verbindung unter „Verbindungen verwalten…“ erneut ein; die Schlüssel für Staging und Produktion unterscheiden sich, und ein widerrufener Schlüssel funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (HTTP 403). It may be limited to some properties; use a key with access to this property or ask the account owner.</source>
        <translation>Der API-Schlüssel ist dafür nicht berechtigt (HTTP 403). Möglicherweise ist er auf bestimmte Unterkünfte beschränkt; verwenden Sie einen Schlüssel mit Zugriff auf diese Unterkunft, oder wenden Sie sich an den Kontoinhaber.</translation>
    </message>
    <message>
        <source>This webhook no longer exists on %1 (HTTP 404); it may have been deleted elsewhere. Refresh the list to see the current webhooks.</source>
        <translation>Diesen Webhook kennt %1 nicht mehr (HTTP 404); er wurde möglicherweise an anderer Stelle gelöscht. Aktualisieren Sie die Liste, um die aktuellen Webhooks zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no Channex API at this address (HTTP 404). Check the server address under Manage connections…: it is the root, such as https://staging.channex.io, without /api/v1.</source>
        <translation>Unter dieser Adresse bietet %1 keine Channex-API an (HTTP 404). Prüfen Sie die Serveradresse unter „Verbindungen verwalten…“: Anzugeben ist die Stammadresse, etwa https://staging.channex.io, ohne /api/v1.</translation>
    </message>
    <message>
        <source>Channex rejected the values (%1). Check the fields and save again.</source>
        <translation>Channex hat die Werte abgelehnt (%1). Prüfen Sie die Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>HTTP 422</source>
        <translation>HTTP 422</translation>
    </message>
    <message>
        <source>Channex rejected the values: %1. Correct the field and save again.</source>
        <translation>Channex hat die Werte abgelehnt: %1. Korrigieren Sie das Feld und speichern Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Channex rejected the values: %1 (and %n more). Correct the fields and save again.</source>
        <translation>
            <numerusform>Channex hat die Werte abgelehnt: %1 (und %n weitere Meldung). Korrigieren Sie die Felder und speichern Sie erneut.</numerusform>
            <numerusform>Channex hat die Werte abgelehnt: %1 (und %n weitere Meldungen). Korrigieren Sie die Felder und speichern Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 received too many requests from this key (HTTP 429). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Von diesem Schlüssel hat %1 zu viele Anfragen erhalten (HTTP 429). Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Von diesem Schlüssel hat %1 zu viele Anfragen erhalten (HTTP 429). Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received too many requests from this key (HTTP 429). Wait a minute and try again.</source>
        <translation>Von diesem Schlüssel hat %1 zu viele Anfragen erhalten (HTTP 429). Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 did not understand the request (HTTP 400%2). This is probably a bug in Webhook Console or a server version it does not know; please report it.</source>
        <translation>Die Anfrage hat %1 nicht verstanden (HTTP 400%2). Vermutlich ist das ein Fehler in Webhook Console oder eine Serverversion, die Webhook Console nicht kennt; bitte melden Sie das Problem.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). This is not caused by your input; try again in a few minutes.</source>
        <translation>Beim Antworten hatte %1 ein Problem (HTTP %2). Das liegt nicht an Ihrer Eingabe; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2. Check that the server URL points to a Channex API.</source>
        <translation>Als Antwort lieferte %1 den unerwarteten HTTP-Status %2. Prüfen Sie, ob die Server-URL auf eine Channex-API verweist.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again; if it keeps happening the server may be overloaded.</source>
        <translation>Innerhalb der Wartezeit hat %1 nicht geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut; tritt das wiederholt auf, ist der Server möglicherweise überlastet.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check your internet connection and the server address.</source>
        <translation>Der Servername wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check your internet connection and DNS settings (or proxy); the address itself is correct.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und die DNS-Einstellungen (oder den Proxy); die Adresse selbst ist korrekt.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the server address under Manage connections… for typos, and check your internet connection.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Serveradresse unter „Verbindungen verwalten…“ auf Tippfehler, und prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing is listening there. Check the server URL and port, or restart the sandbox if you are using it.</source>
        <translation>Die Verbindung hat %1 abgelehnt; dort nimmt kein Dienst Verbindungen an. Prüfen Sie Server-URL und Port, oder starten Sie die Sandbox neu, falls Sie sie verwenden.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (certificate or TLS problem). Check the server URL, the system clock and any proxy that inspects HTTPS traffic.</source>
        <translation>Es konnte keine sichere Verbindung aufgebaut werden (Zertifikats- oder TLS-Problem); Ziel war %1. Prüfen Sie die Server-URL, die Systemuhr und jeden Proxy, der HTTPS-Verkehr untersucht.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check your internet connection or proxy settings and try again.</source>
        <translation>Die Verbindung ist fehlgeschlagen; Ziel war %1. Prüfen Sie Ihre Internetverbindung oder die Proxy-Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the expected JSON. Is the server URL right? It must point to a Channex API server.</source>
        <translation>Als Antwort lieferte %1 etwas anderes als das erwartete JSON. Stimmt die Server-URL? Sie muss auf einen Channex-API-Server verweisen.</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor eine Antwort eintraf.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen; Ziel war %1.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1. Correct the values and try again.</source>
        <translation>Es wurde nichts gesendet: %1. Korrigieren Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Channex::ConnectionProfile</name>
    <message>
        <source>Sandbox (built-in demo)</source>
        <translation>Sandbox (integrierte Demo)</translation>
    </message>
    <message>
        <source>Channex Staging</source>
        <translation>Channex Staging</translation>
    </message>
    <message>
        <source>Channex Production</source>
        <translation>Channex Produktion</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Enter the full address including https://, for example %1.</source>
        <translation>Geben Sie die vollständige Adresse einschließlich https:// ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address. Enter it like %2.</source>
        <translation>„%1“ ist keine gültige Adresse. Geben Sie sie in der Form %2 ein.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be used, not %1://.</source>
        <translation>Nur Adressen mit http:// und https:// sind möglich, nicht %1://.</translation>
    </message>
    <message>
        <source>The address has no server name. Enter it like %1.</source>
        <translation>Die Adresse enthält keinen Servernamen. Geben Sie sie in der Form %1 ein.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own field.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Adresse; der API-Schlüssel gehört in ein eigenes Feld.</translation>
    </message>
    <message>
        <source>Remove the &apos;?&apos; or &apos;#&apos; part from the address; enter only the server root, like %1.</source>
        <translation>Entfernen Sie den Teil ab „?“ oder „#“ aus der Adresse; geben Sie nur die Stammadresse des Servers ein, etwa %1.</translation>
    </message>
</context>
<context>
    <name>Channex::EventMask</name>
    <message numerus="yes">
        <source>%n room type(s)</source>
        <translation>
            <numerusform>%n Zimmerkategorie</numerusform>
            <numerusform>%n Zimmerkategorien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n Ratenplan</numerusform>
            <numerusform>%n Ratenpläne</numerusform>
        </translation>
    </message>
    <message>
        <source>The event mask is empty; Channex requires at least one event, or &apos;*&apos; for all events.</source>
        <translation>Die Ereignismaske ist leer; Channex verlangt mindestens ein Ereignis oder „*“ für alle Ereignisse.</translation>
    </message>
    <message>
        <source>&apos;*&apos; already includes every event; the other entries have no effect.</source>
        <translation>„*“ umfasst bereits alle Ereignisse; die übrigen Einträge haben keine Wirkung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed more than once.</source>
        <translation>„%1“ ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has too many filter segments; an ari filter looks like ari:restrictions:room_type_ids:rate_plan_ids.</source>
        <translation>„%1“ hat zu viele Filtersegmente; ein ari-Filter sieht so aus: ari:restrictions:room_type_ids:rate_plan_ids.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a filter, but only the ari event accepts one; Channex will probably not recognise this entry.</source>
        <translation>„%1“ hat einen Filter, aber nur das Ereignis ari akzeptiert einen; Channex erkennt diesen Eintrag vermutlich nicht.</translation>
    </message>
    <message>
        <source>&apos;disconnected_channel&apos; is the 2025 name of &apos;disconnect_channel&apos;; newer Channex servers may only know the new name.</source>
        <translation>„disconnected_channel“ ist der Name, den die Dokumentation von 2025 für „disconnect_channel“ verwendet; neuere Channex-Server kennen möglicherweise nur den neuen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Channex event; event names are lower case (did you mean &apos;%2&apos;?).</source>
        <translation>„%1“ ist kein Channex-Ereignis; Ereignisnamen werden kleingeschrieben (meinten Sie „%2“?).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a documented Channex event; check the spelling.</source>
        <translation>„%1“ ist kein dokumentiertes Channex-Ereignis; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ARI restriction; known restrictions are: %2.</source>
        <translation>„%1“ ist keine ARI-Restriktion; bekannte Restriktionen sind: %2.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
</context>
<context>
    <name>Channex::Overlap</name>
    <message>
        <source>Global and property webhook share events</source>
        <translation>Globaler Webhook und Unterkunfts-Webhook teilen Ereignisse</translation>
    </message>
    <message>
        <source>Same events delivered twice to one URL</source>
        <translation>Dieselben Ereignisse werden doppelt an eine URL zugestellt</translation>
    </message>
    <message>
        <source>Event mask matches no documented event</source>
        <translation>Ereignismaske passt zu keinem dokumentierten Ereignis</translation>
    </message>
    <message>
        <source>Plain http on Channex production</source>
        <translation>Einfaches http in der Channex-Produktion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>alle Ereignisse</translation>
    </message>
</context>
<context>
    <name>Channex::WebhookLabel</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
</context>
<context>
    <name>Channex::WebhookRules</name>
    <message>
        <source>Enter the URL that should receive the events.</source>
        <translation>Geben Sie die URL ein, die die Ereignisse empfangen soll.</translation>
    </message>
    <message>
        <source>Remove the spaces before or after the URL.</source>
        <translation>Entfernen Sie die Leerzeichen vor oder nach der URL.</translation>
    </message>
    <message>
        <source>The URL must be on one line.</source>
        <translation>Die URL muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>Enter a full URL that starts with https:// or http://.</source>
        <translation>Geben Sie eine vollständige URL ein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>Channex calls only http and https URLs, not %1.</source>
        <translation>Channex ruft nur http- und https-URLs auf, nicht %1.</translation>
    </message>
    <message>
        <source>The URL needs a host name after %1://.</source>
        <translation>Die URL braucht nach %1:// einen Hostnamen.</translation>
    </message>
    <message>
        <source>Plain http sends bookings and guest data unencrypted; use https where the receiver supports it.</source>
        <translation>Einfaches http überträgt Buchungen und Gästedaten unverschlüsselt; verwenden Sie https, wo der Empfänger es unterstützt.</translation>
    </message>
    <message>
        <source>The query holds what looks like a secret (%1): URLs end up in logs. A header is safer.</source>
        <translation>Der Query-String enthält offenbar ein Geheimnis (%1): URLs landen in Protokollen. Ein Header ist sicherer.</translation>
    </message>
    <message>
        <source>Choose at least one event, or all events (*).</source>
        <translation>Wählen Sie mindestens ein Ereignis oder alle Ereignisse (*).</translation>
    </message>
    <message>
        <source>The event mask must be on one line.</source>
        <translation>Die Ereignismaske muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>Choose the property whose events this webhook receives, or Global.</source>
        <translation>Wählen Sie die Unterkunft, deren Ereignisse dieser Webhook empfängt, oder „Global“.</translation>
    </message>
    <message>
        <source>Header %1 has no name.</source>
        <translation>Header %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Parameter %1 has no name.</source>
        <translation>Parameter %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>“%1” contains a line break, which would break the request.</source>
        <translation>„%1“ enthält einen Zeilenumbruch, der die Anfrage unbrauchbar machen würde.</translation>
    </message>
    <message>
        <source>The header “%1” is listed twice.</source>
        <translation>Der Header „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The parameter “%1” is listed twice.</source>
        <translation>Der Parameter „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Channex holds this value as it is, and it is sent back unchanged: %1 A delivery may carry it as it is, and the receiving server may refuse it.</source>
        <translation>Channex speichert diesen Wert so, wie er ist, und er wird unverändert zurückgesendet: %1 Eine Zustellung kann ihn unverändert enthalten, und der empfangende Server kann sie ablehnen.</translation>
    </message>
    <message>
        <source>The URL contains a space after “%1”: a URL has none (write %20 where the receiver expects one).</source>
        <translation>Die URL enthält ein Leerzeichen nach „%1“: Eine URL hat keines (schreiben Sie %20, wo der Empfänger eines erwartet).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Webhook Console: manage the webhooks of a Channex account and watch their deliveries.</source>
        <translation>Webhook Console: die Webhooks eines Channex-Kontos verwalten und ihre Zustellungen beobachten.</translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Open on the built-in sandbox, even when an API key is set.</source>
        <translation>Mit der integrierten Sandbox starten, auch wenn ein API-Schlüssel gesetzt ist.</translation>
    </message>
    <message>
        <source>Open the saved connection to the Channex server at &lt;url&gt; (a server root such as https://staging.channex.io; /api/v1 is added), saving one if there is none. Its API key comes from the keychain, or for this run only from the CHANNEX_API_KEY environment variable.</source>
        <translation>Die gespeicherte Verbindung zum Channex-Server unter &lt;url&gt; öffnen (eine Server-Stammadresse wie https://staging.channex.io; /api/v1 wird ergänzt) und eine anlegen, falls keine existiert. Der API-Schlüssel stammt aus dem Schlüsselbund oder, nur für diesen Lauf, aus der Umgebungsvariable CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Serve only the sandbox API on 127.0.0.1, without a window, until stopped. Prints its server root and API key (the demo key, or the one in the WEBHOOK_CONSOLE_SANDBOX_KEY environment variable).</source>
        <translation>Nur die Sandbox-API auf 127.0.0.1 bereitstellen, ohne Fenster, bis zum Beenden. Gibt ihre Server-Stammadresse und ihren API-Schlüssel aus (den Demo-Schlüssel oder den aus der Umgebungsvariable WEBHOOK_CONSOLE_SANDBOX_KEY).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>With --serve-sandbox: delay every API answer by &lt;ms&gt; milliseconds.</source>
        <translation>Mit --serve-sandbox: jede API-Antwort um &lt;ms&gt; Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be used together.</source>
        <translation>--sandbox und --api-url können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--latency needs a number of milliseconds from 0 to 600000.</source>
        <translation>--latency erwartet eine Anzahl Millisekunden von 0 bis 600000.</translation>
    </message>
    <message>
        <source>Could not start the sandbox on 127.0.0.1:%1: %2</source>
        <translation>Die Sandbox konnte nicht auf 127.0.0.1:%1 gestartet werden: %2</translation>
    </message>
    <message>
        <source>Webhook Console sandbox: a Channex-compatible API with demo data.</source>
        <translation>Sandbox von Webhook Console: eine Channex-kompatible API mit Demodaten.</translation>
    </message>
    <message>
        <source>Server root: %1</source>
        <translation>Stammadresse:  %1</translation>
    </message>
    <message>
        <source>API base:    %1/api/v1</source>
        <translation>API-Basis:     %1/api/v1</translation>
    </message>
    <message>
        <source>API key:     %1 (send it in the user-api-key header; %2)</source>
        <translation>API-Schlüssel: %1 (im Header user-api-key senden; %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>the demo key</source>
        <translation>der Demo-Schlüssel</translation>
    </message>
    <message>
        <source>Latency:     %1 ms added to every answer</source>
        <translation>Latenz:        %1 ms Verzögerung bei jeder Antwort</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Rufen Sie das Programm mit --help auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Could not open the capture database %1: %2</source>
        <translation>Die Datenbank für Aufzeichnungen %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n capture(s) from %1.</source>
        <translation>
            <numerusform>%n Aufzeichnung aus %1 exportiert.</numerusform>
            <numerusform>%n Aufzeichnungen aus %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the live receiver with the window, on 127.0.0.1 port &lt;port&gt; (0: any free port).</source>
        <translation>Den Live-Empfänger mit dem Fenster starten, auf 127.0.0.1 Port &lt;port&gt; (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Keep settings and captures in the folder &lt;dir&gt; instead of the usual places, e.g. for a portable or separate console.</source>
        <translation>Einstellungen und Aufzeichnungen im Ordner &lt;ordner&gt; statt an den üblichen Orten ablegen, z. B. für eine portable oder getrennte Konsole.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Run only the live receiver on 127.0.0.1, without a window, until stopped: every request is stored in the data folder before it is answered. Prints its URL and the database file.</source>
        <translation>Nur den Live-Empfänger auf 127.0.0.1 ausführen, ohne Fenster, bis er beendet wird: Jede Anfrage wird im Datenordner gespeichert, bevor sie beantwortet wird. Gibt seine URL und die Datenbankdatei aus.</translation>
    </message>
    <message>
        <source>Port for --serve-sandbox or --serve-receiver (default: any free port).</source>
        <translation>Port für --serve-sandbox oder --serve-receiver (Standard: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer 401 (and mark the capture) unless a request carries the header &lt;name&gt; with the value in the WEBHOOK_CONSOLE_RECEIVER_SECRET environment variable.</source>
        <translation>Mit --serve-receiver: mit 401 antworten (und die Aufzeichnung markieren), wenn eine Anfrage nicht den Header &lt;name&gt; mit dem Wert aus der Umgebungsvariablen WEBHOOK_CONSOLE_RECEIVER_SECRET enthält.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Write every stored capture to &lt;file&gt; as JSON Lines (- for standard output) and exit, without a window.</source>
        <translation>Alle gespeicherten Aufzeichnungen als JSON Lines in &lt;datei&gt; schreiben (- für die Standardausgabe) und beenden, ohne Fenster.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>%1 needs a number from 0 to 65535.</source>
        <translation>%1 erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir erwartet einen Ordner.</translation>
    </message>
    <message>
        <source>--export-captures needs a file name, or - for standard output.</source>
        <translation>--export-captures erwartet einen Dateinamen oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>--port is an option of --serve-sandbox and --serve-receiver (the window takes --receiver-port).</source>
        <translation>--port ist eine Option von --serve-sandbox und --serve-receiver (das Fenster verwendet --receiver-port).</translation>
    </message>
    <message>
        <source>--latency is an option of --serve-sandbox.</source>
        <translation>--latency ist eine Option von --serve-sandbox.</translation>
    </message>
    <message>
        <source>--secret-header is an option of --serve-receiver.</source>
        <translation>--secret-header ist eine Option von --serve-receiver.</translation>
    </message>
    <message>
        <source>--secret-header %1 needs the expected value in the %2 environment variable.</source>
        <translation>--secret-header %1 benötigt den erwarteten Wert in der Umgebungsvariablen %2.</translation>
    </message>
    <message>
        <source>Could not start the receiver on 127.0.0.1:%1: %2</source>
        <translation>Der Empfänger konnte nicht auf 127.0.0.1:%1 gestartet werden: %2</translation>
    </message>
    <message>
        <source>Webhook Console receiver: every request is stored before it is answered.</source>
        <translation>Empfänger von Webhook Console: Jede Anfrage wird gespeichert, bevor sie beantwortet wird.</translation>
    </message>
    <message>
        <source>URL:      %1</source>
        <translation>URL:       %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Secret:   requests without the right %1 header are answered 401 (the value is from %2)</source>
        <translation>Geheimnis: Anfragen ohne den richtigen Header %1 werden mit 401 beantwortet (der Wert stammt aus %2)</translation>
    </message>
    <message>
        <source>Not storing: %1 Requests are answered 503 until the database can be written again.</source>
        <translation>Es wird nicht gespeichert: %1 Anfragen werden mit 503 beantwortet, bis die Datenbank wieder beschrieben werden kann.</translation>
    </message>
    <message>
        <source>Storing again: every request is stored before it is answered.</source>
        <translation>Es wird wieder gespeichert: Jede Anfrage wird gespeichert, bevor sie beantwortet wird.</translation>
    </message>
    <message>
        <source>--secret-header needs a header name, such as X-Webhook-Secret. %1</source>
        <translation>--secret-header braucht einen Header-Namen, etwa X-Webhook-Secret. %1</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer requests as the response rules in &lt;file&gt; say (JSON, see docs/response-rules.md); the others get the usual 200.</source>
        <translation>Mit --serve-receiver: Anfragen so beantworten, wie die Antwortregeln in &lt;file&gt; es sagen (JSON, siehe docs/response-rules.md); die anderen erhalten das übliche 200.</translation>
    </message>
    <message>
        <source>With --serve-receiver: send each stored request on to &lt;url&gt; (the app you are building, e.g. http://localhost:3000/webhooks) and answer with its answer; 502 when it does not answer, 504 when it is too slow.</source>
        <translation>Mit --serve-receiver: jede gespeicherte Anfrage an &lt;url&gt; weiterleiten (die App, die Sie entwickeln, z. B. http://localhost:3000/webhooks) und mit deren Antwort antworten; 502, wenn sie nicht antwortet, 504, wenn sie zu langsam ist.</translation>
    </message>
    <message>
        <source>With --forward: how many seconds to wait for the app&apos;s answer (default 30).</source>
        <translation>Mit --forward: wie viele Sekunden auf die Antwort der App gewartet wird (Standard 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--rules needs the name of a rules file.</source>
        <translation>--rules braucht den Namen einer Regeldatei.</translation>
    </message>
    <message>
        <source>--forward: %1</source>
        <translation>--forward: %1</translation>
    </message>
    <message>
        <source>--forward-timeout needs a number of seconds from 1 to 600.</source>
        <translation>--forward-timeout braucht eine Zahl von Sekunden von 1 bis 600.</translation>
    </message>
    <message>
        <source>--rules and --forward are options of --serve-receiver (the window has them in the Live tab).</source>
        <translation>--rules und --forward sind Optionen von --serve-receiver (das Fenster hat sie im Live-Tab).</translation>
    </message>
    <message>
        <source>--forward-timeout is an option of --forward.</source>
        <translation>--forward-timeout ist eine Option von --forward.</translation>
    </message>
    <message numerus="yes">
        <source>Rules:    %n response rule(s) from %1, the first that matches answers</source>
        <translation>
            <numerusform>Regeln:   %n Antwortregel aus %1, die erste passende antwortet</numerusform>
            <numerusform>Regeln:   %n Antwortregeln aus %1, die erste passende antwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward:  every other request is sent on to %1 and answered with its answer</source>
        <translation>Weiter:   jede andere Anfrage geht an %1 und wird mit deren Antwort beantwortet</translation>
    </message>
    <message>
        <source>Write the account&apos;s webhooks to &lt;file&gt; (- for standard output) as a webhook file and exit, without a window. Header and parameter values are left out unless --with-secrets is given. Needs --api-url (the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>Die Webhooks des Kontos als Webhook-Datei in &lt;datei&gt; schreiben (- für die Standardausgabe) und beenden, ohne Fenster. Header- und Parameterwerte werden weggelassen, außer wenn --with-secrets angegeben ist. Benötigt --api-url (den API-Schlüssel in der Umgebungsvariable CHANNEX_API_KEY) oder --sandbox.</translation>
    </message>
    <message>
        <source>With --export-webhooks: include header and parameter values (they often hold secrets).</source>
        <translation>Mit --export-webhooks: Header- und Parameterwerte einschließen (sie enthalten oft Geheimnisse).</translation>
    </message>
    <message>
        <source>Bring the account&apos;s webhooks in line with the webhook file &lt;file&gt; (- for standard input): print one line per webhook (create, update, unchanged, skipped), apply the changes and exit, without a window. Never deletes. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Die Webhooks des Kontos an die Webhook-Datei &lt;datei&gt; angleichen (- für die Standardeingabe): eine Zeile pro Webhook ausgeben (anlegen, aktualisieren, unverändert, übersprungen), die Änderungen anwenden und beenden, ohne Fenster. Löscht nie etwas. Benötigt --api-url (den API-Schlüssel in CHANNEX_API_KEY) oder --sandbox.</translation>
    </message>
    <message>
        <source>With --import-webhooks: print what would change, and send nothing.</source>
        <translation>Mit --import-webhooks: ausgeben, was sich ändern würde, und nichts senden.</translation>
    </message>
    <message>
        <source>Print one line per overlap in the account&apos;s webhooks (a global webhook that a property webhook takes events from, an event delivered twice to one URL, a mask that matches no event, plain http on production) and exit, without a window. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Eine Zeile pro Überschneidung in den Webhooks des Kontos ausgeben (ein globaler Webhook, dem ein Unterkunfts-Webhook Ereignisse abnimmt, ein Ereignis, das doppelt an eine URL zugestellt wird, eine Maske, die zu keinem Ereignis passt, einfaches http in der Produktion) und beenden, ohne Fenster. Benötigt --api-url (den API-Schlüssel in CHANNEX_API_KEY) oder --sandbox.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard output or input.</source>
        <translation>%1 benötigt einen Dateinamen oder - für die Standardausgabe bzw. -eingabe.</translation>
    </message>
    <message>
        <source>--with-secrets is an option of --export-webhooks.</source>
        <translation>--with-secrets ist eine Option von --export-webhooks.</translation>
    </message>
    <message>
        <source>--dry-run is an option of --import-webhooks.</source>
        <translation>--dry-run ist eine Option von --import-webhooks.</translation>
    </message>
    <message>
        <source>--receiver-port is an option of the window; it cannot be combined with --export-webhooks, --import-webhooks or --check-webhooks.</source>
        <translation>--receiver-port ist eine Option des Fensters; sie kann nicht mit --export-webhooks, --import-webhooks oder --check-webhooks kombiniert werden.</translation>
    </message>
    <message>
        <source>--export-webhooks, --import-webhooks and --check-webhooks read an account: give --api-url (with the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>--export-webhooks, --import-webhooks und --check-webhooks lesen ein Konto: Geben Sie --api-url (mit dem API-Schlüssel in der Umgebungsvariable CHANNEX_API_KEY) oder --sandbox an.</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>die integrierte Sandbox (%1)</translation>
    </message>
    <message>
        <source>Could not start the built-in sandbox: %1</source>
        <translation>Die integrierte Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Set the API key of %1 in the CHANNEX_API_KEY environment variable; it is never taken from the command line.</source>
        <translation>Legen Sie den API-Schlüssel für %1 in der Umgebungsvariable CHANNEX_API_KEY fest; er wird nie aus der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>Could not read the webhooks of %1: %2</source>
        <translation>Die Webhooks für %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the property names of %1, which webhook files match properties by: %2</source>
        <translation>Die Namen der Unterkünfte für %1 konnten nicht gelesen werden; Webhook-Dateien ordnen Unterkünfte über diese Namen zu: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n webhook(s) of %1. Findings: %2.</source>
        <translation>
            <numerusform>%n Webhook für %1 geprüft. Befunde: %2.</numerusform>
            <numerusform>%n Webhooks für %1 geprüft. Befunde: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Webhook für %1 in %2 exportiert.</numerusform>
            <numerusform>%n Webhooks für %1 in %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>die Standardausgabe</translation>
    </message>
    <message>
        <source>Header and parameter values were left out (null); add --with-secrets to include them.</source>
        <translation>Header- und Parameterwerte wurden weggelassen (null); fügen Sie --with-secrets hinzu, um sie einzuschließen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Channex asked to slow down (HTTP 429): waiting %1 s, then sending again…</source>
        <translation>Channex bittet um eine Pause (HTTP 429): In %1 s wird erneut gesendet…</translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation>Die Standardeingabe</translation>
    </message>
    <message>
        <source>the standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>Importing %1 into %2.</source>
        <translation>Es wird %1 in %2 importiert.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>refused %1 — %2</source>
        <translation>abgelehnt %1 — %2</translation>
    </message>
    <message>
        <source>Applied %1 of %2 changes.</source>
        <translation>%1 von %2 Änderungen angewendet.</translation>
    </message>
    <message>
        <source>With --serve-sandbox: multiply Channex&apos;s waits between delivery attempts (1 min to 10 h) by &lt;factor&gt;, from 1 (Channex&apos;s timing, the default) down to 0.001 (a minute becomes 60 ms) or less.</source>
        <translation>Mit --serve-sandbox: die Wartezeiten von Channex zwischen Zustellversuchen (1 min bis 10 h) mit &lt;faktor&gt; multiplizieren, von 1 (Channex-Timing, Standard) bis hinab zu 0.001 (aus einer Minute werden 60 ms) oder weniger.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>faktor</translation>
    </message>
    <message>
        <source>Send the documented sample of &lt;event&gt; (one of the 28 Channex events) to the URL given with --to, print the answer and exit: 0 when it answered 2xx, 1 when it answered otherwise or could not be reached.</source>
        <translation>Das dokumentierte Beispiel von &lt;ereignis&gt; (eines der 28 Channex-Ereignisse) an die mit --to angegebene URL senden, die Antwort ausgeben und beenden: 0, wenn mit 2xx geantwortet wurde, 1, wenn anders geantwortet wurde oder die URL nicht erreichbar war.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>ereignis</translation>
    </message>
    <message>
        <source>With --fire: the callback URL to send to (http or https).</source>
        <translation>Mit --fire: die Callback-URL, an die gesendet wird (http oder https).</translation>
    </message>
    <message>
        <source>With --fire: the property the event is about (a uuid; default: the sandbox&apos;s first demo hotel).</source>
        <translation>Mit --fire: die Unterkunft, um die es bei dem Ereignis geht (eine UUID; Standard: das erste Demo-Hotel der Sandbox).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--fire: &quot;%1&quot; is not one of the %2 Channex events: %3.</source>
        <translation>--fire: &quot;%1&quot; ist keines der %2 Channex-Ereignisse: %3.</translation>
    </message>
    <message>
        <source>--fire needs --to with the URL to send to.</source>
        <translation>--fire braucht --to mit der URL, an die gesendet wird.</translation>
    </message>
    <message>
        <source>--to needs an http:// or https:// URL with a host, such as http://127.0.0.1:8080/channex.</source>
        <translation>--to braucht eine http://- oder https://-URL mit Host, etwa http://127.0.0.1:8080/channex.</translation>
    </message>
    <message>
        <source>--property needs a property id, a uuid such as %1.</source>
        <translation>--property braucht eine Unterkunfts-ID, eine UUID wie %1.</translation>
    </message>
    <message>
        <source>--retry-scale needs a number greater than 0 and at most 1, such as 0.001 (a minute becomes 60 ms).</source>
        <translation>--retry-scale braucht eine Zahl größer als 0 und höchstens 1, etwa 0.001 (aus einer Minute werden 60 ms).</translation>
    </message>
    <message>
        <source>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks and --fire each run on their own; choose one.</source>
        <translation>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks und --fire laufen jeweils für sich allein; wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>--retry-scale is an option of --serve-sandbox.</source>
        <translation>--retry-scale ist eine Option von --serve-sandbox.</translation>
    </message>
    <message>
        <source>--to and --property are options of --fire.</source>
        <translation>--to und --property sind Optionen von --fire.</translation>
    </message>
    <message>
        <source>--sandbox, --api-url and --receiver-port are options of the window; they cannot be combined with --serve-sandbox, --serve-receiver, --export-captures or --fire.</source>
        <translation>--sandbox, --api-url und --receiver-port sind Optionen des Fensters; sie lassen sich nicht mit --serve-sandbox, --serve-receiver, --export-captures oder --fire kombinieren.</translation>
    </message>
    <message>
        <source>--fire sends one request and keeps nothing; it takes --to and --property only.</source>
        <translation>--fire sendet eine Anfrage und speichert nichts; es akzeptiert nur --to und --property.</translation>
    </message>
    <message>
        <source>Could not deliver %1 to %2: %3.</source>
        <translation>%1 konnte nicht an %2 zugestellt werden: %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 to %3, not a 2xx.</source>
        <translation>%1 hat auf %3 mit %2 geantwortet, nicht mit 2xx.</translation>
    </message>
    <message>
        <source>Control:     %1/sandbox/v1 (fire events, read the delivery log; docs/sandbox.md)</source>
        <translation>Steuerung:     %1/sandbox/v1 (Ereignisse auslösen, Zustellprotokoll lesen; docs/sandbox.md)</translation>
    </message>
    <message>
        <source>Retries:     after 1 min, 2 min, 4 min … 10 h, as Channex</source>
        <translation>Wiederholungen: nach 1 min, 2 min, 4 min … 10 h, wie bei Channex</translation>
    </message>
    <message>
        <source>Retries:     Channex&apos;s waits × %1 (a minute is %2 ms)</source>
        <translation>Wiederholungen: Channex-Wartezeiten × %1 (eine Minute sind %2 ms)</translation>
    </message>
    <message>
        <source>Keep captures in the PostgreSQL database at &lt;url&gt; (postgresql://user@host:5432/database, libpq options such as sslmode as query parameters), shared with every console and receiver that uses it, instead of the data folder. The password comes from the PGPASSWORD environment variable or ~/.pgpass, never from the URL. For the window, --serve-receiver and --export-captures.</source>
        <translation>Aufzeichnungen statt im Datenordner in der PostgreSQL-Datenbank unter &lt;url&gt; ablegen (postgresql://user@host:5432/database, libpq-Optionen wie sslmode als Query-Parameter); alle Konsolen und Empfänger, die sie verwenden, teilen sie sich. Das Passwort stammt aus der Umgebungsvariable PGPASSWORD oder aus ~/.pgpass, nie aus der URL. Für das Fenster, --serve-receiver und --export-captures.</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store: %1</translation>
    </message>
    <message>
        <source>--store is an option of the window, --serve-receiver and --export-captures.</source>
        <translation>--store ist eine Option des Fensters, von --serve-receiver und von --export-captures.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Manage Connections</source>
        <translation>Verbindungen verwalten</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Servera&amp;dresse:</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>Adresse des eigenen Servers</translation>
    </message>
    <message>
        <source>https://channex.example.com</source>
        <translation>https://channex.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key aus Ihrem Channex-Profil</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
</context>
<context>
    <name>Delivery::DeliveryCall</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>das TLS-Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>the connection to %1 port %2 was refused: nothing listens there</source>
        <translation>die Verbindung zu %1 Port %2 wurde abgelehnt: dort lauscht nichts</translation>
    </message>
    <message>
        <source>the host %1 was not found (DNS)</source>
        <translation>der Host %1 wurde nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Delivery::ResponseParser</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the answer is not HTTP/1.1 (%1)</source>
        <translation>die Antwort ist kein HTTP/1.1 (%1)</translation>
    </message>
    <message>
        <source>no answer came: the connection closed without one</source>
        <translation>keine Antwort: die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the answer was cut off: the connection closed before its end</source>
        <translation>die Antwort brach ab: die Verbindung wurde vor ihrem Ende geschlossen</translation>
    </message>
</context>
<context>
    <name>DuplicateWebhookDialog</name>
    <message>
        <source>Duplicate Webhook</source>
        <translation>Webhook duplizieren</translation>
    </message>
    <message>
        <source>Find a property by name</source>
        <translation>Unterkunft nach Namen suchen</translation>
    </message>
    <message>
        <source>Find property</source>
        <translation>Unterkunft suchen</translation>
    </message>
    <message>
        <source>Properties to copy to</source>
        <translation>Zielunterkünfte für die Kopien</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select all properties</source>
        <translation>Alle Unterkünfte auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Select no property</source>
        <translation>Keine Unterkunft auswählen</translation>
    </message>
</context>
<context>
    <name>ExportCapturesDialog</name>
    <message>
        <source>Export Captures</source>
        <translation>Aufzeichnungen exportieren</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl): every field and body, one capture per line</source>
        <translation>JSON Lines (.jsonl): alle Felder und Inhalte, eine Aufzeichnung pro Zeile</translation>
    </message>
    <message>
        <source>HAR 1.2 (.har): for browser tools and HTTP debuggers</source>
        <translation>HAR 1.2 (.har): für Browser-Werkzeuge und HTTP-Debugger</translation>
    </message>
    <message>
        <source>CSV (.csv): one row per capture, without bodies, for spreadsheets</source>
        <translation>CSV (.csv): eine Zeile pro Aufzeichnung, ohne Inhalte, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Captures:</source>
        <translation>Aufzeichnungen:</translation>
    </message>
    <message>
        <source>Selected captures</source>
        <translation>Ausgewählte Aufzeichnungen</translation>
    </message>
    <message>
        <source>Captures matching the filter</source>
        <translation>Zum Filter passende Aufzeichnungen</translation>
    </message>
    <message>
        <source>All stored captures</source>
        <translation>Alle gespeicherten Aufzeichnungen</translation>
    </message>
    <message>
        <source>Redact secrets and guest personal data</source>
        <translation>Geheimnisse und personenbezogene Gästedaten schwärzen</translation>
    </message>
    <message>
        <source>&amp;Redact secrets and guest personal data</source>
        <translation>Geheimnisse und personenbezogene Gästedaten &amp;schwärzen</translation>
    </message>
    <message>
        <source>Replaces secret headers and query values, and the guest&apos;s name, contact details, card data, notes and messages in JSON bodies with [redacted]. Bodies that are not JSON are exported as they are.</source>
        <translation>Ersetzt geheime Header und Query-Werte sowie in JSON-Inhalten Name, Kontaktdaten, Kartendaten, Notizen und Nachrichten des Gastes durch [redacted]. Inhalte, die kein JSON sind, werden unverändert exportiert.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>Gui::AboutDialog</name>
    <message>
        <source>About Webhook Console</source>
        <translation>Über Webhook Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the webhooks of a Channex account, test them, and watch their deliveries.</source>
        <translation>Verwalten Sie die Webhooks eines Channex-Kontos, testen Sie sie und verfolgen Sie ihre Zustellungen.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2) · %3</source>
        <translation>Qt %1 (erstellt mit Qt %2) · %3</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>Versionsinformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Versionsinformationen kopieren</translation>
    </message>
    <message>
        <source>Put the versions on the clipboard, for a support request</source>
        <translation>Versionen für eine Support-Anfrage in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Webhook Console is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Components and their licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL version 3, except Qt Charts (the live panel&apos;s chart), which is GNU GPL version 3. Installers ship Qt&apos;s libraries unmodified as separate files; you may replace them with your own build.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — MIT licence.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD 3-clause licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Each component&apos;s licence text is on its site, linked above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Webhook Console ist freie Software: Sie dürfen sie unter den Bedingungen der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Komponenten und ihre Lizenzen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL Version 3, außer Qt Charts (das Diagramm des Live-Bereichs), das unter der GNU GPL Version 3 steht. Die Installationsprogramme liefern die Qt-Bibliotheken unverändert als separate Dateien aus; Sie können sie durch einen eigenen Build ersetzen.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — MIT-Lizenz.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD-Lizenz mit 3 Klauseln (BSD 3-Clause).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Den Lizenztext jeder Komponente finden Sie auf ihrer oben verlinkten Website.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gui::AnswerText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Not answered yet: waiting for your app&apos;s answer</source>
        <translation>Noch nicht beantwortet: wartet auf die Antwort Ihrer App</translation>
    </message>
    <message>
        <source>No answer was sent: the connection closed first</source>
        <translation>Keine Antwort gesendet: Die Verbindung wurde vorher geschlossen</translation>
    </message>
    <message>
        <source>%1, as the response rule “%2” says</source>
        <translation>%1, wie die Antwortregel „%2“ sagt</translation>
    </message>
    <message>
        <source>%1, the answer of your app</source>
        <translation>%1, die Antwort Ihrer App</translation>
    </message>
    <message>
        <source>%1: your app did not answer</source>
        <translation>%1: Ihre App hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Sent on to %1; its answer has not arrived.</source>
        <translation>An %1 weitergeleitet; die Antwort ist noch nicht da.</translation>
    </message>
    <message>
        <source>Sent on to %1, which answered %2 in %3.</source>
        <translation>An %1 weitergeleitet, die in %3 mit %2 antwortete.</translation>
    </message>
    <message>
        <source>Sent on to %1, which did not answer: %2 (after %3).</source>
        <translation>An %1 weitergeleitet, die nicht antwortete: %2 (nach %3).</translation>
    </message>
</context>
<context>
    <name>Gui::AnswersDialog</name>
    <message>
        <source>Import Response Rules</source>
        <translation>Antwortregeln importieren</translation>
    </message>
    <message>
        <source>Rules files (*.json)</source>
        <translation>Regeldateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) read from %1; Save applies them.</source>
        <translation>
            <numerusform>%n Regel aus %1 gelesen; Speichern wendet sie an.</numerusform>
            <numerusform>%n Regeln aus %1 gelesen; Speichern wendet sie an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Response Rules</source>
        <translation>Antwortregeln exportieren</translation>
    </message>
    <message>
        <source>Saved to %1; --serve-receiver --rules reads it.</source>
        <translation>In %1 gespeichert; --serve-receiver --rules liest sie.</translation>
    </message>
    <message>
        <source>Rule %1 cannot be used yet; its problem is shown below.</source>
        <translation>Regel %1 ist noch nicht verwendbar; ihr Problem steht unten.</translation>
    </message>
    <message>
        <source>Enter the address of your app, or switch forwarding off.</source>
        <translation>Geben Sie die Adresse Ihrer App ein oder schalten Sie die Weiterleitung aus.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building. Response rules are tried in order and the first that matches answers; the other requests are forwarded to your app when forwarding is on, and answered 200 otherwise. Every request is stored first.</source>
        <translation>Antworten Sie wie der Endpunkt, den Sie entwickeln. Antwortregeln werden der Reihe nach geprüft, die erste passende antwortet; die anderen Anfragen gehen bei eingeschalteter Weiterleitung an Ihre App und werden sonst mit 200 beantwortet. Jede Anfrage wird zuerst gespeichert.</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>Antwortregeln</translation>
    </message>
    <message>
        <source>Add a response rule</source>
        <translation>Eine Antwortregel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Die ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Die ausgewählte Regel früher prüfen</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Die ausgewählte Regel später prüfen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import response rules from a file</source>
        <translation>Antwortregeln aus einer Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the response rules to a file</source>
        <translation>Die Antwortregeln in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Forward requests to your app</source>
        <translation>Anfragen an Ihre App weiterleiten</translation>
    </message>
    <message>
        <source>Address of your app</source>
        <translation>Adresse Ihrer App</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>&amp;Warten:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to wait for your app&apos;s answer</source>
        <translation>Sekunden, die auf die Antwort Ihrer App gewartet wird</translation>
    </message>
    <message>
        <source>When your app has not answered by then, the sender gets 504; when it cannot be reached, 502.</source>
        <translation>Hat Ihre App bis dahin nicht geantwortet, erhält der Absender 504; ist sie nicht erreichbar, 502.</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Die Antworten speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add Ru&amp;le</source>
        <translation>Rege&amp;l hinzufügen</translation>
    </message>
    <message>
        <source>Forward the other requests &amp;to</source>
        <translation>Die anderen Anfragen weiterleiten &amp;an</translation>
    </message>
</context>
<context>
    <name>Gui::AriFilterEditor</name>
    <message>
        <source>Restriction %1</source>
        <translation>Restriktion %1</translation>
    </message>
    <message>
        <source>Room type IDs</source>
        <translation>Zimmerkategorie-IDs</translation>
    </message>
    <message>
        <source>Choose room types</source>
        <translation>Zimmerkategorien auswählen</translation>
    </message>
    <message>
        <source>Rate plan IDs</source>
        <translation>Ratenplan-IDs</translation>
    </message>
    <message>
        <source>Choose rate plans</source>
        <translation>Ratenpläne auswählen</translation>
    </message>
    <message>
        <source>Any, or IDs separated by commas</source>
        <translation>Alle oder IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Restriktionen:</translation>
    </message>
    <message>
        <source>None checked: changes of any restriction.</source>
        <translation>Keine angehakt: Änderungen an beliebigen Restriktionen.</translation>
    </message>
    <message>
        <source>R&amp;oom types:</source>
        <translation>&amp;Zimmerkategorien:</translation>
    </message>
    <message>
        <source>Rate p&amp;lans:</source>
        <translation>&amp;Ratenpläne:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>%1 (unknown ID)</source>
        <translation>%1 (unbekannte ID)</translation>
    </message>
</context>
<context>
    <name>Gui::BodyTab</name>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Show raw bytes</source>
        <translation>Rohdaten anzeigen</translation>
    </message>
    <message>
        <source>Show the raw bytes</source>
        <translation>Die Rohdaten anzeigen</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Wird formatiert…</translation>
    </message>
    <message>
        <source>The request had no body.</source>
        <translation>Die Anfrage hatte keinen Inhalt.</translation>
    </message>
    <message>
        <source>JSON, indented; keys and values as received.</source>
        <translation>JSON, eingerückt; Schlüssel und Werte wie empfangen.</translation>
    </message>
    <message>
        <source>JSON, indented. Colours are off for bodies over 1 MB, to keep the window responsive.</source>
        <translation>JSON, eingerückt. Bei Inhalten über 1 MB ist die Farbhervorhebung aus, damit das Fenster reaktionsfähig bleibt.</translation>
    </message>
    <message>
        <source>Not JSON: the text as received.</source>
        <translation>Kein JSON: der Text wie empfangen.</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text (or holds control characters): the Raw tab shows its bytes in hex.</source>
        <translation>Der Inhalt ist kein UTF-8-Text (oder enthält Steuerzeichen): Der Tab „Roh“ zeigt seine Bytes hexadezimal.</translation>
    </message>
</context>
<context>
    <name>Gui::BulkJobProgress</name>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureActions</name>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Anheften aufheben</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>Keep the selected captures through Clear and retention (%1)</source>
        <translation>Die ausgewählten Aufzeichnungen beim Leeren und bei der Aufbewahrungsbereinigung behalten (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected captures (%1)</source>
        <translation>Die ausgewählten Aufzeichnungen löschen (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear All…</source>
        <translation>Alles lee&amp;ren…</translation>
    </message>
    <message>
        <source>Delete every capture except the pinned ones (%1)</source>
        <translation>Alle Aufzeichnungen außer den angehefteten löschen (%1)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again (%1)</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage erneut sendet (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected or all captures as JSON Lines, HAR or CSV (%1)</source>
        <translation>Die ausgewählten oder alle Aufzeichnungen als JSON Lines, HAR oder CSV speichern (%1)</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>Erneut &amp;senden…</translation>
    </message>
    <message>
        <source>Send this request again to any URL, with edits (%1)</source>
        <translation>Diese Anfrage erneut an eine beliebige URL senden, mit Änderungen (%1)</translation>
    </message>
    <message>
        <source>Delete Captures</source>
        <translation>Aufzeichnungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n capture(s)?</source>
        <translation>
            <numerusform>%n Aufzeichnung löschen?</numerusform>
            <numerusform>%n Aufzeichnungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed from the capture database. This cannot be undone.</source>
        <translation>Sie werden aus der Datenbank für Aufzeichnungen entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Clear Captures</source>
        <translation>Aufzeichnungen leeren</translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned?</source>
        <translation>Alle nicht angehefteten Aufzeichnungen löschen?</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>Angeheftete Aufzeichnungen bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>That capture is no longer stored.</source>
        <translation>Diese Aufzeichnung ist nicht mehr gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) exported to %1.</source>
        <translation>
            <numerusform>%n Aufzeichnung nach %1 exportiert.</numerusform>
            <numerusform>%n Aufzeichnungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned from the shared capture history, for everyone who uses it?</source>
        <translation>Alle nicht angehefteten Aufzeichnungen aus dem gemeinsamen Aufzeichnungsverlauf löschen, für alle, die ihn verwenden?</translation>
    </message>
    <message>
        <source>The history is shared through %1: the captures disappear from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>Der Verlauf wird über %1 geteilt: Die Aufzeichnungen verschwinden auch aus den Konsolen Ihres Teams. Angeheftete Aufzeichnungen bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Copied a curl command that sends the %1 of %2 again.</source>
        <translation>Ein curl-Befehl, der %1 von %2 erneut sendet, wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureDetailView</name>
    <message>
        <source>Select a capture to see it.</source>
        <translation>Wählen Sie eine Aufzeichnung aus, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Capture details</source>
        <translation>Details der Aufzeichnung</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureFilterBar</name>
    <message>
        <source>Any method</source>
        <translation>Alle Methoden</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Statuscodes</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>4xx refused</source>
        <translation>4xx abgelehnt</translation>
    </message>
    <message>
        <source>5xx failed</source>
        <translation>5xx fehlgeschlagen</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Ereignisfilter</translation>
    </message>
    <message>
        <source>Show captures of one Channex event (the number is how many are stored)</source>
        <translation>Aufzeichnungen eines Channex-Ereignisses anzeigen (die Zahl gibt an, wie viele gespeichert sind)</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Methodenfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show captures by the status the receiver answered</source>
        <translation>Aufzeichnungen nach dem Status anzeigen, mit dem der Empfänger geantwortet hat</translation>
    </message>
    <message>
        <source>Search body, header names and values</source>
        <translation>Inhalt, Header-Namen und -Werte durchsuchen</translation>
    </message>
    <message>
        <source>Search captures</source>
        <translation>Aufzeichnungen durchsuchen</translation>
    </message>
    <message>
        <source>Text in the body, a header name or a header value (any case). Esc clears it.</source>
        <translation>Text im Inhalt, in einem Header-Namen oder einem Header-Wert (Groß-/Kleinschreibung egal). Esc leert das Feld.</translation>
    </message>
    <message>
        <source>&amp;Pinned</source>
        <translation>An&amp;geheftet</translation>
    </message>
    <message>
        <source>Pinned only</source>
        <translation>Nur angeheftete</translation>
    </message>
    <message>
        <source>Show only pinned captures</source>
        <translation>Nur angeheftete Aufzeichnungen anzeigen</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Show only duplicates, out-of-order deliveries, rejected requests and secret mismatches</source>
        <translation>Nur Duplikate, Zustellungen in falscher Reihenfolge, abgelehnte Anfragen und falsche Geheimnisse anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All events (%1)</source>
        <translation>Alle Ereignisse (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not a Channex payload (%1)</source>
        <translation>Keine Channex-Nutzdaten (%1)</translation>
    </message>
    <message>
        <source>Marke&amp;d</source>
        <translation>&amp;Markiert</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureListModel</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>rejected by the receiver</source>
        <translation>vom Empfänger abgelehnt</translation>
    </message>
    <message>
        <source>secret header missing or wrong (answered 401)</source>
        <translation>geheimer Header fehlt oder ist falsch (mit 401 beantwortet)</translation>
    </message>
    <message>
        <source>duplicate: the same body arrived before for this event and property</source>
        <translation>Duplikat: derselbe Inhalt ist für dieses Ereignis und diese Unterkunft schon einmal eingetroffen</translation>
    </message>
    <message>
        <source>pinned: kept by Clear and retention</source>
        <translation>angeheftet: bleibt beim Leeren und bei der Aufbewahrungsbereinigung erhalten</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (angeheftet)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>falsche Reihenfolge</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>out of order: its timestamp is earlier than one already received about the same booking, ARI record or message thread</source>
        <translation>falsche Reihenfolge: Ihr Zeitstempel ist älter als einer, der schon zur selben Buchung, zum selben ARI-Datensatz oder Nachrichtenverlauf empfangen wurde</translation>
    </message>
    <message>
        <source>answered by a response rule</source>
        <translation>von einer Antwortregel beantwortet</translation>
    </message>
    <message>
        <source>forwarded to your app, which gave the answer</source>
        <translation>an Ihre App weitergeleitet, die die Antwort gab</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsAction</name>
    <message>
        <source>Co&amp;mpare Connections…</source>
        <translation>Verbindungen ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Two connections side by side, such as staging and production: which webhooks only one has, which differ and how, and copying them across</source>
        <translation>Zwei Verbindungen nebeneinander, etwa Staging und Produktion: welche Webhooks nur eine hat, welche sich unterscheiden und worin, und das Kopieren von einer zur anderen</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsDialog</name>
    <message>
        <source>Compare Connections</source>
        <translation>Verbindungen vergleichen</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Alle Webhooks</translation>
    </message>
    <message>
        <source>Every difference</source>
        <translation>Alle Unterschiede</translation>
    </message>
    <message>
        <source>Only on the left</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Only on the right</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Unterschiedlich</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Property, URL or field</source>
        <translation>Unterkunft, URL oder Feld</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <source>Reload both connections</source>
        <translation>Beide Verbindungen neu laden</translation>
    </message>
    <message>
        <source>Read both accounts again (F5)</source>
        <translation>Beide Konten erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Copy header and parameter &amp;values</source>
        <translation>Header- und Parameter&amp;werte kopieren</translation>
    </message>
    <message>
        <source>Copy header and parameter values</source>
        <translation>Header- und Parameterwerte kopieren</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them, the target keeps its own values under the same names and new ones are left empty.</source>
        <translation>Sie enthalten oft Geheimnisse, etwa einen Header mit einem gemeinsamen Geheimnis. Ohne sie behält die Zielverbindung ihre eigenen Werte unter denselben Namen, und neue bleiben leer.</translation>
    </message>
    <message>
        <source>← Cop&amp;y to Left</source>
        <translation>← Nach links &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy to left</source>
        <translation>Nach links kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy to Right →</source>
        <translation>&amp;Nach rechts kopieren →</translation>
    </message>
    <message>
        <source>Copy to right</source>
        <translation>Nach rechts kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Both sides show the same connection: choose another on one side (Manage connections… in the main window adds one).</source>
        <translation>Beide Seiten zeigen dieselbe Verbindung: Wählen Sie auf einer Seite eine andere (mit „Verbindungen verwalten…“ im Hauptfenster fügen Sie eine hinzu).</translation>
    </message>
    <message>
        <source>%1 only on the left, %2 only on the right, %3 different, %4 the same.</source>
        <translation>Nur links: %1, nur rechts: %2, unterschiedlich: %3, gleich: %4.</translation>
    </message>
    <message>
        <source>The comparison shows once both connections are loaded.</source>
        <translation>Der Vergleich erscheint, sobald beide Verbindungen geladen sind.</translation>
    </message>
    <message>
        <source>Copy the selected webhooks of %1 to %2, after a preview</source>
        <translation>Die ausgewählten Webhooks von %1 nach %2 kopieren, zuvor mit einer Vorschau</translation>
    </message>
</context>
<context>
    <name>Gui::CompareSide</name>
    <message>
        <source>The property names could not be read, and the comparison matches properties by name: %1</source>
        <translation>Die Namen der Unterkünfte konnten nicht gelesen werden, und der Vergleich ordnet Unterkünfte über ihren Namen zu: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonDetail</name>
    <message>
        <source>The selected webhook on both sides</source>
        <translation>Der ausgewählte Webhook auf beiden Seiten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <source>(not on this side)</source>
        <translation>(auf dieser Seite nicht vorhanden)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none (an empty object)</source>
        <translation>keine (ein leeres Objekt)</translation>
    </message>
    <message>
        <source>%1 (value differs)</source>
        <translation>%1 (Wert weicht ab)</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>Webhook-ID</translation>
    </message>
    <message>
        <source>%1, differs</source>
        <translation>%1, unterscheidet sich</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonTree</name>
    <message>
        <source>Event mask</source>
        <translation>Ereignismaske</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Daten senden</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Only on the left, in %1: %2</source>
        <translation>Nur links, in %1: %2</translation>
    </message>
    <message>
        <source>Only on the right, in %1: %2</source>
        <translation>Nur rechts, in %1: %2</translation>
    </message>
    <message>
        <source>Different: %1</source>
        <translation>Unterschiedlich: %1</translation>
    </message>
    <message>
        <source>Same: %1</source>
        <translation>Gleich: %1</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionBar</name>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>Verbindungen verwalte&amp;n…</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The connection in use; picking another switches to it</source>
        <translation>Die verwendete Verbindung; wenn Sie eine andere auswählen, wird zu ihr gewechselt</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Verbindungen verwalten</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key aus Ihrem Channex-Profil</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>API-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Save the key in the keychain and connect</source>
        <translation>Schlüssel im Schlüsselbund speichern und verbinden</translation>
    </message>
    <message>
        <source>Enter the API key of %1 first.</source>
        <translation>Geben Sie zuerst den API-Schlüssel für %1 ein.</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>API-Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 The key of %2 is used until you quit.</source>
        <translation>%1 Der Schlüssel für %2 wird bis zum Beenden des Programms verwendet.</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionsDialog</name>
    <message>
        <source>Save connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no settings; add a connection for a Channex account.</source>
        <translation>Die integrierte Sandbox braucht keine Einstellungen; fügen Sie für ein Channex-Konto eine Verbindung hinzu.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>%1 The key is used until you quit.</source>
        <translation>%1 Der Schlüssel wird bis zum Beenden des Programms verwendet.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection %1 and its saved API key?</source>
        <translation>Die Verbindung %1 und ihren gespeicherten API-Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>The webhooks on the server are not affected.</source>
        <translation>Die Webhooks auf dem Server bleiben davon unberührt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Paste the API key (user-api-key) from your Channex profile, then Test connection and Save.</source>
        <translation>Fügen Sie den API-Schlüssel (user-api-key) aus Ihrem Channex-Profil ein, testen Sie dann die Verbindung und speichern Sie.</translation>
    </message>
    <message>
        <source>This key comes from the CHANNEX_API_KEY environment variable, for this run only; it is not saved.</source>
        <translation>Dieser Schlüssel stammt aus der Umgebungsvariablen CHANNEX_API_KEY und gilt nur für diesen Lauf; er wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Gui::CopyAcross</name>
    <message>
        <source>Copied to %1: %2 created, %3 updated.</source>
        <translation>Nach %1 kopiert: %2 angelegt, %3 aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n Webhook übersprungen, wie in der Vorschau angegeben.</numerusform>
            <numerusform>%n Webhooks übersprungen, wie in der Vorschau angegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Wird nach %1 kopiert…</translation>
    </message>
    <message>
        <source>Some webhooks were not copied</source>
        <translation>Einige Webhooks wurden nicht kopiert</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>Verbindungen vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>A copy to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Ein Kopiervorgang für %n Webhook läuft noch: %1 erledigt.</numerusform>
            <numerusform>Ein Kopiervorgang für %n Webhooks läuft noch: %1 erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you close now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Wenn Sie jetzt schließen, bleiben die noch nicht erreichten Webhooks, wie sie sind. Was Channex bereits geändert hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>&amp;Anhalten und schließen</translation>
    </message>
</context>
<context>
    <name>Gui::CopyPreviewDialog</name>
    <message>
        <source>Copy to %1</source>
        <translation>Nach %1 kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n webhook(s) from %1 to %2 does this:</source>
        <translation>
            <numerusform>Das Kopieren von %n Webhook von %1 nach %2 bewirkt Folgendes:</numerusform>
            <numerusform>Das Kopieren von %n Webhooks von %1 nach %2 bewirkt Folgendes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Header and parameter values are copied as %1 has them.</source>
        <translation>Header- und Parameterwerte werden so kopiert, wie %1 sie hat.</translation>
    </message>
    <message>
        <source>Header and parameter values are not copied: %1 keeps the values it has under the same names, and new ones are left empty.</source>
        <translation>Header- und Parameterwerte werden nicht kopiert: %1 behält die vorhandenen Werte unter denselben Namen, und neue bleiben leer.</translation>
    </message>
    <message>
        <source>What the copy does</source>
        <translation>Was das Kopieren bewirkt</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks of %1 that are not copied stay as they are. Copy sends the changes to %1 now.</source>
        <translation>Nichts wird gelöscht: Webhooks von %1, die nicht kopiert werden, bleiben unverändert. „Kopieren“ sendet die Änderungen jetzt an %1.</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these webhooks like this, or they cannot be copied.</source>
        <translation>Nichts zu ändern: %1 hat diese Webhooks bereits so, oder sie können nicht kopiert werden.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveriesPanel</name>
    <message>
        <source>Attempt %1 of delivery %2, to webhook %3</source>
        <translation>Versuch %1 der Zustellung %2, an Webhook %3</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warten auf die Antwort…</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <translation>Keine Antwort nach %1 ms: %2</translation>
    </message>
    <message>
        <source>Answered after %1 ms:</source>
        <translation>Antwort nach %1 ms:</translation>
    </message>
    <message numerus="yes">
        <source>(cut off after %n KiB)</source>
        <translation>
            <numerusform>(nach %n KiB abgeschnitten)</numerusform>
            <numerusform>(nach %n KiB abgeschnitten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clea&amp;r Delivery Log</source>
        <translation>Zustellprotokoll lee&amp;ren</translation>
    </message>
    <message>
        <source>Forget every attempt and stop the deliveries still waiting for a retry</source>
        <translation>Alle Versuche vergessen und die Zustellungen stoppen, die noch auf eine Wiederholung warten</translation>
    </message>
    <message>
        <source>Retry &amp;timing:</source>
        <translation>Wiederholungs&amp;takt:</translation>
    </message>
    <message>
        <source>As Channex: 1 min, 2 min, 4 min … 10 h</source>
        <translation>Wie Channex: 1 min, 2 min, 4 min … 10 h</translation>
    </message>
    <message>
        <source>Quicker: 1 s, 2 s, 4 s … 10 min</source>
        <translation>Schneller: 1 s, 2 s, 4 s … 10 min</translation>
    </message>
    <message>
        <source>Quickest: 60 ms, 120 ms … 36 s</source>
        <translation>Am schnellsten: 60 ms, 120 ms … 36 s</translation>
    </message>
    <message>
        <source>Retry waits</source>
        <translation>Wartezeiten für Wiederholungen</translation>
    </message>
    <message>
        <source>How long the sandbox waits before trying a failed delivery again; applies to retries planned from now on</source>
        <translation>Wie lange die Sandbox wartet, bevor sie eine fehlgeschlagene Zustellung erneut versucht; gilt für Wiederholungen, die ab jetzt geplant werden</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Zustellversuche</translation>
    </message>
    <message>
        <source>Request and answer of the selected attempt</source>
        <translation>Anfrage und Antwort des ausgewählten Versuchs</translation>
    </message>
    <message>
        <source>Select an attempt to see what was sent and what came back.</source>
        <translation>Wählen Sie einen Versuch aus, um zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies): %1 delivered, %2 under way or waiting for a retry, %3 failed</source>
        <translation>
            <numerusform>%n Zustellung: %1 zugestellt, %2 unterwegs oder wartend auf Wiederholung, %3 fehlgeschlagen</numerusform>
            <numerusform>%n Zustellungen: %1 zugestellt, %2 unterwegs oder wartend auf Wiederholung, %3 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Noch keine Zustellungen</translation>
    </message>
    <message>
        <source>Fire an event with Webhook ▸ Fire Event…: every webhook that listens for it gets it, and each attempt shows here.</source>
        <translation>Lösen Sie mit Webhook ▸ Ereignis auslösen… ein Ereignis aus: Jeder Webhook, der darauf hört, erhält es, und jeder Versuch erscheint hier.</translation>
    </message>
    <message>
        <source>Clear the Delivery Log?</source>
        <translation>Zustellprotokoll leeren?</translation>
    </message>
    <message>
        <source>Every attempt is forgotten, and deliveries waiting for a retry are not tried again.</source>
        <translation>Alle Versuche werden vergessen, und Zustellungen, die auf eine Wiederholung warten, werden nicht erneut versucht.</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryChart</name>
    <message numerus="yes">
        <source>Deliveries per minute, last %n minute(s)</source>
        <translation>
            <numerusform>Zustellungen pro Minute, letzte %n Minute</numerusform>
            <numerusform>Zustellungen pro Minute, letzte %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Channex payload</source>
        <translation>Keine Channex-Nutzdaten</translation>
    </message>
    <message>
        <source>Stored captures</source>
        <translation>Gespeicherte Aufzeichnungen</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryLogModel</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>%1 Last attempt: not tried again.</source>
        <translation>%1 Letzter Versuch: keine Wiederholung.</translation>
    </message>
    <message>
        <source>%1 (final: not tried again)</source>
        <translation>%1 (endgültig: keine Wiederholung)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>%1 Next attempt at %2.</source>
        <comment>a status or an error sentence, then a time</comment>
        <translation>%1 Nächster Versuch um %2.</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryOrigin</name>
    <message>
        <source>Delivered by the built-in sandbox: %1, attempt %2 of at most %3 (delivery %4).</source>
        <translation>Von der eingebauten Sandbox zugestellt: %1, Versuch %2 von höchstens %3 (Zustellung %4).</translation>
    </message>
</context>
<context>
    <name>Gui::DuplicateWebhookDialog</name>
    <message>
        <source>Copy the webhook for &lt;b&gt;%1&lt;/b&gt; to these properties. Each copy gets the same events, headers, parameters and settings.</source>
        <translation>Den Webhook für &lt;b&gt;%1&lt;/b&gt; in diese Unterkünfte kopieren. Jede Kopie erhält dieselben Ereignisse, Header, Parameter und Einstellungen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>Unterkunfts-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Duplicate to %n Propert(y/ies)</source>
        <translation>
            <numerusform>Für %n Unterkunft &amp;duplizieren</numerusform>
            <numerusform>Für %n Unterkünfte &amp;duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>The account has no other property to copy to.</source>
        <translation>Das Konto hat keine weitere Unterkunft, in die kopiert werden kann.</translation>
    </message>
    <message>
        <source>Tick the properties that should get a copy.</source>
        <translation>Haken Sie die Unterkünfte an, die eine Kopie erhalten sollen.</translation>
    </message>
    <message>
        <source>No property name contains “%1”; clear the search to see them all.</source>
        <translation>Kein Unterkunftsname enthält „%1“; leeren Sie die Suche, um alle zu sehen.</translation>
    </message>
</context>
<context>
    <name>Gui::EventMaskEditor</name>
    <message>
        <source>&amp;All events (*)</source>
        <translation>&amp;Alle Ereignisse (*)</translation>
    </message>
    <message>
        <source>ARI filter (nothing chosen: every ARI change)</source>
        <translation>ARI-Filter (nichts ausgewählt: jede ARI-Änderung)</translation>
    </message>
    <message>
        <source>Event mask</source>
        <translation>Ereignismaske</translation>
    </message>
    <message>
        <source>* or event names separated by ;</source>
        <translation>* oder Ereignisnamen, durch ; getrennt</translation>
    </message>
    <message>
        <source>The mask exactly as it is sent to Channex. Typing here updates the checklist, and the checklist updates this text.</source>
        <translation>Die Maske genau so, wie sie an Channex gesendet wird. Eingaben hier aktualisieren die Checkliste, und die Checkliste aktualisiert diesen Text.</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Maske:</translation>
    </message>
    <message>
        <source>Find event</source>
        <translation>Ereignis suchen</translation>
    </message>
    <message>
        <source>Find an event by name or description</source>
        <translation>Ereignis nach Name oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>“*”: every event, including events Channex adds later.</source>
        <translation>„*“: alle Ereignisse, auch solche, die Channex später hinzufügt.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>%1 Written as “%2”, its 2025 name, and kept that way.</source>
        <translation>%1 In der Schreibweise von 2025 als „%2“ angegeben und so beibehalten.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>Kein dokumentiertes Channex-Ereignis: %1</translation>
    </message>
    <message>
        <source>Kept as written. Uncheck to remove it from the mask.</source>
        <translation>Wie geschrieben beibehalten. Entfernen Sie den Haken, um es aus der Maske zu löschen.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ExportCapturesDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected (%n)</source>
        <translation>
            <numerusform>&amp;Ausgewählte (%n)</numerusform>
            <numerusform>&amp;Ausgewählte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All &amp;matching the filter (%n)</source>
        <translation>
            <numerusform>Alle &amp;zum Filter passenden (%n)</numerusform>
            <numerusform>Alle &amp;zum Filter passenden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All stored (%n)</source>
        <translation>
            <numerusform>Alle &amp;gespeicherten (%n)</numerusform>
            <numerusform>Alle &amp;gespeicherten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The capture store is not open, so there is nothing to export.</source>
        <translation>Der Speicher für Aufzeichnungen ist nicht geöffnet, daher gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <source>No capture matches the filter: change the filter in the list or export all.</source>
        <translation>Keine Aufzeichnung passt zum Filter: Ändern Sie den Filter in der Liste oder exportieren Sie alle.</translation>
    </message>
    <message>
        <source>There are no captures to export yet.</source>
        <translation>Es gibt noch keine Aufzeichnungen zum Exportieren.</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Captures</source>
        <translation>Aufzeichnungen exportieren</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>%1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; choose another folder or free some space and try again.</source>
        <translation>%1 Es wurde nichts gespeichert; wählen Sie einen anderen Ordner oder schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>All &amp;matching the filter (counting…)</source>
        <translation>Alle &amp;zum Filter passenden (werden gezählt …)</translation>
    </message>
    <message>
        <source>&amp;All stored (counting…)</source>
        <translation>Alle &amp;gespeicherten (werden gezählt …)</translation>
    </message>
    <message>
        <source>Counting the captures…</source>
        <translation>Die Aufzeichnungen werden gezählt …</translation>
    </message>
</context>
<context>
    <name>Gui::FireEventDialog</name>
    <message>
        <source>(no payload: Channex documents none for this event)</source>
        <translation>(keine Nutzdaten: Channex dokumentiert für dieses Ereignis keine)</translation>
    </message>
    <message>
        <source>%1. %2 at %3</source>
        <translation>%1. %2 um %3</translation>
    </message>
    <message>
        <source>Fire Event</source>
        <translation>Ereignis auslösen</translation>
    </message>
    <message>
        <source>&amp;Fire:</source>
        <translation>&amp;Auslösen:</translation>
    </message>
    <message>
        <source>What to fire</source>
        <translation>Was ausgelöst wird</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>&amp;Payload (the documented sample, filled in for this hotel):</source>
        <translation>&amp;Nutzdaten (das dokumentierte Beispiel, für dieses Hotel ausgefüllt):</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>No payload: Channex documents this event without data. Type JSON here to send one.</source>
        <translation>Keine Nutzdaten: Channex dokumentiert dieses Ereignis ohne Daten. Geben Sie hier JSON ein, um welche zu senden.</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>&amp;Beispiel</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Put the documented sample back, with fresh ids</source>
        <translation>Das dokumentierte Beispiel mit neuen IDs wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Webhooks that receive it (as each one&apos;s send_data and ARI filter say):</source>
        <translation>&amp;Webhooks, die es empfangen (gemäß send_data und ARI-Filter des jeweiligen Webhooks):</translation>
    </message>
    <message>
        <source>F&amp;ire</source>
        <translation>Aus&amp;lösen</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open the built-in sandbox connection to fire events.</source>
        <translation>Öffnen Sie die integrierte Sandbox-Verbindung, um Ereignisse auszulösen.</translation>
    </message>
    <message>
        <source>Firing %1…</source>
        <translation>%1 wird ausgelöst…</translation>
    </message>
    <message>
        <source>Fired %1 of %2; %3 follows once its first attempts ended…</source>
        <translation>%1 von %2 ausgelöst; %3 folgt, sobald seine ersten Versuche beendet sind…</translation>
    </message>
    <message numerus="yes">
        <source>Fired %1: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 ausgelöst: %n Zustellung gestartet.</numerusform>
            <numerusform>%1 ausgelöst: %n Zustellungen gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %1 events: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 Ereignisse ausgelöst: %n Zustellung gestartet.</numerusform>
            <numerusform>%1 Ereignisse ausgelöst: %n Zustellungen gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n global webhook(s) kept out by a hotel&apos;s own webhook.</source>
        <translation>
            <numerusform>%n globaler Webhook durch den eigenen Webhook eines Hotels ausgeschlossen.</numerusform>
            <numerusform>%n globale Webhooks durch den eigenen Webhook eines Hotels ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Deliveries tab shows every attempt.</source>
        <translation>Die Registerkarte „Zustellungen“ zeigt jeden Versuch.</translation>
    </message>
    <message>
        <source>The sandbox refused it: %1.</source>
        <translation>Die Sandbox hat es abgelehnt: %1.</translation>
    </message>
</context>
<context>
    <name>Gui::FollowLatest</name>
    <message>
        <source>&amp;Follow latest</source>
        <translation>&amp;Neueste verfolgen</translation>
    </message>
    <message>
        <source>Keep the newest capture in view; scrolling up turns it off</source>
        <translation>Die neueste Aufzeichnung im Blick behalten; Hochscrollen schaltet dies aus</translation>
    </message>
</context>
<context>
    <name>Gui::HeadersTab</name>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The request had no header fields.</source>
        <translation>Die Anfrage hatte keine Header-Felder.</translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s), in the order they arrived.</source>
        <translation>
            <numerusform>%n Header-Feld in der Reihenfolge des Eintreffens.</numerusform>
            <numerusform>%n Header-Felder in der Reihenfolge des Eintreffens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request trailers</source>
        <translation>Anfrage-Trailer</translation>
    </message>
    <message>
        <source>Trailer fields, sent after the chunked body:</source>
        <translation>Trailer-Felder, nach dem Chunked-Inhalt gesendet:</translation>
    </message>
</context>
<context>
    <name>Gui::HexDumpModel</name>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
</context>
<context>
    <name>Gui::ImportPreviewDialog</name>
    <message>
        <source>Import Webhooks</source>
        <translation>Webhooks importieren</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>einem unbekannten Server</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n webhook(s), exported from %2 at %3. Importing into %4 does this:</source>
        <translation>
            <numerusform>%1 enthält %n Webhook, exportiert von %2 (%3). Der Import in %4 bewirkt Folgendes:</numerusform>
            <numerusform>%1 enthält %n Webhooks, exportiert von %2 (%3). Der Import in %4 bewirkt Folgendes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Was der Import bewirkt</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks the file does not list stay as they are. Import sends the changes to Channex now.</source>
        <translation>Nichts wird gelöscht: Webhooks, die nicht in der Datei stehen, bleiben unverändert. „Importieren“ sendet die Änderungen jetzt an Channex.</translation>
    </message>
    <message>
        <source>Nothing to change: the account already has these webhooks as the file lists them, or they cannot be imported.</source>
        <translation>Nichts zu ändern: Das Konto hat diese Webhooks bereits so, wie die Datei sie auflistet, oder sie können nicht importiert werden.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (alle Unterkünfte)</translation>
    </message>
</context>
<context>
    <name>Gui::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Gui::KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <source>&amp;Add Header</source>
        <translation>Header hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>Parameter hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation>Die ausgewählten Header entfernen</translation>
    </message>
    <message>
        <source>Remove the selected parameters</source>
        <translation>Die ausgewählten Parameter entfernen</translation>
    </message>
    <message>
        <source>Add Secret Header</source>
        <translation>Geheimen Header hinzufügen</translation>
    </message>
    <message>
        <source>Add secret header</source>
        <translation>Geheimen Header hinzufügen</translation>
    </message>
    <message>
        <source>Adds %1 with %2 random bytes, so that the receiver can tell Channex&apos;s calls apart</source>
        <translation>Fügt %1 mit %2 zufälligen Bytes hinzu, damit der Empfänger die Aufrufe von Channex von anderen unterscheiden kann</translation>
    </message>
    <message>
        <source>Show Values</source>
        <translation>Werte anzeigen</translation>
    </message>
    <message>
        <source>Show header values</source>
        <translation>Header-Werte anzeigen</translation>
    </message>
    <message>
        <source>Show parameter values</source>
        <translation>Parameterwerte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>Geheimnis k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Show the values</source>
        <translation>Werte anzeigen</translation>
    </message>
    <message>
        <source>Hide the values</source>
        <translation>Werte ausblenden</translation>
    </message>
    <message>
        <source>Replace Secret</source>
        <translation>Geheimnis ersetzen</translation>
    </message>
    <message>
        <source>Replace the value of %1?</source>
        <translation>Den Wert von %1 ersetzen?</translation>
    </message>
    <message>
        <source>The receiver will refuse Channex&apos;s calls until it is given the new secret.</source>
        <translation>Der Empfänger weist die Aufrufe von Channex zurück, bis er das neue Geheimnis erhalten hat.</translation>
    </message>
    <message>
        <source>%1 now holds a new random secret. Copy it into your receiver&apos;s configuration so that it can check Channex&apos;s calls.</source>
        <translation>%1 enthält jetzt ein neues, zufälliges Geheimnis. Kopieren Sie es in die Konfiguration Ihres Empfängers, damit dieser die Aufrufe von Channex prüfen kann.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard. Save the webhook to send it to Channex.</source>
        <translation>Das Geheimnis ist in der Zwischenablage. Speichern Sie den Webhook, um es an Channex zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…und %n weiteres Problem.</numerusform>
            <numerusform>…und %n weitere Probleme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::KeyValueModel</name>
    <message>
        <source>Hidden value</source>
        <translation>Ausgeblendeter Wert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Gui::LivePanel</name>
    <message>
        <source>Captured requests</source>
        <translation>Aufgezeichnete Anfragen</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Stop the list from moving; new captures are still received and saved (%1)</source>
        <translation>Die Liste anhalten; neue Aufzeichnungen werden weiterhin empfangen und gespeichert (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new — Resume</source>
        <translation>
            <numerusform>%n neu — Fortsetzen</numerusform>
            <numerusform>%n neu — Fortsetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — Resume</source>
        <translation>Angehalten — Fortsetzen</translation>
    </message>
    <message>
        <source>Show the captures that arrived while the list was paused</source>
        <translation>Die Aufzeichnungen anzeigen, die eingetroffen sind, während die Liste angehalten war</translation>
    </message>
    <message numerus="yes">
        <source>%1 capture(s) listed</source>
        <translation>
            <numerusform>%1 Aufzeichnung aufgelistet</numerusform>
            <numerusform>%1 Aufzeichnungen aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Searching the stored captures…</source>
        <translation>Gespeicherte Aufzeichnungen werden durchsucht…</translation>
    </message>
    <message>
        <source>No capture matches the filter</source>
        <translation>Keine Aufzeichnung passt zum Filter</translation>
    </message>
    <message>
        <source>Change the filter, or clear it to list every stored capture.</source>
        <translation>Ändern Sie den Filter oder setzen Sie ihn zurück, um alle gespeicherten Aufzeichnungen aufzuführen.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>The list is paused</source>
        <translation>Die Liste ist angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) arrived since. Resume lists them.</source>
        <translation>
            <numerusform>Seitdem ist %n Aufzeichnung eingetroffen. „Fortsetzen“ führt sie auf.</numerusform>
            <numerusform>Seitdem sind %n Aufzeichnungen eingetroffen. „Fortsetzen“ führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No captures yet</source>
        <translation>Noch keine Aufzeichnungen</translation>
    </message>
    <message>
        <source>Start the receiver above and point a webhook at its URL: every request it gets is stored and listed here as it arrives.</source>
        <translation>Starten Sie oben den Empfänger und richten Sie einen Webhook auf seine URL: Jede Anfrage, die er erhält, wird gespeichert und hier aufgeführt, sobald sie eintrifft.</translation>
    </message>
    <message>
        <source>Waiting for the first request</source>
        <translation>Warten auf die erste Anfrage</translation>
    </message>
    <message>
        <source>Point a webhook at %1: every request the receiver gets is stored and listed here as it arrives.</source>
        <translation>Richten Sie einen Webhook auf %1: Jede Anfrage, die der Empfänger erhält, wird gespeichert und hier aufgeführt, sobald sie eintrifft.</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>%1 — Webhook Console</source>
        <translation>%1 — Webhook Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the webhooks again (%1)</source>
        <translation>Webhooks neu laden (%1)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Webhook Console</source>
        <translation>Ü&amp;ber Webhook Console</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>der integrierten Sandbox (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Webhooks werden von %1 geladen…</translation>
    </message>
    <message>
        <source>Connected to %1 · updated %2</source>
        <translation>Verbunden mit %1 · aktualisiert um %2</translation>
    </message>
    <message>
        <source> · property names unavailable: %1</source>
        <translation> · Unterkunftsnamen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Could not load from %1</source>
        <translation>Laden von %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n Webhook</numerusform>
            <numerusform>%n Webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n webhook(s) shown</source>
        <translation>
            <numerusform>%1 von %n Webhook angezeigt</numerusform>
            <numerusform>%1 von %n Webhooks angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Live Panel Unavailable</source>
        <translation>Live-Ansicht nicht verfügbar</translation>
    </message>
    <message>
        <source>The capture database %1 cannot be opened: %2 The live receiver is off until this is fixed.</source>
        <translation>Die Datenbank für Aufzeichnungen %1 kann nicht geöffnet werden: %2 Der Live-Empfänger bleibt ausgeschaltet, bis das Problem behoben ist.</translation>
    </message>
    <message>
        <source>The webhooks of the connection in use</source>
        <translation>Die Webhooks der verwendeten Verbindung</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Requests received by the live receiver</source>
        <translation>Vom Live-Empfänger empfangene Anfragen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Captu&amp;res</source>
        <translation>Auf&amp;zeichnungen</translation>
    </message>
    <message>
        <source>The built-in sandbox keeps your changes until the console quits; it starts from its demo data each time.</source>
        <translation>Die eingebaute Sandbox behält Ihre Änderungen, bis die Konsole beendet wird; sie beginnt jedes Mal mit ihren Demodaten.</translation>
    </message>
    <message>
        <source>%1 The live receiver is off until this is fixed (File ▸ Preferences ▸ Shared capture history, or --store).</source>
        <translation>%1 Der Live-Empfänger bleibt ausgeschaltet, bis das Problem behoben ist (Datei ▸ Einstellungen ▸ Gemeinsamer Aufzeichnungsverlauf oder --store).</translation>
    </message>
    <message>
        <source>Cannot reach %1 since %2: %3</source>
        <translation>%1 seit %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>No keychain: API keys are kept only until you quit.</source>
        <translation>Kein Schlüsselbund: API-Schlüssel bleiben nur bis zum Beenden erhalten.</translation>
    </message>
    <message>
        <source>Opening the shared capture history %1…</source>
        <translation>Gemeinsamer Aufzeichnungsverlauf %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The built-in sandbox forgets your changes when the console quits.</source>
        <translation>Die eingebaute Sandbox vergisst Ihre Änderungen, wenn die Konsole beendet wird.</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Gui::OverlapText</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>For %1, Channex delivers %2 only to that property&apos;s own webhook (%3), not to this global one.</source>
        <translation>Für %1 stellt Channex %2 nur dem eigenen Webhook dieser Unterkunft (%3) zu, nicht diesem globalen.</translation>
    </message>
    <message>
        <source>For this property, Channex delivers %1 only to this webhook, not to the global webhook %2.</source>
        <translation>Für diese Unterkunft stellt Channex %1 nur diesem Webhook zu, nicht dem globalen Webhook %2.</translation>
    </message>
    <message>
        <source>Another webhook of the same scope (%1) also sends %2 to this URL: each of these events arrives twice.</source>
        <translation>Ein anderer Webhook mit demselben Geltungsbereich (%1) sendet %2 ebenfalls an diese URL: Jedes dieser Ereignisse kommt doppelt an.</translation>
    </message>
    <message>
        <source>The event mask names no documented Channex event (%1): Channex delivers nothing to this webhook.</source>
        <translation>Die Ereignismaske nennt kein dokumentiertes Channex-Ereignis (%1): Channex stellt diesem Webhook nichts zu.</translation>
    </message>
    <message>
        <source>Active on Channex production with a plain http URL: bookings and guest data travel unencrypted.</source>
        <translation>Aktiv in der Channex-Produktion mit einer einfachen http-URL: Buchungen und Gästedaten werden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Property wins</source>
        <translation>Unterkunft hat Vorrang</translation>
    </message>
    <message>
        <source>Wins over global</source>
        <translation>Vorrang vor global</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Doppelt gesendet</translation>
    </message>
    <message>
        <source>No known event</source>
        <translation>Kein bekanntes Ereignis</translation>
    </message>
    <message>
        <source>Plain http</source>
        <translation>Einfaches http</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>No overlap: Channex delivers to this webhook as its row says.</source>
        <translation>Keine Überschneidung: Channex stellt diesem Webhook so zu, wie seine Zeile angibt.</translation>
    </message>
</context>
<context>
    <name>Gui::OverviewTab</name>
    <message>
        <source>Event:</source>
        <translation>Ereignis:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Unterkunft:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Payload timestamp:</source>
        <translation>Zeitstempel der Nutzdaten:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Our answer:</source>
        <translation>Unsere Antwort:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <source>Payload check:</source>
        <translation>Prüfung der Nutzdaten:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Payload timestamp</source>
        <translation>Zeitstempel der Nutzdaten</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Empfangen um</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Unsere Antwort</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Payload check</source>
        <translation>Prüfung der Nutzdaten</translation>
    </message>
    <message>
        <source>Not a Channex payload</source>
        <translation>Keine Channex-Nutzdaten</translation>
    </message>
    <message>
        <source>%1 (not an event Channex documents)</source>
        <translation>%1 (kein von Channex dokumentiertes Ereignis)</translation>
    </message>
    <message>
        <source>%1 port %2, connection %3</source>
        <translation>%1 Port %2, Verbindung %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Rejected by the receiver: %1</source>
        <translation>Vom Empfänger abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n byte(s) of the request were kept.</source>
        <translation>
            <numerusform>Nur das erste %n Byte der Anfrage wurde behalten.</numerusform>
            <numerusform>Nur die ersten %n Bytes der Anfrage wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret header was missing or wrong, so it was answered 401. %1</source>
        <translation>Der geheime Header fehlte oder war falsch, daher wurde mit 401 geantwortet. %1</translation>
    </message>
    <message>
        <source>Duplicate: the same body arrived before for this event and property.</source>
        <translation>Duplikat: Derselbe Inhalt ist für dieses Ereignis und diese Unterkunft schon einmal eingetroffen.</translation>
    </message>
    <message>
        <source>Pinned: retention and Clear keep it.</source>
        <translation>Angeheftet: bleibt beim Leeren und bei der Aufbewahrungsbereinigung erhalten.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Checking the body…</source>
        <translation>Inhalt wird geprüft…</translation>
    </message>
    <message>
        <source>Out of order: its payload timestamp is earlier than one already received about the same booking, ARI record or message thread.</source>
        <translation>Falsche Reihenfolge: Der Zeitstempel der Nutzdaten ist älter als einer, der schon zur selben Buchung, zum selben ARI-Datensatz oder Nachrichtenverlauf empfangen wurde.</translation>
    </message>
</context>
<context>
    <name>Gui::PairTable</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>Gui::PayloadEdit</name>
    <message>
        <source>The payload is not JSON: %1 at line %2, column %3. Correct it, or clear the field to send no payload.</source>
        <translation>Die Nutzdaten sind kein JSON: %1 in Zeile %2, Spalte %3. Korrigieren Sie sie oder leeren Sie das Feld, um keine Nutzdaten zu senden.</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Captures are kept on this computer.</source>
        <translation>Aufzeichnungen werden auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Saved. From the next start, the live panel and its receiver use %1 (a --store given on the command line comes first).</source>
        <translation>Gespeichert. Ab dem nächsten Start verwenden die Live-Ansicht und ihr Empfänger %1 (ein in der Befehlszeile angegebenes --store hat Vorrang).</translation>
    </message>
    <message>
        <source>no keychain on this system: PGPASSWORD or ~/.pgpass</source>
        <translation>kein Schlüsselbund auf diesem System: PGPASSWORD oder ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>Gui::QueryTab</name>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The request target has no query parameters.</source>
        <translation>Das Anfrageziel hat keine Query-Parameter.</translation>
    </message>
</context>
<context>
    <name>Gui::RawTab</name>
    <message>
        <source>Show as hex</source>
        <translation>Als Hex anzeigen</translation>
    </message>
    <message>
        <source>Show the raw bytes as hex</source>
        <translation>Die Rohdaten hexadezimal anzeigen</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Rohe Anfrage</translation>
    </message>
    <message>
        <source>Raw request in hex</source>
        <translation>Rohe Anfrage in Hex</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), exactly as received.</source>
        <translation>
            <numerusform>%n Byte, genau wie empfangen.</numerusform>
            <numerusform>%n Bytes, genau wie empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bytes were kept for this request.</source>
        <translation>Für diese Anfrage wurden keine Bytes behalten.</translation>
    </message>
    <message>
        <source>Over 1 MB, so shown as hex only; the Body tab shows the text.</source>
        <translation>Über 1 MB, daher nur als Hex angezeigt; der Tab „Inhalt“ zeigt den Text.</translation>
    </message>
    <message>
        <source>Not UTF-8 text, or holds control characters: shown as hex.</source>
        <translation>Kein UTF-8-Text oder enthält Steuerzeichen: als Hex angezeigt.</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverBar</name>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (nur dieser Computer)</translation>
    </message>
    <message>
        <source>0.0.0.0 (every IPv4 network)</source>
        <translation>0.0.0.0 (alle IPv4-Netzwerke)</translation>
    </message>
    <message>
        <source>:: (every network)</source>
        <translation>:: (alle Netzwerke)</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Bind-Adresse</translation>
    </message>
    <message>
        <source>Where the receiver listens. Only 127.0.0.1 keeps other machines out.</source>
        <translation>Wo der Empfänger lauscht. Nur 127.0.0.1 hält andere Rechner fern.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Port des Empfängers</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>The TCP port to listen on; &quot;any free&quot; lets the system pick one</source>
        <translation>Der TCP-Port, auf dem gelauscht wird; bei „automatisch“ wählt das System einen freien</translation>
    </message>
    <message>
        <source>Local URL:</source>
        <translation>Lokale URL:</translation>
    </message>
    <message>
        <source>Local receiver URL</source>
        <translation>Lokale URL des Empfängers</translation>
    </message>
    <message>
        <source>Start the receiver to get its URL</source>
        <translation>Starten Sie den Empfänger, um seine URL zu erhalten</translation>
    </message>
    <message>
        <source>Copy local URL</source>
        <translation>Lokale URL kopieren</translation>
    </message>
    <message>
        <source>Copy the receiver&apos;s local URL to the clipboard</source>
        <translation>Die lokale URL des Empfängers in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>P&amp;ublic URL:</source>
        <translation>Ö&amp;ffentliche URL:</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>https://… of a tunnel you run (optional)</source>
        <translation>https://… eines eigenen Tunnels (optional)</translation>
    </message>
    <message>
        <source>The address Channex can reach, such as an ngrok or cloudflared tunnel to the local URL. &quot;Use live receiver&quot; puts it into callback URLs when set.</source>
        <translation>Die Adresse, die Channex erreichen kann, etwa ein ngrok- oder cloudflared-Tunnel zur lokalen URL. „Live-Empfänger verwenden“ setzt sie, falls angegeben, in Callback-URLs ein.</translation>
    </message>
    <message>
        <source>Secret header name</source>
        <translation>Name des geheimen Headers</translation>
    </message>
    <message>
        <source>e.g. X-Channex-Webhook-Secret (empty: no check)</source>
        <translation>z. B. X-Channex-Webhook-Secret (leer: keine Prüfung)</translation>
    </message>
    <message>
        <source>With a name and a value set, requests without this header and value are answered 401, flagged and still captured</source>
        <translation>Sind Name und Wert gesetzt, werden Anfragen ohne diesen Header und Wert mit 401 beantwortet, markiert und trotzdem aufgezeichnet</translation>
    </message>
    <message>
        <source>Expected secret value</source>
        <translation>Erwarteter geheimer Wert</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings</source>
        <translation>Wird im Schlüsselbund aufbewahrt, nie in den Einstellungen</translation>
    </message>
    <message>
        <source>Kept until the console quits</source>
        <translation>Wird bis zum Beenden der Konsole aufbewahrt</translation>
    </message>
    <message>
        <source>Other machines on your networks can send requests to the receiver on this address.</source>
        <translation>Andere Rechner in Ihren Netzwerken können unter dieser Adresse Anfragen an den Empfänger senden.</translation>
    </message>
    <message>
        <source>Captures cannot be saved: %1 — requests are answered 503 until this is fixed.</source>
        <translation>Aufzeichnungen können nicht gespeichert werden: %1 — Anfragen werden mit 503 beantwortet, bis das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Stop receiver</source>
        <translation>Empfänger stoppen</translation>
    </message>
    <message>
        <source>Start receiver</source>
        <translation>Empfänger starten</translation>
    </message>
    <message>
        <source>Stop listening; the captures are kept</source>
        <translation>Nicht mehr lauschen; die Aufzeichnungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Listen for webhook deliveries on the address and port shown</source>
        <translation>Auf Webhook-Zustellungen an der angezeigten Adresse und dem angezeigten Port lauschen</translation>
    </message>
    <message>
        <source>Not used: %1 &quot;Use live receiver&quot; puts the local URL in its place.</source>
        <translation>Nicht verwendet: %1 „Live-Empfänger verwenden“ setzt stattdessen die lokale URL ein.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Secre&amp;t header:</source>
        <translation>Geheimer Heade&amp;r:</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>Wer&amp;t:</translation>
    </message>
    <message>
        <source>Stop rece&amp;iver</source>
        <translation>Empfänger &amp;stoppen</translation>
    </message>
    <message>
        <source>Start rece&amp;iver</source>
        <translation>Empfänger &amp;starten</translation>
    </message>
    <message>
        <source>No secret check: %1 The receiver does not run until the name is corrected or cleared.</source>
        <translation>Keine Geheimnisprüfung: %1 Der Empfänger läuft erst, wenn der Name korrigiert oder geleert ist.</translation>
    </message>
    <message>
        <source>No secret check yet: enter the value the %1 header must carry. Until then every request is answered 200.</source>
        <translation>Noch keine Geheimnisprüfung: Geben Sie den Wert ein, den der Header %1 tragen muss. Bis dahin wird jede Anfrage mit 200 beantwortet.</translation>
    </message>
    <message>
        <source>A&amp;nswers…</source>
        <translation>Antworten sim&amp;ulieren…</translation>
    </message>
    <message>
        <source>Answers: response rules and forwarding</source>
        <translation>Antworten: Antwortregeln und Weiterleitung</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building: response rules (a 503 three times, a slow answer) and forwarding to your app</source>
        <translation>Antworten wie der Endpunkt, den Sie entwickeln: Antwortregeln (dreimal 503, eine langsame Antwort) und Weiterleitung an Ihre App</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then forwarded</source>
        <translation>
            <numerusform>%n Regel, dann weitergeleitet</numerusform>
            <numerusform>%n Regeln, dann weitergeleitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then 200</source>
        <translation>
            <numerusform>%n Regel, dann 200</numerusform>
            <numerusform>%n Regeln, dann 200</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>weitergeleitet an %1</translation>
    </message>
    <message>
        <source>200 to every request</source>
        <translation>200 für jede Anfrage</translation>
    </message>
    <message>
        <source>How requests are answered: %1</source>
        <translation>Wie Anfragen beantwortet werden: %1</translation>
    </message>
    <message>
        <source>The public URL is not used: %1 &quot;Use live receiver&quot; puts the local URL, which Channex cannot reach from the internet, in its place.</source>
        <translation>Die öffentliche URL wird nicht verwendet: %1 „Live-Empfänger verwenden“ setzt stattdessen die lokale URL ein, die Channex aus dem Internet nicht erreichen kann.</translation>
    </message>
</context>
<context>
    <name>Gui::RecipientsList</name>
    <message>
        <source>the event without its payload (send_data is off)</source>
        <translation>das Ereignis ohne seine Nutzdaten (send_data ist aus)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ARI record(s), as its filter asks</source>
        <translation>
            <numerusform>%1 von %n ARI-Datensatz, wie sein Filter verlangt</numerusform>
            <numerusform>%1 von %n ARI-Datensätzen, wie sein Filter verlangt</numerusform>
        </translation>
    </message>
    <message>
        <source>the event (Channex documents no payload for it)</source>
        <translation>das Ereignis (Channex dokumentiert dafür keine Nutzdaten)</translation>
    </message>
    <message>
        <source>the event with its payload</source>
        <translation>das Ereignis mit seinen Nutzdaten</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Empfängt</translation>
    </message>
    <message>
        <source>Webhooks that receive it</source>
        <translation>Webhooks, die es empfangen</translation>
    </message>
    <message>
        <source>nothing: a global webhook, kept out by this hotel&apos;s own webhook %1</source>
        <translation>nichts: ein globaler Webhook, ausgeschlossen durch den eigenen Webhook %1 dieses Hotels</translation>
    </message>
    <message>
        <source>No active webhook of this hotel or global one listens for it.</source>
        <translation>Kein aktiver Webhook dieses Hotels und kein globaler wartet darauf.</translation>
    </message>
</context>
<context>
    <name>Gui::ReplayDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Enter the URL to send the capture to.</source>
        <translation>Geben Sie die URL ein, an die die Aufzeichnung gesendet werden soll.</translation>
    </message>
    <message>
        <source>The target URL must be a complete http:// or https:// address, such as http://localhost:3000/webhooks.</source>
        <translation>Die Ziel-URL muss eine vollständige http://- oder https://-Adresse sein, etwa http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The method must be one word of letters, such as POST.</source>
        <translation>Die Methode muss ein Wort aus Buchstaben sein, etwa POST.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>No answer from %1 within the time limit (%2). Check that the receiving app is running and not stuck.</source>
        <translation>Keine Antwort von %1 innerhalb der Zeitgrenze (%2). Prüfen Sie, ob die empfangende Anwendung läuft und nicht hängt.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the URL and that the receiving app is running.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die URL und ob die empfangende Anwendung läuft.</translation>
    </message>
    <message>
        <source>No answer after %1 s.</source>
        <translation>Keine Antwort nach %1 s.</translation>
    </message>
    <message>
        <source>%1 %2 after %3 s</source>
        <translation>%1 %2 nach %3 s</translation>
    </message>
</context>
<context>
    <name>Gui::ResponseTab</name>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Our answer had no body.</source>
        <translation>Unsere Antwort hatte keinen Inhalt.</translation>
    </message>
    <message>
        <source>We answered %1.</source>
        <translation>Wir haben mit %1 geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not UTF-8 text.</source>
        <translation>
            <numerusform>%n Byte, das kein UTF-8-Text ist.</numerusform>
            <numerusform>%n Bytes, die kein UTF-8-Text sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::RetentionEditor</name>
    <message>
        <source>K&amp;eep at most:</source>
        <translation>Höchstens &amp;behalten:</translation>
    </message>
    <message>
        <source>Retention by count</source>
        <translation>Aufbewahrung nach Anzahl</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Older captures beyond this number are deleted; pinned ones are kept</source>
        <translation>Ältere Aufzeichnungen über diese Anzahl hinaus werden gelöscht; angeheftete bleiben erhalten</translation>
    </message>
    <message>
        <source>Retention by age in days</source>
        <translation>Aufbewahrung nach Alter in Tagen</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>jedes Alter</translation>
    </message>
    <message>
        <source>Captures older than this are deleted; pinned ones are kept</source>
        <translation>Aufzeichnungen über diesem Alter werden gelöscht; angeheftete bleiben erhalten</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n capture(s) will be deleted now.</source>
        <translation>
            <numerusform>Die älteste Aufzeichnung (%n) wird jetzt gelöscht.</numerusform>
            <numerusform>Die ältesten %n Aufzeichnungen werden jetzt gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) will be deleted now.</source>
        <translation>
            <numerusform>Aufzeichnungen, die älter als %n Tag sind, werden jetzt gelöscht.</numerusform>
            <numerusform>Aufzeichnungen, die älter als %n Tage sind, werden jetzt gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Retention</source>
        <translation>Aufbewahrung anwenden</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>Angeheftete Aufzeichnungen bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete and Apply</source>
        <translation>&amp;Löschen und anwenden</translation>
    </message>
    <message numerus="yes">
        <source> capture(s)</source>
        <translation>
            <numerusform> Aufzeichnung</numerusform>
            <numerusform> Aufzeichnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The capture history is shared through %1: the retention applies to everyone who uses it, and what it deletes disappears from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>Der Aufzeichnungsverlauf wird über %1 geteilt: Die Aufbewahrung gilt für alle, die ihn verwenden, und was sie löscht, verschwindet auch aus den Konsolen Ihres Teams. Angeheftete Aufzeichnungen bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Gui::RetryTimelineChart</name>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Attempts of the latest deliveries, by time after the first</source>
        <translation>Versuche der letzten Zustellungen, nach Zeit seit dem ersten</translation>
    </message>
    <message>
        <source>Delivered (2xx)</source>
        <translation>Zugestellt (2xx)</translation>
    </message>
    <message>
        <source>Refused (3xx, 4xx)</source>
        <translation>Abgelehnt (3xx, 4xx)</translation>
    </message>
    <message>
        <source>Failed (5xx or no answer)</source>
        <translation>Fehlgeschlagen (5xx oder keine Antwort)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Next attempt due</source>
        <translation>Nächster Versuch fällig</translation>
    </message>
    <message>
        <source>Time after the first attempt (%1)</source>
        <translation>Zeit nach dem ersten Versuch (%1)</translation>
    </message>
</context>
<context>
    <name>Gui::RevealToggle</name>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>API-Schlüssel ausblenden</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>API-Schlüssel ausblenden</translation>
    </message>
    <message>
        <source>Hide secret value</source>
        <translation>Geheimen Wert ausblenden</translation>
    </message>
    <message>
        <source>Show secret value</source>
        <translation>Geheimen Wert anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret value</source>
        <translation>Den geheimen Wert ausblenden</translation>
    </message>
    <message>
        <source>Show the secret value</source>
        <translation>Den geheimen Wert anzeigen</translation>
    </message>
</context>
<context>
    <name>Gui::RuleForm</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>Zeile %1 der Header ist nicht „Name: Wert“.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation>&amp;Trifft zu auf:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>A&amp;ntwort:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Hea&amp;der:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Wie oft:</translation>
    </message>
    <message>
        <source>optional: how captures name the rule</source>
        <translation>optional: wie Aufzeichnungen die Regel nennen</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Name der Regel</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>jede Methode</translation>
    </message>
    <message>
        <source>Method the rule matches</source>
        <translation>Methode, auf die die Regel zutrifft</translation>
    </message>
    <message>
        <source>any path; /hooks/* for a prefix</source>
        <translation>jeder Pfad; /hooks/* für ein Präfix</translation>
    </message>
    <message>
        <source>Path the rule matches</source>
        <translation>Pfad, auf den die Regel zutrifft</translation>
    </message>
    <message>
        <source>any request</source>
        <translation>jede Anfrage</translation>
    </message>
    <message>
        <source>Channex event the rule matches</source>
        <translation>Channex-Ereignis, auf das die Regel zutrifft</translation>
    </message>
    <message>
        <source>Status the rule answers with</source>
        <translation>Status, mit dem die Regel antwortet</translation>
    </message>
    <message>
        <source>status </source>
        <translation>Status </translation>
    </message>
    <message>
        <source>the answer&apos;s body, e.g. busy</source>
        <translation>Inhalt der Antwort, z. B. busy</translation>
    </message>
    <message>
        <source>Body the rule answers with</source>
        <translation>Inhalt, mit dem die Regel antwortet</translation>
    </message>
    <message>
        <source>one per line, e.g. Retry-After: 60</source>
        <translation>einer pro Zeile, z. B. Retry-After: 60</translation>
    </message>
    <message>
        <source>Headers the rule answers with</source>
        <translation>Header, mit denen die Regel antwortet</translation>
    </message>
    <message>
        <source>after </source>
        <translation>nach </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay before answering, in milliseconds</source>
        <translation>Verzögerung vor der Antwort, in Millisekunden</translation>
    </message>
    <message>
        <source>Only the first</source>
        <translation>Nur die ersten</translation>
    </message>
    <message>
        <source>Answer only a number of requests</source>
        <translation>Nur eine Anzahl von Anfragen beantworten</translation>
    </message>
    <message numerus="yes">
        <source> request(s)</source>
        <translation>
            <numerusform> Anfrage</numerusform>
            <numerusform> Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of requests the rule answers</source>
        <translation>Anzahl der Anfragen, die die Regel beantwortet</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Nur</translation>
    </message>
    <message>
        <source>Answer only a share of the requests</source>
        <translation>Nur einen Anteil der Anfragen beantworten</translation>
    </message>
    <message>
        <source> % of them</source>
        <translation> % davon</translation>
    </message>
    <message>
        <source>Share of the matching requests the rule answers</source>
        <translation>Anteil der passenden Anfragen, den die Regel beantwortet</translation>
    </message>
</context>
<context>
    <name>Gui::RulesTableModel</name>
    <message>
        <source>%1 after %2 ms</source>
        <translation>%1 nach %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of requests</source>
        <translation>%1 % der Anfragen</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>not applied yet</source>
        <translation>noch nicht angewendet</translation>
    </message>
    <message>
        <source>%1 (spent)</source>
        <translation>%1 (verbraucht)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Trifft zu auf</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxTools</name>
    <message>
        <source>&amp;Fire Event…</source>
        <translation>Ereignis a&amp;uslösen…</translation>
    </message>
    <message>
        <source>Play Channex: send an event to the sandbox&apos;s webhooks (%1)</source>
        <translation>Channex spielen: ein Ereignis an die Webhooks der Sandbox senden (%1)</translation>
    </message>
    <message>
        <source>Sh&amp;ow Deliveries</source>
        <translation>&amp;Zustellungen anzeigen</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Every attempt the sandbox made to deliver a fired event</source>
        <translation>Jeder Versuch der Sandbox, ein ausgelöstes Ereignis zuzustellen</translation>
    </message>
</context>
<context>
    <name>Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In fields and dialogs</source>
        <translation>In Feldern und Dialogen</translation>
    </message>
    <message>
        <source>Clear the filter (in the filter field)</source>
        <translation>Filter leeren (im Filterfeld)</translation>
    </message>
    <message>
        <source>Move to the next field, leaving the table</source>
        <translation>Zum nächsten Feld wechseln und die Tabelle verlassen</translation>
    </message>
    <message>
        <source>Tick or clear Active (on the Active cell)</source>
        <translation>Haken bei „Aktiv“ setzen oder entfernen (in der Zelle „Aktiv“)</translation>
    </message>
    <message>
        <source>Save the webhook (in its dialog)</source>
        <translation>Webhook speichern (in seinem Dialog)</translation>
    </message>
    <message>
        <source>Close a dialog, asking first when something changed</source>
        <translation>Dialog schließen, bei Änderungen vorher nachfragen</translation>
    </message>
</context>
<context>
    <name>Gui::SideChooser</name>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>Left connection</source>
        <translation>Linke Verbindung</translation>
    </message>
    <message>
        <source>Right connection</source>
        <translation>Rechte Verbindung</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the left</source>
        <translation>Die Verbindung, deren Webhooks links angezeigt werden</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the right</source>
        <translation>Die Verbindung, deren Webhooks rechts angezeigt werden</translation>
    </message>
    <message>
        <source>Left connection state</source>
        <translation>Status der linken Verbindung</translation>
    </message>
    <message>
        <source>Right connection state</source>
        <translation>Status der rechten Verbindung</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Webhooks: %1 · %2</source>
        <translation>Webhooks: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Gui::TestResultDialog</name>
    <message>
        <source>Test of %1</source>
        <translation>Test von %1</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>Callback-URL: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Gui::TestResultView</name>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Channex did not run the test: %1</source>
        <translation>Channex hat den Test nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The receiver sent no HTTP status</source>
        <translation>Der Empfänger hat keinen HTTP-Status gesendet</translation>
    </message>
    <message>
        <source>Channex reached no answer from the callback URL.</source>
        <translation>Channex hat von der Callback-URL keine Antwort erhalten.</translation>
    </message>
    <message>
        <source>The receiver accepted the test: %1</source>
        <translation>Der Empfänger hat den Test angenommen: %1</translation>
    </message>
    <message>
        <source>The receiver refused the test: %1</source>
        <translation>Der Empfänger hat den Test abgelehnt: %1</translation>
    </message>
    <message>
        <source>Channex treats any answer other than 2xx as a failed delivery and tries again later.</source>
        <translation>Channex wertet jede Antwort außer 2xx als fehlgeschlagene Zustellung und versucht es später erneut.</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer had no body.</source>
        <translation>Die Antwort des Empfängers hatte keinen Inhalt.</translation>
    </message>
    <message>
        <source>Sending a test call…</source>
        <translation>Testaufruf wird gesendet…</translation>
    </message>
    <message>
        <source>No test yet.</source>
        <translation>Noch kein Test.</translation>
    </message>
    <message>
        <source>The callback URL could not be reached</source>
        <translation>Die Callback-URL war nicht erreichbar</translation>
    </message>
    <message>
        <source>%1. Check the host name in the URL, and that the receiver runs and accepts connections.</source>
        <translation>%1. Prüfen Sie den Hostnamen in der URL und ob der Empfänger läuft und Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>Show the test&apos;s capture in the Live tab</source>
        <translation>Die Aufzeichnung des Tests im Tab „Live“ zeigen</translation>
    </message>
    <message>
        <source>Looking for the test in the live receiver…</source>
        <translation>Der Test wird im Live-Empfänger gesucht …</translation>
    </message>
    <message>
        <source>Arrived in the live receiver at %1: %2 %3, answered %4.</source>
        <translation>Um %1 im Live-Empfänger angekommen: %2 %3, beantwortet mit %4.</translation>
    </message>
    <message>
        <source>Nothing arrived in the live receiver during the test: the call went elsewhere, or the receiver was stopped.</source>
        <translation>Während des Tests kam nichts im Live-Empfänger an: Der Aufruf ging anderswohin, oder der Empfänger war angehalten.</translation>
    </message>
    <message>
        <source>Show in Live Ta&amp;b</source>
        <translation>Im Tab „Live“ &amp;zeigen</translation>
    </message>
</context>
<context>
    <name>Gui::TreeTab</name>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>Reading the JSON…</source>
        <translation>JSON wird gelesen…</translation>
    </message>
    <message>
        <source>The body is not a JSON object or array, so there is no tree.</source>
        <translation>Der Inhalt ist kein JSON-Objekt und kein JSON-Array, daher gibt es keinen Baum.</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookActions</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>&amp;New Webhook…</source>
        <translation>&amp;Neuer Webhook…</translation>
    </message>
    <message>
        <source>Create a webhook (%1)</source>
        <translation>Einen Webhook anlegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Webhook…</source>
        <translation>Webhook &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected webhook (Return)</source>
        <translation>Den ausgewählten Webhook ändern (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected webhooks (%1)</source>
        <translation>Die ausgewählten Webhooks löschen (%1)</translation>
    </message>
    <message>
        <source>D&amp;uplicate to Other Properties…</source>
        <translation>Für andere Unterkünfte &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Test Webhook</source>
        <translation>Webhook &amp;testen</translation>
    </message>
    <message>
        <source>Ask Channex to send a test request to the selected webhook&apos;s URL</source>
        <translation>Channex bitten, eine Testanfrage an die URL des ausgewählten Webhooks zu senden</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Resume deliveries to the selected webhooks</source>
        <translation>Zustellungen an die ausgewählten Webhooks fortsetzen</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <source>Pause deliveries to the selected webhooks</source>
        <translation>Zustellungen an die ausgewählten Webhooks anhalten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Send nothing more; changes already sent are kept</source>
        <translation>Nichts weiter senden; bereits gesendete Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>Webhook angelegt.</translation>
    </message>
    <message>
        <source>Webhook saved.</source>
        <translation>Webhook gespeichert.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>A webhook was deleted elsewhere (in Channex or by a colleague); the table was refreshed.</source>
        <translation>Ein Webhook wurde an anderer Stelle gelöscht (in Channex oder von jemand anderem); die Tabelle wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Delete Webhooks</source>
        <translation>Webhooks löschen</translation>
    </message>
    <message>
        <source>Delete the webhook for %1?</source>
        <translation>Den Webhook für %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n webhook(s)?</source>
        <translation>
            <numerusform>%n Webhook löschen?</numerusform>
            <numerusform>%n Webhooks löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Channex stops sending these events at once. This cannot be undone.</source>
        <translation>Channex sendet diese Ereignisse ab sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) deleted.</source>
        <translation>
            <numerusform>%n Webhook gelöscht.</numerusform>
            <numerusform>%n Webhooks gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not deleted</source>
        <translation>Einige Webhooks wurden nicht gelöscht</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) enabled.</source>
        <translation>
            <numerusform>%n Webhook aktiviert.</numerusform>
            <numerusform>%n Webhooks aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) disabled.</source>
        <translation>
            <numerusform>%n Webhook deaktiviert.</numerusform>
            <numerusform>%n Webhooks deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not enabled</source>
        <translation>Einige Webhooks wurden nicht aktiviert</translation>
    </message>
    <message>
        <source>Some webhooks were not disabled</source>
        <translation>Einige Webhooks wurden nicht deaktiviert</translation>
    </message>
    <message>
        <source>Duplicating…</source>
        <translation>Wird dupliziert…</translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies) created.</source>
        <translation>
            <numerusform>%n Kopie angelegt.</numerusform>
            <numerusform>%n Kopien angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some copies were not created</source>
        <translation>Einige Kopien wurden nicht angelegt</translation>
    </message>
    <message>
        <source>Webhook enabled.</source>
        <translation>Webhook aktiviert.</translation>
    </message>
    <message>
        <source>Webhook disabled.</source>
        <translation>Webhook deaktiviert.</translation>
    </message>
    <message>
        <source>Webhook Not Enabled</source>
        <translation>Webhook nicht aktiviert</translation>
    </message>
    <message>
        <source>Webhook Not Disabled</source>
        <translation>Webhook nicht deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n succeeded.</source>
        <translation>
            <numerusform>%1 von %n erfolgreich.</numerusform>
            <numerusform>%1 von %n erfolgreich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent: stopped.</source>
        <translation>
            <numerusform>%n nicht gesendet: abgebrochen.</numerusform>
            <numerusform>%n nicht gesendet: abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped: the connection changed before every change was sent. Refresh to see what was stored.</source>
        <translation>Angehalten: Die Verbindung wurde gewechselt, bevor alle Änderungen gesendet waren. Aktualisieren Sie, um zu sehen, was gespeichert wurde.</translation>
    </message>
    <message>
        <source>Use &amp;Live Receiver…</source>
        <translation>Live-Empfänger &amp;verwenden…</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first</source>
        <translation>Starten Sie zuerst den Empfänger im Tab „Live“</translation>
    </message>
    <message>
        <source>Edit the selected webhook with %1 as its callback URL</source>
        <translation>Den ausgewählten Webhook mit %1 als Callback-URL bearbeiten</translation>
    </message>
    <message>
        <source>Quit Webhook Console</source>
        <translation>Webhook Console beenden</translation>
    </message>
    <message numerus="yes">
        <source>A change to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Eine Änderung an %n Webhook läuft noch: %1 erledigt.</numerusform>
            <numerusform>Eine Änderung an %n Webhooks läuft noch: %1 erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Wenn Sie jetzt beenden, bleiben die noch nicht erreichten Webhooks, wie sie sind. Was Channex bereits geändert hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Anhalten und beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n failed, each named below with why.</source>
        <translation>
            <numerusform>%n ist fehlgeschlagen, unten mit dem Grund genannt.</numerusform>
            <numerusform>%n sind fehlgeschlagen, jede unten mit dem Grund genannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, listed under Show Details.</source>
        <translation>
            <numerusform>… und %n weitere, aufgeführt unter „Details einblenden“.</numerusform>
            <numerusform>… und %n weitere, aufgeführt unter „Details einblenden“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channex asked to slow down: sending %n change(s) again in %1 s…</source>
        <translation>
            <numerusform>Channex bittet um eine Pause: %n Änderung wird in %1 s erneut gesendet …</numerusform>
            <numerusform>Channex bittet um eine Pause: %n Änderungen werden in %1 s erneut gesendet …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) had to wait for Channex&apos;s rate limit (HTTP 429) and went again.</source>
        <translation>
            <numerusform>%n Änderung musste auf das Ratenlimit von Channex (HTTP 429) warten und wurde erneut gesendet.</numerusform>
            <numerusform>%n Änderungen mussten auf das Ratenlimit von Channex (HTTP 429) warten und wurden erneut gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::WebhookDialog</name>
    <message>
        <source>New Webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Edit Webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <source>Choose a property…</source>
        <translation>Unterkunft auswählen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Send these settings to Channex (Ctrl+Return)</source>
        <translation>Diese Einstellungen an Channex senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (alle Unterkünfte)</translation>
    </message>
    <message>
        <source>Receives the events of every property of the account</source>
        <translation>Empfängt die Ereignisse aller Unterkünfte des Kontos</translation>
    </message>
    <message>
        <source>Property %1 (not in the property list)</source>
        <translation>Unterkunft %1 (nicht in der Unterkunftsliste)</translation>
    </message>
    <message>
        <source>Channex did not save the webhook:</source>
        <translation>Channex hat den Webhook nicht gespeichert:</translation>
    </message>
    <message>
        <source>Channex did not save the webhook: %1.</source>
        <translation>Channex hat den Webhook nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Hide test result</source>
        <translation>Testergebnis ausblenden</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Testergebnis anzeigen</translation>
    </message>
    <message>
        <source>Channex: %1</source>
        <translation>Channex: %1</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <source>&amp;Headers (%1)</source>
        <translation>&amp;Header (%1)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters (%1)</source>
        <translation>Anfrage&amp;parameter (%1)</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Anfrage&amp;parameter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Channex refused the last save; its messages are shown at the fields.</source>
        <translation>Channex hat das letzte Speichern abgelehnt; die Meldungen stehen bei den Feldern.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard this new webhook?</source>
        <translation>Diesen neuen Webhook verwerfen?</translation>
    </message>
    <message>
        <source>Discard your changes to this webhook?</source>
        <translation>Ihre Änderungen an diesem Webhook verwerfen?</translation>
    </message>
    <message>
        <source>What you entered has not been saved to Channex.</source>
        <translation>Ihre Eingaben wurden noch nicht in Channex gespeichert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first; its URL then goes here.</source>
        <translation>Starten Sie zuerst den Empfänger im Tab „Live“; seine URL wird dann hier eingesetzt.</translation>
    </message>
    <message>
        <source>Put %1 into Callback URL, so deliveries arrive in the Live tab</source>
        <translation>%1 als Callback-URL einsetzen, damit Zustellungen im Tab „Live“ ankommen</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <source>Replaces %1 when you save.</source>
        <translation>Ersetzt beim Speichern %1.</translation>
    </message>
    <message>
        <source>Put the local URL %1 into Callback URL: the public URL of the Live tab is not used (%2)</source>
        <translation>Die lokale URL %1 als Callback-URL einsetzen: Die öffentliche URL im Tab „Live“ wird nicht verwendet (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookListModel</name>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (alle Unterkünfte)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Full payload</source>
        <translation>Vollständige Nutzdaten</translation>
    </message>
    <message>
        <source>Event only</source>
        <translation>Nur Ereignis</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Channex delivers events to this webhook. Untick to pause it.</source>
        <translation>Channex stellt diesem Webhook Ereignisse zu. Entfernen Sie den Haken, um ihn anzuhalten.</translation>
    </message>
    <message>
        <source>Paused: Channex delivers nothing. Tick to resume.</source>
        <translation>Angehalten: Channex stellt nichts zu. Setzen Sie den Haken, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1
Webhook ID: %2</source>
        <translation>%1
Webhook-ID: %2</translation>
    </message>
    <message>
        <source>Receives events from every property of the account.</source>
        <translation>Empfängt Ereignisse aller Unterkünfte des Kontos.</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>Unterkunfts-ID: %1</translation>
    </message>
    <message>
        <source>Deliveries include the event payload.</source>
        <translation>Die Zustellungen enthalten die Nutzdaten des Ereignisses.</translation>
    </message>
    <message>
        <source>Deliveries carry only event, property, user and time.</source>
        <translation>Die Zustellungen enthalten nur Ereignis, Unterkunft, Benutzer und Zeitpunkt.</translation>
    </message>
    <message>
        <source>No custom headers.</source>
        <translation>Keine eigenen Header.</translation>
    </message>
    <message>
        <source>No request parameters.</source>
        <translation>Keine Anfrageparameter.</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>Request parameters: %1</source>
        <translation>Anfrageparameter: %1</translation>
    </message>
    <message>
        <source>Values are hidden; open the webhook to see them.</source>
        <translation>Die Werte sind ausgeblendet; öffnen Sie den Webhook, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Event mask: %1</source>
        <translation>Ereignismaske: %1</translation>
    </message>
    <message>
        <source>Every event of the account, current and future.</source>
        <translation>Alle Ereignisse des Kontos, aktuelle und künftige.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>Kein dokumentiertes Channex-Ereignis: %1</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Daten senden</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>Webhook-ID</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookTransferActions</name>
    <message>
        <source>E&amp;xport Webhooks…</source>
        <translation>Webhooks e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write this account&apos;s webhooks to a file, to import them into another account</source>
        <translation>Die Webhooks dieses Kontos in eine Datei schreiben, um sie in ein anderes Konto zu importieren</translation>
    </message>
    <message>
        <source>&amp;Import Webhooks…</source>
        <translation>Webhooks &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring this account&apos;s webhooks in line with a webhook file, after a preview of every change</source>
        <translation>Die Webhooks dieses Kontos an eine Webhook-Datei angleichen, nach einer Vorschau jeder Änderung</translation>
    </message>
    <message>
        <source>The property names of this account could not be read (%1), and webhook files match properties by name. Refresh (F5) and try again.</source>
        <translation>Die Namen der Unterkünfte dieses Kontos konnten nicht gelesen werden (%1), und Webhook-Dateien ordnen Unterkünfte über ihren Namen zu. Aktualisieren Sie (F5) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Export Webhooks</source>
        <translation>Webhooks exportieren</translation>
    </message>
    <message>
        <source>Include the values of headers and request parameters?</source>
        <translation>Die Werte der Header und Anfrageparameter einschließen?</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them the file keeps the names only, and an import keeps the values the other account has.</source>
        <translation>Sie enthalten oft Geheimnisse, etwa einen Header mit einem gemeinsamen Geheimnis. Ohne sie enthält die Datei nur die Namen, und ein Import behält die Werte, die das andere Konto hat.</translation>
    </message>
    <message>
        <source>Include &amp;Values</source>
        <translation>&amp;Werte einschließen</translation>
    </message>
    <message>
        <source>&amp;Names Only</source>
        <translation>Nur &amp;Namen</translation>
    </message>
    <message>
        <source>%1 webhooks.json</source>
        <translation>%1 Webhooks.json</translation>
    </message>
    <message>
        <source>Webhook files (*.json);;All files (*)</source>
        <translation>Webhook-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>%n Webhook nach %1 exportiert.</numerusform>
            <numerusform>%n Webhooks nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Webhooks</source>
        <translation>Webhooks importieren</translation>
    </message>
    <message>
        <source>Wait until the change that is running has finished.</source>
        <translation>Warten Sie, bis die laufende Änderung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Importiert: %1 angelegt, %2 aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n Webhook übersprungen, wie in der Vorschau angegeben.</numerusform>
            <numerusform>%n Webhooks übersprungen, wie in der Vorschau angegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Some webhooks were not imported</source>
        <translation>Einige Webhooks wurden nicht importiert</translation>
    </message>
</context>
<context>
    <name>Gui::WebhooksPanel</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Filter webhooks</source>
        <translation>Webhooks filtern</translation>
    </message>
    <message>
        <source>Filter by callback URL, event, property name or ID, header or parameter name (%1)</source>
        <translation>Nach Callback-URL, Ereignis, Unterkunftsname oder -ID, Header- oder Parametername filtern (%1)</translation>
    </message>
    <message>
        <source>Words match the start of any word a row shows, in any order. Esc clears the filter.</source>
        <translation>Jedes Suchwort muss mit dem Anfang eines in der Zeile angezeigten Worts übereinstimmen; die Reihenfolge ist beliebig. Esc leert den Filter.</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filter nach Geltungsbereich</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Alle Geltungsbereiche</translation>
    </message>
    <message>
        <source>Global only</source>
        <translation>Nur global</translation>
    </message>
    <message>
        <source>Property only</source>
        <translation>Nur unterkunftsbezogen</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktive und inaktive</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>Refreshing webhooks</source>
        <translation>Webhooks werden aktualisiert</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Asking %1.</source>
        <translation>Warte auf Antwort von %1.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Webhooks werden geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 The rows below are from the last successful refresh.</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2 Die Zeilen unten stammen von der letzten erfolgreichen Aktualisierung.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>Webhook-Aktionen</translation>
    </message>
    <message>
        <source>Copy Callback &amp;URL</source>
        <translation>Callback-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Webhook ID</source>
        <translation>&amp;Webhook-ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Property ID</source>
        <translation>Unterkunfts-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Noch keine Webhooks</translation>
    </message>
    <message>
        <source>This account has no webhooks. Create one with New Webhook (%1), or refresh (F5) after creating them in Channex.</source>
        <translation>Dieses Konto hat keine Webhooks. Legen Sie mit „Neuer Webhook“ (%1) einen an, oder aktualisieren Sie (F5), nachdem Sie in Channex welche angelegt haben.</translation>
    </message>
    <message>
        <source>No webhook matches the filter</source>
        <translation>Kein Webhook entspricht dem Filter</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) hidden by the filter.</source>
        <translation>
            <numerusform>%n Webhook durch den Filter ausgeblendet.</numerusform>
            <numerusform>%n Webhooks durch den Filter ausgeblendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handoff::ExportWriter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Http::HttpConnection</name>
    <message numerus="yes">
        <source>The client did not send its complete request within %n ms; it may be too slow or stalled.</source>
        <translation>
            <numerusform>Der Client hat seine Anfrage nicht innerhalb von %n ms vollständig gesendet; er ist möglicherweise zu langsam oder hängt.</numerusform>
            <numerusform>Der Client hat seine Anfrage nicht innerhalb von %n ms vollständig gesendet; er ist möglicherweise zu langsam oder hängt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpServer</name>
    <message numerus="yes">
        <source>The server already has %n open connections; the client should retry later or reuse a keep-alive connection.</source>
        <translation>
            <numerusform>Der Server hat bereits %n offene Verbindung; der Client sollte es später erneut versuchen oder eine Keep-alive-Verbindung wiederverwenden.</numerusform>
            <numerusform>Der Server hat bereits %n offene Verbindungen; der Client sollte es später erneut versuchen oder eine Keep-alive-Verbindung wiederverwenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpToken</name>
    <message>
        <source>A header name cannot be empty.</source>
        <translation>Ein Header-Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>das Zeichen U+%1</translation>
    </message>
    <message>
        <source>“%1” is not a header name: it contains %2. A header name has letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>„%1“ ist kein Header-Name: Er enthält %2. Ein Header-Name besteht nur aus Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
</context>
<context>
    <name>Http::RequestParser</name>
    <message>
        <source>The request headers are larger than the server accepts (%1 bytes).</source>
        <translation>Die Header der Anfrage sind größer, als der Server akzeptiert (%1 Bytes).</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>Die Anfrage ist kein gültiges HTTP/1.1 (%1).</translation>
    </message>
    <message>
        <source>The request trailers are larger than the server accepts (%1 bytes).</source>
        <translation>Die Trailer der Anfrage sind größer, als der Server akzeptiert (%1 Bytes).</translation>
    </message>
    <message>
        <source>The request has an invalid header name &quot;%1&quot;.</source>
        <translation>Die Anfrage enthält den ungültigen Header-Namen „%1“.</translation>
    </message>
    <message>
        <source>HTTP/%1.%2 is not supported; send HTTP/1.1.</source>
        <translation>HTTP/%1.%2 wird nicht unterstützt; senden Sie HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>Die Anfrage enthält sowohl Content-Length als auch Transfer-Encoding.</translation>
    </message>
    <message>
        <source>The request uses the transfer coding &quot;%1&quot;, which the server does not support; send the body with chunked only or with a Content-Length.</source>
        <translation>Die Anfrage verwendet die Transferkodierung „%1“, die der Server nicht unterstützt; senden Sie den Inhalt nur mit chunked oder mit Content-Length.</translation>
    </message>
    <message>
        <source>The request body is larger than the server accepts (%1 bytes).</source>
        <translation>Der Inhalt der Anfrage ist größer, als der Server akzeptiert (%1 Bytes).</translation>
    </message>
</context>
<context>
    <name>Payloads::EventCatalog</name>
    <message>
        <source>This will send you any ARI changes like changed availability or prices, useful if you allow users to change ARI in the Channex interface or mobile app and also to integrate any RM system</source>
        <translation>Sendet Ihnen alle ARI-Änderungen, etwa geänderte Verfügbarkeiten oder Preise. Nützlich, wenn Benutzer ARI in der Channex-Oberfläche oder der mobilen App ändern dürfen, und auch für die Anbindung eines RM-Systems</translation>
    </message>
    <message>
        <source>If you wish to get all booking changes then this is the one, you will get notification for any booking revision new, modified and cancelled.</source>
        <translation>Wenn Sie alle Buchungsänderungen erhalten möchten, ist dies das richtige Ereignis: Sie werden über jede Buchungsrevision benachrichtigt, ob neu, geändert oder storniert.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `new`.</source>
        <translation>Wird nur für Buchungsrevisionen mit dem Status `new` ausgelöst.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `modified`.</source>
        <translation>Wird nur für Buchungsrevisionen mit dem Status `modified` ausgelöst.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `cancelled`.</source>
        <translation>Wird nur für Buchungsrevisionen mit dem Status `cancelled` ausgelöst.</translation>
    </message>
    <message>
        <source>This will let you know if any bookings were created which were not mapped</source>
        <translation>Informiert Sie, wenn Buchungen ohne Zuordnung (Mapping) angelegt wurden</translation>
    </message>
    <message>
        <source>Similar to unmapped room but this means room is mapped but rate is not</source>
        <translation>Ähnlich wie bei nicht zugeordnetem Zimmer, aber hier ist das Zimmer zugeordnet, die Rate jedoch nicht</translation>
    </message>
    <message>
        <source>Will be triggered when Booking Revision will be not acknowledged at 30 minutes after first receiving.</source>
        <translation>Wird ausgelöst, wenn eine Buchungsrevision 30 Minuten nach dem ersten Empfang noch nicht bestätigt wurde.</translation>
    </message>
    <message>
        <source>If you use the messaging API this is required to push messages to you in real time</source>
        <translation>Wenn Sie die Messaging-API verwenden, ist dieses Ereignis erforderlich, um Ihnen Nachrichten in Echtzeit zuzustellen</translation>
    </message>
    <message>
        <source>You can see any sync errors on your dashboard</source>
        <translation>Sie können alle Synchronisierungsfehler in Ihrem Dashboard sehen</translation>
    </message>
    <message>
        <source>Will be triggered if some non-critical errors will be returned by OTA on sync.</source>
        <translation>Wird ausgelöst, wenn die OTA bei der Synchronisierung nicht kritische Fehler zurückmeldet.</translation>
    </message>
    <message>
        <source>Will be triggered if error associated with Rate values will be returned by OTA on sync.</source>
        <translation>Wird ausgelöst, wenn die OTA bei der Synchronisierung einen Fehler zu Ratenwerten zurückmeldet.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see a reservation request and can accept or deny.</source>
        <translation>Nur Airbnb: Sie sehen eine Buchungsanfrage und können sie annehmen oder ablehnen.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an alteration request and can accept or deny.</source>
        <translation>Nur Airbnb: Sie sehen eine Änderungsanfrage und können sie annehmen oder ablehnen.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be accepted.</source>
        <translation>Nur Airbnb: wird ausgelöst, wenn eine Buchungsanfrage angenommen wurde.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be declined.</source>
        <translation>Nur Airbnb: wird ausgelöst, wenn eine Buchungsanfrage abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an inquiry request at Dashboard and Messages App.</source>
        <translation>Nur Airbnb: Sie sehen eine Anfrage im Dashboard und in der Nachrichten-App.</translation>
    </message>
    <message>
        <source>This will let you know if any new review is came.</source>
        <translation>Informiert Sie, wenn eine neue Bewertung eingegangen ist.</translation>
    </message>
    <message>
        <source>Will be triggered when Review object will be updated (Guest feedback will be received).</source>
        <translation>Wird ausgelöst, wenn ein Bewertungsobjekt aktualisiert wird (Feedback des Gastes ist eingegangen).</translation>
    </message>
    <message>
        <source>Will be triggered when new Channel will be created for Property.</source>
        <translation>Wird ausgelöst, wenn für eine Unterkunft ein neuer Kanal angelegt wird.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is updated.</source>
        <translation>Wird ausgelöst, wenn ein Kanal aktualisiert wird.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is disconnected by automatic rules or User action.</source>
        <translation>Wird ausgelöst, wenn ein Kanal durch automatische Regeln oder eine Benutzeraktion getrennt wird.</translation>
    </message>
    <message>
        <source>Will be triggered when Listing is disconnected from Airbnb Channel.</source>
        <translation>Wird ausgelöst, wenn ein Inserat vom Airbnb-Kanal getrennt wird.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is activated.</source>
        <translation>Wird ausgelöst, wenn ein Kanal aktiviert wird.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is deactivated.</source>
        <translation>Wird ausgelöst, wenn ein Kanal deaktiviert wird.</translation>
    </message>
    <message>
        <source>Will be triggered when an inactive Channel is approaching its automatic removal date (7 days and 1 day before removal).</source>
        <translation>Wird ausgelöst, wenn sich ein inaktiver Kanal seinem automatischen Löschdatum nähert (7 Tage und 1 Tag vor dem Löschen).</translation>
    </message>
    <message>
        <source>Will be triggered when a Property without active channels is approaching its automatic removal date (30 days, 7 days and 1 day before removal).</source>
        <translation>Wird ausgelöst, wenn sich eine Unterkunft ohne aktive Kanäle ihrem automatischen Löschdatum nähert (30 Tage, 7 Tage und 1 Tag vor dem Löschen).</translation>
    </message>
    <message>
        <source>Will be triggered when Message Thread created before Booking is linked to incoming Booking.</source>
        <translation>Wird ausgelöst, wenn ein vor der Buchung angelegter Nachrichtenverlauf mit der eingehenden Buchung verknüpft wird.</translation>
    </message>
    <message>
        <source>Availability, rates and restrictions</source>
        <translation>Verfügbarkeit, Raten und Restriktionen</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Airbnb requests</source>
        <translation>Airbnb-Anfragen</translation>
    </message>
    <message>
        <source>Messages and reviews</source>
        <translation>Nachrichten und Bewertungen</translation>
    </message>
    <message>
        <source>Channels and sync</source>
        <translation>Kanäle und Synchronisierung</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Unterkunft</translation>
    </message>
</context>
<context>
    <name>Payloads::PayloadCheckResult</name>
    <message>
        <source>The body has the documented fields of “%1”.</source>
        <translation>Der Inhalt hat die dokumentierten Felder von „%1“.</translation>
    </message>
    <message>
        <source>The body is the documented form of “%1” without data (the webhook&apos;s “send data” is off).</source>
        <translation>Der Inhalt ist die dokumentierte Form von „%1“ ohne Daten („Daten senden“ ist beim Webhook aus).</translation>
    </message>
    <message>
        <source>Channex documents no payload fields for “%1”, so its payload is not checked.</source>
        <translation>Channex dokumentiert keine Payload-Felder für „%1“, daher wird die Payload nicht geprüft.</translation>
    </message>
    <message>
        <source>The body differs from the documented shape of “%1”.</source>
        <translation>Der Inhalt weicht von der dokumentierten Form von „%1“ ab.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Der Inhalt ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The body is JSON but not an object, so it is not a Channex delivery.</source>
        <translation>Der Inhalt ist JSON, aber kein Objekt, also keine Channex-Zustellung.</translation>
    </message>
    <message>
        <source>The body has no “event” field naming a Channex event.</source>
        <translation>Der Inhalt hat kein Feld „event“, das ein Channex-Ereignis nennt.</translation>
    </message>
    <message>
        <source>“%1” is not one of the events Channex documents.</source>
        <translation>„%1“ ist keines der Ereignisse, die Channex dokumentiert.</translation>
    </message>
    <message>
        <source>Missing documented fields: %1.</source>
        <translation>Fehlende dokumentierte Felder: %1.</translation>
    </message>
    <message>
        <source>Fields the documentation does not show: %1.</source>
        <translation>Felder, die die Dokumentation nicht zeigt: %1.</translation>
    </message>
    <message>
        <source>Fields of another kind (object, array or value) than documented: %1.</source>
        <translation>Felder anderer Art (Objekt, Array oder Wert) als dokumentiert: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The window changes language at once; no restart is needed.</source>
        <translation>Das Fenster wechselt sofort die Sprache; ein Neustart ist nicht nötig.</translation>
    </message>
    <message>
        <source>Webhooks table:</source>
        <translation>Webhook-Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Restore Default Columns</source>
        <translation>Standardspalten &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Standardspalten wiederherstellen</translation>
    </message>
    <message>
        <source>Show every column again, in the original order and widths</source>
        <translation>Alle Spalten wieder anzeigen, in der ursprünglichen Reihenfolge und Breite</translation>
    </message>
    <message>
        <source>Shared capture history</source>
        <translation>Gemeinsamer Aufzeichnungsverlauf</translation>
    </message>
    <message>
        <source>Keep captures in a PostgreSQL database that your team shares: every console and receiver that uses it sees every capture. Empty: captures stay on this computer.</source>
        <translation>Aufzeichnungen in einer PostgreSQL-Datenbank ablegen, die Ihr Team gemeinsam nutzt: Jede Konsole und jeder Empfänger, die sie verwenden, sehen alle Aufzeichnungen. Leer: Die Aufzeichnungen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>&amp;Datenbank-URL:</translation>
    </message>
    <message>
        <source>Shared capture history URL</source>
        <translation>URL des gemeinsamen Aufzeichnungsverlaufs</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/webhooks</source>
        <translation>postgresql://user@host:5432/webhooks</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Shared capture history password</source>
        <translation>Passwort des gemeinsamen Aufzeichnungsverlaufs</translation>
    </message>
    <message>
        <source>kept in the keychain (empty: PGPASSWORD or ~/.pgpass)</source>
        <translation>wird im Schlüsselbund gespeichert (leer: PGPASSWORD oder ~/.pgpass)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sp&amp;eichern</translation>
    </message>
    <message>
        <source>Save shared capture history</source>
        <translation>Gemeinsamen Aufzeichnungsverlauf speichern</translation>
    </message>
    <message>
        <source>Remember the URL (and the password, in the keychain); the console uses it from its next start</source>
        <translation>Die URL (und das Passwort im Schlüsselbund) speichern; die Konsole verwendet sie ab dem nächsten Start</translation>
    </message>
</context>
<context>
    <name>Receiver::CaptureHandler</name>
    <message>
        <source>The request was not stored: the capture database cannot be written right now. Send it again later.</source>
        <translation>Die Anfrage wurde nicht gespeichert: In die Datenbank für Aufzeichnungen kann gerade nicht geschrieben werden. Senden Sie sie später erneut.</translation>
    </message>
    <message>
        <source>The secret header %1 was missing.</source>
        <translation>Der geheime Header %1 fehlte.</translation>
    </message>
    <message>
        <source>The secret header %1 had a different value than expected.</source>
        <translation>Der geheime Header %1 hatte einen anderen Wert als erwartet.</translation>
    </message>
</context>
<context>
    <name>Receiver::Forwarding</name>
    <message>
        <source>The forwarding address must be a URL that starts with http:// or https:// and names a host, such as http://localhost:3000/webhooks.</source>
        <translation>Die Weiterleitungsadresse muss eine URL sein, die mit http:// oder https:// beginnt und einen Host nennt, etwa http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The forwarding address must not have a query or a fragment: each request&apos;s own path and query are added to it.</source>
        <translation>Die Weiterleitungsadresse darf keine Abfrage und kein Fragment haben: Pfad und Abfrage jeder Anfrage werden angehängt.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer in time (%2); answered 504.</source>
        <translation>An %1 weitergeleitet, die nicht rechtzeitig antwortete (%2); mit 504 beantwortet.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer (%2); answered 502.</source>
        <translation>An %1 weitergeleitet, die nicht antwortete (%2); mit 502 beantwortet.</translation>
    </message>
</context>
<context>
    <name>Receiver::LiveReceiver</name>
    <message>
        <source>Port %1 is already in use by another program. Choose another port or stop that program.</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet. Wählen Sie einen anderen Port oder beenden Sie dieses Programm.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator privileges on this computer. Choose a port from 1024 to 65535.</source>
        <translation>Port %1 erfordert auf diesem Computer Administratorrechte. Wählen Sie einen Port von 1024 bis 65535.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer. Choose 127.0.0.1 (this computer only) or one of its network addresses.</source>
        <translation>%1 ist keine Adresse dieses Computers. Wählen Sie 127.0.0.1 (nur dieser Computer) oder eine seiner Netzwerkadressen.</translation>
    </message>
    <message>
        <source>The receiver could not listen on %1 port %2: %3.</source>
        <translation>Der Empfänger konnte nicht auf %1 Port %2 lauschen: %3.</translation>
    </message>
</context>
<context>
    <name>Receiver::ReceiverController</name>
    <message>
        <source>The receiver did not start: %1</source>
        <translation>Der Empfänger wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The receiver stopped: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name, then start it again.</source>
        <translation>Der Empfänger wurde angehalten: Der Name des Geheimnis-Headers ist kein Header-Name, daher könnte keine Anfrage geprüft werden. Korrigieren oder leeren Sie den Namen und starten Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The receiver did not start: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name.</source>
        <translation>Der Empfänger wurde nicht gestartet: Der Name des Geheimnis-Headers ist kein Header-Name, daher könnte keine Anfrage geprüft werden. Korrigieren oder leeren Sie den Namen.</translation>
    </message>
    <message>
        <source>The forwarding address is this receiver&apos;s own (port %1): each request would be forwarded to itself. Enter the address of your app.</source>
        <translation>Die Weiterleitungsadresse ist die dieses Empfängers (Port %1): Jede Anfrage würde an ihn selbst weitergeleitet. Geben Sie die Adresse Ihrer App ein.</translation>
    </message>
</context>
<context>
    <name>Receiver::ResponseRule</name>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>every request</source>
        <translation>jede Anfrage</translation>
    </message>
</context>
<context>
    <name>Receiver::RulesFile</name>
    <message>
        <source>“%1” is not a rule key; a rule has %2.</source>
        <translation>„%1“ ist kein Schlüssel einer Regel; eine Regel hat %2.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>“status” is missing: a rule says which status it answers with.</source>
        <translation>„status“ fehlt: Eine Regel sagt, mit welchem Status sie antwortet.</translation>
    </message>
    <message>
        <source>“percent” must be a number from 0 to 100.</source>
        <translation>„percent“ muss eine Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>“headers” must be an object of header names and text values, such as {&quot;Retry-After&quot;: &quot;60&quot;}.</source>
        <translation>„headers“ muss ein Objekt aus Header-Namen und Textwerten sein, etwa {&quot;Retry-After&quot;: &quot;60&quot;}.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be text.</source>
        <translation>Der Wert des Headers „%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>“status” must be a whole number from 100 to 599, not %1.</source>
        <translation>„status“ muss eine ganze Zahl von 100 bis 599 sein, nicht %1.</translation>
    </message>
    <message>
        <source>“method” must be an HTTP method such as POST, not “%1”.</source>
        <translation>„method“ muss eine HTTP-Methode wie POST sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>“path” must start with / and may end with * to match every path that begins with it (/hooks/*), not “%1”.</source>
        <translation>„path“ muss mit / beginnen und darf mit * enden, um jeden Pfad zu treffen, der so beginnt (/hooks/*), nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a Channex event; the events are %2.</source>
        <translation>„%1“ ist kein Channex-Ereignis; die Ereignisse sind %2.</translation>
    </message>
    <message>
        <source>“delay_ms” must be from 0 to %1 milliseconds (ten minutes).</source>
        <translation>„delay_ms“ muss zwischen 0 und %1 Millisekunden liegen (zehn Minuten).</translation>
    </message>
    <message>
        <source>“times” must be 1 or more: how many requests the rule answers.</source>
        <translation>„times“ muss 1 oder mehr sein: wie viele Anfragen die Regel beantwortet.</translation>
    </message>
    <message>
        <source>The header “%1” is the receiver&apos;s to send; leave it out of the rule.</source>
        <translation>Den Header „%1“ sendet der Empfänger selbst; lassen Sie ihn in der Regel weg.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be on one line.</source>
        <translation>Der Wert des Headers „%1“ muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 at character %2.</source>
        <translation>Es ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>It must be an object with a list of rules: {&quot;rules&quot;: [ … ]}.</source>
        <translation>Es muss ein Objekt mit einer Liste von Regeln sein: {&quot;rules&quot;: [ … ]}.</translation>
    </message>
    <message>
        <source>“%1” is not a key of a rules file; it has only “rules”.</source>
        <translation>„%1“ ist kein Schlüssel einer Regeldatei; sie hat nur „rules“.</translation>
    </message>
    <message>
        <source>a rule must be an object such as {&quot;status&quot;: 503}.</source>
        <translation>eine Regel muss ein Objekt sein, etwa {&quot;status&quot;: 503}.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>Die Regeldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The rules file %1 is not valid. %2</source>
        <translation>Die Regeldatei %1 ist nicht gültig. %2</translation>
    </message>
    <message>
        <source>The rules could not be saved to %1: %2.</source>
        <translation>Die Regeln konnten nicht in %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>Replay Capture</source>
        <translation>Aufzeichnung erneut senden</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>Ziel-&amp;URL:</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>Ziel-URL</translation>
    </message>
    <message>
        <source>http://localhost:3000/channex/webhooks</source>
        <translation>http://localhost:3000/channex/webhooks</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Hea&amp;der:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Host, Content-Length and Connection are set for the new connection.</source>
        <translation>Host, Content-Length und Connection werden für die neue Verbindung gesetzt.</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>This body is binary: it is shown as hex and sent unchanged.</source>
        <translation>Dieser Inhalt ist binär: Er wird als Hex angezeigt und unverändert gesendet.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Answer headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Answer body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>Sandbox::Deliveries::Sequences</name>
    <message>
        <source>One event</source>
        <translation>Ein Ereignis</translation>
    </message>
    <message>
        <source>A duplicate: the same body twice</source>
        <translation>Ein Duplikat: zweimal derselbe Inhalt</translation>
    </message>
    <message>
        <source>A booking&apos;s life: new, modified, cancelled</source>
        <translation>Das Leben einer Buchung: neu, geändert, storniert</translation>
    </message>
    <message>
        <source>Out of order: the later ARI change first</source>
        <translation>Außer der Reihe: die spätere ARI-Änderung zuerst</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxServer</name>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3. Choose another port, or close the program that is using it.</source>
        <translation>Die Sandbox konnte Port %2 auf %1 nicht öffnen: %3. Wählen Sie einen anderen Port, oder schließen Sie das Programm, das ihn belegt.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionStore</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <source>Enter the server root as %1.</source>
        <translation>Geben Sie die Stammadresse des Servers als %1 ein.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionTester</name>
    <message numerus="yes">
        <source>The connection works: %1 accepted the API key and has %n webhook(s).</source>
        <translation>
            <numerusform>Die Verbindung funktioniert: %1 hat den API-Schlüssel akzeptiert und meldet %n Webhook.</numerusform>
            <numerusform>Die Verbindung funktioniert: %1 hat den API-Schlüssel akzeptiert und meldet %n Webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused this API key. Paste the key of this server&apos;s account again (staging and production keys differ; a withdrawn key stops working).</source>
        <translation>%1 hat diesen API-Schlüssel abgelehnt. Fügen Sie den Schlüssel des Kontos auf diesem Server erneut ein (Staging- und Produktionsschlüssel unterscheiden sich; ein widerrufener Schlüssel funktioniert nicht mehr).</translation>
    </message>
</context>
<context>
    <name>Session::ConsoleController</name>
    <message>
        <source>Your system has no keychain available, so API keys are kept only until you quit and must be entered again next time.</source>
        <translation>Auf Ihrem System ist kein Schlüsselbund verfügbar; API-Schlüssel bleiben daher nur bis zum Beenden des Programms erhalten und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Die Sandbox konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 Try again with Refresh (F5), or switch to another connection.</source>
        <translation>%1 Versuchen Sie es mit „Aktualisieren“ (F5) erneut, oder wechseln Sie zu einer anderen Verbindung.</translation>
    </message>
    <message>
        <source>Enter the API key of your %1 account above, or start the console with the key in the CHANNEX_API_KEY environment variable.</source>
        <translation>Geben Sie oben den API-Schlüssel Ihres Kontos für %1 ein, oder starten Sie das Programm mit dem Schlüssel in der Umgebungsvariable CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>API key needed</source>
        <translation>API-Schlüssel erforderlich</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Geben Sie den API-Schlüssel ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>This connection is no longer saved.</source>
        <translation>Diese Verbindung ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>No API key is stored for %1: enter it in the main window (Manage connections…), then reload.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert: Geben Sie ihn im Hauptfenster ein („Verbindungen verwalten…“), und laden Sie dann neu.</translation>
    </message>
</context>
<context>
    <name>Session::DataDirectory</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Session::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was declined, so the API key was not read or saved there.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde abgelehnt; der API-Schlüssel wurde dort daher weder gelesen noch gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den API-Schlüssel verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>TestResultDialog</name>
    <message>
        <source>Test Result</source>
        <translation>Testergebnis</translation>
    </message>
</context>
<context>
    <name>Transfer::AccountComparison</name>
    <message>
        <source>header %1: its value is not copied, %2 keeps its own</source>
        <translation>Header %1: Sein Wert wird nicht kopiert, %2 behält den vorhandenen</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, %2 keeps its own</source>
        <translation>Parameter %1: Sein Wert wird nicht kopiert, %2 behält den vorhandenen</translation>
    </message>
    <message>
        <source>header %1: its value is not copied, left empty</source>
        <translation>Header %1: Sein Wert wird nicht kopiert und bleibt leer</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, left empty</source>
        <translation>Parameter %1: Sein Wert wird nicht kopiert und bleibt leer</translation>
    </message>
    <message>
        <source>%1 has no property called “%2”</source>
        <translation>%1 hat keine Unterkunft namens „%2“</translation>
    </message>
    <message>
        <source>%1 has more than one property called “%2”</source>
        <translation>%1 hat mehr als eine Unterkunft namens „%2“</translation>
    </message>
    <message>
        <source>%1 has this webhook more than once (the same scope, URL and event mask)</source>
        <translation>%1 hat diesen Webhook mehrfach (gleicher Geltungsbereich, gleiche URL und Ereignismaske)</translation>
    </message>
    <message>
        <source>%1 has more than one webhook with this scope, URL and event mask</source>
        <translation>%1 hat mehr als einen Webhook mit diesem Geltungsbereich, dieser URL und dieser Ereignismaske</translation>
    </message>
    <message>
        <source>cannot be copied: %1</source>
        <translation>kann nicht kopiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Transfer::ImportLine</name>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>Transfer::ImportPlan</name>
    <message>
        <source>header %1 has no value in the file: the value here is kept</source>
        <translation>Header %1 hat in der Datei keinen Wert: Der vorhandene Wert bleibt erhalten</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: the value here is kept</source>
        <translation>Parameter %1 hat in der Datei keinen Wert: Der vorhandene Wert bleibt erhalten</translation>
    </message>
    <message>
        <source>header %1 has no value in the file: left empty</source>
        <translation>Header %1 hat in der Datei keinen Wert: bleibt leer</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: left empty</source>
        <translation>Parameter %1 hat in der Datei keinen Wert: bleibt leer</translation>
    </message>
    <message>
        <source>this account has no property called “%1”</source>
        <translation>dieses Konto hat keine Unterkunft namens „%1“</translation>
    </message>
    <message>
        <source>this account has more than one property called “%1”, so the import cannot tell which is meant</source>
        <translation>dieses Konto hat mehr als eine Unterkunft namens „%1“, daher kann der Import nicht erkennen, welche gemeint ist</translation>
    </message>
    <message>
        <source>the file lists this webhook (scope, URL and event mask) more than once; only the first is imported</source>
        <translation>die Datei führt diesen Webhook (Geltungsbereich, URL und Ereignismaske) mehrfach auf; nur der erste wird importiert</translation>
    </message>
    <message>
        <source>this account has more than one webhook with this scope, URL and event mask, so the import cannot tell which to update</source>
        <translation>dieses Konto hat mehr als einen Webhook mit diesem Geltungsbereich, dieser URL und dieser Ereignismaske, daher kann der Import nicht erkennen, welcher aktualisiert werden soll</translation>
    </message>
    <message>
        <source>To create: %1, to update: %2, unchanged: %3, skipped: %4.</source>
        <translation>Anzulegen: %1, zu aktualisieren: %2, unverändert: %3, übersprungen: %4.</translation>
    </message>
</context>
<context>
    <name>Transfer::WebhookFileFormat</name>
    <message>
        <source>it is not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>it has no &quot;callback_url&quot; text</source>
        <translation>kein Text in &quot;callback_url&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;event_mask&quot; text</source>
        <translation>kein Text in &quot;event_mask&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; has no &quot;title&quot;</source>
        <translation>&quot;property&quot; hat kein &quot;title&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; is neither an object with a &quot;title&quot; nor null (for a global webhook)</source>
        <translation>&quot;property&quot; ist weder ein Objekt mit &quot;title&quot; noch null (für einen globalen Webhook)</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not an object (or null)</source>
        <translation>&quot;%1&quot; ist weder ein Objekt noch null</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; value of “%2” is neither text nor null</source>
        <translation>in &quot;%1&quot; ist der Wert von „%2“ weder Text noch null</translation>
    </message>
    <message>
        <source>%1 is not a Webhook Console webhook file: %2.</source>
        <translation>%1 ist keine Webhook-Datei von Webhook Console: %2.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it does not say &quot;format&quot;: &quot;%1&quot;</source>
        <translation>keine Angabe &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its &quot;format_version&quot; is not a whole number from 1 up</source>
        <translation>&quot;format_version&quot; ist keine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>%1 is version %2 of the webhook file format, written by a newer Webhook Console; this one reads version %3. Import it with a newer Webhook Console.</source>
        <translation>%1 hat Version %2 des Webhook-Dateiformats und wurde von einer neueren Webhook Console geschrieben; diese liest Version %3. Importieren Sie die Datei mit einer neueren Webhook Console.</translation>
    </message>
    <message>
        <source>its &quot;webhooks&quot; is not a list</source>
        <translation>&quot;webhooks&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>in webhook %1 of the list, %2</source>
        <translation>%2 (bei Webhook %1 der Liste)</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>Callback-&amp;URL:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>https://pms.example.com/channex/webhooks</source>
        <translation>https://pms.example.com/channex/webhooks</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>Unter&amp;kunft:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>The property whose events this webhook receives, or Global for every property of the account. Type a name to jump to it.</source>
        <translation>Die Unterkunft, deren Ereignisse dieser Webhook empfängt, oder „Global“ für alle Unterkünfte des Kontos. Tippen Sie einen Namen, um zu ihm zu springen.</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Zustellung:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Channex calls only active webhooks.</source>
        <translation>Channex ruft nur aktive Webhooks auf.</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Akti&amp;v</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Daten senden</translation>
    </message>
    <message>
        <source>Include the event&apos;s data (the booking, the ARI change…) in each call, instead of only its type and IDs.</source>
        <translation>Die Daten des Ereignisses (die Buchung, die ARI-Änderung …) bei jedem Aufruf mitsenden, statt nur Typ und IDs.</translation>
    </message>
    <message>
        <source>Send &amp;data with each event</source>
        <translation>&amp;Daten mit jedem Ereignis senden</translation>
    </message>
    <message>
        <source>Webhook ID:</source>
        <translation>Webhook-ID:</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>Webhook-ID</translation>
    </message>
    <message>
        <source>Events, headers and parameters</source>
        <translation>Ereignisse, Header und Parameter</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Extra HTTP headers Channex sends with every call, for example a secret the receiver checks.</source>
        <translation>Zusätzliche HTTP-Header, die Channex bei jedem Aufruf sendet, zum Beispiel ein Geheimnis, das der Empfänger prüft.</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Anfrage&amp;parameter</translation>
    </message>
    <message>
        <source>Query parameters Channex adds to the callback URL on every call.</source>
        <translation>Query-Parameter, die Channex bei jedem Aufruf an die Callback-URL anhängt.</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Testergebnis anzeigen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Ask Channex to send a test call with these settings, without saving them</source>
        <translation>Channex bitten, mit diesen Einstellungen einen Testaufruf zu senden, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Use live receiver</source>
        <translation>Live-Empfänger verwenden</translation>
    </message>
    <message>
        <source>Use &amp;live receiver</source>
        <translation>&amp;Live-Empfänger verwenden</translation>
    </message>
    <message>
        <source>Overlap warnings</source>
        <translation>Warnungen zu Überschneidungen</translation>
    </message>
</context>
</TS>
