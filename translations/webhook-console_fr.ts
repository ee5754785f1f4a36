<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Capture::CaptureStore</name>
    <message>
        <source>The capture database could not be prepared: %1</source>
        <translation>La base de données des captures n&apos;a pas pu être préparée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The capture database %1 could not be opened: %2</source>
        <translation>La base de données des captures %1 n&apos;a pas pu être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The capture database has no schema version: %1</source>
        <translation>La base de données des captures n&apos;a pas de version de schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>The capture database has version %1; this version of the console reads version %2. Choose another data directory or remove the file.</source>
        <translation>La base de données des captures est en version %1&#xa0;; cette version de la console lit la version %2. Choisissez un autre dossier de données ou supprimez le fichier.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not one of captures. Choose another data directory or remove the file.</source>
        <translation>Le fichier est une base de données SQLite, mais pas une base de captures. Choisissez un autre dossier de données ou supprimez le fichier.</translation>
    </message>
    <message>
        <source>The capture store is open already.</source>
        <translation>Le stockage des captures est déjà ouvert.</translation>
    </message>
    <message>
        <source>The capture store is not open.</source>
        <translation>Le stockage des captures n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The capture store is closed.</source>
        <translation>Le stockage des captures est fermé.</translation>
    </message>
    <message>
        <source>The capture database could not be prepared (%1). Choose another data directory or move the file away.</source>
        <translation>La base de données des captures n&apos;a pas pu être préparée (%1). Choisissez un autre dossier de données ou déplacez le fichier ailleurs.</translation>
    </message>
    <message>
        <source>The capture database could not be read (%1). Choose another data directory or move the file away.</source>
        <translation>La base de données des captures n&apos;a pas pu être lue (%1). Choisissez un autre dossier de données ou déplacez le fichier ailleurs.</translation>
    </message>
    <message>
        <source>The capture could not be written to the database (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>La capture n&apos;a pas pu être écrite dans la base de données (%1). Vérifiez qu&apos;il reste de l&apos;espace libre sur le disque et qu&apos;aucun autre programme ne verrouille la base de données des captures.</translation>
    </message>
    <message>
        <source>The captures could not be changed (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>Les captures n&apos;ont pas pu être modifiées (%1). Vérifiez qu&apos;il reste de l&apos;espace libre sur le disque et qu&apos;aucun autre programme ne verrouille la base de données des captures.</translation>
    </message>
    <message>
        <source>This console cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Cette console ne peut pas accéder à PostgreSQL&#xa0;: le pilote PostgreSQL de Qt n&apos;est pas installé (sous Debian et Ubuntu, le paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The shared capture history %1 could not be reached: %2</source>
        <translation>Impossible d&apos;accéder à l&apos;historique partagé des captures %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database has tables, but not those of captures. Give the shared capture history a database of its own (createdb webhooks, say).</source>
        <translation>La base de données PostgreSQL contient des tables, mais pas celles des captures. Attribuez une base de données dédiée à l&apos;historique partagé des captures (par exemple avec createdb webhooks).</translation>
    </message>
    <message>
        <source>The capture could not be written to the shared capture history (%1). Check that its PostgreSQL server is running and can be reached.</source>
        <translation>La capture n&apos;a pas pu être écrite dans l&apos;historique partagé des captures (%1). Vérifiez que son serveur PostgreSQL fonctionne et qu&apos;il est joignable.</translation>
    </message>
    <message>
        <source>The shared capture history %1 cannot be reached (%2). New captures appear again when it is back.</source>
        <translation>L&apos;historique partagé des captures %1 est inaccessible (%2). Les nouvelles captures s&apos;afficheront de nouveau dès qu&apos;il sera accessible.</translation>
    </message>
</context>
<context>
    <name>Capture::PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read the captures in %1: the folder and the capture database are now yours alone.</source>
        <translation>D&apos;autres comptes de cet ordinateur pouvaient lire les captures dans %1&#xa0;: le dossier et la base de données des captures sont désormais à vous seul.</translation>
    </message>
</context>
<context>
    <name>Capture::StoreLocation</name>
    <message>
        <source>The URL carries a password. Leave it out: the password is read from the PGPASSWORD environment variable or ~/.pgpass (or the keychain, for the window&apos;s shared capture history).</source>
        <translation>L&apos;URL contient un mot de passe. Retirez-le&#xa0;: le mot de passe est lu dans la variable d&apos;environnement PGPASSWORD ou dans ~/.pgpass (ou, pour l&apos;historique partagé des captures de la fenêtre, dans le trousseau de clés).</translation>
    </message>
    <message>
        <source>A shared capture history is a PostgreSQL URL such as postgresql://user@host:5432/database.</source>
        <translation>Un historique partagé des captures est une URL PostgreSQL, par exemple postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 n&apos;est pas une URL valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection option this console passes on (it takes %2).</source>
        <translation>%1 n&apos;est pas une option de connexion PostgreSQL que cette console transmet (elle accepte %2).</translation>
    </message>
    <message>
        <source>The URL names no database: add it as the path, e.g. postgresql://user@host:5432/webhooks.</source>
        <translation>L&apos;URL n&apos;indique aucune base de données&#xa0;: ajoutez-la comme chemin, par exemple postgresql://user@host:5432/webhooks.</translation>
    </message>
</context>
<context>
    <name>Channex::ApiError</name>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clé API refusée</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>Valeurs non valides</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation>Requête non comprise</translation>
    </message>
    <message>
        <source>Channex server error</source>
        <translation>Erreur du serveur Channex</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse dans les délais</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Serveur introuvable</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Réponse non valide</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>The API key was refused by %1. Enter this connection&apos;s key again under Manage connections…; staging and production keys differ, and a withdrawn key stops working.</source>
        <translation>La clé API a été refusée par %1. Saisissez à nouveau la clé de cette connexion dans «&#xa0;Gérer les connexions…&#xa0;»&#xa0;; les clés de préproduction et de production sont différentes, et une clé révoquée ne fonctionne plus.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (HTTP 403). It may be limited to some properties; use a key with access to this property or ask the account owner.</source>
        <translation>La clé API n&apos;est pas autorisée à effectuer cette opération (HTTP 403). Elle est peut-être limitée à certains établissements&#xa0;; utilisez une clé ayant accès à cet établissement ou adressez-vous au propriétaire du compte.</translation>
    </message>
    <message>
        <source>This webhook no longer exists on %1 (HTTP 404); it may have been deleted elsewhere. Refresh the list to see the current webhooks.</source>
        <translation>Ce webhook n&apos;existe plus sur %1 (HTTP 404)&#xa0;; il a peut-être été supprimé ailleurs. Actualisez la liste pour voir les webhooks actuels.</translation>
    </message>
    <message>
        <source>%1 has no Channex API at this address (HTTP 404). Check the server address under Manage connections…: it is the root, such as https://staging.channex.io, without /api/v1.</source>
        <translation>Aucune API Channex n&apos;a été trouvée à cette adresse sur %1 (HTTP 404). Vérifiez l&apos;adresse du serveur dans «&#xa0;Gérer les connexions…&#xa0;»&#xa0;: il s&apos;agit de la racine, par exemple https://staging.channex.io, sans /api/v1.</translation>
    </message>
    <message>
        <source>Channex rejected the values (%1). Check the fields and save again.</source>
        <translation>Channex a refusé les valeurs (%1). Vérifiez les champs et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>HTTP 422</source>
        <translation>HTTP 422</translation>
    </message>
    <message>
        <source>Channex rejected the values: %1. Correct the field and save again.</source>
        <translation>Channex a refusé les valeurs&#xa0;: %1. Corrigez le champ et enregistrez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Channex rejected the values: %1 (and %n more). Correct the fields and save again.</source>
        <translation>
            <numerusform>Channex a refusé les valeurs&#xa0;: %1 (et %n autre). Corrigez les champs et enregistrez à nouveau.</numerusform>
            <numerusform>Channex a refusé les valeurs&#xa0;: %1 (et %n autres). Corrigez les champs et enregistrez à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 received too many requests from this key (HTTP 429). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Cette clé a envoyé trop de requêtes vers %1 (HTTP 429). Patientez %n seconde puis réessayez.</numerusform>
            <numerusform>Cette clé a envoyé trop de requêtes vers %1 (HTTP 429). Patientez %n secondes puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received too many requests from this key (HTTP 429). Wait a minute and try again.</source>
        <translation>Cette clé a envoyé trop de requêtes vers %1 (HTTP 429). Patientez une minute puis réessayez.</translation>
    </message>
    <message>
        <source>%1 did not understand the request (HTTP 400%2). This is probably a bug in Webhook Console or a server version it does not know; please report it.</source>
        <translation>La requête n&apos;a pas été comprise par %1 (HTTP 400%2). Il s&apos;agit probablement d&apos;un bogue de Webhook Console ou d&apos;une version du serveur qu&apos;il ne connaît pas&#xa0;; merci de le signaler.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). This is not caused by your input; try again in a few minutes.</source>
        <translation>Un problème est survenu sur %1 lors de la réponse (HTTP %2). Il ne vient pas de votre saisie&#xa0;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2. Check that the server URL points to a Channex API.</source>
        <translation>Le statut HTTP %2 renvoyé par %1 est inattendu. Vérifiez que l&apos;URL du serveur pointe vers une API Channex.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again; if it keeps happening the server may be overloaded.</source>
        <translation>La requête vers %1 est restée sans réponse dans le délai imparti. Vérifiez votre connexion Internet et réessayez&#xa0;; si le problème persiste, le serveur est peut-être surchargé.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check your internet connection and the server address.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez votre connexion Internet et l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check your internet connection and DNS settings (or proxy); the address itself is correct.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez votre connexion Internet et vos paramètres DNS (ou de proxy)&#xa0;; l&apos;adresse elle-même est correcte.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the server address under Manage connections… for typos, and check your internet connection.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez que l&apos;adresse du serveur saisie dans «&#xa0;Gérer les connexions…&#xa0;» ne contient pas de faute de frappe, ainsi que votre connexion Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing is listening there. Check the server URL and port, or restart the sandbox if you are using it.</source>
        <translation>La connexion a été refusée par %1&#xa0;; aucun service n&apos;écoute à cette adresse. Vérifiez l&apos;URL et le port du serveur, ou redémarrez le bac à sable si vous l&apos;utilisez.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (certificate or TLS problem). Check the server URL, the system clock and any proxy that inspects HTTPS traffic.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1 (problème de certificat ou de TLS). Vérifiez l&apos;URL du serveur, l&apos;horloge du système et tout proxy qui inspecte le trafic HTTPS.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check your internet connection or proxy settings and try again.</source>
        <translation>La connexion avec %1 a échoué. Vérifiez votre connexion Internet ou vos paramètres de proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the expected JSON. Is the server URL right? It must point to a Channex API server.</source>
        <translation>La réponse renvoyée par %1 n&apos;est pas le JSON attendu. L&apos;URL du serveur est-elle correcte&#xa0;? Elle doit pointer vers un serveur d&apos;API Channex.</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived.</source>
        <translation>La requête a été annulée avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>La requête vers %1 a échoué.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1. Correct the values and try again.</source>
        <translation>Rien n’a été envoyé&#xa0;: %1. Corrigez les valeurs et réessayez.</translation>
    </message>
</context>
<context>
    <name>Channex::ConnectionProfile</name>
    <message>
        <source>Sandbox (built-in demo)</source>
        <translation>Bac à sable (démo intégrée)</translation>
    </message>
    <message>
        <source>Channex Staging</source>
        <translation>Channex préproduction</translation>
    </message>
    <message>
        <source>Channex Production</source>
        <translation>Channex production</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter the full address including https://, for example %1.</source>
        <translation>Saisissez l&apos;adresse complète, avec https://, par exemple %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address. Enter it like %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valide. Saisissez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be used, not %1://.</source>
        <translation>Seules les adresses http:// et https:// sont acceptées, pas %1://.</translation>
    </message>
    <message>
        <source>The address has no server name. Enter it like %1.</source>
        <translation>L&apos;adresse ne contient pas de nom de serveur. Saisissez-la sous la forme %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own field.</source>
        <translation>Retirez le nom d&apos;utilisateur et le mot de passe de l&apos;adresse&#xa0;; la clé API se saisit dans son propre champ.</translation>
    </message>
    <message>
        <source>Remove the &apos;?&apos; or &apos;#&apos; part from the address; enter only the server root, like %1.</source>
        <translation>Retirez la partie «&#xa0;?&#xa0;» ou «&#xa0;#&#xa0;» de l&apos;adresse&#xa0;; saisissez uniquement la racine du serveur, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>Channex::EventMask</name>
    <message numerus="yes">
        <source>%n room type(s)</source>
        <translation>
            <numerusform>%n type de chambre</numerusform>
            <numerusform>%n types de chambre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n plan tarifaire</numerusform>
            <numerusform>%n plans tarifaires</numerusform>
        </translation>
    </message>
    <message>
        <source>The event mask is empty; Channex requires at least one event, or &apos;*&apos; for all events.</source>
        <translation>Le masque d&apos;événements est vide&#xa0;; Channex exige au moins un événement, ou «&#xa0;*&#xa0;» pour tous les événements.</translation>
    </message>
    <message>
        <source>&apos;*&apos; already includes every event; the other entries have no effect.</source>
        <translation>«&#xa0;*&#xa0;» inclut déjà tous les événements&#xa0;; les autres entrées n&apos;ont aucun effet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed more than once.</source>
        <translation>«&#xa0;%1&#xa0;» figure plusieurs fois.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has too many filter segments; an ari filter looks like ari:restrictions:room_type_ids:rate_plan_ids.</source>
        <translation>«&#xa0;%1&#xa0;» comporte trop de segments de filtre&#xa0;; un filtre ari se présente sous la forme ari:restrictions:room_type_ids:rate_plan_ids.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a filter, but only the ari event accepts one; Channex will probably not recognise this entry.</source>
        <translation>«&#xa0;%1&#xa0;» comporte un filtre, mais seul l&apos;événement ari en accepte un&#xa0;; Channex ne reconnaîtra probablement pas cette entrée.</translation>
    </message>
    <message>
        <source>&apos;disconnected_channel&apos; is the 2025 name of &apos;disconnect_channel&apos;; newer Channex servers may only know the new name.</source>
        <translation>«&#xa0;disconnected_channel&#xa0;» est le nom donné en 2025 à «&#xa0;disconnect_channel&#xa0;»&#xa0;; les serveurs Channex récents ne connaissent peut-être que le nouveau nom.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Channex event; event names are lower case (did you mean &apos;%2&apos;?).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un événement Channex&#xa0;; les noms d&apos;événements s&apos;écrivent en minuscules (vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a documented Channex event; check the spelling.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un événement Channex documenté&#xa0;; vérifiez l&apos;orthographe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ARI restriction; known restrictions are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une restriction ARI&#xa0;; les restrictions connues sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Aucun événement</translation>
    </message>
</context>
<context>
    <name>Channex::Overlap</name>
    <message>
        <source>Global and property webhook share events</source>
        <translation>Un webhook global et un webhook d&apos;établissement partagent des événements</translation>
    </message>
    <message>
        <source>Same events delivered twice to one URL</source>
        <translation>Mêmes événements livrés deux fois à une même URL</translation>
    </message>
    <message>
        <source>Event mask matches no documented event</source>
        <translation>Le masque d&apos;événements ne correspond à aucun événement documenté</translation>
    </message>
    <message>
        <source>Plain http on Channex production</source>
        <translation>http simple sur la production Channex</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>tous les événements</translation>
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
        <translation>Saisissez l&apos;URL qui doit recevoir les événements.</translation>
    </message>
    <message>
        <source>Remove the spaces before or after the URL.</source>
        <translation>Supprimez les espaces avant ou après l&apos;URL.</translation>
    </message>
    <message>
        <source>The URL must be on one line.</source>
        <translation>L&apos;URL doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>Enter a full URL that starts with https:// or http://.</source>
        <translation>Saisissez une URL complète commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>Channex calls only http and https URLs, not %1.</source>
        <translation>Channex n&apos;appelle que des URL http et https, pas %1.</translation>
    </message>
    <message>
        <source>The URL needs a host name after %1://.</source>
        <translation>L&apos;URL doit comporter un nom d&apos;hôte après %1://.</translation>
    </message>
    <message>
        <source>Plain http sends bookings and guest data unencrypted; use https where the receiver supports it.</source>
        <translation>Le http simple transmet les réservations et les données des clients sans chiffrement&#xa0;; utilisez https si le destinataire le prend en charge.</translation>
    </message>
    <message>
        <source>The query holds what looks like a secret (%1): URLs end up in logs. A header is safer.</source>
        <translation>La chaîne de requête contient ce qui ressemble à un secret (%1)&#xa0;: les URL finissent dans les journaux. Un en-tête est plus sûr.</translation>
    </message>
    <message>
        <source>Choose at least one event, or all events (*).</source>
        <translation>Choisissez au moins un événement, ou tous les événements (*).</translation>
    </message>
    <message>
        <source>The event mask must be on one line.</source>
        <translation>Le masque d&apos;événements doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>Choose the property whose events this webhook receives, or Global.</source>
        <translation>Choisissez l&apos;établissement dont ce webhook reçoit les événements, ou Global.</translation>
    </message>
    <message>
        <source>Header %1 has no name.</source>
        <translation>L&apos;en-tête n° %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Parameter %1 has no name.</source>
        <translation>Le paramètre n° %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>“%1” contains a line break, which would break the request.</source>
        <translation>«&#xa0;%1&#xa0;» contient un saut de ligne, ce qui casserait la requête.</translation>
    </message>
    <message>
        <source>The header “%1” is listed twice.</source>
        <translation>L&apos;en-tête «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>The parameter “%1” is listed twice.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>Channex holds this value as it is, and it is sent back unchanged: %1 A delivery may carry it as it is, and the receiving server may refuse it.</source>
        <translation>Channex conserve cette valeur telle quelle, et elle lui est renvoyée sans changement&#xa0;: %1 Une livraison peut la porter telle quelle, et le serveur destinataire peut la refuser.</translation>
    </message>
    <message>
        <source>The URL contains a space after “%1”: a URL has none (write %20 where the receiver expects one).</source>
        <translation>L&apos;URL contient une espace après «&#xa0;%1&#xa0;»&#xa0;: une URL n&apos;en a pas (écrivez %20 là où le destinataire en attend une).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Webhook Console: manage the webhooks of a Channex account and watch their deliveries.</source>
        <translation>Webhook Console&#xa0;: gérez les webhooks d&apos;un compte Channex et suivez leurs envois.</translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Open on the built-in sandbox, even when an API key is set.</source>
        <translation>Ouvre le bac à sable intégré, même si une clé API est définie.</translation>
    </message>
    <message>
        <source>Open the saved connection to the Channex server at &lt;url&gt; (a server root such as https://staging.channex.io; /api/v1 is added), saving one if there is none. Its API key comes from the keychain, or for this run only from the CHANNEX_API_KEY environment variable.</source>
        <translation>Ouvre la connexion enregistrée vers le serveur Channex situé à &lt;url&gt; (une racine de serveur comme https://staging.channex.io&#xa0;; /api/v1 est ajouté), en l&apos;enregistrant si elle n&apos;existe pas encore. Sa clé API provient du trousseau de clés ou, pour cette exécution uniquement, de la variable d&apos;environnement CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Serve only the sandbox API on 127.0.0.1, without a window, until stopped. Prints its server root and API key (the demo key, or the one in the WEBHOOK_CONSOLE_SANDBOX_KEY environment variable).</source>
        <translation>Fournit uniquement l&apos;API du bac à sable sur 127.0.0.1, sans fenêtre, jusqu&apos;à son arrêt. Affiche sa racine de serveur et sa clé API (la clé de démo, ou celle de la variable d&apos;environnement WEBHOOK_CONSOLE_SANDBOX_KEY).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>With --serve-sandbox: delay every API answer by &lt;ms&gt; milliseconds.</source>
        <translation>Avec --serve-sandbox&#xa0;: retarde chaque réponse de l&apos;API de &lt;ms&gt; millisecondes.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be used together.</source>
        <translation>--sandbox et --api-url ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--latency needs a number of milliseconds from 0 to 600000.</source>
        <translation>--latency attend un nombre de millisecondes compris entre 0 et 600000.</translation>
    </message>
    <message>
        <source>Could not start the sandbox on 127.0.0.1:%1: %2</source>
        <translation>Impossible de démarrer le bac à sable sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Webhook Console sandbox: a Channex-compatible API with demo data.</source>
        <translation>Bac à sable de Webhook Console&#xa0;: une API compatible Channex avec des données de démonstration.</translation>
    </message>
    <message>
        <source>Server root: %1</source>
        <translation>Racine du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>API base:    %1/api/v1</source>
        <translation>Base de l&apos;API&#xa0;:     %1/api/v1</translation>
    </message>
    <message>
        <source>API key:     %1 (send it in the user-api-key header; %2)</source>
        <translation>Clé API&#xa0;:           %1 (à envoyer dans l&apos;en-tête user-api-key&#xa0;; %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>provenant de %1</translation>
    </message>
    <message>
        <source>the demo key</source>
        <translation>la clé de démo</translation>
    </message>
    <message>
        <source>Latency:     %1 ms added to every answer</source>
        <translation>Latence&#xa0;:           %1 ms ajoutées à chaque réponse</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Lancez avec --help pour voir les options.</translation>
    </message>
    <message>
        <source>Could not open the capture database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données des captures %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n capture(s) from %1.</source>
        <translation>
            <numerusform>%n capture exportée depuis %1.</numerusform>
            <numerusform>%n captures exportées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the live receiver with the window, on 127.0.0.1 port &lt;port&gt; (0: any free port).</source>
        <translation>Démarre le récepteur en direct avec la fenêtre, sur 127.0.0.1, port &lt;port&gt; (0&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Keep settings and captures in the folder &lt;dir&gt; instead of the usual places, e.g. for a portable or separate console.</source>
        <translation>Conserve les réglages et les captures dans le dossier &lt;dossier&gt; au lieu des emplacements habituels, par exemple pour une console portable ou distincte.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Run only the live receiver on 127.0.0.1, without a window, until stopped: every request is stored in the data folder before it is answered. Prints its URL and the database file.</source>
        <translation>Exécute uniquement le récepteur en direct sur 127.0.0.1, sans fenêtre, jusqu&apos;à son arrêt&#xa0;: chaque requête est enregistrée dans le dossier de données avant de recevoir une réponse. Affiche son URL et le fichier de base de données.</translation>
    </message>
    <message>
        <source>Port for --serve-sandbox or --serve-receiver (default: any free port).</source>
        <translation>Port pour --serve-sandbox ou --serve-receiver (par défaut&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer 401 (and mark the capture) unless a request carries the header &lt;name&gt; with the value in the WEBHOOK_CONSOLE_RECEIVER_SECRET environment variable.</source>
        <translation>Avec --serve-receiver&#xa0;: répond 401 (et marque la capture) sauf si la requête porte l&apos;en-tête &lt;nom&gt; avec la valeur de la variable d&apos;environnement WEBHOOK_CONSOLE_RECEIVER_SECRET.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Write every stored capture to &lt;file&gt; as JSON Lines (- for standard output) and exit, without a window.</source>
        <translation>Écrit toutes les captures enregistrées dans &lt;fichier&gt; au format JSON Lines (- pour la sortie standard) et quitte, sans fenêtre.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>%1 needs a number from 0 to 65535.</source>
        <translation>%1 attend un nombre compris entre 0 et 65535.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir attend un dossier.</translation>
    </message>
    <message>
        <source>--export-captures needs a file name, or - for standard output.</source>
        <translation>--export-captures attend un nom de fichier, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>--port is an option of --serve-sandbox and --serve-receiver (the window takes --receiver-port).</source>
        <translation>--port est une option de --serve-sandbox et de --serve-receiver (la fenêtre utilise --receiver-port).</translation>
    </message>
    <message>
        <source>--latency is an option of --serve-sandbox.</source>
        <translation>--latency est une option de --serve-sandbox.</translation>
    </message>
    <message>
        <source>--secret-header is an option of --serve-receiver.</source>
        <translation>--secret-header est une option de --serve-receiver.</translation>
    </message>
    <message>
        <source>--secret-header %1 needs the expected value in the %2 environment variable.</source>
        <translation>--secret-header %1 nécessite la valeur attendue dans la variable d&apos;environnement %2.</translation>
    </message>
    <message>
        <source>Could not start the receiver on 127.0.0.1:%1: %2</source>
        <translation>Impossible de démarrer le récepteur sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Webhook Console receiver: every request is stored before it is answered.</source>
        <translation>Récepteur de Webhook Console&#xa0;: chaque requête est enregistrée avant de recevoir une réponse.</translation>
    </message>
    <message>
        <source>URL:      %1</source>
        <translation>URL&#xa0;:             %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret:   requests without the right %1 header are answered 401 (the value is from %2)</source>
        <translation>Secret&#xa0;:          les requêtes sans le bon en-tête %1 reçoivent une réponse 401 (valeur provenant de %2)</translation>
    </message>
    <message>
        <source>Not storing: %1 Requests are answered 503 until the database can be written again.</source>
        <translation>Rien n’est enregistré&#xa0;: %1 Les requêtes reçoivent la réponse 503 jusqu’à ce que la base de données puisse de nouveau être écrite.</translation>
    </message>
    <message>
        <source>Storing again: every request is stored before it is answered.</source>
        <translation>L’enregistrement a repris&#xa0;: chaque requête est enregistrée avant de recevoir une réponse.</translation>
    </message>
    <message>
        <source>--secret-header needs a header name, such as X-Webhook-Secret. %1</source>
        <translation>--secret-header attend un nom d&apos;en-tête, par exemple X-Webhook-Secret. %1</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer requests as the response rules in &lt;file&gt; say (JSON, see docs/response-rules.md); the others get the usual 200.</source>
        <translation>Avec --serve-receiver&#xa0;: répondre aux requêtes comme le disent les règles de réponse de &lt;file&gt; (JSON, voir docs/response-rules.md)&#xa0;; les autres reçoivent le 200 habituel.</translation>
    </message>
    <message>
        <source>With --serve-receiver: send each stored request on to &lt;url&gt; (the app you are building, e.g. http://localhost:3000/webhooks) and answer with its answer; 502 when it does not answer, 504 when it is too slow.</source>
        <translation>Avec --serve-receiver&#xa0;: transmettre chaque requête enregistrée à &lt;url&gt; (l&apos;application que vous développez, p. ex. http://localhost:3000/webhooks) et répondre par sa réponse&#xa0;; 502 si elle ne répond pas, 504 si elle est trop lente.</translation>
    </message>
    <message>
        <source>With --forward: how many seconds to wait for the app&apos;s answer (default 30).</source>
        <translation>Avec --forward&#xa0;: combien de secondes attendre la réponse de l&apos;application (30 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>--rules needs the name of a rules file.</source>
        <translation>--rules a besoin du nom d&apos;un fichier de règles.</translation>
    </message>
    <message>
        <source>--forward: %1</source>
        <translation>--forward&#xa0;: %1</translation>
    </message>
    <message>
        <source>--forward-timeout needs a number of seconds from 1 to 600.</source>
        <translation>--forward-timeout a besoin d&apos;un nombre de secondes de 1 à 600.</translation>
    </message>
    <message>
        <source>--rules and --forward are options of --serve-receiver (the window has them in the Live tab).</source>
        <translation>--rules et --forward sont des options de --serve-receiver (la fenêtre les a dans l&apos;onglet En direct).</translation>
    </message>
    <message>
        <source>--forward-timeout is an option of --forward.</source>
        <translation>--forward-timeout est une option de --forward.</translation>
    </message>
    <message numerus="yes">
        <source>Rules:    %n response rule(s) from %1, the first that matches answers</source>
        <translation>
            <numerusform>Règles&#xa0;:  %n règle de réponse de %1, la première qui correspond répond</numerusform>
            <numerusform>Règles&#xa0;:  %n règles de réponse de %1, la première qui correspond répond</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward:  every other request is sent on to %1 and answered with its answer</source>
        <translation>Transfert&#xa0;: toute autre requête est transmise à %1 et reçoit sa réponse</translation>
    </message>
    <message>
        <source>Write the account&apos;s webhooks to &lt;file&gt; (- for standard output) as a webhook file and exit, without a window. Header and parameter values are left out unless --with-secrets is given. Needs --api-url (the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>Écrit les webhooks du compte dans &lt;fichier&gt; (- pour la sortie standard) sous forme de fichier de webhooks et quitte, sans fenêtre. Les valeurs des en-têtes et des paramètres sont omises, sauf si --with-secrets est indiqué. Nécessite --api-url (la clé API dans la variable d&apos;environnement CHANNEX_API_KEY) ou --sandbox.</translation>
    </message>
    <message>
        <source>With --export-webhooks: include header and parameter values (they often hold secrets).</source>
        <translation>Avec --export-webhooks&#xa0;: inclut les valeurs des en-têtes et des paramètres (elles contiennent souvent des secrets).</translation>
    </message>
    <message>
        <source>Bring the account&apos;s webhooks in line with the webhook file &lt;file&gt; (- for standard input): print one line per webhook (create, update, unchanged, skipped), apply the changes and exit, without a window. Never deletes. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Aligne les webhooks du compte sur le fichier de webhooks &lt;fichier&gt; (- pour l&apos;entrée standard)&#xa0;: affiche une ligne par webhook (créer, mettre à jour, inchangé, ignoré), applique les modifications et quitte, sans fenêtre. Ne supprime jamais rien. Nécessite --api-url (la clé API dans CHANNEX_API_KEY) ou --sandbox.</translation>
    </message>
    <message>
        <source>With --import-webhooks: print what would change, and send nothing.</source>
        <translation>Avec --import-webhooks&#xa0;: affiche ce qui changerait, sans rien envoyer.</translation>
    </message>
    <message>
        <source>Print one line per overlap in the account&apos;s webhooks (a global webhook that a property webhook takes events from, an event delivered twice to one URL, a mask that matches no event, plain http on production) and exit, without a window. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Affiche une ligne par chevauchement dans les webhooks du compte (un webhook global dont un webhook d&apos;établissement prend des événements, un événement livré deux fois à une même URL, un masque qui ne correspond à aucun événement, du http simple en production) et quitte, sans fenêtre. Nécessite --api-url (la clé API dans CHANNEX_API_KEY) ou --sandbox.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard output or input.</source>
        <translation>%1 nécessite un nom de fichier, ou - pour la sortie ou l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--with-secrets is an option of --export-webhooks.</source>
        <translation>--with-secrets est une option de --export-webhooks.</translation>
    </message>
    <message>
        <source>--dry-run is an option of --import-webhooks.</source>
        <translation>--dry-run est une option de --import-webhooks.</translation>
    </message>
    <message>
        <source>--receiver-port is an option of the window; it cannot be combined with --export-webhooks, --import-webhooks or --check-webhooks.</source>
        <translation>--receiver-port est une option de la fenêtre&#xa0;; elle ne peut pas être combinée avec --export-webhooks, --import-webhooks ou --check-webhooks.</translation>
    </message>
    <message>
        <source>--export-webhooks, --import-webhooks and --check-webhooks read an account: give --api-url (with the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>--export-webhooks, --import-webhooks et --check-webhooks lisent un compte&#xa0;: indiquez --api-url (avec la clé API dans la variable d&apos;environnement CHANNEX_API_KEY) ou --sandbox.</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>le bac à sable intégré (%1)</translation>
    </message>
    <message>
        <source>Could not start the built-in sandbox: %1</source>
        <translation>Impossible de démarrer le bac à sable intégré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set the API key of %1 in the CHANNEX_API_KEY environment variable; it is never taken from the command line.</source>
        <translation>Définissez la clé API pour %1 dans la variable d&apos;environnement CHANNEX_API_KEY&#xa0;; elle n&apos;est jamais lue sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Could not read the webhooks of %1: %2</source>
        <translation>Impossible de lire les webhooks sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the property names of %1, which webhook files match properties by: %2</source>
        <translation>Impossible de lire les noms des établissements sur %1, par lesquels les fichiers de webhooks associent les établissements&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n webhook(s) of %1. Findings: %2.</source>
        <translation>
            <numerusform>%n webhook vérifié sur %1. Constats&#xa0;: %2.</numerusform>
            <numerusform>%n webhooks vérifiés sur %1. Constats&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n webhook exporté depuis %1 vers %2.</numerusform>
            <numerusform>%n webhooks exportés depuis %1 vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la sortie standard</translation>
    </message>
    <message>
        <source>Header and parameter values were left out (null); add --with-secrets to include them.</source>
        <translation>Les valeurs des en-têtes et des paramètres ont été omises (null)&#xa0;; ajoutez --with-secrets pour les inclure.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Channex asked to slow down (HTTP 429): waiting %1 s, then sending again…</source>
        <translation>Channex demande de ralentir (HTTP 429)&#xa0;: attente de %1 s, puis nouvel envoi…</translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation>L&apos;entrée standard</translation>
    </message>
    <message>
        <source>the standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Importing %1 into %2.</source>
        <translation>Importation de %1 dans %2.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>refused %1 — %2</source>
        <translation>refusé %1 — %2</translation>
    </message>
    <message>
        <source>Applied %1 of %2 changes.</source>
        <translation>%1 modifications appliquées sur %2.</translation>
    </message>
    <message>
        <source>With --serve-sandbox: multiply Channex&apos;s waits between delivery attempts (1 min to 10 h) by &lt;factor&gt;, from 1 (Channex&apos;s timing, the default) down to 0.001 (a minute becomes 60 ms) or less.</source>
        <translation>Avec --serve-sandbox&#xa0;: multiplie par &lt;facteur&gt; les délais d&apos;attente de Channex entre les tentatives de livraison (1 min à 10 h), de 1 (le rythme de Channex, par défaut) jusqu&apos;à 0.001 (une minute devient 60 ms) ou moins.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <source>Send the documented sample of &lt;event&gt; (one of the 28 Channex events) to the URL given with --to, print the answer and exit: 0 when it answered 2xx, 1 when it answered otherwise or could not be reached.</source>
        <translation>Envoie l&apos;exemple documenté de &lt;événement&gt; (l&apos;un des 28 événements Channex) à l&apos;URL indiquée avec --to, affiche la réponse et quitte&#xa0;: 0 si la réponse est un 2xx, 1 si elle est autre ou si l&apos;URL est injoignable.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>With --fire: the callback URL to send to (http or https).</source>
        <translation>Avec --fire&#xa0;: l&apos;URL de rappel à laquelle envoyer (http ou https).</translation>
    </message>
    <message>
        <source>With --fire: the property the event is about (a uuid; default: the sandbox&apos;s first demo hotel).</source>
        <translation>Avec --fire&#xa0;: l&apos;établissement concerné par l&apos;événement (un UUID&#xa0;; par défaut&#xa0;: le premier hôtel de démonstration du bac à sable).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--fire: &quot;%1&quot; is not one of the %2 Channex events: %3.</source>
        <translation>--fire&#xa0;: &quot;%1&quot; ne fait pas partie des %2 événements Channex&#xa0;: %3.</translation>
    </message>
    <message>
        <source>--fire needs --to with the URL to send to.</source>
        <translation>--fire attend --to avec l&apos;URL de destination.</translation>
    </message>
    <message>
        <source>--to needs an http:// or https:// URL with a host, such as http://127.0.0.1:8080/channex.</source>
        <translation>--to attend une URL http:// ou https:// avec un hôte, par exemple http://127.0.0.1:8080/channex.</translation>
    </message>
    <message>
        <source>--property needs a property id, a uuid such as %1.</source>
        <translation>--property attend un identifiant d&apos;établissement, un UUID tel que %1.</translation>
    </message>
    <message>
        <source>--retry-scale needs a number greater than 0 and at most 1, such as 0.001 (a minute becomes 60 ms).</source>
        <translation>--retry-scale attend un nombre supérieur à 0 et au plus égal à 1, par exemple 0.001 (une minute devient 60 ms).</translation>
    </message>
    <message>
        <source>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks and --fire each run on their own; choose one.</source>
        <translation>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks et --fire s&apos;exécutent chacune seule&#xa0;; choisissez-en une.</translation>
    </message>
    <message>
        <source>--retry-scale is an option of --serve-sandbox.</source>
        <translation>--retry-scale est une option de --serve-sandbox.</translation>
    </message>
    <message>
        <source>--to and --property are options of --fire.</source>
        <translation>--to et --property sont des options de --fire.</translation>
    </message>
    <message>
        <source>--sandbox, --api-url and --receiver-port are options of the window; they cannot be combined with --serve-sandbox, --serve-receiver, --export-captures or --fire.</source>
        <translation>--sandbox, --api-url et --receiver-port sont des options de la fenêtre&#xa0;; elles ne peuvent pas être combinées avec --serve-sandbox, --serve-receiver, --export-captures ou --fire.</translation>
    </message>
    <message>
        <source>--fire sends one request and keeps nothing; it takes --to and --property only.</source>
        <translation>--fire envoie une requête et ne conserve rien&#xa0;; il n&apos;accepte que --to et --property.</translation>
    </message>
    <message>
        <source>Could not deliver %1 to %2: %3.</source>
        <translation>Impossible de livrer %1 à %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 to %3, not a 2xx.</source>
        <translation>%1 a répondu %2 à %3, et non un 2xx.</translation>
    </message>
    <message>
        <source>Control:     %1/sandbox/v1 (fire events, read the delivery log; docs/sandbox.md)</source>
        <translation>Contrôle&#xa0;:             %1/sandbox/v1 (déclencher des événements, lire le journal des livraisons&#xa0;; docs/sandbox.md)</translation>
    </message>
    <message>
        <source>Retries:     after 1 min, 2 min, 4 min … 10 h, as Channex</source>
        <translation>Nouvelles tentatives&#xa0;: après 1 min, 2 min, 4 min … 10 h, comme Channex</translation>
    </message>
    <message>
        <source>Retries:     Channex&apos;s waits × %1 (a minute is %2 ms)</source>
        <translation>Nouvelles tentatives&#xa0;: délais de Channex × %1 (une minute vaut %2 ms)</translation>
    </message>
    <message>
        <source>Keep captures in the PostgreSQL database at &lt;url&gt; (postgresql://user@host:5432/database, libpq options such as sslmode as query parameters), shared with every console and receiver that uses it, instead of the data folder. The password comes from the PGPASSWORD environment variable or ~/.pgpass, never from the URL. For the window, --serve-receiver and --export-captures.</source>
        <translation>Conserve les captures dans la base de données PostgreSQL située à &lt;url&gt; (postgresql://user@host:5432/database, options libpq comme sslmode en paramètres de requête), partagée avec toutes les consoles et tous les récepteurs qui l&apos;utilisent, au lieu du dossier de données. Le mot de passe provient de la variable d&apos;environnement PGPASSWORD ou de ~/.pgpass, jamais de l&apos;URL. Pour la fenêtre, --serve-receiver et --export-captures.</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store&#xa0;: %1</translation>
    </message>
    <message>
        <source>--store is an option of the window, --serve-receiver and --export-captures.</source>
        <translation>--store est une option de la fenêtre, de --serve-receiver et de --export-captures.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Manage Connections</source>
        <translation>Gérer les connexions</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Adresse du ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>Adresse du serveur personnalisé</translation>
    </message>
    <message>
        <source>https://channex.example.com</source>
        <translation>https://channex.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key de votre profil Channex</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
</context>
<context>
    <name>Delivery::DeliveryCall</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>le certificat TLS de %1 a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection to %1 port %2 was refused: nothing listens there</source>
        <translation>la connexion à %1 port %2 a été refusée&#xa0;: rien n&apos;écoute sur ce port</translation>
    </message>
    <message>
        <source>the host %1 was not found (DNS)</source>
        <translation>l&apos;hôte %1 est introuvable (DNS)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>la négociation TLS avec %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Delivery::ResponseParser</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la réponse dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the answer is not HTTP/1.1 (%1)</source>
        <translation>la réponse n&apos;est pas du HTTP/1.1 (%1)</translation>
    </message>
    <message>
        <source>no answer came: the connection closed without one</source>
        <translation>aucune réponse&#xa0;: la connexion s&apos;est fermée sans réponse</translation>
    </message>
    <message>
        <source>the answer was cut off: the connection closed before its end</source>
        <translation>la réponse a été tronquée&#xa0;: la connexion s&apos;est fermée avant sa fin</translation>
    </message>
</context>
<context>
    <name>DuplicateWebhookDialog</name>
    <message>
        <source>Duplicate Webhook</source>
        <translation>Dupliquer le webhook</translation>
    </message>
    <message>
        <source>Find a property by name</source>
        <translation>Rechercher un établissement par son nom</translation>
    </message>
    <message>
        <source>Find property</source>
        <translation>Rechercher un établissement</translation>
    </message>
    <message>
        <source>Properties to copy to</source>
        <translation>Établissements de destination</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select all properties</source>
        <translation>Sélectionner tous les établissements</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Tout dé&amp;sélectionner</translation>
    </message>
    <message>
        <source>Select no property</source>
        <translation>Ne sélectionner aucun établissement</translation>
    </message>
</context>
<context>
    <name>ExportCapturesDialog</name>
    <message>
        <source>Export Captures</source>
        <translation>Exporter les captures</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl): every field and body, one capture per line</source>
        <translation>JSON Lines (.jsonl)&#xa0;: tous les champs et les corps, une capture par ligne</translation>
    </message>
    <message>
        <source>HAR 1.2 (.har): for browser tools and HTTP debuggers</source>
        <translation>HAR 1.2 (.har)&#xa0;: pour les outils des navigateurs et les débogueurs HTTP</translation>
    </message>
    <message>
        <source>CSV (.csv): one row per capture, without bodies, for spreadsheets</source>
        <translation>CSV (.csv)&#xa0;: une ligne par capture, sans les corps, pour les tableurs</translation>
    </message>
    <message>
        <source>Captures:</source>
        <translation>Captures&#xa0;:</translation>
    </message>
    <message>
        <source>Selected captures</source>
        <translation>Captures sélectionnées</translation>
    </message>
    <message>
        <source>Captures matching the filter</source>
        <translation>Captures correspondant au filtre</translation>
    </message>
    <message>
        <source>All stored captures</source>
        <translation>Toutes les captures enregistrées</translation>
    </message>
    <message>
        <source>Redact secrets and guest personal data</source>
        <translation>Masquer les secrets et les données personnelles des clients</translation>
    </message>
    <message>
        <source>&amp;Redact secrets and guest personal data</source>
        <translation>&amp;Masquer les secrets et les données personnelles des clients</translation>
    </message>
    <message>
        <source>Replaces secret headers and query values, and the guest&apos;s name, contact details, card data, notes and messages in JSON bodies with [redacted]. Bodies that are not JSON are exported as they are.</source>
        <translation>Remplace par [redacted] les en-têtes secrets et les valeurs de la chaîne de requête, ainsi que le nom, les coordonnées, les données de carte, les notes et les messages du client dans les corps JSON. Les corps qui ne sont pas du JSON sont exportés tels quels.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>Gui::AboutDialog</name>
    <message>
        <source>About Webhook Console</source>
        <translation>À propos de Webhook Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the webhooks of a Channex account, test them, and watch their deliveries.</source>
        <translation>Gérez les webhooks d&apos;un compte Channex, testez-les et suivez leurs envois.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2) · %3</source>
        <translation>Qt %1 (compilé avec Qt %2) · %3</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Copier les informations de version</translation>
    </message>
    <message>
        <source>Put the versions on the clipboard, for a support request</source>
        <translation>Copier les versions dans le presse-papiers, pour une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;p&gt;Webhook Console is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Components and their licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL version 3, except Qt Charts (the live panel&apos;s chart), which is GNU GPL version 3. Installers ship Qt&apos;s libraries unmodified as separate files; you may replace them with your own build.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — MIT licence.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD 3-clause licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Each component&apos;s licence text is on its site, linked above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Webhook Console est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Licence publique générale GNU&lt;/a&gt;, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Composants et leurs licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL version 3, sauf Qt Charts (le graphique du panneau en direct), sous GNU GPL version 3. Les programmes d&apos;installation fournissent les bibliothèques de Qt non modifiées, sous forme de fichiers distincts&#xa0;; vous pouvez les remplacer par votre propre compilation.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — licence MIT.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — licence BSD à 3 clauses (BSD 3-Clause).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Le texte de la licence de chaque composant se trouve sur son site, dont le lien figure ci-dessus.&lt;/p&gt;</translation>
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
        <translation>Pas encore de réponse&#xa0;: en attente de la réponse de votre application</translation>
    </message>
    <message>
        <source>No answer was sent: the connection closed first</source>
        <translation>Aucune réponse envoyée&#xa0;: la connexion s&apos;est fermée avant</translation>
    </message>
    <message>
        <source>%1, as the response rule “%2” says</source>
        <translation>%1, comme le dit la règle de réponse «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1, the answer of your app</source>
        <translation>%1, la réponse de votre application</translation>
    </message>
    <message>
        <source>%1: your app did not answer</source>
        <translation>%1&#xa0;: votre application n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>Sent on to %1; its answer has not arrived.</source>
        <translation>Transmise à %1&#xa0;; sa réponse n&apos;est pas encore arrivée.</translation>
    </message>
    <message>
        <source>Sent on to %1, which answered %2 in %3.</source>
        <translation>Transmise à %1, qui a répondu %2 en %3.</translation>
    </message>
    <message>
        <source>Sent on to %1, which did not answer: %2 (after %3).</source>
        <translation>Transmise à %1, qui n&apos;a pas répondu&#xa0;: %2 (après %3).</translation>
    </message>
</context>
<context>
    <name>Gui::AnswersDialog</name>
    <message>
        <source>Import Response Rules</source>
        <translation>Importer des règles de réponse</translation>
    </message>
    <message>
        <source>Rules files (*.json)</source>
        <translation>Fichiers de règles (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) read from %1; Save applies them.</source>
        <translation>
            <numerusform>%n règle lue dans %1&#xa0;; Enregistrer l&apos;applique.</numerusform>
            <numerusform>%n règles lues dans %1&#xa0;; Enregistrer les applique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Response Rules</source>
        <translation>Exporter les règles de réponse</translation>
    </message>
    <message>
        <source>Saved to %1; --serve-receiver --rules reads it.</source>
        <translation>Enregistré dans %1&#xa0;; --serve-receiver --rules le lit.</translation>
    </message>
    <message>
        <source>Rule %1 cannot be used yet; its problem is shown below.</source>
        <translation>La règle %1 n&apos;est pas encore utilisable&#xa0;; son problème est indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>Enter the address of your app, or switch forwarding off.</source>
        <translation>Saisissez l&apos;adresse de votre application, ou désactivez le transfert.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building. Response rules are tried in order and the first that matches answers; the other requests are forwarded to your app when forwarding is on, and answered 200 otherwise. Every request is stored first.</source>
        <translation>Répondez comme le point de terminaison que vous développez. Les règles de réponse sont essayées dans l&apos;ordre et la première qui correspond répond&#xa0;; les autres requêtes sont transmises à votre application quand le transfert est activé, et reçoivent 200 sinon. Chaque requête est d&apos;abord enregistrée.</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>Règles de réponse</translation>
    </message>
    <message>
        <source>Add a response rule</source>
        <translation>Ajouter une règle de réponse</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Retirer la règle sélectionnée</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Essayer la règle sélectionnée plus tôt</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Essayer la règle sélectionnée plus tard</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import response rules from a file</source>
        <translation>Importer des règles de réponse depuis un fichier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the response rules to a file</source>
        <translation>Exporter les règles de réponse dans un fichier</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Forward requests to your app</source>
        <translation>Transmettre les requêtes à votre application</translation>
    </message>
    <message>
        <source>Address of your app</source>
        <translation>Adresse de votre application</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>Atte&amp;ndre&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to wait for your app&apos;s answer</source>
        <translation>Secondes d&apos;attente de la réponse de votre application</translation>
    </message>
    <message>
        <source>When your app has not answered by then, the sender gets 504; when it cannot be reached, 502.</source>
        <translation>Si votre application n&apos;a pas répondu d&apos;ici là, l&apos;expéditeur reçoit 504&#xa0;; si elle est injoignable, 502.</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add Ru&amp;le</source>
        <translation>Ajouter une &amp;règle</translation>
    </message>
    <message>
        <source>Forward the other requests &amp;to</source>
        <translation>Transmettre les autres requêtes &amp;à</translation>
    </message>
</context>
<context>
    <name>Gui::AriFilterEditor</name>
    <message>
        <source>Restriction %1</source>
        <translation>Restriction %1</translation>
    </message>
    <message>
        <source>Room type IDs</source>
        <translation>ID des types de chambre</translation>
    </message>
    <message>
        <source>Choose room types</source>
        <translation>Choisir les types de chambre</translation>
    </message>
    <message>
        <source>Rate plan IDs</source>
        <translation>ID des plans tarifaires</translation>
    </message>
    <message>
        <source>Choose rate plans</source>
        <translation>Choisir les plans tarifaires</translation>
    </message>
    <message>
        <source>Any, or IDs separated by commas</source>
        <translation>Tous, ou ID séparés par des virgules</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Restrictions&#xa0;:</translation>
    </message>
    <message>
        <source>None checked: changes of any restriction.</source>
        <translation>Aucune cochée&#xa0;: modifications de n&apos;importe quelle restriction.</translation>
    </message>
    <message>
        <source>R&amp;oom types:</source>
        <translation>T&amp;ypes de chambre&#xa0;:</translation>
    </message>
    <message>
        <source>Rate p&amp;lans:</source>
        <translation>P&amp;lans tarifaires&#xa0;:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>%1 (unknown ID)</source>
        <translation>%1 (ID inconnu)</translation>
    </message>
</context>
<context>
    <name>Gui::BodyTab</name>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Show raw bytes</source>
        <translation>Afficher les octets bruts</translation>
    </message>
    <message>
        <source>Show the raw bytes</source>
        <translation>Afficher les octets bruts</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Mise en forme…</translation>
    </message>
    <message>
        <source>The request had no body.</source>
        <translation>La requête n&apos;avait pas de corps.</translation>
    </message>
    <message>
        <source>JSON, indented; keys and values as received.</source>
        <translation>JSON indenté&#xa0;; clés et valeurs telles que reçues.</translation>
    </message>
    <message>
        <source>JSON, indented. Colours are off for bodies over 1 MB, to keep the window responsive.</source>
        <translation>JSON indenté. Les couleurs sont désactivées pour les corps de plus de 1&#xa0;Mo, afin que la fenêtre reste réactive.</translation>
    </message>
    <message>
        <source>Not JSON: the text as received.</source>
        <translation>Pas du JSON&#xa0;: le texte tel que reçu.</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text (or holds control characters): the Raw tab shows its bytes in hex.</source>
        <translation>Le corps n&apos;est pas du texte UTF-8 (ou contient des caractères de contrôle)&#xa0;: l&apos;onglet «&#xa0;Brut&#xa0;» affiche ses octets en hexadécimal.</translation>
    </message>
</context>
<context>
    <name>Gui::BulkJobProgress</name>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Poursuivre</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureActions</name>
    <message>
        <source>Un&amp;pin</source>
        <translation>Désé&amp;pingler</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Keep the selected captures through Clear and retention (%1)</source>
        <translation>Protéger les captures sélectionnées de «&#xa0;Tout effacer&#xa0;» et de la limite de conservation (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected captures (%1)</source>
        <translation>Supprimer les captures sélectionnées (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear All…</source>
        <translation>&amp;Tout effacer…</translation>
    </message>
    <message>
        <source>Delete every capture except the pinned ones (%1)</source>
        <translation>Supprimer toutes les captures, sauf celles qui sont épinglées (%1)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier comme c&amp;URL</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again (%1)</source>
        <translation>Copier une commande curl qui renvoie cette requête (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the selected or all captures as JSON Lines, HAR or CSV (%1)</source>
        <translation>Enregistrer les captures sélectionnées, ou toutes les captures, au format JSON Lines, HAR ou CSV (%1)</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Rejouer…</translation>
    </message>
    <message>
        <source>Send this request again to any URL, with edits (%1)</source>
        <translation>Renvoyer cette requête vers l&apos;URL de votre choix, en la modifiant si besoin (%1)</translation>
    </message>
    <message>
        <source>Delete Captures</source>
        <translation>Supprimer les captures</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n capture(s)?</source>
        <translation>
            <numerusform>Supprimer %n capture&#xa0;?</numerusform>
            <numerusform>Supprimer %n captures&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed from the capture database. This cannot be undone.</source>
        <translation>Elles seront retirées de la base de données des captures. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Clear Captures</source>
        <translation>Effacer les captures</translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned?</source>
        <translation>Supprimer toutes les captures non épinglées&#xa0;?</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>Les captures épinglées sont conservées. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>That capture is no longer stored.</source>
        <translation>Cette capture n&apos;est plus enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) exported to %1.</source>
        <translation>
            <numerusform>%n capture exportée vers %1.</numerusform>
            <numerusform>%n captures exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned from the shared capture history, for everyone who uses it?</source>
        <translation>Supprimer de l&apos;historique partagé toutes les captures non épinglées, pour tous ses utilisateurs&#xa0;?</translation>
    </message>
    <message>
        <source>The history is shared through %1: the captures disappear from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>L&apos;historique est partagé via %1&#xa0;: les captures disparaissent aussi des consoles de vos collègues. Les captures épinglées sont conservées. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Copied a curl command that sends the %1 of %2 again.</source>
        <translation>Commande curl copiée : elle renvoie le %1 de %2.</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureDetailView</name>
    <message>
        <source>Select a capture to see it.</source>
        <translation>Sélectionnez une capture pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>Capture details</source>
        <translation>Détails de la capture</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureFilterBar</name>
    <message>
        <source>Any method</source>
        <translation>Toutes les méthodes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx réussite</translation>
    </message>
    <message>
        <source>4xx refused</source>
        <translation>4xx refus</translation>
    </message>
    <message>
        <source>5xx failed</source>
        <translation>5xx échec</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtre d&apos;événement</translation>
    </message>
    <message>
        <source>Show captures of one Channex event (the number is how many are stored)</source>
        <translation>Afficher les captures d&apos;un seul événement Channex (le nombre indique combien sont enregistrées)</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Filtre de méthode</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Show captures by the status the receiver answered</source>
        <translation>Afficher les captures selon le statut renvoyé par le récepteur</translation>
    </message>
    <message>
        <source>Search body, header names and values</source>
        <translation>Rechercher dans le corps, les noms et les valeurs d&apos;en-têtes</translation>
    </message>
    <message>
        <source>Search captures</source>
        <translation>Rechercher dans les captures</translation>
    </message>
    <message>
        <source>Text in the body, a header name or a header value (any case). Esc clears it.</source>
        <translation>Texte du corps, d&apos;un nom ou d&apos;une valeur d&apos;en-tête (sans distinction de casse). Échap l&apos;efface.</translation>
    </message>
    <message>
        <source>&amp;Pinned</source>
        <translation>É&amp;pinglées</translation>
    </message>
    <message>
        <source>Pinned only</source>
        <translation>Épinglées uniquement</translation>
    </message>
    <message>
        <source>Show only pinned captures</source>
        <translation>Afficher uniquement les captures épinglées</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Marquées uniquement</translation>
    </message>
    <message>
        <source>Show only duplicates, out-of-order deliveries, rejected requests and secret mismatches</source>
        <translation>Afficher uniquement les doublons, les livraisons hors séquence, les requêtes rejetées et les secrets non concordants</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All events (%1)</source>
        <translation>Tous les événements (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not a Channex payload (%1)</source>
        <translation>Pas une charge utile Channex (%1)</translation>
    </message>
    <message>
        <source>Marke&amp;d</source>
        <translation>&amp;Marquées</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureListModel</name>
    <message>
        <source>%1 µs</source>
        <translation>%1&#xa0;µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>rejected by the receiver</source>
        <translation>rejetée par le récepteur</translation>
    </message>
    <message>
        <source>secret header missing or wrong (answered 401)</source>
        <translation>en-tête secret absent ou incorrect (réponse 401)</translation>
    </message>
    <message>
        <source>duplicate: the same body arrived before for this event and property</source>
        <translation>doublon&#xa0;: le même corps est déjà arrivé pour cet événement et cet établissement</translation>
    </message>
    <message>
        <source>pinned: kept by Clear and retention</source>
        <translation>épinglée&#xa0;: ni «&#xa0;Tout effacer&#xa0;» ni la limite de conservation ne la suppriment</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (épinglée)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>hors séquence</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>out of order: its timestamp is earlier than one already received about the same booking, ARI record or message thread</source>
        <translation>hors séquence&#xa0;: son horodatage est antérieur à un autre déjà reçu pour la même réservation, le même enregistrement ARI ou le même fil de messages</translation>
    </message>
    <message>
        <source>answered by a response rule</source>
        <translation>répondue par une règle de réponse</translation>
    </message>
    <message>
        <source>forwarded to your app, which gave the answer</source>
        <translation>transmise à votre application, qui a donné la réponse</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>transmise</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsAction</name>
    <message>
        <source>Co&amp;mpare Connections…</source>
        <translation>&amp;Comparer les connexions…</translation>
    </message>
    <message>
        <source>Two connections side by side, such as staging and production: which webhooks only one has, which differ and how, and copying them across</source>
        <translation>Deux connexions côte à côte, comme la préproduction et la production&#xa0;: les webhooks que seule l&apos;une possède, ceux qui diffèrent et en quoi, et leur copie de l&apos;une à l&apos;autre</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsDialog</name>
    <message>
        <source>Compare Connections</source>
        <translation>Comparer les connexions</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Tous les webhooks</translation>
    </message>
    <message>
        <source>Every difference</source>
        <translation>Toutes les différences</translation>
    </message>
    <message>
        <source>Only on the left</source>
        <translation>Uniquement à gauche</translation>
    </message>
    <message>
        <source>Only on the right</source>
        <translation>Uniquement à droite</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Différents</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identiques</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Property, URL or field</source>
        <translation>Établissement, URL ou champ</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload both connections</source>
        <translation>Recharger les deux connexions</translation>
    </message>
    <message>
        <source>Read both accounts again (F5)</source>
        <translation>Relire les deux comptes (F5)</translation>
    </message>
    <message>
        <source>Copy header and parameter &amp;values</source>
        <translation>Copier les &amp;valeurs des en-têtes et des paramètres</translation>
    </message>
    <message>
        <source>Copy header and parameter values</source>
        <translation>Copier les valeurs des en-têtes et des paramètres</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them, the target keeps its own values under the same names and new ones are left empty.</source>
        <translation>Elles contiennent souvent des secrets, comme un en-tête de secret partagé. Sans elles, la connexion cible conserve ses propres valeurs pour les mêmes noms, et les nouvelles restent vides.</translation>
    </message>
    <message>
        <source>← Cop&amp;y to Left</source>
        <translation>← &amp;Copier vers la gauche</translation>
    </message>
    <message>
        <source>Copy to left</source>
        <translation>Copier vers la gauche</translation>
    </message>
    <message>
        <source>&amp;Copy to Right →</source>
        <translation>Co&amp;pier vers la droite →</translation>
    </message>
    <message>
        <source>Copy to right</source>
        <translation>Copier vers la droite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Both sides show the same connection: choose another on one side (Manage connections… in the main window adds one).</source>
        <translation>Les deux côtés affichent la même connexion&#xa0;: choisissez-en une autre d&apos;un côté («&#xa0;Gérer les connexions…&#xa0;» dans la fenêtre principale permet d&apos;en ajouter une).</translation>
    </message>
    <message>
        <source>%1 only on the left, %2 only on the right, %3 different, %4 the same.</source>
        <translation>Uniquement à gauche&#xa0;: %1, uniquement à droite&#xa0;: %2, différents&#xa0;: %3, identiques&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The comparison shows once both connections are loaded.</source>
        <translation>La comparaison s&apos;affiche dès que les deux connexions sont chargées.</translation>
    </message>
    <message>
        <source>Copy the selected webhooks of %1 to %2, after a preview</source>
        <translation>Copier les webhooks sélectionnés de %1 vers %2, après un aperçu</translation>
    </message>
</context>
<context>
    <name>Gui::CompareSide</name>
    <message>
        <source>The property names could not be read, and the comparison matches properties by name: %1</source>
        <translation>Les noms des établissements n&apos;ont pas pu être lus, or la comparaison associe les établissements par leur nom&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonDetail</name>
    <message>
        <source>The selected webhook on both sides</source>
        <translation>Le webhook sélectionné des deux côtés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Gauche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Droite&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not on this side)</source>
        <translation>(absent de ce côté)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none (an empty object)</source>
        <translation>aucun (un objet vide)</translation>
    </message>
    <message>
        <source>%1 (value differs)</source>
        <translation>%1 (valeur différente)</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID du webhook</translation>
    </message>
    <message>
        <source>%1, differs</source>
        <translation>%1, diffère</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonTree</name>
    <message>
        <source>Event mask</source>
        <translation>Masque d&apos;événements</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Données envoyées</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Only on the left, in %1: %2</source>
        <translation>Uniquement à gauche, dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only on the right, in %1: %2</source>
        <translation>Uniquement à droite, dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Different: %1</source>
        <translation>Différents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Same: %1</source>
        <translation>Identiques&#xa0;: %1</translation>
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
        <translation>&amp;Gérer les connexions…</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lé API :</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>E&amp;nregistrer la clé</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The connection in use; picking another switches to it</source>
        <translation>La connexion utilisée&#xa0;; en choisir une autre bascule vers celle-ci</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Gérer les connexions</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key de votre profil Channex</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Enregistrer la clé API</translation>
    </message>
    <message>
        <source>Save the key in the keychain and connect</source>
        <translation>Enregistrer la clé dans le trousseau de clés et se connecter</translation>
    </message>
    <message>
        <source>Enter the API key of %1 first.</source>
        <translation>Saisissez d&apos;abord la clé API de %1.</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>Clé API non enregistrée</translation>
    </message>
    <message>
        <source>%1 The key of %2 is used until you quit.</source>
        <translation>%1 La clé de %2 sera utilisée jusqu&apos;à ce que vous quittiez l&apos;application.</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionsDialog</name>
    <message>
        <source>Save connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no settings; add a connection for a Channex account.</source>
        <translation>Le bac à sable intégré ne nécessite aucun réglage&#xa0;; ajoutez une connexion pour un compte Channex.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 The key is used until you quit.</source>
        <translation>%1 La clé sera utilisée jusqu&apos;à ce que vous quittiez l&apos;application.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection %1 and its saved API key?</source>
        <translation>Supprimer la connexion %1 et sa clé API enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>The webhooks on the server are not affected.</source>
        <translation>Les webhooks présents sur le serveur ne sont pas affectés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Paste the API key (user-api-key) from your Channex profile, then Test connection and Save.</source>
        <translation>Collez la clé API (user-api-key) de votre profil Channex, puis testez la connexion et enregistrez.</translation>
    </message>
    <message>
        <source>This key comes from the CHANNEX_API_KEY environment variable, for this run only; it is not saved.</source>
        <translation>Cette clé vient de la variable d&apos;environnement CHANNEX_API_KEY, pour cette exécution seulement ; elle n&apos;est pas enregistrée.</translation>
    </message>
</context>
<context>
    <name>Gui::CopyAcross</name>
    <message>
        <source>Copied to %1: %2 created, %3 updated.</source>
        <translation>Copie vers %1&#xa0;: %2 créé(s), %3 mis à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook ignoré, comme l&apos;indiquait l&apos;aperçu.</numerusform>
            <numerusform>%n webhooks ignorés, comme l&apos;indiquait l&apos;aperçu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Copie vers %1…</translation>
    </message>
    <message>
        <source>Some webhooks were not copied</source>
        <translation>Certains webhooks n&apos;ont pas été copiés</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>Comparer les connexions</translation>
    </message>
    <message numerus="yes">
        <source>A copy to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Une copie de %n webhook est toujours en cours&#xa0;: %1 effectué(s).</numerusform>
            <numerusform>Une copie de %n webhooks est toujours en cours&#xa0;: %1 effectué(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>If you close now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Si vous fermez maintenant, les webhooks pas encore atteints restent inchangés. Ce que Channex a déjà modifié est conservé.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>&amp;Arrêter et fermer</translation>
    </message>
</context>
<context>
    <name>Gui::CopyPreviewDialog</name>
    <message>
        <source>Copy to %1</source>
        <translation>Copier vers %1</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n webhook(s) from %1 to %2 does this:</source>
        <translation>
            <numerusform>La copie de %n webhook de %1 vers %2 effectue ceci&#xa0;:</numerusform>
            <numerusform>La copie de %n webhooks de %1 vers %2 effectue ceci&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Header and parameter values are copied as %1 has them.</source>
        <translation>Les valeurs des en-têtes et des paramètres sont copiées telles qu&apos;elles figurent dans %1.</translation>
    </message>
    <message>
        <source>Header and parameter values are not copied: %1 keeps the values it has under the same names, and new ones are left empty.</source>
        <translation>Les valeurs des en-têtes et des paramètres ne sont pas copiées&#xa0;: %1 conserve ses valeurs existantes pour les mêmes noms, et les nouvelles restent vides.</translation>
    </message>
    <message>
        <source>What the copy does</source>
        <translation>Ce que fait la copie</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks of %1 that are not copied stay as they are. Copy sends the changes to %1 now.</source>
        <translation>Rien n&apos;est supprimé&#xa0;: les webhooks de %1 qui ne sont pas copiés restent tels quels. Copier envoie maintenant les modifications à %1.</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these webhooks like this, or they cannot be copied.</source>
        <translation>Rien à modifier&#xa0;: %1 possède déjà ces webhooks sous cette forme, ou ils ne peuvent pas être copiés.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveriesPanel</name>
    <message>
        <source>Attempt %1 of delivery %2, to webhook %3</source>
        <translation>Tentative %1 de la livraison %2, vers le webhook %3</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>En attente de la réponse…</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <translation>Pas de réponse après %1 ms&#xa0;: %2</translation>
    </message>
    <message>
        <source>Answered after %1 ms:</source>
        <translation>Réponse après %1 ms&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>(cut off after %n KiB)</source>
        <translation>
            <numerusform>(tronqué après %n Kio)</numerusform>
            <numerusform>(tronqué après %n Kio)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clea&amp;r Delivery Log</source>
        <translation>Effacer le &amp;journal des livraisons</translation>
    </message>
    <message>
        <source>Forget every attempt and stop the deliveries still waiting for a retry</source>
        <translation>Oublier toutes les tentatives et arrêter les livraisons qui attendent encore une nouvelle tentative</translation>
    </message>
    <message>
        <source>Retry &amp;timing:</source>
        <translation>Rythme des nouvelles &amp;tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>As Channex: 1 min, 2 min, 4 min … 10 h</source>
        <translation>Comme Channex&#xa0;: 1 min, 2 min, 4 min … 10 h</translation>
    </message>
    <message>
        <source>Quicker: 1 s, 2 s, 4 s … 10 min</source>
        <translation>Plus rapide&#xa0;: 1 s, 2 s, 4 s … 10 min</translation>
    </message>
    <message>
        <source>Quickest: 60 ms, 120 ms … 36 s</source>
        <translation>Le plus rapide&#xa0;: 60 ms, 120 ms … 36 s</translation>
    </message>
    <message>
        <source>Retry waits</source>
        <translation>Délais avant nouvelle tentative</translation>
    </message>
    <message>
        <source>How long the sandbox waits before trying a failed delivery again; applies to retries planned from now on</source>
        <translation>Durée pendant laquelle le bac à sable attend avant de retenter une livraison échouée&#xa0;; s&apos;applique aux nouvelles tentatives planifiées à partir de maintenant</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Tentatives de livraison</translation>
    </message>
    <message>
        <source>Request and answer of the selected attempt</source>
        <translation>Requête et réponse de la tentative sélectionnée</translation>
    </message>
    <message>
        <source>Select an attempt to see what was sent and what came back.</source>
        <translation>Sélectionnez une tentative pour voir ce qui a été envoyé et ce qui est revenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies): %1 delivered, %2 under way or waiting for a retry, %3 failed</source>
        <translation>
            <numerusform>%n livraison&#xa0;: %1 livrée(s), %2 en cours ou en attente d&apos;une nouvelle tentative, %3 en échec</numerusform>
            <numerusform>%n livraisons&#xa0;: %1 livrée(s), %2 en cours ou en attente d&apos;une nouvelle tentative, %3 en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Aucune livraison pour l&apos;instant</translation>
    </message>
    <message>
        <source>Fire an event with Webhook ▸ Fire Event…: every webhook that listens for it gets it, and each attempt shows here.</source>
        <translation>Déclenchez un événement avec Webhook ▸ Déclencher un événement…&#xa0;: chaque webhook qui l&apos;écoute le reçoit, et chaque tentative s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Clear the Delivery Log?</source>
        <translation>Effacer le journal des livraisons&#xa0;?</translation>
    </message>
    <message>
        <source>Every attempt is forgotten, and deliveries waiting for a retry are not tried again.</source>
        <translation>Toutes les tentatives sont oubliées, et les livraisons en attente d&apos;une nouvelle tentative ne sont plus retentées.</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryChart</name>
    <message numerus="yes">
        <source>Deliveries per minute, last %n minute(s)</source>
        <translation>
            <numerusform>Livraisons par minute, %n dernière minute</numerusform>
            <numerusform>Livraisons par minute, %n dernières minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Channex payload</source>
        <translation>Pas une charge utile Channex</translation>
    </message>
    <message>
        <source>Stored captures</source>
        <translation>Captures enregistrées</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryLogModel</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>%1 Last attempt: not tried again.</source>
        <translation>%1 Dernière tentative&#xa0;: pas de nouvelle tentative.</translation>
    </message>
    <message>
        <source>%1 (final: not tried again)</source>
        <translation>%1 (définitif&#xa0;: pas de nouvelle tentative)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>%1 Next attempt at %2.</source>
        <comment>a status or an error sentence, then a time</comment>
        <translation>%1 Prochaine tentative à %2.</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryOrigin</name>
    <message>
        <source>Delivered by the built-in sandbox: %1, attempt %2 of at most %3 (delivery %4).</source>
        <translation>Livré par le bac à sable intégré : %1, tentative %2 sur %3 au plus (livraison %4).</translation>
    </message>
</context>
<context>
    <name>Gui::DuplicateWebhookDialog</name>
    <message>
        <source>Copy the webhook for &lt;b&gt;%1&lt;/b&gt; to these properties. Each copy gets the same events, headers, parameters and settings.</source>
        <translation>Le webhook pointant vers &lt;b&gt;%1&lt;/b&gt; sera copié dans ces établissements. Chaque copie reçoit les mêmes événements, en-têtes, paramètres et réglages.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>ID de l&apos;établissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Duplicate to %n Propert(y/ies)</source>
        <translation>
            <numerusform>&amp;Dupliquer vers %n établissement</numerusform>
            <numerusform>&amp;Dupliquer vers %n établissements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>The account has no other property to copy to.</source>
        <translation>Le compte ne contient aucun autre établissement vers lequel copier.</translation>
    </message>
    <message>
        <source>Tick the properties that should get a copy.</source>
        <translation>Cochez les établissements qui doivent recevoir une copie.</translation>
    </message>
    <message>
        <source>No property name contains “%1”; clear the search to see them all.</source>
        <translation>Aucun nom d’établissement ne contient&#xa0;«&#xa0;%1&#xa0;»&#xa0;; videz la recherche pour les voir tous.</translation>
    </message>
</context>
<context>
    <name>Gui::EventMaskEditor</name>
    <message>
        <source>&amp;All events (*)</source>
        <translation>T&amp;ous les événements (*)</translation>
    </message>
    <message>
        <source>ARI filter (nothing chosen: every ARI change)</source>
        <translation>Filtre ARI (aucun choix&#xa0;: toute modification ARI)</translation>
    </message>
    <message>
        <source>Event mask</source>
        <translation>Masque d&apos;événements</translation>
    </message>
    <message>
        <source>* or event names separated by ;</source>
        <translation>* ou noms d&apos;événements séparés par&#xa0;;</translation>
    </message>
    <message>
        <source>The mask exactly as it is sent to Channex. Typing here updates the checklist, and the checklist updates this text.</source>
        <translation>Le masque exactement tel qu&apos;il est envoyé à Channex. Une saisie ici met à jour la liste à cocher, et la liste à cocher met à jour ce texte.</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Masque&#xa0;:</translation>
    </message>
    <message>
        <source>Find event</source>
        <translation>Rechercher un événement</translation>
    </message>
    <message>
        <source>Find an event by name or description</source>
        <translation>Rechercher un événement par nom ou description</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>“*”: every event, including events Channex adds later.</source>
        <translation>«&#xa0;*&#xa0;»&#xa0;: tous les événements, y compris ceux que Channex ajoutera plus tard.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non reconnus</translation>
    </message>
    <message>
        <source>%1 Written as “%2”, its 2025 name, and kept that way.</source>
        <translation>%1 Écrit «&#xa0;%2&#xa0;», son nom depuis 2025, et conservé tel quel.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>Événement Channex non documenté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept as written. Uncheck to remove it from the mask.</source>
        <translation>Conservé tel quel. Décochez pour le retirer du masque.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ExportCapturesDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected (%n)</source>
        <translation>
            <numerusform>&amp;Sélectionnée (%n)</numerusform>
            <numerusform>&amp;Sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All &amp;matching the filter (%n)</source>
        <translation>
            <numerusform>&amp;Correspondant au filtre (%n)</numerusform>
            <numerusform>&amp;Correspondant au filtre (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All stored (%n)</source>
        <translation>
            <numerusform>&amp;Toutes celles enregistrées (%n)</numerusform>
            <numerusform>&amp;Toutes celles enregistrées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The capture store is not open, so there is nothing to export.</source>
        <translation>Le stockage des captures n&apos;est pas ouvert&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>No capture matches the filter: change the filter in the list or export all.</source>
        <translation>Aucune capture ne correspond au filtre&#xa0;: modifiez le filtre de la liste ou exportez tout.</translation>
    </message>
    <message>
        <source>There are no captures to export yet.</source>
        <translation>Il n&apos;y a encore aucune capture à exporter.</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Fichiers JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Captures</source>
        <translation>Exporter les captures</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>Impossible de créer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; choose another folder or free some space and try again.</source>
        <translation>%1 Rien n&apos;a été enregistré&#xa0;; choisissez un autre dossier ou libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>All &amp;matching the filter (counting…)</source>
        <translation>&amp;Correspondant au filtre (comptage…)</translation>
    </message>
    <message>
        <source>&amp;All stored (counting…)</source>
        <translation>&amp;Toutes celles enregistrées (comptage…)</translation>
    </message>
    <message>
        <source>Counting the captures…</source>
        <translation>Comptage des captures…</translation>
    </message>
</context>
<context>
    <name>Gui::FireEventDialog</name>
    <message>
        <source>(no payload: Channex documents none for this event)</source>
        <translation>(pas de charge utile&#xa0;: Channex n&apos;en documente aucune pour cet événement)</translation>
    </message>
    <message>
        <source>%1. %2 at %3</source>
        <translation>%1. %2 à %3</translation>
    </message>
    <message>
        <source>Fire Event</source>
        <translation>Déclencher un événement</translation>
    </message>
    <message>
        <source>&amp;Fire:</source>
        <translation>&amp;Déclencher&#xa0;:</translation>
    </message>
    <message>
        <source>What to fire</source>
        <translation>Ce qu&apos;il faut déclencher</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hôtel&#xa0;:</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>&amp;Payload (the documented sample, filled in for this hotel):</source>
        <translation>&amp;Charge utile (l&apos;exemple documenté, rempli pour cet hôtel)&#xa0;:</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>No payload: Channex documents this event without data. Type JSON here to send one.</source>
        <translation>Aucune charge utile&#xa0;: Channex documente cet événement sans données. Saisissez du JSON ici pour en envoyer une.</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>E&amp;xemple</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Put the documented sample back, with fresh ids</source>
        <translation>Rétablir l&apos;exemple documenté, avec de nouveaux identifiants</translation>
    </message>
    <message>
        <source>&amp;Webhooks that receive it (as each one&apos;s send_data and ARI filter say):</source>
        <translation>&amp;Webhooks qui le reçoivent (selon le send_data et le filtre ARI de chacun)&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ire</source>
        <translation>Déc&amp;lencher</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Déclencher</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open the built-in sandbox connection to fire events.</source>
        <translation>Ouvrez la connexion au bac à sable intégré pour déclencher des événements.</translation>
    </message>
    <message>
        <source>Firing %1…</source>
        <translation>Déclenchement de %1…</translation>
    </message>
    <message>
        <source>Fired %1 of %2; %3 follows once its first attempts ended…</source>
        <translation>%1 sur %2 déclenchés&#xa0;; %3 suit une fois ses premières tentatives terminées…</translation>
    </message>
    <message numerus="yes">
        <source>Fired %1: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 déclenché&#xa0;: %n livraison lancée.</numerusform>
            <numerusform>%1 déclenché&#xa0;: %n livraisons lancées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %1 events: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 événements déclenchés&#xa0;: %n livraison lancée.</numerusform>
            <numerusform>%1 événements déclenchés&#xa0;: %n livraisons lancées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n global webhook(s) kept out by a hotel&apos;s own webhook.</source>
        <translation>
            <numerusform>%n webhook global écarté par le webhook propre d&apos;un hôtel.</numerusform>
            <numerusform>%n webhooks globaux écartés par le webhook propre d&apos;un hôtel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Deliveries tab shows every attempt.</source>
        <translation>L&apos;onglet «&#xa0;Livraisons&#xa0;» affiche chaque tentative.</translation>
    </message>
    <message>
        <source>The sandbox refused it: %1.</source>
        <translation>Le bac à sable l&apos;a refusé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Gui::FollowLatest</name>
    <message>
        <source>&amp;Follow latest</source>
        <translation>Suivre la &amp;dernière</translation>
    </message>
    <message>
        <source>Keep the newest capture in view; scrolling up turns it off</source>
        <translation>Garder la capture la plus récente visible&#xa0;; faire défiler vers le haut désactive cette option</translation>
    </message>
</context>
<context>
    <name>Gui::HeadersTab</name>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The request had no header fields.</source>
        <translation>La requête n&apos;avait aucun champ d&apos;en-tête.</translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s), in the order they arrived.</source>
        <translation>
            <numerusform>%n champ d&apos;en-tête, dans l&apos;ordre d&apos;arrivée.</numerusform>
            <numerusform>%n champs d&apos;en-tête, dans l&apos;ordre d&apos;arrivée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request trailers</source>
        <translation>Trailers de la requête</translation>
    </message>
    <message>
        <source>Trailer fields, sent after the chunked body:</source>
        <translation>Champs de trailer, envoyés après le corps en morceaux (chunked)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Gui::HexDumpModel</name>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
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
        <translation>Importer des webhooks</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>un serveur inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n webhook(s), exported from %2 at %3. Importing into %4 does this:</source>
        <translation>
            <numerusform>%1 contient %n webhook, exporté depuis %2 (%3). L&apos;importation dans %4 effectue ceci&#xa0;:</numerusform>
            <numerusform>%1 contient %n webhooks, exportés depuis %2 (%3). L&apos;importation dans %4 effectue ceci&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Ce que fait l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks the file does not list stay as they are. Import sends the changes to Channex now.</source>
        <translation>Rien n&apos;est supprimé&#xa0;: les webhooks absents du fichier restent tels quels. Importer envoie maintenant les modifications à Channex.</translation>
    </message>
    <message>
        <source>Nothing to change: the account already has these webhooks as the file lists them, or they cannot be imported.</source>
        <translation>Rien à modifier&#xa0;: le compte possède déjà ces webhooks tels que le fichier les décrit, ou ils ne peuvent pas être importés.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (tous les établissements)</translation>
    </message>
</context>
<context>
    <name>Gui::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Gui::KeyValueEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>&amp;Add Header</source>
        <translation>&amp;Ajouter un en-tête</translation>
    </message>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>&amp;Ajouter un paramètre</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Ajouter un paramètre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Supprimer l&apos;en-tête</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Supprimer le paramètre</translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation>Supprimer les en-têtes sélectionnés</translation>
    </message>
    <message>
        <source>Remove the selected parameters</source>
        <translation>Supprimer les paramètres sélectionnés</translation>
    </message>
    <message>
        <source>Add Secret Header</source>
        <translation>Ajouter un en-tête secret</translation>
    </message>
    <message>
        <source>Add secret header</source>
        <translation>Ajouter un en-tête secret</translation>
    </message>
    <message>
        <source>Adds %1 with %2 random bytes, so that the receiver can tell Channex&apos;s calls apart</source>
        <translation>Ajoute %1 avec %2 octets aléatoires, pour que le destinataire puisse reconnaître les appels de Channex</translation>
    </message>
    <message>
        <source>Show Values</source>
        <translation>Afficher les valeurs</translation>
    </message>
    <message>
        <source>Show header values</source>
        <translation>Afficher les valeurs des en-têtes</translation>
    </message>
    <message>
        <source>Show parameter values</source>
        <translation>Afficher les valeurs des paramètres</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>&amp;Copier le secret</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copier le secret</translation>
    </message>
    <message>
        <source>Show the values</source>
        <translation>Afficher les valeurs</translation>
    </message>
    <message>
        <source>Hide the values</source>
        <translation>Masquer les valeurs</translation>
    </message>
    <message>
        <source>Replace Secret</source>
        <translation>Remplacer le secret</translation>
    </message>
    <message>
        <source>Replace the value of %1?</source>
        <translation>Remplacer la valeur de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The receiver will refuse Channex&apos;s calls until it is given the new secret.</source>
        <translation>Le destinataire refusera les appels de Channex tant que le nouveau secret ne lui aura pas été communiqué.</translation>
    </message>
    <message>
        <source>%1 now holds a new random secret. Copy it into your receiver&apos;s configuration so that it can check Channex&apos;s calls.</source>
        <translation>%1 contient maintenant un nouveau secret aléatoire. Copiez-le dans la configuration de votre destinataire pour qu&apos;il puisse vérifier les appels de Channex.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard. Save the webhook to send it to Channex.</source>
        <translation>Le secret est dans le presse-papiers. Enregistrez le webhook pour l&apos;envoyer à Channex.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…et %n autre problème.</numerusform>
            <numerusform>…et %n autres problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::KeyValueModel</name>
    <message>
        <source>Hidden value</source>
        <translation>Valeur masquée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Gui::LivePanel</name>
    <message>
        <source>Captured requests</source>
        <translation>Requêtes capturées</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>Paus&amp;e</translation>
    </message>
    <message>
        <source>Stop the list from moving; new captures are still received and saved (%1)</source>
        <translation>Figer la liste&#xa0;; les nouvelles captures sont toujours reçues et enregistrées (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new — Resume</source>
        <translation>
            <numerusform>%n nouvelle — Reprendre</numerusform>
            <numerusform>%n nouvelles — Reprendre</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — Resume</source>
        <translation>En pause — Reprendre</translation>
    </message>
    <message>
        <source>Show the captures that arrived while the list was paused</source>
        <translation>Afficher les captures arrivées pendant que la liste était en pause</translation>
    </message>
    <message numerus="yes">
        <source>%1 capture(s) listed</source>
        <translation>
            <numerusform>%1 capture affichée</numerusform>
            <numerusform>%1 captures affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Searching the stored captures…</source>
        <translation>Recherche dans les captures enregistrées…</translation>
    </message>
    <message>
        <source>No capture matches the filter</source>
        <translation>Aucune capture ne correspond au filtre</translation>
    </message>
    <message>
        <source>Change the filter, or clear it to list every stored capture.</source>
        <translation>Modifiez le filtre ou effacez-le pour lister toutes les captures enregistrées.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>The list is paused</source>
        <translation>La liste est en pause</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) arrived since. Resume lists them.</source>
        <translation>
            <numerusform>%n capture est arrivée depuis. «&#xa0;Reprendre&#xa0;» l’affiche.</numerusform>
            <numerusform>%n captures sont arrivées depuis. «&#xa0;Reprendre&#xa0;» les affiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>No captures yet</source>
        <translation>Aucune capture pour l’instant</translation>
    </message>
    <message>
        <source>Start the receiver above and point a webhook at its URL: every request it gets is stored and listed here as it arrives.</source>
        <translation>Démarrez le récepteur ci-dessus et dirigez un webhook vers son URL&#xa0;: chaque requête reçue est enregistrée et listée ici dès son arrivée.</translation>
    </message>
    <message>
        <source>Waiting for the first request</source>
        <translation>En attente de la première requête</translation>
    </message>
    <message>
        <source>Point a webhook at %1: every request the receiver gets is stored and listed here as it arrives.</source>
        <translation>Dirigez un webhook vers %1&#xa0;: chaque requête reçue par le récepteur est enregistrée et listée ici dès son arrivée.</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load the webhooks again (%1)</source>
        <translation>Recharger les webhooks (%1)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Webhook Console</source>
        <translation>À &amp;propos de Webhook Console</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>le bac à sable intégré (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Chargement depuis %1…</translation>
    </message>
    <message>
        <source>Connected to %1 · updated %2</source>
        <translation>Connecté&#xa0;: %1 · mis à jour à %2</translation>
    </message>
    <message>
        <source> · property names unavailable: %1</source>
        <translation> · noms des établissements indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load from %1</source>
        <translation>Échec du chargement depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n webhook(s) shown</source>
        <translation>
            <numerusform>%1 sur %n webhook affiché</numerusform>
            <numerusform>%1 sur %n webhooks affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Live Panel Unavailable</source>
        <translation>Panneau En direct indisponible</translation>
    </message>
    <message>
        <source>The capture database %1 cannot be opened: %2 The live receiver is off until this is fixed.</source>
        <translation>La base de données des captures %1 ne peut pas être ouverte&#xa0;: %2 Le récepteur en direct reste désactivé tant que le problème n&apos;est pas résolu.</translation>
    </message>
    <message>
        <source>The webhooks of the connection in use</source>
        <translation>Les webhooks de la connexion utilisée</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Requests received by the live receiver</source>
        <translation>Requêtes reçues par le récepteur en direct</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Captu&amp;res</source>
        <translation>Capt&amp;ures</translation>
    </message>
    <message>
        <source>The built-in sandbox keeps your changes until the console quits; it starts from its demo data each time.</source>
        <translation>Le bac à sable intégré garde vos modifications jusqu&apos;à la fermeture de la console&#xa0;; il repart de ses données de démonstration à chaque fois.</translation>
    </message>
    <message>
        <source>%1 The live receiver is off until this is fixed (File ▸ Preferences ▸ Shared capture history, or --store).</source>
        <translation>%1 Le récepteur en direct reste désactivé tant que le problème n&apos;est pas résolu (Fichier ▸ Préférences ▸ Historique partagé des captures, ou --store).</translation>
    </message>
    <message>
        <source>Cannot reach %1 since %2: %3</source>
        <translation>%1 injoignable depuis %2 : %3</translation>
    </message>
    <message>
        <source>No keychain: API keys are kept only until you quit.</source>
        <translation>Pas de trousseau de clés&#xa0;: les clés API ne sont conservées que jusqu&apos;à la fermeture.</translation>
    </message>
    <message>
        <source>Opening the shared capture history %1…</source>
        <translation>Ouverture de l&apos;historique partagé des captures %1…</translation>
    </message>
    <message>
        <source>The built-in sandbox forgets your changes when the console quits.</source>
        <translation>Le bac à sable intégré oublie vos modifications à la fermeture de la console.</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>For %1, Channex delivers %2 only to that property&apos;s own webhook (%3), not to this global one.</source>
        <translation>Pour %1, Channex ne livre %2 qu&apos;au webhook propre à cet établissement (%3), pas à ce webhook global.</translation>
    </message>
    <message>
        <source>For this property, Channex delivers %1 only to this webhook, not to the global webhook %2.</source>
        <translation>Pour cet établissement, Channex ne livre %1 qu&apos;à ce webhook, pas au webhook global %2.</translation>
    </message>
    <message>
        <source>Another webhook of the same scope (%1) also sends %2 to this URL: each of these events arrives twice.</source>
        <translation>Un autre webhook de même portée (%1) envoie aussi %2 à cette URL&#xa0;: chacun de ces événements arrive deux fois.</translation>
    </message>
    <message>
        <source>The event mask names no documented Channex event (%1): Channex delivers nothing to this webhook.</source>
        <translation>Le masque d&apos;événements ne nomme aucun événement Channex documenté (%1)&#xa0;: Channex ne livre rien à ce webhook.</translation>
    </message>
    <message>
        <source>Active on Channex production with a plain http URL: bookings and guest data travel unencrypted.</source>
        <translation>Actif sur la production Channex avec une URL en http simple&#xa0;: les réservations et les données des clients circulent sans chiffrement.</translation>
    </message>
    <message>
        <source>Property wins</source>
        <translation>L&apos;établissement l&apos;emporte</translation>
    </message>
    <message>
        <source>Wins over global</source>
        <translation>L&apos;emporte sur le global</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Envoyé deux fois</translation>
    </message>
    <message>
        <source>No known event</source>
        <translation>Aucun événement connu</translation>
    </message>
    <message>
        <source>Plain http</source>
        <translation>http simple</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>No overlap: Channex delivers to this webhook as its row says.</source>
        <translation>Aucun chevauchement&#xa0;: Channex livre à ce webhook comme l&apos;indique sa ligne.</translation>
    </message>
</context>
<context>
    <name>Gui::OverviewTab</name>
    <message>
        <source>Event:</source>
        <translation>Événement&#xa0;:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Payload timestamp:</source>
        <translation>Horodatage de la charge utile&#xa0;:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Réception&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Our answer:</source>
        <translation>Notre réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Marques&#xa0;:</translation>
    </message>
    <message>
        <source>Payload check:</source>
        <translation>Vérification de la charge utile&#xa0;:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Payload timestamp</source>
        <translation>Horodatage de la charge utile</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Heure de réception</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Notre réponse</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Payload check</source>
        <translation>Vérification de la charge utile</translation>
    </message>
    <message>
        <source>Not a Channex payload</source>
        <translation>Pas une charge utile Channex</translation>
    </message>
    <message>
        <source>%1 (not an event Channex documents)</source>
        <translation>%1 (événement non documenté par Channex)</translation>
    </message>
    <message>
        <source>%1 port %2, connection %3</source>
        <translation>%1, port %2, connexion %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Rejected by the receiver: %1</source>
        <translation>Rejetée par le récepteur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n byte(s) of the request were kept.</source>
        <translation>
            <numerusform>Seul le premier octet (%n) de la requête a été conservé.</numerusform>
            <numerusform>Seuls les %n premiers octets de la requête ont été conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret header was missing or wrong, so it was answered 401. %1</source>
        <translation>L&apos;en-tête secret était absent ou incorrect&#xa0;: la réponse a donc été 401. %1</translation>
    </message>
    <message>
        <source>Duplicate: the same body arrived before for this event and property.</source>
        <translation>Doublon&#xa0;: le même corps est déjà arrivé pour cet événement et cet établissement.</translation>
    </message>
    <message>
        <source>Pinned: retention and Clear keep it.</source>
        <translation>Épinglée&#xa0;: ni la limite de conservation ni «&#xa0;Tout effacer&#xa0;» ne la suppriment.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Checking the body…</source>
        <translation>Vérification du corps…</translation>
    </message>
    <message>
        <source>Out of order: its payload timestamp is earlier than one already received about the same booking, ARI record or message thread.</source>
        <translation>Hors séquence&#xa0;: l&apos;horodatage de sa charge utile est antérieur à un autre déjà reçu pour la même réservation, le même enregistrement ARI ou le même fil de messages.</translation>
    </message>
</context>
<context>
    <name>Gui::PairTable</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>Gui::PayloadEdit</name>
    <message>
        <source>The payload is not JSON: %1 at line %2, column %3. Correct it, or clear the field to send no payload.</source>
        <translation>La charge utile n&apos;est pas du JSON&#xa0;: %1 à la ligne %2, colonne %3. Corrigez-la, ou videz le champ pour n&apos;envoyer aucune charge utile.</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Captures are kept on this computer.</source>
        <translation>Les captures sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Saved. From the next start, the live panel and its receiver use %1 (a --store given on the command line comes first).</source>
        <translation>Enregistré. À partir du prochain démarrage, le panneau en direct et son récepteur utilisent %1 (une option --store indiquée sur la ligne de commande est prioritaire).</translation>
    </message>
    <message>
        <source>no keychain on this system: PGPASSWORD or ~/.pgpass</source>
        <translation>pas de trousseau sur ce système : PGPASSWORD ou ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>Gui::QueryTab</name>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The request target has no query parameters.</source>
        <translation>La cible de la requête ne contient aucun paramètre de requête.</translation>
    </message>
</context>
<context>
    <name>Gui::RawTab</name>
    <message>
        <source>Show as hex</source>
        <translation>Afficher en hexadécimal</translation>
    </message>
    <message>
        <source>Show the raw bytes as hex</source>
        <translation>Afficher les octets bruts en hexadécimal</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Requête brute</translation>
    </message>
    <message>
        <source>Raw request in hex</source>
        <translation>Requête brute en hexadécimal</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), exactly as received.</source>
        <translation>
            <numerusform>%n octet, exactement tel que reçu.</numerusform>
            <numerusform>%n octets, exactement tels que reçus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bytes were kept for this request.</source>
        <translation>Aucun octet n&apos;a été conservé pour cette requête.</translation>
    </message>
    <message>
        <source>Over 1 MB, so shown as hex only; the Body tab shows the text.</source>
        <translation>Plus de 1&#xa0;Mo&#xa0;: affichage en hexadécimal uniquement&#xa0;; l&apos;onglet «&#xa0;Corps&#xa0;» affiche le texte.</translation>
    </message>
    <message>
        <source>Not UTF-8 text, or holds control characters: shown as hex.</source>
        <translation>Pas du texte UTF-8, ou contient des caractères de contrôle&#xa0;: affichage en hexadécimal.</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverBar</name>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>0.0.0.0 (every IPv4 network)</source>
        <translation>0.0.0.0 (tous les réseaux IPv4)</translation>
    </message>
    <message>
        <source>:: (every network)</source>
        <translation>:: (tous les réseaux)</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>Where the receiver listens. Only 127.0.0.1 keeps other machines out.</source>
        <translation>Adresse sur laquelle le récepteur écoute. Seule 127.0.0.1 empêche l&apos;accès depuis d&apos;autres machines.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Port du récepteur</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>The TCP port to listen on; &quot;any free&quot; lets the system pick one</source>
        <translation>Le port TCP d&apos;écoute&#xa0;; «&#xa0;automatique&#xa0;» laisse le système choisir un port libre</translation>
    </message>
    <message>
        <source>Local URL:</source>
        <translation>URL locale&#xa0;:</translation>
    </message>
    <message>
        <source>Local receiver URL</source>
        <translation>URL locale du récepteur</translation>
    </message>
    <message>
        <source>Start the receiver to get its URL</source>
        <translation>Démarrez le récepteur pour obtenir son URL</translation>
    </message>
    <message>
        <source>Copy local URL</source>
        <translation>Copier l&apos;URL locale</translation>
    </message>
    <message>
        <source>Copy the receiver&apos;s local URL to the clipboard</source>
        <translation>Copier l&apos;URL locale du récepteur dans le presse-papiers</translation>
    </message>
    <message>
        <source>P&amp;ublic URL:</source>
        <translation>URL pu&amp;blique&#xa0;:</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <source>https://… of a tunnel you run (optional)</source>
        <translation>https://… d&apos;un tunnel que vous gérez (facultatif)</translation>
    </message>
    <message>
        <source>The address Channex can reach, such as an ngrok or cloudflared tunnel to the local URL. &quot;Use live receiver&quot; puts it into callback URLs when set.</source>
        <translation>L&apos;adresse que Channex peut joindre, par exemple un tunnel ngrok ou cloudflared vers l&apos;URL locale. Si elle est renseignée, «&#xa0;Utiliser le récepteur en direct&#xa0;» la place dans les URL de rappel.</translation>
    </message>
    <message>
        <source>Secret header name</source>
        <translation>Nom de l&apos;en-tête secret</translation>
    </message>
    <message>
        <source>e.g. X-Channex-Webhook-Secret (empty: no check)</source>
        <translation>ex. X-Channex-Webhook-Secret (vide&#xa0;: aucune vérification)</translation>
    </message>
    <message>
        <source>With a name and a value set, requests without this header and value are answered 401, flagged and still captured</source>
        <translation>Si un nom et une valeur sont définis, les requêtes sans cet en-tête et cette valeur reçoivent une réponse 401, sont marquées et tout de même capturées</translation>
    </message>
    <message>
        <source>Expected secret value</source>
        <translation>Valeur secrète attendue</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings</source>
        <translation>Conservée dans le trousseau de clés, jamais dans les réglages</translation>
    </message>
    <message>
        <source>Kept until the console quits</source>
        <translation>Conservée jusqu&apos;à la fermeture de la console</translation>
    </message>
    <message>
        <source>Other machines on your networks can send requests to the receiver on this address.</source>
        <translation>D&apos;autres machines de vos réseaux peuvent envoyer des requêtes au récepteur à cette adresse.</translation>
    </message>
    <message>
        <source>Captures cannot be saved: %1 — requests are answered 503 until this is fixed.</source>
        <translation>Impossible d&apos;enregistrer les captures&#xa0;: %1 — les requêtes reçoivent une réponse 503 tant que le problème n&apos;est pas résolu.</translation>
    </message>
    <message>
        <source>Stop receiver</source>
        <translation>Arrêter le récepteur</translation>
    </message>
    <message>
        <source>Start receiver</source>
        <translation>Démarrer le récepteur</translation>
    </message>
    <message>
        <source>Stop listening; the captures are kept</source>
        <translation>Arrêter l&apos;écoute&#xa0;; les captures sont conservées</translation>
    </message>
    <message>
        <source>Listen for webhook deliveries on the address and port shown</source>
        <translation>Écouter les livraisons de webhooks sur l&apos;adresse et le port indiqués</translation>
    </message>
    <message>
        <source>Not used: %1 &quot;Use live receiver&quot; puts the local URL in its place.</source>
        <translation>Non utilisée&#xa0;: %1 «&#xa0;Utiliser le récepteur en direct&#xa0;» place l&apos;URL locale à sa place.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Secre&amp;t header:</source>
        <translation>En-tête &amp;secret :</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>Stop rece&amp;iver</source>
        <translation>Arrê&amp;ter le récepteur</translation>
    </message>
    <message>
        <source>Start rece&amp;iver</source>
        <translation>Démarrer le récep&amp;teur</translation>
    </message>
    <message>
        <source>No secret check: %1 The receiver does not run until the name is corrected or cleared.</source>
        <translation>Aucune vérification du secret&#xa0;: %1 Le récepteur ne fonctionne pas tant que le nom n&apos;est pas corrigé ou effacé.</translation>
    </message>
    <message>
        <source>No secret check yet: enter the value the %1 header must carry. Until then every request is answered 200.</source>
        <translation>Pas encore de vérification du secret&#xa0;: saisissez la valeur que l&apos;en-tête %1 doit porter. D&apos;ici là, chaque requête reçoit la réponse 200.</translation>
    </message>
    <message>
        <source>A&amp;nswers…</source>
        <translation>R&amp;éponses…</translation>
    </message>
    <message>
        <source>Answers: response rules and forwarding</source>
        <translation>Réponses&#xa0;: règles de réponse et transfert</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building: response rules (a 503 three times, a slow answer) and forwarding to your app</source>
        <translation>Répondre comme le point de terminaison que vous développez&#xa0;: règles de réponse (503 trois fois, une réponse lente) et transfert à votre application</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then forwarded</source>
        <translation>
            <numerusform>%n règle, puis transfert</numerusform>
            <numerusform>%n règles, puis transfert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then 200</source>
        <translation>
            <numerusform>%n règle, puis 200</numerusform>
            <numerusform>%n règles, puis 200</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>transmis à %1</translation>
    </message>
    <message>
        <source>200 to every request</source>
        <translation>200 à chaque requête</translation>
    </message>
    <message>
        <source>How requests are answered: %1</source>
        <translation>Comment les requêtes sont traitées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The public URL is not used: %1 &quot;Use live receiver&quot; puts the local URL, which Channex cannot reach from the internet, in its place.</source>
        <translation>L&apos;URL publique n&apos;est pas utilisée : %1 « Utiliser le récepteur en direct » met à sa place l&apos;URL locale, que Channex ne peut pas joindre depuis Internet.</translation>
    </message>
</context>
<context>
    <name>Gui::RecipientsList</name>
    <message>
        <source>the event without its payload (send_data is off)</source>
        <translation>l&apos;événement sans sa charge utile (send_data est désactivé)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ARI record(s), as its filter asks</source>
        <translation>
            <numerusform>%1 sur %n enregistrement ARI, comme le demande son filtre</numerusform>
            <numerusform>%1 sur %n enregistrements ARI, comme le demande son filtre</numerusform>
        </translation>
    </message>
    <message>
        <source>the event (Channex documents no payload for it)</source>
        <translation>l&apos;événement (Channex ne documente aucune charge utile pour lui)</translation>
    </message>
    <message>
        <source>the event with its payload</source>
        <translation>l&apos;événement avec sa charge utile</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Reçoit</translation>
    </message>
    <message>
        <source>Webhooks that receive it</source>
        <translation>Webhooks qui le reçoivent</translation>
    </message>
    <message>
        <source>nothing: a global webhook, kept out by this hotel&apos;s own webhook %1</source>
        <translation>rien&#xa0;: un webhook global, écarté par le webhook propre %1 de cet hôtel</translation>
    </message>
    <message>
        <source>No active webhook of this hotel or global one listens for it.</source>
        <translation>Aucun webhook actif de cet hôtel ni aucun webhook global ne l&apos;écoute.</translation>
    </message>
</context>
<context>
    <name>Gui::ReplayDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>Enter the URL to send the capture to.</source>
        <translation>Saisissez l&apos;URL à laquelle envoyer la capture.</translation>
    </message>
    <message>
        <source>The target URL must be a complete http:// or https:// address, such as http://localhost:3000/webhooks.</source>
        <translation>L&apos;URL cible doit être une adresse http:// ou https:// complète, par exemple http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The method must be one word of letters, such as POST.</source>
        <translation>La méthode doit être un seul mot composé de lettres, par exemple POST.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>No answer from %1 within the time limit (%2). Check that the receiving app is running and not stuck.</source>
        <translation>Pas de réponse de %1 dans le délai imparti (%2). Vérifiez que l&apos;application destinataire est lancée et qu&apos;elle n&apos;est pas bloquée.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the URL and that the receiving app is running.</source>
        <translation>Impossible de joindre %1&#xa0;: %2. Vérifiez l&apos;URL et que l&apos;application destinataire est lancée.</translation>
    </message>
    <message>
        <source>No answer after %1 s.</source>
        <translation>Pas de réponse après %1&#xa0;s.</translation>
    </message>
    <message>
        <source>%1 %2 after %3 s</source>
        <translation>%1 %2 après %3&#xa0;s</translation>
    </message>
</context>
<context>
    <name>Gui::ResponseTab</name>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Our answer had no body.</source>
        <translation>Notre réponse n&apos;avait pas de corps.</translation>
    </message>
    <message>
        <source>We answered %1.</source>
        <translation>Nous avons répondu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not UTF-8 text.</source>
        <translation>
            <numerusform>%n octet qui n&apos;est pas du texte UTF-8.</numerusform>
            <numerusform>%n octets qui ne sont pas du texte UTF-8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::RetentionEditor</name>
    <message>
        <source>K&amp;eep at most:</source>
        <translation>Conserver au ma&amp;ximum :</translation>
    </message>
    <message>
        <source>Retention by count</source>
        <translation>Limite de conservation par nombre</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Older captures beyond this number are deleted; pinned ones are kept</source>
        <translation>Au-delà de ce nombre, les captures les plus anciennes sont supprimées&#xa0;; les captures épinglées sont conservées</translation>
    </message>
    <message>
        <source>Retention by age in days</source>
        <translation>Limite de conservation par âge, en jours</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>tout âge</translation>
    </message>
    <message>
        <source>Captures older than this are deleted; pinned ones are kept</source>
        <translation>Les captures plus anciennes sont supprimées&#xa0;; les captures épinglées sont conservées</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n capture(s) will be deleted now.</source>
        <translation>
            <numerusform>La plus ancienne capture (%n) va être supprimée.</numerusform>
            <numerusform>Les %n captures les plus anciennes vont être supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) will be deleted now.</source>
        <translation>
            <numerusform>Les captures de plus de %n jour vont être supprimées.</numerusform>
            <numerusform>Les captures de plus de %n jours vont être supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Retention</source>
        <translation>Appliquer la conservation</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>Les captures épinglées sont conservées. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete and Apply</source>
        <translation>&amp;Supprimer et appliquer</translation>
    </message>
    <message numerus="yes">
        <source> capture(s)</source>
        <translation>
            <numerusform> capture</numerusform>
            <numerusform> captures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The capture history is shared through %1: the retention applies to everyone who uses it, and what it deletes disappears from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>L&apos;historique des captures est partagé via %1&#xa0;: la limite de conservation s&apos;applique à tous ses utilisateurs, et ce qu&apos;elle supprime disparaît aussi des consoles de vos collègues. Les captures épinglées sont conservées. Cette action est irréversible.</translation>
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
        <translation>Tentatives des dernières livraisons, selon le temps écoulé depuis la première</translation>
    </message>
    <message>
        <source>Delivered (2xx)</source>
        <translation>Livré (2xx)</translation>
    </message>
    <message>
        <source>Refused (3xx, 4xx)</source>
        <translation>Refusé (3xx, 4xx)</translation>
    </message>
    <message>
        <source>Failed (5xx or no answer)</source>
        <translation>Échec (5xx ou pas de réponse)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Next attempt due</source>
        <translation>Prochaine tentative prévue</translation>
    </message>
    <message>
        <source>Time after the first attempt (%1)</source>
        <translation>Temps après la première tentative (%1)</translation>
    </message>
</context>
<context>
    <name>Gui::RevealToggle</name>
    <message>
        <source>Show the API key</source>
        <translation>Afficher la clé API</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Afficher la clé API</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>Masquer la clé API</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Masquer la clé API</translation>
    </message>
    <message>
        <source>Hide secret value</source>
        <translation>Masquer la valeur secrète</translation>
    </message>
    <message>
        <source>Show secret value</source>
        <translation>Afficher la valeur secrète</translation>
    </message>
    <message>
        <source>Hide the secret value</source>
        <translation>Masquer la valeur secrète</translation>
    </message>
    <message>
        <source>Show the secret value</source>
        <translation>Afficher la valeur secrète</translation>
    </message>
</context>
<context>
    <name>Gui::RuleForm</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>La ligne %1 des en-têtes n&apos;est pas «&#xa0;Nom&#xa0;: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation>&amp;Correspond à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;orps&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>Com&amp;bien de fois&#xa0;:</translation>
    </message>
    <message>
        <source>optional: how captures name the rule</source>
        <translation>facultatif&#xa0;: comment les captures nomment la règle</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>toute méthode</translation>
    </message>
    <message>
        <source>Method the rule matches</source>
        <translation>Méthode à laquelle la règle correspond</translation>
    </message>
    <message>
        <source>any path; /hooks/* for a prefix</source>
        <translation>tout chemin&#xa0;; /hooks/* pour un préfixe</translation>
    </message>
    <message>
        <source>Path the rule matches</source>
        <translation>Chemin auquel la règle correspond</translation>
    </message>
    <message>
        <source>any request</source>
        <translation>toute requête</translation>
    </message>
    <message>
        <source>Channex event the rule matches</source>
        <translation>Événement Channex auquel la règle correspond</translation>
    </message>
    <message>
        <source>Status the rule answers with</source>
        <translation>Statut par lequel la règle répond</translation>
    </message>
    <message>
        <source>status </source>
        <translation>statut </translation>
    </message>
    <message>
        <source>the answer&apos;s body, e.g. busy</source>
        <translation>corps de la réponse, p. ex. busy</translation>
    </message>
    <message>
        <source>Body the rule answers with</source>
        <translation>Corps par lequel la règle répond</translation>
    </message>
    <message>
        <source>one per line, e.g. Retry-After: 60</source>
        <translation>un par ligne, p. ex. Retry-After: 60</translation>
    </message>
    <message>
        <source>Headers the rule answers with</source>
        <translation>En-têtes par lesquels la règle répond</translation>
    </message>
    <message>
        <source>after </source>
        <translation>après </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay before answering, in milliseconds</source>
        <translation>Délai avant de répondre, en millisecondes</translation>
    </message>
    <message>
        <source>Only the first</source>
        <translation>Seulement les</translation>
    </message>
    <message>
        <source>Answer only a number of requests</source>
        <translation>Ne répondre qu&apos;à un nombre de requêtes</translation>
    </message>
    <message numerus="yes">
        <source> request(s)</source>
        <translation>
            <numerusform> première requête</numerusform>
            <numerusform> premières requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of requests the rule answers</source>
        <translation>Nombre de requêtes auxquelles la règle répond</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Seulement</translation>
    </message>
    <message>
        <source>Answer only a share of the requests</source>
        <translation>Ne répondre qu&apos;à une part des requêtes</translation>
    </message>
    <message>
        <source> % of them</source>
        <translation> % d&apos;entre elles</translation>
    </message>
    <message>
        <source>Share of the matching requests the rule answers</source>
        <translation>Part des requêtes correspondantes auxquelles la règle répond</translation>
    </message>
</context>
<context>
    <name>Gui::RulesTableModel</name>
    <message>
        <source>%1 after %2 ms</source>
        <translation>%1 après %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of requests</source>
        <translation>%1 % des requêtes</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>not applied yet</source>
        <translation>pas encore appliquée</translation>
    </message>
    <message>
        <source>%1 (spent)</source>
        <translation>%1 (épuisée)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Combien de fois</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxTools</name>
    <message>
        <source>&amp;Fire Event…</source>
        <translation>Décl&amp;encher un événement…</translation>
    </message>
    <message>
        <source>Play Channex: send an event to the sandbox&apos;s webhooks (%1)</source>
        <translation>Jouer le rôle de Channex&#xa0;: envoyer un événement aux webhooks du bac à sable (%1)</translation>
    </message>
    <message>
        <source>Sh&amp;ow Deliveries</source>
        <translation>Afficher les li&amp;vraisons</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Every attempt the sandbox made to deliver a fired event</source>
        <translation>Chaque tentative du bac à sable pour livrer un événement déclenché</translation>
    </message>
</context>
<context>
    <name>Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>In fields and dialogs</source>
        <translation>Dans les champs et les boîtes de dialogue</translation>
    </message>
    <message>
        <source>Clear the filter (in the filter field)</source>
        <translation>Effacer le filtre (dans le champ de filtre)</translation>
    </message>
    <message>
        <source>Move to the next field, leaving the table</source>
        <translation>Passer au champ suivant en quittant le tableau</translation>
    </message>
    <message>
        <source>Tick or clear Active (on the Active cell)</source>
        <translation>Cocher ou décocher «&#xa0;Actif&#xa0;» (dans la cellule «&#xa0;Actif&#xa0;»)</translation>
    </message>
    <message>
        <source>Save the webhook (in its dialog)</source>
        <translation>Enregistrer le webhook (dans sa boîte de dialogue)</translation>
    </message>
    <message>
        <source>Close a dialog, asking first when something changed</source>
        <translation>Fermer une boîte de dialogue, avec confirmation en cas de modification</translation>
    </message>
</context>
<context>
    <name>Gui::SideChooser</name>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Gauche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Droite&#xa0;:</translation>
    </message>
    <message>
        <source>Left connection</source>
        <translation>Connexion de gauche</translation>
    </message>
    <message>
        <source>Right connection</source>
        <translation>Connexion de droite</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the left</source>
        <translation>La connexion dont les webhooks sont affichés à gauche</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the right</source>
        <translation>La connexion dont les webhooks sont affichés à droite</translation>
    </message>
    <message>
        <source>Left connection state</source>
        <translation>État de la connexion de gauche</translation>
    </message>
    <message>
        <source>Right connection state</source>
        <translation>État de la connexion de droite</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Webhooks: %1 · %2</source>
        <translation>Webhooks&#xa0;: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Gui::TestResultDialog</name>
    <message>
        <source>Test of %1</source>
        <translation>Test de %1</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>URL de rappel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Gui::TestResultView</name>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Channex did not run the test: %1</source>
        <translation>Channex n&apos;a pas effectué le test&#xa0;: %1</translation>
    </message>
    <message>
        <source>The receiver sent no HTTP status</source>
        <translation>Le destinataire n&apos;a renvoyé aucun statut HTTP</translation>
    </message>
    <message>
        <source>Channex reached no answer from the callback URL.</source>
        <translation>Channex n&apos;a obtenu aucune réponse de l&apos;URL de rappel.</translation>
    </message>
    <message>
        <source>The receiver accepted the test: %1</source>
        <translation>Le destinataire a accepté le test&#xa0;: %1</translation>
    </message>
    <message>
        <source>The receiver refused the test: %1</source>
        <translation>Le destinataire a refusé le test&#xa0;: %1</translation>
    </message>
    <message>
        <source>Channex treats any answer other than 2xx as a failed delivery and tries again later.</source>
        <translation>Channex considère toute réponse autre que 2xx comme un envoi échoué et réessaie plus tard.</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer had no body.</source>
        <translation>La réponse du destinataire n&apos;avait pas de corps.</translation>
    </message>
    <message>
        <source>Sending a test call…</source>
        <translation>Envoi d&apos;un appel de test…</translation>
    </message>
    <message>
        <source>No test yet.</source>
        <translation>Aucun test pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The callback URL could not be reached</source>
        <translation>L&apos;URL de rappel n&apos;a pas pu être atteinte</translation>
    </message>
    <message>
        <source>%1. Check the host name in the URL, and that the receiver runs and accepts connections.</source>
        <translation>%1. Vérifiez le nom d&apos;hôte dans l&apos;URL, et que le destinataire fonctionne et accepte les connexions.</translation>
    </message>
    <message>
        <source>Show the test&apos;s capture in the Live tab</source>
        <translation>Afficher la capture du test dans l&apos;onglet « En direct »</translation>
    </message>
    <message>
        <source>Looking for the test in the live receiver…</source>
        <translation>Recherche du test dans le récepteur en direct…</translation>
    </message>
    <message>
        <source>Arrived in the live receiver at %1: %2 %3, answered %4.</source>
        <translation>Arrivé dans le récepteur en direct à %1 : %2 %3, réponse %4.</translation>
    </message>
    <message>
        <source>Nothing arrived in the live receiver during the test: the call went elsewhere, or the receiver was stopped.</source>
        <translation>Rien n&apos;est arrivé dans le récepteur en direct pendant le test : l&apos;appel est allé ailleurs, ou le récepteur était arrêté.</translation>
    </message>
    <message>
        <source>Show in Live Ta&amp;b</source>
        <translation>Afficher dans l&apos;onglet « En &amp;direct »</translation>
    </message>
</context>
<context>
    <name>Gui::TreeTab</name>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Arbre JSON</translation>
    </message>
    <message>
        <source>Reading the JSON…</source>
        <translation>Lecture du JSON…</translation>
    </message>
    <message>
        <source>The body is not a JSON object or array, so there is no tree.</source>
        <translation>Le corps n&apos;est ni un objet ni un tableau JSON&#xa0;: il n&apos;y a pas d&apos;arbre à afficher.</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookActions</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&amp;New Webhook…</source>
        <translation>&amp;Nouveau webhook…</translation>
    </message>
    <message>
        <source>Create a webhook (%1)</source>
        <translation>Créer un webhook (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Webhook…</source>
        <translation>&amp;Modifier le webhook…</translation>
    </message>
    <message>
        <source>Change the selected webhook (Return)</source>
        <translation>Modifier le webhook sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Delete the selected webhooks (%1)</source>
        <translation>Supprimer les webhooks sélectionnés (%1)</translation>
    </message>
    <message>
        <source>D&amp;uplicate to Other Properties…</source>
        <translation>&amp;Dupliquer vers d&apos;autres établissements…</translation>
    </message>
    <message>
        <source>&amp;Test Webhook</source>
        <translation>&amp;Tester le webhook</translation>
    </message>
    <message>
        <source>Ask Channex to send a test request to the selected webhook&apos;s URL</source>
        <translation>Demander à Channex d&apos;envoyer une requête de test à l&apos;URL du webhook sélectionné</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Resume deliveries to the selected webhooks</source>
        <translation>Reprendre les envois vers les webhooks sélectionnés</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>Dé&amp;sactiver</translation>
    </message>
    <message>
        <source>Pause deliveries to the selected webhooks</source>
        <translation>Suspendre les envois vers les webhooks sélectionnés</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Send nothing more; changes already sent are kept</source>
        <translation>Ne plus rien envoyer&#xa0;; les modifications déjà envoyées sont conservées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>Webhook créé.</translation>
    </message>
    <message>
        <source>Webhook saved.</source>
        <translation>Webhook enregistré.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>A webhook was deleted elsewhere (in Channex or by a colleague); the table was refreshed.</source>
        <translation>Un webhook a été supprimé ailleurs (dans Channex ou par un collègue)&#xa0;; le tableau a été actualisé.</translation>
    </message>
    <message>
        <source>Delete Webhooks</source>
        <translation>Supprimer les webhooks</translation>
    </message>
    <message>
        <source>Delete the webhook for %1?</source>
        <translation>Supprimer le webhook pointant vers %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n webhook(s)?</source>
        <translation>
            <numerusform>Supprimer %n webhook&#xa0;?</numerusform>
            <numerusform>Supprimer %n webhooks&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Channex stops sending these events at once. This cannot be undone.</source>
        <translation>Channex cesse immédiatement d&apos;envoyer ces événements. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) deleted.</source>
        <translation>
            <numerusform>%n webhook supprimé.</numerusform>
            <numerusform>%n webhooks supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not deleted</source>
        <translation>Certains webhooks n&apos;ont pas été supprimés</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Désactivation…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) enabled.</source>
        <translation>
            <numerusform>%n webhook activé.</numerusform>
            <numerusform>%n webhooks activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) disabled.</source>
        <translation>
            <numerusform>%n webhook désactivé.</numerusform>
            <numerusform>%n webhooks désactivés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not enabled</source>
        <translation>Certains webhooks n&apos;ont pas été activés</translation>
    </message>
    <message>
        <source>Some webhooks were not disabled</source>
        <translation>Certains webhooks n&apos;ont pas été désactivés</translation>
    </message>
    <message>
        <source>Duplicating…</source>
        <translation>Duplication…</translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies) created.</source>
        <translation>
            <numerusform>%n copie créée.</numerusform>
            <numerusform>%n copies créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some copies were not created</source>
        <translation>Certaines copies n&apos;ont pas été créées</translation>
    </message>
    <message>
        <source>Webhook enabled.</source>
        <translation>Webhook activé.</translation>
    </message>
    <message>
        <source>Webhook disabled.</source>
        <translation>Webhook désactivé.</translation>
    </message>
    <message>
        <source>Webhook Not Enabled</source>
        <translation>Webhook non activé</translation>
    </message>
    <message>
        <source>Webhook Not Disabled</source>
        <translation>Webhook non désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n succeeded.</source>
        <translation>
            <numerusform>Opérations réussies&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Opérations réussies&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent: stopped.</source>
        <translation>
            <numerusform>%n non envoyé (opération arrêtée).</numerusform>
            <numerusform>%n non envoyés (opération arrêtée).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stopped: the connection changed before every change was sent. Refresh to see what was stored.</source>
        <translation>Arrêté&#xa0;: la connexion a changé avant l’envoi de toutes les modifications. Actualisez pour voir ce qui a été enregistré.</translation>
    </message>
    <message>
        <source>Use &amp;Live Receiver…</source>
        <translation>Utiliser &amp;le récepteur en direct…</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first</source>
        <translation>Démarrez d&apos;abord le récepteur dans l&apos;onglet «&#xa0;En direct&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the selected webhook with %1 as its callback URL</source>
        <translation>Modifier le webhook sélectionné avec %1 comme URL de rappel</translation>
    </message>
    <message>
        <source>Quit Webhook Console</source>
        <translation>Quitter Webhook Console</translation>
    </message>
    <message numerus="yes">
        <source>A change to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Une modification de %n webhook est en cours&#xa0;: %1 effectuée(s).</numerusform>
            <numerusform>Une modification de %n webhooks est en cours&#xa0;: %1 effectuée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Si vous quittez maintenant, les webhooks pas encore atteints restent inchangés. Ce que Channex a déjà modifié est conservé.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Arrêter et quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n failed, each named below with why.</source>
        <translation>
            <numerusform>%n a échoué, nommée ci-dessous avec la raison.</numerusform>
            <numerusform>%n ont échoué, chacune nommée ci-dessous avec la raison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, listed under Show Details.</source>
        <translation>
            <numerusform>… et %n autre, listée sous «&#xa0;Montrer les détails&#xa0;».</numerusform>
            <numerusform>… et %n autres, listées sous «&#xa0;Montrer les détails&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channex asked to slow down: sending %n change(s) again in %1 s…</source>
        <translation>
            <numerusform>Channex demande de ralentir&#xa0;: %n modification renvoyée dans %1 s…</numerusform>
            <numerusform>Channex demande de ralentir&#xa0;: %n modifications renvoyées dans %1 s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) had to wait for Channex&apos;s rate limit (HTTP 429) and went again.</source>
        <translation>
            <numerusform>%n modification a dû attendre la limite de débit de Channex (HTTP 429) et a été renvoyée.</numerusform>
            <numerusform>%n modifications ont dû attendre la limite de débit de Channex (HTTP 429) et ont été renvoyées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::WebhookDialog</name>
    <message>
        <source>New Webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>Edit Webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <source>Choose a property…</source>
        <translation>Choisissez un établissement…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Send these settings to Channex (Ctrl+Return)</source>
        <translation>Envoyer ces réglages à Channex (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (tous les établissements)</translation>
    </message>
    <message>
        <source>Receives the events of every property of the account</source>
        <translation>Reçoit les événements de tous les établissements du compte</translation>
    </message>
    <message>
        <source>Property %1 (not in the property list)</source>
        <translation>Établissement %1 (absent de la liste des établissements)</translation>
    </message>
    <message>
        <source>Channex did not save the webhook:</source>
        <translation>Channex n&apos;a pas enregistré le webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Channex did not save the webhook: %1.</source>
        <translation>Channex n&apos;a pas enregistré le webhook&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Hide test result</source>
        <translation>Masquer le résultat du test</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Afficher le résultat du test</translation>
    </message>
    <message>
        <source>Channex: %1</source>
        <translation>Channex&#xa0;: %1</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>&amp;Headers (%1)</source>
        <translation>&amp;En-têtes (%1)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters (%1)</source>
        <translation>Paramètres de re&amp;quête (%1)</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Paramètres de re&amp;quête</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Channex refused the last save; its messages are shown at the fields.</source>
        <translation>Channex a refusé le dernier enregistrement&#xa0;; ses messages sont affichés près des champs concernés.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard this new webhook?</source>
        <translation>Abandonner ce nouveau webhook&#xa0;?</translation>
    </message>
    <message>
        <source>Discard your changes to this webhook?</source>
        <translation>Abandonner vos modifications de ce webhook&#xa0;?</translation>
    </message>
    <message>
        <source>What you entered has not been saved to Channex.</source>
        <translation>Ce que vous avez saisi n&apos;a pas été enregistré dans Channex.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first; its URL then goes here.</source>
        <translation>Démarrez d&apos;abord le récepteur dans l&apos;onglet «&#xa0;En direct&#xa0;»&#xa0;; son URL sera alors placée ici.</translation>
    </message>
    <message>
        <source>Put %1 into Callback URL, so deliveries arrive in the Live tab</source>
        <translation>Placer %1 dans l&apos;URL de rappel, pour que les livraisons arrivent dans l&apos;onglet «&#xa0;En direct&#xa0;»</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…et %1 autres.</translation>
    </message>
    <message>
        <source>Replaces %1 when you save.</source>
        <translation>Remplace %1 à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Put the local URL %1 into Callback URL: the public URL of the Live tab is not used (%2)</source>
        <translation>Placer l&apos;URL locale %1 dans l&apos;URL de rappel : l&apos;URL publique de l&apos;onglet « En direct » n&apos;est pas utilisée (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookListModel</name>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (tous les établissements)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Full payload</source>
        <translation>Données complètes</translation>
    </message>
    <message>
        <source>Event only</source>
        <translation>Événement seul</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Channex delivers events to this webhook. Untick to pause it.</source>
        <translation>Channex envoie les événements à ce webhook. Décochez pour le suspendre.</translation>
    </message>
    <message>
        <source>Paused: Channex delivers nothing. Tick to resume.</source>
        <translation>Suspendu&#xa0;: Channex n&apos;envoie rien. Cochez pour reprendre.</translation>
    </message>
    <message>
        <source>%1
Webhook ID: %2</source>
        <translation>%1
ID du webhook&#xa0;: %2</translation>
    </message>
    <message>
        <source>Receives events from every property of the account.</source>
        <translation>Reçoit les événements de tous les établissements du compte.</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>ID de l&apos;établissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deliveries include the event payload.</source>
        <translation>Les envois incluent les données de l&apos;événement.</translation>
    </message>
    <message>
        <source>Deliveries carry only event, property, user and time.</source>
        <translation>Les envois ne contiennent que l&apos;événement, l&apos;établissement, l&apos;utilisateur et l&apos;heure.</translation>
    </message>
    <message>
        <source>No custom headers.</source>
        <translation>Aucun en-tête personnalisé.</translation>
    </message>
    <message>
        <source>No request parameters.</source>
        <translation>Aucun paramètre de requête.</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>En-têtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request parameters: %1</source>
        <translation>Paramètres de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Values are hidden; open the webhook to see them.</source>
        <translation>Les valeurs sont masquées&#xa0;; ouvrez le webhook pour les voir.</translation>
    </message>
    <message>
        <source>Event mask: %1</source>
        <translation>Masque d&apos;événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every event of the account, current and future.</source>
        <translation>Tous les événements du compte, actuels et futurs.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>Événement Channex non documenté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Données envoyées</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID du webhook</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookTransferActions</name>
    <message>
        <source>E&amp;xport Webhooks…</source>
        <translation>E&amp;xporter les webhooks…</translation>
    </message>
    <message>
        <source>Write this account&apos;s webhooks to a file, to import them into another account</source>
        <translation>Écrire les webhooks de ce compte dans un fichier, pour les importer dans un autre compte</translation>
    </message>
    <message>
        <source>&amp;Import Webhooks…</source>
        <translation>&amp;Importer des webhooks…</translation>
    </message>
    <message>
        <source>Bring this account&apos;s webhooks in line with a webhook file, after a preview of every change</source>
        <translation>Aligner les webhooks de ce compte sur un fichier de webhooks, après un aperçu de chaque modification</translation>
    </message>
    <message>
        <source>The property names of this account could not be read (%1), and webhook files match properties by name. Refresh (F5) and try again.</source>
        <translation>Les noms des établissements de ce compte n&apos;ont pas pu être lus (%1), or les fichiers de webhooks associent les établissements par leur nom. Actualisez (F5) et réessayez.</translation>
    </message>
    <message>
        <source>Export Webhooks</source>
        <translation>Exporter les webhooks</translation>
    </message>
    <message>
        <source>Include the values of headers and request parameters?</source>
        <translation>Inclure les valeurs des en-têtes et des paramètres de requête&#xa0;?</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them the file keeps the names only, and an import keeps the values the other account has.</source>
        <translation>Elles contiennent souvent des secrets, comme un en-tête de secret partagé. Sans elles, le fichier ne conserve que les noms, et une importation garde les valeurs de l&apos;autre compte.</translation>
    </message>
    <message>
        <source>Include &amp;Values</source>
        <translation>Inclure les &amp;valeurs</translation>
    </message>
    <message>
        <source>&amp;Names Only</source>
        <translation>&amp;Noms uniquement</translation>
    </message>
    <message>
        <source>%1 webhooks.json</source>
        <translation>%1 webhooks.json</translation>
    </message>
    <message>
        <source>Webhook files (*.json);;All files (*)</source>
        <translation>Fichiers de webhooks (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>%n webhook exporté vers %1.</numerusform>
            <numerusform>%n webhooks exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Webhooks</source>
        <translation>Importer des webhooks</translation>
    </message>
    <message>
        <source>Wait until the change that is running has finished.</source>
        <translation>Attendez que la modification en cours soit terminée.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Importation&#xa0;: %1 créé(s), %2 mis à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook ignoré, comme l&apos;indiquait l&apos;aperçu.</numerusform>
            <numerusform>%n webhooks ignorés, comme l&apos;indiquait l&apos;aperçu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Some webhooks were not imported</source>
        <translation>Certains webhooks n&apos;ont pas été importés</translation>
    </message>
</context>
<context>
    <name>Gui::WebhooksPanel</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Filter webhooks</source>
        <translation>Filtrer les webhooks</translation>
    </message>
    <message>
        <source>Filter by callback URL, event, property name or ID, header or parameter name (%1)</source>
        <translation>Filtrer par URL de rappel, événement, nom ou ID d&apos;établissement, nom d&apos;en-tête ou de paramètre (%1)</translation>
    </message>
    <message>
        <source>Words match the start of any word a row shows, in any order. Esc clears the filter.</source>
        <translation>Les mots correspondent au début de n&apos;importe quel mot affiché dans une ligne, dans n&apos;importe quel ordre. Échap efface le filtre.</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filtre de portée</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Toutes les portées</translation>
    </message>
    <message>
        <source>Global only</source>
        <translation>Globaux uniquement</translation>
    </message>
    <message>
        <source>Property only</source>
        <translation>Par établissement uniquement</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtre d&apos;activité</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Actifs et inactifs</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs uniquement</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactifs uniquement</translation>
    </message>
    <message>
        <source>Refreshing webhooks</source>
        <translation>Actualisation des webhooks</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Asking %1.</source>
        <translation>Requête en cours vers %1.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Chargement des webhooks…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 The rows below are from the last successful refresh.</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2 Les lignes ci-dessous proviennent de la dernière actualisation réussie.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>Actions sur le webhook</translation>
    </message>
    <message>
        <source>Copy Callback &amp;URL</source>
        <translation>Copier l&apos;&amp;URL de rappel</translation>
    </message>
    <message>
        <source>Copy &amp;Webhook ID</source>
        <translation>Copier l&apos;ID du &amp;webhook</translation>
    </message>
    <message>
        <source>Copy &amp;Property ID</source>
        <translation>Copier l&apos;&amp;ID de l&apos;établissement</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Effacer les fil&amp;tres</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Aucun webhook pour l&apos;instant</translation>
    </message>
    <message>
        <source>This account has no webhooks. Create one with New Webhook (%1), or refresh (F5) after creating them in Channex.</source>
        <translation>Ce compte n&apos;a aucun webhook. Créez-en un avec Nouveau webhook (%1), ou actualisez (F5) après en avoir créé dans Channex.</translation>
    </message>
    <message>
        <source>No webhook matches the filter</source>
        <translation>Aucun webhook ne correspond au filtre</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) hidden by the filter.</source>
        <translation>
            <numerusform>%n webhook masqué par le filtre.</numerusform>
            <numerusform>%n webhooks masqués par le filtre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handoff::ExportWriter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Http::HttpConnection</name>
    <message numerus="yes">
        <source>The client did not send its complete request within %n ms; it may be too slow or stalled.</source>
        <translation>
            <numerusform>Le client n&apos;a pas envoyé sa requête complète dans le délai de %n ms&#xa0;; il est peut-être trop lent ou bloqué.</numerusform>
            <numerusform>Le client n&apos;a pas envoyé sa requête complète dans le délai de %n ms&#xa0;; il est peut-être trop lent ou bloqué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpServer</name>
    <message numerus="yes">
        <source>The server already has %n open connections; the client should retry later or reuse a keep-alive connection.</source>
        <translation>
            <numerusform>Le serveur a déjà %n connexion ouverte&#xa0;; le client doit réessayer plus tard ou réutiliser une connexion keep-alive.</numerusform>
            <numerusform>Le serveur a déjà %n connexions ouvertes&#xa0;; le client doit réessayer plus tard ou réutiliser une connexion keep-alive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpToken</name>
    <message>
        <source>A header name cannot be empty.</source>
        <translation>Un nom d&apos;en-tête ne peut pas être vide.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>le caractère U+%1</translation>
    </message>
    <message>
        <source>“%1” is not a header name: it contains %2. A header name has letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;en-tête&#xa0;: il contient %2. Un nom d&apos;en-tête ne comporte que des lettres, des chiffres et&#xa0;!#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
</context>
<context>
    <name>Http::RequestParser</name>
    <message>
        <source>The request headers are larger than the server accepts (%1 bytes).</source>
        <translation>Les en-têtes de la requête dépassent la taille acceptée par le serveur (%1 octets).</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>La requête n&apos;est pas une requête HTTP/1.1 valide (%1).</translation>
    </message>
    <message>
        <source>The request trailers are larger than the server accepts (%1 bytes).</source>
        <translation>Les trailers de la requête dépassent la taille acceptée par le serveur (%1 octets).</translation>
    </message>
    <message>
        <source>The request has an invalid header name &quot;%1&quot;.</source>
        <translation>La requête contient un nom d&apos;en-tête non valide&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>HTTP/%1.%2 is not supported; send HTTP/1.1.</source>
        <translation>HTTP/%1.%2 n&apos;est pas pris en charge&#xa0;; utilisez HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>La requête contient à la fois Content-Length et Transfer-Encoding.</translation>
    </message>
    <message>
        <source>The request uses the transfer coding &quot;%1&quot;, which the server does not support; send the body with chunked only or with a Content-Length.</source>
        <translation>La requête utilise le codage de transfert «&#xa0;%1&#xa0;», que le serveur ne prend pas en charge&#xa0;; envoyez le corps uniquement en chunked ou avec un Content-Length.</translation>
    </message>
    <message>
        <source>The request body is larger than the server accepts (%1 bytes).</source>
        <translation>Le corps de la requête dépasse la taille acceptée par le serveur (%1 octets).</translation>
    </message>
</context>
<context>
    <name>Payloads::EventCatalog</name>
    <message>
        <source>This will send you any ARI changes like changed availability or prices, useful if you allow users to change ARI in the Channex interface or mobile app and also to integrate any RM system</source>
        <translation>Vous envoie toutes les modifications ARI, comme un changement de disponibilité ou de prix&#xa0;; utile si vous permettez aux utilisateurs de modifier l&apos;ARI dans l&apos;interface ou l&apos;application mobile Channex, ainsi que pour intégrer un système de revenue management (RMS)</translation>
    </message>
    <message>
        <source>If you wish to get all booking changes then this is the one, you will get notification for any booking revision new, modified and cancelled.</source>
        <translation>Si vous souhaitez recevoir toutes les modifications de réservation, c&apos;est celui-ci&#xa0;: vous serez notifié de chaque révision de réservation, nouvelle, modifiée ou annulée.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `new`.</source>
        <translation>Déclenché uniquement pour les révisions de réservation au statut `new`.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `modified`.</source>
        <translation>Déclenché uniquement pour les révisions de réservation au statut `modified`.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `cancelled`.</source>
        <translation>Déclenché uniquement pour les révisions de réservation au statut `cancelled`.</translation>
    </message>
    <message>
        <source>This will let you know if any bookings were created which were not mapped</source>
        <translation>Vous informe si des réservations ont été créées sans être mappées</translation>
    </message>
    <message>
        <source>Similar to unmapped room but this means room is mapped but rate is not</source>
        <translation>Semblable à la chambre non mappée, mais ici la chambre est mappée alors que le tarif ne l&apos;est pas</translation>
    </message>
    <message>
        <source>Will be triggered when Booking Revision will be not acknowledged at 30 minutes after first receiving.</source>
        <translation>Déclenché lorsqu&apos;une révision de réservation n&apos;a pas été confirmée (acknowledge) 30 minutes après sa première réception.</translation>
    </message>
    <message>
        <source>If you use the messaging API this is required to push messages to you in real time</source>
        <translation>Nécessaire si vous utilisez l&apos;API de messagerie, pour recevoir les messages en temps réel</translation>
    </message>
    <message>
        <source>You can see any sync errors on your dashboard</source>
        <translation>Vous pouvez voir les erreurs de synchronisation dans votre tableau de bord</translation>
    </message>
    <message>
        <source>Will be triggered if some non-critical errors will be returned by OTA on sync.</source>
        <translation>Déclenché lorsque l&apos;OTA renvoie des erreurs non critiques lors de la synchronisation.</translation>
    </message>
    <message>
        <source>Will be triggered if error associated with Rate values will be returned by OTA on sync.</source>
        <translation>Déclenché lorsque l&apos;OTA renvoie une erreur liée aux valeurs de tarif lors de la synchronisation.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see a reservation request and can accept or deny.</source>
        <translation>Spécifique à Airbnb&#xa0;: vous voyez une demande de réservation et pouvez l&apos;accepter ou la refuser.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an alteration request and can accept or deny.</source>
        <translation>Spécifique à Airbnb&#xa0;: vous voyez une demande de modification et pouvez l&apos;accepter ou la refuser.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be accepted.</source>
        <translation>Spécifique à Airbnb&#xa0;: déclenché lorsqu&apos;une demande de réservation est acceptée.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be declined.</source>
        <translation>Spécifique à Airbnb&#xa0;: déclenché lorsqu&apos;une demande de réservation est refusée.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an inquiry request at Dashboard and Messages App.</source>
        <translation>Spécifique à Airbnb&#xa0;: vous voyez une demande de renseignements dans le tableau de bord et dans l&apos;application Messages.</translation>
    </message>
    <message>
        <source>This will let you know if any new review is came.</source>
        <translation>Vous informe de l&apos;arrivée de tout nouvel avis.</translation>
    </message>
    <message>
        <source>Will be triggered when Review object will be updated (Guest feedback will be received).</source>
        <translation>Déclenché lorsque l&apos;objet Review est mis à jour (réception du commentaire du client).</translation>
    </message>
    <message>
        <source>Will be triggered when new Channel will be created for Property.</source>
        <translation>Déclenché lorsqu&apos;un nouveau canal est créé pour un établissement.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is updated.</source>
        <translation>Déclenché lorsqu&apos;un canal est mis à jour.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is disconnected by automatic rules or User action.</source>
        <translation>Déclenché lorsqu&apos;un canal est déconnecté par des règles automatiques ou par une action de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Will be triggered when Listing is disconnected from Airbnb Channel.</source>
        <translation>Déclenché lorsqu&apos;une annonce est déconnectée du canal Airbnb.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is activated.</source>
        <translation>Déclenché lorsqu&apos;un canal est activé.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is deactivated.</source>
        <translation>Déclenché lorsqu&apos;un canal est désactivé.</translation>
    </message>
    <message>
        <source>Will be triggered when an inactive Channel is approaching its automatic removal date (7 days and 1 day before removal).</source>
        <translation>Déclenché lorsqu&apos;un canal inactif approche de sa date de suppression automatique (7 jours et 1 jour avant la suppression).</translation>
    </message>
    <message>
        <source>Will be triggered when a Property without active channels is approaching its automatic removal date (30 days, 7 days and 1 day before removal).</source>
        <translation>Déclenché lorsqu&apos;un établissement sans canal actif approche de sa date de suppression automatique (30 jours, 7 jours et 1 jour avant la suppression).</translation>
    </message>
    <message>
        <source>Will be triggered when Message Thread created before Booking is linked to incoming Booking.</source>
        <translation>Déclenché lorsqu&apos;un fil de messages créé avant la réservation est lié à la réservation entrante.</translation>
    </message>
    <message>
        <source>Availability, rates and restrictions</source>
        <translation>Disponibilités, tarifs et restrictions</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Airbnb requests</source>
        <translation>Demandes Airbnb</translation>
    </message>
    <message>
        <source>Messages and reviews</source>
        <translation>Messages et avis</translation>
    </message>
    <message>
        <source>Channels and sync</source>
        <translation>Canaux et synchronisation</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
</context>
<context>
    <name>Payloads::PayloadCheckResult</name>
    <message>
        <source>The body has the documented fields of “%1”.</source>
        <translation>Le corps contient les champs documentés de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The body is the documented form of “%1” without data (the webhook&apos;s “send data” is off).</source>
        <translation>Le corps est la forme documentée de «&#xa0;%1&#xa0;» sans données (l&apos;option «&#xa0;Données envoyées&#xa0;» du webhook est désactivée).</translation>
    </message>
    <message>
        <source>Channex documents no payload fields for “%1”, so its payload is not checked.</source>
        <translation>Channex ne documente aucun champ de charge utile pour «&#xa0;%1&#xa0;», la charge utile n&apos;est donc pas vérifiée.</translation>
    </message>
    <message>
        <source>The body differs from the documented shape of “%1”.</source>
        <translation>Le corps diffère de la forme documentée de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Le corps n&apos;est pas du JSON&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The body is JSON but not an object, so it is not a Channex delivery.</source>
        <translation>Le corps est du JSON mais pas un objet&#xa0;: ce n&apos;est pas une livraison Channex.</translation>
    </message>
    <message>
        <source>The body has no “event” field naming a Channex event.</source>
        <translation>Le corps n&apos;a pas de champ «&#xa0;event&#xa0;» nommant un événement Channex.</translation>
    </message>
    <message>
        <source>“%1” is not one of the events Channex documents.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un des événements documentés par Channex.</translation>
    </message>
    <message>
        <source>Missing documented fields: %1.</source>
        <translation>Champs documentés manquants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Fields the documentation does not show: %1.</source>
        <translation>Champs absents de la documentation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Fields of another kind (object, array or value) than documented: %1.</source>
        <translation>Champs d&apos;une autre nature (objet, tableau ou valeur) que documenté&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The window changes language at once; no restart is needed.</source>
        <translation>La fenêtre change de langue immédiatement&#xa0;; aucun redémarrage n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Webhooks table:</source>
        <translation>Tableau des webhooks&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore Default Columns</source>
        <translation>&amp;Rétablir les colonnes par défaut</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Rétablir les colonnes par défaut</translation>
    </message>
    <message>
        <source>Show every column again, in the original order and widths</source>
        <translation>Afficher à nouveau toutes les colonnes, dans l&apos;ordre et avec les largeurs d&apos;origine</translation>
    </message>
    <message>
        <source>Shared capture history</source>
        <translation>Historique partagé des captures</translation>
    </message>
    <message>
        <source>Keep captures in a PostgreSQL database that your team shares: every console and receiver that uses it sees every capture. Empty: captures stay on this computer.</source>
        <translation>Conserver les captures dans une base de données PostgreSQL partagée par votre équipe&#xa0;: chaque console et chaque récepteur qui l&apos;utilisent voient toutes les captures. Vide&#xa0;: les captures restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>URL de la &amp;base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Shared capture history URL</source>
        <translation>URL de l&apos;historique partagé des captures</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/webhooks</source>
        <translation>postgresql://user@host:5432/webhooks</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Shared capture history password</source>
        <translation>Mot de passe de l&apos;historique partagé des captures</translation>
    </message>
    <message>
        <source>kept in the keychain (empty: PGPASSWORD or ~/.pgpass)</source>
        <translation>conservé dans le trousseau de clés (vide&#xa0;: PGPASSWORD ou ~/.pgpass)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save shared capture history</source>
        <translation>Enregistrer l&apos;historique partagé des captures</translation>
    </message>
    <message>
        <source>Remember the URL (and the password, in the keychain); the console uses it from its next start</source>
        <translation>Mémoriser l&apos;URL (et le mot de passe, dans le trousseau de clés)&#xa0;; la console l&apos;utilise à partir de son prochain démarrage</translation>
    </message>
</context>
<context>
    <name>Receiver::CaptureHandler</name>
    <message>
        <source>The request was not stored: the capture database cannot be written right now. Send it again later.</source>
        <translation>La requête n&apos;a pas été enregistrée&#xa0;: la base de données des captures est momentanément inaccessible en écriture. Renvoyez-la plus tard.</translation>
    </message>
    <message>
        <source>The secret header %1 was missing.</source>
        <translation>L&apos;en-tête secret %1 était absent.</translation>
    </message>
    <message>
        <source>The secret header %1 had a different value than expected.</source>
        <translation>L&apos;en-tête secret %1 n&apos;avait pas la valeur attendue.</translation>
    </message>
</context>
<context>
    <name>Receiver::Forwarding</name>
    <message>
        <source>The forwarding address must be a URL that starts with http:// or https:// and names a host, such as http://localhost:3000/webhooks.</source>
        <translation>L&apos;adresse de transfert doit être une URL qui commence par http:// ou https:// et nomme un hôte, comme http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The forwarding address must not have a query or a fragment: each request&apos;s own path and query are added to it.</source>
        <translation>L&apos;adresse de transfert ne doit avoir ni requête ni fragment&#xa0;: le chemin et la requête de chaque requête y sont ajoutés.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer in time (%2); answered 504.</source>
        <translation>Transmise à %1, qui n&apos;a pas répondu à temps (%2)&#xa0;; réponse 504.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer (%2); answered 502.</source>
        <translation>Transmise à %1, qui n&apos;a pas répondu (%2)&#xa0;; réponse 502.</translation>
    </message>
</context>
<context>
    <name>Receiver::LiveReceiver</name>
    <message>
        <source>Port %1 is already in use by another program. Choose another port or stop that program.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme. Choisissez un autre port ou arrêtez ce programme.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator privileges on this computer. Choose a port from 1024 to 65535.</source>
        <translation>Le port %1 nécessite des droits d&apos;administrateur sur cet ordinateur. Choisissez un port entre 1024 et 65535.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer. Choose 127.0.0.1 (this computer only) or one of its network addresses.</source>
        <translation>%1 n&apos;est pas une adresse de cet ordinateur. Choisissez 127.0.0.1 (cet ordinateur uniquement) ou l&apos;une de ses adresses réseau.</translation>
    </message>
    <message>
        <source>The receiver could not listen on %1 port %2: %3.</source>
        <translation>Le récepteur n&apos;a pas pu écouter sur %1, port %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Receiver::ReceiverController</name>
    <message>
        <source>The receiver did not start: %1</source>
        <translation>Le récepteur n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The receiver stopped: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name, then start it again.</source>
        <translation>Le récepteur s&apos;est arrêté&#xa0;: le nom de l&apos;en-tête secret n&apos;est pas un nom d&apos;en-tête, aucune requête ne pourrait donc être vérifiée. Corrigez ou effacez le nom, puis redémarrez-le.</translation>
    </message>
    <message>
        <source>The receiver did not start: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name.</source>
        <translation>Le récepteur n&apos;a pas démarré&#xa0;: le nom de l&apos;en-tête secret n&apos;est pas un nom d&apos;en-tête, aucune requête ne pourrait donc être vérifiée. Corrigez ou effacez le nom.</translation>
    </message>
    <message>
        <source>The forwarding address is this receiver&apos;s own (port %1): each request would be forwarded to itself. Enter the address of your app.</source>
        <translation>L&apos;adresse de transfert est celle de ce récepteur (port %1)&#xa0;: chaque requête lui serait renvoyée. Saisissez l&apos;adresse de votre application.</translation>
    </message>
</context>
<context>
    <name>Receiver::ResponseRule</name>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>every request</source>
        <translation>toute requête</translation>
    </message>
</context>
<context>
    <name>Receiver::RulesFile</name>
    <message>
        <source>“%1” is not a rule key; a rule has %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé de règle&#xa0;; une règle a %2.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <source>“status” is missing: a rule says which status it answers with.</source>
        <translation>«&#xa0;status&#xa0;» manque&#xa0;: une règle dit par quel statut elle répond.</translation>
    </message>
    <message>
        <source>“percent” must be a number from 0 to 100.</source>
        <translation>«&#xa0;percent&#xa0;» doit être un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>“headers” must be an object of header names and text values, such as {&quot;Retry-After&quot;: &quot;60&quot;}.</source>
        <translation>«&#xa0;headers&#xa0;» doit être un objet de noms d&apos;en-têtes et de valeurs texte, comme {&quot;Retry-After&quot;: &quot;60&quot;}.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be text.</source>
        <translation>La valeur de l&apos;en-tête «&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <source>“status” must be a whole number from 100 to 599, not %1.</source>
        <translation>«&#xa0;status&#xa0;» doit être un nombre entier de 100 à 599, pas %1.</translation>
    </message>
    <message>
        <source>“method” must be an HTTP method such as POST, not “%1”.</source>
        <translation>«&#xa0;method&#xa0;» doit être une méthode HTTP comme POST, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“path” must start with / and may end with * to match every path that begins with it (/hooks/*), not “%1”.</source>
        <translation>«&#xa0;path&#xa0;» doit commencer par / et peut finir par * pour correspondre à tout chemin qui commence ainsi (/hooks/*), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a Channex event; the events are %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un événement Channex&#xa0;; les événements sont %2.</translation>
    </message>
    <message>
        <source>“delay_ms” must be from 0 to %1 milliseconds (ten minutes).</source>
        <translation>«&#xa0;delay_ms&#xa0;» doit être de 0 à %1 millisecondes (dix minutes).</translation>
    </message>
    <message>
        <source>“times” must be 1 or more: how many requests the rule answers.</source>
        <translation>«&#xa0;times&#xa0;» doit valoir 1 ou plus&#xa0;: le nombre de requêtes auxquelles la règle répond.</translation>
    </message>
    <message>
        <source>The header “%1” is the receiver&apos;s to send; leave it out of the rule.</source>
        <translation>L&apos;en-tête «&#xa0;%1&#xa0;» est envoyé par le récepteur&#xa0;; retirez-le de la règle.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be on one line.</source>
        <translation>La valeur de l&apos;en-tête «&#xa0;%1&#xa0;» doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 at character %2.</source>
        <translation>Ce n&apos;est pas du JSON valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>It must be an object with a list of rules: {&quot;rules&quot;: [ … ]}.</source>
        <translation>Ce doit être un objet avec une liste de règles&#xa0;: {&quot;rules&quot;: [ … ]}.</translation>
    </message>
    <message>
        <source>“%1” is not a key of a rules file; it has only “rules”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé d&apos;un fichier de règles&#xa0;; il n&apos;a que «&#xa0;rules&#xa0;».</translation>
    </message>
    <message>
        <source>a rule must be an object such as {&quot;status&quot;: 503}.</source>
        <translation>une règle doit être un objet comme {&quot;status&quot;: 503}.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>Le fichier de règles %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The rules file %1 is not valid. %2</source>
        <translation>Le fichier de règles %1 n&apos;est pas valide. %2</translation>
    </message>
    <message>
        <source>The rules could not be saved to %1: %2.</source>
        <translation>Les règles n&apos;ont pas pu être enregistrées dans %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>Replay Capture</source>
        <translation>Rejouer la capture</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>&amp;URL cible&#xa0;:</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>URL cible</translation>
    </message>
    <message>
        <source>http://localhost:3000/channex/webhooks</source>
        <translation>http://localhost:3000/channex/webhooks</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Supprimer l&apos;en-tête</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Host, Content-Length and Connection are set for the new connection.</source>
        <translation>Host, Content-Length et Connection sont définis pour la nouvelle connexion.</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps&#xa0;:</translation>
    </message>
    <message>
        <source>This body is binary: it is shown as hex and sent unchanged.</source>
        <translation>Ce corps est binaire&#xa0;: il est affiché en hexadécimal et envoyé sans modification.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Statut de la réponse</translation>
    </message>
    <message>
        <source>Answer headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Answer body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Envoyer la requête (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Sandbox::Deliveries::Sequences</name>
    <message>
        <source>One event</source>
        <translation>Un événement</translation>
    </message>
    <message>
        <source>A duplicate: the same body twice</source>
        <translation>Un doublon&#xa0;: le même corps deux fois</translation>
    </message>
    <message>
        <source>A booking&apos;s life: new, modified, cancelled</source>
        <translation>La vie d&apos;une réservation&#xa0;: nouvelle, modifiée, annulée</translation>
    </message>
    <message>
        <source>Out of order: the later ARI change first</source>
        <translation>Dans le désordre&#xa0;: la modification ARI la plus récente d&apos;abord</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxServer</name>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3. Choose another port, or close the program that is using it.</source>
        <translation>Le bac à sable n&apos;a pas pu écouter sur %1, port %2&#xa0;: %3. Choisissez un autre port ou fermez le programme qui l&apos;utilise.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionStore</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Saisissez un nom pour la connexion.</translation>
    </message>
    <message>
        <source>Enter the server root as %1.</source>
        <translation>Saisissez la racine du serveur sous la forme %1.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionTester</name>
    <message numerus="yes">
        <source>The connection works: %1 accepted the API key and has %n webhook(s).</source>
        <translation>
            <numerusform>La connexion fonctionne&#xa0;: %1 a accepté la clé API et compte %n webhook.</numerusform>
            <numerusform>La connexion fonctionne&#xa0;: %1 a accepté la clé API et compte %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused this API key. Paste the key of this server&apos;s account again (staging and production keys differ; a withdrawn key stops working).</source>
        <translation>%1 a refusé cette clé d&apos;API. Collez de nouveau la clé du compte de ce serveur (les clés de staging et de production diffèrent ; une clé révoquée ne fonctionne plus).</translation>
    </message>
</context>
<context>
    <name>Session::ConsoleController</name>
    <message>
        <source>Your system has no keychain available, so API keys are kept only until you quit and must be entered again next time.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur votre système&#xa0;: les clés API ne sont conservées que jusqu&apos;à ce que vous quittiez l&apos;application et devront être saisies à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>%1 Try again with Refresh (F5), or switch to another connection.</source>
        <translation>%1 Réessayez avec Actualiser (F5) ou passez à une autre connexion.</translation>
    </message>
    <message>
        <source>Enter the API key of your %1 account above, or start the console with the key in the CHANNEX_API_KEY environment variable.</source>
        <translation>Saisissez ci-dessus la clé API de votre compte %1, ou lancez la console avec la clé dans la variable d&apos;environnement CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>API key needed</source>
        <translation>Clé API requise</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Saisissez la clé API pour tester la connexion.</translation>
    </message>
    <message>
        <source>This connection is no longer saved.</source>
        <translation>Cette connexion n&apos;est plus enregistrée.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No API key is stored for %1: enter it in the main window (Manage connections…), then reload.</source>
        <translation>Aucune clé API n&apos;est enregistrée pour %1&#xa0;: saisissez-la dans la fenêtre principale («&#xa0;Gérer les connexions…&#xa0;»), puis rechargez.</translation>
    </message>
</context>
<context>
    <name>Session::DataDirectory</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>Session::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was declined, so the API key was not read or saved there.</source>
        <translation>L&apos;accès au trousseau de clés a été refusé&#xa0;: la clé API n&apos;y a été ni lue ni enregistrée.</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key (%1).</source>
        <translation>Le trousseau de clés a refusé l&apos;accès à la clé API (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Erreur du trousseau de clés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TestResultDialog</name>
    <message>
        <source>Test Result</source>
        <translation>Résultat du test</translation>
    </message>
</context>
<context>
    <name>Transfer::AccountComparison</name>
    <message>
        <source>header %1: its value is not copied, %2 keeps its own</source>
        <translation>l&apos;en-tête %1&#xa0;: sa valeur n&apos;est pas copiée, %2 conserve la sienne</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, %2 keeps its own</source>
        <translation>le paramètre %1&#xa0;: sa valeur n&apos;est pas copiée, %2 conserve la sienne</translation>
    </message>
    <message>
        <source>header %1: its value is not copied, left empty</source>
        <translation>l&apos;en-tête %1&#xa0;: sa valeur n&apos;est pas copiée et reste vide</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, left empty</source>
        <translation>le paramètre %1&#xa0;: sa valeur n&apos;est pas copiée et reste vide</translation>
    </message>
    <message>
        <source>%1 has no property called “%2”</source>
        <translation>%1 n&apos;a aucun établissement nommé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has more than one property called “%2”</source>
        <translation>%1 a plusieurs établissements nommés «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has this webhook more than once (the same scope, URL and event mask)</source>
        <translation>%1 a ce webhook plusieurs fois (même portée, même URL et même masque d&apos;événements)</translation>
    </message>
    <message>
        <source>%1 has more than one webhook with this scope, URL and event mask</source>
        <translation>%1 a plusieurs webhooks avec cette portée, cette URL et ce masque d&apos;événements</translation>
    </message>
    <message>
        <source>cannot be copied: %1</source>
        <translation>copie impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Transfer::ImportLine</name>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
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
        <translation>l&apos;en-tête %1 n&apos;a pas de valeur dans le fichier&#xa0;: la valeur actuelle est conservée</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: the value here is kept</source>
        <translation>le paramètre %1 n&apos;a pas de valeur dans le fichier&#xa0;: la valeur actuelle est conservée</translation>
    </message>
    <message>
        <source>header %1 has no value in the file: left empty</source>
        <translation>l&apos;en-tête %1 n&apos;a pas de valeur dans le fichier&#xa0;: laissé vide</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: left empty</source>
        <translation>le paramètre %1 n&apos;a pas de valeur dans le fichier&#xa0;: laissé vide</translation>
    </message>
    <message>
        <source>this account has no property called “%1”</source>
        <translation>ce compte n&apos;a aucun établissement nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>this account has more than one property called “%1”, so the import cannot tell which is meant</source>
        <translation>ce compte a plusieurs établissements nommés «&#xa0;%1&#xa0;», l&apos;importation ne peut donc pas savoir lequel est visé</translation>
    </message>
    <message>
        <source>the file lists this webhook (scope, URL and event mask) more than once; only the first is imported</source>
        <translation>le fichier liste ce webhook (portée, URL et masque d&apos;événements) plusieurs fois&#xa0;; seul le premier est importé</translation>
    </message>
    <message>
        <source>this account has more than one webhook with this scope, URL and event mask, so the import cannot tell which to update</source>
        <translation>ce compte a plusieurs webhooks avec cette portée, cette URL et ce masque d&apos;événements, l&apos;importation ne peut donc pas savoir lequel mettre à jour</translation>
    </message>
    <message>
        <source>To create: %1, to update: %2, unchanged: %3, skipped: %4.</source>
        <translation>À créer&#xa0;: %1, à mettre à jour&#xa0;: %2, inchangés&#xa0;: %3, ignorés&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>Transfer::WebhookFileFormat</name>
    <message>
        <source>it is not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>it has no &quot;callback_url&quot; text</source>
        <translation>il n&apos;a pas de texte &quot;callback_url&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;event_mask&quot; text</source>
        <translation>il n&apos;a pas de texte &quot;event_mask&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; has no &quot;title&quot;</source>
        <translation>son &quot;property&quot; n&apos;a pas de &quot;title&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; is neither an object with a &quot;title&quot; nor null (for a global webhook)</source>
        <translation>son &quot;property&quot; n&apos;est ni un objet avec un &quot;title&quot; ni null (pour un webhook global)</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not true or false</source>
        <translation>son &quot;%1&quot; n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not an object (or null)</source>
        <translation>son &quot;%1&quot; n&apos;est ni un objet ni null</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; value of “%2” is neither text nor null</source>
        <translation>dans son &quot;%1&quot;, la valeur de «&#xa0;%2&#xa0;» n&apos;est ni du texte ni null</translation>
    </message>
    <message>
        <source>%1 is not a Webhook Console webhook file: %2.</source>
        <translation>%1 n&apos;est pas un fichier de webhooks de Webhook Console&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it does not say &quot;format&quot;: &quot;%1&quot;</source>
        <translation>il n&apos;indique pas &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its &quot;format_version&quot; is not a whole number from 1 up</source>
        <translation>son &quot;format_version&quot; n&apos;est pas un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>%1 is version %2 of the webhook file format, written by a newer Webhook Console; this one reads version %3. Import it with a newer Webhook Console.</source>
        <translation>%1 utilise la version %2 du format de fichier de webhooks, écrite par une version plus récente de Webhook Console&#xa0;; cette version-ci lit la version %3. Importez ce fichier avec une version plus récente de Webhook Console.</translation>
    </message>
    <message>
        <source>its &quot;webhooks&quot; is not a list</source>
        <translation>son &quot;webhooks&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>in webhook %1 of the list, %2</source>
        <translation>dans le webhook %1 de la liste, %2</translation>
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
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL de rappel&#xa0;:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>https://pms.example.com/channex/webhooks</source>
        <translation>https://pms.example.com/channex/webhooks</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>Éta&amp;blissement&#xa0;:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>The property whose events this webhook receives, or Global for every property of the account. Type a name to jump to it.</source>
        <translation>L&apos;établissement dont ce webhook reçoit les événements, ou Global pour tous les établissements du compte. Tapez un nom pour y accéder directement.</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Channex calls only active webhooks.</source>
        <translation>Channex n&apos;appelle que les webhooks actifs.</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;f</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Envoyer les données</translation>
    </message>
    <message>
        <source>Include the event&apos;s data (the booking, the ARI change…) in each call, instead of only its type and IDs.</source>
        <translation>Inclure les données de l&apos;événement (la réservation, la modification ARI…) dans chaque appel, au lieu de son seul type et de ses ID.</translation>
    </message>
    <message>
        <source>Send &amp;data with each event</source>
        <translation>Envoyer les &amp;données avec chaque événement</translation>
    </message>
    <message>
        <source>Webhook ID:</source>
        <translation>ID du webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID du webhook</translation>
    </message>
    <message>
        <source>Events, headers and parameters</source>
        <translation>Événements, en-têtes et paramètres</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>Extra HTTP headers Channex sends with every call, for example a secret the receiver checks.</source>
        <translation>En-têtes HTTP supplémentaires que Channex envoie à chaque appel, par exemple un secret vérifié par le destinataire.</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Paramètres de re&amp;quête</translation>
    </message>
    <message>
        <source>Query parameters Channex adds to the callback URL on every call.</source>
        <translation>Paramètres de requête que Channex ajoute à l&apos;URL de rappel à chaque appel.</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Afficher le résultat du test</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Ask Channex to send a test call with these settings, without saving them</source>
        <translation>Demander à Channex d&apos;envoyer un appel de test avec ces réglages, sans les enregistrer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Use live receiver</source>
        <translation>Utiliser le récepteur en direct</translation>
    </message>
    <message>
        <source>Use &amp;live receiver</source>
        <translation>Utiliser &amp;le récepteur en direct</translation>
    </message>
    <message>
        <source>Overlap warnings</source>
        <translation>Avertissements de chevauchement</translation>
    </message>
</context>
</TS>
