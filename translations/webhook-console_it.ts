<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Capture::CaptureStore</name>
    <message>
        <source>The capture database could not be prepared: %1</source>
        <translation>Impossibile preparare il database delle acquisizioni: %1</translation>
    </message>
    <message>
        <source>The capture database %1 could not be opened: %2</source>
        <translation>Impossibile aprire il database delle acquisizioni %1: %2</translation>
    </message>
    <message>
        <source>The capture database has no schema version: %1</source>
        <translation>Il database delle acquisizioni non ha una versione dello schema: %1</translation>
    </message>
    <message>
        <source>The capture database has version %1; this version of the console reads version %2. Choose another data directory or remove the file.</source>
        <translation>Il database delle acquisizioni è alla versione %1; questa versione della console legge la versione %2. Scegliere un&apos;altra cartella dei dati o rimuovere il file.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not one of captures. Choose another data directory or remove the file.</source>
        <translation>Il file è un database SQLite, ma non contiene acquisizioni. Scegliere un&apos;altra cartella dei dati o rimuovere il file.</translation>
    </message>
    <message>
        <source>The capture store is open already.</source>
        <translation>L&apos;archivio delle acquisizioni è già aperto.</translation>
    </message>
    <message>
        <source>The capture store is not open.</source>
        <translation>L&apos;archivio delle acquisizioni non è aperto.</translation>
    </message>
    <message>
        <source>The capture store is closed.</source>
        <translation>L&apos;archivio delle acquisizioni è chiuso.</translation>
    </message>
    <message>
        <source>The capture database could not be prepared (%1). Choose another data directory or move the file away.</source>
        <translation>Impossibile preparare il database delle acquisizioni (%1). Scegliere un&apos;altra cartella dei dati o spostare il file altrove.</translation>
    </message>
    <message>
        <source>The capture database could not be read (%1). Choose another data directory or move the file away.</source>
        <translation>Impossibile leggere il database delle acquisizioni (%1). Scegliere un&apos;altra cartella dei dati o spostare il file altrove.</translation>
    </message>
    <message>
        <source>The capture could not be written to the database (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>Impossibile scrivere l&apos;acquisizione nel database (%1). Verificare che sul disco ci sia spazio libero e che nessun altro programma tenga bloccato il database delle acquisizioni.</translation>
    </message>
    <message>
        <source>The captures could not be changed (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>Impossibile modificare le acquisizioni (%1). Verificare che sul disco ci sia spazio libero e che nessun altro programma tenga bloccato il database delle acquisizioni.</translation>
    </message>
    <message>
        <source>This console cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Questa console non può accedere a PostgreSQL: il driver PostgreSQL di Qt non è installato (su Debian e Ubuntu, il pacchetto libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The shared capture history %1 could not be reached: %2</source>
        <translation>Impossibile raggiungere la cronologia condivisa delle acquisizioni %1: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database has tables, but not those of captures. Give the shared capture history a database of its own (createdb webhooks, say).</source>
        <translation>Il database PostgreSQL contiene tabelle, ma non quelle delle acquisizioni. Assegnare alla cronologia condivisa delle acquisizioni un database dedicato (ad esempio con createdb webhooks).</translation>
    </message>
    <message>
        <source>The capture could not be written to the shared capture history (%1). Check that its PostgreSQL server is running and can be reached.</source>
        <translation>Impossibile scrivere l&apos;acquisizione nella cronologia condivisa delle acquisizioni (%1). Verificare che il relativo server PostgreSQL sia in esecuzione e raggiungibile.</translation>
    </message>
    <message>
        <source>The shared capture history %1 cannot be reached (%2). New captures appear again when it is back.</source>
        <translation>La cronologia condivisa delle acquisizioni %1 non è raggiungibile (%2). Le nuove acquisizioni compariranno di nuovo quando tornerà disponibile.</translation>
    </message>
</context>
<context>
    <name>Capture::PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read the captures in %1: the folder and the capture database are now yours alone.</source>
        <translation>Altri account di questo computer potevano leggere le acquisizioni in %1: la cartella e il database delle acquisizioni ora sono solo suoi.</translation>
    </message>
</context>
<context>
    <name>Capture::StoreLocation</name>
    <message>
        <source>The URL carries a password. Leave it out: the password is read from the PGPASSWORD environment variable or ~/.pgpass (or the keychain, for the window&apos;s shared capture history).</source>
        <translation>L&apos;URL contiene una password. Toglierla: la password viene letta dalla variabile d&apos;ambiente PGPASSWORD o da ~/.pgpass (oppure, per la cronologia condivisa delle acquisizioni della finestra, dal portachiavi).</translation>
    </message>
    <message>
        <source>A shared capture history is a PostgreSQL URL such as postgresql://user@host:5432/database.</source>
        <translation>Una cronologia condivisa delle acquisizioni è un URL PostgreSQL, ad esempio postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 non è un URL valido: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection option this console passes on (it takes %2).</source>
        <translation>%1 non è un&apos;opzione di connessione PostgreSQL che questa console inoltra (accetta %2).</translation>
    </message>
    <message>
        <source>The URL names no database: add it as the path, e.g. postgresql://user@host:5432/webhooks.</source>
        <translation>L&apos;URL non indica alcun database: aggiungerlo come percorso, ad es. postgresql://user@host:5432/webhooks.</translation>
    </message>
</context>
<context>
    <name>Channex::ApiError</name>
    <message>
        <source>the server</source>
        <translation>il server</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Chiave API rifiutata</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accesso negato</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>Valori non validi</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Troppe richieste</translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation>Richiesta non compresa</translation>
    </message>
    <message>
        <source>Channex server error</source>
        <translation>Errore del server Channex</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Risposta imprevista</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Nessuna risposta in tempo</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server non trovato</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connessione rifiutata</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Connessione sicura non riuscita</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Errore di rete</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Risposta imprevista</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>The API key was refused by %1. Enter this connection&apos;s key again under Manage connections…; staging and production keys differ, and a withdrawn key stops working.</source>
        <translation>La chiave API non è stata accettata: l&apos;ha rifiutata %1. Inserire di nuovo la chiave di questa connessione in Gestisci connessioni…; le chiavi di staging e di produzione sono diverse e una chiave revocata smette di funzionare.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (HTTP 403). It may be limited to some properties; use a key with access to this property or ask the account owner.</source>
        <translation>La chiave API non è autorizzata a eseguire questa operazione (HTTP 403). Potrebbe essere limitata ad alcune strutture; usare una chiave con accesso a questa struttura o rivolgersi al titolare dell&apos;account.</translation>
    </message>
    <message>
        <source>This webhook no longer exists on %1 (HTTP 404); it may have been deleted elsewhere. Refresh the list to see the current webhooks.</source>
        <translation>Secondo %1 questo webhook non esiste più (HTTP 404); potrebbe essere stato eliminato altrove. Aggiornare l&apos;elenco per vedere i webhook attuali.</translation>
    </message>
    <message>
        <source>%1 has no Channex API at this address (HTTP 404). Check the server address under Manage connections…: it is the root, such as https://staging.channex.io, without /api/v1.</source>
        <translation>A questo indirizzo %1 non offre un&apos;API Channex (HTTP 404). Verificare l&apos;indirizzo del server in Gestisci connessioni…: deve essere la radice, ad esempio https://staging.channex.io, senza /api/v1.</translation>
    </message>
    <message>
        <source>Channex rejected the values (%1). Check the fields and save again.</source>
        <translation>Channex ha rifiutato i valori (%1). Controllare i campi e salvare di nuovo.</translation>
    </message>
    <message>
        <source>HTTP 422</source>
        <translation>HTTP 422</translation>
    </message>
    <message>
        <source>Channex rejected the values: %1. Correct the field and save again.</source>
        <translation>Channex ha rifiutato i valori: %1. Correggere il campo e salvare di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>Channex rejected the values: %1 (and %n more). Correct the fields and save again.</source>
        <translation>
            <numerusform>Channex ha rifiutato i valori: %1 (e %n altro). Correggere i campi e salvare di nuovo.</numerusform>
            <numerusform>Channex ha rifiutato i valori: %1 (e altri %n). Correggere i campi e salvare di nuovo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 received too many requests from this key (HTTP 429). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Questa chiave ha inviato troppe richieste verso %1 (HTTP 429). Attendere %n secondo e riprovare.</numerusform>
            <numerusform>Questa chiave ha inviato troppe richieste verso %1 (HTTP 429). Attendere %n secondi e riprovare.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received too many requests from this key (HTTP 429). Wait a minute and try again.</source>
        <translation>Questa chiave ha inviato troppe richieste verso %1 (HTTP 429). Attendere un minuto e riprovare.</translation>
    </message>
    <message>
        <source>%1 did not understand the request (HTTP 400%2). This is probably a bug in Webhook Console or a server version it does not know; please report it.</source>
        <translation>Richiesta non compresa: %1 ha risposto HTTP 400%2. Probabilmente si tratta di un bug di Webhook Console o di una versione del server che non conosce; si prega di segnalarlo.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). This is not caused by your input; try again in a few minutes.</source>
        <translation>Errore lato server: %1 ha avuto un problema nel rispondere (HTTP %2). Non dipende dai dati inseriti; riprovare tra qualche minuto.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2. Check that the server URL points to a Channex API.</source>
        <translation>Risposta imprevista: %1 ha restituito lo stato HTTP %2. Verificare che l&apos;URL del server punti a un&apos;API Channex.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again; if it keeps happening the server may be overloaded.</source>
        <translation>Tempo scaduto: %1 non ha risposto in tempo. Verificare la connessione a Internet e riprovare; se succede ancora, il server potrebbe essere sovraccarico.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check your internet connection and the server address.</source>
        <translation>Impossibile trovare il nome del server. Verificare la connessione a Internet e l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check your internet connection and DNS settings (or proxy); the address itself is correct.</source>
        <translation>Impossibile trovare il nome del server %1. Verificare la connessione a Internet e le impostazioni DNS (o il proxy); l&apos;indirizzo in sé è corretto.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the server address under Manage connections… for typos, and check your internet connection.</source>
        <translation>Impossibile trovare il nome del server %1. Controllare che l&apos;indirizzo del server in Gestisci connessioni… non contenga errori di battitura e verificare la connessione a Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing is listening there. Check the server URL and port, or restart the sandbox if you are using it.</source>
        <translation>Connessione rifiutata: %1 non accetta connessioni, non c&apos;è nessun servizio in ascolto. Verificare l&apos;URL e la porta del server, oppure riavviare la sandbox se la si sta usando.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (certificate or TLS problem). Check the server URL, the system clock and any proxy that inspects HTTPS traffic.</source>
        <translation>Impossibile stabilire una connessione sicura con %1 (problema di certificato o TLS). Verificare l&apos;URL del server, l&apos;orologio di sistema ed eventuali proxy che ispezionano il traffico HTTPS.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check your internet connection or proxy settings and try again.</source>
        <translation>La connessione con %1 non è riuscita. Verificare la connessione a Internet o le impostazioni del proxy e riprovare.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the expected JSON. Is the server URL right? It must point to a Channex API server.</source>
        <translation>Risposta non valida: %1 non ha restituito il JSON previsto. L&apos;URL del server è corretto? Deve puntare a un server API Channex.</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived.</source>
        <translation>La richiesta è stata annullata prima che arrivasse una risposta.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>La richiesta verso %1 non è riuscita.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1. Correct the values and try again.</source>
        <translation>Non è stato inviato nulla: %1. Correggere i valori e riprovare.</translation>
    </message>
</context>
<context>
    <name>Channex::ConnectionProfile</name>
    <message>
        <source>Sandbox (built-in demo)</source>
        <translation>Sandbox (demo integrata)</translation>
    </message>
    <message>
        <source>Channex Staging</source>
        <translation>Channex Staging</translation>
    </message>
    <message>
        <source>Channex Production</source>
        <translation>Channex Produzione</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Server personalizzato</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Inserire l&apos;indirizzo del server, ad esempio %1.</translation>
    </message>
    <message>
        <source>Enter the full address including https://, for example %1.</source>
        <translation>Inserire l&apos;indirizzo completo, compreso https://, ad esempio %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address. Enter it like %2.</source>
        <translation>&apos;%1&apos; non è un indirizzo valido. Inserirlo come %2.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be used, not %1://.</source>
        <translation>Si possono usare solo indirizzi http:// e https://, non %1://.</translation>
    </message>
    <message>
        <source>The address has no server name. Enter it like %1.</source>
        <translation>L&apos;indirizzo non contiene il nome del server. Inserirlo come %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own field.</source>
        <translation>Togliere nome utente e password dall&apos;indirizzo; la chiave API va nel suo campo.</translation>
    </message>
    <message>
        <source>Remove the &apos;?&apos; or &apos;#&apos; part from the address; enter only the server root, like %1.</source>
        <translation>Togliere la parte con &apos;?&apos; o &apos;#&apos; dall&apos;indirizzo; inserire solo la radice del server, come %1.</translation>
    </message>
</context>
<context>
    <name>Channex::EventMask</name>
    <message numerus="yes">
        <source>%n room type(s)</source>
        <translation>
            <numerusform>%n tipologia di camera</numerusform>
            <numerusform>%n tipologie di camera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n piano tariffario</numerusform>
            <numerusform>%n piani tariffari</numerusform>
        </translation>
    </message>
    <message>
        <source>The event mask is empty; Channex requires at least one event, or &apos;*&apos; for all events.</source>
        <translation>La maschera eventi è vuota; Channex richiede almeno un evento, oppure &apos;*&apos; per tutti gli eventi.</translation>
    </message>
    <message>
        <source>&apos;*&apos; already includes every event; the other entries have no effect.</source>
        <translation>&apos;*&apos; comprende già tutti gli eventi; le altre voci non hanno effetto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed more than once.</source>
        <translation>&apos;%1&apos; compare più di una volta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has too many filter segments; an ari filter looks like ari:restrictions:room_type_ids:rate_plan_ids.</source>
        <translation>&apos;%1&apos; ha troppi segmenti di filtro; un filtro ari ha la forma ari:restrictions:room_type_ids:rate_plan_ids.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a filter, but only the ari event accepts one; Channex will probably not recognise this entry.</source>
        <translation>&apos;%1&apos; ha un filtro, ma solo l&apos;evento ari lo accetta; probabilmente Channex non riconoscerà questa voce.</translation>
    </message>
    <message>
        <source>&apos;disconnected_channel&apos; is the 2025 name of &apos;disconnect_channel&apos;; newer Channex servers may only know the new name.</source>
        <translation>&apos;disconnected_channel&apos; è il nome del 2025 di &apos;disconnect_channel&apos;; i server Channex più recenti potrebbero conoscere solo il nuovo nome.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Channex event; event names are lower case (did you mean &apos;%2&apos;?).</source>
        <translation>&apos;%1&apos; non è un evento Channex; i nomi degli eventi sono in minuscolo (forse si intendeva &apos;%2&apos;?).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a documented Channex event; check the spelling.</source>
        <translation>&apos;%1&apos; non è un evento Channex documentato; verificarne l&apos;ortografia.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ARI restriction; known restrictions are: %2.</source>
        <translation>&apos;%1&apos; non è una restrizione ARI; le restrizioni note sono: %2.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Nessun evento</translation>
    </message>
</context>
<context>
    <name>Channex::Overlap</name>
    <message>
        <source>Global and property webhook share events</source>
        <translation>Webhook globale e webhook di struttura condividono eventi</translation>
    </message>
    <message>
        <source>Same events delivered twice to one URL</source>
        <translation>Stessi eventi consegnati due volte a un URL</translation>
    </message>
    <message>
        <source>Event mask matches no documented event</source>
        <translation>La maschera eventi non corrisponde a nessun evento documentato</translation>
    </message>
    <message>
        <source>Plain http on Channex production</source>
        <translation>http semplice sulla produzione Channex</translation>
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
        <translation>tutti gli eventi</translation>
    </message>
</context>
<context>
    <name>Channex::WebhookLabel</name>
    <message>
        <source>Global</source>
        <translation>Globale</translation>
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
        <translation>Inserire l&apos;URL che deve ricevere gli eventi.</translation>
    </message>
    <message>
        <source>Remove the spaces before or after the URL.</source>
        <translation>Togliere gli spazi prima o dopo l&apos;URL.</translation>
    </message>
    <message>
        <source>The URL must be on one line.</source>
        <translation>L&apos;URL deve stare su una sola riga.</translation>
    </message>
    <message>
        <source>Enter a full URL that starts with https:// or http://.</source>
        <translation>Inserire un URL completo che inizi con https:// o http://.</translation>
    </message>
    <message>
        <source>Channex calls only http and https URLs, not %1.</source>
        <translation>Channex chiama solo URL http e https, non %1.</translation>
    </message>
    <message>
        <source>The URL needs a host name after %1://.</source>
        <translation>L&apos;URL deve contenere un nome host dopo %1://.</translation>
    </message>
    <message>
        <source>Plain http sends bookings and guest data unencrypted; use https where the receiver supports it.</source>
        <translation>Con http semplice prenotazioni e dati degli ospiti viaggiano senza cifratura; usare https se il destinatario lo supporta.</translation>
    </message>
    <message>
        <source>The query holds what looks like a secret (%1): URLs end up in logs. A header is safer.</source>
        <translation>La query contiene quello che sembra un segreto (%1): gli URL finiscono nei log. Un header è più sicuro.</translation>
    </message>
    <message>
        <source>Choose at least one event, or all events (*).</source>
        <translation>Scegliere almeno un evento, oppure tutti gli eventi (*).</translation>
    </message>
    <message>
        <source>The event mask must be on one line.</source>
        <translation>La maschera eventi deve stare su una sola riga.</translation>
    </message>
    <message>
        <source>Choose the property whose events this webhook receives, or Global.</source>
        <translation>Scegliere la struttura di cui questo webhook riceve gli eventi, oppure Globale.</translation>
    </message>
    <message>
        <source>Header %1 has no name.</source>
        <translation>L&apos;header %1 non ha un nome.</translation>
    </message>
    <message>
        <source>Parameter %1 has no name.</source>
        <translation>Il parametro %1 non ha un nome.</translation>
    </message>
    <message>
        <source>“%1” contains a line break, which would break the request.</source>
        <translation>“%1” contiene un a capo, che renderebbe la richiesta non valida.</translation>
    </message>
    <message>
        <source>The header “%1” is listed twice.</source>
        <translation>L&apos;header “%1” è presente due volte.</translation>
    </message>
    <message>
        <source>The parameter “%1” is listed twice.</source>
        <translation>Il parametro “%1” è presente due volte.</translation>
    </message>
    <message>
        <source>Channex holds this value as it is, and it is sent back unchanged: %1 A delivery may carry it as it is, and the receiving server may refuse it.</source>
        <translation>Channex conserva questo valore così com&apos;è, e viene rinviato senza modifiche: %1 Una consegna può contenerlo così com&apos;è, e il server ricevente può rifiutarla.</translation>
    </message>
    <message>
        <source>The URL contains a space after “%1”: a URL has none (write %20 where the receiver expects one).</source>
        <translation>L&apos;URL contiene uno spazio dopo «%1»: un URL non ne ha (scrivere %20 dove il ricevente se ne aspetta uno).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra questo aiuto ed esce.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra la versione ed esce.</translation>
    </message>
    <message>
        <source>Webhook Console: manage the webhooks of a Channex account and watch their deliveries.</source>
        <translation>Webhook Console: gestisce i webhook di un account Channex e ne monitora gli invii.</translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Open on the built-in sandbox, even when an API key is set.</source>
        <translation>Apre la sandbox integrata, anche se è impostata una chiave API.</translation>
    </message>
    <message>
        <source>Open the saved connection to the Channex server at &lt;url&gt; (a server root such as https://staging.channex.io; /api/v1 is added), saving one if there is none. Its API key comes from the keychain, or for this run only from the CHANNEX_API_KEY environment variable.</source>
        <translation>Apre la connessione salvata al server Channex all&apos;indirizzo &lt;url&gt; (una radice del server come https://staging.channex.io; /api/v1 viene aggiunto), salvandone una se non esiste. La chiave API viene letta dal portachiavi oppure, solo per questa esecuzione, dalla variabile d&apos;ambiente CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Serve only the sandbox API on 127.0.0.1, without a window, until stopped. Prints its server root and API key (the demo key, or the one in the WEBHOOK_CONSOLE_SANDBOX_KEY environment variable).</source>
        <translation>Avvia solo l&apos;API della sandbox su 127.0.0.1, senza finestra, fino all&apos;arresto. Stampa la radice del server e la chiave API (la chiave demo o quella della variabile d&apos;ambiente WEBHOOK_CONSOLE_SANDBOX_KEY).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>With --serve-sandbox: delay every API answer by &lt;ms&gt; milliseconds.</source>
        <translation>Con --serve-sandbox: ritarda ogni risposta dell&apos;API di &lt;ms&gt; millisecondi.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argomento imprevisto: %1</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be used together.</source>
        <translation>--sandbox e --api-url non possono essere usati insieme.</translation>
    </message>
    <message>
        <source>--latency needs a number of milliseconds from 0 to 600000.</source>
        <translation>--latency richiede un numero di millisecondi da 0 a 600000.</translation>
    </message>
    <message>
        <source>Could not start the sandbox on 127.0.0.1:%1: %2</source>
        <translation>Impossibile avviare la sandbox su 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Webhook Console sandbox: a Channex-compatible API with demo data.</source>
        <translation>Sandbox di Webhook Console: un&apos;API compatibile con Channex, con dati demo.</translation>
    </message>
    <message>
        <source>Server root: %1</source>
        <translation>Radice server: %1</translation>
    </message>
    <message>
        <source>API base:    %1/api/v1</source>
        <translation>Base API:      %1/api/v1</translation>
    </message>
    <message>
        <source>API key:     %1 (send it in the user-api-key header; %2)</source>
        <translation>Chiave API:    %1 (inviarla nell&apos;header user-api-key; %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <source>the demo key</source>
        <translation>chiave demo</translation>
    </message>
    <message>
        <source>Latency:     %1 ms added to every answer</source>
        <translation>Latenza:       %1 ms aggiunti a ogni risposta</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Premere Ctrl+C per arrestare.</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Eseguire con --help per vedere le opzioni.</translation>
    </message>
    <message>
        <source>Could not open the capture database %1: %2</source>
        <translation>Impossibile aprire il database delle acquisizioni %1: %2</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>Impossibile scrivere sullo standard output: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n capture(s) from %1.</source>
        <translation>
            <numerusform>Esportata %n acquisizione da %1.</numerusform>
            <numerusform>Esportate %n acquisizioni da %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the live receiver with the window, on 127.0.0.1 port &lt;port&gt; (0: any free port).</source>
        <translation>Avvia il ricevitore live insieme alla finestra, su 127.0.0.1 porta &lt;porta&gt; (0: qualsiasi porta libera).</translation>
    </message>
    <message>
        <source>Keep settings and captures in the folder &lt;dir&gt; instead of the usual places, e.g. for a portable or separate console.</source>
        <translation>Conserva impostazioni e acquisizioni nella cartella &lt;cartella&gt; anziché nelle posizioni abituali, ad esempio per una console portatile o separata.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>Run only the live receiver on 127.0.0.1, without a window, until stopped: every request is stored in the data folder before it is answered. Prints its URL and the database file.</source>
        <translation>Avvia solo il ricevitore live su 127.0.0.1, senza finestra, fino all&apos;arresto: ogni richiesta viene memorizzata nella cartella dei dati prima di ricevere risposta. Stampa l&apos;URL e il file del database.</translation>
    </message>
    <message>
        <source>Port for --serve-sandbox or --serve-receiver (default: any free port).</source>
        <translation>Porta per --serve-sandbox o --serve-receiver (predefinita: qualsiasi porta libera).</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer 401 (and mark the capture) unless a request carries the header &lt;name&gt; with the value in the WEBHOOK_CONSOLE_RECEIVER_SECRET environment variable.</source>
        <translation>Con --serve-receiver: risponde 401 (e segnala l&apos;acquisizione) se una richiesta non contiene l&apos;header &lt;nome&gt; con il valore della variabile d&apos;ambiente WEBHOOK_CONSOLE_RECEIVER_SECRET.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Write every stored capture to &lt;file&gt; as JSON Lines (- for standard output) and exit, without a window.</source>
        <translation>Scrive tutte le acquisizioni memorizzate in &lt;file&gt; in formato JSON Lines (- per lo standard output) ed esce, senza finestra.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1 needs a number from 0 to 65535.</source>
        <translation>%1 richiede un numero da 0 a 65535.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir richiede una cartella.</translation>
    </message>
    <message>
        <source>--export-captures needs a file name, or - for standard output.</source>
        <translation>--export-captures richiede un nome di file, oppure - per lo standard output.</translation>
    </message>
    <message>
        <source>--port is an option of --serve-sandbox and --serve-receiver (the window takes --receiver-port).</source>
        <translation>--port è un&apos;opzione di --serve-sandbox e --serve-receiver (la finestra usa --receiver-port).</translation>
    </message>
    <message>
        <source>--latency is an option of --serve-sandbox.</source>
        <translation>--latency è un&apos;opzione di --serve-sandbox.</translation>
    </message>
    <message>
        <source>--secret-header is an option of --serve-receiver.</source>
        <translation>--secret-header è un&apos;opzione di --serve-receiver.</translation>
    </message>
    <message>
        <source>--secret-header %1 needs the expected value in the %2 environment variable.</source>
        <translation>--secret-header %1 richiede il valore previsto nella variabile d&apos;ambiente %2.</translation>
    </message>
    <message>
        <source>Could not start the receiver on 127.0.0.1:%1: %2</source>
        <translation>Impossibile avviare il ricevitore su 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Webhook Console receiver: every request is stored before it is answered.</source>
        <translation>Ricevitore di Webhook Console: ogni richiesta viene memorizzata prima di ricevere risposta.</translation>
    </message>
    <message>
        <source>URL:      %1</source>
        <translation>URL:      %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Secret:   requests without the right %1 header are answered 401 (the value is from %2)</source>
        <translation>Segreto:  le richieste senza l&apos;header %1 corretto ricevono la risposta 401 (il valore proviene da %2)</translation>
    </message>
    <message>
        <source>Not storing: %1 Requests are answered 503 until the database can be written again.</source>
        <translation>Nessuna memorizzazione: %1 Le richieste ricevono la risposta 503 finché non sarà di nuovo possibile scrivere nel database.</translation>
    </message>
    <message>
        <source>Storing again: every request is stored before it is answered.</source>
        <translation>Memorizzazione ripresa: ogni richiesta viene memorizzata prima di ricevere risposta.</translation>
    </message>
    <message>
        <source>--secret-header needs a header name, such as X-Webhook-Secret. %1</source>
        <translation>--secret-header richiede un nome di intestazione, ad esempio X-Webhook-Secret. %1</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer requests as the response rules in &lt;file&gt; say (JSON, see docs/response-rules.md); the others get the usual 200.</source>
        <translation>Con --serve-receiver: rispondere alle richieste come dicono le regole di risposta in &lt;file&gt; (JSON, vedere docs/response-rules.md); le altre ricevono il solito 200.</translation>
    </message>
    <message>
        <source>With --serve-receiver: send each stored request on to &lt;url&gt; (the app you are building, e.g. http://localhost:3000/webhooks) and answer with its answer; 502 when it does not answer, 504 when it is too slow.</source>
        <translation>Con --serve-receiver: inoltrare ogni richiesta memorizzata a &lt;url&gt; (l&apos;app che si sta sviluppando, ad es. http://localhost:3000/webhooks) e rispondere con la sua risposta; 502 se non risponde, 504 se è troppo lenta.</translation>
    </message>
    <message>
        <source>With --forward: how many seconds to wait for the app&apos;s answer (default 30).</source>
        <translation>Con --forward: quanti secondi attendere la risposta dell&apos;app (predefinito 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>--rules needs the name of a rules file.</source>
        <translation>--rules richiede il nome di un file di regole.</translation>
    </message>
    <message>
        <source>--forward: %1</source>
        <translation>--forward: %1</translation>
    </message>
    <message>
        <source>--forward-timeout needs a number of seconds from 1 to 600.</source>
        <translation>--forward-timeout richiede un numero di secondi da 1 a 600.</translation>
    </message>
    <message>
        <source>--rules and --forward are options of --serve-receiver (the window has them in the Live tab).</source>
        <translation>--rules e --forward sono opzioni di --serve-receiver (la finestra le ha nella scheda Dal vivo).</translation>
    </message>
    <message>
        <source>--forward-timeout is an option of --forward.</source>
        <translation>--forward-timeout è un&apos;opzione di --forward.</translation>
    </message>
    <message numerus="yes">
        <source>Rules:    %n response rule(s) from %1, the first that matches answers</source>
        <translation>
            <numerusform>Regole:   %n regola di risposta da %1, risponde la prima che corrisponde</numerusform>
            <numerusform>Regole:   %n regole di risposta da %1, risponde la prima che corrisponde</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward:  every other request is sent on to %1 and answered with its answer</source>
        <translation>Inoltro:  ogni altra richiesta è inoltrata a %1 e riceve la sua risposta</translation>
    </message>
    <message>
        <source>Write the account&apos;s webhooks to &lt;file&gt; (- for standard output) as a webhook file and exit, without a window. Header and parameter values are left out unless --with-secrets is given. Needs --api-url (the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>Scrive i webhook dell&apos;account in &lt;file&gt; (- per lo standard output) come file di webhook ed esce, senza finestra. I valori di header e parametri vengono omessi, a meno che non si indichi --with-secrets. Richiede --api-url (con la chiave API nella variabile d&apos;ambiente CHANNEX_API_KEY) o --sandbox.</translation>
    </message>
    <message>
        <source>With --export-webhooks: include header and parameter values (they often hold secrets).</source>
        <translation>Con --export-webhooks: include i valori di header e parametri (spesso contengono segreti).</translation>
    </message>
    <message>
        <source>Bring the account&apos;s webhooks in line with the webhook file &lt;file&gt; (- for standard input): print one line per webhook (create, update, unchanged, skipped), apply the changes and exit, without a window. Never deletes. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Allinea i webhook dell&apos;account al file di webhook &lt;file&gt; (- per lo standard input): stampa una riga per webhook (crea, aggiorna, invariato, saltato), applica le modifiche ed esce, senza finestra. Non elimina mai nulla. Richiede --api-url (con la chiave API in CHANNEX_API_KEY) o --sandbox.</translation>
    </message>
    <message>
        <source>With --import-webhooks: print what would change, and send nothing.</source>
        <translation>Con --import-webhooks: stampa cosa cambierebbe, senza inviare nulla.</translation>
    </message>
    <message>
        <source>Print one line per overlap in the account&apos;s webhooks (a global webhook that a property webhook takes events from, an event delivered twice to one URL, a mask that matches no event, plain http on production) and exit, without a window. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Stampa una riga per ogni sovrapposizione nei webhook dell&apos;account (un webhook globale a cui un webhook di struttura sottrae eventi, un evento consegnato due volte a un URL, una maschera che non corrisponde a nessun evento, http semplice in produzione) ed esce, senza finestra. Richiede --api-url (con la chiave API in CHANNEX_API_KEY) o --sandbox.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard output or input.</source>
        <translation>%1 richiede un nome di file, oppure - per lo standard output o input.</translation>
    </message>
    <message>
        <source>--with-secrets is an option of --export-webhooks.</source>
        <translation>--with-secrets è un&apos;opzione di --export-webhooks.</translation>
    </message>
    <message>
        <source>--dry-run is an option of --import-webhooks.</source>
        <translation>--dry-run è un&apos;opzione di --import-webhooks.</translation>
    </message>
    <message>
        <source>--receiver-port is an option of the window; it cannot be combined with --export-webhooks, --import-webhooks or --check-webhooks.</source>
        <translation>--receiver-port è un&apos;opzione della finestra; non può essere combinata con --export-webhooks, --import-webhooks o --check-webhooks.</translation>
    </message>
    <message>
        <source>--export-webhooks, --import-webhooks and --check-webhooks read an account: give --api-url (with the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>--export-webhooks, --import-webhooks e --check-webhooks leggono un account: indicare --api-url (con la chiave API nella variabile d&apos;ambiente CHANNEX_API_KEY) o --sandbox.</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>sandbox integrata (%1)</translation>
    </message>
    <message>
        <source>Could not start the built-in sandbox: %1</source>
        <translation>Impossibile avviare la sandbox integrata: %1</translation>
    </message>
    <message>
        <source>Set the API key of %1 in the CHANNEX_API_KEY environment variable; it is never taken from the command line.</source>
        <translation>Impostare la chiave API per %1 nella variabile d&apos;ambiente CHANNEX_API_KEY; non viene mai letta dalla riga di comando.</translation>
    </message>
    <message>
        <source>Could not read the webhooks of %1: %2</source>
        <translation>Impossibile leggere i webhook in %1: %2</translation>
    </message>
    <message>
        <source>Could not read the property names of %1, which webhook files match properties by: %2</source>
        <translation>Impossibile leggere i nomi delle strutture in %1, in base ai quali i file di webhook associano le strutture: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n webhook(s) of %1. Findings: %2.</source>
        <translation>
            <numerusform>Controllato %n webhook in %1. Problemi rilevati: %2.</numerusform>
            <numerusform>Controllati %n webhook in %1. Problemi rilevati: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) of %1 to %2.</source>
        <translation>
            <numerusform>Esportato %n webhook da %1; destinazione: %2.</numerusform>
            <numerusform>Esportati %n webhook da %1; destinazione: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
    <message>
        <source>Header and parameter values were left out (null); add --with-secrets to include them.</source>
        <translation>I valori di header e parametri sono stati omessi (null); aggiungere --with-secrets per includerli.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Channex asked to slow down (HTTP 429): waiting %1 s, then sending again…</source>
        <translation>Channex chiede di rallentare (HTTP 429): attesa di %1 s, poi nuovo invio…</translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation>Lo standard input</translation>
    </message>
    <message>
        <source>the standard input</source>
        <translation>lo standard input</translation>
    </message>
    <message>
        <source>Importing %1 into %2.</source>
        <translation>Si importa %1 in %2.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Prova: non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>refused %1 — %2</source>
        <translation>rifiutato %1 — %2</translation>
    </message>
    <message>
        <source>Applied %1 of %2 changes.</source>
        <translation>Applicate %1 modifiche su %2.</translation>
    </message>
    <message>
        <source>With --serve-sandbox: multiply Channex&apos;s waits between delivery attempts (1 min to 10 h) by &lt;factor&gt;, from 1 (Channex&apos;s timing, the default) down to 0.001 (a minute becomes 60 ms) or less.</source>
        <translation>Con --serve-sandbox: moltiplica per &lt;fattore&gt; le attese di Channex tra i tentativi di consegna (da 1 min a 10 h), da 1 (i tempi di Channex, il valore predefinito) fino a 0.001 (un minuto diventa 60 ms) o meno.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>fattore</translation>
    </message>
    <message>
        <source>Send the documented sample of &lt;event&gt; (one of the 28 Channex events) to the URL given with --to, print the answer and exit: 0 when it answered 2xx, 1 when it answered otherwise or could not be reached.</source>
        <translation>Invia l&apos;esempio documentato di &lt;evento&gt; (uno dei 28 eventi Channex) all&apos;URL indicato con --to, stampa la risposta ed esce: 0 se ha risposto 2xx, 1 se ha risposto altro o non era raggiungibile.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>With --fire: the callback URL to send to (http or https).</source>
        <translation>Con --fire: l&apos;URL di callback a cui inviare (http o https).</translation>
    </message>
    <message>
        <source>With --fire: the property the event is about (a uuid; default: the sandbox&apos;s first demo hotel).</source>
        <translation>Con --fire: la struttura a cui si riferisce l&apos;evento (un UUID; predefinita: il primo hotel dimostrativo della sandbox).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--fire: &quot;%1&quot; is not one of the %2 Channex events: %3.</source>
        <translation>--fire: &quot;%1&quot; non è uno dei %2 eventi Channex: %3.</translation>
    </message>
    <message>
        <source>--fire needs --to with the URL to send to.</source>
        <translation>--fire richiede --to con l&apos;URL a cui inviare.</translation>
    </message>
    <message>
        <source>--to needs an http:// or https:// URL with a host, such as http://127.0.0.1:8080/channex.</source>
        <translation>--to richiede un URL http:// o https:// con un host, ad esempio http://127.0.0.1:8080/channex.</translation>
    </message>
    <message>
        <source>--property needs a property id, a uuid such as %1.</source>
        <translation>--property richiede un id di struttura, un UUID come %1.</translation>
    </message>
    <message>
        <source>--retry-scale needs a number greater than 0 and at most 1, such as 0.001 (a minute becomes 60 ms).</source>
        <translation>--retry-scale richiede un numero maggiore di 0 e al massimo 1, ad esempio 0.001 (un minuto diventa 60 ms).</translation>
    </message>
    <message>
        <source>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks and --fire each run on their own; choose one.</source>
        <translation>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks e --fire vengono eseguite ciascuna da sola; sceglierne una.</translation>
    </message>
    <message>
        <source>--retry-scale is an option of --serve-sandbox.</source>
        <translation>--retry-scale è un&apos;opzione di --serve-sandbox.</translation>
    </message>
    <message>
        <source>--to and --property are options of --fire.</source>
        <translation>--to e --property sono opzioni di --fire.</translation>
    </message>
    <message>
        <source>--sandbox, --api-url and --receiver-port are options of the window; they cannot be combined with --serve-sandbox, --serve-receiver, --export-captures or --fire.</source>
        <translation>--sandbox, --api-url e --receiver-port sono opzioni della finestra; non si possono combinare con --serve-sandbox, --serve-receiver, --export-captures o --fire.</translation>
    </message>
    <message>
        <source>--fire sends one request and keeps nothing; it takes --to and --property only.</source>
        <translation>--fire invia una richiesta e non conserva nulla; accetta solo --to e --property.</translation>
    </message>
    <message>
        <source>Could not deliver %1 to %2: %3.</source>
        <translation>Impossibile consegnare %1 a %2: %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 to %3, not a 2xx.</source>
        <translation>%1 ha risposto %2 a %3, non un 2xx.</translation>
    </message>
    <message>
        <source>Control:     %1/sandbox/v1 (fire events, read the delivery log; docs/sandbox.md)</source>
        <translation>Controllo:   %1/sandbox/v1 (attivare eventi, leggere il registro delle consegne; docs/sandbox.md)</translation>
    </message>
    <message>
        <source>Retries:     after 1 min, 2 min, 4 min … 10 h, as Channex</source>
        <translation>Nuovi tentativi: dopo 1 min, 2 min, 4 min … 10 h, come Channex</translation>
    </message>
    <message>
        <source>Retries:     Channex&apos;s waits × %1 (a minute is %2 ms)</source>
        <translation>Nuovi tentativi: attese di Channex × %1 (un minuto sono %2 ms)</translation>
    </message>
    <message>
        <source>Keep captures in the PostgreSQL database at &lt;url&gt; (postgresql://user@host:5432/database, libpq options such as sslmode as query parameters), shared with every console and receiver that uses it, instead of the data folder. The password comes from the PGPASSWORD environment variable or ~/.pgpass, never from the URL. For the window, --serve-receiver and --export-captures.</source>
        <translation>Conserva le acquisizioni nel database PostgreSQL all&apos;indirizzo &lt;url&gt; (postgresql://user@host:5432/database, con opzioni libpq, come sslmode, nei parametri di query), condiviso con tutte le console e i ricevitori che lo usano, anziché nella cartella dei dati. La password viene letta dalla variabile d&apos;ambiente PGPASSWORD o da ~/.pgpass, mai dall&apos;URL. Per la finestra, --serve-receiver e --export-captures.</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store: %1</translation>
    </message>
    <message>
        <source>--store is an option of the window, --serve-receiver and --export-captures.</source>
        <translation>--store è un&apos;opzione della finestra, di --serve-receiver e di --export-captures.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Manage Connections</source>
        <translation>Gestisci connessioni</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connessioni salvate</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Aggiungi connessione</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Rimuovi connessione</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nome della connessione</translation>
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
        <translation>&amp;Indirizzo server:</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>Indirizzo del server personalizzato</translation>
    </message>
    <message>
        <source>https://channex.example.com</source>
        <translation>https://channex.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key dal profilo Channex</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova connessione</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
</context>
<context>
    <name>Delivery::DeliveryCall</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 non è un indirizzo http:// o https://</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>nessuna risposta entro %1 s</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>il certificato TLS di %1 è stato rifiutato: %2</translation>
    </message>
    <message>
        <source>the connection to %1 port %2 was refused: nothing listens there</source>
        <translation>la connessione a %1 porta %2 è stata rifiutata: nulla è in ascolto lì</translation>
    </message>
    <message>
        <source>the host %1 was not found (DNS)</source>
        <translation>l&apos;host %1 non è stato trovato (DNS)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>l&apos;handshake TLS con %1 non è riuscito: %2</translation>
    </message>
</context>
<context>
    <name>Delivery::ResponseParser</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la risposta supera %1 MB</translation>
    </message>
    <message>
        <source>the answer is not HTTP/1.1 (%1)</source>
        <translation>la risposta non è HTTP/1.1 (%1)</translation>
    </message>
    <message>
        <source>no answer came: the connection closed without one</source>
        <translation>nessuna risposta: la connessione si è chiusa senza risposta</translation>
    </message>
    <message>
        <source>the answer was cut off: the connection closed before its end</source>
        <translation>la risposta è stata troncata: la connessione si è chiusa prima della fine</translation>
    </message>
</context>
<context>
    <name>DuplicateWebhookDialog</name>
    <message>
        <source>Duplicate Webhook</source>
        <translation>Duplica webhook</translation>
    </message>
    <message>
        <source>Find a property by name</source>
        <translation>Cerca una struttura per nome</translation>
    </message>
    <message>
        <source>Find property</source>
        <translation>Cerca struttura</translation>
    </message>
    <message>
        <source>Properties to copy to</source>
        <translation>Strutture in cui copiare</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleziona &amp;tutte</translation>
    </message>
    <message>
        <source>Select all properties</source>
        <translation>Seleziona tutte le strutture</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Seleziona &amp;nessuna</translation>
    </message>
    <message>
        <source>Select no property</source>
        <translation>Deseleziona tutte le strutture</translation>
    </message>
</context>
<context>
    <name>ExportCapturesDialog</name>
    <message>
        <source>Export Captures</source>
        <translation>Esporta acquisizioni</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl): every field and body, one capture per line</source>
        <translation>JSON Lines (.jsonl): tutti i campi e i corpi, un&apos;acquisizione per riga</translation>
    </message>
    <message>
        <source>HAR 1.2 (.har): for browser tools and HTTP debuggers</source>
        <translation>HAR 1.2 (.har): per gli strumenti del browser e i debugger HTTP</translation>
    </message>
    <message>
        <source>CSV (.csv): one row per capture, without bodies, for spreadsheets</source>
        <translation>CSV (.csv): una riga per acquisizione, senza corpi, per i fogli di calcolo</translation>
    </message>
    <message>
        <source>Captures:</source>
        <translation>Acquisizioni:</translation>
    </message>
    <message>
        <source>Selected captures</source>
        <translation>Acquisizioni selezionate</translation>
    </message>
    <message>
        <source>Captures matching the filter</source>
        <translation>Acquisizioni corrispondenti al filtro</translation>
    </message>
    <message>
        <source>All stored captures</source>
        <translation>Tutte le acquisizioni memorizzate</translation>
    </message>
    <message>
        <source>Redact secrets and guest personal data</source>
        <translation>Oscura segreti e dati personali degli ospiti</translation>
    </message>
    <message>
        <source>&amp;Redact secrets and guest personal data</source>
        <translation>&amp;Oscura segreti e dati personali degli ospiti</translation>
    </message>
    <message>
        <source>Replaces secret headers and query values, and the guest&apos;s name, contact details, card data, notes and messages in JSON bodies with [redacted]. Bodies that are not JSON are exported as they are.</source>
        <translation>Sostituisce con [redacted] gli header e i valori di query segreti, oltre a nome, recapiti, dati della carta, note e messaggi dell&apos;ospite nei corpi JSON. I corpi che non sono JSON vengono esportati così come sono.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
</context>
<context>
    <name>Gui::AboutDialog</name>
    <message>
        <source>About Webhook Console</source>
        <translation>Informazioni su Webhook Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the webhooks of a Channex account, test them, and watch their deliveries.</source>
        <translation>Gestione dei webhook di un account Channex, con prove e monitoraggio degli invii.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2) · %3</source>
        <translation>Qt %1 (compilato con Qt %2) · %3</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>&amp;Copia informazioni sulla versione</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Copia informazioni sulla versione</translation>
    </message>
    <message>
        <source>Put the versions on the clipboard, for a support request</source>
        <translation>Copia le versioni negli appunti, per una richiesta di assistenza</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&lt;p&gt;Webhook Console is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Components and their licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL version 3, except Qt Charts (the live panel&apos;s chart), which is GNU GPL version 3. Installers ship Qt&apos;s libraries unmodified as separate files; you may replace them with your own build.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — MIT licence.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD 3-clause licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Each component&apos;s licence text is on its site, linked above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Webhook Console è software libero: è possibile ridistribuirlo e modificarlo secondo i termini della &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, versione 3 o (a scelta) qualsiasi versione successiva (GPL-3.0-or-later). Viene fornito senza alcuna garanzia.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Componenti e relative licenze&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL versione 3, tranne Qt Charts (il grafico del pannello live), che è GNU GPL versione 3. I programmi di installazione includono le librerie di Qt non modificate, come file separati; è possibile sostituirle con una propria build.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — licenza MIT.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — licenza BSD a 3 clausole (BSD 3-Clause).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Il testo della licenza di ciascun componente si trova sul relativo sito, indicato sopra.&lt;/p&gt;</translation>
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
        <translation>Non ancora risposto: in attesa della risposta della vostra app</translation>
    </message>
    <message>
        <source>No answer was sent: the connection closed first</source>
        <translation>Nessuna risposta inviata: la connessione si è chiusa prima</translation>
    </message>
    <message>
        <source>%1, as the response rule “%2” says</source>
        <translation>%1, come dice la regola di risposta «%2»</translation>
    </message>
    <message>
        <source>%1, the answer of your app</source>
        <translation>%1, la risposta della vostra app</translation>
    </message>
    <message>
        <source>%1: your app did not answer</source>
        <translation>%1: la vostra app non ha risposto</translation>
    </message>
    <message>
        <source>Sent on to %1; its answer has not arrived.</source>
        <translation>Inoltrata a %1; la sua risposta non è ancora arrivata.</translation>
    </message>
    <message>
        <source>Sent on to %1, which answered %2 in %3.</source>
        <translation>Inoltrata a %1, che ha risposto %2 in %3.</translation>
    </message>
    <message>
        <source>Sent on to %1, which did not answer: %2 (after %3).</source>
        <translation>Inoltrata a %1, che non ha risposto: %2 (dopo %3).</translation>
    </message>
</context>
<context>
    <name>Gui::AnswersDialog</name>
    <message>
        <source>Import Response Rules</source>
        <translation>Importa regole di risposta</translation>
    </message>
    <message>
        <source>Rules files (*.json)</source>
        <translation>File di regole (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) read from %1; Save applies them.</source>
        <translation>
            <numerusform>%n regola letta da %1; Salva la applica.</numerusform>
            <numerusform>%n regole lette da %1; Salva le applica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Response Rules</source>
        <translation>Esporta regole di risposta</translation>
    </message>
    <message>
        <source>Saved to %1; --serve-receiver --rules reads it.</source>
        <translation>Salvato in %1; --serve-receiver --rules lo legge.</translation>
    </message>
    <message>
        <source>Rule %1 cannot be used yet; its problem is shown below.</source>
        <translation>La regola %1 non è ancora utilizzabile; il suo problema è indicato sotto.</translation>
    </message>
    <message>
        <source>Enter the address of your app, or switch forwarding off.</source>
        <translation>Inserire l&apos;indirizzo della vostra app, o disattivare l&apos;inoltro.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building. Response rules are tried in order and the first that matches answers; the other requests are forwarded to your app when forwarding is on, and answered 200 otherwise. Every request is stored first.</source>
        <translation>Rispondere come l&apos;endpoint che si sta sviluppando. Le regole di risposta sono provate in ordine e risponde la prima che corrisponde; le altre richieste sono inoltrate alla vostra app quando l&apos;inoltro è attivo, altrimenti ricevono 200. Ogni richiesta viene prima memorizzata.</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>Regole di risposta</translation>
    </message>
    <message>
        <source>Add a response rule</source>
        <translation>Aggiungi una regola di risposta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;imuovi</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Rimuovi la regola selezionata</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Provare prima la regola selezionata</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Provare dopo la regola selezionata</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Import response rules from a file</source>
        <translation>Importa regole di risposta da un file</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>Export the response rules to a file</source>
        <translation>Esporta le regole di risposta in un file</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Inoltro</translation>
    </message>
    <message>
        <source>Forward requests to your app</source>
        <translation>Inoltra le richieste alla vostra app</translation>
    </message>
    <message>
        <source>Address of your app</source>
        <translation>Indirizzo della vostra app</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>Atte&amp;ndi:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to wait for your app&apos;s answer</source>
        <translation>Secondi di attesa della risposta della vostra app</translation>
    </message>
    <message>
        <source>When your app has not answered by then, the sender gets 504; when it cannot be reached, 502.</source>
        <translation>Se la vostra app non ha risposto entro allora, il mittente riceve 504; se non è raggiungibile, 502.</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Salva le risposte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Add Ru&amp;le</source>
        <translation>Aggiungi rego&amp;la</translation>
    </message>
    <message>
        <source>Forward the other requests &amp;to</source>
        <translation>Inoltra le altre richieste &amp;a</translation>
    </message>
</context>
<context>
    <name>Gui::AriFilterEditor</name>
    <message>
        <source>Restriction %1</source>
        <translation>Restrizione %1</translation>
    </message>
    <message>
        <source>Room type IDs</source>
        <translation>ID tipologie di camera</translation>
    </message>
    <message>
        <source>Choose room types</source>
        <translation>Scegli tipologie di camera</translation>
    </message>
    <message>
        <source>Rate plan IDs</source>
        <translation>ID piani tariffari</translation>
    </message>
    <message>
        <source>Choose rate plans</source>
        <translation>Scegli piani tariffari</translation>
    </message>
    <message>
        <source>Any, or IDs separated by commas</source>
        <translation>Tutti, oppure ID separati da virgole</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Restrizioni:</translation>
    </message>
    <message>
        <source>None checked: changes of any restriction.</source>
        <translation>Nessuna selezionata: modifiche di qualsiasi restrizione.</translation>
    </message>
    <message>
        <source>R&amp;oom types:</source>
        <translation>Tip&amp;ologie di camera:</translation>
    </message>
    <message>
        <source>Rate p&amp;lans:</source>
        <translation>Pia&amp;ni tariffari:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Scegli</translation>
    </message>
    <message>
        <source>%1 (unknown ID)</source>
        <translation>%1 (ID sconosciuto)</translation>
    </message>
</context>
<context>
    <name>Gui::BodyTab</name>
    <message>
        <source>Request body</source>
        <translation>Corpo della richiesta</translation>
    </message>
    <message>
        <source>Show raw bytes</source>
        <translation>Mostra byte grezzi</translation>
    </message>
    <message>
        <source>Show the raw bytes</source>
        <translation>Mostra i byte grezzi</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Formattazione…</translation>
    </message>
    <message>
        <source>The request had no body.</source>
        <translation>La richiesta non aveva un corpo.</translation>
    </message>
    <message>
        <source>JSON, indented; keys and values as received.</source>
        <translation>JSON indentato; chiavi e valori come ricevuti.</translation>
    </message>
    <message>
        <source>JSON, indented. Colours are off for bodies over 1 MB, to keep the window responsive.</source>
        <translation>JSON indentato. I colori sono disattivati per i corpi oltre 1 MB, per mantenere reattiva la finestra.</translation>
    </message>
    <message>
        <source>Not JSON: the text as received.</source>
        <translation>Non JSON: il testo così come è stato ricevuto.</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text (or holds control characters): the Raw tab shows its bytes in hex.</source>
        <translation>Il corpo non è testo UTF-8 (o contiene caratteri di controllo): la scheda Dati grezzi ne mostra i byte in esadecimale.</translation>
    </message>
</context>
<context>
    <name>Gui::BulkJobProgress</name>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Continua</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureActions</name>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fissa</translation>
    </message>
    <message>
        <source>Keep the selected captures through Clear and retention (%1)</source>
        <translation>Conserva le acquisizioni selezionate anche con Cancella tutte e con i limiti di conservazione (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Delete the selected captures (%1)</source>
        <translation>Elimina le acquisizioni selezionate (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear All…</source>
        <translation>Cance&amp;lla tutte…</translation>
    </message>
    <message>
        <source>Delete every capture except the pinned ones (%1)</source>
        <translation>Elimina tutte le acquisizioni tranne quelle fissate (%1)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copia come c&amp;URL</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again (%1)</source>
        <translation>Copia un comando curl che invia di nuovo questa richiesta (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Esp&amp;orta…</translation>
    </message>
    <message>
        <source>Save the selected or all captures as JSON Lines, HAR or CSV (%1)</source>
        <translation>Salva le acquisizioni selezionate, o tutte, come JSON Lines, HAR o CSV (%1)</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Reinvia…</translation>
    </message>
    <message>
        <source>Send this request again to any URL, with edits (%1)</source>
        <translation>Invia di nuovo questa richiesta a un URL qualsiasi, con modifiche (%1)</translation>
    </message>
    <message>
        <source>Delete Captures</source>
        <translation>Elimina acquisizioni</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n capture(s)?</source>
        <translation>
            <numerusform>Eliminare %n acquisizione?</numerusform>
            <numerusform>Eliminare %n acquisizioni?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed from the capture database. This cannot be undone.</source>
        <translation>Vengono rimosse dal database delle acquisizioni. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Clear Captures</source>
        <translation>Cancella acquisizioni</translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned?</source>
        <translation>Eliminare tutte le acquisizioni non fissate?</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>Le acquisizioni fissate vengono conservate. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <source>That capture is no longer stored.</source>
        <translation>Quell&apos;acquisizione non è più memorizzata.</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) exported to %1.</source>
        <translation>
            <numerusform>%n acquisizione esportata in %1.</numerusform>
            <numerusform>%n acquisizioni esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned from the shared capture history, for everyone who uses it?</source>
        <translation>Eliminare dalla cronologia condivisa tutte le acquisizioni non fissate, per chiunque la usi?</translation>
    </message>
    <message>
        <source>The history is shared through %1: the captures disappear from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>La cronologia è condivisa tramite %1: le acquisizioni scompaiono anche dalle console dei colleghi. Le acquisizioni fissate vengono conservate. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Copied a curl command that sends the %1 of %2 again.</source>
        <translation>Copiato un comando curl che invia di nuovo il %1 delle %2.</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureDetailView</name>
    <message>
        <source>Select a capture to see it.</source>
        <translation>Selezionare un&apos;acquisizione per visualizzarla.</translation>
    </message>
    <message>
        <source>Capture details</source>
        <translation>Dettagli dell&apos;acquisizione</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Albero</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Dati grezzi</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureFilterBar</name>
    <message>
        <source>Any method</source>
        <translation>Qualsiasi metodo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx riuscite</translation>
    </message>
    <message>
        <source>4xx refused</source>
        <translation>4xx rifiutate</translation>
    </message>
    <message>
        <source>5xx failed</source>
        <translation>5xx non riuscite</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtro eventi</translation>
    </message>
    <message>
        <source>Show captures of one Channex event (the number is how many are stored)</source>
        <translation>Mostra le acquisizioni di un evento Channex (il numero indica quante ne sono memorizzate)</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Filtro metodo</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro stato</translation>
    </message>
    <message>
        <source>Show captures by the status the receiver answered</source>
        <translation>Mostra le acquisizioni in base allo stato con cui ha risposto il ricevitore</translation>
    </message>
    <message>
        <source>Search body, header names and values</source>
        <translation>Cerca nel corpo, nei nomi e nei valori degli header</translation>
    </message>
    <message>
        <source>Search captures</source>
        <translation>Cerca acquisizioni</translation>
    </message>
    <message>
        <source>Text in the body, a header name or a header value (any case). Esc clears it.</source>
        <translation>Testo nel corpo, in un nome o in un valore di header (senza distinzione tra maiuscole e minuscole). Esc lo cancella.</translation>
    </message>
    <message>
        <source>&amp;Pinned</source>
        <translation>Fissat&amp;e</translation>
    </message>
    <message>
        <source>Pinned only</source>
        <translation>Solo fissate</translation>
    </message>
    <message>
        <source>Show only pinned captures</source>
        <translation>Mostra solo le acquisizioni fissate</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Solo segnalate</translation>
    </message>
    <message>
        <source>Show only duplicates, out-of-order deliveries, rejected requests and secret mismatches</source>
        <translation>Mostra solo duplicati, consegne fuori ordine, richieste rifiutate e segreti non corrispondenti</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
    <message>
        <source>All events (%1)</source>
        <translation>Tutti gli eventi (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not a Channex payload (%1)</source>
        <translation>Payload non Channex (%1)</translation>
    </message>
    <message>
        <source>Marke&amp;d</source>
        <translation>Seg&amp;nalate</translation>
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
        <translation>rifiutata dal ricevitore</translation>
    </message>
    <message>
        <source>secret header missing or wrong (answered 401)</source>
        <translation>header segreto mancante o errato (risposta 401)</translation>
    </message>
    <message>
        <source>duplicate: the same body arrived before for this event and property</source>
        <translation>duplicata: lo stesso corpo è già arrivato per questo evento e questa struttura</translation>
    </message>
    <message>
        <source>pinned: kept by Clear and retention</source>
        <translation>fissata: conservata da Cancella tutte e dai limiti di conservazione</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (fissata)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>segreto</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicata</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>fuori ordine</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiusa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Struttura</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>out of order: its timestamp is earlier than one already received about the same booking, ARI record or message thread</source>
        <translation>fuori ordine: il suo timestamp è precedente a uno già ricevuto sulla stessa prenotazione, record ARI o conversazione</translation>
    </message>
    <message>
        <source>answered by a response rule</source>
        <translation>risposta da una regola di risposta</translation>
    </message>
    <message>
        <source>forwarded to your app, which gave the answer</source>
        <translation>inoltrata alla vostra app, che ha dato la risposta</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regola</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>inoltrata</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsAction</name>
    <message>
        <source>Co&amp;mpare Connections…</source>
        <translation>&amp;Confronta connessioni…</translation>
    </message>
    <message>
        <source>Two connections side by side, such as staging and production: which webhooks only one has, which differ and how, and copying them across</source>
        <translation>Due connessioni affiancate, come staging e produzione: quali webhook ha solo una, quali differiscono e come, e la copia dall&apos;una all&apos;altra</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsDialog</name>
    <message>
        <source>Compare Connections</source>
        <translation>Confronta connessioni</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Tutti i webhook</translation>
    </message>
    <message>
        <source>Every difference</source>
        <translation>Tutte le differenze</translation>
    </message>
    <message>
        <source>Only on the left</source>
        <translation>Solo a sinistra</translation>
    </message>
    <message>
        <source>Only on the right</source>
        <translation>Solo a destra</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Diversi</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uguali</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Property, URL or field</source>
        <translation>Struttura, URL o campo</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>Reload both connections</source>
        <translation>Ricarica entrambe le connessioni</translation>
    </message>
    <message>
        <source>Read both accounts again (F5)</source>
        <translation>Rilegge entrambi gli account (F5)</translation>
    </message>
    <message>
        <source>Copy header and parameter &amp;values</source>
        <translation>Copia i &amp;valori di header e parametri</translation>
    </message>
    <message>
        <source>Copy header and parameter values</source>
        <translation>Copia i valori di header e parametri</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them, the target keeps its own values under the same names and new ones are left empty.</source>
        <translation>Spesso contengono segreti, come un header con un segreto condiviso. Senza di essi, la connessione di destinazione mantiene i propri valori con gli stessi nomi e quelli nuovi restano vuoti.</translation>
    </message>
    <message>
        <source>← Cop&amp;y to Left</source>
        <translation>← &amp;Copia a sinistra</translation>
    </message>
    <message>
        <source>Copy to left</source>
        <translation>Copia a sinistra</translation>
    </message>
    <message>
        <source>&amp;Copy to Right →</source>
        <translation>Co&amp;pia a destra →</translation>
    </message>
    <message>
        <source>Copy to right</source>
        <translation>Copia a destra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Both sides show the same connection: choose another on one side (Manage connections… in the main window adds one).</source>
        <translation>Entrambi i lati mostrano la stessa connessione: sceglierne un&apos;altra su un lato (Gestisci connessioni… nella finestra principale permette di aggiungerne una).</translation>
    </message>
    <message>
        <source>%1 only on the left, %2 only on the right, %3 different, %4 the same.</source>
        <translation>Solo a sinistra: %1, solo a destra: %2, diversi: %3, uguali: %4.</translation>
    </message>
    <message>
        <source>The comparison shows once both connections are loaded.</source>
        <translation>Il confronto compare non appena entrambe le connessioni sono caricate.</translation>
    </message>
    <message>
        <source>Copy the selected webhooks of %1 to %2, after a preview</source>
        <translation>Copia i webhook selezionati di %1 in %2, dopo un&apos;anteprima</translation>
    </message>
</context>
<context>
    <name>Gui::CompareSide</name>
    <message>
        <source>The property names could not be read, and the comparison matches properties by name: %1</source>
        <translation>Non è stato possibile leggere i nomi delle strutture, e il confronto associa le strutture in base al nome: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonDetail</name>
    <message>
        <source>The selected webhook on both sides</source>
        <translation>Il webhook selezionato su entrambi i lati</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Sinistra: %1</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Destra: %1</translation>
    </message>
    <message>
        <source>(not on this side)</source>
        <translation>(assente su questo lato)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>none (an empty object)</source>
        <translation>nessuno (un oggetto vuoto)</translation>
    </message>
    <message>
        <source>%1 (value differs)</source>
        <translation>%1 (valore diverso)</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Globale</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID webhook</translation>
    </message>
    <message>
        <source>%1, differs</source>
        <translation>%1, differisce</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonTree</name>
    <message>
        <source>Event mask</source>
        <translation>Maschera eventi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Invio dati</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Parametri della richiesta</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL di callback</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>Only on the left, in %1: %2</source>
        <translation>Solo a sinistra, in %1: %2</translation>
    </message>
    <message>
        <source>Only on the right, in %1: %2</source>
        <translation>Solo a destra, in %1: %2</translation>
    </message>
    <message>
        <source>Different: %1</source>
        <translation>Diversi: %1</translation>
    </message>
    <message>
        <source>Same: %1</source>
        <translation>Uguali: %1</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Globale</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionBar</name>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Gestisci connessioni…</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;hiave API:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Salva chiave</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connessione:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>The connection in use; picking another switches to it</source>
        <translation>La connessione in uso; sceglierne un&apos;altra per passare a quella</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Gestisci connessioni</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key dal profilo Channex</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Salva chiave API</translation>
    </message>
    <message>
        <source>Save the key in the keychain and connect</source>
        <translation>Salva la chiave nel portachiavi e si connette</translation>
    </message>
    <message>
        <source>Enter the API key of %1 first.</source>
        <translation>Inserire prima la chiave API di %1.</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>Chiave API non salvata</translation>
    </message>
    <message>
        <source>%1 The key of %2 is used until you quit.</source>
        <translation>%1 La chiave di %2 viene usata fino alla chiusura del programma.</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionsDialog</name>
    <message>
        <source>Save connection</source>
        <translation>Salva connessione</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no settings; add a connection for a Channex account.</source>
        <translation>La sandbox integrata non richiede impostazioni; aggiungere una connessione per un account Channex.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Salvare le modifiche a %1?</translation>
    </message>
    <message>
        <source>%1 The key is used until you quit.</source>
        <translation>%1 La chiave viene usata fino alla chiusura del programma.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nuova connessione</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Rimuovi connessione</translation>
    </message>
    <message>
        <source>Remove the connection %1 and its saved API key?</source>
        <translation>Rimuovere la connessione %1 e la relativa chiave API salvata?</translation>
    </message>
    <message>
        <source>The webhooks on the server are not affected.</source>
        <translation>I webhook sul server non vengono modificati.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prova in corso…</translation>
    </message>
    <message>
        <source>Paste the API key (user-api-key) from your Channex profile, then Test connection and Save.</source>
        <translation>Incollare la chiave API (user-api-key) dal proprio profilo Channex, quindi provare la connessione e salvare.</translation>
    </message>
    <message>
        <source>This key comes from the CHANNEX_API_KEY environment variable, for this run only; it is not saved.</source>
        <translation>Questa chiave viene dalla variabile d&apos;ambiente CHANNEX_API_KEY, solo per questa esecuzione; non viene salvata.</translation>
    </message>
</context>
<context>
    <name>Gui::CopyAcross</name>
    <message>
        <source>Copied to %1: %2 created, %3 updated.</source>
        <translation>Copia in %1: creati %2, aggiornati %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook saltato, come indicato nell&apos;anteprima.</numerusform>
            <numerusform>%n webhook saltati, come indicato nell&apos;anteprima.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Copia in corso verso %1…</translation>
    </message>
    <message>
        <source>Some webhooks were not copied</source>
        <translation>Alcuni webhook non sono stati copiati</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>Confronta connessioni</translation>
    </message>
    <message numerus="yes">
        <source>A copy to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Una copia di %n webhook è ancora in corso: %1 completati.</numerusform>
            <numerusform>Una copia di %n webhook è ancora in corso: %1 completati.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you close now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Chiudendo ora, i webhook non ancora raggiunti restano come sono. Ciò che Channex ha già modificato viene mantenuto.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>&amp;Interrompi e chiudi</translation>
    </message>
</context>
<context>
    <name>Gui::CopyPreviewDialog</name>
    <message>
        <source>Copy to %1</source>
        <translation>Copia in %1</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n webhook(s) from %1 to %2 does this:</source>
        <translation>
            <numerusform>La copia di %n webhook da %1 a %2 fa quanto segue:</numerusform>
            <numerusform>La copia di %n webhook da %1 a %2 fa quanto segue:</numerusform>
        </translation>
    </message>
    <message>
        <source>Header and parameter values are copied as %1 has them.</source>
        <translation>I valori di header e parametri vengono copiati così come li ha %1.</translation>
    </message>
    <message>
        <source>Header and parameter values are not copied: %1 keeps the values it has under the same names, and new ones are left empty.</source>
        <translation>I valori di header e parametri non vengono copiati: %1 mantiene i valori che ha già con gli stessi nomi, e quelli nuovi restano vuoti.</translation>
    </message>
    <message>
        <source>What the copy does</source>
        <translation>Cosa fa la copia</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks of %1 that are not copied stay as they are. Copy sends the changes to %1 now.</source>
        <translation>Non viene eliminato nulla: i webhook di %1 che non vengono copiati restano invariati. Copia invia ora le modifiche a %1.</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these webhooks like this, or they cannot be copied.</source>
        <translation>Nulla da modificare: %1 ha già questi webhook così, oppure non possono essere copiati.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveriesPanel</name>
    <message>
        <source>Attempt %1 of delivery %2, to webhook %3</source>
        <translation>Tentativo %1 della consegna %2, al webhook %3</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Inviato:</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>In attesa della risposta…</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <translation>Nessuna risposta dopo %1 ms: %2</translation>
    </message>
    <message>
        <source>Answered after %1 ms:</source>
        <translation>Risposta dopo %1 ms:</translation>
    </message>
    <message numerus="yes">
        <source>(cut off after %n KiB)</source>
        <translation>
            <numerusform>(troncato dopo %n KiB)</numerusform>
            <numerusform>(troncato dopo %n KiB)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clea&amp;r Delivery Log</source>
        <translation>S&amp;vuota il registro delle consegne</translation>
    </message>
    <message>
        <source>Forget every attempt and stop the deliveries still waiting for a retry</source>
        <translation>Dimenticare tutti i tentativi e fermare le consegne ancora in attesa di un nuovo tentativo</translation>
    </message>
    <message>
        <source>Retry &amp;timing:</source>
        <translation>&amp;Tempi dei nuovi tentativi:</translation>
    </message>
    <message>
        <source>As Channex: 1 min, 2 min, 4 min … 10 h</source>
        <translation>Come Channex: 1 min, 2 min, 4 min … 10 h</translation>
    </message>
    <message>
        <source>Quicker: 1 s, 2 s, 4 s … 10 min</source>
        <translation>Più veloce: 1 s, 2 s, 4 s … 10 min</translation>
    </message>
    <message>
        <source>Quickest: 60 ms, 120 ms … 36 s</source>
        <translation>Il più veloce: 60 ms, 120 ms … 36 s</translation>
    </message>
    <message>
        <source>Retry waits</source>
        <translation>Attese tra i nuovi tentativi</translation>
    </message>
    <message>
        <source>How long the sandbox waits before trying a failed delivery again; applies to retries planned from now on</source>
        <translation>Quanto attende la sandbox prima di ritentare una consegna non riuscita; si applica ai nuovi tentativi pianificati da ora in poi</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Tentativi di consegna</translation>
    </message>
    <message>
        <source>Request and answer of the selected attempt</source>
        <translation>Richiesta e risposta del tentativo selezionato</translation>
    </message>
    <message>
        <source>Select an attempt to see what was sent and what came back.</source>
        <translation>Selezionare un tentativo per vedere cosa è stato inviato e cosa è tornato.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies): %1 delivered, %2 under way or waiting for a retry, %3 failed</source>
        <translation>
            <numerusform>%n consegna: %1 consegnate, %2 in corso o in attesa di un nuovo tentativo, %3 non riuscite</numerusform>
            <numerusform>%n consegne: %1 consegnate, %2 in corso o in attesa di un nuovo tentativo, %3 non riuscite</numerusform>
        </translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Ancora nessuna consegna</translation>
    </message>
    <message>
        <source>Fire an event with Webhook ▸ Fire Event…: every webhook that listens for it gets it, and each attempt shows here.</source>
        <translation>Attivare un evento con Webhook ▸ Attiva evento…: ogni webhook in ascolto lo riceve e ogni tentativo compare qui.</translation>
    </message>
    <message>
        <source>Clear the Delivery Log?</source>
        <translation>Svuotare il registro delle consegne?</translation>
    </message>
    <message>
        <source>Every attempt is forgotten, and deliveries waiting for a retry are not tried again.</source>
        <translation>Tutti i tentativi vengono dimenticati e le consegne in attesa di un nuovo tentativo non vengono più ritentate.</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryChart</name>
    <message numerus="yes">
        <source>Deliveries per minute, last %n minute(s)</source>
        <translation>
            <numerusform>Consegne al minuto, ultimo %n minuto</numerusform>
            <numerusform>Consegne al minuto, ultimi %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Channex payload</source>
        <translation>Payload non Channex</translation>
    </message>
    <message>
        <source>Stored captures</source>
        <translation>Acquisizioni memorizzate</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ancora nessuna</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryLogModel</name>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>%1 Last attempt: not tried again.</source>
        <translation>%1 Ultimo tentativo: non verrà ritentato.</translation>
    </message>
    <message>
        <source>%1 (final: not tried again)</source>
        <translation>%1 (definitivo: non verrà ritentato)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentativo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prossimo tentativo</translation>
    </message>
    <message>
        <source>%1 Next attempt at %2.</source>
        <comment>a status or an error sentence, then a time</comment>
        <translation>%1 Prossimo tentativo alle %2.</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryOrigin</name>
    <message>
        <source>Delivered by the built-in sandbox: %1, attempt %2 of at most %3 (delivery %4).</source>
        <translation>Consegnato dalla sandbox integrata: %1, tentativo %2 di massimo %3 (consegna %4).</translation>
    </message>
</context>
<context>
    <name>Gui::DuplicateWebhookDialog</name>
    <message>
        <source>Copy the webhook for &lt;b&gt;%1&lt;/b&gt; to these properties. Each copy gets the same events, headers, parameters and settings.</source>
        <translation>Copia il webhook diretto a &lt;b&gt;%1&lt;/b&gt; in queste strutture. Ogni copia riceve gli stessi eventi, header, parametri e impostazioni.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>ID struttura: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Duplicate to %n Propert(y/ies)</source>
        <translation>
            <numerusform>&amp;Duplica in %n struttura</numerusform>
            <numerusform>&amp;Duplica in %n strutture</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>The account has no other property to copy to.</source>
        <translation>L&apos;account non ha altre strutture in cui copiarlo.</translation>
    </message>
    <message>
        <source>Tick the properties that should get a copy.</source>
        <translation>Selezionare le strutture che devono ricevere una copia.</translation>
    </message>
    <message>
        <source>No property name contains “%1”; clear the search to see them all.</source>
        <translation>Nessun nome di struttura contiene “%1”; cancellare la ricerca per vederle tutte.</translation>
    </message>
</context>
<context>
    <name>Gui::EventMaskEditor</name>
    <message>
        <source>&amp;All events (*)</source>
        <translation>&amp;Tutti gli eventi (*)</translation>
    </message>
    <message>
        <source>ARI filter (nothing chosen: every ARI change)</source>
        <translation>Filtro ARI (nessuna scelta: ogni modifica ARI)</translation>
    </message>
    <message>
        <source>Event mask</source>
        <translation>Maschera eventi</translation>
    </message>
    <message>
        <source>* or event names separated by ;</source>
        <translation>* oppure nomi di eventi separati da ;</translation>
    </message>
    <message>
        <source>The mask exactly as it is sent to Channex. Typing here updates the checklist, and the checklist updates this text.</source>
        <translation>La maschera esattamente come viene inviata a Channex. Ciò che si digita qui aggiorna l&apos;elenco degli eventi, e l&apos;elenco aggiorna questo testo.</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Maschera:</translation>
    </message>
    <message>
        <source>Find event</source>
        <translation>Cerca evento</translation>
    </message>
    <message>
        <source>Find an event by name or description</source>
        <translation>Cerca un evento per nome o descrizione</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>“*”: every event, including events Channex adds later.</source>
        <translation>“*”: tutti gli eventi, compresi quelli che Channex aggiungerà in futuro.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non riconosciuti</translation>
    </message>
    <message>
        <source>%1 Written as “%2”, its 2025 name, and kept that way.</source>
        <translation>%1 Scritto come “%2”, il nome del 2025, e mantenuto così.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>Evento Channex non documentato: %1</translation>
    </message>
    <message>
        <source>Kept as written. Uncheck to remove it from the mask.</source>
        <translation>Mantenuto come scritto. Deselezionare per rimuoverlo dalla maschera.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ExportCapturesDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected (%n)</source>
        <translation>
            <numerusform>&amp;Selezionata (%n)</numerusform>
            <numerusform>&amp;Selezionate (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All &amp;matching the filter (%n)</source>
        <translation>
            <numerusform>&amp;Corrispondente al filtro (%n)</numerusform>
            <numerusform>&amp;Corrispondenti al filtro (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All stored (%n)</source>
        <translation>
            <numerusform>&amp;Tutte quelle memorizzate (%n)</numerusform>
            <numerusform>&amp;Tutte quelle memorizzate (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Scrittura di %1…</translation>
    </message>
    <message>
        <source>The capture store is not open, so there is nothing to export.</source>
        <translation>L&apos;archivio delle acquisizioni non è aperto, quindi non c&apos;è nulla da esportare.</translation>
    </message>
    <message>
        <source>No capture matches the filter: change the filter in the list or export all.</source>
        <translation>Nessuna acquisizione corrisponde al filtro: modificare il filtro nell&apos;elenco oppure esportarle tutte.</translation>
    </message>
    <message>
        <source>There are no captures to export yet.</source>
        <translation>Non ci sono ancora acquisizioni da esportare.</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>File HAR (*.har)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>File JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Captures</source>
        <translation>Esporta acquisizioni</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>Impossibile creare %1: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Impossibile salvare %1: %2.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; choose another folder or free some space and try again.</source>
        <translation>%1 Non è stato salvato nulla; scegliere un&apos;altra cartella o liberare spazio e riprovare.</translation>
    </message>
    <message>
        <source>All &amp;matching the filter (counting…)</source>
        <translation>&amp;Corrispondenti al filtro (conteggio…)</translation>
    </message>
    <message>
        <source>&amp;All stored (counting…)</source>
        <translation>&amp;Tutte quelle memorizzate (conteggio…)</translation>
    </message>
    <message>
        <source>Counting the captures…</source>
        <translation>Conteggio delle acquisizioni…</translation>
    </message>
</context>
<context>
    <name>Gui::FireEventDialog</name>
    <message>
        <source>(no payload: Channex documents none for this event)</source>
        <translation>(nessun payload: Channex non ne documenta alcuno per questo evento)</translation>
    </message>
    <message>
        <source>%1. %2 at %3</source>
        <translation>%1. %2 alle %3</translation>
    </message>
    <message>
        <source>Fire Event</source>
        <translation>Lancia evento</translation>
    </message>
    <message>
        <source>&amp;Fire:</source>
        <translation>&amp;Lancia:</translation>
    </message>
    <message>
        <source>What to fire</source>
        <translation>Cosa lanciare</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
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
        <translation>&amp;Payload (l&apos;esempio documentato, compilato per questo hotel):</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>No payload: Channex documents this event without data. Type JSON here to send one.</source>
        <translation>Nessun payload: Channex documenta questo evento senza dati. Digitare qui del JSON per inviarne uno.</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>E&amp;sempio</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <source>Put the documented sample back, with fresh ids</source>
        <translation>Ripristinare l&apos;esempio documentato, con id nuovi</translation>
    </message>
    <message>
        <source>&amp;Webhooks that receive it (as each one&apos;s send_data and ARI filter say):</source>
        <translation>&amp;Webhook che lo ricevono (secondo send_data e il filtro ARI di ciascuno):</translation>
    </message>
    <message>
        <source>F&amp;ire</source>
        <translation>L&amp;ancia</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Lancia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Open the built-in sandbox connection to fire events.</source>
        <translation>Aprire la connessione alla sandbox integrata per lanciare eventi.</translation>
    </message>
    <message>
        <source>Firing %1…</source>
        <translation>Lancio di %1…</translation>
    </message>
    <message>
        <source>Fired %1 of %2; %3 follows once its first attempts ended…</source>
        <translation>%1 di %2 lanciati; %3 segue al termine dei suoi primi tentativi…</translation>
    </message>
    <message numerus="yes">
        <source>Fired %1: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 lanciato: %n consegna avviata.</numerusform>
            <numerusform>%1 lanciato: %n consegne avviate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %1 events: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 eventi lanciati: %n consegna avviata.</numerusform>
            <numerusform>%1 eventi lanciati: %n consegne avviate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n global webhook(s) kept out by a hotel&apos;s own webhook.</source>
        <translation>
            <numerusform>%n webhook globale escluso dal webhook proprio di un hotel.</numerusform>
            <numerusform>%n webhook globali esclusi dal webhook proprio di un hotel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Deliveries tab shows every attempt.</source>
        <translation>La scheda «Consegne» mostra ogni tentativo.</translation>
    </message>
    <message>
        <source>The sandbox refused it: %1.</source>
        <translation>La sandbox lo ha rifiutato: %1.</translation>
    </message>
</context>
<context>
    <name>Gui::FollowLatest</name>
    <message>
        <source>&amp;Follow latest</source>
        <translation>&amp;Segui le più recenti</translation>
    </message>
    <message>
        <source>Keep the newest capture in view; scrolling up turns it off</source>
        <translation>Mantiene visibile l&apos;acquisizione più recente; scorrendo verso l&apos;alto si disattiva</translation>
    </message>
</context>
<context>
    <name>Gui::HeadersTab</name>
    <message>
        <source>Request headers</source>
        <translation>Header della richiesta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>The request had no header fields.</source>
        <translation>La richiesta non aveva campi header.</translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s), in the order they arrived.</source>
        <translation>
            <numerusform>%n campo header, nell&apos;ordine di arrivo.</numerusform>
            <numerusform>%n campi header, nell&apos;ordine di arrivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request trailers</source>
        <translation>Trailer della richiesta</translation>
    </message>
    <message>
        <source>Trailer fields, sent after the chunked body:</source>
        <translation>Campi trailer, inviati dopo il corpo a blocchi (chunked):</translation>
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
        <translation>Importa webhook</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>data sconosciuta</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>un server sconosciuto</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n webhook(s), exported from %2 at %3. Importing into %4 does this:</source>
        <translation>
            <numerusform>%1 contiene %n webhook, esportato da %2 (%3). L&apos;importazione in %4 fa quanto segue:</numerusform>
            <numerusform>%1 contiene %n webhook, esportati da %2 (%3). L&apos;importazione in %4 fa quanto segue:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL di callback</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Cosa fa l&apos;importazione</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks the file does not list stay as they are. Import sends the changes to Channex now.</source>
        <translation>Non viene eliminato nulla: i webhook non elencati nel file restano invariati. Importa invia ora le modifiche a Channex.</translation>
    </message>
    <message>
        <source>Nothing to change: the account already has these webhooks as the file lists them, or they cannot be imported.</source>
        <translation>Nulla da modificare: l&apos;account ha già questi webhook come li elenca il file, oppure non possono essere importati.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Globale (tutte le strutture)</translation>
    </message>
</context>
<context>
    <name>Gui::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>oggetto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>stringa</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Gui::KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Parametri della richiesta</translation>
    </message>
    <message>
        <source>&amp;Add Header</source>
        <translation>&amp;Aggiungi header</translation>
    </message>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>&amp;Aggiungi parametro</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Aggiungi header</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Aggiungi parametro</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;imuovi</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Rimuovi header</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Rimuovi parametro</translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation>Rimuove gli header selezionati</translation>
    </message>
    <message>
        <source>Remove the selected parameters</source>
        <translation>Rimuove i parametri selezionati</translation>
    </message>
    <message>
        <source>Add Secret Header</source>
        <translation>Aggiungi header segreto</translation>
    </message>
    <message>
        <source>Add secret header</source>
        <translation>Aggiungi header segreto</translation>
    </message>
    <message>
        <source>Adds %1 with %2 random bytes, so that the receiver can tell Channex&apos;s calls apart</source>
        <translation>Aggiunge %1 con %2 byte casuali, così il destinatario può riconoscere le chiamate di Channex</translation>
    </message>
    <message>
        <source>Show Values</source>
        <translation>Mostra valori</translation>
    </message>
    <message>
        <source>Show header values</source>
        <translation>Mostra i valori degli header</translation>
    </message>
    <message>
        <source>Show parameter values</source>
        <translation>Mostra i valori dei parametri</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>Copia se&amp;greto</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copia segreto</translation>
    </message>
    <message>
        <source>Show the values</source>
        <translation>Mostra i valori</translation>
    </message>
    <message>
        <source>Hide the values</source>
        <translation>Nascondi i valori</translation>
    </message>
    <message>
        <source>Replace Secret</source>
        <translation>Sostituisci segreto</translation>
    </message>
    <message>
        <source>Replace the value of %1?</source>
        <translation>Sostituire il valore di %1?</translation>
    </message>
    <message>
        <source>The receiver will refuse Channex&apos;s calls until it is given the new secret.</source>
        <translation>Il destinatario rifiuterà le chiamate di Channex finché non riceverà il nuovo segreto.</translation>
    </message>
    <message>
        <source>%1 now holds a new random secret. Copy it into your receiver&apos;s configuration so that it can check Channex&apos;s calls.</source>
        <translation>%1 contiene ora un nuovo segreto casuale. Copiarlo nella configurazione del destinatario, in modo che possa verificare le chiamate di Channex.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard. Save the webhook to send it to Channex.</source>
        <translation>Il segreto è negli appunti. Salvare il webhook per inviarlo a Channex.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…e %n altro problema.</numerusform>
            <numerusform>…e altri %n problemi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::KeyValueModel</name>
    <message>
        <source>Hidden value</source>
        <translation>Valore nascosto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
</context>
<context>
    <name>Gui::LivePanel</name>
    <message>
        <source>Captured requests</source>
        <translation>Richieste acquisite</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Acquisizioni</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Stop the list from moving; new captures are still received and saved (%1)</source>
        <translation>Blocca lo scorrimento dell&apos;elenco; le nuove acquisizioni vengono comunque ricevute e salvate (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new — Resume</source>
        <translation>
            <numerusform>%n nuova — Riprendi</numerusform>
            <numerusform>%n nuove — Riprendi</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — Resume</source>
        <translation>In pausa — Riprendi</translation>
    </message>
    <message>
        <source>Show the captures that arrived while the list was paused</source>
        <translation>Mostra le acquisizioni arrivate mentre l&apos;elenco era in pausa</translation>
    </message>
    <message numerus="yes">
        <source>%1 capture(s) listed</source>
        <translation>
            <numerusform>%1 acquisizione in elenco</numerusform>
            <numerusform>%1 acquisizioni in elenco</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>Searching the stored captures…</source>
        <translation>Ricerca nelle acquisizioni salvate…</translation>
    </message>
    <message>
        <source>No capture matches the filter</source>
        <translation>Nessuna acquisizione corrisponde al filtro</translation>
    </message>
    <message>
        <source>Change the filter, or clear it to list every stored capture.</source>
        <translation>Modificare il filtro o azzerarlo per elencare tutte le acquisizioni salvate.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
    <message>
        <source>The list is paused</source>
        <translation>L’elenco è in pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) arrived since. Resume lists them.</source>
        <translation>
            <numerusform>Da allora è arrivata %n acquisizione. «Riprendi» la mostra.</numerusform>
            <numerusform>Da allora sono arrivate %n acquisizioni. «Riprendi» le mostra.</numerusform>
        </translation>
    </message>
    <message>
        <source>No captures yet</source>
        <translation>Ancora nessuna acquisizione</translation>
    </message>
    <message>
        <source>Start the receiver above and point a webhook at its URL: every request it gets is stored and listed here as it arrives.</source>
        <translation>Avviare il ricevitore qui sopra e indirizzare un webhook al suo URL: ogni richiesta che riceve viene salvata ed elencata qui appena arriva.</translation>
    </message>
    <message>
        <source>Waiting for the first request</source>
        <translation>In attesa della prima richiesta</translation>
    </message>
    <message>
        <source>Point a webhook at %1: every request the receiver gets is stored and listed here as it arrives.</source>
        <translation>Indirizzare un webhook a %1: ogni richiesta ricevuta dal ricevitore viene salvata ed elencata qui appena arriva.</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>%1 — Webhook Console</source>
        <translation>%1 — Webhook Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Load the webhooks again (%1)</source>
        <translation>Ricarica i webhook (%1)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Webhook Console</source>
        <translation>&amp;Informazioni su Webhook Console</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>la sandbox integrata (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Caricamento in corso: %1…</translation>
    </message>
    <message>
        <source>Connected to %1 · updated %2</source>
        <translation>Connesso con %1 · aggiornato alle %2</translation>
    </message>
    <message>
        <source> · property names unavailable: %1</source>
        <translation> · nomi delle strutture non disponibili: %1</translation>
    </message>
    <message>
        <source>Could not load from %1</source>
        <translation>Caricamento non riuscito: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhook</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n webhook(s) shown</source>
        <translation>
            <numerusform>Visualizzati %1 di %n webhook</numerusform>
            <numerusform>Visualizzati %1 di %n webhook</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Live Panel Unavailable</source>
        <translation>Pannello Live non disponibile</translation>
    </message>
    <message>
        <source>The capture database %1 cannot be opened: %2 The live receiver is off until this is fixed.</source>
        <translation>Impossibile aprire il database delle acquisizioni %1: %2 Il ricevitore live resta disattivato finché il problema non viene risolto.</translation>
    </message>
    <message>
        <source>The webhooks of the connection in use</source>
        <translation>I webhook della connessione in uso</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Requests received by the live receiver</source>
        <translation>Richieste ricevute dal ricevitore live</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Captu&amp;res</source>
        <translation>Ac&amp;quisizioni</translation>
    </message>
    <message>
        <source>The built-in sandbox keeps your changes until the console quits; it starts from its demo data each time.</source>
        <translation>La sandbox integrata conserva le modifiche finché la console non viene chiusa; riparte ogni volta dai suoi dati dimostrativi.</translation>
    </message>
    <message>
        <source>%1 The live receiver is off until this is fixed (File ▸ Preferences ▸ Shared capture history, or --store).</source>
        <translation>%1 Il ricevitore live resta disattivato finché il problema non viene risolto (File ▸ Preferenze ▸ Cronologia condivisa delle acquisizioni, oppure --store).</translation>
    </message>
    <message>
        <source>Cannot reach %1 since %2: %3</source>
        <translation>%1 non raggiungibile dalle %2: %3</translation>
    </message>
    <message>
        <source>No keychain: API keys are kept only until you quit.</source>
        <translation>Nessun portachiavi: le chiavi API restano solo fino alla chiusura.</translation>
    </message>
    <message>
        <source>Opening the shared capture history %1…</source>
        <translation>Apertura della cronologia condivisa delle acquisizioni %1…</translation>
    </message>
    <message>
        <source>The built-in sandbox forgets your changes when the console quits.</source>
        <translation>La sandbox integrata dimentica le modifiche alla chiusura della console.</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>Gui::OverlapText</name>
    <message>
        <source>Global</source>
        <translation>Globale</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>tutti gli eventi</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 e altri %2</translation>
    </message>
    <message>
        <source>For %1, Channex delivers %2 only to that property&apos;s own webhook (%3), not to this global one.</source>
        <translation>Per %1, Channex consegna %2 solo al webhook proprio di quella struttura (%3), non a questo globale.</translation>
    </message>
    <message>
        <source>For this property, Channex delivers %1 only to this webhook, not to the global webhook %2.</source>
        <translation>Per questa struttura, Channex consegna %1 solo a questo webhook, non al webhook globale %2.</translation>
    </message>
    <message>
        <source>Another webhook of the same scope (%1) also sends %2 to this URL: each of these events arrives twice.</source>
        <translation>Un altro webhook con lo stesso ambito (%1) invia anche %2 a questo URL: ognuno di questi eventi arriva due volte.</translation>
    </message>
    <message>
        <source>The event mask names no documented Channex event (%1): Channex delivers nothing to this webhook.</source>
        <translation>La maschera eventi non indica alcun evento Channex documentato (%1): Channex non consegna nulla a questo webhook.</translation>
    </message>
    <message>
        <source>Active on Channex production with a plain http URL: bookings and guest data travel unencrypted.</source>
        <translation>Attivo sulla produzione Channex con un URL http semplice: prenotazioni e dati degli ospiti viaggiano senza cifratura.</translation>
    </message>
    <message>
        <source>Property wins</source>
        <translation>Prevale la struttura</translation>
    </message>
    <message>
        <source>Wins over global</source>
        <translation>Prevale sul globale</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Inviato due volte</translation>
    </message>
    <message>
        <source>No known event</source>
        <translation>Nessun evento noto</translation>
    </message>
    <message>
        <source>Plain http</source>
        <translation>http semplice</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>No overlap: Channex delivers to this webhook as its row says.</source>
        <translation>Nessuna sovrapposizione: Channex consegna a questo webhook come indica la sua riga.</translation>
    </message>
</context>
<context>
    <name>Gui::OverviewTab</name>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Struttura:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <source>Payload timestamp:</source>
        <translation>Timestamp del payload:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ricezione:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>Our answer:</source>
        <translation>Risposta inviata:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durata:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Segnalazioni:</translation>
    </message>
    <message>
        <source>Payload check:</source>
        <translation>Verifica del payload:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Struttura</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Payload timestamp</source>
        <translation>Timestamp del payload</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Ora di ricezione</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Risposta inviata</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Payload check</source>
        <translation>Verifica del payload</translation>
    </message>
    <message>
        <source>Not a Channex payload</source>
        <translation>Payload non Channex</translation>
    </message>
    <message>
        <source>%1 (not an event Channex documents)</source>
        <translation>%1 (evento non documentato da Channex)</translation>
    </message>
    <message>
        <source>%1 port %2, connection %3</source>
        <translation>%1 porta %2, connessione %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Rejected by the receiver: %1</source>
        <translation>Rifiutata dal ricevitore: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n byte(s) of the request were kept.</source>
        <translation>
            <numerusform>È stato conservato solo il primo %n byte della richiesta.</numerusform>
            <numerusform>Sono stati conservati solo i primi %n byte della richiesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret header was missing or wrong, so it was answered 401. %1</source>
        <translation>L&apos;header segreto mancava o era errato, quindi è stata inviata la risposta 401. %1</translation>
    </message>
    <message>
        <source>Duplicate: the same body arrived before for this event and property.</source>
        <translation>Duplicata: lo stesso corpo è già arrivato per questo evento e questa struttura.</translation>
    </message>
    <message>
        <source>Pinned: retention and Clear keep it.</source>
        <translation>Fissata: i limiti di conservazione e Cancella tutte la mantengono.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Checking the body…</source>
        <translation>Verifica del corpo…</translation>
    </message>
    <message>
        <source>Out of order: its payload timestamp is earlier than one already received about the same booking, ARI record or message thread.</source>
        <translation>Fuori ordine: il timestamp del suo payload è precedente a uno già ricevuto sulla stessa prenotazione, record ARI o conversazione.</translation>
    </message>
</context>
<context>
    <name>Gui::PairTable</name>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
</context>
<context>
    <name>Gui::PayloadEdit</name>
    <message>
        <source>The payload is not JSON: %1 at line %2, column %3. Correct it, or clear the field to send no payload.</source>
        <translation>Il payload non è JSON: %1 alla riga %2, colonna %3. Correggerlo, oppure svuotare il campo per non inviare alcun payload.</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predefinita di sistema (%1)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Captures are kept on this computer.</source>
        <translation>Le acquisizioni vengono conservate su questo computer.</translation>
    </message>
    <message>
        <source>Saved. From the next start, the live panel and its receiver use %1 (a --store given on the command line comes first).</source>
        <translation>Salvato. Dal prossimo avvio, il pannello live e il suo ricevitore useranno %1 (un --store indicato sulla riga di comando ha la precedenza).</translation>
    </message>
    <message>
        <source>no keychain on this system: PGPASSWORD or ~/.pgpass</source>
        <translation>nessun portachiavi su questo sistema: PGPASSWORD o ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>Gui::QueryTab</name>
    <message>
        <source>Query parameters</source>
        <translation>Parametri di query</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>The request target has no query parameters.</source>
        <translation>L&apos;URL della richiesta non contiene parametri di query.</translation>
    </message>
</context>
<context>
    <name>Gui::RawTab</name>
    <message>
        <source>Show as hex</source>
        <translation>Mostra in esadecimale</translation>
    </message>
    <message>
        <source>Show the raw bytes as hex</source>
        <translation>Mostra i byte grezzi in esadecimale</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Richiesta grezza</translation>
    </message>
    <message>
        <source>Raw request in hex</source>
        <translation>Richiesta grezza in esadecimale</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copia righe</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), exactly as received.</source>
        <translation>
            <numerusform>%n byte, esattamente come è stato ricevuto.</numerusform>
            <numerusform>%n byte, esattamente come sono stati ricevuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bytes were kept for this request.</source>
        <translation>Per questa richiesta non è stato conservato alcun byte.</translation>
    </message>
    <message>
        <source>Over 1 MB, so shown as hex only; the Body tab shows the text.</source>
        <translation>Oltre 1 MB, quindi mostrata solo in esadecimale; la scheda Corpo mostra il testo.</translation>
    </message>
    <message>
        <source>Not UTF-8 text, or holds control characters: shown as hex.</source>
        <translation>Non è testo UTF-8, o contiene caratteri di controllo: mostrata in esadecimale.</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverBar</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (solo questo computer)</translation>
    </message>
    <message>
        <source>0.0.0.0 (every IPv4 network)</source>
        <translation>0.0.0.0 (tutte le reti IPv4)</translation>
    </message>
    <message>
        <source>:: (every network)</source>
        <translation>:: (tutte le reti)</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Indirizzo di ascolto</translation>
    </message>
    <message>
        <source>Where the receiver listens. Only 127.0.0.1 keeps other machines out.</source>
        <translation>Dove il ricevitore resta in ascolto. Solo 127.0.0.1 esclude gli altri computer.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Porta del ricevitore</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>qualsiasi libera</translation>
    </message>
    <message>
        <source>The TCP port to listen on; &quot;any free&quot; lets the system pick one</source>
        <translation>La porta TCP su cui restare in ascolto; &quot;qualsiasi libera&quot; lascia la scelta al sistema</translation>
    </message>
    <message>
        <source>Local URL:</source>
        <translation>URL locale:</translation>
    </message>
    <message>
        <source>Local receiver URL</source>
        <translation>URL locale del ricevitore</translation>
    </message>
    <message>
        <source>Start the receiver to get its URL</source>
        <translation>Avviare il ricevitore per ottenerne l&apos;URL</translation>
    </message>
    <message>
        <source>Copy local URL</source>
        <translation>Copia URL locale</translation>
    </message>
    <message>
        <source>Copy the receiver&apos;s local URL to the clipboard</source>
        <translation>Copia negli appunti l&apos;URL locale del ricevitore</translation>
    </message>
    <message>
        <source>P&amp;ublic URL:</source>
        <translation>URL p&amp;ubblico:</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pubblico</translation>
    </message>
    <message>
        <source>https://… of a tunnel you run (optional)</source>
        <translation>https://… di un proprio tunnel (facoltativo)</translation>
    </message>
    <message>
        <source>The address Channex can reach, such as an ngrok or cloudflared tunnel to the local URL. &quot;Use live receiver&quot; puts it into callback URLs when set.</source>
        <translation>L&apos;indirizzo raggiungibile da Channex, ad esempio un tunnel ngrok o cloudflared verso l&apos;URL locale. Se impostato, &quot;Usa il ricevitore live&quot; lo inserisce negli URL di callback.</translation>
    </message>
    <message>
        <source>Secret header name</source>
        <translation>Nome dell&apos;header segreto</translation>
    </message>
    <message>
        <source>e.g. X-Channex-Webhook-Secret (empty: no check)</source>
        <translation>es. X-Channex-Webhook-Secret (vuoto: nessun controllo)</translation>
    </message>
    <message>
        <source>With a name and a value set, requests without this header and value are answered 401, flagged and still captured</source>
        <translation>Con nome e valore impostati, le richieste prive di questo header e valore ricevono la risposta 401, vengono segnalate e comunque acquisite</translation>
    </message>
    <message>
        <source>Expected secret value</source>
        <translation>Valore segreto previsto</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings</source>
        <translation>Conservato nel portachiavi, mai nelle impostazioni</translation>
    </message>
    <message>
        <source>Kept until the console quits</source>
        <translation>Conservato fino alla chiusura della console</translation>
    </message>
    <message>
        <source>Other machines on your networks can send requests to the receiver on this address.</source>
        <translation>Su questo indirizzo altri computer delle proprie reti possono inviare richieste al ricevitore.</translation>
    </message>
    <message>
        <source>Captures cannot be saved: %1 — requests are answered 503 until this is fixed.</source>
        <translation>Impossibile salvare le acquisizioni: %1 — le richieste ricevono la risposta 503 finché il problema non viene risolto.</translation>
    </message>
    <message>
        <source>Stop receiver</source>
        <translation>Arresta ricevitore</translation>
    </message>
    <message>
        <source>Start receiver</source>
        <translation>Avvia ricevitore</translation>
    </message>
    <message>
        <source>Stop listening; the captures are kept</source>
        <translation>Interrompe l&apos;ascolto; le acquisizioni vengono conservate</translation>
    </message>
    <message>
        <source>Listen for webhook deliveries on the address and port shown</source>
        <translation>Resta in ascolto delle consegne dei webhook sull&apos;indirizzo e sulla porta indicati</translation>
    </message>
    <message>
        <source>Not used: %1 &quot;Use live receiver&quot; puts the local URL in its place.</source>
        <translation>Non usato: %1 &quot;Usa il ricevitore live&quot; inserisce al suo posto l&apos;URL locale.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pia</translation>
    </message>
    <message>
        <source>Secre&amp;t header:</source>
        <translation>Hea&amp;der segreto:</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>Va&amp;lore:</translation>
    </message>
    <message>
        <source>Stop rece&amp;iver</source>
        <translation>Arresta ricevi&amp;tore</translation>
    </message>
    <message>
        <source>Start rece&amp;iver</source>
        <translation>Avvia ricevi&amp;tore</translation>
    </message>
    <message>
        <source>No secret check: %1 The receiver does not run until the name is corrected or cleared.</source>
        <translation>Nessun controllo del segreto: %1 Il ricevitore non funziona finché il nome non viene corretto o cancellato.</translation>
    </message>
    <message>
        <source>No secret check yet: enter the value the %1 header must carry. Until then every request is answered 200.</source>
        <translation>Ancora nessun controllo del segreto: inserire il valore che l&apos;intestazione %1 deve contenere. Fino ad allora ogni richiesta riceve risposta 200.</translation>
    </message>
    <message>
        <source>A&amp;nswers…</source>
        <translation>&amp;Risposte…</translation>
    </message>
    <message>
        <source>Answers: response rules and forwarding</source>
        <translation>Risposte: regole di risposta e inoltro</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building: response rules (a 503 three times, a slow answer) and forwarding to your app</source>
        <translation>Rispondere come l&apos;endpoint che si sta sviluppando: regole di risposta (503 tre volte, una risposta lenta) e inoltro alla vostra app</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then forwarded</source>
        <translation>
            <numerusform>%n regola, poi inoltro</numerusform>
            <numerusform>%n regole, poi inoltro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then 200</source>
        <translation>
            <numerusform>%n regola, poi 200</numerusform>
            <numerusform>%n regole, poi 200</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>inoltrato a %1</translation>
    </message>
    <message>
        <source>200 to every request</source>
        <translation>200 a ogni richiesta</translation>
    </message>
    <message>
        <source>How requests are answered: %1</source>
        <translation>Come si risponde alle richieste: %1</translation>
    </message>
    <message>
        <source>The public URL is not used: %1 &quot;Use live receiver&quot; puts the local URL, which Channex cannot reach from the internet, in its place.</source>
        <translation>L&apos;URL pubblico non viene usato: %1 &quot;Usa il ricevitore live&quot; inserisce al suo posto l&apos;URL locale, che Channex non può raggiungere da internet.</translation>
    </message>
</context>
<context>
    <name>Gui::RecipientsList</name>
    <message>
        <source>the event without its payload (send_data is off)</source>
        <translation>l&apos;evento senza il suo payload (send_data è disattivato)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ARI record(s), as its filter asks</source>
        <translation>
            <numerusform>%1 di %n record ARI, come richiede il suo filtro</numerusform>
            <numerusform>%1 di %n record ARI, come richiede il suo filtro</numerusform>
        </translation>
    </message>
    <message>
        <source>the event (Channex documents no payload for it)</source>
        <translation>l&apos;evento (Channex non documenta alcun payload per esso)</translation>
    </message>
    <message>
        <source>the event with its payload</source>
        <translation>l&apos;evento con il suo payload</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Riceve</translation>
    </message>
    <message>
        <source>Webhooks that receive it</source>
        <translation>Webhook che lo ricevono</translation>
    </message>
    <message>
        <source>nothing: a global webhook, kept out by this hotel&apos;s own webhook %1</source>
        <translation>niente: un webhook globale, escluso dal webhook proprio %1 di questo hotel</translation>
    </message>
    <message>
        <source>No active webhook of this hotel or global one listens for it.</source>
        <translation>Nessun webhook attivo di questo hotel né alcun webhook globale è in ascolto per esso.</translation>
    </message>
</context>
<context>
    <name>Gui::ReplayDialog</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Non è ancora stato inviato nulla.</translation>
    </message>
    <message>
        <source>Enter the URL to send the capture to.</source>
        <translation>Inserire l&apos;URL a cui inviare l&apos;acquisizione.</translation>
    </message>
    <message>
        <source>The target URL must be a complete http:// or https:// address, such as http://localhost:3000/webhooks.</source>
        <translation>L&apos;URL di destinazione deve essere un indirizzo http:// o https:// completo, ad esempio http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The method must be one word of letters, such as POST.</source>
        <translation>Il metodo deve essere una sola parola composta da lettere, ad esempio POST.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>No answer from %1 within the time limit (%2). Check that the receiving app is running and not stuck.</source>
        <translation>Nessuna risposta da %1 entro il tempo limite (%2). Verificare che l&apos;applicazione ricevente sia in esecuzione e non sia bloccata.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the URL and that the receiving app is running.</source>
        <translation>Impossibile raggiungere %1: %2. Verificare l&apos;URL e che l&apos;applicazione ricevente sia in esecuzione.</translation>
    </message>
    <message>
        <source>No answer after %1 s.</source>
        <translation>Nessuna risposta dopo %1 s.</translation>
    </message>
    <message>
        <source>%1 %2 after %3 s</source>
        <translation>%1 %2 dopo %3 s</translation>
    </message>
</context>
<context>
    <name>Gui::ResponseTab</name>
    <message>
        <source>Response headers</source>
        <translation>Header della risposta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corpo della risposta</translation>
    </message>
    <message>
        <source>Our answer had no body.</source>
        <translation>La risposta inviata non aveva un corpo.</translation>
    </message>
    <message>
        <source>We answered %1.</source>
        <translation>Risposta inviata: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not UTF-8 text.</source>
        <translation>
            <numerusform>%n byte che non è testo UTF-8.</numerusform>
            <numerusform>%n byte che non sono testo UTF-8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::RetentionEditor</name>
    <message>
        <source>K&amp;eep at most:</source>
        <translation>Conserva al &amp;massimo:</translation>
    </message>
    <message>
        <source>Retention by count</source>
        <translation>Conservazione per numero</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>Older captures beyond this number are deleted; pinned ones are kept</source>
        <translation>Oltre questo numero le acquisizioni più vecchie vengono eliminate; quelle fissate vengono conservate</translation>
    </message>
    <message>
        <source>Retention by age in days</source>
        <translation>Conservazione per età in giorni</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>qualsiasi età</translation>
    </message>
    <message>
        <source>Captures older than this are deleted; pinned ones are kept</source>
        <translation>Le acquisizioni più vecchie di così vengono eliminate; quelle fissate vengono conservate</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n capture(s) will be deleted now.</source>
        <translation>
            <numerusform>L’acquisizione più vecchia (%n) verrà eliminata ora.</numerusform>
            <numerusform>Le %n acquisizioni più vecchie verranno eliminate ora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) will be deleted now.</source>
        <translation>
            <numerusform>Le acquisizioni più vecchie di %n giorno verranno eliminate ora.</numerusform>
            <numerusform>Le acquisizioni più vecchie di %n giorni verranno eliminate ora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Retention</source>
        <translation>Applica conservazione</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>Le acquisizioni fissate vengono conservate. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>&amp;Delete and Apply</source>
        <translation>&amp;Elimina e applica</translation>
    </message>
    <message numerus="yes">
        <source> capture(s)</source>
        <translation>
            <numerusform> acquisizione</numerusform>
            <numerusform> acquisizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> giorno</numerusform>
            <numerusform> giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>The capture history is shared through %1: the retention applies to everyone who uses it, and what it deletes disappears from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>La cronologia delle acquisizioni è condivisa tramite %1: i limiti di conservazione valgono per chiunque la usi, e ciò che eliminano scompare anche dalle console dei colleghi. Le acquisizioni fissate vengono conservate. L&apos;operazione non può essere annullata.</translation>
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
        <translation>Tentativi delle ultime consegne, per tempo trascorso dal primo</translation>
    </message>
    <message>
        <source>Delivered (2xx)</source>
        <translation>Consegnato (2xx)</translation>
    </message>
    <message>
        <source>Refused (3xx, 4xx)</source>
        <translation>Rifiutato (3xx, 4xx)</translation>
    </message>
    <message>
        <source>Failed (5xx or no answer)</source>
        <translation>Non riuscito (5xx o nessuna risposta)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Next attempt due</source>
        <translation>Prossimo tentativo previsto</translation>
    </message>
    <message>
        <source>Time after the first attempt (%1)</source>
        <translation>Tempo dopo il primo tentativo (%1)</translation>
    </message>
</context>
<context>
    <name>Gui::RevealToggle</name>
    <message>
        <source>Show the API key</source>
        <translation>Mostra la chiave API</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostra chiave API</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>Nascondi chiave API</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Nascondi la chiave API</translation>
    </message>
    <message>
        <source>Hide secret value</source>
        <translation>Nascondi valore segreto</translation>
    </message>
    <message>
        <source>Show secret value</source>
        <translation>Mostra valore segreto</translation>
    </message>
    <message>
        <source>Hide the secret value</source>
        <translation>Nascondi il valore segreto</translation>
    </message>
    <message>
        <source>Show the secret value</source>
        <translation>Mostra il valore segreto</translation>
    </message>
</context>
<context>
    <name>Gui::RuleForm</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>La riga %1 degli header non è «Nome: valore».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation>&amp;Corrisponde a:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Risposta:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;orpo:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Quante volte:</translation>
    </message>
    <message>
        <source>optional: how captures name the rule</source>
        <translation>facoltativo: come le acquisizioni chiamano la regola</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nome della regola</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>qualsiasi metodo</translation>
    </message>
    <message>
        <source>Method the rule matches</source>
        <translation>Metodo a cui corrisponde la regola</translation>
    </message>
    <message>
        <source>any path; /hooks/* for a prefix</source>
        <translation>qualsiasi percorso; /hooks/* per un prefisso</translation>
    </message>
    <message>
        <source>Path the rule matches</source>
        <translation>Percorso a cui corrisponde la regola</translation>
    </message>
    <message>
        <source>any request</source>
        <translation>qualsiasi richiesta</translation>
    </message>
    <message>
        <source>Channex event the rule matches</source>
        <translation>Evento Channex a cui corrisponde la regola</translation>
    </message>
    <message>
        <source>Status the rule answers with</source>
        <translation>Stato con cui risponde la regola</translation>
    </message>
    <message>
        <source>status </source>
        <translation>stato </translation>
    </message>
    <message>
        <source>the answer&apos;s body, e.g. busy</source>
        <translation>corpo della risposta, ad es. busy</translation>
    </message>
    <message>
        <source>Body the rule answers with</source>
        <translation>Corpo con cui risponde la regola</translation>
    </message>
    <message>
        <source>one per line, e.g. Retry-After: 60</source>
        <translation>uno per riga, ad es. Retry-After: 60</translation>
    </message>
    <message>
        <source>Headers the rule answers with</source>
        <translation>Header con cui risponde la regola</translation>
    </message>
    <message>
        <source>after </source>
        <translation>dopo </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay before answering, in milliseconds</source>
        <translation>Ritardo prima di rispondere, in millisecondi</translation>
    </message>
    <message>
        <source>Only the first</source>
        <translation>Solo le prime</translation>
    </message>
    <message>
        <source>Answer only a number of requests</source>
        <translation>Rispondere solo a un numero di richieste</translation>
    </message>
    <message numerus="yes">
        <source> request(s)</source>
        <translation>
            <numerusform> richiesta</numerusform>
            <numerusform> richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of requests the rule answers</source>
        <translation>Numero di richieste a cui risponde la regola</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Solo</translation>
    </message>
    <message>
        <source>Answer only a share of the requests</source>
        <translation>Rispondere solo a una parte delle richieste</translation>
    </message>
    <message>
        <source> % of them</source>
        <translation> % di esse</translation>
    </message>
    <message>
        <source>Share of the matching requests the rule answers</source>
        <translation>Parte delle richieste corrispondenti a cui risponde la regola</translation>
    </message>
</context>
<context>
    <name>Gui::RulesTableModel</name>
    <message>
        <source>%1 after %2 ms</source>
        <translation>%1 dopo %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n volta</numerusform>
            <numerusform>%n volte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of requests</source>
        <translation>%1 % delle richieste</translation>
    </message>
    <message>
        <source>always</source>
        <translation>sempre</translation>
    </message>
    <message>
        <source>not applied yet</source>
        <translation>non ancora applicata</translation>
    </message>
    <message>
        <source>%1 (spent)</source>
        <translation>%1 (esaurita)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Corrisponde a</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Quante volte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposte</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxTools</name>
    <message>
        <source>&amp;Fire Event…</source>
        <translation>Lancia even&amp;to…</translation>
    </message>
    <message>
        <source>Play Channex: send an event to the sandbox&apos;s webhooks (%1)</source>
        <translation>Fare da Channex: inviare un evento ai webhook della sandbox (%1)</translation>
    </message>
    <message>
        <source>Sh&amp;ow Deliveries</source>
        <translation>M&amp;ostra consegne</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <source>Every attempt the sandbox made to deliver a fired event</source>
        <translation>Ogni tentativo della sandbox di consegnare un evento lanciato</translation>
    </message>
</context>
<context>
    <name>Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>In fields and dialogs</source>
        <translation>Nei campi e nelle finestre di dialogo</translation>
    </message>
    <message>
        <source>Clear the filter (in the filter field)</source>
        <translation>Cancella il filtro (nel campo filtro)</translation>
    </message>
    <message>
        <source>Move to the next field, leaving the table</source>
        <translation>Passa al campo successivo, uscendo dalla tabella</translation>
    </message>
    <message>
        <source>Tick or clear Active (on the Active cell)</source>
        <translation>Seleziona o deseleziona Attivo (nella cella Attivo)</translation>
    </message>
    <message>
        <source>Save the webhook (in its dialog)</source>
        <translation>Salva il webhook (nella relativa finestra di dialogo)</translation>
    </message>
    <message>
        <source>Close a dialog, asking first when something changed</source>
        <translation>Chiudi una finestra di dialogo, chiedendo conferma se ci sono modifiche</translation>
    </message>
</context>
<context>
    <name>Gui::SideChooser</name>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Sinistra:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Destra:</translation>
    </message>
    <message>
        <source>Left connection</source>
        <translation>Connessione di sinistra</translation>
    </message>
    <message>
        <source>Right connection</source>
        <translation>Connessione di destra</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the left</source>
        <translation>La connessione i cui webhook sono mostrati a sinistra</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the right</source>
        <translation>La connessione i cui webhook sono mostrati a destra</translation>
    </message>
    <message>
        <source>Left connection state</source>
        <translation>Stato della connessione di sinistra</translation>
    </message>
    <message>
        <source>Right connection state</source>
        <translation>Stato della connessione di destra</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Webhooks: %1 · %2</source>
        <translation>Webhook: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Gui::TestResultDialog</name>
    <message>
        <source>Test of %1</source>
        <translation>Test di %1</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>URL di callback: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>Gui::TestResultView</name>
    <message>
        <source>Test result</source>
        <translation>Risultato del test</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corpo della risposta</translation>
    </message>
    <message>
        <source>Channex did not run the test: %1</source>
        <translation>Channex non ha eseguito il test: %1</translation>
    </message>
    <message>
        <source>The receiver sent no HTTP status</source>
        <translation>Il destinatario non ha inviato uno stato HTTP</translation>
    </message>
    <message>
        <source>Channex reached no answer from the callback URL.</source>
        <translation>Channex non ha ricevuto risposta dall&apos;URL di callback.</translation>
    </message>
    <message>
        <source>The receiver accepted the test: %1</source>
        <translation>Il destinatario ha accettato il test: %1</translation>
    </message>
    <message>
        <source>The receiver refused the test: %1</source>
        <translation>Il destinatario ha rifiutato il test: %1</translation>
    </message>
    <message>
        <source>Channex treats any answer other than 2xx as a failed delivery and tries again later.</source>
        <translation>Channex considera ogni risposta diversa da 2xx un invio non riuscito e riprova più tardi.</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer had no body.</source>
        <translation>La risposta del destinatario non aveva un corpo.</translation>
    </message>
    <message>
        <source>Sending a test call…</source>
        <translation>Invio di una chiamata di test…</translation>
    </message>
    <message>
        <source>No test yet.</source>
        <translation>Nessun test eseguito.</translation>
    </message>
    <message>
        <source>The callback URL could not be reached</source>
        <translation>L&apos;URL di callback non è raggiungibile</translation>
    </message>
    <message>
        <source>%1. Check the host name in the URL, and that the receiver runs and accepts connections.</source>
        <translation>%1. Controllare il nome host nell&apos;URL e che il ricevente sia in funzione e accetti connessioni.</translation>
    </message>
    <message>
        <source>Show the test&apos;s capture in the Live tab</source>
        <translation>Mostra l&apos;acquisizione del test nella scheda Live</translation>
    </message>
    <message>
        <source>Looking for the test in the live receiver…</source>
        <translation>Ricerca del test nel ricevitore live…</translation>
    </message>
    <message>
        <source>Arrived in the live receiver at %1: %2 %3, answered %4.</source>
        <translation>Arrivato nel ricevitore live alle %1: %2 %3, risposta %4.</translation>
    </message>
    <message>
        <source>Nothing arrived in the live receiver during the test: the call went elsewhere, or the receiver was stopped.</source>
        <translation>Durante il test non è arrivato nulla nel ricevitore live: la chiamata è andata altrove, oppure il ricevitore era fermo.</translation>
    </message>
    <message>
        <source>Show in Live Ta&amp;b</source>
        <translation>Mostra nella scheda Li&amp;ve</translation>
    </message>
</context>
<context>
    <name>Gui::TreeTab</name>
    <message>
        <source>Copy value</source>
        <translation>Copia valore</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copia percorso</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Albero JSON</translation>
    </message>
    <message>
        <source>Reading the JSON…</source>
        <translation>Lettura del JSON…</translation>
    </message>
    <message>
        <source>The body is not a JSON object or array, so there is no tree.</source>
        <translation>Il corpo non è un oggetto o un array JSON, quindi non c&apos;è alcun albero.</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookActions</name>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>&amp;New Webhook…</source>
        <translation>&amp;Nuovo webhook…</translation>
    </message>
    <message>
        <source>Create a webhook (%1)</source>
        <translation>Crea un webhook (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Webhook…</source>
        <translation>&amp;Modifica webhook…</translation>
    </message>
    <message>
        <source>Change the selected webhook (Return)</source>
        <translation>Modifica il webhook selezionato (Invio)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Delete the selected webhooks (%1)</source>
        <translation>Elimina i webhook selezionati (%1)</translation>
    </message>
    <message>
        <source>D&amp;uplicate to Other Properties…</source>
        <translation>Dup&amp;lica in altre strutture…</translation>
    </message>
    <message>
        <source>&amp;Test Webhook</source>
        <translation>&amp;Prova webhook</translation>
    </message>
    <message>
        <source>Ask Channex to send a test request to the selected webhook&apos;s URL</source>
        <translation>Chiede a Channex di inviare una richiesta di test all&apos;URL del webhook selezionato</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Abilita</translation>
    </message>
    <message>
        <source>Resume deliveries to the selected webhooks</source>
        <translation>Riprende gli invii ai webhook selezionati</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>&amp;Disabilita</translation>
    </message>
    <message>
        <source>Pause deliveries to the selected webhooks</source>
        <translation>Sospende gli invii ai webhook selezionati</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Send nothing more; changes already sent are kept</source>
        <translation>Non invia altro; le modifiche già inviate restano valide</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>Webhook creato.</translation>
    </message>
    <message>
        <source>Webhook saved.</source>
        <translation>Webhook salvato.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prova in corso…</translation>
    </message>
    <message>
        <source>A webhook was deleted elsewhere (in Channex or by a colleague); the table was refreshed.</source>
        <translation>Un webhook è stato eliminato altrove (in Channex o da un collega); la tabella è stata aggiornata.</translation>
    </message>
    <message>
        <source>Delete Webhooks</source>
        <translation>Elimina webhook</translation>
    </message>
    <message>
        <source>Delete the webhook for %1?</source>
        <translation>Eliminare il webhook diretto a %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n webhook(s)?</source>
        <translation>
            <numerusform>Eliminare %n webhook?</numerusform>
            <numerusform>Eliminare %n webhook?</numerusform>
        </translation>
    </message>
    <message>
        <source>Channex stops sending these events at once. This cannot be undone.</source>
        <translation>Channex smette subito di inviare questi eventi. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminazione…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) deleted.</source>
        <translation>
            <numerusform>%n webhook eliminato.</numerusform>
            <numerusform>%n webhook eliminati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not deleted</source>
        <translation>Alcuni webhook non sono stati eliminati</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Abilitazione…</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Disabilitazione…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) enabled.</source>
        <translation>
            <numerusform>%n webhook abilitato.</numerusform>
            <numerusform>%n webhook abilitati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) disabled.</source>
        <translation>
            <numerusform>%n webhook disabilitato.</numerusform>
            <numerusform>%n webhook disabilitati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not enabled</source>
        <translation>Alcuni webhook non sono stati abilitati</translation>
    </message>
    <message>
        <source>Some webhooks were not disabled</source>
        <translation>Alcuni webhook non sono stati disabilitati</translation>
    </message>
    <message>
        <source>Duplicating…</source>
        <translation>Duplicazione…</translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies) created.</source>
        <translation>
            <numerusform>%n copia creata.</numerusform>
            <numerusform>%n copie create.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some copies were not created</source>
        <translation>Alcune copie non sono state create</translation>
    </message>
    <message>
        <source>Webhook enabled.</source>
        <translation>Webhook abilitato.</translation>
    </message>
    <message>
        <source>Webhook disabled.</source>
        <translation>Webhook disabilitato.</translation>
    </message>
    <message>
        <source>Webhook Not Enabled</source>
        <translation>Webhook non abilitato</translation>
    </message>
    <message>
        <source>Webhook Not Disabled</source>
        <translation>Webhook non disabilitato</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n succeeded.</source>
        <translation>
            <numerusform>Operazioni riuscite: %1 su %n.</numerusform>
            <numerusform>Operazioni riuscite: %1 su %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent: stopped.</source>
        <translation>
            <numerusform>%n operazione non inviata: processo interrotto.</numerusform>
            <numerusform>%n operazioni non inviate: processo interrotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped: the connection changed before every change was sent. Refresh to see what was stored.</source>
        <translation>Interrotto: la connessione è cambiata prima che tutte le modifiche fossero inviate. Aggiornare per vedere cosa è stato salvato.</translation>
    </message>
    <message>
        <source>Use &amp;Live Receiver…</source>
        <translation>Usa il &amp;ricevitore live…</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first</source>
        <translation>Avviare prima il ricevitore nella scheda Live</translation>
    </message>
    <message>
        <source>Edit the selected webhook with %1 as its callback URL</source>
        <translation>Modifica il webhook selezionato con %1 come URL di callback</translation>
    </message>
    <message>
        <source>Quit Webhook Console</source>
        <translation>Esci da Webhook Console</translation>
    </message>
    <message numerus="yes">
        <source>A change to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Una modifica a %n webhook è ancora in corso: %1 completate.</numerusform>
            <numerusform>Una modifica a %n webhook è ancora in corso: %1 completate.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Se esci ora, i webhook non ancora raggiunti restano come sono. Ciò che Channex ha già modificato viene mantenuto.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Interrompi ed esci</translation>
    </message>
    <message numerus="yes">
        <source>%n failed, each named below with why.</source>
        <translation>
            <numerusform>%n non è riuscita, indicata sotto con il motivo.</numerusform>
            <numerusform>%n non sono riuscite, ciascuna indicata sotto con il motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, listed under Show Details.</source>
        <translation>
            <numerusform>… e ancora %n, elencata in «Mostra dettagli».</numerusform>
            <numerusform>… e altre %n, elencate in «Mostra dettagli».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channex asked to slow down: sending %n change(s) again in %1 s…</source>
        <translation>
            <numerusform>Channex chiede di rallentare: %n modifica viene rinviata tra %1 s…</numerusform>
            <numerusform>Channex chiede di rallentare: %n modifiche vengono rinviate tra %1 s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) had to wait for Channex&apos;s rate limit (HTTP 429) and went again.</source>
        <translation>
            <numerusform>%n modifica ha dovuto attendere il limite di frequenza di Channex (HTTP 429) ed è stata rinviata.</numerusform>
            <numerusform>%n modifiche hanno dovuto attendere il limite di frequenza di Channex (HTTP 429) e sono state rinviate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::WebhookDialog</name>
    <message>
        <source>New Webhook</source>
        <translation>Nuovo webhook</translation>
    </message>
    <message>
        <source>Edit Webhook</source>
        <translation>Modifica webhook</translation>
    </message>
    <message>
        <source>Choose a property…</source>
        <translation>Scegliere una struttura…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Send these settings to Channex (Ctrl+Return)</source>
        <translation>Invia queste impostazioni a Channex (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Globale (tutte le strutture)</translation>
    </message>
    <message>
        <source>Receives the events of every property of the account</source>
        <translation>Riceve gli eventi di tutte le strutture dell&apos;account</translation>
    </message>
    <message>
        <source>Property %1 (not in the property list)</source>
        <translation>Struttura %1 (non presente nell&apos;elenco delle strutture)</translation>
    </message>
    <message>
        <source>Channex did not save the webhook:</source>
        <translation>Channex non ha salvato il webhook:</translation>
    </message>
    <message>
        <source>Channex did not save the webhook: %1.</source>
        <translation>Channex non ha salvato il webhook: %1.</translation>
    </message>
    <message>
        <source>Hide test result</source>
        <translation>Nascondi risultato del test</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Mostra risultato del test</translation>
    </message>
    <message>
        <source>Channex: %1</source>
        <translation>Channex: %1</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL di callback</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Struttura</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Parametri della richiesta</translation>
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
        <translation>Parametri della ri&amp;chiesta (%1)</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Parametri della ri&amp;chiesta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Channex refused the last save; its messages are shown at the fields.</source>
        <translation>Channex ha rifiutato l&apos;ultimo salvataggio; i suoi messaggi sono mostrati accanto ai campi.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Scarta modifiche</translation>
    </message>
    <message>
        <source>Discard this new webhook?</source>
        <translation>Scartare questo nuovo webhook?</translation>
    </message>
    <message>
        <source>Discard your changes to this webhook?</source>
        <translation>Scartare le modifiche a questo webhook?</translation>
    </message>
    <message>
        <source>What you entered has not been saved to Channex.</source>
        <translation>I dati inseriti non sono stati salvati in Channex.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first; its URL then goes here.</source>
        <translation>Avviare prima il ricevitore nella scheda Live; il suo URL verrà poi inserito qui.</translation>
    </message>
    <message>
        <source>Put %1 into Callback URL, so deliveries arrive in the Live tab</source>
        <translation>Inserisce %1 nell&apos;URL di callback, così le consegne arrivano nella scheda Live</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…e altri %1.</translation>
    </message>
    <message>
        <source>Replaces %1 when you save.</source>
        <translation>Sostituisce %1 al salvataggio.</translation>
    </message>
    <message>
        <source>Put the local URL %1 into Callback URL: the public URL of the Live tab is not used (%2)</source>
        <translation>Inserisce l&apos;URL locale %1 come URL di callback: l&apos;URL pubblico della scheda Live non viene usato (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookListModel</name>
    <message>
        <source>Global (all properties)</source>
        <translation>Globale (tutte le strutture)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Full payload</source>
        <translation>Payload completo</translation>
    </message>
    <message>
        <source>Event only</source>
        <translation>Solo evento</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Channex delivers events to this webhook. Untick to pause it.</source>
        <translation>Channex invia gli eventi a questo webhook. Deselezionare per sospenderlo.</translation>
    </message>
    <message>
        <source>Paused: Channex delivers nothing. Tick to resume.</source>
        <translation>Sospeso: Channex non invia nulla. Selezionare per riattivarlo.</translation>
    </message>
    <message>
        <source>%1
Webhook ID: %2</source>
        <translation>%1
ID webhook: %2</translation>
    </message>
    <message>
        <source>Receives events from every property of the account.</source>
        <translation>Riceve gli eventi di tutte le strutture dell&apos;account.</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>ID struttura: %1</translation>
    </message>
    <message>
        <source>Deliveries include the event payload.</source>
        <translation>Gli invii includono il payload dell&apos;evento.</translation>
    </message>
    <message>
        <source>Deliveries carry only event, property, user and time.</source>
        <translation>Gli invii contengono solo evento, struttura, utente e ora.</translation>
    </message>
    <message>
        <source>No custom headers.</source>
        <translation>Nessun header personalizzato.</translation>
    </message>
    <message>
        <source>No request parameters.</source>
        <translation>Nessun parametro della richiesta.</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>Request parameters: %1</source>
        <translation>Parametri della richiesta: %1</translation>
    </message>
    <message>
        <source>Values are hidden; open the webhook to see them.</source>
        <translation>I valori sono nascosti; aprire il webhook per vederli.</translation>
    </message>
    <message>
        <source>Event mask: %1</source>
        <translation>Maschera eventi: %1</translation>
    </message>
    <message>
        <source>Every event of the account, current and future.</source>
        <translation>Tutti gli eventi dell&apos;account, attuali e futuri.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>Evento Channex non documentato: %1</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL di callback</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Invio dati</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID webhook</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookTransferActions</name>
    <message>
        <source>E&amp;xport Webhooks…</source>
        <translation>E&amp;sporta webhook…</translation>
    </message>
    <message>
        <source>Write this account&apos;s webhooks to a file, to import them into another account</source>
        <translation>Salva i webhook di questo account in un file, per importarli in un altro account</translation>
    </message>
    <message>
        <source>&amp;Import Webhooks…</source>
        <translation>&amp;Importa webhook…</translation>
    </message>
    <message>
        <source>Bring this account&apos;s webhooks in line with a webhook file, after a preview of every change</source>
        <translation>Allinea i webhook di questo account a un file di webhook, dopo un&apos;anteprima di ogni modifica</translation>
    </message>
    <message>
        <source>The property names of this account could not be read (%1), and webhook files match properties by name. Refresh (F5) and try again.</source>
        <translation>Non è stato possibile leggere i nomi delle strutture di questo account (%1), e i file di webhook associano le strutture in base al nome. Aggiornare (F5) e riprovare.</translation>
    </message>
    <message>
        <source>Export Webhooks</source>
        <translation>Esporta webhook</translation>
    </message>
    <message>
        <source>Include the values of headers and request parameters?</source>
        <translation>Includere i valori degli header e dei parametri della richiesta?</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them the file keeps the names only, and an import keeps the values the other account has.</source>
        <translation>Spesso contengono segreti, come un header con un segreto condiviso. Senza di essi il file conserva solo i nomi, e un&apos;importazione mantiene i valori dell&apos;altro account.</translation>
    </message>
    <message>
        <source>Include &amp;Values</source>
        <translation>Includi &amp;valori</translation>
    </message>
    <message>
        <source>&amp;Names Only</source>
        <translation>Solo &amp;nomi</translation>
    </message>
    <message>
        <source>%1 webhooks.json</source>
        <translation>%1 webhook.json</translation>
    </message>
    <message>
        <source>Webhook files (*.json);;All files (*)</source>
        <translation>File di webhook (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>Esportato %n webhook in %1.</numerusform>
            <numerusform>Esportati %n webhook in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Webhooks</source>
        <translation>Importa webhook</translation>
    </message>
    <message>
        <source>Wait until the change that is running has finished.</source>
        <translation>Attendere il completamento della modifica in corso.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>Non importato</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Importazione: creati %1, aggiornati %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook saltato, come indicato nell&apos;anteprima.</numerusform>
            <numerusform>%n webhook saltati, come indicato nell&apos;anteprima.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Some webhooks were not imported</source>
        <translation>Alcuni webhook non sono stati importati</translation>
    </message>
</context>
<context>
    <name>Gui::WebhooksPanel</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Filter webhooks</source>
        <translation>Filtra webhook</translation>
    </message>
    <message>
        <source>Filter by callback URL, event, property name or ID, header or parameter name (%1)</source>
        <translation>Filtra per URL di callback, evento, nome o ID della struttura, nome di header o parametro (%1)</translation>
    </message>
    <message>
        <source>Words match the start of any word a row shows, in any order. Esc clears the filter.</source>
        <translation>Le parole corrispondono all&apos;inizio di qualsiasi parola visibile in una riga, in qualsiasi ordine. Esc cancella il filtro.</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filtro ambito</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Tutti gli ambiti</translation>
    </message>
    <message>
        <source>Global only</source>
        <translation>Solo globali</translation>
    </message>
    <message>
        <source>Property only</source>
        <translation>Solo per struttura</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtro attivi</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Attivi e inattivi</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo attivi</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Solo inattivi</translation>
    </message>
    <message>
        <source>Refreshing webhooks</source>
        <translation>Aggiornamento dei webhook</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Asking %1.</source>
        <translation>Contatto con %1 in corso.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Caricamento dei webhook…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 The rows below are from the last successful refresh.</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2 Le righe qui sotto provengono dall&apos;ultimo aggiornamento riuscito.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>Azioni webhook</translation>
    </message>
    <message>
        <source>Copy Callback &amp;URL</source>
        <translation>Copia &amp;URL di callback</translation>
    </message>
    <message>
        <source>Copy &amp;Webhook ID</source>
        <translation>Copia ID &amp;webhook</translation>
    </message>
    <message>
        <source>Copy &amp;Property ID</source>
        <translation>Copia ID s&amp;truttura</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Azzera filtri</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Ancora nessun webhook</translation>
    </message>
    <message>
        <source>This account has no webhooks. Create one with New Webhook (%1), or refresh (F5) after creating them in Channex.</source>
        <translation>Questo account non ha webhook. Crearne uno con Nuovo webhook (%1), oppure aggiornare (F5) dopo averli creati in Channex.</translation>
    </message>
    <message>
        <source>No webhook matches the filter</source>
        <translation>Nessun webhook corrisponde al filtro</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) hidden by the filter.</source>
        <translation>
            <numerusform>%n webhook nascosto dal filtro.</numerusform>
            <numerusform>%n webhook nascosti dal filtro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handoff::ExportWriter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossibile scrivere l&apos;esportazione: %1</translation>
    </message>
</context>
<context>
    <name>Http::HttpConnection</name>
    <message numerus="yes">
        <source>The client did not send its complete request within %n ms; it may be too slow or stalled.</source>
        <translation>
            <numerusform>Il client non ha inviato la richiesta completa entro %n ms; potrebbe essere troppo lento o bloccato.</numerusform>
            <numerusform>Il client non ha inviato la richiesta completa entro %n ms; potrebbe essere troppo lento o bloccato.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpServer</name>
    <message numerus="yes">
        <source>The server already has %n open connections; the client should retry later or reuse a keep-alive connection.</source>
        <translation>
            <numerusform>Il server ha già %n connessione aperta; il client dovrebbe riprovare più tardi o riutilizzare una connessione keep-alive.</numerusform>
            <numerusform>Il server ha già %n connessioni aperte; il client dovrebbe riprovare più tardi o riutilizzare una connessione keep-alive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpToken</name>
    <message>
        <source>A header name cannot be empty.</source>
        <translation>Un nome di intestazione non può essere vuoto.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>uno spazio</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>una tabulazione</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un a capo</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>il carattere U+%1</translation>
    </message>
    <message>
        <source>“%1” is not a header name: it contains %2. A header name has letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>«%1» non è un nome di intestazione: contiene %2. Un nome di intestazione ha solo lettere, cifre e !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
</context>
<context>
    <name>Http::RequestParser</name>
    <message>
        <source>The request headers are larger than the server accepts (%1 bytes).</source>
        <translation>Gli header della richiesta superano la dimensione accettata dal server (%1 byte).</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>La richiesta non è HTTP/1.1 valido (%1).</translation>
    </message>
    <message>
        <source>The request trailers are larger than the server accepts (%1 bytes).</source>
        <translation>I trailer della richiesta superano la dimensione accettata dal server (%1 byte).</translation>
    </message>
    <message>
        <source>The request has an invalid header name &quot;%1&quot;.</source>
        <translation>La richiesta contiene un nome di header non valido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>HTTP/%1.%2 is not supported; send HTTP/1.1.</source>
        <translation>HTTP/%1.%2 non è supportato; inviare HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>La richiesta contiene sia Content-Length sia Transfer-Encoding.</translation>
    </message>
    <message>
        <source>The request uses the transfer coding &quot;%1&quot;, which the server does not support; send the body with chunked only or with a Content-Length.</source>
        <translation>La richiesta usa la codifica di trasferimento &quot;%1&quot;, che il server non supporta; inviare il corpo solo con chunked oppure con un Content-Length.</translation>
    </message>
    <message>
        <source>The request body is larger than the server accepts (%1 bytes).</source>
        <translation>Il corpo della richiesta supera la dimensione accettata dal server (%1 byte).</translation>
    </message>
</context>
<context>
    <name>Payloads::EventCatalog</name>
    <message>
        <source>This will send you any ARI changes like changed availability or prices, useful if you allow users to change ARI in the Channex interface or mobile app and also to integrate any RM system</source>
        <translation>Invia qualsiasi modifica ARI, come variazioni di disponibilità o prezzi; utile se si consente agli utenti di modificare l&apos;ARI nell&apos;interfaccia o nell&apos;app mobile di Channex, e anche per integrare un sistema di revenue management</translation>
    </message>
    <message>
        <source>If you wish to get all booking changes then this is the one, you will get notification for any booking revision new, modified and cancelled.</source>
        <translation>Se si vogliono ricevere tutte le modifiche alle prenotazioni, questo è l&apos;evento giusto: si riceve una notifica per ogni revisione di prenotazione nuova, modificata o cancellata.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `new`.</source>
        <translation>Viene generato solo per le revisioni di prenotazione con stato `new`.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `modified`.</source>
        <translation>Viene generato solo per le revisioni di prenotazione con stato `modified`.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `cancelled`.</source>
        <translation>Viene generato solo per le revisioni di prenotazione con stato `cancelled`.</translation>
    </message>
    <message>
        <source>This will let you know if any bookings were created which were not mapped</source>
        <translation>Segnala se sono state create prenotazioni non mappate</translation>
    </message>
    <message>
        <source>Similar to unmapped room but this means room is mapped but rate is not</source>
        <translation>Simile alla camera non mappata, ma qui la camera è mappata e la tariffa no</translation>
    </message>
    <message>
        <source>Will be triggered when Booking Revision will be not acknowledged at 30 minutes after first receiving.</source>
        <translation>Viene generato quando una revisione di prenotazione non viene confermata entro 30 minuti dalla prima ricezione.</translation>
    </message>
    <message>
        <source>If you use the messaging API this is required to push messages to you in real time</source>
        <translation>Se si usa l&apos;API di messaggistica, è necessario per ricevere i messaggi in tempo reale</translation>
    </message>
    <message>
        <source>You can see any sync errors on your dashboard</source>
        <translation>Permette di vedere eventuali errori di sincronizzazione nella dashboard</translation>
    </message>
    <message>
        <source>Will be triggered if some non-critical errors will be returned by OTA on sync.</source>
        <translation>Viene generato se l&apos;OTA restituisce errori non critici durante la sincronizzazione.</translation>
    </message>
    <message>
        <source>Will be triggered if error associated with Rate values will be returned by OTA on sync.</source>
        <translation>Viene generato se l&apos;OTA restituisce, durante la sincronizzazione, un errore relativo ai valori delle tariffe.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see a reservation request and can accept or deny.</source>
        <translation>Specifico di Airbnb: mostra una richiesta di prenotazione, che si può accettare o rifiutare.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an alteration request and can accept or deny.</source>
        <translation>Specifico di Airbnb: mostra una richiesta di modifica, che si può accettare o rifiutare.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be accepted.</source>
        <translation>Specifico di Airbnb: viene generato quando una richiesta di prenotazione viene accettata.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be declined.</source>
        <translation>Specifico di Airbnb: viene generato quando una richiesta di prenotazione viene rifiutata.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an inquiry request at Dashboard and Messages App.</source>
        <translation>Specifico di Airbnb: mostra una richiesta di informazioni nella dashboard e nell&apos;app Messaggi.</translation>
    </message>
    <message>
        <source>This will let you know if any new review is came.</source>
        <translation>Segnala l&apos;arrivo di una nuova recensione.</translation>
    </message>
    <message>
        <source>Will be triggered when Review object will be updated (Guest feedback will be received).</source>
        <translation>Viene generato quando un oggetto recensione viene aggiornato (alla ricezione del feedback dell&apos;ospite).</translation>
    </message>
    <message>
        <source>Will be triggered when new Channel will be created for Property.</source>
        <translation>Viene generato quando viene creato un nuovo canale per la struttura.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is updated.</source>
        <translation>Viene generato quando un canale viene aggiornato.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is disconnected by automatic rules or User action.</source>
        <translation>Viene generato quando un canale viene disconnesso da regole automatiche o da un&apos;azione dell&apos;utente.</translation>
    </message>
    <message>
        <source>Will be triggered when Listing is disconnected from Airbnb Channel.</source>
        <translation>Viene generato quando un annuncio viene disconnesso dal canale Airbnb.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is activated.</source>
        <translation>Viene generato quando un canale viene attivato.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is deactivated.</source>
        <translation>Viene generato quando un canale viene disattivato.</translation>
    </message>
    <message>
        <source>Will be triggered when an inactive Channel is approaching its automatic removal date (7 days and 1 day before removal).</source>
        <translation>Viene generato quando un canale inattivo si avvicina alla data di rimozione automatica (7 giorni e 1 giorno prima della rimozione).</translation>
    </message>
    <message>
        <source>Will be triggered when a Property without active channels is approaching its automatic removal date (30 days, 7 days and 1 day before removal).</source>
        <translation>Viene generato quando una struttura senza canali attivi si avvicina alla data di rimozione automatica (30 giorni, 7 giorni e 1 giorno prima della rimozione).</translation>
    </message>
    <message>
        <source>Will be triggered when Message Thread created before Booking is linked to incoming Booking.</source>
        <translation>Viene generato quando una conversazione creata prima della prenotazione viene collegata alla prenotazione in arrivo.</translation>
    </message>
    <message>
        <source>Availability, rates and restrictions</source>
        <translation>Disponibilità, tariffe e restrizioni</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <source>Airbnb requests</source>
        <translation>Richieste Airbnb</translation>
    </message>
    <message>
        <source>Messages and reviews</source>
        <translation>Messaggi e recensioni</translation>
    </message>
    <message>
        <source>Channels and sync</source>
        <translation>Canali e sincronizzazione</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Struttura</translation>
    </message>
</context>
<context>
    <name>Payloads::PayloadCheckResult</name>
    <message>
        <source>The body has the documented fields of “%1”.</source>
        <translation>Il corpo ha i campi documentati di “%1”.</translation>
    </message>
    <message>
        <source>The body is the documented form of “%1” without data (the webhook&apos;s “send data” is off).</source>
        <translation>Il corpo è la forma documentata di “%1” senza dati (“Invio dati” è disattivato nel webhook).</translation>
    </message>
    <message>
        <source>Channex documents no payload fields for “%1”, so its payload is not checked.</source>
        <translation>Channex non documenta campi del payload per “%1”, quindi il payload non viene verificato.</translation>
    </message>
    <message>
        <source>The body differs from the documented shape of “%1”.</source>
        <translation>Il corpo differisce dalla forma documentata di “%1”.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Il corpo non è JSON: %1 al byte %2.</translation>
    </message>
    <message>
        <source>The body is JSON but not an object, so it is not a Channex delivery.</source>
        <translation>Il corpo è JSON ma non un oggetto, quindi non è una consegna di Channex.</translation>
    </message>
    <message>
        <source>The body has no “event” field naming a Channex event.</source>
        <translation>Il corpo non ha un campo “event” che nomini un evento Channex.</translation>
    </message>
    <message>
        <source>“%1” is not one of the events Channex documents.</source>
        <translation>“%1” non è uno degli eventi documentati da Channex.</translation>
    </message>
    <message>
        <source>Missing documented fields: %1.</source>
        <translation>Campi documentati mancanti: %1.</translation>
    </message>
    <message>
        <source>Fields the documentation does not show: %1.</source>
        <translation>Campi che la documentazione non mostra: %1.</translation>
    </message>
    <message>
        <source>Fields of another kind (object, array or value) than documented: %1.</source>
        <translation>Campi di tipo diverso (oggetto, array o valore) da quello documentato: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The window changes language at once; no restart is needed.</source>
        <translation>La finestra cambia lingua subito; non è necessario riavviare.</translation>
    </message>
    <message>
        <source>Webhooks table:</source>
        <translation>Tabella dei webhook:</translation>
    </message>
    <message>
        <source>&amp;Restore Default Columns</source>
        <translation>&amp;Ripristina colonne predefinite</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Ripristina colonne predefinite</translation>
    </message>
    <message>
        <source>Show every column again, in the original order and widths</source>
        <translation>Mostra di nuovo tutte le colonne, nell&apos;ordine e con le larghezze originali</translation>
    </message>
    <message>
        <source>Shared capture history</source>
        <translation>Cronologia condivisa delle acquisizioni</translation>
    </message>
    <message>
        <source>Keep captures in a PostgreSQL database that your team shares: every console and receiver that uses it sees every capture. Empty: captures stay on this computer.</source>
        <translation>Conserva le acquisizioni in un database PostgreSQL condiviso dal team: ogni console e ogni ricevitore che lo usa vede tutte le acquisizioni. Se vuoto, le acquisizioni restano su questo computer.</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>URL del &amp;database:</translation>
    </message>
    <message>
        <source>Shared capture history URL</source>
        <translation>URL della cronologia condivisa delle acquisizioni</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/webhooks</source>
        <translation>postgresql://user@host:5432/webhooks</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Shared capture history password</source>
        <translation>Password della cronologia condivisa delle acquisizioni</translation>
    </message>
    <message>
        <source>kept in the keychain (empty: PGPASSWORD or ~/.pgpass)</source>
        <translation>salvata nel portachiavi (se vuota: PGPASSWORD o ~/.pgpass)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save shared capture history</source>
        <translation>Salva cronologia condivisa delle acquisizioni</translation>
    </message>
    <message>
        <source>Remember the URL (and the password, in the keychain); the console uses it from its next start</source>
        <translation>Memorizza l&apos;URL (e la password, nel portachiavi); la console lo usa dal prossimo avvio</translation>
    </message>
</context>
<context>
    <name>Receiver::CaptureHandler</name>
    <message>
        <source>The request was not stored: the capture database cannot be written right now. Send it again later.</source>
        <translation>La richiesta non è stata memorizzata: al momento non è possibile scrivere nel database delle acquisizioni. Inviarla di nuovo più tardi.</translation>
    </message>
    <message>
        <source>The secret header %1 was missing.</source>
        <translation>L&apos;header segreto %1 era assente.</translation>
    </message>
    <message>
        <source>The secret header %1 had a different value than expected.</source>
        <translation>L&apos;header segreto %1 aveva un valore diverso da quello previsto.</translation>
    </message>
</context>
<context>
    <name>Receiver::Forwarding</name>
    <message>
        <source>The forwarding address must be a URL that starts with http:// or https:// and names a host, such as http://localhost:3000/webhooks.</source>
        <translation>L&apos;indirizzo di inoltro deve essere un URL che inizia con http:// o https:// e indica un host, come http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The forwarding address must not have a query or a fragment: each request&apos;s own path and query are added to it.</source>
        <translation>L&apos;indirizzo di inoltro non deve avere query né frammento: vi si aggiungono il percorso e la query di ogni richiesta.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer in time (%2); answered 504.</source>
        <translation>Inoltrata a %1, che non ha risposto in tempo (%2); risposto 504.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer (%2); answered 502.</source>
        <translation>Inoltrata a %1, che non ha risposto (%2); risposto 502.</translation>
    </message>
</context>
<context>
    <name>Receiver::LiveReceiver</name>
    <message>
        <source>Port %1 is already in use by another program. Choose another port or stop that program.</source>
        <translation>La porta %1 è già usata da un altro programma. Scegliere un&apos;altra porta o chiudere quel programma.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator privileges on this computer. Choose a port from 1024 to 65535.</source>
        <translation>Su questo computer la porta %1 richiede privilegi di amministratore. Scegliere una porta da 1024 a 65535.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer. Choose 127.0.0.1 (this computer only) or one of its network addresses.</source>
        <translation>%1 non è un indirizzo di questo computer. Scegliere 127.0.0.1 (solo questo computer) o uno dei suoi indirizzi di rete.</translation>
    </message>
    <message>
        <source>The receiver could not listen on %1 port %2: %3.</source>
        <translation>Il ricevitore non è riuscito a mettersi in ascolto su %1, porta %2: %3.</translation>
    </message>
</context>
<context>
    <name>Receiver::ReceiverController</name>
    <message>
        <source>The receiver did not start: %1</source>
        <translation>Il ricevitore non si è avviato: %1</translation>
    </message>
    <message>
        <source>The receiver stopped: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name, then start it again.</source>
        <translation>Il ricevitore si è fermato: il nome dell&apos;intestazione segreta non è un nome di intestazione, quindi nessuna richiesta potrebbe essere controllata. Correggere o cancellare il nome, poi avviarlo di nuovo.</translation>
    </message>
    <message>
        <source>The receiver did not start: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name.</source>
        <translation>Il ricevitore non si è avviato: il nome dell&apos;intestazione segreta non è un nome di intestazione, quindi nessuna richiesta potrebbe essere controllata. Correggere o cancellare il nome.</translation>
    </message>
    <message>
        <source>The forwarding address is this receiver&apos;s own (port %1): each request would be forwarded to itself. Enter the address of your app.</source>
        <translation>L&apos;indirizzo di inoltro è quello di questo ricevitore (porta %1): ogni richiesta verrebbe inoltrata a se stesso. Inserire l&apos;indirizzo della vostra app.</translation>
    </message>
</context>
<context>
    <name>Receiver::ResponseRule</name>
    <message>
        <source>rule %1</source>
        <translation>regola %1</translation>
    </message>
    <message>
        <source>every request</source>
        <translation>ogni richiesta</translation>
    </message>
</context>
<context>
    <name>Receiver::RulesFile</name>
    <message>
        <source>“%1” is not a rule key; a rule has %2.</source>
        <translation>«%1» non è una chiave di regola; una regola ha %2.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>«%1» deve essere testo.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>«%1» deve essere un numero intero.</translation>
    </message>
    <message>
        <source>“status” is missing: a rule says which status it answers with.</source>
        <translation>Manca «status»: una regola dice con quale stato risponde.</translation>
    </message>
    <message>
        <source>“percent” must be a number from 0 to 100.</source>
        <translation>«percent» deve essere un numero da 0 a 100.</translation>
    </message>
    <message>
        <source>“headers” must be an object of header names and text values, such as {&quot;Retry-After&quot;: &quot;60&quot;}.</source>
        <translation>«headers» deve essere un oggetto di nomi di header e valori di testo, come {&quot;Retry-After&quot;: &quot;60&quot;}.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be text.</source>
        <translation>Il valore dell&apos;header «%1» deve essere testo.</translation>
    </message>
    <message>
        <source>“status” must be a whole number from 100 to 599, not %1.</source>
        <translation>«status» deve essere un numero intero da 100 a 599, non %1.</translation>
    </message>
    <message>
        <source>“method” must be an HTTP method such as POST, not “%1”.</source>
        <translation>«method» deve essere un metodo HTTP come POST, non «%1».</translation>
    </message>
    <message>
        <source>“path” must start with / and may end with * to match every path that begins with it (/hooks/*), not “%1”.</source>
        <translation>«path» deve iniziare con / e può finire con * per corrispondere a ogni percorso che inizia così (/hooks/*), non «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a Channex event; the events are %2.</source>
        <translation>«%1» non è un evento Channex; gli eventi sono %2.</translation>
    </message>
    <message>
        <source>“delay_ms” must be from 0 to %1 milliseconds (ten minutes).</source>
        <translation>«delay_ms» deve essere da 0 a %1 millisecondi (dieci minuti).</translation>
    </message>
    <message>
        <source>“times” must be 1 or more: how many requests the rule answers.</source>
        <translation>«times» deve essere 1 o più: quante richieste risponde la regola.</translation>
    </message>
    <message>
        <source>The header “%1” is the receiver&apos;s to send; leave it out of the rule.</source>
        <translation>L&apos;header «%1» lo invia il ricevitore; toglierlo dalla regola.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be on one line.</source>
        <translation>Il valore dell&apos;header «%1» deve stare su una riga.</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 at character %2.</source>
        <translation>Non è JSON valido: %1 al carattere %2.</translation>
    </message>
    <message>
        <source>It must be an object with a list of rules: {&quot;rules&quot;: [ … ]}.</source>
        <translation>Deve essere un oggetto con un elenco di regole: {&quot;rules&quot;: [ … ]}.</translation>
    </message>
    <message>
        <source>“%1” is not a key of a rules file; it has only “rules”.</source>
        <translation>«%1» non è una chiave di un file di regole; ha solo «rules».</translation>
    </message>
    <message>
        <source>a rule must be an object such as {&quot;status&quot;: 503}.</source>
        <translation>una regola deve essere un oggetto come {&quot;status&quot;: 503}.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regola %1: %2</translation>
    </message>
    <message>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>Il file di regole %1 non può essere letto: %2.</translation>
    </message>
    <message>
        <source>The rules file %1 is not valid. %2</source>
        <translation>Il file di regole %1 non è valido. %2</translation>
    </message>
    <message>
        <source>The rules could not be saved to %1: %2.</source>
        <translation>Le regole non sono state salvate in %1: %2.</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>Replay Capture</source>
        <translation>Reinvia acquisizione</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>&amp;URL di destinazione:</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>URL di destinazione</translation>
    </message>
    <message>
        <source>http://localhost:3000/channex/webhooks</source>
        <translation>http://localhost:3000/channex/webhooks</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metodo:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Aggiungi header</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Rimuovi header</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;imuovi</translation>
    </message>
    <message>
        <source>Host, Content-Length and Connection are set for the new connection.</source>
        <translation>Host, Content-Length e Connection vengono impostati per la nuova connessione.</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corpo:</translation>
    </message>
    <message>
        <source>This body is binary: it is shown as hex and sent unchanged.</source>
        <translation>Questo corpo è binario: viene mostrato in esadecimale e inviato invariato.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Stato della risposta</translation>
    </message>
    <message>
        <source>Answer headers</source>
        <translation>Header della risposta</translation>
    </message>
    <message>
        <source>Answer body</source>
        <translation>Corpo della risposta</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>In&amp;via</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Invia la richiesta (Ctrl+Invio)</translation>
    </message>
</context>
<context>
    <name>Sandbox::Deliveries::Sequences</name>
    <message>
        <source>One event</source>
        <translation>Un evento</translation>
    </message>
    <message>
        <source>A duplicate: the same body twice</source>
        <translation>Un duplicato: lo stesso corpo due volte</translation>
    </message>
    <message>
        <source>A booking&apos;s life: new, modified, cancelled</source>
        <translation>La vita di una prenotazione: nuova, modificata, cancellata</translation>
    </message>
    <message>
        <source>Out of order: the later ARI change first</source>
        <translation>Fuori ordine: prima la modifica ARI successiva</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxServer</name>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3. Choose another port, or close the program that is using it.</source>
        <translation>La sandbox non è riuscita a mettersi in ascolto su %1, porta %2: %3. Scegliere un&apos;altra porta oppure chiudere il programma che la sta usando.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionStore</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Inserire un nome per la connessione.</translation>
    </message>
    <message>
        <source>Enter the server root as %1.</source>
        <translation>Inserire la radice del server nella forma %1.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionTester</name>
    <message numerus="yes">
        <source>The connection works: %1 accepted the API key and has %n webhook(s).</source>
        <translation>
            <numerusform>La connessione funziona: %1 ha accettato la chiave API e ha %n webhook.</numerusform>
            <numerusform>La connessione funziona: %1 ha accettato la chiave API e ha %n webhook.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused this API key. Paste the key of this server&apos;s account again (staging and production keys differ; a withdrawn key stops working).</source>
        <translation>%1 ha rifiutato questa chiave API. Incollare di nuovo la chiave dell&apos;account di questo server (le chiavi di staging e di produzione sono diverse; una chiave revocata smette di funzionare).</translation>
    </message>
</context>
<context>
    <name>Session::ConsoleController</name>
    <message>
        <source>Your system has no keychain available, so API keys are kept only until you quit and must be entered again next time.</source>
        <translation>Nel sistema non è disponibile alcun portachiavi: le chiavi API vengono conservate solo fino alla chiusura del programma e andranno reinserite la volta successiva.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Impossibile avviare la sandbox</translation>
    </message>
    <message>
        <source>%1 Try again with Refresh (F5), or switch to another connection.</source>
        <translation>%1 Riprovare con Aggiorna (F5) o passare a un&apos;altra connessione.</translation>
    </message>
    <message>
        <source>Enter the API key of your %1 account above, or start the console with the key in the CHANNEX_API_KEY environment variable.</source>
        <translation>Inserire qui sopra la chiave API dell&apos;account %1, oppure avviare la console con la chiave nella variabile d&apos;ambiente CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>API key needed</source>
        <translation>Chiave API necessaria</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Inserire la chiave API per provare la connessione.</translation>
    </message>
    <message>
        <source>This connection is no longer saved.</source>
        <translation>Questa connessione non è più salvata.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Impossibile avviare la sandbox: %1</translation>
    </message>
    <message>
        <source>No API key is stored for %1: enter it in the main window (Manage connections…), then reload.</source>
        <translation>Nessuna chiave API salvata per %1: inserirla nella finestra principale (Gestisci connessioni…), quindi ricaricare.</translation>
    </message>
</context>
<context>
    <name>Session::DataDirectory</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossibile creare la cartella dei dati %1.</translation>
    </message>
</context>
<context>
    <name>Session::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was declined, so the API key was not read or saved there.</source>
        <translation>L&apos;accesso al portachiavi è stato negato, quindi la chiave API non è stata letta né salvata lì.</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key (%1).</source>
        <translation>Il portachiavi ha rifiutato l&apos;accesso alla chiave API (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Errore del portachiavi: %1</translation>
    </message>
</context>
<context>
    <name>TestResultDialog</name>
    <message>
        <source>Test Result</source>
        <translation>Risultato del test</translation>
    </message>
</context>
<context>
    <name>Transfer::AccountComparison</name>
    <message>
        <source>header %1: its value is not copied, %2 keeps its own</source>
        <translation>l&apos;header %1: il suo valore non viene copiato, %2 mantiene il proprio</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, %2 keeps its own</source>
        <translation>il parametro %1: il suo valore non viene copiato, %2 mantiene il proprio</translation>
    </message>
    <message>
        <source>header %1: its value is not copied, left empty</source>
        <translation>l&apos;header %1: il suo valore non viene copiato e resta vuoto</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, left empty</source>
        <translation>il parametro %1: il suo valore non viene copiato e resta vuoto</translation>
    </message>
    <message>
        <source>%1 has no property called “%2”</source>
        <translation>%1 non ha nessuna struttura chiamata «%2»</translation>
    </message>
    <message>
        <source>%1 has more than one property called “%2”</source>
        <translation>%1 ha più di una struttura chiamata «%2»</translation>
    </message>
    <message>
        <source>%1 has this webhook more than once (the same scope, URL and event mask)</source>
        <translation>%1 ha questo webhook più di una volta (stesso ambito, URL e maschera eventi)</translation>
    </message>
    <message>
        <source>%1 has more than one webhook with this scope, URL and event mask</source>
        <translation>%1 ha più di un webhook con questo ambito, URL e maschera eventi</translation>
    </message>
    <message>
        <source>cannot be copied: %1</source>
        <translation>non può essere copiato: %1</translation>
    </message>
</context>
<context>
    <name>Transfer::ImportLine</name>
    <message>
        <source>create</source>
        <translation>crea</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiorna</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltato</translation>
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
        <translation>l&apos;header %1 non ha un valore nel file: viene mantenuto il valore attuale</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: the value here is kept</source>
        <translation>il parametro %1 non ha un valore nel file: viene mantenuto il valore attuale</translation>
    </message>
    <message>
        <source>header %1 has no value in the file: left empty</source>
        <translation>l&apos;header %1 non ha un valore nel file: lasciato vuoto</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: left empty</source>
        <translation>il parametro %1 non ha un valore nel file: lasciato vuoto</translation>
    </message>
    <message>
        <source>this account has no property called “%1”</source>
        <translation>questo account non ha nessuna struttura chiamata «%1»</translation>
    </message>
    <message>
        <source>this account has more than one property called “%1”, so the import cannot tell which is meant</source>
        <translation>questo account ha più di una struttura chiamata «%1», quindi l&apos;importazione non può stabilire quale sia quella giusta</translation>
    </message>
    <message>
        <source>the file lists this webhook (scope, URL and event mask) more than once; only the first is imported</source>
        <translation>il file elenca questo webhook (ambito, URL e maschera eventi) più di una volta; viene importato solo il primo</translation>
    </message>
    <message>
        <source>this account has more than one webhook with this scope, URL and event mask, so the import cannot tell which to update</source>
        <translation>questo account ha più di un webhook con questo ambito, URL e maschera eventi, quindi l&apos;importazione non può stabilire quale aggiornare</translation>
    </message>
    <message>
        <source>To create: %1, to update: %2, unchanged: %3, skipped: %4.</source>
        <translation>Da creare: %1, da aggiornare: %2, invariati: %3, saltati: %4.</translation>
    </message>
</context>
<context>
    <name>Transfer::WebhookFileFormat</name>
    <message>
        <source>it is not an object</source>
        <translation>non è un oggetto</translation>
    </message>
    <message>
        <source>it has no &quot;callback_url&quot; text</source>
        <translation>non ha un testo &quot;callback_url&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;event_mask&quot; text</source>
        <translation>non ha un testo &quot;event_mask&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; has no &quot;title&quot;</source>
        <translation>il suo &quot;property&quot; non ha &quot;title&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; is neither an object with a &quot;title&quot; nor null (for a global webhook)</source>
        <translation>il suo &quot;property&quot; non è né un oggetto con &quot;title&quot; né null (per un webhook globale)</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not true or false</source>
        <translation>il suo &quot;%1&quot; non è né true né false</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not an object (or null)</source>
        <translation>il suo &quot;%1&quot; non è né un oggetto né null</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; value of “%2” is neither text nor null</source>
        <translation>nel suo &quot;%1&quot;, il valore di «%2» non è né testo né null</translation>
    </message>
    <message>
        <source>%1 is not a Webhook Console webhook file: %2.</source>
        <translation>%1 non è un file di webhook di Webhook Console: %2.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>non è JSON (%1 al byte %2)</translation>
    </message>
    <message>
        <source>it does not say &quot;format&quot;: &quot;%1&quot;</source>
        <translation>non indica &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its &quot;format_version&quot; is not a whole number from 1 up</source>
        <translation>il suo &quot;format_version&quot; non è un numero intero a partire da 1</translation>
    </message>
    <message>
        <source>%1 is version %2 of the webhook file format, written by a newer Webhook Console; this one reads version %3. Import it with a newer Webhook Console.</source>
        <translation>%1 è alla versione %2 del formato dei file di webhook, scritta da una versione più recente di Webhook Console; questa legge la versione %3. Importarlo con una versione più recente di Webhook Console.</translation>
    </message>
    <message>
        <source>its &quot;webhooks&quot; is not a list</source>
        <translation>il suo &quot;webhooks&quot; non è un elenco</translation>
    </message>
    <message>
        <source>in webhook %1 of the list, %2</source>
        <translation>nel webhook %1 dell&apos;elenco, %2</translation>
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
        <translation>Errore</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL di callback:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL di callback</translation>
    </message>
    <message>
        <source>https://pms.example.com/channex/webhooks</source>
        <translation>https://pms.example.com/channex/webhooks</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>St&amp;ruttura:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Struttura</translation>
    </message>
    <message>
        <source>The property whose events this webhook receives, or Global for every property of the account. Type a name to jump to it.</source>
        <translation>La struttura di cui questo webhook riceve gli eventi, oppure Globale per tutte le strutture dell&apos;account. Digitare un nome per raggiungerla.</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Invio:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Channex calls only active webhooks.</source>
        <translation>Channex chiama solo i webhook attivi.</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Atti&amp;vo</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Invio dati</translation>
    </message>
    <message>
        <source>Include the event&apos;s data (the booking, the ARI change…) in each call, instead of only its type and IDs.</source>
        <translation>Include i dati dell&apos;evento (la prenotazione, la modifica ARI…) in ogni chiamata, anziché solo il tipo e gli ID.</translation>
    </message>
    <message>
        <source>Send &amp;data with each event</source>
        <translation>Invia i &amp;dati con ogni evento</translation>
    </message>
    <message>
        <source>Webhook ID:</source>
        <translation>ID webhook:</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID webhook</translation>
    </message>
    <message>
        <source>Events, headers and parameters</source>
        <translation>Eventi, header e parametri</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventi</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Extra HTTP headers Channex sends with every call, for example a secret the receiver checks.</source>
        <translation>Header HTTP aggiuntivi che Channex invia con ogni chiamata, ad esempio un segreto verificato dal destinatario.</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Parametri della ri&amp;chiesta</translation>
    </message>
    <message>
        <source>Query parameters Channex adds to the callback URL on every call.</source>
        <translation>Parametri di query che Channex aggiunge all&apos;URL di callback a ogni chiamata.</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Mostra risultato del test</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Risultato del test</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Ask Channex to send a test call with these settings, without saving them</source>
        <translation>Chiede a Channex di inviare una chiamata di test con queste impostazioni, senza salvarle</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Prova</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Elaborazione in corso</translation>
    </message>
    <message>
        <source>Use live receiver</source>
        <translation>Usa il ricevitore live</translation>
    </message>
    <message>
        <source>Use &amp;live receiver</source>
        <translation>Usa il ricevitore &amp;live</translation>
    </message>
    <message>
        <source>Overlap warnings</source>
        <translation>Avvisi di sovrapposizione</translation>
    </message>
</context>
</TS>
