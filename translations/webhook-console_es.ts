<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Capture::CaptureStore</name>
    <message>
        <source>The capture database could not be prepared: %1</source>
        <translation>No se ha podido preparar la base de datos de capturas: %1</translation>
    </message>
    <message>
        <source>The capture database %1 could not be opened: %2</source>
        <translation>No se ha podido abrir la base de datos de capturas %1: %2</translation>
    </message>
    <message>
        <source>The capture database has no schema version: %1</source>
        <translation>La base de datos de capturas no tiene versión de esquema: %1</translation>
    </message>
    <message>
        <source>The capture database has version %1; this version of the console reads version %2. Choose another data directory or remove the file.</source>
        <translation>La base de datos de capturas tiene la versión %1; esta versión de la consola lee la versión %2. Elija otra carpeta de datos o elimine el archivo.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not one of captures. Choose another data directory or remove the file.</source>
        <translation>El archivo es una base de datos SQLite, pero no de capturas. Elija otra carpeta de datos o elimine el archivo.</translation>
    </message>
    <message>
        <source>The capture store is open already.</source>
        <translation>El almacén de capturas ya está abierto.</translation>
    </message>
    <message>
        <source>The capture store is not open.</source>
        <translation>El almacén de capturas no está abierto.</translation>
    </message>
    <message>
        <source>The capture store is closed.</source>
        <translation>El almacén de capturas está cerrado.</translation>
    </message>
    <message>
        <source>The capture database could not be prepared (%1). Choose another data directory or move the file away.</source>
        <translation>No se ha podido preparar la base de datos de capturas (%1). Elija otra carpeta de datos o mueva el archivo a otro lugar.</translation>
    </message>
    <message>
        <source>The capture database could not be read (%1). Choose another data directory or move the file away.</source>
        <translation>No se ha podido leer la base de datos de capturas (%1). Elija otra carpeta de datos o mueva el archivo a otro lugar.</translation>
    </message>
    <message>
        <source>The capture could not be written to the database (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>No se ha podido escribir la captura en la base de datos (%1). Compruebe que el disco tiene espacio libre y que ningún otro programa mantiene bloqueada la base de datos de capturas.</translation>
    </message>
    <message>
        <source>The captures could not be changed (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>No se han podido modificar las capturas (%1). Compruebe que el disco tiene espacio libre y que ningún otro programa mantiene bloqueada la base de datos de capturas.</translation>
    </message>
    <message>
        <source>This console cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Esta consola no puede acceder a PostgreSQL: el controlador de PostgreSQL de Qt no está instalado (en Debian y Ubuntu, el paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The shared capture history %1 could not be reached: %2</source>
        <translation>No se ha podido acceder al historial de capturas compartido %1: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database has tables, but not those of captures. Give the shared capture history a database of its own (createdb webhooks, say).</source>
        <translation>La base de datos PostgreSQL tiene tablas, pero no las de capturas. Asigne al historial de capturas compartido una base de datos propia (por ejemplo, con createdb webhooks).</translation>
    </message>
    <message>
        <source>The capture could not be written to the shared capture history (%1). Check that its PostgreSQL server is running and can be reached.</source>
        <translation>No se ha podido escribir la captura en el historial de capturas compartido (%1). Compruebe que su servidor PostgreSQL está en funcionamiento y es accesible.</translation>
    </message>
    <message>
        <source>The shared capture history %1 cannot be reached (%2). New captures appear again when it is back.</source>
        <translation>No se puede acceder al historial de capturas compartido %1 (%2). Las capturas nuevas volverán a aparecer cuando vuelva a estar disponible.</translation>
    </message>
</context>
<context>
    <name>Capture::PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se ha podido crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read the captures in %1: the folder and the capture database are now yours alone.</source>
        <translation>Otras cuentas de este equipo podían leer las capturas de %1: la carpeta y la base de datos de capturas ahora son solo suyas.</translation>
    </message>
</context>
<context>
    <name>Capture::StoreLocation</name>
    <message>
        <source>The URL carries a password. Leave it out: the password is read from the PGPASSWORD environment variable or ~/.pgpass (or the keychain, for the window&apos;s shared capture history).</source>
        <translation>La URL contiene una contraseña. Quítela: la contraseña se lee de la variable de entorno PGPASSWORD o de ~/.pgpass (o, para el historial de capturas compartido de la ventana, del llavero).</translation>
    </message>
    <message>
        <source>A shared capture history is a PostgreSQL URL such as postgresql://user@host:5432/database.</source>
        <translation>Un historial de capturas compartido es una URL de PostgreSQL, como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 no es una URL válida: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection option this console passes on (it takes %2).</source>
        <translation>%1 no es una opción de conexión de PostgreSQL que esta consola transmita (admite %2).</translation>
    </message>
    <message>
        <source>The URL names no database: add it as the path, e.g. postgresql://user@host:5432/webhooks.</source>
        <translation>La URL no indica ninguna base de datos: añádala como ruta, p. ej. postgresql://user@host:5432/webhooks.</translation>
    </message>
</context>
<context>
    <name>Channex::ApiError</name>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clave de API rechazada</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>Valores no válidos</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation>Solicitud no entendida</translation>
    </message>
    <message>
        <source>Channex server error</source>
        <translation>Error del servidor de Channex</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Servidor no encontrado</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Error en la conexión segura</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The API key was refused by %1. Enter this connection&apos;s key again under Manage connections…; staging and production keys differ, and a withdrawn key stops working.</source>
        <translation>%1 ha rechazado la clave de API. Vuelva a escribir la clave de esta conexión en Gestionar conexiones…; las claves de staging y de producción son distintas, y una clave revocada deja de funcionar.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (HTTP 403). It may be limited to some properties; use a key with access to this property or ask the account owner.</source>
        <translation>La clave de API no tiene permiso para realizar esta acción (HTTP 403). Puede que esté limitada a algunos alojamientos; use una clave con acceso a este alojamiento o consulte al propietario de la cuenta.</translation>
    </message>
    <message>
        <source>This webhook no longer exists on %1 (HTTP 404); it may have been deleted elsewhere. Refresh the list to see the current webhooks.</source>
        <translation>Este webhook ya no existe en %1 (HTTP 404); es posible que se haya eliminado desde otro lugar. Actualice la lista para ver los webhooks actuales.</translation>
    </message>
    <message>
        <source>%1 has no Channex API at this address (HTTP 404). Check the server address under Manage connections…: it is the root, such as https://staging.channex.io, without /api/v1.</source>
        <translation>%1 no tiene ninguna API de Channex en esta dirección (HTTP 404). Revise la dirección del servidor en Gestionar conexiones…: debe ser la raíz, por ejemplo https://staging.channex.io, sin /api/v1.</translation>
    </message>
    <message>
        <source>Channex rejected the values (%1). Check the fields and save again.</source>
        <translation>Channex ha rechazado los valores (%1). Revise los campos y vuelva a guardar.</translation>
    </message>
    <message>
        <source>HTTP 422</source>
        <translation>HTTP 422</translation>
    </message>
    <message>
        <source>Channex rejected the values: %1. Correct the field and save again.</source>
        <translation>Channex ha rechazado los valores: %1. Corrija el campo y vuelva a guardar.</translation>
    </message>
    <message numerus="yes">
        <source>Channex rejected the values: %1 (and %n more). Correct the fields and save again.</source>
        <translation>
            <numerusform>Channex ha rechazado los valores: %1 (y %n más). Corrija los campos y vuelva a guardar.</numerusform>
            <numerusform>Channex ha rechazado los valores: %1 (y %n más). Corrija los campos y vuelva a guardar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 received too many requests from this key (HTTP 429). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>%1 ha recibido demasiadas solicitudes de esta clave (HTTP 429). Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>%1 ha recibido demasiadas solicitudes de esta clave (HTTP 429). Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received too many requests from this key (HTTP 429). Wait a minute and try again.</source>
        <translation>%1 ha recibido demasiadas solicitudes de esta clave (HTTP 429). Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 did not understand the request (HTTP 400%2). This is probably a bug in Webhook Console or a server version it does not know; please report it.</source>
        <translation>%1 no ha entendido la solicitud (HTTP 400%2). Probablemente se trate de un error de Webhook Console o de una versión del servidor que no conoce; le rogamos que lo notifique.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). This is not caused by your input; try again in a few minutes.</source>
        <translation>%1 ha tenido un problema al responder (HTTP %2). No se debe a los datos introducidos; vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2. Check that the server URL points to a Channex API.</source>
        <translation>%1 ha respondido con el estado HTTP inesperado %2. Compruebe que la URL del servidor apunta a una API de Channex.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again; if it keeps happening the server may be overloaded.</source>
        <translation>%1 no ha respondido a tiempo. Compruebe su conexión a Internet y vuelva a intentarlo; si sigue ocurriendo, es posible que el servidor esté sobrecargado.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check your internet connection and the server address.</source>
        <translation>No se ha encontrado el nombre del servidor. Compruebe su conexión a Internet y la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check your internet connection and DNS settings (or proxy); the address itself is correct.</source>
        <translation>No se ha encontrado el nombre de servidor %1. Compruebe su conexión a Internet y la configuración de DNS (o del proxy); la dirección en sí es correcta.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the server address under Manage connections… for typos, and check your internet connection.</source>
        <translation>No se ha encontrado el nombre de servidor %1. Revise si hay errores de escritura en la dirección del servidor en Gestionar conexiones… y compruebe su conexión a Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing is listening there. Check the server URL and port, or restart the sandbox if you are using it.</source>
        <translation>%1 ha rechazado la conexión; no hay nada escuchando ahí. Compruebe la URL y el puerto del servidor o, si usa el sandbox, reinícielo.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (certificate or TLS problem). Check the server URL, the system clock and any proxy that inspects HTTPS traffic.</source>
        <translation>No se ha podido establecer una conexión segura con %1 (problema de certificado o de TLS). Compruebe la URL del servidor, el reloj del sistema y cualquier proxy que inspeccione el tráfico HTTPS.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check your internet connection or proxy settings and try again.</source>
        <translation>Ha fallado la conexión con %1. Compruebe su conexión a Internet o la configuración del proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the expected JSON. Is the server URL right? It must point to a Channex API server.</source>
        <translation>%1 ha respondido con algo que no es el JSON esperado. ¿Es correcta la URL del servidor? Debe apuntar a un servidor de la API de Channex.</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived.</source>
        <translation>La solicitud se ha cancelado antes de recibir una respuesta.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>Ha fallado la solicitud a %1.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1. Correct the values and try again.</source>
        <translation>No se envió nada: %1. Corrija los valores e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Channex::ConnectionProfile</name>
    <message>
        <source>Sandbox (built-in demo)</source>
        <translation>Sandbox (demo integrada)</translation>
    </message>
    <message>
        <source>Channex Staging</source>
        <translation>Channex Staging</translation>
    </message>
    <message>
        <source>Channex Production</source>
        <translation>Channex Producción</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Escriba la dirección del servidor, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Enter the full address including https://, for example %1.</source>
        <translation>Escriba la dirección completa, incluido https://, por ejemplo %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address. Enter it like %2.</source>
        <translation>«%1» no es una dirección válida. Escríbala como %2.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be used, not %1://.</source>
        <translation>Solo se pueden usar direcciones http:// y https://, no %1://.</translation>
    </message>
    <message>
        <source>The address has no server name. Enter it like %1.</source>
        <translation>La dirección no tiene nombre de servidor. Escríbala como %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own field.</source>
        <translation>Quite el nombre de usuario y la contraseña de la dirección; la clave de API va en su propio campo.</translation>
    </message>
    <message>
        <source>Remove the &apos;?&apos; or &apos;#&apos; part from the address; enter only the server root, like %1.</source>
        <translation>Quite la parte con «?» o «#» de la dirección; introduzca solo la raíz del servidor, como %1.</translation>
    </message>
</context>
<context>
    <name>Channex::EventMask</name>
    <message numerus="yes">
        <source>%n room type(s)</source>
        <translation>
            <numerusform>%n tipo de habitación</numerusform>
            <numerusform>%n tipos de habitación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n plan de tarifas</numerusform>
            <numerusform>%n planes de tarifas</numerusform>
        </translation>
    </message>
    <message>
        <source>The event mask is empty; Channex requires at least one event, or &apos;*&apos; for all events.</source>
        <translation>La máscara de eventos está vacía; Channex exige al menos un evento, o «*» para todos los eventos.</translation>
    </message>
    <message>
        <source>&apos;*&apos; already includes every event; the other entries have no effect.</source>
        <translation>«*» ya incluye todos los eventos; las demás entradas no tienen efecto.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed more than once.</source>
        <translation>«%1» aparece más de una vez.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has too many filter segments; an ari filter looks like ari:restrictions:room_type_ids:rate_plan_ids.</source>
        <translation>«%1» tiene demasiados segmentos de filtro; un filtro de ari tiene esta forma: ari:restrictions:room_type_ids:rate_plan_ids.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a filter, but only the ari event accepts one; Channex will probably not recognise this entry.</source>
        <translation>«%1» tiene un filtro, pero solo el evento ari admite filtros; probablemente Channex no reconocerá esta entrada.</translation>
    </message>
    <message>
        <source>&apos;disconnected_channel&apos; is the 2025 name of &apos;disconnect_channel&apos;; newer Channex servers may only know the new name.</source>
        <translation>«disconnected_channel» es el nombre de 2025 de «disconnect_channel»; es posible que los servidores de Channex más recientes solo conozcan el nombre nuevo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Channex event; event names are lower case (did you mean &apos;%2&apos;?).</source>
        <translation>«%1» no es un evento de Channex; los nombres de evento van en minúsculas (¿quiso decir «%2»?).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a documented Channex event; check the spelling.</source>
        <translation>«%1» no es un evento documentado de Channex; revise la ortografía.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ARI restriction; known restrictions are: %2.</source>
        <translation>«%1» no es una restricción de ARI; las restricciones conocidas son: %2.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Ningún evento</translation>
    </message>
</context>
<context>
    <name>Channex::Overlap</name>
    <message>
        <source>Global and property webhook share events</source>
        <translation>Un webhook global y uno de alojamiento comparten eventos</translation>
    </message>
    <message>
        <source>Same events delivered twice to one URL</source>
        <translation>Los mismos eventos se entregan dos veces a una URL</translation>
    </message>
    <message>
        <source>Event mask matches no documented event</source>
        <translation>La máscara de eventos no coincide con ningún evento documentado</translation>
    </message>
    <message>
        <source>Plain http on Channex production</source>
        <translation>http simple en la producción de Channex</translation>
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
        <translation>todos los eventos</translation>
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
        <translation>Escriba la URL que debe recibir los eventos.</translation>
    </message>
    <message>
        <source>Remove the spaces before or after the URL.</source>
        <translation>Quite los espacios antes o después de la URL.</translation>
    </message>
    <message>
        <source>The URL must be on one line.</source>
        <translation>La URL debe estar en una sola línea.</translation>
    </message>
    <message>
        <source>Enter a full URL that starts with https:// or http://.</source>
        <translation>Escriba una URL completa que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>Channex calls only http and https URLs, not %1.</source>
        <translation>Channex solo llama a URL http y https, no %1.</translation>
    </message>
    <message>
        <source>The URL needs a host name after %1://.</source>
        <translation>La URL necesita un nombre de host después de %1://.</translation>
    </message>
    <message>
        <source>Plain http sends bookings and guest data unencrypted; use https where the receiver supports it.</source>
        <translation>Con http simple, las reservas y los datos de los huéspedes se envían sin cifrar; use https si el receptor lo admite.</translation>
    </message>
    <message>
        <source>The query holds what looks like a secret (%1): URLs end up in logs. A header is safer.</source>
        <translation>La consulta contiene lo que parece un secreto (%1): las URL acaban en los registros. Un encabezado es más seguro.</translation>
    </message>
    <message>
        <source>Choose at least one event, or all events (*).</source>
        <translation>Elija al menos un evento, o todos los eventos (*).</translation>
    </message>
    <message>
        <source>The event mask must be on one line.</source>
        <translation>La máscara de eventos debe estar en una sola línea.</translation>
    </message>
    <message>
        <source>Choose the property whose events this webhook receives, or Global.</source>
        <translation>Elija el alojamiento cuyos eventos recibe este webhook, o Global.</translation>
    </message>
    <message>
        <source>Header %1 has no name.</source>
        <translation>El encabezado %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>Parameter %1 has no name.</source>
        <translation>El parámetro %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>“%1” contains a line break, which would break the request.</source>
        <translation>«%1» contiene un salto de línea, lo que estropearía la solicitud.</translation>
    </message>
    <message>
        <source>The header “%1” is listed twice.</source>
        <translation>El encabezado «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>The parameter “%1” is listed twice.</source>
        <translation>El parámetro «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>Channex holds this value as it is, and it is sent back unchanged: %1 A delivery may carry it as it is, and the receiving server may refuse it.</source>
        <translation>Channex guarda este valor tal cual y se le devuelve sin cambios: %1 Una entrega puede llevarlo tal cual, y el servidor receptor puede rechazarla.</translation>
    </message>
    <message>
        <source>The URL contains a space after “%1”: a URL has none (write %20 where the receiver expects one).</source>
        <translation>La URL contiene un espacio después de «%1»: una URL no tiene ninguno (escriba %20 donde el receptor espere uno).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Webhook Console: manage the webhooks of a Channex account and watch their deliveries.</source>
        <translation>Webhook Console: gestione los webhooks de una cuenta de Channex y supervise sus entregas.</translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Open on the built-in sandbox, even when an API key is set.</source>
        <translation>Abre el sandbox integrado, aunque haya una clave de API configurada.</translation>
    </message>
    <message>
        <source>Open the saved connection to the Channex server at &lt;url&gt; (a server root such as https://staging.channex.io; /api/v1 is added), saving one if there is none. Its API key comes from the keychain, or for this run only from the CHANNEX_API_KEY environment variable.</source>
        <translation>Abre la conexión guardada al servidor de Channex en &lt;url&gt; (una raíz de servidor como https://staging.channex.io; se añade /api/v1) y la guarda si no existe. Su clave de API se obtiene del llavero o, solo para esta ejecución, de la variable de entorno CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Serve only the sandbox API on 127.0.0.1, without a window, until stopped. Prints its server root and API key (the demo key, or the one in the WEBHOOK_CONSOLE_SANDBOX_KEY environment variable).</source>
        <translation>Sirve solo la API del sandbox en 127.0.0.1, sin ventana, hasta que se detenga. Muestra la raíz del servidor y la clave de API (la clave de demostración o la de la variable de entorno WEBHOOK_CONSOLE_SANDBOX_KEY).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>With --serve-sandbox: delay every API answer by &lt;ms&gt; milliseconds.</source>
        <translation>Con --serve-sandbox: retrasa cada respuesta de la API &lt;ms&gt; milisegundos.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <source>--sandbox and --api-url cannot be used together.</source>
        <translation>--sandbox y --api-url no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--latency needs a number of milliseconds from 0 to 600000.</source>
        <translation>--latency necesita un número de milisegundos entre 0 y 600000.</translation>
    </message>
    <message>
        <source>Could not start the sandbox on 127.0.0.1:%1: %2</source>
        <translation>No se ha podido iniciar el sandbox en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Webhook Console sandbox: a Channex-compatible API with demo data.</source>
        <translation>Sandbox de Webhook Console: una API compatible con Channex con datos de demostración.</translation>
    </message>
    <message>
        <source>Server root: %1</source>
        <translation>Raíz del servidor: %1</translation>
    </message>
    <message>
        <source>API base:    %1/api/v1</source>
        <translation>Base de la API:    %1/api/v1</translation>
    </message>
    <message>
        <source>API key:     %1 (send it in the user-api-key header; %2)</source>
        <translation>Clave de API:      %1 (envíela en el encabezado user-api-key; %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>the demo key</source>
        <translation>la clave de demostración</translation>
    </message>
    <message>
        <source>Latency:     %1 ms added to every answer</source>
        <translation>Latencia:          %1 ms añadidos a cada respuesta</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulse Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Ejecute con --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Could not open the capture database %1: %2</source>
        <translation>No se ha podido abrir la base de datos de capturas %1: %2</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>No se ha podido escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n capture(s) from %1.</source>
        <translation>
            <numerusform>Se ha exportado %n captura de %1.</numerusform>
            <numerusform>Se han exportado %n capturas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the live receiver with the window, on 127.0.0.1 port &lt;port&gt; (0: any free port).</source>
        <translation>Inicia el receptor en vivo junto con la ventana, en 127.0.0.1, puerto &lt;puerto&gt; (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Keep settings and captures in the folder &lt;dir&gt; instead of the usual places, e.g. for a portable or separate console.</source>
        <translation>Guarda la configuración y las capturas en la carpeta &lt;carpeta&gt; en lugar de en las ubicaciones habituales, p. ej., para una consola portátil o independiente.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Run only the live receiver on 127.0.0.1, without a window, until stopped: every request is stored in the data folder before it is answered. Prints its URL and the database file.</source>
        <translation>Ejecuta solo el receptor en vivo en 127.0.0.1, sin ventana, hasta que se detenga: cada solicitud se guarda en la carpeta de datos antes de responderla. Muestra su URL y el archivo de la base de datos.</translation>
    </message>
    <message>
        <source>Port for --serve-sandbox or --serve-receiver (default: any free port).</source>
        <translation>Puerto para --serve-sandbox o --serve-receiver (predeterminado: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer 401 (and mark the capture) unless a request carries the header &lt;name&gt; with the value in the WEBHOOK_CONSOLE_RECEIVER_SECRET environment variable.</source>
        <translation>Con --serve-receiver: responde 401 (y marca la captura) salvo que la solicitud lleve el encabezado &lt;nombre&gt; con el valor de la variable de entorno WEBHOOK_CONSOLE_RECEIVER_SECRET.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Write every stored capture to &lt;file&gt; as JSON Lines (- for standard output) and exit, without a window.</source>
        <translation>Escribe todas las capturas guardadas en &lt;archivo&gt; como JSON Lines (- para la salida estándar) y sale, sin ventana.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>%1 needs a number from 0 to 65535.</source>
        <translation>%1 necesita un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>--export-captures needs a file name, or - for standard output.</source>
        <translation>--export-captures necesita un nombre de archivo, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>--port is an option of --serve-sandbox and --serve-receiver (the window takes --receiver-port).</source>
        <translation>--port es una opción de --serve-sandbox y --serve-receiver (la ventana usa --receiver-port).</translation>
    </message>
    <message>
        <source>--latency is an option of --serve-sandbox.</source>
        <translation>--latency es una opción de --serve-sandbox.</translation>
    </message>
    <message>
        <source>--secret-header is an option of --serve-receiver.</source>
        <translation>--secret-header es una opción de --serve-receiver.</translation>
    </message>
    <message>
        <source>--secret-header %1 needs the expected value in the %2 environment variable.</source>
        <translation>--secret-header %1 necesita el valor esperado en la variable de entorno %2.</translation>
    </message>
    <message>
        <source>Could not start the receiver on 127.0.0.1:%1: %2</source>
        <translation>No se ha podido iniciar el receptor en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Webhook Console receiver: every request is stored before it is answered.</source>
        <translation>Receptor de Webhook Console: cada solicitud se guarda antes de responderla.</translation>
    </message>
    <message>
        <source>URL:      %1</source>
        <translation>URL:           %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Secret:   requests without the right %1 header are answered 401 (the value is from %2)</source>
        <translation>Secreto:       las solicitudes sin el encabezado %1 correcto reciben 401 (el valor procede de %2)</translation>
    </message>
    <message>
        <source>Not storing: %1 Requests are answered 503 until the database can be written again.</source>
        <translation>No se guarda nada: %1 Las solicitudes se responden con 503 hasta que se pueda volver a escribir en la base de datos.</translation>
    </message>
    <message>
        <source>Storing again: every request is stored before it is answered.</source>
        <translation>Se vuelve a guardar: cada solicitud se guarda antes de responderla.</translation>
    </message>
    <message>
        <source>--secret-header needs a header name, such as X-Webhook-Secret. %1</source>
        <translation>--secret-header necesita un nombre de cabecera, como X-Webhook-Secret. %1</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer requests as the response rules in &lt;file&gt; say (JSON, see docs/response-rules.md); the others get the usual 200.</source>
        <translation>Con --serve-receiver: responder a las solicitudes como dicen las reglas de respuesta de &lt;file&gt; (JSON, ver docs/response-rules.md); las demás reciben el 200 habitual.</translation>
    </message>
    <message>
        <source>With --serve-receiver: send each stored request on to &lt;url&gt; (the app you are building, e.g. http://localhost:3000/webhooks) and answer with its answer; 502 when it does not answer, 504 when it is too slow.</source>
        <translation>Con --serve-receiver: reenviar cada solicitud guardada a &lt;url&gt; (la aplicación que está desarrollando, p. ej. http://localhost:3000/webhooks) y responder con su respuesta; 502 si no responde, 504 si es demasiado lenta.</translation>
    </message>
    <message>
        <source>With --forward: how many seconds to wait for the app&apos;s answer (default 30).</source>
        <translation>Con --forward: cuántos segundos esperar la respuesta de la aplicación (30 por omisión).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--rules needs the name of a rules file.</source>
        <translation>--rules necesita el nombre de un archivo de reglas.</translation>
    </message>
    <message>
        <source>--forward: %1</source>
        <translation>--forward: %1</translation>
    </message>
    <message>
        <source>--forward-timeout needs a number of seconds from 1 to 600.</source>
        <translation>--forward-timeout necesita un número de segundos de 1 a 600.</translation>
    </message>
    <message>
        <source>--rules and --forward are options of --serve-receiver (the window has them in the Live tab).</source>
        <translation>--rules y --forward son opciones de --serve-receiver (la ventana las tiene en la pestaña En vivo).</translation>
    </message>
    <message>
        <source>--forward-timeout is an option of --forward.</source>
        <translation>--forward-timeout es una opción de --forward.</translation>
    </message>
    <message numerus="yes">
        <source>Rules:    %n response rule(s) from %1, the first that matches answers</source>
        <translation>
            <numerusform>Reglas:   %n regla de respuesta de %1, responde la primera que coincide</numerusform>
            <numerusform>Reglas:   %n reglas de respuesta de %1, responde la primera que coincide</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward:  every other request is sent on to %1 and answered with its answer</source>
        <translation>Reenvío:  toda otra solicitud se reenvía a %1 y se responde con su respuesta</translation>
    </message>
    <message>
        <source>Write the account&apos;s webhooks to &lt;file&gt; (- for standard output) as a webhook file and exit, without a window. Header and parameter values are left out unless --with-secrets is given. Needs --api-url (the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>Escribe los webhooks de la cuenta en &lt;archivo&gt; (- para la salida estándar) como archivo de webhooks y sale, sin ventana. Los valores de los encabezados y parámetros se omiten salvo que se indique --with-secrets. Necesita --api-url (con la clave de API en la variable de entorno CHANNEX_API_KEY) o --sandbox.</translation>
    </message>
    <message>
        <source>With --export-webhooks: include header and parameter values (they often hold secrets).</source>
        <translation>Con --export-webhooks: incluye los valores de encabezados y parámetros (a menudo contienen secretos).</translation>
    </message>
    <message>
        <source>Bring the account&apos;s webhooks in line with the webhook file &lt;file&gt; (- for standard input): print one line per webhook (create, update, unchanged, skipped), apply the changes and exit, without a window. Never deletes. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Ajusta los webhooks de la cuenta al archivo de webhooks &lt;archivo&gt; (- para la entrada estándar): muestra una línea por webhook (crear, actualizar, sin cambios, omitido), aplica los cambios y sale, sin ventana. Nunca elimina nada. Necesita --api-url (con la clave de API en CHANNEX_API_KEY) o --sandbox.</translation>
    </message>
    <message>
        <source>With --import-webhooks: print what would change, and send nothing.</source>
        <translation>Con --import-webhooks: muestra lo que cambiaría y no envía nada.</translation>
    </message>
    <message>
        <source>Print one line per overlap in the account&apos;s webhooks (a global webhook that a property webhook takes events from, an event delivered twice to one URL, a mask that matches no event, plain http on production) and exit, without a window. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Muestra una línea por cada solapamiento en los webhooks de la cuenta (un webhook global al que un webhook de alojamiento le quita eventos, un evento entregado dos veces a una URL, una máscara que no coincide con ningún evento, http simple en producción) y sale, sin ventana. Necesita --api-url (con la clave de API en CHANNEX_API_KEY) o --sandbox.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard output or input.</source>
        <translation>%1 necesita un nombre de archivo, o - para la salida o la entrada estándar.</translation>
    </message>
    <message>
        <source>--with-secrets is an option of --export-webhooks.</source>
        <translation>--with-secrets es una opción de --export-webhooks.</translation>
    </message>
    <message>
        <source>--dry-run is an option of --import-webhooks.</source>
        <translation>--dry-run es una opción de --import-webhooks.</translation>
    </message>
    <message>
        <source>--receiver-port is an option of the window; it cannot be combined with --export-webhooks, --import-webhooks or --check-webhooks.</source>
        <translation>--receiver-port es una opción de la ventana; no se puede combinar con --export-webhooks, --import-webhooks ni --check-webhooks.</translation>
    </message>
    <message>
        <source>--export-webhooks, --import-webhooks and --check-webhooks read an account: give --api-url (with the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>--export-webhooks, --import-webhooks y --check-webhooks leen una cuenta: indique --api-url (con la clave de API en la variable de entorno CHANNEX_API_KEY) o --sandbox.</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>el sandbox integrado (%1)</translation>
    </message>
    <message>
        <source>Could not start the built-in sandbox: %1</source>
        <translation>No se ha podido iniciar el sandbox integrado: %1</translation>
    </message>
    <message>
        <source>Set the API key of %1 in the CHANNEX_API_KEY environment variable; it is never taken from the command line.</source>
        <translation>Defina la clave de API para %1 en la variable de entorno CHANNEX_API_KEY; nunca se toma de la línea de comandos.</translation>
    </message>
    <message>
        <source>Could not read the webhooks of %1: %2</source>
        <translation>No se han podido leer los webhooks en %1: %2</translation>
    </message>
    <message>
        <source>Could not read the property names of %1, which webhook files match properties by: %2</source>
        <translation>No se han podido leer los nombres de los alojamientos en %1, por los que los archivos de webhooks asocian los alojamientos: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n webhook(s) of %1. Findings: %2.</source>
        <translation>
            <numerusform>Se ha comprobado %n webhook en %1. Hallazgos: %2.</numerusform>
            <numerusform>Se han comprobado %n webhooks en %1. Hallazgos: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) of %1 to %2.</source>
        <translation>
            <numerusform>Se ha exportado %n webhook desde %1 a %2.</numerusform>
            <numerusform>Se han exportado %n webhooks desde %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la salida estándar</translation>
    </message>
    <message>
        <source>Header and parameter values were left out (null); add --with-secrets to include them.</source>
        <translation>Se han omitido los valores de encabezados y parámetros (null); añada --with-secrets para incluirlos.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>Channex asked to slow down (HTTP 429): waiting %1 s, then sending again…</source>
        <translation>Channex pide ir más despacio (HTTP 429): se espera %1 s y se vuelve a enviar…</translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation>La entrada estándar</translation>
    </message>
    <message>
        <source>the standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <source>Importing %1 into %2.</source>
        <translation>Importando %1 en %2.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulación: no se ha enviado nada.</translation>
    </message>
    <message>
        <source>refused %1 — %2</source>
        <translation>rechazado %1 — %2</translation>
    </message>
    <message>
        <source>Applied %1 of %2 changes.</source>
        <translation>Se han aplicado %1 de %2 cambios.</translation>
    </message>
    <message>
        <source>With --serve-sandbox: multiply Channex&apos;s waits between delivery attempts (1 min to 10 h) by &lt;factor&gt;, from 1 (Channex&apos;s timing, the default) down to 0.001 (a minute becomes 60 ms) or less.</source>
        <translation>Con --serve-sandbox: multiplica por &lt;factor&gt; las esperas de Channex entre intentos de entrega (de 1 min a 10 h), desde 1 (los tiempos de Channex, el valor predeterminado) hasta 0.001 (un minuto pasa a ser 60 ms) o menos.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>Send the documented sample of &lt;event&gt; (one of the 28 Channex events) to the URL given with --to, print the answer and exit: 0 when it answered 2xx, 1 when it answered otherwise or could not be reached.</source>
        <translation>Envía el ejemplo documentado de &lt;evento&gt; (uno de los 28 eventos de Channex) a la URL indicada con --to, muestra la respuesta y sale: 0 si respondió 2xx, 1 si respondió otra cosa o no se pudo contactar.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>With --fire: the callback URL to send to (http or https).</source>
        <translation>Con --fire: la URL de callback a la que enviar (http o https).</translation>
    </message>
    <message>
        <source>With --fire: the property the event is about (a uuid; default: the sandbox&apos;s first demo hotel).</source>
        <translation>Con --fire: el alojamiento al que se refiere el evento (un UUID; predeterminado: el primer hotel de demostración del sandbox).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--fire: &quot;%1&quot; is not one of the %2 Channex events: %3.</source>
        <translation>--fire: &quot;%1&quot; no es uno de los %2 eventos de Channex: %3.</translation>
    </message>
    <message>
        <source>--fire needs --to with the URL to send to.</source>
        <translation>--fire necesita --to con la URL a la que enviar.</translation>
    </message>
    <message>
        <source>--to needs an http:// or https:// URL with a host, such as http://127.0.0.1:8080/channex.</source>
        <translation>--to necesita una URL http:// o https:// con un host, como http://127.0.0.1:8080/channex.</translation>
    </message>
    <message>
        <source>--property needs a property id, a uuid such as %1.</source>
        <translation>--property necesita un id de alojamiento, un UUID como %1.</translation>
    </message>
    <message>
        <source>--retry-scale needs a number greater than 0 and at most 1, such as 0.001 (a minute becomes 60 ms).</source>
        <translation>--retry-scale necesita un número mayor que 0 y como máximo 1, como 0.001 (un minuto pasa a ser 60 ms).</translation>
    </message>
    <message>
        <source>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks and --fire each run on their own; choose one.</source>
        <translation>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks y --fire se ejecutan cada una por separado; elija una.</translation>
    </message>
    <message>
        <source>--retry-scale is an option of --serve-sandbox.</source>
        <translation>--retry-scale es una opción de --serve-sandbox.</translation>
    </message>
    <message>
        <source>--to and --property are options of --fire.</source>
        <translation>--to y --property son opciones de --fire.</translation>
    </message>
    <message>
        <source>--sandbox, --api-url and --receiver-port are options of the window; they cannot be combined with --serve-sandbox, --serve-receiver, --export-captures or --fire.</source>
        <translation>--sandbox, --api-url y --receiver-port son opciones de la ventana; no se pueden combinar con --serve-sandbox, --serve-receiver, --export-captures ni --fire.</translation>
    </message>
    <message>
        <source>--fire sends one request and keeps nothing; it takes --to and --property only.</source>
        <translation>--fire envía una solicitud y no guarda nada; solo admite --to y --property.</translation>
    </message>
    <message>
        <source>Could not deliver %1 to %2: %3.</source>
        <translation>No se pudo entregar %1 a %2: %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 to %3, not a 2xx.</source>
        <translation>%1 respondió %2 a %3, no un 2xx.</translation>
    </message>
    <message>
        <source>Control:     %1/sandbox/v1 (fire events, read the delivery log; docs/sandbox.md)</source>
        <translation>Control:     %1/sandbox/v1 (lanzar eventos, leer el registro de entregas; docs/sandbox.md)</translation>
    </message>
    <message>
        <source>Retries:     after 1 min, 2 min, 4 min … 10 h, as Channex</source>
        <translation>Reintentos:  tras 1 min, 2 min, 4 min … 10 h, como Channex</translation>
    </message>
    <message>
        <source>Retries:     Channex&apos;s waits × %1 (a minute is %2 ms)</source>
        <translation>Reintentos:  esperas de Channex × %1 (un minuto son %2 ms)</translation>
    </message>
    <message>
        <source>Keep captures in the PostgreSQL database at &lt;url&gt; (postgresql://user@host:5432/database, libpq options such as sslmode as query parameters), shared with every console and receiver that uses it, instead of the data folder. The password comes from the PGPASSWORD environment variable or ~/.pgpass, never from the URL. For the window, --serve-receiver and --export-captures.</source>
        <translation>Guarda las capturas en la base de datos PostgreSQL de &lt;url&gt; (postgresql://user@host:5432/database, con opciones de libpq, como sslmode, en parámetros de consulta), compartida con todas las consolas y receptores que la usan, en lugar de en la carpeta de datos. La contraseña se obtiene de la variable de entorno PGPASSWORD o de ~/.pgpass, nunca de la URL. Para la ventana, --serve-receiver y --export-captures.</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store: %1</translation>
    </message>
    <message>
        <source>--store is an option of the window, --serve-receiver and --export-captures.</source>
        <translation>--store es una opción de la ventana, de --serve-receiver y de --export-captures.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Manage Connections</source>
        <translation>Gestionar conexiones</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Añadir conexión</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>Dirección del servidor personalizado</translation>
    </message>
    <message>
        <source>https://channex.example.com</source>
        <translation>https://channex.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key de su perfil de Channex</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
</context>
<context>
    <name>Delivery::DeliveryCall</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>se rechazó el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <source>the connection to %1 port %2 was refused: nothing listens there</source>
        <translation>se rechazó la conexión a %1 puerto %2: nada escucha allí</translation>
    </message>
    <message>
        <source>the host %1 was not found (DNS)</source>
        <translation>no se encontró el host %1 (DNS)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>falló la negociación TLS con %1: %2</translation>
    </message>
</context>
<context>
    <name>Delivery::ResponseParser</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la respuesta supera los %1 MB</translation>
    </message>
    <message>
        <source>the answer is not HTTP/1.1 (%1)</source>
        <translation>la respuesta no es HTTP/1.1 (%1)</translation>
    </message>
    <message>
        <source>no answer came: the connection closed without one</source>
        <translation>no llegó respuesta: la conexión se cerró sin ella</translation>
    </message>
    <message>
        <source>the answer was cut off: the connection closed before its end</source>
        <translation>la respuesta se cortó: la conexión se cerró antes de su final</translation>
    </message>
</context>
<context>
    <name>DuplicateWebhookDialog</name>
    <message>
        <source>Duplicate Webhook</source>
        <translation>Duplicar webhook</translation>
    </message>
    <message>
        <source>Find a property by name</source>
        <translation>Buscar un alojamiento por nombre</translation>
    </message>
    <message>
        <source>Find property</source>
        <translation>Buscar alojamiento</translation>
    </message>
    <message>
        <source>Properties to copy to</source>
        <translation>Alojamientos de destino</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todos</translation>
    </message>
    <message>
        <source>Select all properties</source>
        <translation>Seleccionar todos los alojamientos</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Seleccionar &amp;ninguno</translation>
    </message>
    <message>
        <source>Select no property</source>
        <translation>No seleccionar ningún alojamiento</translation>
    </message>
</context>
<context>
    <name>ExportCapturesDialog</name>
    <message>
        <source>Export Captures</source>
        <translation>Exportar capturas</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <translation>JSON Lines (.jsonl): todos los campos y cuerpos, una captura por línea</translation>
    </message>
    <message>
        <source>HAR 1.2 (.har): for browser tools and HTTP debuggers</source>
        <translation>HAR 1.2 (.har): para herramientas del navegador y depuradores HTTP</translation>
    </message>
    <message>
        <source>CSV (.csv): one row per capture, without bodies, for spreadsheets</source>
        <translation>CSV (.csv): una fila por captura, sin cuerpos, para hojas de cálculo</translation>
    </message>
    <message>
        <source>Captures:</source>
        <translation>Capturas:</translation>
    </message>
    <message>
        <source>Selected captures</source>
        <translation>Capturas seleccionadas</translation>
    </message>
    <message>
        <source>Captures matching the filter</source>
        <translation>Capturas que coinciden con el filtro</translation>
    </message>
    <message>
        <source>All stored captures</source>
        <translation>Todas las capturas guardadas</translation>
    </message>
    <message>
        <source>Redact secrets and guest personal data</source>
        <translation>Ocultar secretos y datos personales de los huéspedes</translation>
    </message>
    <message>
        <source>&amp;Redact secrets and guest personal data</source>
        <translation>&amp;Ocultar secretos y datos personales de los huéspedes</translation>
    </message>
    <message>
        <source>Replaces secret headers and query values, and the guest&apos;s name, contact details, card data, notes and messages in JSON bodies with [redacted]. Bodies that are not JSON are exported as they are.</source>
        <translation>Sustituye por [redacted] los encabezados y valores de consulta secretos, así como el nombre, los datos de contacto, los datos de la tarjeta, las notas y los mensajes del huésped en los cuerpos JSON. Los cuerpos que no son JSON se exportan tal cual.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>Gui::AboutDialog</name>
    <message>
        <source>About Webhook Console</source>
        <translation>Acerca de Webhook Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the webhooks of a Channex account, test them, and watch their deliveries.</source>
        <translation>Gestione los webhooks de una cuenta de Channex, pruébelos y siga sus entregas.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2) · %3</source>
        <translation>Qt %1 (compilado con Qt %2) · %3</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>&amp;Copiar información de versión</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Copiar información de versión</translation>
    </message>
    <message>
        <source>Put the versions on the clipboard, for a support request</source>
        <translation>Copiar las versiones al portapapeles, para una solicitud de soporte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Webhook Console is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Components and their licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL version 3, except Qt Charts (the live panel&apos;s chart), which is GNU GPL version 3. Installers ship Qt&apos;s libraries unmodified as separate files; you may replace them with your own build.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — MIT licence.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD 3-clause licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Each component&apos;s licence text is on its site, linked above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Webhook Console es software libre: puede redistribuirlo y modificarlo según los términos de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Licencia Pública General de GNU&lt;/a&gt;, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Componentes y sus licencias&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL versión 3, salvo Qt Charts (el gráfico del panel en vivo), que es GNU GPL versión 3. Los instaladores incluyen las bibliotecas de Qt sin modificar, como archivos independientes; puede sustituirlas por su propia compilación.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — licencia MIT.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — licencia BSD de 3 cláusulas (BSD 3-Clause).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;El texto de la licencia de cada componente está en su sitio web, enlazado arriba.&lt;/p&gt;</translation>
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
        <translation>Aún sin respuesta: esperando la respuesta de su aplicación</translation>
    </message>
    <message>
        <source>No answer was sent: the connection closed first</source>
        <translation>No se envió respuesta: la conexión se cerró antes</translation>
    </message>
    <message>
        <source>%1, as the response rule “%2” says</source>
        <translation>%1, como dice la regla de respuesta «%2»</translation>
    </message>
    <message>
        <source>%1, the answer of your app</source>
        <translation>%1, la respuesta de su aplicación</translation>
    </message>
    <message>
        <source>%1: your app did not answer</source>
        <translation>%1: su aplicación no respondió</translation>
    </message>
    <message>
        <source>Sent on to %1; its answer has not arrived.</source>
        <translation>Reenviada a %1; su respuesta aún no ha llegado.</translation>
    </message>
    <message>
        <source>Sent on to %1, which answered %2 in %3.</source>
        <translation>Reenviada a %1, que respondió %2 en %3.</translation>
    </message>
    <message>
        <source>Sent on to %1, which did not answer: %2 (after %3).</source>
        <translation>Reenviada a %1, que no respondió: %2 (tras %3).</translation>
    </message>
</context>
<context>
    <name>Gui::AnswersDialog</name>
    <message>
        <source>Import Response Rules</source>
        <translation>Importar reglas de respuesta</translation>
    </message>
    <message>
        <source>Rules files (*.json)</source>
        <translation>Archivos de reglas (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) read from %1; Save applies them.</source>
        <translation>
            <numerusform>%n regla leída de %1; Guardar la aplica.</numerusform>
            <numerusform>%n reglas leídas de %1; Guardar las aplica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Response Rules</source>
        <translation>Exportar reglas de respuesta</translation>
    </message>
    <message>
        <source>Saved to %1; --serve-receiver --rules reads it.</source>
        <translation>Guardado en %1; --serve-receiver --rules lo lee.</translation>
    </message>
    <message>
        <source>Rule %1 cannot be used yet; its problem is shown below.</source>
        <translation>La regla %1 aún no se puede usar; su problema se muestra abajo.</translation>
    </message>
    <message>
        <source>Enter the address of your app, or switch forwarding off.</source>
        <translation>Escriba la dirección de su aplicación o desactive el reenvío.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building. Response rules are tried in order and the first that matches answers; the other requests are forwarded to your app when forwarding is on, and answered 200 otherwise. Every request is stored first.</source>
        <translation>Responda como el endpoint que está desarrollando. Las reglas de respuesta se prueban en orden y responde la primera que coincide; las demás solicitudes se reenvían a su aplicación cuando el reenvío está activo y, si no, reciben 200. Cada solicitud se guarda primero.</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>Reglas de respuesta</translation>
    </message>
    <message>
        <source>Add a response rule</source>
        <translation>Añadir una regla de respuesta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Quitar la regla seleccionada</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Sub&amp;ir</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Probar antes la regla seleccionada</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Probar después la regla seleccionada</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import response rules from a file</source>
        <translation>Importar reglas de respuesta de un archivo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the response rules to a file</source>
        <translation>Exportar las reglas de respuesta a un archivo</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Reenvío</translation>
    </message>
    <message>
        <source>Forward requests to your app</source>
        <translation>Reenviar solicitudes a su aplicación</translation>
    </message>
    <message>
        <source>Address of your app</source>
        <translation>Dirección de su aplicación</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>Espera&amp;r:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to wait for your app&apos;s answer</source>
        <translation>Segundos de espera de la respuesta de su aplicación</translation>
    </message>
    <message>
        <source>When your app has not answered by then, the sender gets 504; when it cannot be reached, 502.</source>
        <translation>Si su aplicación no ha respondido para entonces, el remitente recibe 504; si no se puede alcanzar, 502.</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Guardar las respuestas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add Ru&amp;le</source>
        <translation>Añadir re&amp;gla</translation>
    </message>
    <message>
        <source>Forward the other requests &amp;to</source>
        <translation>Reenviar las demás solicitudes &amp;a</translation>
    </message>
</context>
<context>
    <name>Gui::AriFilterEditor</name>
    <message>
        <source>Restriction %1</source>
        <translation>Restricción %1</translation>
    </message>
    <message>
        <source>Room type IDs</source>
        <translation>ID de tipos de habitación</translation>
    </message>
    <message>
        <source>Choose room types</source>
        <translation>Elegir tipos de habitación</translation>
    </message>
    <message>
        <source>Rate plan IDs</source>
        <translation>ID de planes de tarifas</translation>
    </message>
    <message>
        <source>Choose rate plans</source>
        <translation>Elegir planes de tarifas</translation>
    </message>
    <message>
        <source>Any, or IDs separated by commas</source>
        <translation>Cualquiera, o ID separados por comas</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Restricciones:</translation>
    </message>
    <message>
        <source>None checked: changes of any restriction.</source>
        <translation>Ninguna marcada: cambios de cualquier restricción.</translation>
    </message>
    <message>
        <source>R&amp;oom types:</source>
        <translation>Tipos de &amp;habitación:</translation>
    </message>
    <message>
        <source>Rate p&amp;lans:</source>
        <translation>Planes de ta&amp;rifas:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>%1 (unknown ID)</source>
        <translation>%1 (ID desconocido)</translation>
    </message>
</context>
<context>
    <name>Gui::BodyTab</name>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Show raw bytes</source>
        <translation>Mostrar los bytes en bruto</translation>
    </message>
    <message>
        <source>Show the raw bytes</source>
        <translation>Mostrar los bytes en bruto</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Formateando…</translation>
    </message>
    <message>
        <source>The request had no body.</source>
        <translation>La solicitud no tenía cuerpo.</translation>
    </message>
    <message>
        <source>JSON, indented; keys and values as received.</source>
        <translation>JSON, con sangría; claves y valores tal como se recibieron.</translation>
    </message>
    <message>
        <source>JSON, indented. Colours are off for bodies over 1 MB, to keep the window responsive.</source>
        <translation>JSON, con sangría. Los colores se desactivan en cuerpos de más de 1 MB, para que la ventana siga respondiendo con fluidez.</translation>
    </message>
    <message>
        <source>Not JSON: the text as received.</source>
        <translation>No es JSON: el texto tal como se recibió.</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text (or holds control characters): the Raw tab shows its bytes in hex.</source>
        <translation>El cuerpo no es texto UTF-8 (o contiene caracteres de control): la pestaña «En bruto» muestra sus bytes en hexadecimal.</translation>
    </message>
</context>
<context>
    <name>Gui::BulkJobProgress</name>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Seguir ejecutando</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureActions</name>
    <message>
        <source>Un&amp;pin</source>
        <translation>Dejar de &amp;fijar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>Keep the selected captures through Clear and retention (%1)</source>
        <translation>Conservar las capturas seleccionadas al borrar todo y al aplicar la retención (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected captures (%1)</source>
        <translation>Eliminar las capturas seleccionadas (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear All…</source>
        <translation>&amp;Borrar todo…</translation>
    </message>
    <message>
        <source>Delete every capture except the pinned ones (%1)</source>
        <translation>Eliminar todas las capturas excepto las fijadas (%1)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again (%1)</source>
        <translation>Copiar un comando curl que vuelve a enviar esta solicitud (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the selected or all captures as JSON Lines, HAR or CSV (%1)</source>
        <translation>Guardar las capturas seleccionadas o todas como JSON Lines, HAR o CSV (%1)</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Reenviar…</translation>
    </message>
    <message>
        <source>Send this request again to any URL, with edits (%1)</source>
        <translation>Volver a enviar esta solicitud a cualquier URL, con modificaciones (%1)</translation>
    </message>
    <message>
        <source>Delete Captures</source>
        <translation>Eliminar capturas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n capture(s)?</source>
        <translation>
            <numerusform>¿Desea eliminar %n captura?</numerusform>
            <numerusform>¿Desea eliminar %n capturas?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed from the capture database. This cannot be undone.</source>
        <translation>Se quitarán de la base de datos de capturas. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Clear Captures</source>
        <translation>Borrar capturas</translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned?</source>
        <translation>¿Desea eliminar todas las capturas que no estén fijadas?</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>Las capturas fijadas se conservan. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>That capture is no longer stored.</source>
        <translation>Esa captura ya no está guardada.</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) exported to %1.</source>
        <translation>
            <numerusform>%n captura exportada a %1.</numerusform>
            <numerusform>%n capturas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned from the shared capture history, for everyone who uses it?</source>
        <translation>¿Desea eliminar del historial compartido todas las capturas que no estén fijadas, para todos los que lo usan?</translation>
    </message>
    <message>
        <source>The history is shared through %1: the captures disappear from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>El historial se comparte a través de %1: las capturas desaparecen también de las consolas de sus compañeros. Las capturas fijadas se conservan. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Copied a curl command that sends the %1 of %2 again.</source>
        <translation>Se copió un comando curl que vuelve a enviar el %1 de las %2.</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureDetailView</name>
    <message>
        <source>Select a capture to see it.</source>
        <translation>Seleccione una captura para verla.</translation>
    </message>
    <message>
        <source>Capture details</source>
        <translation>Detalles de la captura</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>En bruto</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureFilterBar</name>
    <message>
        <source>Any method</source>
        <translation>Cualquier método</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx correcto</translation>
    </message>
    <message>
        <source>4xx refused</source>
        <translation>4xx rechazado</translation>
    </message>
    <message>
        <source>5xx failed</source>
        <translation>5xx fallido</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtro de evento</translation>
    </message>
    <message>
        <source>Show captures of one Channex event (the number is how many are stored)</source>
        <translation>Mostrar las capturas de un evento de Channex (el número indica cuántas hay guardadas)</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Filtro de método</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show captures by the status the receiver answered</source>
        <translation>Mostrar las capturas según el estado con el que respondió el receptor</translation>
    </message>
    <message>
        <source>Search body, header names and values</source>
        <translation>Buscar en cuerpo, nombres y valores de encabezados</translation>
    </message>
    <message>
        <source>Search captures</source>
        <translation>Buscar capturas</translation>
    </message>
    <message>
        <source>Text in the body, a header name or a header value (any case). Esc clears it.</source>
        <translation>Texto del cuerpo, un nombre de encabezado o un valor de encabezado (sin distinguir mayúsculas y minúsculas). Esc lo borra.</translation>
    </message>
    <message>
        <source>&amp;Pinned</source>
        <translation>&amp;Fijadas</translation>
    </message>
    <message>
        <source>Pinned only</source>
        <translation>Solo fijadas</translation>
    </message>
    <message>
        <source>Show only pinned captures</source>
        <translation>Mostrar solo las capturas fijadas</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Solo marcadas</translation>
    </message>
    <message>
        <source>Show only duplicates, out-of-order deliveries, rejected requests and secret mismatches</source>
        <translation>Mostrar solo duplicados, entregas fuera de orden, solicitudes rechazadas y secretos que no coinciden</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>All events (%1)</source>
        <translation>Todos los eventos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not a Channex payload (%1)</source>
        <translation>No es un payload de Channex (%1)</translation>
    </message>
    <message>
        <source>Marke&amp;d</source>
        <translation>&amp;Marcadas</translation>
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
        <translation>rechazada por el receptor</translation>
    </message>
    <message>
        <source>secret header missing or wrong (answered 401)</source>
        <translation>encabezado secreto ausente o incorrecto (respondida con 401)</translation>
    </message>
    <message>
        <source>duplicate: the same body arrived before for this event and property</source>
        <translation>duplicada: el mismo cuerpo ya llegó antes para este evento y alojamiento</translation>
    </message>
    <message>
        <source>pinned: kept by Clear and retention</source>
        <translation>fijada: se conserva al borrar todo y al aplicar la retención</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (fijada)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>fuera de orden</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>out of order: its timestamp is earlier than one already received about the same booking, ARI record or message thread</source>
        <translation>fuera de orden: su marca de tiempo es anterior a otra ya recibida sobre la misma reserva, registro ARI o hilo de mensajes</translation>
    </message>
    <message>
        <source>answered by a response rule</source>
        <translation>respondida por una regla de respuesta</translation>
    </message>
    <message>
        <source>forwarded to your app, which gave the answer</source>
        <translation>reenviada a su aplicación, que dio la respuesta</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>reenviada</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsAction</name>
    <message>
        <source>Co&amp;mpare Connections…</source>
        <translation>&amp;Comparar conexiones…</translation>
    </message>
    <message>
        <source>Two connections side by side, such as staging and production: which webhooks only one has, which differ and how, and copying them across</source>
        <translation>Dos conexiones una junto a otra, como staging y producción: qué webhooks tiene solo una, cuáles difieren y en qué, y copiarlos de una a otra</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsDialog</name>
    <message>
        <source>Compare Connections</source>
        <translation>Comparar conexiones</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Todos los webhooks</translation>
    </message>
    <message>
        <source>Every difference</source>
        <translation>Todas las diferencias</translation>
    </message>
    <message>
        <source>Only on the left</source>
        <translation>Solo a la izquierda</translation>
    </message>
    <message>
        <source>Only on the right</source>
        <translation>Solo a la derecha</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Distintos</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Iguales</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
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
        <translation>Alojamiento, URL o campo</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Reload both connections</source>
        <translation>Recargar ambas conexiones</translation>
    </message>
    <message>
        <source>Read both accounts again (F5)</source>
        <translation>Volver a leer ambas cuentas (F5)</translation>
    </message>
    <message>
        <source>Copy header and parameter &amp;values</source>
        <translation>Copiar los &amp;valores de encabezados y parámetros</translation>
    </message>
    <message>
        <source>Copy header and parameter values</source>
        <translation>Copiar los valores de encabezados y parámetros</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them, the target keeps its own values under the same names and new ones are left empty.</source>
        <translation>A menudo contienen secretos, como un encabezado con un secreto compartido. Sin ellos, la conexión de destino conserva sus propios valores con los mismos nombres, y los nuevos se dejan vacíos.</translation>
    </message>
    <message>
        <source>← Cop&amp;y to Left</source>
        <translation>← &amp;Copiar a la izquierda</translation>
    </message>
    <message>
        <source>Copy to left</source>
        <translation>Copiar a la izquierda</translation>
    </message>
    <message>
        <source>&amp;Copy to Right →</source>
        <translation>Co&amp;piar a la derecha →</translation>
    </message>
    <message>
        <source>Copy to right</source>
        <translation>Copiar a la derecha</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Both sides show the same connection: choose another on one side (Manage connections… in the main window adds one).</source>
        <translation>Los dos lados muestran la misma conexión: elija otra en uno de ellos (Gestionar conexiones… en la ventana principal permite añadir una).</translation>
    </message>
    <message>
        <source>%1 only on the left, %2 only on the right, %3 different, %4 the same.</source>
        <translation>Solo a la izquierda: %1, solo a la derecha: %2, distintos: %3, iguales: %4.</translation>
    </message>
    <message>
        <source>The comparison shows once both connections are loaded.</source>
        <translation>La comparación aparece en cuanto se cargan ambas conexiones.</translation>
    </message>
    <message>
        <source>Copy the selected webhooks of %1 to %2, after a preview</source>
        <translation>Copiar los webhooks seleccionados de %1 a %2, tras una vista previa</translation>
    </message>
</context>
<context>
    <name>Gui::CompareSide</name>
    <message>
        <source>The property names could not be read, and the comparison matches properties by name: %1</source>
        <translation>No se han podido leer los nombres de los alojamientos, y la comparación asocia los alojamientos por su nombre: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonDetail</name>
    <message>
        <source>The selected webhook on both sides</source>
        <translation>El webhook seleccionado en ambos lados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Izquierda: %1</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Derecha: %1</translation>
    </message>
    <message>
        <source>(not on this side)</source>
        <translation>(no está en este lado)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>none (an empty object)</source>
        <translation>ninguno (un objeto vacío)</translation>
    </message>
    <message>
        <source>%1 (value differs)</source>
        <translation>%1 (valor distinto)</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID del webhook</translation>
    </message>
    <message>
        <source>%1, differs</source>
        <translation>%1, difiere</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonTree</name>
    <message>
        <source>Event mask</source>
        <translation>Máscara de eventos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Enviar datos</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Parámetros de solicitud</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Only on the left, in %1: %2</source>
        <translation>Solo a la izquierda, en %1: %2</translation>
    </message>
    <message>
        <source>Only on the right, in %1: %2</source>
        <translation>Solo a la derecha, en %1: %2</translation>
    </message>
    <message>
        <source>Different: %1</source>
        <translation>Distintos: %1</translation>
    </message>
    <message>
        <source>Same: %1</source>
        <translation>Iguales: %1</translation>
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
        <translation>&amp;Gestionar conexiones…</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clav&amp;e de API:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>Guar&amp;dar clave</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>The connection in use; picking another switches to it</source>
        <translation>La conexión en uso; al elegir otra se cambia a ella</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Gestionar conexiones</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key de su perfil de Channex</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Guardar clave de API</translation>
    </message>
    <message>
        <source>Save the key in the keychain and connect</source>
        <translation>Guardar la clave en el llavero y conectar</translation>
    </message>
    <message>
        <source>Enter the API key of %1 first.</source>
        <translation>Escriba primero la clave de API de %1.</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>Clave de API no guardada</translation>
    </message>
    <message>
        <source>%1 The key of %2 is used until you quit.</source>
        <translation>%1 La clave de %2 se usará hasta que salga de la aplicación.</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionsDialog</name>
    <message>
        <source>Save connection</source>
        <translation>Guardar conexión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no settings; add a connection for a Channex account.</source>
        <translation>El sandbox integrado no necesita configuración; añada una conexión para una cuenta de Channex.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>¿Desea guardar los cambios de %1?</translation>
    </message>
    <message>
        <source>%1 The key is used until you quit.</source>
        <translation>%1 La clave se usará hasta que salga de la aplicación.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Remove the connection %1 and its saved API key?</source>
        <translation>¿Desea eliminar la conexión %1 y su clave de API guardada?</translation>
    </message>
    <message>
        <source>The webhooks on the server are not affected.</source>
        <translation>Los webhooks del servidor no se verán afectados.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Paste the API key (user-api-key) from your Channex profile, then Test connection and Save.</source>
        <translation>Pegue la clave de API (user-api-key) de su perfil de Channex; después pruebe la conexión y guarde.</translation>
    </message>
    <message>
        <source>This key comes from the CHANNEX_API_KEY environment variable, for this run only; it is not saved.</source>
        <translation>Esta clave viene de la variable de entorno CHANNEX_API_KEY, solo para esta ejecución; no se guarda.</translation>
    </message>
</context>
<context>
    <name>Gui::CopyAcross</name>
    <message>
        <source>Copied to %1: %2 created, %3 updated.</source>
        <translation>Copia a %1: creados %2, actualizados %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook omitido, como indicaba la vista previa.</numerusform>
            <numerusform>%n webhooks omitidos, como indicaba la vista previa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Copiando a %1…</translation>
    </message>
    <message>
        <source>Some webhooks were not copied</source>
        <translation>Algunos webhooks no se han copiado</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>Comparar conexiones</translation>
    </message>
    <message numerus="yes">
        <source>A copy to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Una copia de %n webhook sigue en curso: %1 hecho(s).</numerusform>
            <numerusform>Una copia de %n webhooks sigue en curso: %1 hecho(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>If you close now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Si cierra ahora, los webhooks a los que aún no se ha llegado quedan como están. Lo que Channex ya ha cambiado se conserva.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>&amp;Detener y cerrar</translation>
    </message>
</context>
<context>
    <name>Gui::CopyPreviewDialog</name>
    <message>
        <source>Copy to %1</source>
        <translation>Copiar a %1</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n webhook(s) from %1 to %2 does this:</source>
        <translation>
            <numerusform>Copiar %n webhook de %1 a %2 hace lo siguiente:</numerusform>
            <numerusform>Copiar %n webhooks de %1 a %2 hace lo siguiente:</numerusform>
        </translation>
    </message>
    <message>
        <source>Header and parameter values are copied as %1 has them.</source>
        <translation>Los valores de encabezados y parámetros se copian tal como los tiene %1.</translation>
    </message>
    <message>
        <source>Header and parameter values are not copied: %1 keeps the values it has under the same names, and new ones are left empty.</source>
        <translation>Los valores de encabezados y parámetros no se copian: %1 conserva los valores que ya tiene con los mismos nombres, y los nuevos se dejan vacíos.</translation>
    </message>
    <message>
        <source>What the copy does</source>
        <translation>Lo que hace la copia</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks of %1 that are not copied stay as they are. Copy sends the changes to %1 now.</source>
        <translation>No se elimina nada: los webhooks de %1 que no se copian se quedan como están. Copiar envía ahora los cambios a %1.</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these webhooks like this, or they cannot be copied.</source>
        <translation>No hay nada que cambiar: %1 ya tiene estos webhooks así, o no se pueden copiar.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveriesPanel</name>
    <message>
        <source>Attempt %1 of delivery %2, to webhook %3</source>
        <translation>Intento %1 de la entrega %2, al webhook %3</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Esperando la respuesta…</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <translation>Sin respuesta tras %1 ms: %2</translation>
    </message>
    <message>
        <source>Answered after %1 ms:</source>
        <translation>Respondió tras %1 ms:</translation>
    </message>
    <message numerus="yes">
        <source>(cut off after %n KiB)</source>
        <translation>
            <numerusform>(recortado tras %n KiB)</numerusform>
            <numerusform>(recortado tras %n KiB)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clea&amp;r Delivery Log</source>
        <translation>Vaciar el re&amp;gistro de entregas</translation>
    </message>
    <message>
        <source>Forget every attempt and stop the deliveries still waiting for a retry</source>
        <translation>Olvidar todos los intentos y detener las entregas que aún esperan un reintento</translation>
    </message>
    <message>
        <source>Retry &amp;timing:</source>
        <translation>&amp;Tiempos de reintento:</translation>
    </message>
    <message>
        <source>As Channex: 1 min, 2 min, 4 min … 10 h</source>
        <translation>Como Channex: 1 min, 2 min, 4 min … 10 h</translation>
    </message>
    <message>
        <source>Quicker: 1 s, 2 s, 4 s … 10 min</source>
        <translation>Más rápido: 1 s, 2 s, 4 s … 10 min</translation>
    </message>
    <message>
        <source>Quickest: 60 ms, 120 ms … 36 s</source>
        <translation>Lo más rápido: 60 ms, 120 ms … 36 s</translation>
    </message>
    <message>
        <source>Retry waits</source>
        <translation>Esperas de reintento</translation>
    </message>
    <message>
        <source>How long the sandbox waits before trying a failed delivery again; applies to retries planned from now on</source>
        <translation>Cuánto espera el sandbox antes de volver a intentar una entrega fallida; se aplica a los reintentos programados a partir de ahora</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Intentos de entrega</translation>
    </message>
    <message>
        <source>Request and answer of the selected attempt</source>
        <translation>Solicitud y respuesta del intento seleccionado</translation>
    </message>
    <message>
        <source>Select an attempt to see what was sent and what came back.</source>
        <translation>Seleccione un intento para ver qué se envió y qué se recibió.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies): %1 delivered, %2 under way or waiting for a retry, %3 failed</source>
        <translation>
            <numerusform>%n entrega: %1 entregadas, %2 en curso o esperando un reintento, %3 fallidas</numerusform>
            <numerusform>%n entregas: %1 entregadas, %2 en curso o esperando un reintento, %3 fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Aún no hay entregas</translation>
    </message>
    <message>
        <source>Fire an event with Webhook ▸ Fire Event…: every webhook that listens for it gets it, and each attempt shows here.</source>
        <translation>Lance un evento con Webhook ▸ Lanzar evento…: cada webhook que lo escucha lo recibe, y cada intento aparece aquí.</translation>
    </message>
    <message>
        <source>Clear the Delivery Log?</source>
        <translation>¿Vaciar el registro de entregas?</translation>
    </message>
    <message>
        <source>Every attempt is forgotten, and deliveries waiting for a retry are not tried again.</source>
        <translation>Se olvidan todos los intentos, y las entregas que esperan un reintento no se vuelven a intentar.</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryChart</name>
    <message numerus="yes">
        <source>Deliveries per minute, last %n minute(s)</source>
        <translation>
            <numerusform>Entregas por minuto, último %n minuto</numerusform>
            <numerusform>Entregas por minuto, últimos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Channex payload</source>
        <translation>No es un payload de Channex</translation>
    </message>
    <message>
        <source>Stored captures</source>
        <translation>Capturas guardadas</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryLogModel</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>%1 Last attempt: not tried again.</source>
        <translation>%1 Último intento: no se reintenta.</translation>
    </message>
    <message>
        <source>%1 (final: not tried again)</source>
        <translation>%1 (definitivo: no se reintenta)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
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
        <translation>Intento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>%1 Next attempt at %2.</source>
        <comment>a status or an error sentence, then a time</comment>
        <translation>%1 Próximo intento a las %2.</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryOrigin</name>
    <message>
        <source>Delivered by the built-in sandbox: %1, attempt %2 of at most %3 (delivery %4).</source>
        <translation>Entregado por la sandbox integrada: %1, intento %2 de %3 como máximo (entrega %4).</translation>
    </message>
</context>
<context>
    <name>Gui::DuplicateWebhookDialog</name>
    <message>
        <source>Copy the webhook for &lt;b&gt;%1&lt;/b&gt; to these properties. Each copy gets the same events, headers, parameters and settings.</source>
        <translation>Copie el webhook de &lt;b&gt;%1&lt;/b&gt; a estos alojamientos. Cada copia tendrá los mismos eventos, encabezados, parámetros y ajustes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>ID del alojamiento: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Duplicate to %n Propert(y/ies)</source>
        <translation>
            <numerusform>&amp;Duplicar en %n alojamiento</numerusform>
            <numerusform>&amp;Duplicar en %n alojamientos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>The account has no other property to copy to.</source>
        <translation>La cuenta no tiene ningún otro alojamiento al que copiarlo.</translation>
    </message>
    <message>
        <source>Tick the properties that should get a copy.</source>
        <translation>Marque los alojamientos que deben recibir una copia.</translation>
    </message>
    <message>
        <source>No property name contains “%1”; clear the search to see them all.</source>
        <translation>Ningún nombre de alojamiento contiene «%1»; borre la búsqueda para verlos todos.</translation>
    </message>
</context>
<context>
    <name>Gui::EventMaskEditor</name>
    <message>
        <source>&amp;All events (*)</source>
        <translation>&amp;Todos los eventos (*)</translation>
    </message>
    <message>
        <source>ARI filter (nothing chosen: every ARI change)</source>
        <translation>Filtro de ARI (sin selección: cualquier cambio de ARI)</translation>
    </message>
    <message>
        <source>Event mask</source>
        <translation>Máscara de eventos</translation>
    </message>
    <message>
        <source>* or event names separated by ;</source>
        <translation>* o nombres de eventos separados por ;</translation>
    </message>
    <message>
        <source>The mask exactly as it is sent to Channex. Typing here updates the checklist, and the checklist updates this text.</source>
        <translation>La máscara exactamente como se envía a Channex. Lo que escriba aquí actualiza la lista de casillas, y la lista actualiza este texto.</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Máscara:</translation>
    </message>
    <message>
        <source>Find event</source>
        <translation>Buscar evento</translation>
    </message>
    <message>
        <source>Find an event by name or description</source>
        <translation>Buscar un evento por nombre o descripción</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>“*”: every event, including events Channex adds later.</source>
        <translation>«*»: todos los eventos, incluidos los que Channex añada más adelante.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>No reconocidos</translation>
    </message>
    <message>
        <source>%1 Written as “%2”, its 2025 name, and kept that way.</source>
        <translation>%1 Escrito como «%2», su nombre de 2025, y se mantiene así.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>No es un evento documentado de Channex: %1</translation>
    </message>
    <message>
        <source>Kept as written. Uncheck to remove it from the mask.</source>
        <translation>Se mantiene tal como está escrito. Desmárquelo para quitarlo de la máscara.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ExportCapturesDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected (%n)</source>
        <translation>
            <numerusform>&amp;Seleccionada (%n)</numerusform>
            <numerusform>&amp;Seleccionadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All &amp;matching the filter (%n)</source>
        <translation>
            <numerusform>Todas las &amp;que coinciden con el filtro (%n)</numerusform>
            <numerusform>Todas las &amp;que coinciden con el filtro (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All stored (%n)</source>
        <translation>
            <numerusform>&amp;Todas las guardadas (%n)</numerusform>
            <numerusform>&amp;Todas las guardadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The capture store is not open, so there is nothing to export.</source>
        <translation>El almacén de capturas no está abierto, así que no hay nada que exportar.</translation>
    </message>
    <message>
        <source>No capture matches the filter: change the filter in the list or export all.</source>
        <translation>Ninguna captura coincide con el filtro: cambie el filtro de la lista o expórtelas todas.</translation>
    </message>
    <message>
        <source>There are no captures to export yet.</source>
        <translation>Aún no hay capturas que exportar.</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Archivos HAR (*.har)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Archivos JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Captures</source>
        <translation>Exportar capturas</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>No se ha podido crear %1: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>No se ha podido guardar %1: %2.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; choose another folder or free some space and try again.</source>
        <translation>%1 No se ha guardado nada; elija otra carpeta o libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>All &amp;matching the filter (counting…)</source>
        <translation>Todas las &amp;que coinciden con el filtro (contando…)</translation>
    </message>
    <message>
        <source>&amp;All stored (counting…)</source>
        <translation>&amp;Todas las guardadas (contando…)</translation>
    </message>
    <message>
        <source>Counting the captures…</source>
        <translation>Contando las capturas…</translation>
    </message>
</context>
<context>
    <name>Gui::FireEventDialog</name>
    <message>
        <source>(no payload: Channex documents none for this event)</source>
        <translation>(sin contenido: Channex no documenta ninguno para este evento)</translation>
    </message>
    <message>
        <source>%1. %2 at %3</source>
        <translation>%1. %2 a las %3</translation>
    </message>
    <message>
        <source>Fire Event</source>
        <translation>Lanzar evento</translation>
    </message>
    <message>
        <source>&amp;Fire:</source>
        <translation>&amp;Lanzar:</translation>
    </message>
    <message>
        <source>What to fire</source>
        <translation>Qué lanzar</translation>
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
        <translation>C&amp;ontenido (el ejemplo documentado, rellenado para este hotel):</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>No payload: Channex documents this event without data. Type JSON here to send one.</source>
        <translation>Sin contenido: Channex documenta este evento sin datos. Escriba JSON aquí para enviar uno.</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>&amp;Muestra</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Put the documented sample back, with fresh ids</source>
        <translation>Restaurar la muestra documentada, con ids nuevos</translation>
    </message>
    <message>
        <source>&amp;Webhooks that receive it (as each one&apos;s send_data and ARI filter say):</source>
        <translation>&amp;Webhooks que lo reciben (según el send_data y el filtro ARI de cada uno):</translation>
    </message>
    <message>
        <source>F&amp;ire</source>
        <translation>L&amp;anzar</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Lanzar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open the built-in sandbox connection to fire events.</source>
        <translation>Abra la conexión a la sandbox integrada para lanzar eventos.</translation>
    </message>
    <message>
        <source>Firing %1…</source>
        <translation>Lanzando %1…</translation>
    </message>
    <message>
        <source>Fired %1 of %2; %3 follows once its first attempts ended…</source>
        <translation>%1 de %2 lanzados; %3 sigue cuando terminen sus primeros intentos…</translation>
    </message>
    <message numerus="yes">
        <source>Fired %1: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 lanzado: %n entrega iniciada.</numerusform>
            <numerusform>%1 lanzado: %n entregas iniciadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %1 events: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 eventos lanzados: %n entrega iniciada.</numerusform>
            <numerusform>%1 eventos lanzados: %n entregas iniciadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n global webhook(s) kept out by a hotel&apos;s own webhook.</source>
        <translation>
            <numerusform>%n webhook global excluido por el webhook propio de un hotel.</numerusform>
            <numerusform>%n webhooks globales excluidos por el webhook propio de un hotel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Deliveries tab shows every attempt.</source>
        <translation>La pestaña «Entregas» muestra cada intento.</translation>
    </message>
    <message>
        <source>The sandbox refused it: %1.</source>
        <translation>La sandbox lo rechazó: %1.</translation>
    </message>
</context>
<context>
    <name>Gui::FollowLatest</name>
    <message>
        <source>&amp;Follow latest</source>
        <translation>Se&amp;guir la última</translation>
    </message>
    <message>
        <source>Keep the newest capture in view; scrolling up turns it off</source>
        <translation>Mantener visible la captura más reciente; al desplazarse hacia arriba se desactiva</translation>
    </message>
</context>
<context>
    <name>Gui::HeadersTab</name>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The request had no header fields.</source>
        <translation>La solicitud no tenía campos de encabezado.</translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s), in the order they arrived.</source>
        <translation>
            <numerusform>%n campo de encabezado, en el orden en que llegó.</numerusform>
            <numerusform>%n campos de encabezado, en el orden en que llegaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request trailers</source>
        <translation>Trailers de la solicitud</translation>
    </message>
    <message>
        <source>Trailer fields, sent after the chunked body:</source>
        <translation>Campos trailer, enviados después del cuerpo por fragmentos (chunked):</translation>
    </message>
</context>
<context>
    <name>Gui::HexDumpModel</name>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
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
        <translation>Importar webhooks</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>un servidor desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n webhook(s), exported from %2 at %3. Importing into %4 does this:</source>
        <translation>
            <numerusform>%1 contiene %n webhook, exportado desde %2 (%3). Importarlo en %4 hace lo siguiente:</numerusform>
            <numerusform>%1 contiene %n webhooks, exportados desde %2 (%3). Importarlos en %4 hace lo siguiente:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Lo que hace la importación</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks the file does not list stay as they are. Import sends the changes to Channex now.</source>
        <translation>No se elimina nada: los webhooks que no figuran en el archivo se quedan como están. Importar envía ahora los cambios a Channex.</translation>
    </message>
    <message>
        <source>Nothing to change: the account already has these webhooks as the file lists them, or they cannot be imported.</source>
        <translation>No hay nada que cambiar: la cuenta ya tiene estos webhooks tal como los recoge el archivo, o no se pueden importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (todos los alojamientos)</translation>
    </message>
</context>
<context>
    <name>Gui::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
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
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Parámetros de solicitud</translation>
    </message>
    <message>
        <source>&amp;Add Header</source>
        <translation>Añadir e&amp;ncabezado</translation>
    </message>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>Añadir pa&amp;rámetro</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Añadir encabezado</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Añadir parámetro</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Quitar encabezado</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Quitar parámetro</translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation>Quitar los encabezados seleccionados</translation>
    </message>
    <message>
        <source>Remove the selected parameters</source>
        <translation>Quitar los parámetros seleccionados</translation>
    </message>
    <message>
        <source>Add Secret Header</source>
        <translation>Añadir encabezado secreto</translation>
    </message>
    <message>
        <source>Add secret header</source>
        <translation>Añadir encabezado secreto</translation>
    </message>
    <message>
        <source>Adds %1 with %2 random bytes, so that the receiver can tell Channex&apos;s calls apart</source>
        <translation>Añade %1 con %2 bytes aleatorios, para que el receptor pueda reconocer las llamadas de Channex</translation>
    </message>
    <message>
        <source>Show Values</source>
        <translation>Mostrar valores</translation>
    </message>
    <message>
        <source>Show header values</source>
        <translation>Mostrar los valores de los encabezados</translation>
    </message>
    <message>
        <source>Show parameter values</source>
        <translation>Mostrar los valores de los parámetros</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>C&amp;opiar secreto</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copiar secreto</translation>
    </message>
    <message>
        <source>Show the values</source>
        <translation>Mostrar los valores</translation>
    </message>
    <message>
        <source>Hide the values</source>
        <translation>Ocultar los valores</translation>
    </message>
    <message>
        <source>Replace Secret</source>
        <translation>Sustituir secreto</translation>
    </message>
    <message>
        <source>Replace the value of %1?</source>
        <translation>¿Desea sustituir el valor de %1?</translation>
    </message>
    <message>
        <source>The receiver will refuse Channex&apos;s calls until it is given the new secret.</source>
        <translation>El receptor rechazará las llamadas de Channex hasta que se le proporcione el nuevo secreto.</translation>
    </message>
    <message>
        <source>%1 now holds a new random secret. Copy it into your receiver&apos;s configuration so that it can check Channex&apos;s calls.</source>
        <translation>%1 contiene ahora un nuevo secreto aleatorio. Cópielo en la configuración de su receptor para que pueda verificar las llamadas de Channex.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard. Save the webhook to send it to Channex.</source>
        <translation>El secreto está en el portapapeles. Guarde el webhook para enviarlo a Channex.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…y %n problema más.</numerusform>
            <numerusform>…y %n problemas más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::KeyValueModel</name>
    <message>
        <source>Hidden value</source>
        <translation>Valor oculto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>Gui::LivePanel</name>
    <message>
        <source>Captured requests</source>
        <translation>Solicitudes capturadas</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Capturas</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Stop the list from moving; new captures are still received and saved (%1)</source>
        <translation>Detener el movimiento de la lista; las capturas nuevas se siguen recibiendo y guardando (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new — Resume</source>
        <translation>
            <numerusform>%n nueva — Reanudar</numerusform>
            <numerusform>%n nuevas — Reanudar</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — Resume</source>
        <translation>En pausa — Reanudar</translation>
    </message>
    <message>
        <source>Show the captures that arrived while the list was paused</source>
        <translation>Mostrar las capturas que llegaron mientras la lista estaba en pausa</translation>
    </message>
    <message numerus="yes">
        <source>%1 capture(s) listed</source>
        <translation>
            <numerusform>%1 captura en la lista</numerusform>
            <numerusform>%1 capturas en la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Searching the stored captures…</source>
        <translation>Buscando en las capturas guardadas…</translation>
    </message>
    <message>
        <source>No capture matches the filter</source>
        <translation>Ninguna captura coincide con el filtro</translation>
    </message>
    <message>
        <source>Change the filter, or clear it to list every stored capture.</source>
        <translation>Cambie el filtro o bórrelo para listar todas las capturas guardadas.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>The list is paused</source>
        <translation>La lista está en pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) arrived since. Resume lists them.</source>
        <translation>
            <numerusform>Desde entonces ha llegado %n captura. «Reanudar» la muestra.</numerusform>
            <numerusform>Desde entonces han llegado %n capturas. «Reanudar» las muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>No captures yet</source>
        <translation>Aún no hay capturas</translation>
    </message>
    <message>
        <source>Start the receiver above and point a webhook at its URL: every request it gets is stored and listed here as it arrives.</source>
        <translation>Inicie el receptor arriba y apunte un webhook a su URL: cada solicitud que recibe se guarda y aparece aquí en cuanto llega.</translation>
    </message>
    <message>
        <source>Waiting for the first request</source>
        <translation>Esperando la primera solicitud</translation>
    </message>
    <message>
        <source>Point a webhook at %1: every request the receiver gets is stored and listed here as it arrives.</source>
        <translation>Apunte un webhook a %1: cada solicitud que recibe el receptor se guarda y aparece aquí en cuanto llega.</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the webhooks again (%1)</source>
        <translation>Volver a cargar los webhooks (%1)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Webhook Console</source>
        <translation>&amp;Acerca de Webhook Console</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>el sandbox integrado (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Cargando desde %1…</translation>
    </message>
    <message>
        <source>Connected to %1 · updated %2</source>
        <translation>Conectado a %1 · actualizado: %2</translation>
    </message>
    <message>
        <source> · property names unavailable: %1</source>
        <translation> · nombres de alojamientos no disponibles: %1</translation>
    </message>
    <message>
        <source>Could not load from %1</source>
        <translation>No se ha podido cargar desde %1</translation>
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
            <numerusform>Se muestran %1 de %n webhook</numerusform>
            <numerusform>Se muestran %1 de %n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Live Panel Unavailable</source>
        <translation>Panel en vivo no disponible</translation>
    </message>
    <message>
        <source>The capture database %1 cannot be opened: %2 The live receiver is off until this is fixed.</source>
        <translation>No se puede abrir la base de datos de capturas %1: %2 El receptor en vivo estará desactivado hasta que se solucione.</translation>
    </message>
    <message>
        <source>The webhooks of the connection in use</source>
        <translation>Los webhooks de la conexión en uso</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Requests received by the live receiver</source>
        <translation>Solicitudes recibidas por el receptor en vivo</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Captu&amp;res</source>
        <translation>Ca&amp;pturas</translation>
    </message>
    <message>
        <source>The built-in sandbox keeps your changes until the console quits; it starts from its demo data each time.</source>
        <translation>La sandbox integrada conserva sus cambios hasta que se cierra la consola; empieza cada vez con sus datos de demostración.</translation>
    </message>
    <message>
        <source>%1 The live receiver is off until this is fixed (File ▸ Preferences ▸ Shared capture history, or --store).</source>
        <translation>%1 El receptor en vivo estará desactivado hasta que se solucione (Archivo ▸ Preferencias ▸ Historial de capturas compartido, o --store).</translation>
    </message>
    <message>
        <source>Cannot reach %1 since %2: %3</source>
        <translation>No se puede acceder a %1 desde las %2: %3</translation>
    </message>
    <message>
        <source>No keychain: API keys are kept only until you quit.</source>
        <translation>Sin llavero: las claves API se conservan solo hasta salir.</translation>
    </message>
    <message>
        <source>Opening the shared capture history %1…</source>
        <translation>Abriendo el historial de capturas compartido %1…</translation>
    </message>
    <message>
        <source>The built-in sandbox forgets your changes when the console quits.</source>
        <translation>La sandbox integrada olvida sus cambios al cerrar la consola.</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>todos los eventos</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>For %1, Channex delivers %2 only to that property&apos;s own webhook (%3), not to this global one.</source>
        <translation>Para %1, Channex entrega %2 solo al webhook propio de ese alojamiento (%3), no a este global.</translation>
    </message>
    <message>
        <source>For this property, Channex delivers %1 only to this webhook, not to the global webhook %2.</source>
        <translation>Para este alojamiento, Channex entrega %1 solo a este webhook, no al webhook global %2.</translation>
    </message>
    <message>
        <source>Another webhook of the same scope (%1) also sends %2 to this URL: each of these events arrives twice.</source>
        <translation>Otro webhook del mismo ámbito (%1) también envía %2 a esta URL: cada uno de estos eventos llega dos veces.</translation>
    </message>
    <message>
        <source>The event mask names no documented Channex event (%1): Channex delivers nothing to this webhook.</source>
        <translation>La máscara de eventos no nombra ningún evento documentado de Channex (%1): Channex no entrega nada a este webhook.</translation>
    </message>
    <message>
        <source>Active on Channex production with a plain http URL: bookings and guest data travel unencrypted.</source>
        <translation>Activo en la producción de Channex con una URL http simple: las reservas y los datos de los huéspedes viajan sin cifrar.</translation>
    </message>
    <message>
        <source>Property wins</source>
        <translation>Gana el alojamiento</translation>
    </message>
    <message>
        <source>Wins over global</source>
        <translation>Gana al global</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Enviado dos veces</translation>
    </message>
    <message>
        <source>No known event</source>
        <translation>Ningún evento conocido</translation>
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
        <translation>Sin solapamiento: Channex entrega a este webhook lo que indica su fila.</translation>
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
        <translation>Alojamiento:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Payload timestamp:</source>
        <translation>Marca de tiempo del payload:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibida:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Our answer:</source>
        <translation>Nuestra respuesta:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Marcas:</translation>
    </message>
    <message>
        <source>Payload check:</source>
        <translation>Comprobación del payload:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Payload timestamp</source>
        <translation>Marca de tiempo del payload</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Hora de recepción</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Nuestra respuesta</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Payload check</source>
        <translation>Comprobación del payload</translation>
    </message>
    <message>
        <source>Not a Channex payload</source>
        <translation>No es un payload de Channex</translation>
    </message>
    <message>
        <source>%1 (not an event Channex documents)</source>
        <translation>%1 (no es un evento documentado por Channex)</translation>
    </message>
    <message>
        <source>%1 port %2, connection %3</source>
        <translation>%1, puerto %2, conexión %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Rejected by the receiver: %1</source>
        <translation>Rechazada por el receptor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n byte(s) of the request were kept.</source>
        <translation>
            <numerusform>Solo se ha conservado el primer byte de la solicitud.</numerusform>
            <numerusform>Solo se han conservado los primeros %n bytes de la solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret header was missing or wrong, so it was answered 401. %1</source>
        <translation>El encabezado secreto faltaba o era incorrecto, por lo que se respondió con 401. %1</translation>
    </message>
    <message>
        <source>Duplicate: the same body arrived before for this event and property.</source>
        <translation>Duplicada: el mismo cuerpo ya llegó antes para este evento y alojamiento.</translation>
    </message>
    <message>
        <source>Pinned: retention and Clear keep it.</source>
        <translation>Fijada: se conserva al aplicar la retención y al borrar todo.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Checking the body…</source>
        <translation>Comprobando el cuerpo…</translation>
    </message>
    <message>
        <source>Out of order: its payload timestamp is earlier than one already received about the same booking, ARI record or message thread.</source>
        <translation>Fuera de orden: la marca de tiempo de su contenido es anterior a otra ya recibida sobre la misma reserva, registro ARI o hilo de mensajes.</translation>
    </message>
</context>
<context>
    <name>Gui::PairTable</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>Gui::PayloadEdit</name>
    <message>
        <source>The payload is not JSON: %1 at line %2, column %3. Correct it, or clear the field to send no payload.</source>
        <translation>El contenido no es JSON: %1 en la línea %2, columna %3. Corríjalo o vacíe el campo para no enviar contenido.</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Captures are kept on this computer.</source>
        <translation>Las capturas se guardan en este equipo.</translation>
    </message>
    <message>
        <source>Saved. From the next start, the live panel and its receiver use %1 (a --store given on the command line comes first).</source>
        <translation>Guardado. A partir del próximo inicio, el panel en vivo y su receptor usarán %1 (un --store indicado en la línea de comandos tiene prioridad).</translation>
    </message>
    <message>
        <source>no keychain on this system: PGPASSWORD or ~/.pgpass</source>
        <translation>no hay llavero en este sistema: PGPASSWORD o ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>Gui::QueryTab</name>
    <message>
        <source>Query parameters</source>
        <translation>Parámetros de consulta</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The request target has no query parameters.</source>
        <translation>El destino de la solicitud no tiene parámetros de consulta.</translation>
    </message>
</context>
<context>
    <name>Gui::RawTab</name>
    <message>
        <source>Show as hex</source>
        <translation>Mostrar en hexadecimal</translation>
    </message>
    <message>
        <source>Show the raw bytes as hex</source>
        <translation>Mostrar los bytes en bruto en hexadecimal</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Solicitud en bruto</translation>
    </message>
    <message>
        <source>Raw request in hex</source>
        <translation>Solicitud en bruto en hexadecimal</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), exactly as received.</source>
        <translation>
            <numerusform>%n byte, exactamente como se recibió.</numerusform>
            <numerusform>%n bytes, exactamente como se recibieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bytes were kept for this request.</source>
        <translation>No se ha conservado ningún byte de esta solicitud.</translation>
    </message>
    <message>
        <source>Over 1 MB, so shown as hex only; the Body tab shows the text.</source>
        <translation>Más de 1 MB, por lo que solo se muestra en hexadecimal; la pestaña «Cuerpo» muestra el texto.</translation>
    </message>
    <message>
        <source>Not UTF-8 text, or holds control characters: shown as hex.</source>
        <translation>No es texto UTF-8 o contiene caracteres de control: se muestra en hexadecimal.</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverBar</name>
    <message>
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (solo este equipo)</translation>
    </message>
    <message>
        <source>0.0.0.0 (every IPv4 network)</source>
        <translation>0.0.0.0 (todas las redes IPv4)</translation>
    </message>
    <message>
        <source>:: (every network)</source>
        <translation>:: (todas las redes)</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>Where the receiver listens. Only 127.0.0.1 keeps other machines out.</source>
        <translation>Dónde escucha el receptor. Solo 127.0.0.1 impide el acceso desde otros equipos.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>The TCP port to listen on; &quot;any free&quot; lets the system pick one</source>
        <translation>El puerto TCP en el que escuchar; con «cualquiera», el sistema elige uno libre</translation>
    </message>
    <message>
        <source>Local URL:</source>
        <translation>URL local:</translation>
    </message>
    <message>
        <source>Local receiver URL</source>
        <translation>URL local del receptor</translation>
    </message>
    <message>
        <source>Start the receiver to get its URL</source>
        <translation>Inicie el receptor para obtener su URL</translation>
    </message>
    <message>
        <source>Copy local URL</source>
        <translation>Copiar URL local</translation>
    </message>
    <message>
        <source>Copy the receiver&apos;s local URL to the clipboard</source>
        <translation>Copiar la URL local del receptor al portapapeles</translation>
    </message>
    <message>
        <source>P&amp;ublic URL:</source>
        <translation>URL pú&amp;blica:</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <source>https://… of a tunnel you run (optional)</source>
        <translation>https://… de un túnel propio (opcional)</translation>
    </message>
    <message>
        <source>The address Channex can reach, such as an ngrok or cloudflared tunnel to the local URL. &quot;Use live receiver&quot; puts it into callback URLs when set.</source>
        <translation>La dirección a la que Channex puede llegar, como un túnel de ngrok o cloudflared hacia la URL local. Si se indica, «Usar el receptor en vivo» la pone en las URL de callback.</translation>
    </message>
    <message>
        <source>Secret header name</source>
        <translation>Nombre del encabezado secreto</translation>
    </message>
    <message>
        <source>e.g. X-Channex-Webhook-Secret (empty: no check)</source>
        <translation>p. ej., X-Channex-Webhook-Secret (vacío: sin comprobación)</translation>
    </message>
    <message>
        <source>With a name and a value set, requests without this header and value are answered 401, flagged and still captured</source>
        <translation>Con un nombre y un valor indicados, las solicitudes sin este encabezado y valor reciben 401, se marcan y se capturan igualmente</translation>
    </message>
    <message>
        <source>Expected secret value</source>
        <translation>Valor secreto esperado</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings</source>
        <translation>Se guarda en el llavero, nunca en la configuración</translation>
    </message>
    <message>
        <source>Kept until the console quits</source>
        <translation>Se conserva hasta que se cierre la consola</translation>
    </message>
    <message>
        <source>Other machines on your networks can send requests to the receiver on this address.</source>
        <translation>Otros equipos de sus redes pueden enviar solicitudes al receptor en esta dirección.</translation>
    </message>
    <message>
        <source>Captures cannot be saved: %1 — requests are answered 503 until this is fixed.</source>
        <translation>No se pueden guardar las capturas: %1 — las solicitudes recibirán 503 hasta que se solucione.</translation>
    </message>
    <message>
        <source>Stop receiver</source>
        <translation>Detener receptor</translation>
    </message>
    <message>
        <source>Start receiver</source>
        <translation>Iniciar receptor</translation>
    </message>
    <message>
        <source>Stop listening; the captures are kept</source>
        <translation>Dejar de escuchar; las capturas se conservan</translation>
    </message>
    <message>
        <source>Listen for webhook deliveries on the address and port shown</source>
        <translation>Escuchar las entregas de webhooks en la dirección y el puerto indicados</translation>
    </message>
    <message>
        <source>Not used: %1 &quot;Use live receiver&quot; puts the local URL in its place.</source>
        <translation>No se usa: %1 «Usar el receptor en vivo» pone la URL local en su lugar.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Secre&amp;t header:</source>
        <translation>Encabezado &amp;secreto:</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>Va&amp;lor:</translation>
    </message>
    <message>
        <source>Stop rece&amp;iver</source>
        <translation>De&amp;tener receptor</translation>
    </message>
    <message>
        <source>Start rece&amp;iver</source>
        <translation>&amp;Iniciar receptor</translation>
    </message>
    <message>
        <source>No secret check: %1 The receiver does not run until the name is corrected or cleared.</source>
        <translation>Sin comprobación del secreto: %1 El receptor no funciona hasta que se corrija o se borre el nombre.</translation>
    </message>
    <message>
        <source>No secret check yet: enter the value the %1 header must carry. Until then every request is answered 200.</source>
        <translation>Aún no hay comprobación del secreto: introduzca el valor que debe llevar la cabecera %1. Hasta entonces, cada solicitud se responde con 200.</translation>
    </message>
    <message>
        <source>A&amp;nswers…</source>
        <translation>Respues&amp;tas…</translation>
    </message>
    <message>
        <source>Answers: response rules and forwarding</source>
        <translation>Respuestas: reglas de respuesta y reenvío</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building: response rules (a 503 three times, a slow answer) and forwarding to your app</source>
        <translation>Responder como el endpoint que está desarrollando: reglas de respuesta (503 tres veces, una respuesta lenta) y reenvío a su aplicación</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then forwarded</source>
        <translation>
            <numerusform>%n regla, luego reenvío</numerusform>
            <numerusform>%n reglas, luego reenvío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then 200</source>
        <translation>
            <numerusform>%n regla, luego 200</numerusform>
            <numerusform>%n reglas, luego 200</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>reenviado a %1</translation>
    </message>
    <message>
        <source>200 to every request</source>
        <translation>200 a toda solicitud</translation>
    </message>
    <message>
        <source>How requests are answered: %1</source>
        <translation>Cómo se responden las solicitudes: %1</translation>
    </message>
    <message>
        <source>The public URL is not used: %1 &quot;Use live receiver&quot; puts the local URL, which Channex cannot reach from the internet, in its place.</source>
        <translation>La URL pública no se usa: %1 «Usar el receptor en vivo» pone en su lugar la URL local, a la que Channex no puede llegar desde internet.</translation>
    </message>
</context>
<context>
    <name>Gui::RecipientsList</name>
    <message>
        <source>the event without its payload (send_data is off)</source>
        <translation>el evento sin su contenido (send_data está desactivado)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ARI record(s), as its filter asks</source>
        <translation>
            <numerusform>%1 de %n registro ARI, como pide su filtro</numerusform>
            <numerusform>%1 de %n registros ARI, como pide su filtro</numerusform>
        </translation>
    </message>
    <message>
        <source>the event (Channex documents no payload for it)</source>
        <translation>el evento (Channex no documenta contenido para él)</translation>
    </message>
    <message>
        <source>the event with its payload</source>
        <translation>el evento con su contenido</translation>
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
        <translation>Recibe</translation>
    </message>
    <message>
        <source>Webhooks that receive it</source>
        <translation>Webhooks que lo reciben</translation>
    </message>
    <message>
        <source>nothing: a global webhook, kept out by this hotel&apos;s own webhook %1</source>
        <translation>nada: un webhook global, excluido por el webhook propio %1 de este hotel</translation>
    </message>
    <message>
        <source>No active webhook of this hotel or global one listens for it.</source>
        <translation>Ningún webhook activo de este hotel ni ninguno global lo escucha.</translation>
    </message>
</context>
<context>
    <name>Gui::ReplayDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Enter the URL to send the capture to.</source>
        <translation>Escriba la URL a la que enviar la captura.</translation>
    </message>
    <message>
        <source>The target URL must be a complete http:// or https:// address, such as http://localhost:3000/webhooks.</source>
        <translation>La URL de destino debe ser una dirección http:// o https:// completa, como http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The method must be one word of letters, such as POST.</source>
        <translation>El método debe ser una sola palabra formada por letras, como POST.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>No answer from %1 within the time limit (%2). Check that the receiving app is running and not stuck.</source>
        <translation>No hay respuesta de %1 dentro del tiempo límite (%2). Compruebe que la aplicación receptora está en ejecución y no se ha bloqueado.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the URL and that the receiving app is running.</source>
        <translation>No se ha podido contactar con %1: %2. Compruebe la URL y que la aplicación receptora está en ejecución.</translation>
    </message>
    <message>
        <source>No answer after %1 s.</source>
        <translation>Sin respuesta después de %1 s.</translation>
    </message>
    <message>
        <source>%1 %2 after %3 s</source>
        <translation>%1 %2 después de %3 s</translation>
    </message>
</context>
<context>
    <name>Gui::ResponseTab</name>
    <message>
        <source>Response headers</source>
        <translation>Encabezados de la respuesta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Our answer had no body.</source>
        <translation>Nuestra respuesta no tenía cuerpo.</translation>
    </message>
    <message>
        <source>We answered %1.</source>
        <translation>Respondimos con %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not UTF-8 text.</source>
        <translation>
            <numerusform>%n byte que no es texto UTF-8.</numerusform>
            <numerusform>%n bytes que no son texto UTF-8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::RetentionEditor</name>
    <message>
        <source>K&amp;eep at most:</source>
        <translation>Conservar &amp;hasta:</translation>
    </message>
    <message>
        <source>Retention by count</source>
        <translation>Retención por cantidad</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Older captures beyond this number are deleted; pinned ones are kept</source>
        <translation>Si se supera este número, se eliminan las capturas más antiguas; las fijadas se conservan</translation>
    </message>
    <message>
        <source>Retention by age in days</source>
        <translation>Retención por antigüedad en días</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>cualquier antigüedad</translation>
    </message>
    <message>
        <source>Captures older than this are deleted; pinned ones are kept</source>
        <translation>Se eliminan las capturas más antiguas que este número de días; las fijadas se conservan</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n capture(s) will be deleted now.</source>
        <translation>
            <numerusform>Se eliminará ahora la captura más antigua (%n).</numerusform>
            <numerusform>Se eliminarán ahora las %n capturas más antiguas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) will be deleted now.</source>
        <translation>
            <numerusform>Se eliminarán ahora las capturas de más de %n día.</numerusform>
            <numerusform>Se eliminarán ahora las capturas de más de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Retention</source>
        <translation>Aplicar retención</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>Las capturas fijadas se conservan. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete and Apply</source>
        <translation>&amp;Eliminar y aplicar</translation>
    </message>
    <message numerus="yes">
        <source> capture(s)</source>
        <translation>
            <numerusform> captura</numerusform>
            <numerusform> capturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>The capture history is shared through %1: the retention applies to everyone who uses it, and what it deletes disappears from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>El historial de capturas se comparte a través de %1: la retención se aplica a todos los que lo usan, y lo que elimina desaparece también de las consolas de sus compañeros. Las capturas fijadas se conservan. Esta acción no se puede deshacer.</translation>
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
        <translation>Intentos de las últimas entregas, por tiempo desde el primero</translation>
    </message>
    <message>
        <source>Delivered (2xx)</source>
        <translation>Entregado (2xx)</translation>
    </message>
    <message>
        <source>Refused (3xx, 4xx)</source>
        <translation>Rechazado (3xx, 4xx)</translation>
    </message>
    <message>
        <source>Failed (5xx or no answer)</source>
        <translation>Fallido (5xx o sin respuesta)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Next attempt due</source>
        <translation>Próximo intento pendiente</translation>
    </message>
    <message>
        <source>Time after the first attempt (%1)</source>
        <translation>Tiempo tras el primer intento (%1)</translation>
    </message>
</context>
<context>
    <name>Gui::RevealToggle</name>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostrar clave de API</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>Ocultar clave de API</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Ocultar la clave de API</translation>
    </message>
    <message>
        <source>Hide secret value</source>
        <translation>Ocultar valor secreto</translation>
    </message>
    <message>
        <source>Show secret value</source>
        <translation>Mostrar valor secreto</translation>
    </message>
    <message>
        <source>Hide the secret value</source>
        <translation>Ocultar el valor secreto</translation>
    </message>
    <message>
        <source>Show the secret value</source>
        <translation>Mostrar el valor secreto</translation>
    </message>
</context>
<context>
    <name>Gui::RuleForm</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>La línea %1 de los encabezados no es «Nombre: valor».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation>&amp;Coincide con:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;uerpo:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Encabezados:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>Cuántas &amp;veces:</translation>
    </message>
    <message>
        <source>optional: how captures name the rule</source>
        <translation>opcional: cómo nombran la regla las capturas</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>cualquier método</translation>
    </message>
    <message>
        <source>Method the rule matches</source>
        <translation>Método con el que coincide la regla</translation>
    </message>
    <message>
        <source>any path; /hooks/* for a prefix</source>
        <translation>cualquier ruta; /hooks/* para un prefijo</translation>
    </message>
    <message>
        <source>Path the rule matches</source>
        <translation>Ruta con la que coincide la regla</translation>
    </message>
    <message>
        <source>any request</source>
        <translation>cualquier solicitud</translation>
    </message>
    <message>
        <source>Channex event the rule matches</source>
        <translation>Evento de Channex con el que coincide la regla</translation>
    </message>
    <message>
        <source>Status the rule answers with</source>
        <translation>Estado con el que responde la regla</translation>
    </message>
    <message>
        <source>status </source>
        <translation>estado </translation>
    </message>
    <message>
        <source>the answer&apos;s body, e.g. busy</source>
        <translation>cuerpo de la respuesta, p. ej. busy</translation>
    </message>
    <message>
        <source>Body the rule answers with</source>
        <translation>Cuerpo con el que responde la regla</translation>
    </message>
    <message>
        <source>one per line, e.g. Retry-After: 60</source>
        <translation>uno por línea, p. ej. Retry-After: 60</translation>
    </message>
    <message>
        <source>Headers the rule answers with</source>
        <translation>Encabezados con los que responde la regla</translation>
    </message>
    <message>
        <source>after </source>
        <translation>tras </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay before answering, in milliseconds</source>
        <translation>Retraso antes de responder, en milisegundos</translation>
    </message>
    <message>
        <source>Only the first</source>
        <translation>Solo las primeras</translation>
    </message>
    <message>
        <source>Answer only a number of requests</source>
        <translation>Responder solo a un número de solicitudes</translation>
    </message>
    <message numerus="yes">
        <source> request(s)</source>
        <translation>
            <numerusform> solicitud</numerusform>
            <numerusform> solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of requests the rule answers</source>
        <translation>Número de solicitudes que responde la regla</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Solo</translation>
    </message>
    <message>
        <source>Answer only a share of the requests</source>
        <translation>Responder solo a una parte de las solicitudes</translation>
    </message>
    <message>
        <source> % of them</source>
        <translation> % de ellas</translation>
    </message>
    <message>
        <source>Share of the matching requests the rule answers</source>
        <translation>Parte de las solicitudes coincidentes que responde la regla</translation>
    </message>
</context>
<context>
    <name>Gui::RulesTableModel</name>
    <message>
        <source>%1 after %2 ms</source>
        <translation>%1 tras %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of requests</source>
        <translation>%1 % de las solicitudes</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>not applied yet</source>
        <translation>aún no aplicada</translation>
    </message>
    <message>
        <source>%1 (spent)</source>
        <translation>%1 (agotada)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincide con</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Cuántas veces</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
</context>
<context>
    <name>Gui::SandboxTools</name>
    <message>
        <source>&amp;Fire Event…</source>
        <translation>Lan&amp;zar evento…</translation>
    </message>
    <message>
        <source>Play Channex: send an event to the sandbox&apos;s webhooks (%1)</source>
        <translation>Hacer de Channex: enviar un evento a los webhooks de la sandbox (%1)</translation>
    </message>
    <message>
        <source>Sh&amp;ow Deliveries</source>
        <translation>M&amp;ostrar entregas</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Every attempt the sandbox made to deliver a fired event</source>
        <translation>Cada intento de la sandbox de entregar un evento lanzado</translation>
    </message>
</context>
<context>
    <name>Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>In fields and dialogs</source>
        <translation>En campos y cuadros de diálogo</translation>
    </message>
    <message>
        <source>Clear the filter (in the filter field)</source>
        <translation>Borrar el filtro (en el campo de filtro)</translation>
    </message>
    <message>
        <source>Move to the next field, leaving the table</source>
        <translation>Pasar al campo siguiente, saliendo de la tabla</translation>
    </message>
    <message>
        <source>Tick or clear Active (on the Active cell)</source>
        <translation>Marcar o desmarcar «Activo» (en la celda «Activo»)</translation>
    </message>
    <message>
        <source>Save the webhook (in its dialog)</source>
        <translation>Guardar el webhook (en su cuadro de diálogo)</translation>
    </message>
    <message>
        <source>Close a dialog, asking first when something changed</source>
        <translation>Cerrar un cuadro de diálogo, preguntando antes si algo ha cambiado</translation>
    </message>
</context>
<context>
    <name>Gui::SideChooser</name>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Izquierda:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Derecha:</translation>
    </message>
    <message>
        <source>Left connection</source>
        <translation>Conexión de la izquierda</translation>
    </message>
    <message>
        <source>Right connection</source>
        <translation>Conexión de la derecha</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the left</source>
        <translation>La conexión cuyos webhooks se muestran a la izquierda</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the right</source>
        <translation>La conexión cuyos webhooks se muestran a la derecha</translation>
    </message>
    <message>
        <source>Left connection state</source>
        <translation>Estado de la conexión de la izquierda</translation>
    </message>
    <message>
        <source>Right connection state</source>
        <translation>Estado de la conexión de la derecha</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <translation>Prueba de %1</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>URL de callback: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Gui::TestResultView</name>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Channex did not run the test: %1</source>
        <translation>Channex no ha realizado la prueba: %1</translation>
    </message>
    <message>
        <source>The receiver sent no HTTP status</source>
        <translation>El receptor no ha enviado ningún estado HTTP</translation>
    </message>
    <message>
        <source>Channex reached no answer from the callback URL.</source>
        <translation>Channex no ha obtenido respuesta de la URL de callback.</translation>
    </message>
    <message>
        <source>The receiver accepted the test: %1</source>
        <translation>El receptor ha aceptado la prueba: %1</translation>
    </message>
    <message>
        <source>The receiver refused the test: %1</source>
        <translation>El receptor ha rechazado la prueba: %1</translation>
    </message>
    <message>
        <source>Channex treats any answer other than 2xx as a failed delivery and tries again later.</source>
        <translation>Channex considera cualquier respuesta distinta de 2xx como una entrega fallida y vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer had no body.</source>
        <translation>La respuesta del receptor no tenía cuerpo.</translation>
    </message>
    <message>
        <source>Sending a test call…</source>
        <translation>Enviando una llamada de prueba…</translation>
    </message>
    <message>
        <source>No test yet.</source>
        <translation>Aún no hay ninguna prueba.</translation>
    </message>
    <message>
        <source>The callback URL could not be reached</source>
        <translation>No se pudo llegar a la URL de callback</translation>
    </message>
    <message>
        <source>%1. Check the host name in the URL, and that the receiver runs and accepts connections.</source>
        <translation>%1. Compruebe el nombre de host de la URL y que el receptor funcione y acepte conexiones.</translation>
    </message>
    <message>
        <source>Show the test&apos;s capture in the Live tab</source>
        <translation>Mostrar la captura de la prueba en la pestaña «En vivo»</translation>
    </message>
    <message>
        <source>Looking for the test in the live receiver…</source>
        <translation>Buscando la prueba en el receptor en vivo…</translation>
    </message>
    <message>
        <source>Arrived in the live receiver at %1: %2 %3, answered %4.</source>
        <translation>Llegó al receptor en vivo a las %1: %2 %3, respondido con %4.</translation>
    </message>
    <message>
        <source>Nothing arrived in the live receiver during the test: the call went elsewhere, or the receiver was stopped.</source>
        <translation>No llegó nada al receptor en vivo durante la prueba: la llamada fue a otro sitio o el receptor estaba detenido.</translation>
    </message>
    <message>
        <source>Show in Live Ta&amp;b</source>
        <translation>Mostrar en la pestaña «En &amp;vivo»</translation>
    </message>
</context>
<context>
    <name>Gui::TreeTab</name>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Árbol JSON</translation>
    </message>
    <message>
        <source>Reading the JSON…</source>
        <translation>Leyendo el JSON…</translation>
    </message>
    <message>
        <source>The body is not a JSON object or array, so there is no tree.</source>
        <translation>El cuerpo no es un objeto ni un array JSON, así que no hay árbol.</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookActions</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>&amp;New Webhook…</source>
        <translation>&amp;Nuevo webhook…</translation>
    </message>
    <message>
        <source>Create a webhook (%1)</source>
        <translation>Crear un webhook (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Webhook…</source>
        <translation>&amp;Editar webhook…</translation>
    </message>
    <message>
        <source>Change the selected webhook (Return)</source>
        <translation>Modificar el webhook seleccionado (Intro)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected webhooks (%1)</source>
        <translation>Eliminar los webhooks seleccionados (%1)</translation>
    </message>
    <message>
        <source>D&amp;uplicate to Other Properties…</source>
        <translation>&amp;Duplicar en otros alojamientos…</translation>
    </message>
    <message>
        <source>&amp;Test Webhook</source>
        <translation>&amp;Probar webhook</translation>
    </message>
    <message>
        <source>Ask Channex to send a test request to the selected webhook&apos;s URL</source>
        <translation>Pedir a Channex que envíe una solicitud de prueba a la URL del webhook seleccionado</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Resume deliveries to the selected webhooks</source>
        <translation>Reanudar las entregas a los webhooks seleccionados</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <source>Pause deliveries to the selected webhooks</source>
        <translation>Pausar las entregas a los webhooks seleccionados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Send nothing more; changes already sent are kept</source>
        <translation>No enviar nada más; los cambios ya enviados se conservan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>Webhook creado.</translation>
    </message>
    <message>
        <source>Webhook saved.</source>
        <translation>Webhook guardado.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>A webhook was deleted elsewhere (in Channex or by a colleague); the table was refreshed.</source>
        <translation>Se ha eliminado un webhook desde otro lugar (en Channex o por parte de un compañero); la tabla se ha actualizado.</translation>
    </message>
    <message>
        <source>Delete Webhooks</source>
        <translation>Eliminar webhooks</translation>
    </message>
    <message>
        <source>Delete the webhook for %1?</source>
        <translation>¿Desea eliminar el webhook de %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n webhook(s)?</source>
        <translation>
            <numerusform>¿Desea eliminar %n webhook?</numerusform>
            <numerusform>¿Desea eliminar %n webhooks?</numerusform>
        </translation>
    </message>
    <message>
        <source>Channex stops sending these events at once. This cannot be undone.</source>
        <translation>Channex dejará de enviar estos eventos inmediatamente. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) deleted.</source>
        <translation>
            <numerusform>%n webhook eliminado.</numerusform>
            <numerusform>%n webhooks eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not deleted</source>
        <translation>Algunos webhooks no se han eliminado</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Activando…</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Desactivando…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) enabled.</source>
        <translation>
            <numerusform>%n webhook activado.</numerusform>
            <numerusform>%n webhooks activados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) disabled.</source>
        <translation>
            <numerusform>%n webhook desactivado.</numerusform>
            <numerusform>%n webhooks desactivados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not enabled</source>
        <translation>Algunos webhooks no se han activado</translation>
    </message>
    <message>
        <source>Some webhooks were not disabled</source>
        <translation>Algunos webhooks no se han desactivado</translation>
    </message>
    <message>
        <source>Duplicating…</source>
        <translation>Duplicando…</translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies) created.</source>
        <translation>
            <numerusform>%n copia creada.</numerusform>
            <numerusform>%n copias creadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some copies were not created</source>
        <translation>Algunas copias no se han creado</translation>
    </message>
    <message>
        <source>Webhook enabled.</source>
        <translation>Webhook activado.</translation>
    </message>
    <message>
        <source>Webhook disabled.</source>
        <translation>Webhook desactivado.</translation>
    </message>
    <message>
        <source>Webhook Not Enabled</source>
        <translation>Webhook no activado</translation>
    </message>
    <message>
        <source>Webhook Not Disabled</source>
        <translation>Webhook no desactivado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n succeeded.</source>
        <translation>
            <numerusform>Con éxito: %1 de %n.</numerusform>
            <numerusform>Con éxito: %1 de %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent: stopped.</source>
        <translation>
            <numerusform>%n sin enviar: operación detenida.</numerusform>
            <numerusform>%n sin enviar: operación detenida.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped: the connection changed before every change was sent. Refresh to see what was stored.</source>
        <translation>Detenido: la conexión cambió antes de enviar todos los cambios. Actualice para ver lo que se guardó.</translation>
    </message>
    <message>
        <source>Use &amp;Live Receiver…</source>
        <translation>Usar el &amp;receptor en vivo…</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first</source>
        <translation>Inicie primero el receptor en la pestaña «En vivo»</translation>
    </message>
    <message>
        <source>Edit the selected webhook with %1 as its callback URL</source>
        <translation>Editar el webhook seleccionado con %1 como URL de callback</translation>
    </message>
    <message>
        <source>Quit Webhook Console</source>
        <translation>Salir de Webhook Console</translation>
    </message>
    <message numerus="yes">
        <source>A change to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Un cambio en %n webhook sigue en curso: %1 hecho(s).</numerusform>
            <numerusform>Un cambio en %n webhooks sigue en curso: %1 hecho(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Si sale ahora, los webhooks a los que aún no se ha llegado quedan como están. Lo que Channex ya ha cambiado se conserva.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Detener y salir</translation>
    </message>
    <message numerus="yes">
        <source>%n failed, each named below with why.</source>
        <translation>
            <numerusform>%n falló; abajo se indica con el motivo.</numerusform>
            <numerusform>%n fallaron; abajo se indica cada uno con el motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, listed under Show Details.</source>
        <translation>
            <numerusform>… y %n más, en «Mostrar los detalles».</numerusform>
            <numerusform>… y %n más, en «Mostrar los detalles».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channex asked to slow down: sending %n change(s) again in %1 s…</source>
        <translation>
            <numerusform>Channex pide ir más despacio: %n cambio se vuelve a enviar en %1 s…</numerusform>
            <numerusform>Channex pide ir más despacio: %n cambios se vuelven a enviar en %1 s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) had to wait for Channex&apos;s rate limit (HTTP 429) and went again.</source>
        <translation>
            <numerusform>%n cambio tuvo que esperar al límite de peticiones de Channex (HTTP 429) y se volvió a enviar.</numerusform>
            <numerusform>%n cambios tuvieron que esperar al límite de peticiones de Channex (HTTP 429) y se volvieron a enviar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::WebhookDialog</name>
    <message>
        <source>New Webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <source>Edit Webhook</source>
        <translation>Editar webhook</translation>
    </message>
    <message>
        <source>Choose a property…</source>
        <translation>Elija un alojamiento…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Send these settings to Channex (Ctrl+Return)</source>
        <translation>Enviar esta configuración a Channex (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (todos los alojamientos)</translation>
    </message>
    <message>
        <source>Receives the events of every property of the account</source>
        <translation>Recibe los eventos de todos los alojamientos de la cuenta</translation>
    </message>
    <message>
        <source>Property %1 (not in the property list)</source>
        <translation>Alojamiento %1 (no está en la lista de alojamientos)</translation>
    </message>
    <message>
        <source>Channex did not save the webhook:</source>
        <translation>Channex no ha guardado el webhook:</translation>
    </message>
    <message>
        <source>Channex did not save the webhook: %1.</source>
        <translation>Channex no ha guardado el webhook: %1.</translation>
    </message>
    <message>
        <source>Hide test result</source>
        <translation>Ocultar el resultado de la prueba</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Mostrar el resultado de la prueba</translation>
    </message>
    <message>
        <source>Channex: %1</source>
        <translation>Channex: %1</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Parámetros de solicitud</translation>
    </message>
    <message>
        <source>&amp;Headers (%1)</source>
        <translation>Encabe&amp;zados (%1)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>Encabe&amp;zados</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters (%1)</source>
        <translation>Parámetros de &amp;solicitud (%1)</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Parámetros de &amp;solicitud</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Channex refused the last save; its messages are shown at the fields.</source>
        <translation>Channex ha rechazado el último guardado; sus mensajes se muestran junto a los campos.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Discard this new webhook?</source>
        <translation>¿Desea descartar este webhook nuevo?</translation>
    </message>
    <message>
        <source>Discard your changes to this webhook?</source>
        <translation>¿Desea descartar los cambios en este webhook?</translation>
    </message>
    <message>
        <source>What you entered has not been saved to Channex.</source>
        <translation>Lo que ha introducido no se ha guardado en Channex.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first; its URL then goes here.</source>
        <translation>Inicie primero el receptor en la pestaña «En vivo»; después, su URL se pondrá aquí.</translation>
    </message>
    <message>
        <source>Put %1 into Callback URL, so deliveries arrive in the Live tab</source>
        <translation>Poner %1 en «URL de callback», para que las entregas lleguen a la pestaña «En vivo»</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>Replaces %1 when you save.</source>
        <translation>Reemplaza %1 al guardar.</translation>
    </message>
    <message>
        <source>Put the local URL %1 into Callback URL: the public URL of the Live tab is not used (%2)</source>
        <translation>Poner la URL local %1 en la URL de callback: la URL pública de la pestaña «En vivo» no se usa (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookListModel</name>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (todos los alojamientos)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Full payload</source>
        <translation>Datos completos</translation>
    </message>
    <message>
        <source>Event only</source>
        <translation>Solo el evento</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Channex delivers events to this webhook. Untick to pause it.</source>
        <translation>Channex entrega los eventos a este webhook. Desmárquelo para pausarlo.</translation>
    </message>
    <message>
        <source>Paused: Channex delivers nothing. Tick to resume.</source>
        <translation>En pausa: Channex no entrega nada. Márquelo para reanudarlo.</translation>
    </message>
    <message>
        <source>%1
Webhook ID: %2</source>
        <translation>%1
ID del webhook: %2</translation>
    </message>
    <message>
        <source>Receives events from every property of the account.</source>
        <translation>Recibe los eventos de todos los alojamientos de la cuenta.</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>ID del alojamiento: %1</translation>
    </message>
    <message>
        <source>Deliveries include the event payload.</source>
        <translation>Las entregas incluyen los datos del evento.</translation>
    </message>
    <message>
        <source>Deliveries carry only event, property, user and time.</source>
        <translation>Las entregas solo contienen el evento, el alojamiento, el usuario y la hora.</translation>
    </message>
    <message>
        <source>No custom headers.</source>
        <translation>Sin encabezados personalizados.</translation>
    </message>
    <message>
        <source>No request parameters.</source>
        <translation>Sin parámetros de solicitud.</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Encabezados: %1</translation>
    </message>
    <message>
        <source>Request parameters: %1</source>
        <translation>Parámetros de solicitud: %1</translation>
    </message>
    <message>
        <source>Values are hidden; open the webhook to see them.</source>
        <translation>Los valores están ocultos; abra el webhook para verlos.</translation>
    </message>
    <message>
        <source>Event mask: %1</source>
        <translation>Máscara de eventos: %1</translation>
    </message>
    <message>
        <source>Every event of the account, current and future.</source>
        <translation>Todos los eventos de la cuenta, actuales y futuros.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>No es un evento documentado de Channex: %1</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Enviar datos</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID del webhook</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookTransferActions</name>
    <message>
        <source>E&amp;xport Webhooks…</source>
        <translation>E&amp;xportar webhooks…</translation>
    </message>
    <message>
        <source>Write this account&apos;s webhooks to a file, to import them into another account</source>
        <translation>Escribir los webhooks de esta cuenta en un archivo, para importarlos en otra cuenta</translation>
    </message>
    <message>
        <source>&amp;Import Webhooks…</source>
        <translation>&amp;Importar webhooks…</translation>
    </message>
    <message>
        <source>Bring this account&apos;s webhooks in line with a webhook file, after a preview of every change</source>
        <translation>Ajustar los webhooks de esta cuenta a un archivo de webhooks, tras una vista previa de cada cambio</translation>
    </message>
    <message>
        <source>The property names of this account could not be read (%1), and webhook files match properties by name. Refresh (F5) and try again.</source>
        <translation>No se han podido leer los nombres de los alojamientos de esta cuenta (%1), y los archivos de webhooks asocian los alojamientos por su nombre. Actualice (F5) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Export Webhooks</source>
        <translation>Exportar webhooks</translation>
    </message>
    <message>
        <source>Include the values of headers and request parameters?</source>
        <translation>¿Incluir los valores de los encabezados y de los parámetros de la solicitud?</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them the file keeps the names only, and an import keeps the values the other account has.</source>
        <translation>A menudo contienen secretos, como un encabezado con un secreto compartido. Sin ellos, el archivo solo guarda los nombres, y una importación conserva los valores que tenga la otra cuenta.</translation>
    </message>
    <message>
        <source>Include &amp;Values</source>
        <translation>Incluir &amp;valores</translation>
    </message>
    <message>
        <source>&amp;Names Only</source>
        <translation>Solo &amp;nombres</translation>
    </message>
    <message>
        <source>%1 webhooks.json</source>
        <translation>%1 webhooks.json</translation>
    </message>
    <message>
        <source>Webhook files (*.json);;All files (*)</source>
        <translation>Archivos de webhooks (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n webhook a %1.</numerusform>
            <numerusform>Se han exportado %n webhooks a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Webhooks</source>
        <translation>Importar webhooks</translation>
    </message>
    <message>
        <source>Wait until the change that is running has finished.</source>
        <translation>Espere a que termine el cambio en curso.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Importación: creados %1, actualizados %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook omitido, como indicaba la vista previa.</numerusform>
            <numerusform>%n webhooks omitidos, como indicaba la vista previa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Some webhooks were not imported</source>
        <translation>Algunos webhooks no se han importado</translation>
    </message>
</context>
<context>
    <name>Gui::WebhooksPanel</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Filter webhooks</source>
        <translation>Filtrar webhooks</translation>
    </message>
    <message>
        <source>Filter by callback URL, event, property name or ID, header or parameter name (%1)</source>
        <translation>Filtrar por URL de callback, evento, nombre o ID del alojamiento, nombre de encabezado o de parámetro (%1)</translation>
    </message>
    <message>
        <source>Words match the start of any word a row shows, in any order. Esc clears the filter.</source>
        <translation>Las palabras coinciden con el principio de cualquier palabra visible en una fila, en cualquier orden. Esc borra el filtro.</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filtro de ámbito</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Todos los ámbitos</translation>
    </message>
    <message>
        <source>Global only</source>
        <translation>Solo globales</translation>
    </message>
    <message>
        <source>Property only</source>
        <translation>Solo de alojamiento</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <source>Refreshing webhooks</source>
        <translation>Actualizando webhooks</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Asking %1.</source>
        <translation>Consultando a %1.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Cargando webhooks…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 The rows below are from the last successful refresh.</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2 Las filas siguientes son de la última actualización correcta.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>Acciones del webhook</translation>
    </message>
    <message>
        <source>Copy Callback &amp;URL</source>
        <translation>Copiar &amp;URL de callback</translation>
    </message>
    <message>
        <source>Copy &amp;Webhook ID</source>
        <translation>Copiar ID del &amp;webhook</translation>
    </message>
    <message>
        <source>Copy &amp;Property ID</source>
        <translation>Copiar ID del al&amp;ojamiento</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Aún no hay webhooks</translation>
    </message>
    <message>
        <source>This account has no webhooks. Create one with New Webhook (%1), or refresh (F5) after creating them in Channex.</source>
        <translation>Esta cuenta no tiene webhooks. Cree uno con Nuevo webhook (%1) o actualice (F5) después de crearlos en Channex.</translation>
    </message>
    <message>
        <source>No webhook matches the filter</source>
        <translation>Ningún webhook coincide con el filtro</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) hidden by the filter.</source>
        <translation>
            <numerusform>%n webhook oculto por el filtro.</numerusform>
            <numerusform>%n webhooks ocultos por el filtro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handoff::ExportWriter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>No se ha podido escribir la exportación: %1</translation>
    </message>
</context>
<context>
    <name>Http::HttpConnection</name>
    <message numerus="yes">
        <source>The client did not send its complete request within %n ms; it may be too slow or stalled.</source>
        <translation>
            <numerusform>El cliente no ha enviado la solicitud completa en %n ms; puede que sea demasiado lento o que se haya bloqueado.</numerusform>
            <numerusform>El cliente no ha enviado la solicitud completa en %n ms; puede que sea demasiado lento o que se haya bloqueado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpServer</name>
    <message numerus="yes">
        <source>The server already has %n open connections; the client should retry later or reuse a keep-alive connection.</source>
        <translation>
            <numerusform>El servidor ya tiene %n conexión abierta; el cliente debería reintentarlo más tarde o reutilizar una conexión keep-alive.</numerusform>
            <numerusform>El servidor ya tiene %n conexiones abiertas; el cliente debería reintentarlo más tarde o reutilizar una conexión keep-alive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpToken</name>
    <message>
        <source>A header name cannot be empty.</source>
        <translation>Un nombre de cabecera no puede estar vacío.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>un tabulador</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>el carácter U+%1</translation>
    </message>
    <message>
        <source>“%1” is not a header name: it contains %2. A header name has letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>«%1» no es un nombre de cabecera: contiene %2. Un nombre de cabecera solo tiene letras, dígitos y !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
</context>
<context>
    <name>Http::RequestParser</name>
    <message>
        <source>The request headers are larger than the server accepts (%1 bytes).</source>
        <translation>Los encabezados de la solicitud superan el tamaño que acepta el servidor (%1 bytes).</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>La solicitud no es HTTP/1.1 válido (%1).</translation>
    </message>
    <message>
        <source>The request trailers are larger than the server accepts (%1 bytes).</source>
        <translation>Los trailers de la solicitud superan el tamaño que acepta el servidor (%1 bytes).</translation>
    </message>
    <message>
        <source>The request has an invalid header name &quot;%1&quot;.</source>
        <translation>La solicitud tiene un nombre de encabezado no válido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>HTTP/%1.%2 is not supported; send HTTP/1.1.</source>
        <translation>HTTP/%1.%2 no es compatible; envíe HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>La solicitud tiene a la vez Content-Length y Transfer-Encoding.</translation>
    </message>
    <message>
        <source>The request uses the transfer coding &quot;%1&quot;, which the server does not support; send the body with chunked only or with a Content-Length.</source>
        <translation>La solicitud usa la codificación de transferencia &quot;%1&quot;, que el servidor no admite; envíe el cuerpo solo con chunked o con un Content-Length.</translation>
    </message>
    <message>
        <source>The request body is larger than the server accepts (%1 bytes).</source>
        <translation>El cuerpo de la solicitud supera el tamaño que acepta el servidor (%1 bytes).</translation>
    </message>
</context>
<context>
    <name>Payloads::EventCatalog</name>
    <message>
        <source>This will send you any ARI changes like changed availability or prices, useful if you allow users to change ARI in the Channex interface or mobile app and also to integrate any RM system</source>
        <translation>Le enviará cualquier cambio de ARI, como cambios de disponibilidad o de precios; útil si permite a los usuarios modificar el ARI en la interfaz o en la app móvil de Channex, y también para integrar cualquier sistema de revenue management (RM)</translation>
    </message>
    <message>
        <source>If you wish to get all booking changes then this is the one, you will get notification for any booking revision new, modified and cancelled.</source>
        <translation>Si desea recibir todos los cambios de reservas, este es el evento adecuado: recibirá una notificación por cada revisión de reserva nueva, modificada o cancelada.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `new`.</source>
        <translation>Se genera solo para revisiones de reserva con el estado `new`.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `modified`.</source>
        <translation>Se genera solo para revisiones de reserva con el estado `modified`.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `cancelled`.</source>
        <translation>Se genera solo para revisiones de reserva con el estado `cancelled`.</translation>
    </message>
    <message>
        <source>This will let you know if any bookings were created which were not mapped</source>
        <translation>Le avisa si se ha creado alguna reserva que no estaba mapeada</translation>
    </message>
    <message>
        <source>Similar to unmapped room but this means room is mapped but rate is not</source>
        <translation>Similar a la habitación sin mapear, pero significa que la habitación está mapeada y la tarifa no</translation>
    </message>
    <message>
        <source>Will be triggered when Booking Revision will be not acknowledged at 30 minutes after first receiving.</source>
        <translation>Se genera cuando una revisión de reserva no se ha confirmado 30 minutos después de recibirse por primera vez.</translation>
    </message>
    <message>
        <source>If you use the messaging API this is required to push messages to you in real time</source>
        <translation>Si usa la API de mensajería, es necesario para enviarle los mensajes en tiempo real</translation>
    </message>
    <message>
        <source>You can see any sync errors on your dashboard</source>
        <translation>Puede ver cualquier error de sincronización en su panel</translation>
    </message>
    <message>
        <source>Will be triggered if some non-critical errors will be returned by OTA on sync.</source>
        <translation>Se genera si la OTA devuelve errores no críticos durante la sincronización.</translation>
    </message>
    <message>
        <source>Will be triggered if error associated with Rate values will be returned by OTA on sync.</source>
        <translation>Se genera si la OTA devuelve un error relacionado con los valores de las tarifas durante la sincronización.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see a reservation request and can accept or deny.</source>
        <translation>Específico de Airbnb: puede ver una solicitud de reserva y aceptarla o rechazarla.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an alteration request and can accept or deny.</source>
        <translation>Específico de Airbnb: puede ver una solicitud de modificación y aceptarla o rechazarla.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be accepted.</source>
        <translation>Específico de Airbnb: se genera cuando se acepta una solicitud de reserva.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be declined.</source>
        <translation>Específico de Airbnb: se genera cuando se rechaza una solicitud de reserva.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an inquiry request at Dashboard and Messages App.</source>
        <translation>Específico de Airbnb: puede ver una consulta en el panel y en la app de mensajes.</translation>
    </message>
    <message>
        <source>This will let you know if any new review is came.</source>
        <translation>Le avisa cuando llega una reseña nueva.</translation>
    </message>
    <message>
        <source>Will be triggered when Review object will be updated (Guest feedback will be received).</source>
        <translation>Se genera cuando se actualiza un objeto de reseña (cuando se recibe la opinión del huésped).</translation>
    </message>
    <message>
        <source>Will be triggered when new Channel will be created for Property.</source>
        <translation>Se genera cuando se crea un canal nuevo para un alojamiento.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is updated.</source>
        <translation>Se genera cuando se actualiza un canal.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is disconnected by automatic rules or User action.</source>
        <translation>Se genera cuando un canal se desconecta por reglas automáticas o por acción de un usuario.</translation>
    </message>
    <message>
        <source>Will be triggered when Listing is disconnected from Airbnb Channel.</source>
        <translation>Se genera cuando un anuncio se desconecta del canal de Airbnb.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is activated.</source>
        <translation>Se genera cuando se activa un canal.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is deactivated.</source>
        <translation>Se genera cuando se desactiva un canal.</translation>
    </message>
    <message>
        <source>Will be triggered when an inactive Channel is approaching its automatic removal date (7 days and 1 day before removal).</source>
        <translation>Se genera cuando un canal inactivo se acerca a su fecha de eliminación automática (7 días y 1 día antes de la eliminación).</translation>
    </message>
    <message>
        <source>Will be triggered when a Property without active channels is approaching its automatic removal date (30 days, 7 days and 1 day before removal).</source>
        <translation>Se genera cuando un alojamiento sin canales activos se acerca a su fecha de eliminación automática (30 días, 7 días y 1 día antes de la eliminación).</translation>
    </message>
    <message>
        <source>Will be triggered when Message Thread created before Booking is linked to incoming Booking.</source>
        <translation>Se genera cuando un hilo de mensajes creado antes de la reserva se vincula con la reserva entrante.</translation>
    </message>
    <message>
        <source>Availability, rates and restrictions</source>
        <translation>Disponibilidad, tarifas y restricciones</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Airbnb requests</source>
        <translation>Solicitudes de Airbnb</translation>
    </message>
    <message>
        <source>Messages and reviews</source>
        <translation>Mensajes y reseñas</translation>
    </message>
    <message>
        <source>Channels and sync</source>
        <translation>Canales y sincronización</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Alojamiento</translation>
    </message>
</context>
<context>
    <name>Payloads::PayloadCheckResult</name>
    <message>
        <source>The body has the documented fields of “%1”.</source>
        <translation>El cuerpo tiene los campos documentados de «%1».</translation>
    </message>
    <message>
        <source>The body is the documented form of “%1” without data (the webhook&apos;s “send data” is off).</source>
        <translation>El cuerpo es la forma documentada de «%1» sin datos («Enviar datos» está desactivado en el webhook).</translation>
    </message>
    <message>
        <source>Channex documents no payload fields for “%1”, so its payload is not checked.</source>
        <translation>Channex no documenta campos de payload para «%1», así que su payload no se comprueba.</translation>
    </message>
    <message>
        <source>The body differs from the documented shape of “%1”.</source>
        <translation>El cuerpo difiere de la forma documentada de «%1».</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>El cuerpo no es JSON: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The body is JSON but not an object, so it is not a Channex delivery.</source>
        <translation>El cuerpo es JSON pero no un objeto, así que no es una entrega de Channex.</translation>
    </message>
    <message>
        <source>The body has no “event” field naming a Channex event.</source>
        <translation>El cuerpo no tiene un campo «event» que nombre un evento de Channex.</translation>
    </message>
    <message>
        <source>“%1” is not one of the events Channex documents.</source>
        <translation>«%1» no es uno de los eventos que Channex documenta.</translation>
    </message>
    <message>
        <source>Missing documented fields: %1.</source>
        <translation>Faltan campos documentados: %1.</translation>
    </message>
    <message>
        <source>Fields the documentation does not show: %1.</source>
        <translation>Campos que la documentación no muestra: %1.</translation>
    </message>
    <message>
        <source>Fields of another kind (object, array or value) than documented: %1.</source>
        <translation>Campos de otro tipo (objeto, array o valor) que el documentado: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window changes language at once; no restart is needed.</source>
        <translation>La ventana cambia de idioma al instante; no es necesario reiniciar.</translation>
    </message>
    <message>
        <source>Webhooks table:</source>
        <translation>Tabla de webhooks:</translation>
    </message>
    <message>
        <source>&amp;Restore Default Columns</source>
        <translation>&amp;Restablecer columnas predeterminadas</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Restablecer columnas predeterminadas</translation>
    </message>
    <message>
        <source>Show every column again, in the original order and widths</source>
        <translation>Volver a mostrar todas las columnas, con el orden y el ancho originales</translation>
    </message>
    <message>
        <source>Shared capture history</source>
        <translation>Historial de capturas compartido</translation>
    </message>
    <message>
        <source>Keep captures in a PostgreSQL database that your team shares: every console and receiver that uses it sees every capture. Empty: captures stay on this computer.</source>
        <translation>Guardar las capturas en una base de datos PostgreSQL compartida con sus compañeros: cada consola y cada receptor que la usan ven todas las capturas. Vacío: las capturas se quedan en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>URL de la &amp;base de datos:</translation>
    </message>
    <message>
        <source>Shared capture history URL</source>
        <translation>URL del historial de capturas compartido</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/webhooks</source>
        <translation>postgresql://user@host:5432/webhooks</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Shared capture history password</source>
        <translation>Contraseña del historial de capturas compartido</translation>
    </message>
    <message>
        <source>kept in the keychain (empty: PGPASSWORD or ~/.pgpass)</source>
        <translation>se guarda en el llavero (vacía: PGPASSWORD o ~/.pgpass)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save shared capture history</source>
        <translation>Guardar historial de capturas compartido</translation>
    </message>
    <message>
        <source>Remember the URL (and the password, in the keychain); the console uses it from its next start</source>
        <translation>Recordar la URL (y la contraseña, en el llavero); la consola la usa a partir del próximo inicio</translation>
    </message>
</context>
<context>
    <name>Receiver::CaptureHandler</name>
    <message>
        <source>The request was not stored: the capture database cannot be written right now. Send it again later.</source>
        <translation>La solicitud no se ha guardado: ahora mismo no se puede escribir en la base de datos de capturas. Vuelva a enviarla más tarde.</translation>
    </message>
    <message>
        <source>The secret header %1 was missing.</source>
        <translation>Faltaba el encabezado secreto %1.</translation>
    </message>
    <message>
        <source>The secret header %1 had a different value than expected.</source>
        <translation>El encabezado secreto %1 tenía un valor distinto del esperado.</translation>
    </message>
</context>
<context>
    <name>Receiver::Forwarding</name>
    <message>
        <source>The forwarding address must be a URL that starts with http:// or https:// and names a host, such as http://localhost:3000/webhooks.</source>
        <translation>La dirección de reenvío debe ser una URL que empiece por http:// o https:// y nombre un host, como http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The forwarding address must not have a query or a fragment: each request&apos;s own path and query are added to it.</source>
        <translation>La dirección de reenvío no debe tener consulta ni fragmento: se le añaden la ruta y la consulta de cada solicitud.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer in time (%2); answered 504.</source>
        <translation>Reenviada a %1, que no respondió a tiempo (%2); se respondió 504.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer (%2); answered 502.</source>
        <translation>Reenviada a %1, que no respondió (%2); se respondió 502.</translation>
    </message>
</context>
<context>
    <name>Receiver::LiveReceiver</name>
    <message>
        <source>Port %1 is already in use by another program. Choose another port or stop that program.</source>
        <translation>Otro programa ya está usando el puerto %1. Elija otro puerto o detenga ese programa.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator privileges on this computer. Choose a port from 1024 to 65535.</source>
        <translation>El puerto %1 requiere privilegios de administrador en este equipo. Elija un puerto entre 1024 y 65535.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer. Choose 127.0.0.1 (this computer only) or one of its network addresses.</source>
        <translation>%1 no es una dirección de este equipo. Elija 127.0.0.1 (solo este equipo) o una de sus direcciones de red.</translation>
    </message>
    <message>
        <source>The receiver could not listen on %1 port %2: %3.</source>
        <translation>El receptor no ha podido escuchar en %1, puerto %2: %3.</translation>
    </message>
</context>
<context>
    <name>Receiver::ReceiverController</name>
    <message>
        <source>The receiver did not start: %1</source>
        <translation>El receptor no se ha iniciado: %1</translation>
    </message>
    <message>
        <source>The receiver stopped: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name, then start it again.</source>
        <translation>El receptor se ha detenido: el nombre de la cabecera secreta no es un nombre de cabecera, así que no se podría comprobar ninguna solicitud. Corrija o borre el nombre y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>The receiver did not start: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name.</source>
        <translation>El receptor no se ha iniciado: el nombre de la cabecera secreta no es un nombre de cabecera, así que no se podría comprobar ninguna solicitud. Corrija o borre el nombre.</translation>
    </message>
    <message>
        <source>The forwarding address is this receiver&apos;s own (port %1): each request would be forwarded to itself. Enter the address of your app.</source>
        <translation>La dirección de reenvío es la de este receptor (puerto %1): cada solicitud se reenviaría a sí mismo. Escriba la dirección de su aplicación.</translation>
    </message>
</context>
<context>
    <name>Receiver::ResponseRule</name>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
    <message>
        <source>every request</source>
        <translation>toda solicitud</translation>
    </message>
</context>
<context>
    <name>Receiver::RulesFile</name>
    <message>
        <source>“%1” is not a rule key; a rule has %2.</source>
        <translation>«%1» no es una clave de regla; una regla tiene %2.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>«%1» debe ser un número entero.</translation>
    </message>
    <message>
        <source>“status” is missing: a rule says which status it answers with.</source>
        <translation>Falta «status»: una regla dice con qué estado responde.</translation>
    </message>
    <message>
        <source>“percent” must be a number from 0 to 100.</source>
        <translation>«percent» debe ser un número de 0 a 100.</translation>
    </message>
    <message>
        <source>“headers” must be an object of header names and text values, such as {&quot;Retry-After&quot;: &quot;60&quot;}.</source>
        <translation>«headers» debe ser un objeto de nombres de encabezado y valores de texto, como {&quot;Retry-After&quot;: &quot;60&quot;}.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be text.</source>
        <translation>El valor del encabezado «%1» debe ser texto.</translation>
    </message>
    <message>
        <source>“status” must be a whole number from 100 to 599, not %1.</source>
        <translation>«status» debe ser un número entero de 100 a 599, no %1.</translation>
    </message>
    <message>
        <source>“method” must be an HTTP method such as POST, not “%1”.</source>
        <translation>«method» debe ser un método HTTP como POST, no «%1».</translation>
    </message>
    <message>
        <source>“path” must start with / and may end with * to match every path that begins with it (/hooks/*), not “%1”.</source>
        <translation>«path» debe empezar por / y puede terminar en * para coincidir con toda ruta que empiece así (/hooks/*), no «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a Channex event; the events are %2.</source>
        <translation>«%1» no es un evento de Channex; los eventos son %2.</translation>
    </message>
    <message>
        <source>“delay_ms” must be from 0 to %1 milliseconds (ten minutes).</source>
        <translation>«delay_ms» debe ser de 0 a %1 milisegundos (diez minutos).</translation>
    </message>
    <message>
        <source>“times” must be 1 or more: how many requests the rule answers.</source>
        <translation>«times» debe ser 1 o más: cuántas solicitudes responde la regla.</translation>
    </message>
    <message>
        <source>The header “%1” is the receiver&apos;s to send; leave it out of the rule.</source>
        <translation>El encabezado «%1» lo envía el receptor; quítelo de la regla.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be on one line.</source>
        <translation>El valor del encabezado «%1» debe estar en una línea.</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 at character %2.</source>
        <translation>No es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>It must be an object with a list of rules: {&quot;rules&quot;: [ … ]}.</source>
        <translation>Debe ser un objeto con una lista de reglas: {&quot;rules&quot;: [ … ]}.</translation>
    </message>
    <message>
        <source>“%1” is not a key of a rules file; it has only “rules”.</source>
        <translation>«%1» no es una clave de un archivo de reglas; solo tiene «rules».</translation>
    </message>
    <message>
        <source>a rule must be an object such as {&quot;status&quot;: 503}.</source>
        <translation>una regla debe ser un objeto como {&quot;status&quot;: 503}.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de reglas %1: %2.</translation>
    </message>
    <message>
        <source>The rules file %1 is not valid. %2</source>
        <translation>El archivo de reglas %1 no es válido. %2</translation>
    </message>
    <message>
        <source>The rules could not be saved to %1: %2.</source>
        <translation>No se pudieron guardar las reglas en %1: %2.</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>Replay Capture</source>
        <translation>Reenviar captura</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>&amp;URL de destino:</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>URL de destino</translation>
    </message>
    <message>
        <source>http://localhost:3000/channex/webhooks</source>
        <translation>http://localhost:3000/channex/webhooks</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Encabe&amp;zados:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Añadir encabezado</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Quitar encabezado</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Host, Content-Length and Connection are set for the new connection.</source>
        <translation>Host, Content-Length y Connection se establecen para la nueva conexión.</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Cuerpo:</translation>
    </message>
    <message>
        <source>This body is binary: it is shown as hex and sent unchanged.</source>
        <translation>Este cuerpo es binario: se muestra en hexadecimal y se envía sin cambios.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <source>Answer headers</source>
        <translation>Encabezados de la respuesta</translation>
    </message>
    <message>
        <source>Answer body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Enviar la solicitud (Ctrl+Intro)</translation>
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
        <translation>Un duplicado: el mismo cuerpo dos veces</translation>
    </message>
    <message>
        <source>A booking&apos;s life: new, modified, cancelled</source>
        <translation>La vida de una reserva: nueva, modificada, cancelada</translation>
    </message>
    <message>
        <source>Out of order: the later ARI change first</source>
        <translation>Fuera de orden: primero el cambio ARI posterior</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxServer</name>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3. Choose another port, or close the program that is using it.</source>
        <translation>El sandbox no ha podido escuchar en %1, puerto %2: %3. Elija otro puerto o cierre el programa que lo está usando.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionStore</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Escriba un nombre para la conexión.</translation>
    </message>
    <message>
        <source>Enter the server root as %1.</source>
        <translation>Escriba la raíz del servidor como %1.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionTester</name>
    <message numerus="yes">
        <source>The connection works: %1 accepted the API key and has %n webhook(s).</source>
        <translation>
            <numerusform>La conexión funciona: %1 ha aceptado la clave de API y tiene %n webhook.</numerusform>
            <numerusform>La conexión funciona: %1 ha aceptado la clave de API y tiene %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused this API key. Paste the key of this server&apos;s account again (staging and production keys differ; a withdrawn key stops working).</source>
        <translation>%1 rechazó esta clave de API. Vuelva a pegar la clave de la cuenta de este servidor (las claves de staging y de producción son distintas; una clave revocada deja de funcionar).</translation>
    </message>
</context>
<context>
    <name>Session::ConsoleController</name>
    <message>
        <source>Your system has no keychain available, so API keys are kept only until you quit and must be entered again next time.</source>
        <translation>Su sistema no dispone de un llavero, por lo que las claves de API solo se conservan hasta que salga de la aplicación y tendrá que volver a escribirlas la próxima vez.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>No se ha podido iniciar el sandbox</translation>
    </message>
    <message>
        <source>%1 Try again with Refresh (F5), or switch to another connection.</source>
        <translation>%1 Vuelva a intentarlo con Actualizar (F5) o cambie a otra conexión.</translation>
    </message>
    <message>
        <source>Enter the API key of your %1 account above, or start the console with the key in the CHANNEX_API_KEY environment variable.</source>
        <translation>Escriba arriba la clave de API de su cuenta de %1 o inicie la consola con la clave en la variable de entorno CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>API key needed</source>
        <translation>Se necesita una clave de API</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Escriba la clave de API para probar la conexión.</translation>
    </message>
    <message>
        <source>This connection is no longer saved.</source>
        <translation>Esta conexión ya no está guardada.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se ha podido iniciar el sandbox: %1</translation>
    </message>
    <message>
        <source>No API key is stored for %1: enter it in the main window (Manage connections…), then reload.</source>
        <translation>No hay ninguna clave de API guardada para %1: escríbala en la ventana principal (Gestionar conexiones…) y después recargue.</translation>
    </message>
</context>
<context>
    <name>Session::DataDirectory</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
</context>
<context>
    <name>Session::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was declined, so the API key was not read or saved there.</source>
        <translation>Se ha denegado el acceso al llavero, por lo que la clave de API no se ha leído ni guardado en él.</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key (%1).</source>
        <translation>El llavero ha denegado el acceso a la clave de API (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
</context>
<context>
    <name>TestResultDialog</name>
    <message>
        <source>Test Result</source>
        <translation>Resultado de la prueba</translation>
    </message>
</context>
<context>
    <name>Transfer::AccountComparison</name>
    <message>
        <source>header %1: its value is not copied, %2 keeps its own</source>
        <translation>el encabezado %1: su valor no se copia, %2 conserva el suyo</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, %2 keeps its own</source>
        <translation>el parámetro %1: su valor no se copia, %2 conserva el suyo</translation>
    </message>
    <message>
        <source>header %1: its value is not copied, left empty</source>
        <translation>el encabezado %1: su valor no se copia y queda vacío</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, left empty</source>
        <translation>el parámetro %1: su valor no se copia y queda vacío</translation>
    </message>
    <message>
        <source>%1 has no property called “%2”</source>
        <translation>%1 no tiene ningún alojamiento llamado «%2»</translation>
    </message>
    <message>
        <source>%1 has more than one property called “%2”</source>
        <translation>%1 tiene más de un alojamiento llamado «%2»</translation>
    </message>
    <message>
        <source>%1 has this webhook more than once (the same scope, URL and event mask)</source>
        <translation>%1 tiene este webhook más de una vez (mismo ámbito, URL y máscara de eventos)</translation>
    </message>
    <message>
        <source>%1 has more than one webhook with this scope, URL and event mask</source>
        <translation>%1 tiene más de un webhook con este ámbito, URL y máscara de eventos</translation>
    </message>
    <message>
        <source>cannot be copied: %1</source>
        <translation>no se puede copiar: %1</translation>
    </message>
</context>
<context>
    <name>Transfer::ImportLine</name>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
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
        <translation>el encabezado %1 no tiene valor en el archivo: se conserva el valor actual</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: the value here is kept</source>
        <translation>el parámetro %1 no tiene valor en el archivo: se conserva el valor actual</translation>
    </message>
    <message>
        <source>header %1 has no value in the file: left empty</source>
        <translation>el encabezado %1 no tiene valor en el archivo: se deja vacío</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: left empty</source>
        <translation>el parámetro %1 no tiene valor en el archivo: se deja vacío</translation>
    </message>
    <message>
        <source>this account has no property called “%1”</source>
        <translation>esta cuenta no tiene ningún alojamiento llamado «%1»</translation>
    </message>
    <message>
        <source>this account has more than one property called “%1”, so the import cannot tell which is meant</source>
        <translation>esta cuenta tiene más de un alojamiento llamado «%1», así que la importación no puede saber a cuál se refiere</translation>
    </message>
    <message>
        <source>the file lists this webhook (scope, URL and event mask) more than once; only the first is imported</source>
        <translation>el archivo incluye este webhook (ámbito, URL y máscara de eventos) más de una vez; solo se importa el primero</translation>
    </message>
    <message>
        <source>this account has more than one webhook with this scope, URL and event mask, so the import cannot tell which to update</source>
        <translation>esta cuenta tiene más de un webhook con este ámbito, URL y máscara de eventos, así que la importación no puede saber cuál actualizar</translation>
    </message>
    <message>
        <source>To create: %1, to update: %2, unchanged: %3, skipped: %4.</source>
        <translation>Por crear: %1, por actualizar: %2, sin cambios: %3, omitidos: %4.</translation>
    </message>
</context>
<context>
    <name>Transfer::WebhookFileFormat</name>
    <message>
        <source>it is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>it has no &quot;callback_url&quot; text</source>
        <translation>no tiene texto &quot;callback_url&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;event_mask&quot; text</source>
        <translation>no tiene texto &quot;event_mask&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; has no &quot;title&quot;</source>
        <translation>su &quot;property&quot; no tiene &quot;title&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; is neither an object with a &quot;title&quot; nor null (for a global webhook)</source>
        <translation>su &quot;property&quot; no es ni un objeto con &quot;title&quot; ni null (para un webhook global)</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not true or false</source>
        <translation>su &quot;%1&quot; no es true ni false</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not an object (or null)</source>
        <translation>su &quot;%1&quot; no es ni un objeto ni null</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; value of “%2” is neither text nor null</source>
        <translation>en su &quot;%1&quot;, el valor de «%2» no es ni texto ni null</translation>
    </message>
    <message>
        <source>%1 is not a Webhook Console webhook file: %2.</source>
        <translation>%1 no es un archivo de webhooks de Webhook Console: %2.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it does not say &quot;format&quot;: &quot;%1&quot;</source>
        <translation>no indica &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its &quot;format_version&quot; is not a whole number from 1 up</source>
        <translation>su &quot;format_version&quot; no es un número entero a partir de 1</translation>
    </message>
    <message>
        <source>%1 is version %2 of the webhook file format, written by a newer Webhook Console; this one reads version %3. Import it with a newer Webhook Console.</source>
        <translation>%1 tiene la versión %2 del formato de archivo de webhooks, escrita por una versión más reciente de Webhook Console; esta lee la versión %3. Impórtelo con una versión más reciente de Webhook Console.</translation>
    </message>
    <message>
        <source>its &quot;webhooks&quot; is not a list</source>
        <translation>su &quot;webhooks&quot; no es una lista</translation>
    </message>
    <message>
        <source>in webhook %1 of the list, %2</source>
        <translation>en el webhook %1 de la lista, %2</translation>
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
        <translation>Error</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL de callback:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>https://pms.example.com/channex/webhooks</source>
        <translation>https://pms.example.com/channex/webhooks</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>&amp;Alojamiento:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>The property whose events this webhook receives, or Global for every property of the account. Type a name to jump to it.</source>
        <translation>El alojamiento cuyos eventos recibe este webhook, o Global para todos los alojamientos de la cuenta. Escriba un nombre para ir a él.</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Entrega:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Channex calls only active webhooks.</source>
        <translation>Channex solo llama a los webhooks activos.</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;vo</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Enviar datos</translation>
    </message>
    <message>
        <source>Include the event&apos;s data (the booking, the ARI change…) in each call, instead of only its type and IDs.</source>
        <translation>Incluir los datos del evento (la reserva, el cambio de ARI…) en cada llamada, en lugar de solo su tipo y sus ID.</translation>
    </message>
    <message>
        <source>Send &amp;data with each event</source>
        <translation>Enviar &amp;datos con cada evento</translation>
    </message>
    <message>
        <source>Webhook ID:</source>
        <translation>ID del webhook:</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID del webhook</translation>
    </message>
    <message>
        <source>Events, headers and parameters</source>
        <translation>Eventos, encabezados y parámetros</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>Encabe&amp;zados</translation>
    </message>
    <message>
        <source>Extra HTTP headers Channex sends with every call, for example a secret the receiver checks.</source>
        <translation>Encabezados HTTP adicionales que Channex envía en cada llamada, por ejemplo, un secreto que el receptor verifica.</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Parámetros de &amp;solicitud</translation>
    </message>
    <message>
        <source>Query parameters Channex adds to the callback URL on every call.</source>
        <translation>Parámetros de consulta que Channex añade a la URL de callback en cada llamada.</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Mostrar el resultado de la prueba</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Ask Channex to send a test call with these settings, without saving them</source>
        <translation>Pedir a Channex que envíe una llamada de prueba con esta configuración, sin guardarla</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Use live receiver</source>
        <translation>Usar el receptor en vivo</translation>
    </message>
    <message>
        <source>Use &amp;live receiver</source>
        <translation>Usar el &amp;receptor en vivo</translation>
    </message>
    <message>
        <source>Overlap warnings</source>
        <translation>Advertencias de solapamiento</translation>
    </message>
</context>
</TS>
