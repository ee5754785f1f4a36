<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Capture::CaptureStore</name>
    <message>
        <source>The capture database could not be prepared: %1</source>
        <translation>Não foi possível preparar o banco de dados de capturas: %1</translation>
    </message>
    <message>
        <source>The capture database %1 could not be opened: %2</source>
        <translation>Não foi possível abrir o banco de dados de capturas %1: %2</translation>
    </message>
    <message>
        <source>The capture database has no schema version: %1</source>
        <translation>O banco de dados de capturas não tem versão de esquema: %1</translation>
    </message>
    <message>
        <source>The capture database has version %1; this version of the console reads version %2. Choose another data directory or remove the file.</source>
        <translation>O banco de dados de capturas está na versão %1; esta versão do console lê a versão %2. Escolha outra pasta de dados ou remova o arquivo.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not one of captures. Choose another data directory or remove the file.</source>
        <translation>O arquivo é um banco de dados SQLite, mas não de capturas. Escolha outra pasta de dados ou remova o arquivo.</translation>
    </message>
    <message>
        <source>The capture store is open already.</source>
        <translation>O armazenamento de capturas já está aberto.</translation>
    </message>
    <message>
        <source>The capture store is not open.</source>
        <translation>O armazenamento de capturas não está aberto.</translation>
    </message>
    <message>
        <source>The capture store is closed.</source>
        <translation>O armazenamento de capturas está fechado.</translation>
    </message>
    <message>
        <source>The capture database could not be prepared (%1). Choose another data directory or move the file away.</source>
        <translation>Não foi possível preparar o banco de dados de capturas (%1). Escolha outra pasta de dados ou mova o arquivo para outro lugar.</translation>
    </message>
    <message>
        <source>The capture database could not be read (%1). Choose another data directory or move the file away.</source>
        <translation>Não foi possível ler o banco de dados de capturas (%1). Escolha outra pasta de dados ou mova o arquivo para outro lugar.</translation>
    </message>
    <message>
        <source>The capture could not be written to the database (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>Não foi possível gravar a captura no banco de dados (%1). Verifique se há espaço livre no disco e se nenhum outro programa está mantendo o banco de dados de capturas bloqueado.</translation>
    </message>
    <message>
        <source>The captures could not be changed (%1). Check that the disk has free space and that no other program keeps the capture database locked.</source>
        <translation>Não foi possível alterar as capturas (%1). Verifique se há espaço livre no disco e se nenhum outro programa está mantendo o banco de dados de capturas bloqueado.</translation>
    </message>
    <message>
        <source>This console cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation>Este console não consegue acessar o PostgreSQL: o driver PostgreSQL do Qt não está instalado (no Debian e no Ubuntu, o pacote libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The shared capture history %1 could not be reached: %2</source>
        <translation>Não foi possível acessar o histórico compartilhado de capturas %1: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database has tables, but not those of captures. Give the shared capture history a database of its own (createdb webhooks, say).</source>
        <translation>O banco de dados PostgreSQL tem tabelas, mas não as de capturas. Dê ao histórico compartilhado de capturas um banco de dados próprio (por exemplo, com createdb webhooks).</translation>
    </message>
    <message>
        <source>The capture could not be written to the shared capture history (%1). Check that its PostgreSQL server is running and can be reached.</source>
        <translation>Não foi possível gravar a captura no histórico compartilhado de capturas (%1). Verifique se o servidor PostgreSQL dele está em execução e acessível.</translation>
    </message>
    <message>
        <source>The shared capture history %1 cannot be reached (%2). New captures appear again when it is back.</source>
        <translation>O histórico compartilhado de capturas %1 está inacessível (%2). As novas capturas voltarão a aparecer quando ele estiver disponível de novo.</translation>
    </message>
</context>
<context>
    <name>Capture::PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read the captures in %1: the folder and the capture database are now yours alone.</source>
        <translation>Outras contas deste computador podiam ler as capturas em %1: a pasta e o banco de capturas agora são só seus.</translation>
    </message>
</context>
<context>
    <name>Capture::StoreLocation</name>
    <message>
        <source>The URL carries a password. Leave it out: the password is read from the PGPASSWORD environment variable or ~/.pgpass (or the keychain, for the window&apos;s shared capture history).</source>
        <translation>A URL contém uma senha. Remova-a: a senha é lida da variável de ambiente PGPASSWORD ou de ~/.pgpass (ou, para o histórico compartilhado de capturas da janela, do chaveiro).</translation>
    </message>
    <message>
        <source>A shared capture history is a PostgreSQL URL such as postgresql://user@host:5432/database.</source>
        <translation>Um histórico compartilhado de capturas é uma URL do PostgreSQL, como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 não é uma URL válida: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection option this console passes on (it takes %2).</source>
        <translation>%1 não é uma opção de conexão do PostgreSQL que este console repassa (ele aceita %2).</translation>
    </message>
    <message>
        <source>The URL names no database: add it as the path, e.g. postgresql://user@host:5432/webhooks.</source>
        <translation>A URL não indica nenhum banco de dados: acrescente-o como caminho, p. ex. postgresql://user@host:5432/webhooks.</translation>
    </message>
</context>
<context>
    <name>Channex::ApiError</name>
    <message>
        <source>the server</source>
        <translation>o servidor</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Chave de API recusada</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acesso negado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>Valores inválidos</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Excesso de requisições</translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation>Requisição não compreendida</translation>
    </message>
    <message>
        <source>Channex server error</source>
        <translation>Erro no servidor do Channex</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Resposta inesperada</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sem resposta a tempo</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Servidor não encontrado</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexão recusada</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falha na conexão segura</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erro de rede</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Resposta inesperada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>The API key was refused by %1. Enter this connection&apos;s key again under Manage connections…; staging and production keys differ, and a withdrawn key stops working.</source>
        <translation>%1 recusou a chave de API. Digite novamente a chave desta conexão em Gerenciar conexões…; as chaves de staging e de produção são diferentes, e uma chave revogada deixa de funcionar.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (HTTP 403). It may be limited to some properties; use a key with access to this property or ask the account owner.</source>
        <translation>A chave de API não tem permissão para fazer isso (HTTP 403). Ela pode estar limitada a algumas propriedades; use uma chave com acesso a esta propriedade ou fale com o titular da conta.</translation>
    </message>
    <message>
        <source>This webhook no longer exists on %1 (HTTP 404); it may have been deleted elsewhere. Refresh the list to see the current webhooks.</source>
        <translation>%1 informa que este webhook não existe mais (HTTP 404); ele pode ter sido excluído em outro lugar. Atualize a lista para ver os webhooks atuais.</translation>
    </message>
    <message>
        <source>%1 has no Channex API at this address (HTTP 404). Check the server address under Manage connections…: it is the root, such as https://staging.channex.io, without /api/v1.</source>
        <translation>%1 não tem uma API do Channex neste endereço (HTTP 404). Verifique o endereço do servidor em Gerenciar conexões…: deve ser a raiz, como https://staging.channex.io, sem /api/v1.</translation>
    </message>
    <message>
        <source>Channex rejected the values (%1). Check the fields and save again.</source>
        <translation>O Channex rejeitou os valores (%1). Verifique os campos e salve novamente.</translation>
    </message>
    <message>
        <source>HTTP 422</source>
        <translation>HTTP 422</translation>
    </message>
    <message>
        <source>Channex rejected the values: %1. Correct the field and save again.</source>
        <translation>O Channex rejeitou os valores: %1. Corrija o campo e salve novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Channex rejected the values: %1 (and %n more). Correct the fields and save again.</source>
        <translation>
            <numerusform>O Channex rejeitou os valores: %1 (e mais %n). Corrija os campos e salve novamente.</numerusform>
            <numerusform>O Channex rejeitou os valores: %1 (e mais %n). Corrija os campos e salve novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 received too many requests from this key (HTTP 429). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>%1 recebeu requisições demais desta chave (HTTP 429). Aguarde %n segundo e tente novamente.</numerusform>
            <numerusform>%1 recebeu requisições demais desta chave (HTTP 429). Aguarde %n segundos e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received too many requests from this key (HTTP 429). Wait a minute and try again.</source>
        <translation>%1 recebeu requisições demais desta chave (HTTP 429). Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>%1 did not understand the request (HTTP 400%2). This is probably a bug in Webhook Console or a server version it does not know; please report it.</source>
        <translation>%1 não entendeu a requisição (HTTP 400%2). Provavelmente é um erro do Webhook Console ou uma versão de servidor que ele não conhece; informe o problema.</translation>
    </message>
    <message>
        <source>%1 had a problem answering (HTTP %2). This is not caused by your input; try again in a few minutes.</source>
        <translation>%1 teve um problema ao responder (HTTP %2). Isso não foi causado pelos dados que você informou; tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2. Check that the server URL points to a Channex API.</source>
        <translation>%1 respondeu com o status HTTP inesperado %2. Verifique se a URL do servidor aponta para uma API do Channex.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again; if it keeps happening the server may be overloaded.</source>
        <translation>%1 não respondeu a tempo. Verifique sua conexão com a internet e tente novamente; se isso continuar acontecendo, o servidor pode estar sobrecarregado.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check your internet connection and the server address.</source>
        <translation>Não foi possível encontrar o nome do servidor. Verifique sua conexão com a internet e o endereço do servidor.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check your internet connection and DNS settings (or proxy); the address itself is correct.</source>
        <translation>Não foi possível encontrar o nome do servidor %1. Verifique sua conexão com a internet e as configurações de DNS (ou de proxy); o endereço em si está correto.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the server address under Manage connections… for typos, and check your internet connection.</source>
        <translation>Não foi possível encontrar o nome do servidor %1. Verifique se há erros de digitação no endereço do servidor em Gerenciar conexões… e verifique sua conexão com a internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection; nothing is listening there. Check the server URL and port, or restart the sandbox if you are using it.</source>
        <translation>%1 recusou a conexão; não há nada escutando nesse endereço. Verifique a URL e a porta do servidor ou reinicie o sandbox, se estiver usando-o.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (certificate or TLS problem). Check the server URL, the system clock and any proxy that inspects HTTPS traffic.</source>
        <translation>Não foi possível estabelecer uma conexão segura com %1 (problema de certificado ou TLS). Verifique a URL do servidor, o relógio do sistema e qualquer proxy que inspecione o tráfego HTTPS.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check your internet connection or proxy settings and try again.</source>
        <translation>A conexão com %1 falhou. Verifique sua conexão com a internet ou as configurações de proxy e tente novamente.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the expected JSON. Is the server URL right? It must point to a Channex API server.</source>
        <translation>%1 respondeu com algo que não é o JSON esperado. A URL do servidor está correta? Ela deve apontar para um servidor de API do Channex.</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived.</source>
        <translation>A requisição foi cancelada antes de chegar uma resposta.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>A requisição para %1 falhou.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1. Correct the values and try again.</source>
        <translation>Nada foi enviado: %1. Corrija os valores e tente novamente.</translation>
    </message>
</context>
<context>
    <name>Channex::ConnectionProfile</name>
    <message>
        <source>Sandbox (built-in demo)</source>
        <translation>Sandbox (demonstração integrada)</translation>
    </message>
    <message>
        <source>Channex Staging</source>
        <translation>Channex Staging</translation>
    </message>
    <message>
        <source>Channex Production</source>
        <translation>Channex Produção</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Digite o endereço do servidor, por exemplo %1.</translation>
    </message>
    <message>
        <source>Enter the full address including https://, for example %1.</source>
        <translation>Digite o endereço completo, incluindo https://, por exemplo %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address. Enter it like %2.</source>
        <translation>“%1” não é um endereço válido. Digite-o no formato %2.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be used, not %1://.</source>
        <translation>Só é possível usar endereços http:// e https://, não %1://.</translation>
    </message>
    <message>
        <source>The address has no server name. Enter it like %1.</source>
        <translation>O endereço não tem nome de servidor. Digite-o no formato %1.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own field.</source>
        <translation>Remova o nome de usuário e a senha do endereço; a chave de API tem um campo próprio.</translation>
    </message>
    <message>
        <source>Remove the &apos;?&apos; or &apos;#&apos; part from the address; enter only the server root, like %1.</source>
        <translation>Remova a parte com “?” ou “#” do endereço; digite apenas a raiz do servidor, como %1.</translation>
    </message>
</context>
<context>
    <name>Channex::EventMask</name>
    <message numerus="yes">
        <source>%n room type(s)</source>
        <translation>
            <numerusform>%n tipo de quarto</numerusform>
            <numerusform>%n tipos de quarto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate plan(s)</source>
        <translation>
            <numerusform>%n plano tarifário</numerusform>
            <numerusform>%n planos tarifários</numerusform>
        </translation>
    </message>
    <message>
        <source>The event mask is empty; Channex requires at least one event, or &apos;*&apos; for all events.</source>
        <translation>A máscara de eventos está vazia; o Channex exige pelo menos um evento, ou “*” para todos os eventos.</translation>
    </message>
    <message>
        <source>&apos;*&apos; already includes every event; the other entries have no effect.</source>
        <translation>“*” já inclui todos os eventos; as outras entradas não têm efeito.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed more than once.</source>
        <translation>“%1” aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has too many filter segments; an ari filter looks like ari:restrictions:room_type_ids:rate_plan_ids.</source>
        <translation>“%1” tem segmentos de filtro demais; um filtro de ari tem o formato ari:restrictions:room_type_ids:rate_plan_ids.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a filter, but only the ari event accepts one; Channex will probably not recognise this entry.</source>
        <translation>“%1” tem um filtro, mas só o evento ari aceita filtro; o Channex provavelmente não reconhecerá esta entrada.</translation>
    </message>
    <message>
        <source>&apos;disconnected_channel&apos; is the 2025 name of &apos;disconnect_channel&apos;; newer Channex servers may only know the new name.</source>
        <translation>“disconnected_channel” é o nome de 2025 de “disconnect_channel”; servidores do Channex mais novos talvez só conheçam o nome novo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Channex event; event names are lower case (did you mean &apos;%2&apos;?).</source>
        <translation>“%1” não é um evento do Channex; os nomes de eventos são em minúsculas (você quis dizer “%2”?).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a documented Channex event; check the spelling.</source>
        <translation>“%1” não é um evento documentado do Channex; verifique a grafia.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ARI restriction; known restrictions are: %2.</source>
        <translation>“%1” não é uma restrição de ARI; as restrições conhecidas são: %2.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos os eventos</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Nenhum evento</translation>
    </message>
</context>
<context>
    <name>Channex::Overlap</name>
    <message>
        <source>Global and property webhook share events</source>
        <translation>Webhook global e webhook de propriedade compartilham eventos</translation>
    </message>
    <message>
        <source>Same events delivered twice to one URL</source>
        <translation>Os mesmos eventos são entregues duas vezes a uma URL</translation>
    </message>
    <message>
        <source>Event mask matches no documented event</source>
        <translation>A máscara de eventos não corresponde a nenhum evento documentado</translation>
    </message>
    <message>
        <source>Plain http on Channex production</source>
        <translation>http simples na produção do Channex</translation>
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
        <translation>todos os eventos</translation>
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
        <translation>Digite a URL que deve receber os eventos.</translation>
    </message>
    <message>
        <source>Remove the spaces before or after the URL.</source>
        <translation>Remova os espaços antes ou depois da URL.</translation>
    </message>
    <message>
        <source>The URL must be on one line.</source>
        <translation>A URL deve estar em uma única linha.</translation>
    </message>
    <message>
        <source>Enter a full URL that starts with https:// or http://.</source>
        <translation>Digite uma URL completa, começando com https:// ou http://.</translation>
    </message>
    <message>
        <source>Channex calls only http and https URLs, not %1.</source>
        <translation>O Channex só chama URLs http e https, não %1.</translation>
    </message>
    <message>
        <source>The URL needs a host name after %1://.</source>
        <translation>A URL precisa de um nome de host depois de %1://.</translation>
    </message>
    <message>
        <source>Plain http sends bookings and guest data unencrypted; use https where the receiver supports it.</source>
        <translation>O http simples envia reservas e dados de hóspedes sem criptografia; use https se o receptor oferecer suporte.</translation>
    </message>
    <message>
        <source>The query holds what looks like a secret (%1): URLs end up in logs. A header is safer.</source>
        <translation>A query string contém o que parece ser um segredo (%1): URLs acabam em logs. Um cabeçalho é mais seguro.</translation>
    </message>
    <message>
        <source>Choose at least one event, or all events (*).</source>
        <translation>Escolha pelo menos um evento, ou todos os eventos (*).</translation>
    </message>
    <message>
        <source>The event mask must be on one line.</source>
        <translation>A máscara de eventos deve estar em uma única linha.</translation>
    </message>
    <message>
        <source>Choose the property whose events this webhook receives, or Global.</source>
        <translation>Escolha a propriedade cujos eventos este webhook recebe, ou Global.</translation>
    </message>
    <message>
        <source>Header %1 has no name.</source>
        <translation>O cabeçalho %1 não tem nome.</translation>
    </message>
    <message>
        <source>Parameter %1 has no name.</source>
        <translation>O parâmetro %1 não tem nome.</translation>
    </message>
    <message>
        <source>“%1” contains a line break, which would break the request.</source>
        <translation>“%1” contém uma quebra de linha, o que invalidaria a requisição.</translation>
    </message>
    <message>
        <source>The header “%1” is listed twice.</source>
        <translation>O cabeçalho “%1” aparece duas vezes.</translation>
    </message>
    <message>
        <source>The parameter “%1” is listed twice.</source>
        <translation>O parâmetro “%1” aparece duas vezes.</translation>
    </message>
    <message>
        <source>Channex holds this value as it is, and it is sent back unchanged: %1 A delivery may carry it as it is, and the receiving server may refuse it.</source>
        <translation>O Channex guarda este valor como está, e ele é enviado de volta sem mudanças: %1 Uma entrega pode levá-lo como está, e o servidor que recebe pode recusá-la.</translation>
    </message>
    <message>
        <source>The URL contains a space after “%1”: a URL has none (write %20 where the receiver expects one).</source>
        <translation>A URL contém um espaço depois de “%1”: uma URL não tem nenhum (escreva %20 onde o receptor espera um).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>Webhook Console: manage the webhooks of a Channex account and watch their deliveries.</source>
        <translation>Webhook Console: gerencie os webhooks de uma conta do Channex e acompanhe as entregas.</translation>
    </message>
</context>
<context>
    <name>Cli::CommandLine</name>
    <message>
        <source>Open on the built-in sandbox, even when an API key is set.</source>
        <translation>Abre no sandbox integrado, mesmo que haja uma chave de API definida.</translation>
    </message>
    <message>
        <source>Open the saved connection to the Channex server at &lt;url&gt; (a server root such as https://staging.channex.io; /api/v1 is added), saving one if there is none. Its API key comes from the keychain, or for this run only from the CHANNEX_API_KEY environment variable.</source>
        <translation>Abre a conexão salva com o servidor do Channex em &lt;url&gt; (uma raiz de servidor como https://staging.channex.io; /api/v1 é acrescentado), salvando uma se não houver nenhuma. A chave de API vem do chaveiro ou, apenas nesta execução, da variável de ambiente CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Serve only the sandbox API on 127.0.0.1, without a window, until stopped. Prints its server root and API key (the demo key, or the one in the WEBHOOK_CONSOLE_SANDBOX_KEY environment variable).</source>
        <translation>Serve apenas a API do sandbox em 127.0.0.1, sem janela, até ser interrompido. Mostra a raiz do servidor e a chave de API (a chave de demonstração ou a da variável de ambiente WEBHOOK_CONSOLE_SANDBOX_KEY).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>With --serve-sandbox: delay every API answer by &lt;ms&gt; milliseconds.</source>
        <translation>Com --serve-sandbox: atrasa cada resposta da API em &lt;ms&gt; milissegundos.</translation>
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
        <translation>--sandbox e --api-url não podem ser usados juntos.</translation>
    </message>
    <message>
        <source>--latency needs a number of milliseconds from 0 to 600000.</source>
        <translation>--latency precisa de um número de milissegundos de 0 a 600000.</translation>
    </message>
    <message>
        <source>Could not start the sandbox on 127.0.0.1:%1: %2</source>
        <translation>Não foi possível iniciar o sandbox em 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Webhook Console sandbox: a Channex-compatible API with demo data.</source>
        <translation>Sandbox do Webhook Console: uma API compatível com o Channex, com dados de demonstração.</translation>
    </message>
    <message>
        <source>Server root: %1</source>
        <translation>Raiz do servidor: %1</translation>
    </message>
    <message>
        <source>API base:    %1/api/v1</source>
        <translation>Base da API:      %1/api/v1</translation>
    </message>
    <message>
        <source>API key:     %1 (send it in the user-api-key header; %2)</source>
        <translation>Chave de API:     %1 (envie-a no cabeçalho user-api-key; %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>the demo key</source>
        <translation>a chave de demonstração</translation>
    </message>
    <message>
        <source>Latency:     %1 ms added to every answer</source>
        <translation>Latência:         %1 ms acrescentados a cada resposta</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pressione Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Execute com --help para ver as opções.</translation>
    </message>
    <message>
        <source>Could not open the capture database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados de capturas %1: %2</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>Não foi possível gravar na saída padrão: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n capture(s) from %1.</source>
        <translation>
            <numerusform>%n captura exportada de %1.</numerusform>
            <numerusform>%n capturas exportadas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the live receiver with the window, on 127.0.0.1 port &lt;port&gt; (0: any free port).</source>
        <translation>Inicia o receptor ao vivo junto com a janela, em 127.0.0.1, porta &lt;porta&gt; (0: qualquer porta livre).</translation>
    </message>
    <message>
        <source>Keep settings and captures in the folder &lt;dir&gt; instead of the usual places, e.g. for a portable or separate console.</source>
        <translation>Guarda as configurações e as capturas na pasta &lt;pasta&gt; em vez dos locais habituais, por exemplo para um console portátil ou separado.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Run only the live receiver on 127.0.0.1, without a window, until stopped: every request is stored in the data folder before it is answered. Prints its URL and the database file.</source>
        <translation>Executa apenas o receptor ao vivo em 127.0.0.1, sem janela, até ser interrompido: cada requisição é armazenada na pasta de dados antes de ser respondida. Mostra a URL do receptor e o arquivo do banco de dados.</translation>
    </message>
    <message>
        <source>Port for --serve-sandbox or --serve-receiver (default: any free port).</source>
        <translation>Porta para --serve-sandbox ou --serve-receiver (padrão: qualquer porta livre).</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer 401 (and mark the capture) unless a request carries the header &lt;name&gt; with the value in the WEBHOOK_CONSOLE_RECEIVER_SECRET environment variable.</source>
        <translation>Com --serve-receiver: responde 401 (e marca a captura) a menos que a requisição traga o cabeçalho &lt;nome&gt; com o valor da variável de ambiente WEBHOOK_CONSOLE_RECEIVER_SECRET.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Write every stored capture to &lt;file&gt; as JSON Lines (- for standard output) and exit, without a window.</source>
        <translation>Grava todas as capturas armazenadas em &lt;arquivo&gt; como JSON Lines (- para a saída padrão) e sai, sem janela.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>%1 needs a number from 0 to 65535.</source>
        <translation>%1 precisa de um número de 0 a 65535.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir precisa de uma pasta.</translation>
    </message>
    <message>
        <source>--export-captures needs a file name, or - for standard output.</source>
        <translation>--export-captures precisa de um nome de arquivo, ou - para a saída padrão.</translation>
    </message>
    <message>
        <source>--port is an option of --serve-sandbox and --serve-receiver (the window takes --receiver-port).</source>
        <translation>--port é uma opção de --serve-sandbox e --serve-receiver (a janela usa --receiver-port).</translation>
    </message>
    <message>
        <source>--latency is an option of --serve-sandbox.</source>
        <translation>--latency é uma opção de --serve-sandbox.</translation>
    </message>
    <message>
        <source>--secret-header is an option of --serve-receiver.</source>
        <translation>--secret-header é uma opção de --serve-receiver.</translation>
    </message>
    <message>
        <source>--secret-header %1 needs the expected value in the %2 environment variable.</source>
        <translation>--secret-header %1 precisa do valor esperado na variável de ambiente %2.</translation>
    </message>
    <message>
        <source>Could not start the receiver on 127.0.0.1:%1: %2</source>
        <translation>Não foi possível iniciar o receptor em 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Webhook Console receiver: every request is stored before it is answered.</source>
        <translation>Receptor do Webhook Console: cada requisição é armazenada antes de ser respondida.</translation>
    </message>
    <message>
        <source>URL:      %1</source>
        <translation>URL:            %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Secret:   requests without the right %1 header are answered 401 (the value is from %2)</source>
        <translation>Segredo:        requisições sem o cabeçalho %1 correto são respondidas com 401 (o valor vem de %2)</translation>
    </message>
    <message>
        <source>Not storing: %1 Requests are answered 503 until the database can be written again.</source>
        <translation>Nada está sendo armazenado: %1 As requisições são respondidas com 503 até que o banco de dados possa ser gravado novamente.</translation>
    </message>
    <message>
        <source>Storing again: every request is stored before it is answered.</source>
        <translation>Armazenando novamente: cada requisição é armazenada antes de ser respondida.</translation>
    </message>
    <message>
        <source>--secret-header needs a header name, such as X-Webhook-Secret. %1</source>
        <translation>--secret-header precisa de um nome de cabeçalho, como X-Webhook-Secret. %1</translation>
    </message>
    <message>
        <source>With --serve-receiver: answer requests as the response rules in &lt;file&gt; say (JSON, see docs/response-rules.md); the others get the usual 200.</source>
        <translation>Com --serve-receiver: responder às requisições como dizem as regras de resposta em &lt;file&gt; (JSON, veja docs/response-rules.md); as demais recebem o 200 habitual.</translation>
    </message>
    <message>
        <source>With --serve-receiver: send each stored request on to &lt;url&gt; (the app you are building, e.g. http://localhost:3000/webhooks) and answer with its answer; 502 when it does not answer, 504 when it is too slow.</source>
        <translation>Com --serve-receiver: encaminhar cada requisição armazenada para &lt;url&gt; (o app que você está desenvolvendo, p. ex. http://localhost:3000/webhooks) e responder com a resposta dele; 502 quando não responde, 504 quando é lento demais.</translation>
    </message>
    <message>
        <source>With --forward: how many seconds to wait for the app&apos;s answer (default 30).</source>
        <translation>Com --forward: quantos segundos esperar a resposta do app (padrão 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--rules needs the name of a rules file.</source>
        <translation>--rules precisa do nome de um arquivo de regras.</translation>
    </message>
    <message>
        <source>--forward: %1</source>
        <translation>--forward: %1</translation>
    </message>
    <message>
        <source>--forward-timeout needs a number of seconds from 1 to 600.</source>
        <translation>--forward-timeout precisa de um número de segundos de 1 a 600.</translation>
    </message>
    <message>
        <source>--rules and --forward are options of --serve-receiver (the window has them in the Live tab).</source>
        <translation>--rules e --forward são opções de --serve-receiver (a janela as tem na aba Ao vivo).</translation>
    </message>
    <message>
        <source>--forward-timeout is an option of --forward.</source>
        <translation>--forward-timeout é uma opção de --forward.</translation>
    </message>
    <message numerus="yes">
        <source>Rules:    %n response rule(s) from %1, the first that matches answers</source>
        <translation>
            <numerusform>Regras:   %n regra de resposta de %1, responde a primeira que corresponde</numerusform>
            <numerusform>Regras:   %n regras de resposta de %1, responde a primeira que corresponde</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward:  every other request is sent on to %1 and answered with its answer</source>
        <translation>Encaminha: toda outra requisição vai para %1 e recebe a resposta dele</translation>
    </message>
    <message>
        <source>Write the account&apos;s webhooks to &lt;file&gt; (- for standard output) as a webhook file and exit, without a window. Header and parameter values are left out unless --with-secrets is given. Needs --api-url (the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>Grava os webhooks da conta em &lt;arquivo&gt; (- para a saída padrão) como arquivo de webhooks e sai, sem janela. Os valores de cabeçalhos e parâmetros são omitidos, a menos que --with-secrets seja informado. Requer --api-url (com a chave de API na variável de ambiente CHANNEX_API_KEY) ou --sandbox.</translation>
    </message>
    <message>
        <source>With --export-webhooks: include header and parameter values (they often hold secrets).</source>
        <translation>Com --export-webhooks: inclui os valores de cabeçalhos e parâmetros (eles costumam conter segredos).</translation>
    </message>
    <message>
        <source>Bring the account&apos;s webhooks in line with the webhook file &lt;file&gt; (- for standard input): print one line per webhook (create, update, unchanged, skipped), apply the changes and exit, without a window. Never deletes. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Alinha os webhooks da conta ao arquivo de webhooks &lt;arquivo&gt; (- para a entrada padrão): mostra uma linha por webhook (criar, atualizar, inalterado, ignorado), aplica as alterações e sai, sem janela. Nunca exclui nada. Requer --api-url (com a chave de API em CHANNEX_API_KEY) ou --sandbox.</translation>
    </message>
    <message>
        <source>With --import-webhooks: print what would change, and send nothing.</source>
        <translation>Com --import-webhooks: mostra o que mudaria e não envia nada.</translation>
    </message>
    <message>
        <source>Print one line per overlap in the account&apos;s webhooks (a global webhook that a property webhook takes events from, an event delivered twice to one URL, a mask that matches no event, plain http on production) and exit, without a window. Needs --api-url (the API key in CHANNEX_API_KEY) or --sandbox.</source>
        <translation>Mostra uma linha por sobreposição nos webhooks da conta (um webhook global do qual um webhook de propriedade toma eventos, um evento entregue duas vezes a uma URL, uma máscara que não corresponde a nenhum evento, http simples em produção) e sai, sem janela. Requer --api-url (com a chave de API em CHANNEX_API_KEY) ou --sandbox.</translation>
    </message>
    <message>
        <source>%1 needs a file name, or - for standard output or input.</source>
        <translation>%1 precisa de um nome de arquivo, ou - para a saída ou a entrada padrão.</translation>
    </message>
    <message>
        <source>--with-secrets is an option of --export-webhooks.</source>
        <translation>--with-secrets é uma opção de --export-webhooks.</translation>
    </message>
    <message>
        <source>--dry-run is an option of --import-webhooks.</source>
        <translation>--dry-run é uma opção de --import-webhooks.</translation>
    </message>
    <message>
        <source>--receiver-port is an option of the window; it cannot be combined with --export-webhooks, --import-webhooks or --check-webhooks.</source>
        <translation>--receiver-port é uma opção da janela; não pode ser combinada com --export-webhooks, --import-webhooks ou --check-webhooks.</translation>
    </message>
    <message>
        <source>--export-webhooks, --import-webhooks and --check-webhooks read an account: give --api-url (with the API key in the CHANNEX_API_KEY environment variable) or --sandbox.</source>
        <translation>--export-webhooks, --import-webhooks e --check-webhooks leem uma conta: informe --api-url (com a chave de API na variável de ambiente CHANNEX_API_KEY) ou --sandbox.</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>sandbox integrado (%1)</translation>
    </message>
    <message>
        <source>Could not start the built-in sandbox: %1</source>
        <translation>Não foi possível iniciar o sandbox integrado: %1</translation>
    </message>
    <message>
        <source>Set the API key of %1 in the CHANNEX_API_KEY environment variable; it is never taken from the command line.</source>
        <translation>Defina a chave de API para %1 na variável de ambiente CHANNEX_API_KEY; ela nunca é lida da linha de comando.</translation>
    </message>
    <message>
        <source>Could not read the webhooks of %1: %2</source>
        <translation>Não foi possível ler os webhooks em %1: %2</translation>
    </message>
    <message>
        <source>Could not read the property names of %1, which webhook files match properties by: %2</source>
        <translation>Não foi possível ler os nomes das propriedades em %1, pelos quais os arquivos de webhooks associam as propriedades: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n webhook(s) of %1. Findings: %2.</source>
        <translation>
            <numerusform>%n webhook verificado em %1. Ocorrências: %2.</numerusform>
            <numerusform>%n webhooks verificados em %1. Ocorrências: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n webhook em %1 exportado para %2.</numerusform>
            <numerusform>%n webhooks em %1 exportados para %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>a saída padrão</translation>
    </message>
    <message>
        <source>Header and parameter values were left out (null); add --with-secrets to include them.</source>
        <translation>Os valores de cabeçalhos e parâmetros foram omitidos (null); adicione --with-secrets para incluí-los.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Channex asked to slow down (HTTP 429): waiting %1 s, then sending again…</source>
        <translation>O Channex pediu para desacelerar (HTTP 429): aguardando %1 s para enviar novamente…</translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation>A entrada padrão</translation>
    </message>
    <message>
        <source>the standard input</source>
        <translation>a entrada padrão</translation>
    </message>
    <message>
        <source>Importing %1 into %2.</source>
        <translation>Importando %1 em %2.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulação: nada foi enviado.</translation>
    </message>
    <message>
        <source>refused %1 — %2</source>
        <translation>recusado %1 — %2</translation>
    </message>
    <message>
        <source>Applied %1 of %2 changes.</source>
        <translation>%1 de %2 alterações aplicadas.</translation>
    </message>
    <message>
        <source>With --serve-sandbox: multiply Channex&apos;s waits between delivery attempts (1 min to 10 h) by &lt;factor&gt;, from 1 (Channex&apos;s timing, the default) down to 0.001 (a minute becomes 60 ms) or less.</source>
        <translation>Com --serve-sandbox: multiplica por &lt;fator&gt; as esperas do Channex entre as tentativas de entrega (de 1 min a 10 h), de 1 (o ritmo do Channex, o padrão) até 0.001 (um minuto vira 60 ms) ou menos.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>fator</translation>
    </message>
    <message>
        <source>Send the documented sample of &lt;event&gt; (one of the 28 Channex events) to the URL given with --to, print the answer and exit: 0 when it answered 2xx, 1 when it answered otherwise or could not be reached.</source>
        <translation>Envia o exemplo documentado de &lt;evento&gt; (um dos 28 eventos do Channex) para a URL informada com --to, mostra a resposta e sai: 0 se respondeu 2xx, 1 se respondeu outra coisa ou não pôde ser alcançada.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>With --fire: the callback URL to send to (http or https).</source>
        <translation>Com --fire: a URL de callback para onde enviar (http ou https).</translation>
    </message>
    <message>
        <source>With --fire: the property the event is about (a uuid; default: the sandbox&apos;s first demo hotel).</source>
        <translation>Com --fire: a propriedade a que o evento se refere (um UUID; padrão: o primeiro hotel de demonstração da sandbox).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--fire: &quot;%1&quot; is not one of the %2 Channex events: %3.</source>
        <translation>--fire: &quot;%1&quot; não é um dos %2 eventos do Channex: %3.</translation>
    </message>
    <message>
        <source>--fire needs --to with the URL to send to.</source>
        <translation>--fire precisa de --to com a URL para onde enviar.</translation>
    </message>
    <message>
        <source>--to needs an http:// or https:// URL with a host, such as http://127.0.0.1:8080/channex.</source>
        <translation>--to precisa de uma URL http:// ou https:// com um host, como http://127.0.0.1:8080/channex.</translation>
    </message>
    <message>
        <source>--property needs a property id, a uuid such as %1.</source>
        <translation>--property precisa de um id de propriedade, um UUID como %1.</translation>
    </message>
    <message>
        <source>--retry-scale needs a number greater than 0 and at most 1, such as 0.001 (a minute becomes 60 ms).</source>
        <translation>--retry-scale precisa de um número maior que 0 e no máximo 1, como 0.001 (um minuto vira 60 ms).</translation>
    </message>
    <message>
        <source>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks and --fire each run on their own; choose one.</source>
        <translation>--serve-sandbox, --serve-receiver, --export-captures, --export-webhooks, --import-webhooks, --check-webhooks e --fire rodam cada uma sozinha; escolha uma.</translation>
    </message>
    <message>
        <source>--retry-scale is an option of --serve-sandbox.</source>
        <translation>--retry-scale é uma opção de --serve-sandbox.</translation>
    </message>
    <message>
        <source>--to and --property are options of --fire.</source>
        <translation>--to e --property são opções de --fire.</translation>
    </message>
    <message>
        <source>--sandbox, --api-url and --receiver-port are options of the window; they cannot be combined with --serve-sandbox, --serve-receiver, --export-captures or --fire.</source>
        <translation>--sandbox, --api-url e --receiver-port são opções da janela; não podem ser combinadas com --serve-sandbox, --serve-receiver, --export-captures ou --fire.</translation>
    </message>
    <message>
        <source>--fire sends one request and keeps nothing; it takes --to and --property only.</source>
        <translation>--fire envia uma requisição e não guarda nada; aceita apenas --to e --property.</translation>
    </message>
    <message>
        <source>Could not deliver %1 to %2: %3.</source>
        <translation>Não foi possível entregar %1 a %2: %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 to %3, not a 2xx.</source>
        <translation>%1 respondeu %2 a %3, não um 2xx.</translation>
    </message>
    <message>
        <source>Control:     %1/sandbox/v1 (fire events, read the delivery log; docs/sandbox.md)</source>
        <translation>Controle:    %1/sandbox/v1 (disparar eventos, ler o registro de entregas; docs/sandbox.md)</translation>
    </message>
    <message>
        <source>Retries:     after 1 min, 2 min, 4 min … 10 h, as Channex</source>
        <translation>Novas tentativas: após 1 min, 2 min, 4 min … 10 h, como o Channex</translation>
    </message>
    <message>
        <source>Retries:     Channex&apos;s waits × %1 (a minute is %2 ms)</source>
        <translation>Novas tentativas: esperas do Channex × %1 (um minuto são %2 ms)</translation>
    </message>
    <message>
        <source>Keep captures in the PostgreSQL database at &lt;url&gt; (postgresql://user@host:5432/database, libpq options such as sslmode as query parameters), shared with every console and receiver that uses it, instead of the data folder. The password comes from the PGPASSWORD environment variable or ~/.pgpass, never from the URL. For the window, --serve-receiver and --export-captures.</source>
        <translation>Guarda as capturas no banco de dados PostgreSQL em &lt;url&gt; (postgresql://user@host:5432/database, com opções da libpq, como sslmode, em parâmetros de consulta), compartilhado com todos os consoles e receptores que o usam, em vez da pasta de dados. A senha vem da variável de ambiente PGPASSWORD ou de ~/.pgpass, nunca da URL. Para a janela, --serve-receiver e --export-captures.</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store: %1</translation>
    </message>
    <message>
        <source>--store is an option of the window, --serve-receiver and --export-captures.</source>
        <translation>--store é uma opção da janela, de --serve-receiver e de --export-captures.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Manage Connections</source>
        <translation>Gerenciar conexões</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexões salvas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Adicionar conexão</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Remover conexão</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nome da conexão</translation>
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
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>Endereço do servidor personalizado</translation>
    </message>
    <message>
        <source>https://channex.example.com</source>
        <translation>https://channex.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key do seu perfil no Channex</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
</context>
<context>
    <name>Delivery::DeliveryCall</name>
    <message>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>nenhuma resposta em %1 s</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>o certificado TLS de %1 foi recusado: %2</translation>
    </message>
    <message>
        <source>the connection to %1 port %2 was refused: nothing listens there</source>
        <translation>a conexão com %1 porta %2 foi recusada: nada escuta ali</translation>
    </message>
    <message>
        <source>the host %1 was not found (DNS)</source>
        <translation>o host %1 não foi encontrado (DNS)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>o handshake TLS com %1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>Delivery::ResponseParser</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>a resposta é maior que %1 MB</translation>
    </message>
    <message>
        <source>the answer is not HTTP/1.1 (%1)</source>
        <translation>a resposta não é HTTP/1.1 (%1)</translation>
    </message>
    <message>
        <source>no answer came: the connection closed without one</source>
        <translation>nenhuma resposta: a conexão foi fechada sem resposta</translation>
    </message>
    <message>
        <source>the answer was cut off: the connection closed before its end</source>
        <translation>a resposta foi cortada: a conexão foi fechada antes do fim</translation>
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
        <translation>Localizar uma propriedade pelo nome</translation>
    </message>
    <message>
        <source>Find property</source>
        <translation>Localizar propriedade</translation>
    </message>
    <message>
        <source>Properties to copy to</source>
        <translation>Propriedades de destino da cópia</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;todas</translation>
    </message>
    <message>
        <source>Select all properties</source>
        <translation>Selecionar todas as propriedades</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Selecionar &amp;nenhuma</translation>
    </message>
    <message>
        <source>Select no property</source>
        <translation>Não selecionar nenhuma propriedade</translation>
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
        <translation>Erro</translation>
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
        <translation>JSON Lines (.jsonl): todos os campos e corpos, uma captura por linha</translation>
    </message>
    <message>
        <source>HAR 1.2 (.har): for browser tools and HTTP debuggers</source>
        <translation>HAR 1.2 (.har): para ferramentas do navegador e depuradores HTTP</translation>
    </message>
    <message>
        <source>CSV (.csv): one row per capture, without bodies, for spreadsheets</source>
        <translation>CSV (.csv): uma linha por captura, sem corpos, para planilhas</translation>
    </message>
    <message>
        <source>Captures:</source>
        <translation>Capturas:</translation>
    </message>
    <message>
        <source>Selected captures</source>
        <translation>Capturas selecionadas</translation>
    </message>
    <message>
        <source>Captures matching the filter</source>
        <translation>Capturas que correspondem ao filtro</translation>
    </message>
    <message>
        <source>All stored captures</source>
        <translation>Todas as capturas armazenadas</translation>
    </message>
    <message>
        <source>Redact secrets and guest personal data</source>
        <translation>Ocultar segredos e dados pessoais dos hóspedes</translation>
    </message>
    <message>
        <source>&amp;Redact secrets and guest personal data</source>
        <translation>&amp;Ocultar segredos e dados pessoais dos hóspedes</translation>
    </message>
    <message>
        <source>Replaces secret headers and query values, and the guest&apos;s name, contact details, card data, notes and messages in JSON bodies with [redacted]. Bodies that are not JSON are exported as they are.</source>
        <translation>Substitui por [redacted] os valores secretos de cabeçalhos e de parâmetros de consulta e, nos corpos JSON, o nome, os dados de contato, os dados de cartão, as observações e as mensagens do hóspede. Corpos que não são JSON são exportados como estão.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Dica</translation>
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
        <translation>Sobre o Webhook Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Webhook Console %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Manage the webhooks of a Channex account, test them, and watch their deliveries.</source>
        <translation>Gerencie os webhooks de uma conta Channex, teste-os e acompanhe as entregas.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2) · %3</source>
        <translation>Qt %1 (compilado com Qt %2) · %3</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>&amp;Copiar informações de versão</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Copiar informações de versão</translation>
    </message>
    <message>
        <source>Put the versions on the clipboard, for a support request</source>
        <translation>Copiar as versões para a área de transferência, para uma solicitação de suporte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Webhook Console is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Components and their licences&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL version 3, except Qt Charts (the live panel&apos;s chart), which is GNU GPL version 3. Installers ship Qt&apos;s libraries unmodified as separate files; you may replace them with your own build.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — MIT licence.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD 3-clause licence.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Each component&apos;s licence text is on its site, linked above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O Webhook Console é software livre: você pode redistribuí-lo e modificá-lo nos termos da &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Licença Pública Geral GNU&lt;/a&gt;, versão 3 ou (a seu critério) qualquer versão posterior (GPL-3.0-or-later). Ele é fornecido sem nenhuma garantia.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Componentes e suas licenças&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt %1&lt;/a&gt; — GNU LGPL versão 3, exceto o Qt Charts (o gráfico do painel ao vivo), que é GNU GPL versão 3. Os instaladores incluem as bibliotecas do Qt sem modificações, como arquivos separados; é possível substituí-las por uma compilação própria.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/nodejs/llhttp&quot;&gt;llhttp&lt;/a&gt; — licença MIT.&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — licença BSD de 3 cláusulas (BSD 3-Clause).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;O texto da licença de cada componente está no site dele, com link acima.&lt;/p&gt;</translation>
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
        <translation>Ainda sem resposta: aguardando a resposta do seu app</translation>
    </message>
    <message>
        <source>No answer was sent: the connection closed first</source>
        <translation>Nenhuma resposta enviada: a conexão fechou antes</translation>
    </message>
    <message>
        <source>%1, as the response rule “%2” says</source>
        <translation>%1, como diz a regra de resposta “%2”</translation>
    </message>
    <message>
        <source>%1, the answer of your app</source>
        <translation>%1, a resposta do seu app</translation>
    </message>
    <message>
        <source>%1: your app did not answer</source>
        <translation>%1: seu app não respondeu</translation>
    </message>
    <message>
        <source>Sent on to %1; its answer has not arrived.</source>
        <translation>Encaminhada para %1; a resposta ainda não chegou.</translation>
    </message>
    <message>
        <source>Sent on to %1, which answered %2 in %3.</source>
        <translation>Encaminhada para %1, que respondeu %2 em %3.</translation>
    </message>
    <message>
        <source>Sent on to %1, which did not answer: %2 (after %3).</source>
        <translation>Encaminhada para %1, que não respondeu: %2 (após %3).</translation>
    </message>
</context>
<context>
    <name>Gui::AnswersDialog</name>
    <message>
        <source>Import Response Rules</source>
        <translation>Importar regras de resposta</translation>
    </message>
    <message>
        <source>Rules files (*.json)</source>
        <translation>Arquivos de regras (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) read from %1; Save applies them.</source>
        <translation>
            <numerusform>%n regra lida de %1; Salvar a aplica.</numerusform>
            <numerusform>%n regras lidas de %1; Salvar as aplica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Response Rules</source>
        <translation>Exportar regras de resposta</translation>
    </message>
    <message>
        <source>Saved to %1; --serve-receiver --rules reads it.</source>
        <translation>Salvo em %1; --serve-receiver --rules o lê.</translation>
    </message>
    <message>
        <source>Rule %1 cannot be used yet; its problem is shown below.</source>
        <translation>A regra %1 ainda não pode ser usada; o problema dela aparece abaixo.</translation>
    </message>
    <message>
        <source>Enter the address of your app, or switch forwarding off.</source>
        <translation>Digite o endereço do seu app ou desligue o encaminhamento.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building. Response rules are tried in order and the first that matches answers; the other requests are forwarded to your app when forwarding is on, and answered 200 otherwise. Every request is stored first.</source>
        <translation>Responda como o endpoint que você está desenvolvendo. As regras de resposta são testadas em ordem e responde a primeira que corresponde; as demais requisições vão para o seu app quando o encaminhamento está ligado e, senão, recebem 200. Toda requisição é armazenada primeiro.</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>Regras de resposta</translation>
    </message>
    <message>
        <source>Add a response rule</source>
        <translation>Adicionar uma regra de resposta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Remover a regra selecionada</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para ci&amp;ma</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Testar antes a regra selecionada</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover para bai&amp;xo</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Testar depois a regra selecionada</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import response rules from a file</source>
        <translation>Importar regras de resposta de um arquivo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the response rules to a file</source>
        <translation>Exportar as regras de resposta para um arquivo</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Encaminhamento</translation>
    </message>
    <message>
        <source>Forward requests to your app</source>
        <translation>Encaminhar requisições para o seu app</translation>
    </message>
    <message>
        <source>Address of your app</source>
        <translation>Endereço do seu app</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>Espe&amp;rar:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to wait for your app&apos;s answer</source>
        <translation>Segundos de espera pela resposta do seu app</translation>
    </message>
    <message>
        <source>When your app has not answered by then, the sender gets 504; when it cannot be reached, 502.</source>
        <translation>Se o seu app não tiver respondido até lá, o remetente recebe 504; se não puder ser alcançado, 502.</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Salvar as respostas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add Ru&amp;le</source>
        <translation>Adicionar re&amp;gra</translation>
    </message>
    <message>
        <source>Forward the other requests &amp;to</source>
        <translation>Encaminhar as demais requisições &amp;para</translation>
    </message>
</context>
<context>
    <name>Gui::AriFilterEditor</name>
    <message>
        <source>Restriction %1</source>
        <translation>Restrição %1</translation>
    </message>
    <message>
        <source>Room type IDs</source>
        <translation>IDs de tipos de quarto</translation>
    </message>
    <message>
        <source>Choose room types</source>
        <translation>Escolher tipos de quarto</translation>
    </message>
    <message>
        <source>Rate plan IDs</source>
        <translation>IDs de planos tarifários</translation>
    </message>
    <message>
        <source>Choose rate plans</source>
        <translation>Escolher planos tarifários</translation>
    </message>
    <message>
        <source>Any, or IDs separated by commas</source>
        <translation>Qualquer, ou IDs separados por vírgulas</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Restrições:</translation>
    </message>
    <message>
        <source>None checked: changes of any restriction.</source>
        <translation>Nenhuma marcada: alterações de qualquer restrição.</translation>
    </message>
    <message>
        <source>R&amp;oom types:</source>
        <translation>Tip&amp;os de quarto:</translation>
    </message>
    <message>
        <source>Rate p&amp;lans:</source>
        <translation>P&amp;lanos tarifários:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Escolher</translation>
    </message>
    <message>
        <source>%1 (unknown ID)</source>
        <translation>%1 (ID desconhecido)</translation>
    </message>
</context>
<context>
    <name>Gui::BodyTab</name>
    <message>
        <source>Request body</source>
        <translation>Corpo da requisição</translation>
    </message>
    <message>
        <source>Show raw bytes</source>
        <translation>Mostrar bytes brutos</translation>
    </message>
    <message>
        <source>Show the raw bytes</source>
        <translation>Mostrar os bytes brutos</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Formatando…</translation>
    </message>
    <message>
        <source>The request had no body.</source>
        <translation>A requisição não tinha corpo.</translation>
    </message>
    <message>
        <source>JSON, indented; keys and values as received.</source>
        <translation>JSON, indentado; chaves e valores como foram recebidos.</translation>
    </message>
    <message>
        <source>JSON, indented. Colours are off for bodies over 1 MB, to keep the window responsive.</source>
        <translation>JSON, indentado. As cores ficam desativadas em corpos com mais de 1 MB, para manter a janela responsiva.</translation>
    </message>
    <message>
        <source>Not JSON: the text as received.</source>
        <translation>Não é JSON: o texto como foi recebido.</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text (or holds control characters): the Raw tab shows its bytes in hex.</source>
        <translation>O corpo não é texto UTF-8 (ou contém caracteres de controle): a aba Bruto mostra os bytes dele em hexadecimal.</translation>
    </message>
</context>
<context>
    <name>Gui::BulkJobProgress</name>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Continuar executando</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureActions</name>
    <message>
        <source>Un&amp;pin</source>
        <translation>Desa&amp;fixar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fixar</translation>
    </message>
    <message>
        <source>Keep the selected captures through Clear and retention (%1)</source>
        <translation>Manter as capturas selecionadas ao limpar tudo e na retenção (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the selected captures (%1)</source>
        <translation>Excluir as capturas selecionadas (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear All…</source>
        <translation>&amp;Limpar tudo…</translation>
    </message>
    <message>
        <source>Delete every capture except the pinned ones (%1)</source>
        <translation>Excluir todas as capturas, exceto as fixadas (%1)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy a curl command that sends this request again (%1)</source>
        <translation>Copiar um comando curl que envia esta requisição novamente (%1)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the selected or all captures as JSON Lines, HAR or CSV (%1)</source>
        <translation>Salvar as capturas selecionadas ou todas as capturas como JSON Lines, HAR ou CSV (%1)</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Reenviar…</translation>
    </message>
    <message>
        <source>Send this request again to any URL, with edits (%1)</source>
        <translation>Enviar esta requisição novamente para qualquer URL, com alterações (%1)</translation>
    </message>
    <message>
        <source>Delete Captures</source>
        <translation>Excluir capturas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n capture(s)?</source>
        <translation>
            <numerusform>Excluir %n captura?</numerusform>
            <numerusform>Excluir %n capturas?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed from the capture database. This cannot be undone.</source>
        <translation>Elas serão removidas do banco de dados de capturas. Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Clear Captures</source>
        <translation>Limpar capturas</translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned?</source>
        <translation>Excluir todas as capturas que não estão fixadas?</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>As capturas fixadas são mantidas. Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>That capture is no longer stored.</source>
        <translation>Essa captura não está mais armazenada.</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) exported to %1.</source>
        <translation>
            <numerusform>%n captura exportada para %1.</numerusform>
            <numerusform>%n capturas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every capture that is not pinned from the shared capture history, for everyone who uses it?</source>
        <translation>Excluir do histórico compartilhado todas as capturas que não estão fixadas, para todos que o usam?</translation>
    </message>
    <message>
        <source>The history is shared through %1: the captures disappear from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>O histórico é compartilhado por meio de %1: as capturas também desaparecem dos consoles dos seus colegas. As capturas fixadas são mantidas. Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Copied a curl command that sends the %1 of %2 again.</source>
        <translation>Copiado um comando curl que envia de novo o %1 das %2.</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureDetailView</name>
    <message>
        <source>Select a capture to see it.</source>
        <translation>Selecione uma captura para vê-la.</translation>
    </message>
    <message>
        <source>Capture details</source>
        <translation>Detalhes da captura</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árvore</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
</context>
<context>
    <name>Gui::CaptureFilterBar</name>
    <message>
        <source>Any method</source>
        <translation>Qualquer método</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx sucesso</translation>
    </message>
    <message>
        <source>4xx refused</source>
        <translation>4xx recusa</translation>
    </message>
    <message>
        <source>5xx failed</source>
        <translation>5xx falha</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtro de evento</translation>
    </message>
    <message>
        <source>Show captures of one Channex event (the number is how many are stored)</source>
        <translation>Mostrar as capturas de um evento do Channex (o número indica quantas estão armazenadas)</translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation>Filtro de método</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Show captures by the status the receiver answered</source>
        <translation>Mostrar as capturas pelo status com que o receptor respondeu</translation>
    </message>
    <message>
        <source>Search body, header names and values</source>
        <translation>Buscar no corpo e em nomes e valores de cabeçalhos</translation>
    </message>
    <message>
        <source>Search captures</source>
        <translation>Buscar capturas</translation>
    </message>
    <message>
        <source>Text in the body, a header name or a header value (any case). Esc clears it.</source>
        <translation>Texto no corpo, em um nome ou em um valor de cabeçalho (sem diferenciar maiúsculas e minúsculas). Esc limpa a busca.</translation>
    </message>
    <message>
        <source>&amp;Pinned</source>
        <translation>&amp;Fixadas</translation>
    </message>
    <message>
        <source>Pinned only</source>
        <translation>Apenas fixadas</translation>
    </message>
    <message>
        <source>Show only pinned captures</source>
        <translation>Mostrar apenas as capturas fixadas</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Apenas marcadas</translation>
    </message>
    <message>
        <source>Show only duplicates, out-of-order deliveries, rejected requests and secret mismatches</source>
        <translation>Mostrar apenas duplicatas, entregas fora de ordem, requisições rejeitadas e segredos incorretos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>All events (%1)</source>
        <translation>Todos os eventos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not a Channex payload (%1)</source>
        <translation>Não é um payload do Channex (%1)</translation>
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
        <translation>rejeitada pelo receptor</translation>
    </message>
    <message>
        <source>secret header missing or wrong (answered 401)</source>
        <translation>cabeçalho secreto ausente ou incorreto (respondida com 401)</translation>
    </message>
    <message>
        <source>duplicate: the same body arrived before for this event and property</source>
        <translation>duplicada: o mesmo corpo já chegou antes para este evento e esta propriedade</translation>
    </message>
    <message>
        <source>pinned: kept by Clear and retention</source>
        <translation>fixada: mantida ao limpar tudo e na retenção</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (fixada)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>segredo</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>fora de ordem</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechada</translation>
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
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>out of order: its timestamp is earlier than one already received about the same booking, ARI record or message thread</source>
        <translation>fora de ordem: seu carimbo de data/hora é anterior a outro já recebido sobre a mesma reserva, registro ARI ou conversa</translation>
    </message>
    <message>
        <source>answered by a response rule</source>
        <translation>respondida por uma regra de resposta</translation>
    </message>
    <message>
        <source>forwarded to your app, which gave the answer</source>
        <translation>encaminhada ao seu app, que deu a resposta</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regra</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>encaminhada</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsAction</name>
    <message>
        <source>Co&amp;mpare Connections…</source>
        <translation>&amp;Comparar conexões…</translation>
    </message>
    <message>
        <source>Two connections side by side, such as staging and production: which webhooks only one has, which differ and how, and copying them across</source>
        <translation>Duas conexões lado a lado, como staging e produção: quais webhooks só uma tem, quais diferem e como, e a cópia de uma para a outra</translation>
    </message>
</context>
<context>
    <name>Gui::CompareConnectionsDialog</name>
    <message>
        <source>Compare Connections</source>
        <translation>Comparar conexões</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All webhooks</source>
        <translation>Todos os webhooks</translation>
    </message>
    <message>
        <source>Every difference</source>
        <translation>Todas as diferenças</translation>
    </message>
    <message>
        <source>Only on the left</source>
        <translation>Apenas à esquerda</translation>
    </message>
    <message>
        <source>Only on the right</source>
        <translation>Apenas à direita</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Diferentes</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Iguais</translation>
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
        <translation>Propriedade, URL ou campo</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Reload both connections</source>
        <translation>Recarregar as duas conexões</translation>
    </message>
    <message>
        <source>Read both accounts again (F5)</source>
        <translation>Ler as duas contas novamente (F5)</translation>
    </message>
    <message>
        <source>Copy header and parameter &amp;values</source>
        <translation>Copiar os &amp;valores de cabeçalhos e parâmetros</translation>
    </message>
    <message>
        <source>Copy header and parameter values</source>
        <translation>Copiar os valores de cabeçalhos e parâmetros</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them, the target keeps its own values under the same names and new ones are left empty.</source>
        <translation>Eles costumam conter segredos, como um cabeçalho de segredo compartilhado. Sem eles, a conexão de destino mantém os próprios valores com os mesmos nomes, e os novos ficam vazios.</translation>
    </message>
    <message>
        <source>← Cop&amp;y to Left</source>
        <translation>← &amp;Copiar para a esquerda</translation>
    </message>
    <message>
        <source>Copy to left</source>
        <translation>Copiar para a esquerda</translation>
    </message>
    <message>
        <source>&amp;Copy to Right →</source>
        <translation>Co&amp;piar para a direita →</translation>
    </message>
    <message>
        <source>Copy to right</source>
        <translation>Copiar para a direita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Both sides show the same connection: choose another on one side (Manage connections… in the main window adds one).</source>
        <translation>Os dois lados mostram a mesma conexão: escolha outra em um dos lados (Gerenciar conexões… na janela principal adiciona uma).</translation>
    </message>
    <message>
        <source>%1 only on the left, %2 only on the right, %3 different, %4 the same.</source>
        <translation>Apenas à esquerda: %1, apenas à direita: %2, diferentes: %3, iguais: %4.</translation>
    </message>
    <message>
        <source>The comparison shows once both connections are loaded.</source>
        <translation>A comparação aparece assim que as duas conexões forem carregadas.</translation>
    </message>
    <message>
        <source>Copy the selected webhooks of %1 to %2, after a preview</source>
        <translation>Copiar os webhooks selecionados de %1 para %2, após uma prévia</translation>
    </message>
</context>
<context>
    <name>Gui::CompareSide</name>
    <message>
        <source>The property names could not be read, and the comparison matches properties by name: %1</source>
        <translation>Não foi possível ler os nomes das propriedades, e a comparação associa as propriedades pelo nome: %1</translation>
    </message>
</context>
<context>
    <name>Gui::ComparisonDetail</name>
    <message>
        <source>The selected webhook on both sides</source>
        <translation>O webhook selecionado nos dois lados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Esquerda: %1</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direita</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Direita: %1</translation>
    </message>
    <message>
        <source>(not on this side)</source>
        <translation>(não está neste lado)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>none (an empty object)</source>
        <translation>nenhum (um objeto vazio)</translation>
    </message>
    <message>
        <source>%1 (value differs)</source>
        <translation>%1 (valor diferente)</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID do webhook</translation>
    </message>
    <message>
        <source>%1, differs</source>
        <translation>%1, difere</translation>
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
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Enviar dados</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Parâmetros de requisição</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferenças</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Only on the left, in %1: %2</source>
        <translation>Apenas à esquerda, em %1: %2</translation>
    </message>
    <message>
        <source>Only on the right, in %1: %2</source>
        <translation>Apenas à direita, em %1: %2</translation>
    </message>
    <message>
        <source>Different: %1</source>
        <translation>Diferentes: %1</translation>
    </message>
    <message>
        <source>Same: %1</source>
        <translation>Iguais: %1</translation>
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
        <translation>&amp;Gerenciar conexões…</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;have de API:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Salvar chave</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexão:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>The connection in use; picking another switches to it</source>
        <translation>A conexão em uso; escolher outra alterna para ela</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Gerenciar conexões</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>user-api-key from your Channex profile</source>
        <translation>user-api-key do seu perfil no Channex</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Salvar chave de API</translation>
    </message>
    <message>
        <source>Save the key in the keychain and connect</source>
        <translation>Salvar a chave no chaveiro e conectar</translation>
    </message>
    <message>
        <source>Enter the API key of %1 first.</source>
        <translation>Digite primeiro a chave de API de %1.</translation>
    </message>
    <message>
        <source>API key not saved</source>
        <translation>Chave de API não salva</translation>
    </message>
    <message>
        <source>%1 The key of %2 is used until you quit.</source>
        <translation>%1 A chave de %2 será usada até você sair.</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionsDialog</name>
    <message>
        <source>Save connection</source>
        <translation>Salvar conexão</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no settings; add a connection for a Channex account.</source>
        <translation>O sandbox integrado não precisa de configurações; adicione uma conexão para uma conta do Channex.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Salvar as alterações em %1?</translation>
    </message>
    <message>
        <source>%1 The key is used until you quit.</source>
        <translation>%1 A chave será usada até você sair.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nova conexão</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Remover conexão</translation>
    </message>
    <message>
        <source>Remove the connection %1 and its saved API key?</source>
        <translation>Remover a conexão %1 e a chave de API salva dela?</translation>
    </message>
    <message>
        <source>The webhooks on the server are not affected.</source>
        <translation>Os webhooks no servidor não são afetados.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Paste the API key (user-api-key) from your Channex profile, then Test connection and Save.</source>
        <translation>Cole a chave de API (user-api-key) do seu perfil da Channex e depois teste a conexão e salve.</translation>
    </message>
    <message>
        <source>This key comes from the CHANNEX_API_KEY environment variable, for this run only; it is not saved.</source>
        <translation>Esta chave vem da variável de ambiente CHANNEX_API_KEY, só para esta execução; ela não é salva.</translation>
    </message>
</context>
<context>
    <name>Gui::CopyAcross</name>
    <message>
        <source>Copied to %1: %2 created, %3 updated.</source>
        <translation>Cópia para %1: criados %2, atualizados %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook ignorado, como a prévia indicou.</numerusform>
            <numerusform>%n webhooks ignorados, como a prévia indicou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Copiando para %1…</translation>
    </message>
    <message>
        <source>Some webhooks were not copied</source>
        <translation>Alguns webhooks não foram copiados</translation>
    </message>
    <message>
        <source>Compare Connections</source>
        <translation>Comparar conexões</translation>
    </message>
    <message numerus="yes">
        <source>A copy to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Uma cópia de %n webhook ainda está em andamento: %1 concluído(s).</numerusform>
            <numerusform>Uma cópia de %n webhooks ainda está em andamento: %1 concluído(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>If you close now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Se você fechar agora, os webhooks ainda não alcançados ficam como estão. O que o Channex já alterou é mantido.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>&amp;Parar e fechar</translation>
    </message>
</context>
<context>
    <name>Gui::CopyPreviewDialog</name>
    <message>
        <source>Copy to %1</source>
        <translation>Copiar para %1</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n webhook(s) from %1 to %2 does this:</source>
        <translation>
            <numerusform>A cópia de %n webhook de %1 para %2 faz o seguinte:</numerusform>
            <numerusform>A cópia de %n webhooks de %1 para %2 faz o seguinte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Header and parameter values are copied as %1 has them.</source>
        <translation>Os valores de cabeçalhos e parâmetros são copiados como estão em %1.</translation>
    </message>
    <message>
        <source>Header and parameter values are not copied: %1 keeps the values it has under the same names, and new ones are left empty.</source>
        <translation>Os valores de cabeçalhos e parâmetros não são copiados: %1 mantém os valores que já tem com os mesmos nomes, e os novos ficam vazios.</translation>
    </message>
    <message>
        <source>What the copy does</source>
        <translation>O que a cópia faz</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks of %1 that are not copied stay as they are. Copy sends the changes to %1 now.</source>
        <translation>Nada é excluído: os webhooks de %1 que não são copiados ficam como estão. Copiar envia as alterações para %1 agora.</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these webhooks like this, or they cannot be copied.</source>
        <translation>Nada a alterar: %1 já tem estes webhooks assim, ou eles não podem ser copiados.</translation>
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
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveriesPanel</name>
    <message>
        <source>Attempt %1 of delivery %2, to webhook %3</source>
        <translation>Tentativa %1 da entrega %2, para o webhook %3</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Aguardando a resposta…</translation>
    </message>
    <message>
        <source>No answer after %1 ms: %2</source>
        <translation>Sem resposta após %1 ms: %2</translation>
    </message>
    <message>
        <source>Answered after %1 ms:</source>
        <translation>Respondeu após %1 ms:</translation>
    </message>
    <message numerus="yes">
        <source>(cut off after %n KiB)</source>
        <translation>
            <numerusform>(cortado após %n KiB)</numerusform>
            <numerusform>(cortado após %n KiB)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clea&amp;r Delivery Log</source>
        <translation>Limpar o re&amp;gistro de entregas</translation>
    </message>
    <message>
        <source>Forget every attempt and stop the deliveries still waiting for a retry</source>
        <translation>Esquecer todas as tentativas e parar as entregas que ainda aguardam uma nova tentativa</translation>
    </message>
    <message>
        <source>Retry &amp;timing:</source>
        <translation>&amp;Tempo das novas tentativas:</translation>
    </message>
    <message>
        <source>As Channex: 1 min, 2 min, 4 min … 10 h</source>
        <translation>Como o Channex: 1 min, 2 min, 4 min … 10 h</translation>
    </message>
    <message>
        <source>Quicker: 1 s, 2 s, 4 s … 10 min</source>
        <translation>Mais rápido: 1 s, 2 s, 4 s … 10 min</translation>
    </message>
    <message>
        <source>Quickest: 60 ms, 120 ms … 36 s</source>
        <translation>O mais rápido: 60 ms, 120 ms … 36 s</translation>
    </message>
    <message>
        <source>Retry waits</source>
        <translation>Esperas entre novas tentativas</translation>
    </message>
    <message>
        <source>How long the sandbox waits before trying a failed delivery again; applies to retries planned from now on</source>
        <translation>Quanto tempo a sandbox espera antes de tentar de novo uma entrega que falhou; vale para as novas tentativas agendadas daqui em diante</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Tentativas de entrega</translation>
    </message>
    <message>
        <source>Request and answer of the selected attempt</source>
        <translation>Requisição e resposta da tentativa selecionada</translation>
    </message>
    <message>
        <source>Select an attempt to see what was sent and what came back.</source>
        <translation>Selecione uma tentativa para ver o que foi enviado e o que voltou.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies): %1 delivered, %2 under way or waiting for a retry, %3 failed</source>
        <translation>
            <numerusform>%n entrega: %1 entregues, %2 em andamento ou aguardando nova tentativa, %3 com falha</numerusform>
            <numerusform>%n entregas: %1 entregues, %2 em andamento ou aguardando nova tentativa, %3 com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Nenhuma entrega ainda</translation>
    </message>
    <message>
        <source>Fire an event with Webhook ▸ Fire Event…: every webhook that listens for it gets it, and each attempt shows here.</source>
        <translation>Dispare um evento com Webhook ▸ Disparar evento…: todo webhook que o escuta o recebe, e cada tentativa aparece aqui.</translation>
    </message>
    <message>
        <source>Clear the Delivery Log?</source>
        <translation>Limpar o registro de entregas?</translation>
    </message>
    <message>
        <source>Every attempt is forgotten, and deliveries waiting for a retry are not tried again.</source>
        <translation>Todas as tentativas são esquecidas, e as entregas que aguardam nova tentativa não são tentadas de novo.</translation>
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
        <translation>Não é um payload do Channex</translation>
    </message>
    <message>
        <source>Stored captures</source>
        <translation>Capturas armazenadas</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nenhuma ainda</translation>
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
        <translation>%1 Última tentativa: não será tentada de novo.</translation>
    </message>
    <message>
        <source>%1 (final: not tried again)</source>
        <translation>%1 (final: não será tentada de novo)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
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
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próxima tentativa</translation>
    </message>
    <message>
        <source>%1 Next attempt at %2.</source>
        <comment>a status or an error sentence, then a time</comment>
        <translation>%1 Próxima tentativa às %2.</translation>
    </message>
</context>
<context>
    <name>Gui::DeliveryOrigin</name>
    <message>
        <source>Delivered by the built-in sandbox: %1, attempt %2 of at most %3 (delivery %4).</source>
        <translation>Entregue pelo sandbox integrado: %1, tentativa %2 de no máximo %3 (entrega %4).</translation>
    </message>
</context>
<context>
    <name>Gui::DuplicateWebhookDialog</name>
    <message>
        <source>Copy the webhook for &lt;b&gt;%1&lt;/b&gt; to these properties. Each copy gets the same events, headers, parameters and settings.</source>
        <translation>Copiar o webhook de &lt;b&gt;%1&lt;/b&gt; para estas propriedades. Cada cópia recebe os mesmos eventos, cabeçalhos, parâmetros e configurações.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>ID da propriedade: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Duplicate to %n Propert(y/ies)</source>
        <translation>
            <numerusform>&amp;Duplicar para %n propriedade</numerusform>
            <numerusform>&amp;Duplicar para %n propriedades</numerusform>
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
        <translation>A conta não tem outra propriedade para onde copiar.</translation>
    </message>
    <message>
        <source>Tick the properties that should get a copy.</source>
        <translation>Marque as propriedades que devem receber uma cópia.</translation>
    </message>
    <message>
        <source>No property name contains “%1”; clear the search to see them all.</source>
        <translation>Nenhum nome de propriedade contém “%1”; limpe a busca para ver todas.</translation>
    </message>
</context>
<context>
    <name>Gui::EventMaskEditor</name>
    <message>
        <source>&amp;All events (*)</source>
        <translation>Todos os e&amp;ventos (*)</translation>
    </message>
    <message>
        <source>ARI filter (nothing chosen: every ARI change)</source>
        <translation>Filtro de ARI (nada escolhido: todas as alterações de ARI)</translation>
    </message>
    <message>
        <source>Event mask</source>
        <translation>Máscara de eventos</translation>
    </message>
    <message>
        <source>* or event names separated by ;</source>
        <translation>* ou nomes de eventos separados por ;</translation>
    </message>
    <message>
        <source>The mask exactly as it is sent to Channex. Typing here updates the checklist, and the checklist updates this text.</source>
        <translation>A máscara exatamente como é enviada ao Channex. Digitar aqui atualiza a lista de seleção, e a lista de seleção atualiza este texto.</translation>
    </message>
    <message>
        <source>&amp;Mask:</source>
        <translation>&amp;Máscara:</translation>
    </message>
    <message>
        <source>Find event</source>
        <translation>Localizar evento</translation>
    </message>
    <message>
        <source>Find an event by name or description</source>
        <translation>Localizar um evento pelo nome ou pela descrição</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos os eventos</translation>
    </message>
    <message>
        <source>“*”: every event, including events Channex adds later.</source>
        <translation>“*”: todos os eventos, inclusive os que o Channex adicionar no futuro.</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Não reconhecidos</translation>
    </message>
    <message>
        <source>%1 Written as “%2”, its 2025 name, and kept that way.</source>
        <translation>%1 Escrito como “%2”, o nome de 2025, e mantido assim.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>Não é um evento documentado do Channex: %1</translation>
    </message>
    <message>
        <source>Kept as written. Uncheck to remove it from the mask.</source>
        <translation>Mantido como foi escrito. Desmarque para removê-lo da máscara.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
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
            <numerusform>&amp;Selecionada (%n)</numerusform>
            <numerusform>&amp;Selecionadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All &amp;matching the filter (%n)</source>
        <translation>
            <numerusform>&amp;Correspondente ao filtro (%n)</numerusform>
            <numerusform>Todas as &amp;correspondentes ao filtro (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All stored (%n)</source>
        <translation>
            <numerusform>&amp;Todas as armazenadas (%n)</numerusform>
            <numerusform>&amp;Todas as armazenadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>The capture store is not open, so there is nothing to export.</source>
        <translation>O armazenamento de capturas não está aberto, por isso não há nada para exportar.</translation>
    </message>
    <message>
        <source>No capture matches the filter: change the filter in the list or export all.</source>
        <translation>Nenhuma captura corresponde ao filtro: altere o filtro na lista ou exporte todas.</translation>
    </message>
    <message>
        <source>There are no captures to export yet.</source>
        <translation>Ainda não há capturas para exportar.</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Arquivos HAR (*.har)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Arquivos JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Captures</source>
        <translation>Exportar capturas</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>Não foi possível criar %1: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Não foi possível salvar %1: %2.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; choose another folder or free some space and try again.</source>
        <translation>%1 Nada foi salvo; escolha outra pasta ou libere espaço e tente novamente.</translation>
    </message>
    <message>
        <source>All &amp;matching the filter (counting…)</source>
        <translation>Todas as &amp;correspondentes ao filtro (contando…)</translation>
    </message>
    <message>
        <source>&amp;All stored (counting…)</source>
        <translation>&amp;Todas as armazenadas (contando…)</translation>
    </message>
    <message>
        <source>Counting the captures…</source>
        <translation>Contando as capturas…</translation>
    </message>
</context>
<context>
    <name>Gui::FireEventDialog</name>
    <message>
        <source>(no payload: Channex documents none for this event)</source>
        <translation>(sem conteúdo: o Channex não documenta nenhum para este evento)</translation>
    </message>
    <message>
        <source>%1. %2 at %3</source>
        <translation>%1. %2 às %3</translation>
    </message>
    <message>
        <source>Fire Event</source>
        <translation>Disparar evento</translation>
    </message>
    <message>
        <source>&amp;Fire:</source>
        <translation>&amp;Disparar:</translation>
    </message>
    <message>
        <source>What to fire</source>
        <translation>O que disparar</translation>
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
        <translation>&amp;Conteúdo (o exemplo documentado, preenchido para este hotel):</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>No payload: Channex documents this event without data. Type JSON here to send one.</source>
        <translation>Sem conteúdo: a Channex documenta este evento sem dados. Digite JSON aqui para enviar um.</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>E&amp;xemplo</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <source>Put the documented sample back, with fresh ids</source>
        <translation>Restaurar o exemplo documentado, com ids novos</translation>
    </message>
    <message>
        <source>&amp;Webhooks that receive it (as each one&apos;s send_data and ARI filter say):</source>
        <translation>&amp;Webhooks que o recebem (conforme o send_data e o filtro ARI de cada um):</translation>
    </message>
    <message>
        <source>F&amp;ire</source>
        <translation>Dis&amp;parar</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>Disparar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Open the built-in sandbox connection to fire events.</source>
        <translation>Abra a conexão com a sandbox integrada para disparar eventos.</translation>
    </message>
    <message>
        <source>Firing %1…</source>
        <translation>Disparando %1…</translation>
    </message>
    <message>
        <source>Fired %1 of %2; %3 follows once its first attempts ended…</source>
        <translation>%1 de %2 disparados; %3 vem em seguida quando suas primeiras tentativas terminarem…</translation>
    </message>
    <message numerus="yes">
        <source>Fired %1: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 disparado: %n entrega iniciada.</numerusform>
            <numerusform>%1 disparado: %n entregas iniciadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %1 events: %n delivery(ies) started.</source>
        <translation>
            <numerusform>%1 eventos disparados: %n entrega iniciada.</numerusform>
            <numerusform>%1 eventos disparados: %n entregas iniciadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n global webhook(s) kept out by a hotel&apos;s own webhook.</source>
        <translation>
            <numerusform>%n webhook global excluído pelo webhook próprio de um hotel.</numerusform>
            <numerusform>%n webhooks globais excluídos pelo webhook próprio de um hotel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Deliveries tab shows every attempt.</source>
        <translation>A aba “Entregas” mostra cada tentativa.</translation>
    </message>
    <message>
        <source>The sandbox refused it: %1.</source>
        <translation>A sandbox o recusou: %1.</translation>
    </message>
</context>
<context>
    <name>Gui::FollowLatest</name>
    <message>
        <source>&amp;Follow latest</source>
        <translation>&amp;Seguir a mais recente</translation>
    </message>
    <message>
        <source>Keep the newest capture in view; scrolling up turns it off</source>
        <translation>Manter a captura mais recente visível; rolar para cima desativa esta opção</translation>
    </message>
</context>
<context>
    <name>Gui::HeadersTab</name>
    <message>
        <source>Request headers</source>
        <translation>Cabeçalhos da requisição</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The request had no header fields.</source>
        <translation>A requisição não tinha campos de cabeçalho.</translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s), in the order they arrived.</source>
        <translation>
            <numerusform>%n campo de cabeçalho, na ordem em que chegou.</numerusform>
            <numerusform>%n campos de cabeçalho, na ordem em que chegaram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request trailers</source>
        <translation>Trailers da requisição</translation>
    </message>
    <message>
        <source>Trailer fields, sent after the chunked body:</source>
        <translation>Campos de trailer, enviados após o corpo em blocos (chunked):</translation>
    </message>
</context>
<context>
    <name>Gui::HexDumpModel</name>
    <message>
        <source>Offset</source>
        <translation>Deslocamento</translation>
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
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>um servidor desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n webhook(s), exported from %2 at %3. Importing into %4 does this:</source>
        <translation>
            <numerusform>%1 contém %n webhook, exportado de %2 (%3). A importação para %4 faz o seguinte:</numerusform>
            <numerusform>%1 contém %n webhooks, exportados de %2 (%3). A importação para %4 faz o seguinte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>O que a importação faz</translation>
    </message>
    <message>
        <source>Nothing is deleted: webhooks the file does not list stay as they are. Import sends the changes to Channex now.</source>
        <translation>Nada é excluído: os webhooks que o arquivo não lista ficam como estão. Importar envia as alterações ao Channex agora.</translation>
    </message>
    <message>
        <source>Nothing to change: the account already has these webhooks as the file lists them, or they cannot be imported.</source>
        <translation>Nada a alterar: a conta já tem estes webhooks como o arquivo os lista, ou eles não podem ser importados.</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (todas as propriedades)</translation>
    </message>
</context>
<context>
    <name>Gui::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
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
        <translation>string</translation>
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
        <translation>Chave</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Parâmetros de requisição</translation>
    </message>
    <message>
        <source>&amp;Add Header</source>
        <translation>&amp;Adicionar cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>&amp;Adicionar parâmetro</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Adicionar cabeçalho</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Adicionar parâmetro</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Remover cabeçalho</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Remover parâmetro</translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation>Remover os cabeçalhos selecionados</translation>
    </message>
    <message>
        <source>Remove the selected parameters</source>
        <translation>Remover os parâmetros selecionados</translation>
    </message>
    <message>
        <source>Add Secret Header</source>
        <translation>Adicionar cabeçalho secreto</translation>
    </message>
    <message>
        <source>Add secret header</source>
        <translation>Adicionar cabeçalho secreto</translation>
    </message>
    <message>
        <source>Adds %1 with %2 random bytes, so that the receiver can tell Channex&apos;s calls apart</source>
        <translation>Adiciona %1 com %2 bytes aleatórios, para que o receptor possa identificar as chamadas do Channex</translation>
    </message>
    <message>
        <source>Show Values</source>
        <translation>Mostrar valores</translation>
    </message>
    <message>
        <source>Show header values</source>
        <translation>Mostrar valores dos cabeçalhos</translation>
    </message>
    <message>
        <source>Show parameter values</source>
        <translation>Mostrar valores dos parâmetros</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>Copiar se&amp;gredo</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copiar segredo</translation>
    </message>
    <message>
        <source>Show the values</source>
        <translation>Mostrar os valores</translation>
    </message>
    <message>
        <source>Hide the values</source>
        <translation>Ocultar os valores</translation>
    </message>
    <message>
        <source>Replace Secret</source>
        <translation>Substituir segredo</translation>
    </message>
    <message>
        <source>Replace the value of %1?</source>
        <translation>Substituir o valor de %1?</translation>
    </message>
    <message>
        <source>The receiver will refuse Channex&apos;s calls until it is given the new secret.</source>
        <translation>O receptor recusará as chamadas do Channex até receber o novo segredo.</translation>
    </message>
    <message>
        <source>%1 now holds a new random secret. Copy it into your receiver&apos;s configuration so that it can check Channex&apos;s calls.</source>
        <translation>%1 agora contém um novo segredo aleatório. Copie-o para a configuração do seu receptor, para que ele possa verificar as chamadas do Channex.</translation>
    </message>
    <message>
        <source>The secret is on the clipboard. Save the webhook to send it to Channex.</source>
        <translation>O segredo está na área de transferência. Salve o webhook para enviá-lo ao Channex.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…e mais %n problema.</numerusform>
            <numerusform>…e mais %n problemas.</numerusform>
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
        <translation>Requisições capturadas</translation>
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
        <translation>Impedir que a lista se mova; as novas capturas continuam sendo recebidas e salvas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new — Resume</source>
        <translation>
            <numerusform>%n nova — Retomar</numerusform>
            <numerusform>%n novas — Retomar</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused — Resume</source>
        <translation>Em pausa — Retomar</translation>
    </message>
    <message>
        <source>Show the captures that arrived while the list was paused</source>
        <translation>Mostrar as capturas que chegaram enquanto a lista estava em pausa</translation>
    </message>
    <message numerus="yes">
        <source>%1 capture(s) listed</source>
        <translation>
            <numerusform>%1 captura listada</numerusform>
            <numerusform>%1 capturas listadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>Searching the stored captures…</source>
        <translation>Pesquisando nas capturas salvas…</translation>
    </message>
    <message>
        <source>No capture matches the filter</source>
        <translation>Nenhuma captura corresponde ao filtro</translation>
    </message>
    <message>
        <source>Change the filter, or clear it to list every stored capture.</source>
        <translation>Altere o filtro ou limpe-o para listar todas as capturas salvas.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>The list is paused</source>
        <translation>A lista está pausada</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) arrived since. Resume lists them.</source>
        <translation>
            <numerusform>Desde então chegou %n captura. “Retomar” a mostra.</numerusform>
            <numerusform>Desde então chegaram %n capturas. “Retomar” as mostra.</numerusform>
        </translation>
    </message>
    <message>
        <source>No captures yet</source>
        <translation>Nenhuma captura ainda</translation>
    </message>
    <message>
        <source>Start the receiver above and point a webhook at its URL: every request it gets is stored and listed here as it arrives.</source>
        <translation>Inicie o receptor acima e aponte um webhook para a URL dele: cada requisição recebida é salva e listada aqui assim que chega.</translation>
    </message>
    <message>
        <source>Waiting for the first request</source>
        <translation>Aguardando a primeira requisição</translation>
    </message>
    <message>
        <source>Point a webhook at %1: every request the receiver gets is stored and listed here as it arrives.</source>
        <translation>Aponte um webhook para %1: cada requisição recebida pelo receptor é salva e listada aqui assim que chega.</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Load the webhooks again (%1)</source>
        <translation>Carregar os webhooks novamente (%1)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Webhook Console</source>
        <translation>&amp;Sobre o Webhook Console</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>o sandbox integrado (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Carregando de %1…</translation>
    </message>
    <message>
        <source>Connected to %1 · updated %2</source>
        <translation>Conectado a %1 · atualizado às %2</translation>
    </message>
    <message>
        <source> · property names unavailable: %1</source>
        <translation> · nomes das propriedades indisponíveis: %1</translation>
    </message>
    <message>
        <source>Could not load from %1</source>
        <translation>Não foi possível carregar de %1</translation>
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
            <numerusform>Exibindo %1 de %n webhook</numerusform>
            <numerusform>Exibindo %1 de %n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Live Panel Unavailable</source>
        <translation>Painel ao vivo indisponível</translation>
    </message>
    <message>
        <source>The capture database %1 cannot be opened: %2 The live receiver is off until this is fixed.</source>
        <translation>Não é possível abrir o banco de dados de capturas %1: %2 O receptor ao vivo fica desligado até que isso seja corrigido.</translation>
    </message>
    <message>
        <source>The webhooks of the connection in use</source>
        <translation>Os webhooks da conexão em uso</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Requests received by the live receiver</source>
        <translation>Requisições recebidas pelo receptor ao vivo</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>Captu&amp;res</source>
        <translation>Ca&amp;pturas</translation>
    </message>
    <message>
        <source>The built-in sandbox keeps your changes until the console quits; it starts from its demo data each time.</source>
        <translation>O sandbox integrado mantém suas alterações até o console ser fechado; ele começa sempre com seus dados de demonstração.</translation>
    </message>
    <message>
        <source>%1 The live receiver is off until this is fixed (File ▸ Preferences ▸ Shared capture history, or --store).</source>
        <translation>%1 O receptor ao vivo fica desligado até que isso seja corrigido (Arquivo ▸ Preferências ▸ Histórico compartilhado de capturas, ou --store).</translation>
    </message>
    <message>
        <source>Cannot reach %1 since %2: %3</source>
        <translation>Não é possível acessar %1 desde as %2: %3</translation>
    </message>
    <message>
        <source>No keychain: API keys are kept only until you quit.</source>
        <translation>Sem chaveiro: as chaves de API ficam guardadas só até sair.</translation>
    </message>
    <message>
        <source>Opening the shared capture history %1…</source>
        <translation>Abrindo o histórico compartilhado de capturas %1…</translation>
    </message>
    <message>
        <source>The built-in sandbox forgets your changes when the console quits.</source>
        <translation>O sandbox integrado esquece suas alterações quando o console é fechado.</translation>
    </message>
</context>
<context>
    <name>Gui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>todos os eventos</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 e mais %2</translation>
    </message>
    <message>
        <source>For %1, Channex delivers %2 only to that property&apos;s own webhook (%3), not to this global one.</source>
        <translation>Para %1, o Channex entrega %2 apenas ao webhook próprio dessa propriedade (%3), não a este global.</translation>
    </message>
    <message>
        <source>For this property, Channex delivers %1 only to this webhook, not to the global webhook %2.</source>
        <translation>Para esta propriedade, o Channex entrega %1 apenas a este webhook, não ao webhook global %2.</translation>
    </message>
    <message>
        <source>Another webhook of the same scope (%1) also sends %2 to this URL: each of these events arrives twice.</source>
        <translation>Outro webhook do mesmo escopo (%1) também envia %2 para esta URL: cada um desses eventos chega duas vezes.</translation>
    </message>
    <message>
        <source>The event mask names no documented Channex event (%1): Channex delivers nothing to this webhook.</source>
        <translation>A máscara de eventos não cita nenhum evento documentado do Channex (%1): o Channex não entrega nada a este webhook.</translation>
    </message>
    <message>
        <source>Active on Channex production with a plain http URL: bookings and guest data travel unencrypted.</source>
        <translation>Ativo na produção do Channex com uma URL http simples: reservas e dados de hóspedes trafegam sem criptografia.</translation>
    </message>
    <message>
        <source>Property wins</source>
        <translation>Propriedade prevalece</translation>
    </message>
    <message>
        <source>Wins over global</source>
        <translation>Prevalece sobre o global</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Enviado duas vezes</translation>
    </message>
    <message>
        <source>No known event</source>
        <translation>Nenhum evento conhecido</translation>
    </message>
    <message>
        <source>Plain http</source>
        <translation>http simples</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>No overlap: Channex delivers to this webhook as its row says.</source>
        <translation>Sem sobreposição: o Channex entrega a este webhook conforme indica a linha dele.</translation>
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
        <translation>Propriedade:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>Payload timestamp:</source>
        <translation>Data e hora do payload:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recebida em:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Our answer:</source>
        <translation>Nossa resposta:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Marcações:</translation>
    </message>
    <message>
        <source>Payload check:</source>
        <translation>Verificação do payload:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Payload timestamp</source>
        <translation>Data e hora do payload</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Recebida em</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Nossa resposta</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Payload check</source>
        <translation>Verificação do payload</translation>
    </message>
    <message>
        <source>Not a Channex payload</source>
        <translation>Não é um payload do Channex</translation>
    </message>
    <message>
        <source>%1 (not an event Channex documents)</source>
        <translation>%1 (não é um evento documentado pelo Channex)</translation>
    </message>
    <message>
        <source>%1 port %2, connection %3</source>
        <translation>%1, porta %2, conexão %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Rejected by the receiver: %1</source>
        <translation>Rejeitada pelo receptor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n byte(s) of the request were kept.</source>
        <translation>
            <numerusform>Somente o primeiro %n byte da requisição foi guardado.</numerusform>
            <numerusform>Somente os primeiros %n bytes da requisição foram guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret header was missing or wrong, so it was answered 401. %1</source>
        <translation>O cabeçalho secreto estava ausente ou incorreto, por isso a resposta foi 401. %1</translation>
    </message>
    <message>
        <source>Duplicate: the same body arrived before for this event and property.</source>
        <translation>Duplicada: o mesmo corpo já chegou antes para este evento e esta propriedade.</translation>
    </message>
    <message>
        <source>Pinned: retention and Clear keep it.</source>
        <translation>Fixada: é mantida na retenção e ao limpar tudo.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Checking the body…</source>
        <translation>Verificando o corpo…</translation>
    </message>
    <message>
        <source>Out of order: its payload timestamp is earlier than one already received about the same booking, ARI record or message thread.</source>
        <translation>Fora de ordem: o carimbo de data/hora do conteúdo é anterior a outro já recebido sobre a mesma reserva, registro ARI ou conversa.</translation>
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
        <translation>O conteúdo não é JSON: %1 na linha %2, coluna %3. Corrija-o ou limpe o campo para não enviar conteúdo.</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Captures are kept on this computer.</source>
        <translation>As capturas são guardadas neste computador.</translation>
    </message>
    <message>
        <source>Saved. From the next start, the live panel and its receiver use %1 (a --store given on the command line comes first).</source>
        <translation>Salvo. A partir da próxima inicialização, o painel ao vivo e o receptor dele usam %1 (um --store informado na linha de comando tem prioridade).</translation>
    </message>
    <message>
        <source>no keychain on this system: PGPASSWORD or ~/.pgpass</source>
        <translation>sem chaveiro neste sistema: PGPASSWORD ou ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>Gui::QueryTab</name>
    <message>
        <source>Query parameters</source>
        <translation>Parâmetros de consulta</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The request target has no query parameters.</source>
        <translation>O destino da requisição não tem parâmetros de consulta.</translation>
    </message>
</context>
<context>
    <name>Gui::RawTab</name>
    <message>
        <source>Show as hex</source>
        <translation>Mostrar em hexadecimal</translation>
    </message>
    <message>
        <source>Show the raw bytes as hex</source>
        <translation>Mostrar os bytes brutos em hexadecimal</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Requisição bruta</translation>
    </message>
    <message>
        <source>Raw request in hex</source>
        <translation>Requisição bruta em hexadecimal</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copiar linhas</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), exactly as received.</source>
        <translation>
            <numerusform>%n byte, exatamente como foi recebido.</numerusform>
            <numerusform>%n bytes, exatamente como foram recebidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bytes were kept for this request.</source>
        <translation>Nenhum byte foi guardado para esta requisição.</translation>
    </message>
    <message>
        <source>Over 1 MB, so shown as hex only; the Body tab shows the text.</source>
        <translation>Mais de 1 MB, por isso é mostrada só em hexadecimal; a aba Corpo mostra o texto.</translation>
    </message>
    <message>
        <source>Not UTF-8 text, or holds control characters: shown as hex.</source>
        <translation>Não é texto UTF-8 ou contém caracteres de controle: mostrada em hexadecimal.</translation>
    </message>
</context>
<context>
    <name>Gui::ReceiverBar</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (somente este computador)</translation>
    </message>
    <message>
        <source>0.0.0.0 (every IPv4 network)</source>
        <translation>0.0.0.0 (todas as redes IPv4)</translation>
    </message>
    <message>
        <source>:: (every network)</source>
        <translation>:: (todas as redes)</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Endereço de escuta</translation>
    </message>
    <message>
        <source>Where the receiver listens. Only 127.0.0.1 keeps other machines out.</source>
        <translation>Onde o receptor escuta. Só 127.0.0.1 impede o acesso de outras máquinas.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Porta do receptor</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>qualquer livre</translation>
    </message>
    <message>
        <source>The TCP port to listen on; &quot;any free&quot; lets the system pick one</source>
        <translation>A porta TCP em que escutar; “qualquer livre” deixa o sistema escolher uma</translation>
    </message>
    <message>
        <source>Local URL:</source>
        <translation>URL local:</translation>
    </message>
    <message>
        <source>Local receiver URL</source>
        <translation>URL local do receptor</translation>
    </message>
    <message>
        <source>Start the receiver to get its URL</source>
        <translation>Inicie o receptor para obter a URL dele</translation>
    </message>
    <message>
        <source>Copy local URL</source>
        <translation>Copiar URL local</translation>
    </message>
    <message>
        <source>Copy the receiver&apos;s local URL to the clipboard</source>
        <translation>Copiar a URL local do receptor para a área de transferência</translation>
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
        <translation>https://… de um túnel que você executa (opcional)</translation>
    </message>
    <message>
        <source>The address Channex can reach, such as an ngrok or cloudflared tunnel to the local URL. &quot;Use live receiver&quot; puts it into callback URLs when set.</source>
        <translation>O endereço que o Channex consegue acessar, como um túnel ngrok ou cloudflared para a URL local. Quando definido, “Usar receptor ao vivo” o coloca nas URLs de callback.</translation>
    </message>
    <message>
        <source>Secret header name</source>
        <translation>Nome do cabeçalho secreto</translation>
    </message>
    <message>
        <source>e.g. X-Channex-Webhook-Secret (empty: no check)</source>
        <translation>p. ex. X-Channex-Webhook-Secret (vazio: sem verificação)</translation>
    </message>
    <message>
        <source>With a name and a value set, requests without this header and value are answered 401, flagged and still captured</source>
        <translation>Com um nome e um valor definidos, as requisições sem este cabeçalho e este valor são respondidas com 401, marcadas e capturadas mesmo assim</translation>
    </message>
    <message>
        <source>Expected secret value</source>
        <translation>Valor secreto esperado</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings</source>
        <translation>Guardado no chaveiro, nunca nas configurações</translation>
    </message>
    <message>
        <source>Kept until the console quits</source>
        <translation>Guardado até o console ser fechado</translation>
    </message>
    <message>
        <source>Other machines on your networks can send requests to the receiver on this address.</source>
        <translation>Outras máquinas das suas redes podem enviar requisições ao receptor neste endereço.</translation>
    </message>
    <message>
        <source>Captures cannot be saved: %1 — requests are answered 503 until this is fixed.</source>
        <translation>Não é possível salvar as capturas: %1 — as requisições serão respondidas com 503 até que isso seja corrigido.</translation>
    </message>
    <message>
        <source>Stop receiver</source>
        <translation>Parar receptor</translation>
    </message>
    <message>
        <source>Start receiver</source>
        <translation>Iniciar receptor</translation>
    </message>
    <message>
        <source>Stop listening; the captures are kept</source>
        <translation>Parar de escutar; as capturas são mantidas</translation>
    </message>
    <message>
        <source>Listen for webhook deliveries on the address and port shown</source>
        <translation>Escutar as entregas de webhooks no endereço e na porta mostrados</translation>
    </message>
    <message>
        <source>Not used: %1 &quot;Use live receiver&quot; puts the local URL in its place.</source>
        <translation>Não usada: %1 “Usar receptor ao vivo” coloca a URL local no lugar dela.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Secre&amp;t header:</source>
        <translation>Cabeçalho sec&amp;reto:</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Stop rece&amp;iver</source>
        <translation>Parar recep&amp;tor</translation>
    </message>
    <message>
        <source>Start rece&amp;iver</source>
        <translation>Iniciar recep&amp;tor</translation>
    </message>
    <message>
        <source>No secret check: %1 The receiver does not run until the name is corrected or cleared.</source>
        <translation>Sem verificação do segredo: %1 O receptor não funciona até que o nome seja corrigido ou apagado.</translation>
    </message>
    <message>
        <source>No secret check yet: enter the value the %1 header must carry. Until then every request is answered 200.</source>
        <translation>Ainda sem verificação do segredo: digite o valor que o cabeçalho %1 deve levar. Até lá, toda requisição é respondida com 200.</translation>
    </message>
    <message>
        <source>A&amp;nswers…</source>
        <translation>Como respon&amp;der…</translation>
    </message>
    <message>
        <source>Answers: response rules and forwarding</source>
        <translation>Respostas: regras de resposta e encaminhamento</translation>
    </message>
    <message>
        <source>Answer like the endpoint you are building: response rules (a 503 three times, a slow answer) and forwarding to your app</source>
        <translation>Responder como o endpoint que você está desenvolvendo: regras de resposta (503 três vezes, uma resposta lenta) e encaminhamento para o seu app</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then forwarded</source>
        <translation>
            <numerusform>%n regra, depois encaminhamento</numerusform>
            <numerusform>%n regras, depois encaminhamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), then 200</source>
        <translation>
            <numerusform>%n regra, depois 200</numerusform>
            <numerusform>%n regras, depois 200</numerusform>
        </translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>encaminhado para %1</translation>
    </message>
    <message>
        <source>200 to every request</source>
        <translation>200 para toda requisição</translation>
    </message>
    <message>
        <source>How requests are answered: %1</source>
        <translation>Como as requisições são respondidas: %1</translation>
    </message>
    <message>
        <source>The public URL is not used: %1 &quot;Use live receiver&quot; puts the local URL, which Channex cannot reach from the internet, in its place.</source>
        <translation>A URL pública não é usada: %1 “Usar receptor ao vivo” coloca no lugar dela a URL local, que o Channex não consegue acessar pela internet.</translation>
    </message>
</context>
<context>
    <name>Gui::RecipientsList</name>
    <message>
        <source>the event without its payload (send_data is off)</source>
        <translation>o evento sem seu conteúdo (send_data está desativado)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ARI record(s), as its filter asks</source>
        <translation>
            <numerusform>%1 de %n registro ARI, conforme pede seu filtro</numerusform>
            <numerusform>%1 de %n registros ARI, conforme pede seu filtro</numerusform>
        </translation>
    </message>
    <message>
        <source>the event (Channex documents no payload for it)</source>
        <translation>o evento (a Channex não documenta conteúdo para ele)</translation>
    </message>
    <message>
        <source>the event with its payload</source>
        <translation>o evento com seu conteúdo</translation>
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
        <translation>Recebe</translation>
    </message>
    <message>
        <source>Webhooks that receive it</source>
        <translation>Webhooks que o recebem</translation>
    </message>
    <message>
        <source>nothing: a global webhook, kept out by this hotel&apos;s own webhook %1</source>
        <translation>nada: um webhook global, excluído pelo webhook próprio %1 deste hotel</translation>
    </message>
    <message>
        <source>No active webhook of this hotel or global one listens for it.</source>
        <translation>Nenhum webhook ativo deste hotel nem global o escuta.</translation>
    </message>
</context>
<context>
    <name>Gui::ReplayDialog</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Nada enviado ainda.</translation>
    </message>
    <message>
        <source>Enter the URL to send the capture to.</source>
        <translation>Digite a URL para onde enviar a captura.</translation>
    </message>
    <message>
        <source>The target URL must be a complete http:// or https:// address, such as http://localhost:3000/webhooks.</source>
        <translation>A URL de destino deve ser um endereço http:// ou https:// completo, como http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The method must be one word of letters, such as POST.</source>
        <translation>O método deve ser uma única palavra formada só por letras, como POST.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>No answer from %1 within the time limit (%2). Check that the receiving app is running and not stuck.</source>
        <translation>Sem resposta de %1 dentro do tempo limite (%2). Verifique se o aplicativo receptor está em execução e não travou.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the URL and that the receiving app is running.</source>
        <translation>Não foi possível acessar %1: %2. Verifique a URL e se o aplicativo receptor está em execução.</translation>
    </message>
    <message>
        <source>No answer after %1 s.</source>
        <translation>Sem resposta após %1 s.</translation>
    </message>
    <message>
        <source>%1 %2 after %3 s</source>
        <translation>%1 %2 após %3 s</translation>
    </message>
</context>
<context>
    <name>Gui::ResponseTab</name>
    <message>
        <source>Response headers</source>
        <translation>Cabeçalhos da resposta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corpo da resposta</translation>
    </message>
    <message>
        <source>Our answer had no body.</source>
        <translation>Nossa resposta não tinha corpo.</translation>
    </message>
    <message>
        <source>We answered %1.</source>
        <translation>Respondemos %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are not UTF-8 text.</source>
        <translation>
            <numerusform>%n byte que não é texto UTF-8.</numerusform>
            <numerusform>%n bytes que não são texto UTF-8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::RetentionEditor</name>
    <message>
        <source>K&amp;eep at most:</source>
        <translation>Ma&amp;nter no máximo:</translation>
    </message>
    <message>
        <source>Retention by count</source>
        <translation>Retenção por quantidade</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Older captures beyond this number are deleted; pinned ones are kept</source>
        <translation>As capturas mais antigas que excederem este número são excluídas; as fixadas são mantidas</translation>
    </message>
    <message>
        <source>Retention by age in days</source>
        <translation>Retenção por idade em dias</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>qualquer idade</translation>
    </message>
    <message>
        <source>Captures older than this are deleted; pinned ones are kept</source>
        <translation>As capturas mais antigas que isso são excluídas; as fixadas são mantidas</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %n capture(s) will be deleted now.</source>
        <translation>
            <numerusform>A captura mais antiga (%n) será excluída agora.</numerusform>
            <numerusform>As %n capturas mais antigas serão excluídas agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) will be deleted now.</source>
        <translation>
            <numerusform>As capturas com mais de %n dia serão excluídas agora.</numerusform>
            <numerusform>As capturas com mais de %n dias serão excluídas agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Retention</source>
        <translation>Aplicar retenção</translation>
    </message>
    <message>
        <source>Pinned captures are kept. This cannot be undone.</source>
        <translation>As capturas fixadas são mantidas. Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>&amp;Delete and Apply</source>
        <translation>&amp;Excluir e aplicar</translation>
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
            <numerusform> dia</numerusform>
            <numerusform> dias</numerusform>
        </translation>
    </message>
    <message>
        <source>The capture history is shared through %1: the retention applies to everyone who uses it, and what it deletes disappears from your colleagues&apos; consoles too. Pinned captures are kept. This cannot be undone.</source>
        <translation>O histórico de capturas é compartilhado por meio de %1: a retenção vale para todos que o usam, e o que ela exclui também desaparece dos consoles dos seus colegas. As capturas fixadas são mantidas. Esta ação não pode ser desfeita.</translation>
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
        <translation>Tentativas das últimas entregas, por tempo após a primeira</translation>
    </message>
    <message>
        <source>Delivered (2xx)</source>
        <translation>Entregue (2xx)</translation>
    </message>
    <message>
        <source>Refused (3xx, 4xx)</source>
        <translation>Recusado (3xx, 4xx)</translation>
    </message>
    <message>
        <source>Failed (5xx or no answer)</source>
        <translation>Falhou (5xx ou sem resposta)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Next attempt due</source>
        <translation>Próxima tentativa prevista</translation>
    </message>
    <message>
        <source>Time after the first attempt (%1)</source>
        <translation>Tempo após a primeira tentativa (%1)</translation>
    </message>
</context>
<context>
    <name>Gui::RevealToggle</name>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar a chave de API</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostrar chave de API</translation>
    </message>
    <message>
        <source>Hide API key</source>
        <translation>Ocultar chave de API</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Ocultar a chave de API</translation>
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
        <translation>Ocultar o valor secreto</translation>
    </message>
    <message>
        <source>Show the secret value</source>
        <translation>Mostrar o valor secreto</translation>
    </message>
</context>
<context>
    <name>Gui::RuleForm</name>
    <message>
        <source>Line %1 of the headers is not “Name: value”.</source>
        <translation>A linha %1 dos cabeçalhos não é “Nome: valor”.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Matches:</source>
        <translation>&amp;Corresponde a:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Resposta:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;orpo:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Ca&amp;beçalhos:</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Quantas vezes:</translation>
    </message>
    <message>
        <source>optional: how captures name the rule</source>
        <translation>opcional: como as capturas chamam a regra</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nome da regra</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>qualquer método</translation>
    </message>
    <message>
        <source>Method the rule matches</source>
        <translation>Método a que a regra corresponde</translation>
    </message>
    <message>
        <source>any path; /hooks/* for a prefix</source>
        <translation>qualquer caminho; /hooks/* para um prefixo</translation>
    </message>
    <message>
        <source>Path the rule matches</source>
        <translation>Caminho a que a regra corresponde</translation>
    </message>
    <message>
        <source>any request</source>
        <translation>qualquer requisição</translation>
    </message>
    <message>
        <source>Channex event the rule matches</source>
        <translation>Evento do Channex a que a regra corresponde</translation>
    </message>
    <message>
        <source>Status the rule answers with</source>
        <translation>Status com que a regra responde</translation>
    </message>
    <message>
        <source>status </source>
        <translation>status </translation>
    </message>
    <message>
        <source>the answer&apos;s body, e.g. busy</source>
        <translation>corpo da resposta, p. ex. busy</translation>
    </message>
    <message>
        <source>Body the rule answers with</source>
        <translation>Corpo com que a regra responde</translation>
    </message>
    <message>
        <source>one per line, e.g. Retry-After: 60</source>
        <translation>um por linha, p. ex. Retry-After: 60</translation>
    </message>
    <message>
        <source>Headers the rule answers with</source>
        <translation>Cabeçalhos com que a regra responde</translation>
    </message>
    <message>
        <source>after </source>
        <translation>após </translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay before answering, in milliseconds</source>
        <translation>Atraso antes de responder, em milissegundos</translation>
    </message>
    <message>
        <source>Only the first</source>
        <translation>Só as primeiras</translation>
    </message>
    <message>
        <source>Answer only a number of requests</source>
        <translation>Responder só a um número de requisições</translation>
    </message>
    <message numerus="yes">
        <source> request(s)</source>
        <translation>
            <numerusform> requisição</numerusform>
            <numerusform> requisições</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of requests the rule answers</source>
        <translation>Número de requisições que a regra responde</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Só</translation>
    </message>
    <message>
        <source>Answer only a share of the requests</source>
        <translation>Responder só a uma parte das requisições</translation>
    </message>
    <message>
        <source> % of them</source>
        <translation> % delas</translation>
    </message>
    <message>
        <source>Share of the matching requests the rule answers</source>
        <translation>Parte das requisições correspondentes que a regra responde</translation>
    </message>
</context>
<context>
    <name>Gui::RulesTableModel</name>
    <message>
        <source>%1 after %2 ms</source>
        <translation>%1 após %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of requests</source>
        <translation>%1 % das requisições</translation>
    </message>
    <message>
        <source>always</source>
        <translation>sempre</translation>
    </message>
    <message>
        <source>not applied yet</source>
        <translation>ainda não aplicada</translation>
    </message>
    <message>
        <source>%1 (spent)</source>
        <translation>%1 (esgotada)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Corresponde a</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Quantas vezes</translation>
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
        <translation>Dis&amp;parar evento…</translation>
    </message>
    <message>
        <source>Play Channex: send an event to the sandbox&apos;s webhooks (%1)</source>
        <translation>Fazer o papel da Channex: enviar um evento aos webhooks da sandbox (%1)</translation>
    </message>
    <message>
        <source>Sh&amp;ow Deliveries</source>
        <translation>&amp;Mostrar entregas</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Every attempt the sandbox made to deliver a fired event</source>
        <translation>Cada tentativa da sandbox de entregar um evento disparado</translation>
    </message>
</context>
<context>
    <name>Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
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
        <translation>Em campos e caixas de diálogo</translation>
    </message>
    <message>
        <source>Clear the filter (in the filter field)</source>
        <translation>Limpar o filtro (no campo de filtro)</translation>
    </message>
    <message>
        <source>Move to the next field, leaving the table</source>
        <translation>Ir para o próximo campo, saindo da tabela</translation>
    </message>
    <message>
        <source>Tick or clear Active (on the Active cell)</source>
        <translation>Marcar ou desmarcar “Ativo” (na célula “Ativo”)</translation>
    </message>
    <message>
        <source>Save the webhook (in its dialog)</source>
        <translation>Salvar o webhook (na caixa de diálogo dele)</translation>
    </message>
    <message>
        <source>Close a dialog, asking first when something changed</source>
        <translation>Fechar uma caixa de diálogo, perguntando antes se algo foi alterado</translation>
    </message>
</context>
<context>
    <name>Gui::SideChooser</name>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Esquerda:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Direita:</translation>
    </message>
    <message>
        <source>Left connection</source>
        <translation>Conexão da esquerda</translation>
    </message>
    <message>
        <source>Right connection</source>
        <translation>Conexão da direita</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the left</source>
        <translation>A conexão cujos webhooks são exibidos à esquerda</translation>
    </message>
    <message>
        <source>The connection whose webhooks are shown on the right</source>
        <translation>A conexão cujos webhooks são exibidos à direita</translation>
    </message>
    <message>
        <source>Left connection state</source>
        <translation>Status da conexão da esquerda</translation>
    </message>
    <message>
        <source>Right connection state</source>
        <translation>Status da conexão da direita</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
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
        <translation>Teste de %1</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>URL de callback: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Gui::TestResultView</name>
    <message>
        <source>Test result</source>
        <translation>Resultado do teste</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corpo da resposta</translation>
    </message>
    <message>
        <source>Channex did not run the test: %1</source>
        <translation>O Channex não executou o teste: %1</translation>
    </message>
    <message>
        <source>The receiver sent no HTTP status</source>
        <translation>O receptor não enviou nenhum status HTTP</translation>
    </message>
    <message>
        <source>Channex reached no answer from the callback URL.</source>
        <translation>O Channex não obteve resposta da URL de callback.</translation>
    </message>
    <message>
        <source>The receiver accepted the test: %1</source>
        <translation>O receptor aceitou o teste: %1</translation>
    </message>
    <message>
        <source>The receiver refused the test: %1</source>
        <translation>O receptor recusou o teste: %1</translation>
    </message>
    <message>
        <source>Channex treats any answer other than 2xx as a failed delivery and tries again later.</source>
        <translation>O Channex trata qualquer resposta diferente de 2xx como falha na entrega e tenta novamente mais tarde.</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer had no body.</source>
        <translation>A resposta do receptor não tinha corpo.</translation>
    </message>
    <message>
        <source>Sending a test call…</source>
        <translation>Enviando uma chamada de teste…</translation>
    </message>
    <message>
        <source>No test yet.</source>
        <translation>Nenhum teste ainda.</translation>
    </message>
    <message>
        <source>The callback URL could not be reached</source>
        <translation>Não foi possível alcançar a URL de callback</translation>
    </message>
    <message>
        <source>%1. Check the host name in the URL, and that the receiver runs and accepts connections.</source>
        <translation>%1. Verifique o nome do host na URL e se o receptor está rodando e aceita conexões.</translation>
    </message>
    <message>
        <source>Show the test&apos;s capture in the Live tab</source>
        <translation>Mostrar a captura do teste na aba Ao vivo</translation>
    </message>
    <message>
        <source>Looking for the test in the live receiver…</source>
        <translation>Procurando o teste no receptor ao vivo…</translation>
    </message>
    <message>
        <source>Arrived in the live receiver at %1: %2 %3, answered %4.</source>
        <translation>Chegou ao receptor ao vivo às %1: %2 %3, respondido com %4.</translation>
    </message>
    <message>
        <source>Nothing arrived in the live receiver during the test: the call went elsewhere, or the receiver was stopped.</source>
        <translation>Nada chegou ao receptor ao vivo durante o teste: a chamada foi para outro lugar, ou o receptor estava parado.</translation>
    </message>
    <message>
        <source>Show in Live Ta&amp;b</source>
        <translation>Mostrar na aba Ao &amp;vivo</translation>
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
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Árvore JSON</translation>
    </message>
    <message>
        <source>Reading the JSON…</source>
        <translation>Lendo o JSON…</translation>
    </message>
    <message>
        <source>The body is not a JSON object or array, so there is no tree.</source>
        <translation>O corpo não é um objeto nem um array JSON, por isso não há árvore.</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookActions</name>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>&amp;New Webhook…</source>
        <translation>&amp;Novo webhook…</translation>
    </message>
    <message>
        <source>Create a webhook (%1)</source>
        <translation>Criar um webhook (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Webhook…</source>
        <translation>&amp;Editar webhook…</translation>
    </message>
    <message>
        <source>Change the selected webhook (Return)</source>
        <translation>Alterar o webhook selecionado (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the selected webhooks (%1)</source>
        <translation>Excluir os webhooks selecionados (%1)</translation>
    </message>
    <message>
        <source>D&amp;uplicate to Other Properties…</source>
        <translation>&amp;Duplicar para outras propriedades…</translation>
    </message>
    <message>
        <source>&amp;Test Webhook</source>
        <translation>&amp;Testar webhook</translation>
    </message>
    <message>
        <source>Ask Channex to send a test request to the selected webhook&apos;s URL</source>
        <translation>Pedir ao Channex que envie uma requisição de teste para a URL do webhook selecionado</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <source>Resume deliveries to the selected webhooks</source>
        <translation>Retomar as entregas aos webhooks selecionados</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>De&amp;sativar</translation>
    </message>
    <message>
        <source>Pause deliveries to the selected webhooks</source>
        <translation>Pausar as entregas aos webhooks selecionados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Send nothing more; changes already sent are kept</source>
        <translation>Não enviar mais nada; as alterações já enviadas são mantidas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Webhook created.</source>
        <translation>Webhook criado.</translation>
    </message>
    <message>
        <source>Webhook saved.</source>
        <translation>Webhook salvo.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>A webhook was deleted elsewhere (in Channex or by a colleague); the table was refreshed.</source>
        <translation>Um webhook foi excluído em outro lugar (no Channex ou por um colega); a tabela foi atualizada.</translation>
    </message>
    <message>
        <source>Delete Webhooks</source>
        <translation>Excluir webhooks</translation>
    </message>
    <message>
        <source>Delete the webhook for %1?</source>
        <translation>Excluir o webhook de %1?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n webhook(s)?</source>
        <translation>
            <numerusform>Excluir %n webhook?</numerusform>
            <numerusform>Excluir %n webhooks?</numerusform>
        </translation>
    </message>
    <message>
        <source>Channex stops sending these events at once. This cannot be undone.</source>
        <translation>O Channex deixa de enviar esses eventos imediatamente. Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Excluindo…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) deleted.</source>
        <translation>
            <numerusform>%n webhook excluído.</numerusform>
            <numerusform>%n webhooks excluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not deleted</source>
        <translation>Alguns webhooks não foram excluídos</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Ativando…</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Desativando…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) enabled.</source>
        <translation>
            <numerusform>%n webhook ativado.</numerusform>
            <numerusform>%n webhooks ativados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) disabled.</source>
        <translation>
            <numerusform>%n webhook desativado.</numerusform>
            <numerusform>%n webhooks desativados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some webhooks were not enabled</source>
        <translation>Alguns webhooks não foram ativados</translation>
    </message>
    <message>
        <source>Some webhooks were not disabled</source>
        <translation>Alguns webhooks não foram desativados</translation>
    </message>
    <message>
        <source>Duplicating…</source>
        <translation>Duplicando…</translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies) created.</source>
        <translation>
            <numerusform>%n cópia criada.</numerusform>
            <numerusform>%n cópias criadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some copies were not created</source>
        <translation>Algumas cópias não foram criadas</translation>
    </message>
    <message>
        <source>Webhook enabled.</source>
        <translation>Webhook ativado.</translation>
    </message>
    <message>
        <source>Webhook disabled.</source>
        <translation>Webhook desativado.</translation>
    </message>
    <message>
        <source>Webhook Not Enabled</source>
        <translation>Webhook não ativado</translation>
    </message>
    <message>
        <source>Webhook Not Disabled</source>
        <translation>Webhook não desativado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n succeeded.</source>
        <translation>
            <numerusform>Concluído com êxito: %1 de %n.</numerusform>
            <numerusform>Concluídos com êxito: %1 de %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent: stopped.</source>
        <translation>
            <numerusform>%n não enviado: operação interrompida.</numerusform>
            <numerusform>%n não enviados: operação interrompida.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped: the connection changed before every change was sent. Refresh to see what was stored.</source>
        <translation>Interrompido: a conexão mudou antes de todas as alterações serem enviadas. Atualize para ver o que foi salvo.</translation>
    </message>
    <message>
        <source>Use &amp;Live Receiver…</source>
        <translation>Usar &amp;receptor ao vivo…</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first</source>
        <translation>Inicie primeiro o receptor na aba Ao vivo</translation>
    </message>
    <message>
        <source>Edit the selected webhook with %1 as its callback URL</source>
        <translation>Editar o webhook selecionado com %1 como URL de callback</translation>
    </message>
    <message>
        <source>Quit Webhook Console</source>
        <translation>Sair do Webhook Console</translation>
    </message>
    <message numerus="yes">
        <source>A change to %n webhook(s) is still running: %1 done.</source>
        <translation>
            <numerusform>Uma alteração em %n webhook ainda está em andamento: %1 concluído(s).</numerusform>
            <numerusform>Uma alteração em %n webhooks ainda está em andamento: %1 concluído(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, the webhooks not reached yet stay as they are. What Channex has already done is kept.</source>
        <translation>Se você sair agora, os webhooks ainda não alcançados ficam como estão. O que o Channex já alterou é mantido.</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Parar e sair</translation>
    </message>
    <message numerus="yes">
        <source>%n failed, each named below with why.</source>
        <translation>
            <numerusform>%n falhou; abaixo, com o motivo.</numerusform>
            <numerusform>%n falharam; cada uma abaixo, com o motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, listed under Show Details.</source>
        <translation>
            <numerusform>… e mais %n, listada em “Mostrar detalhes”.</numerusform>
            <numerusform>… e mais %n, listadas em “Mostrar detalhes”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Channex asked to slow down: sending %n change(s) again in %1 s…</source>
        <translation>
            <numerusform>O Channex pediu para desacelerar: %n alteração será reenviada em %1 s…</numerusform>
            <numerusform>O Channex pediu para desacelerar: %n alterações serão reenviadas em %1 s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) had to wait for Channex&apos;s rate limit (HTTP 429) and went again.</source>
        <translation>
            <numerusform>%n alteração teve de esperar o limite de requisições do Channex (HTTP 429) e foi reenviada.</numerusform>
            <numerusform>%n alterações tiveram de esperar o limite de requisições do Channex (HTTP 429) e foram reenviadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::WebhookDialog</name>
    <message>
        <source>New Webhook</source>
        <translation>Novo webhook</translation>
    </message>
    <message>
        <source>Edit Webhook</source>
        <translation>Editar webhook</translation>
    </message>
    <message>
        <source>Choose a property…</source>
        <translation>Escolha uma propriedade…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Send these settings to Channex (Ctrl+Return)</source>
        <translation>Enviar estas configurações ao Channex (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (todas as propriedades)</translation>
    </message>
    <message>
        <source>Receives the events of every property of the account</source>
        <translation>Recebe os eventos de todas as propriedades da conta</translation>
    </message>
    <message>
        <source>Property %1 (not in the property list)</source>
        <translation>Propriedade %1 (não está na lista de propriedades)</translation>
    </message>
    <message>
        <source>Channex did not save the webhook:</source>
        <translation>O Channex não salvou o webhook:</translation>
    </message>
    <message>
        <source>Channex did not save the webhook: %1.</source>
        <translation>O Channex não salvou o webhook: %1.</translation>
    </message>
    <message>
        <source>Hide test result</source>
        <translation>Ocultar resultado do teste</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Mostrar resultado do teste</translation>
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
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Parâmetros de requisição</translation>
    </message>
    <message>
        <source>&amp;Headers (%1)</source>
        <translation>&amp;Cabeçalhos (%1)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Cabeçalhos</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters (%1)</source>
        <translation>Parâmetros de re&amp;quisição (%1)</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Parâmetros de re&amp;quisição</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Channex refused the last save; its messages are shown at the fields.</source>
        <translation>O Channex recusou o último salvamento; as mensagens dele são mostradas junto aos campos.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>Discard this new webhook?</source>
        <translation>Descartar este novo webhook?</translation>
    </message>
    <message>
        <source>Discard your changes to this webhook?</source>
        <translation>Descartar suas alterações neste webhook?</translation>
    </message>
    <message>
        <source>What you entered has not been saved to Channex.</source>
        <translation>O que você digitou não foi salvo no Channex.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuar editando</translation>
    </message>
    <message>
        <source>Start the receiver in the Live tab first; its URL then goes here.</source>
        <translation>Inicie primeiro o receptor na aba Ao vivo; a URL dele será colocada aqui.</translation>
    </message>
    <message>
        <source>Put %1 into Callback URL, so deliveries arrive in the Live tab</source>
        <translation>Colocar %1 em URL de callback, para que as entregas cheguem na aba Ao vivo</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…e mais %1.</translation>
    </message>
    <message>
        <source>Replaces %1 when you save.</source>
        <translation>Substitui %1 ao salvar.</translation>
    </message>
    <message>
        <source>Put the local URL %1 into Callback URL: the public URL of the Live tab is not used (%2)</source>
        <translation>Colocar a URL local %1 na URL de callback: a URL pública da aba Ao vivo não é usada (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookListModel</name>
    <message>
        <source>Global (all properties)</source>
        <translation>Global (todas as propriedades)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Full payload</source>
        <translation>Dados completos</translation>
    </message>
    <message>
        <source>Event only</source>
        <translation>Só o evento</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Channex delivers events to this webhook. Untick to pause it.</source>
        <translation>O Channex entrega eventos a este webhook. Desmarque para pausá-lo.</translation>
    </message>
    <message>
        <source>Paused: Channex delivers nothing. Tick to resume.</source>
        <translation>Pausado: o Channex não entrega nada. Marque para retomar.</translation>
    </message>
    <message>
        <source>%1
Webhook ID: %2</source>
        <translation>%1
ID do webhook: %2</translation>
    </message>
    <message>
        <source>Receives events from every property of the account.</source>
        <translation>Recebe eventos de todas as propriedades da conta.</translation>
    </message>
    <message>
        <source>Property ID: %1</source>
        <translation>ID da propriedade: %1</translation>
    </message>
    <message>
        <source>Deliveries include the event payload.</source>
        <translation>As entregas incluem os dados do evento.</translation>
    </message>
    <message>
        <source>Deliveries carry only event, property, user and time.</source>
        <translation>As entregas contêm apenas evento, propriedade, usuário e horário.</translation>
    </message>
    <message>
        <source>No custom headers.</source>
        <translation>Nenhum cabeçalho personalizado.</translation>
    </message>
    <message>
        <source>No request parameters.</source>
        <translation>Nenhum parâmetro de requisição.</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Cabeçalhos: %1</translation>
    </message>
    <message>
        <source>Request parameters: %1</source>
        <translation>Parâmetros de requisição: %1</translation>
    </message>
    <message>
        <source>Values are hidden; open the webhook to see them.</source>
        <translation>Os valores ficam ocultos; abra o webhook para vê-los.</translation>
    </message>
    <message>
        <source>Event mask: %1</source>
        <translation>Máscara de eventos: %1</translation>
    </message>
    <message>
        <source>Every event of the account, current and future.</source>
        <translation>Todos os eventos da conta, atuais e futuros.</translation>
    </message>
    <message>
        <source>Not a documented Channex event: %1</source>
        <translation>Não é um evento documentado do Channex: %1</translation>
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
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Enviar dados</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID do webhook</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookTransferActions</name>
    <message>
        <source>E&amp;xport Webhooks…</source>
        <translation>Exp&amp;ortar webhooks…</translation>
    </message>
    <message>
        <source>Write this account&apos;s webhooks to a file, to import them into another account</source>
        <translation>Gravar os webhooks desta conta em um arquivo, para importá-los em outra conta</translation>
    </message>
    <message>
        <source>&amp;Import Webhooks…</source>
        <translation>&amp;Importar webhooks…</translation>
    </message>
    <message>
        <source>Bring this account&apos;s webhooks in line with a webhook file, after a preview of every change</source>
        <translation>Alinhar os webhooks desta conta a um arquivo de webhooks, após uma prévia de cada alteração</translation>
    </message>
    <message>
        <source>The property names of this account could not be read (%1), and webhook files match properties by name. Refresh (F5) and try again.</source>
        <translation>Não foi possível ler os nomes das propriedades desta conta (%1), e os arquivos de webhooks associam as propriedades pelo nome. Atualize (F5) e tente novamente.</translation>
    </message>
    <message>
        <source>Export Webhooks</source>
        <translation>Exportar webhooks</translation>
    </message>
    <message>
        <source>Include the values of headers and request parameters?</source>
        <translation>Incluir os valores dos cabeçalhos e dos parâmetros da requisição?</translation>
    </message>
    <message>
        <source>They often hold secrets, such as a shared-secret header. Without them the file keeps the names only, and an import keeps the values the other account has.</source>
        <translation>Eles costumam conter segredos, como um cabeçalho de segredo compartilhado. Sem eles, o arquivo guarda apenas os nomes, e uma importação mantém os valores que a outra conta tem.</translation>
    </message>
    <message>
        <source>Include &amp;Values</source>
        <translation>Incluir &amp;valores</translation>
    </message>
    <message>
        <source>&amp;Names Only</source>
        <translation>Somente &amp;nomes</translation>
    </message>
    <message>
        <source>%1 webhooks.json</source>
        <translation>%1 webhooks.json</translation>
    </message>
    <message>
        <source>Webhook files (*.json);;All files (*)</source>
        <translation>Arquivos de webhooks (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n webhook(s) to %1.</source>
        <translation>
            <numerusform>%n webhook exportado para %1.</numerusform>
            <numerusform>%n webhooks exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Webhooks</source>
        <translation>Importar webhooks</translation>
    </message>
    <message>
        <source>Wait until the change that is running has finished.</source>
        <translation>Aguarde até que a alteração em andamento termine.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>Não importado</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Importação: criados %1, atualizados %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) skipped, as the preview said.</source>
        <translation>
            <numerusform>%n webhook ignorado, como a prévia indicou.</numerusform>
            <numerusform>%n webhooks ignorados, como a prévia indicou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Some webhooks were not imported</source>
        <translation>Alguns webhooks não foram importados</translation>
    </message>
</context>
<context>
    <name>Gui::WebhooksPanel</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Filter webhooks</source>
        <translation>Filtrar webhooks</translation>
    </message>
    <message>
        <source>Filter by callback URL, event, property name or ID, header or parameter name (%1)</source>
        <translation>Filtrar por URL de callback, evento, nome ou ID da propriedade, nome de cabeçalho ou de parâmetro (%1)</translation>
    </message>
    <message>
        <source>Words match the start of any word a row shows, in any order. Esc clears the filter.</source>
        <translation>As palavras correspondem ao início de qualquer palavra exibida numa linha, em qualquer ordem. Esc limpa o filtro.</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filtro de escopo</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Todos os escopos</translation>
    </message>
    <message>
        <source>Global only</source>
        <translation>Apenas globais</translation>
    </message>
    <message>
        <source>Property only</source>
        <translation>Apenas por propriedade</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Ativos e inativos</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Apenas ativos</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Apenas inativos</translation>
    </message>
    <message>
        <source>Refreshing webhooks</source>
        <translation>Atualizando webhooks</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Asking %1.</source>
        <translation>Consultando %1.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Carregando webhooks…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; %2 The rows below are from the last successful refresh.</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; %2 As linhas abaixo são da última atualização bem-sucedida.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Webhook actions</source>
        <translation>Ações do webhook</translation>
    </message>
    <message>
        <source>Copy Callback &amp;URL</source>
        <translation>Copiar &amp;URL de callback</translation>
    </message>
    <message>
        <source>Copy &amp;Webhook ID</source>
        <translation>Copiar ID do &amp;webhook</translation>
    </message>
    <message>
        <source>Copy &amp;Property ID</source>
        <translation>Copiar ID da &amp;propriedade</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Nenhum webhook ainda</translation>
    </message>
    <message>
        <source>This account has no webhooks. Create one with New Webhook (%1), or refresh (F5) after creating them in Channex.</source>
        <translation>Esta conta não tem webhooks. Crie um com Novo webhook (%1) ou atualize (F5) depois de criá-los no Channex.</translation>
    </message>
    <message>
        <source>No webhook matches the filter</source>
        <translation>Nenhum webhook corresponde ao filtro</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) hidden by the filter.</source>
        <translation>
            <numerusform>%n webhook oculto pelo filtro.</numerusform>
            <numerusform>%n webhooks ocultos pelo filtro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handoff::ExportWriter</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Não foi possível gravar a exportação: %1</translation>
    </message>
</context>
<context>
    <name>Http::HttpConnection</name>
    <message numerus="yes">
        <source>The client did not send its complete request within %n ms; it may be too slow or stalled.</source>
        <translation>
            <numerusform>O cliente não enviou a requisição completa em %n ms; ele pode estar lento demais ou travado.</numerusform>
            <numerusform>O cliente não enviou a requisição completa em %n ms; ele pode estar lento demais ou travado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpServer</name>
    <message numerus="yes">
        <source>The server already has %n open connections; the client should retry later or reuse a keep-alive connection.</source>
        <translation>
            <numerusform>O servidor já tem %n conexão aberta; o cliente deve tentar novamente mais tarde ou reutilizar uma conexão keep-alive.</numerusform>
            <numerusform>O servidor já tem %n conexões abertas; o cliente deve tentar novamente mais tarde ou reutilizar uma conexão keep-alive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Http::HttpToken</name>
    <message>
        <source>A header name cannot be empty.</source>
        <translation>Um nome de cabeçalho não pode ficar vazio.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>um espaço</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>uma tabulação</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>uma quebra de linha</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>o caractere U+%1</translation>
    </message>
    <message>
        <source>“%1” is not a header name: it contains %2. A header name has letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>“%1” não é um nome de cabeçalho: contém %2. Um nome de cabeçalho tem apenas letras, dígitos e !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
</context>
<context>
    <name>Http::RequestParser</name>
    <message>
        <source>The request headers are larger than the server accepts (%1 bytes).</source>
        <translation>Os cabeçalhos da requisição são maiores do que o servidor aceita (%1 bytes).</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>A requisição não é HTTP/1.1 válido (%1).</translation>
    </message>
    <message>
        <source>The request trailers are larger than the server accepts (%1 bytes).</source>
        <translation>Os trailers da requisição são maiores do que o servidor aceita (%1 bytes).</translation>
    </message>
    <message>
        <source>The request has an invalid header name &quot;%1&quot;.</source>
        <translation>A requisição tem um nome de cabeçalho inválido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>HTTP/%1.%2 is not supported; send HTTP/1.1.</source>
        <translation>HTTP/%1.%2 não é suportado; envie HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>A requisição tem Content-Length e Transfer-Encoding ao mesmo tempo.</translation>
    </message>
    <message>
        <source>The request uses the transfer coding &quot;%1&quot;, which the server does not support; send the body with chunked only or with a Content-Length.</source>
        <translation>A requisição usa a codificação de transferência &quot;%1&quot;, que o servidor não suporta; envie o corpo apenas com chunked ou com um Content-Length.</translation>
    </message>
    <message>
        <source>The request body is larger than the server accepts (%1 bytes).</source>
        <translation>O corpo da requisição é maior do que o servidor aceita (%1 bytes).</translation>
    </message>
</context>
<context>
    <name>Payloads::EventCatalog</name>
    <message>
        <source>This will send you any ARI changes like changed availability or prices, useful if you allow users to change ARI in the Channex interface or mobile app and also to integrate any RM system</source>
        <translation>Envia qualquer alteração de ARI, como mudanças de disponibilidade ou de preços; útil se você permite que os usuários alterem o ARI na interface ou no aplicativo móvel do Channex, e também para integrar qualquer sistema de RM</translation>
    </message>
    <message>
        <source>If you wish to get all booking changes then this is the one, you will get notification for any booking revision new, modified and cancelled.</source>
        <translation>Se você quer receber todas as alterações de reservas, este é o evento certo: você será notificado de qualquer revisão de reserva nova, modificada ou cancelada.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `new`.</source>
        <translation>Disparado apenas para revisões de reserva com status `new`.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `modified`.</source>
        <translation>Disparado apenas para revisões de reserva com status `modified`.</translation>
    </message>
    <message>
        <source>Will be triggered only for Booking Revisions with status `cancelled`.</source>
        <translation>Disparado apenas para revisões de reserva com status `cancelled`.</translation>
    </message>
    <message>
        <source>This will let you know if any bookings were created which were not mapped</source>
        <translation>Avisa se foram criadas reservas que não estavam mapeadas</translation>
    </message>
    <message>
        <source>Similar to unmapped room but this means room is mapped but rate is not</source>
        <translation>Semelhante a quarto não mapeado, mas aqui o quarto está mapeado e a tarifa não</translation>
    </message>
    <message>
        <source>Will be triggered when Booking Revision will be not acknowledged at 30 minutes after first receiving.</source>
        <translation>Disparado quando uma revisão de reserva não é confirmada em 30 minutos após o primeiro recebimento.</translation>
    </message>
    <message>
        <source>If you use the messaging API this is required to push messages to you in real time</source>
        <translation>Se você usa a API de mensagens, este evento é necessário para receber as mensagens em tempo real</translation>
    </message>
    <message>
        <source>You can see any sync errors on your dashboard</source>
        <translation>Você pode ver todos os erros de sincronização no seu painel</translation>
    </message>
    <message>
        <source>Will be triggered if some non-critical errors will be returned by OTA on sync.</source>
        <translation>Disparado se a OTA retornar erros não críticos durante a sincronização.</translation>
    </message>
    <message>
        <source>Will be triggered if error associated with Rate values will be returned by OTA on sync.</source>
        <translation>Disparado se a OTA retornar, durante a sincronização, um erro relacionado aos valores de tarifa.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see a reservation request and can accept or deny.</source>
        <translation>Específico do Airbnb: você pode ver uma solicitação de reserva e aceitá-la ou recusá-la.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an alteration request and can accept or deny.</source>
        <translation>Específico do Airbnb: você pode ver uma solicitação de alteração e aceitá-la ou recusá-la.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be accepted.</source>
        <translation>Específico do Airbnb: disparado quando uma solicitação de reserva é aceita.</translation>
    </message>
    <message>
        <source>Airbnb specific, will be triggered when Reservation request will be declined.</source>
        <translation>Específico do Airbnb: disparado quando uma solicitação de reserva é recusada.</translation>
    </message>
    <message>
        <source>Airbnb specific, You can see an inquiry request at Dashboard and Messages App.</source>
        <translation>Específico do Airbnb: você pode ver uma consulta no painel e no aplicativo de mensagens.</translation>
    </message>
    <message>
        <source>This will let you know if any new review is came.</source>
        <translation>Avisa quando chega uma nova avaliação.</translation>
    </message>
    <message>
        <source>Will be triggered when Review object will be updated (Guest feedback will be received).</source>
        <translation>Disparado quando um objeto de avaliação é atualizado (quando chega o feedback do hóspede).</translation>
    </message>
    <message>
        <source>Will be triggered when new Channel will be created for Property.</source>
        <translation>Disparado quando um novo canal é criado para a propriedade.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is updated.</source>
        <translation>Disparado quando um canal é atualizado.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is disconnected by automatic rules or User action.</source>
        <translation>Disparado quando um canal é desconectado por regras automáticas ou por ação do usuário.</translation>
    </message>
    <message>
        <source>Will be triggered when Listing is disconnected from Airbnb Channel.</source>
        <translation>Disparado quando um anúncio é desconectado do canal Airbnb.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is activated.</source>
        <translation>Disparado quando um canal é ativado.</translation>
    </message>
    <message>
        <source>Will be triggered when Channel is deactivated.</source>
        <translation>Disparado quando um canal é desativado.</translation>
    </message>
    <message>
        <source>Will be triggered when an inactive Channel is approaching its automatic removal date (7 days and 1 day before removal).</source>
        <translation>Disparado quando um canal inativo se aproxima da data de remoção automática (7 dias e 1 dia antes da remoção).</translation>
    </message>
    <message>
        <source>Will be triggered when a Property without active channels is approaching its automatic removal date (30 days, 7 days and 1 day before removal).</source>
        <translation>Disparado quando uma propriedade sem canais ativos se aproxima da data de remoção automática (30 dias, 7 dias e 1 dia antes da remoção).</translation>
    </message>
    <message>
        <source>Will be triggered when Message Thread created before Booking is linked to incoming Booking.</source>
        <translation>Disparado quando uma conversa de mensagens criada antes da reserva é vinculada à reserva recebida.</translation>
    </message>
    <message>
        <source>Availability, rates and restrictions</source>
        <translation>Disponibilidade, tarifas e restrições</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Airbnb requests</source>
        <translation>Solicitações do Airbnb</translation>
    </message>
    <message>
        <source>Messages and reviews</source>
        <translation>Mensagens e avaliações</translation>
    </message>
    <message>
        <source>Channels and sync</source>
        <translation>Canais e sincronização</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
</context>
<context>
    <name>Payloads::PayloadCheckResult</name>
    <message>
        <source>The body has the documented fields of “%1”.</source>
        <translation>O corpo tem os campos documentados de “%1”.</translation>
    </message>
    <message>
        <source>The body is the documented form of “%1” without data (the webhook&apos;s “send data” is off).</source>
        <translation>O corpo é a forma documentada de “%1” sem dados (“Enviar dados” está desligado no webhook).</translation>
    </message>
    <message>
        <source>Channex documents no payload fields for “%1”, so its payload is not checked.</source>
        <translation>A Channex não documenta campos de payload para “%1”, então o payload não é verificado.</translation>
    </message>
    <message>
        <source>The body differs from the documented shape of “%1”.</source>
        <translation>O corpo difere da forma documentada de “%1”.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>O corpo não é JSON: %1 no byte %2.</translation>
    </message>
    <message>
        <source>The body is JSON but not an object, so it is not a Channex delivery.</source>
        <translation>O corpo é JSON mas não é um objeto, então não é uma entrega da Channex.</translation>
    </message>
    <message>
        <source>The body has no “event” field naming a Channex event.</source>
        <translation>O corpo não tem um campo “event” que nomeie um evento da Channex.</translation>
    </message>
    <message>
        <source>“%1” is not one of the events Channex documents.</source>
        <translation>“%1” não é um dos eventos que a Channex documenta.</translation>
    </message>
    <message>
        <source>Missing documented fields: %1.</source>
        <translation>Campos documentados ausentes: %1.</translation>
    </message>
    <message>
        <source>Fields the documentation does not show: %1.</source>
        <translation>Campos que a documentação não mostra: %1.</translation>
    </message>
    <message>
        <source>Fields of another kind (object, array or value) than documented: %1.</source>
        <translation>Campos de tipo diferente (objeto, array ou valor) do documentado: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
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
        <translation>A janela muda de idioma imediatamente; não é preciso reiniciar.</translation>
    </message>
    <message>
        <source>Webhooks table:</source>
        <translation>Tabela de webhooks:</translation>
    </message>
    <message>
        <source>&amp;Restore Default Columns</source>
        <translation>&amp;Restaurar colunas padrão</translation>
    </message>
    <message>
        <source>Restore default columns</source>
        <translation>Restaurar colunas padrão</translation>
    </message>
    <message>
        <source>Show every column again, in the original order and widths</source>
        <translation>Mostrar novamente todas as colunas, na ordem e com as larguras originais</translation>
    </message>
    <message>
        <source>Shared capture history</source>
        <translation>Histórico compartilhado de capturas</translation>
    </message>
    <message>
        <source>Keep captures in a PostgreSQL database that your team shares: every console and receiver that uses it sees every capture. Empty: captures stay on this computer.</source>
        <translation>Guardar as capturas em um banco de dados PostgreSQL compartilhado pela sua equipe: cada console e cada receptor que o usa vê todas as capturas. Vazio: as capturas ficam neste computador.</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>URL do &amp;banco de dados:</translation>
    </message>
    <message>
        <source>Shared capture history URL</source>
        <translation>URL do histórico compartilhado de capturas</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/webhooks</source>
        <translation>postgresql://user@host:5432/webhooks</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Shared capture history password</source>
        <translation>Senha do histórico compartilhado de capturas</translation>
    </message>
    <message>
        <source>kept in the keychain (empty: PGPASSWORD or ~/.pgpass)</source>
        <translation>guardada no chaveiro (vazia: PGPASSWORD ou ~/.pgpass)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save shared capture history</source>
        <translation>Salvar histórico compartilhado de capturas</translation>
    </message>
    <message>
        <source>Remember the URL (and the password, in the keychain); the console uses it from its next start</source>
        <translation>Lembrar a URL (e a senha, no chaveiro); o console a usa a partir da próxima inicialização</translation>
    </message>
</context>
<context>
    <name>Receiver::CaptureHandler</name>
    <message>
        <source>The request was not stored: the capture database cannot be written right now. Send it again later.</source>
        <translation>A requisição não foi armazenada: no momento não é possível gravar no banco de dados de capturas. Envie-a novamente mais tarde.</translation>
    </message>
    <message>
        <source>The secret header %1 was missing.</source>
        <translation>O cabeçalho secreto %1 estava ausente.</translation>
    </message>
    <message>
        <source>The secret header %1 had a different value than expected.</source>
        <translation>O cabeçalho secreto %1 tinha um valor diferente do esperado.</translation>
    </message>
</context>
<context>
    <name>Receiver::Forwarding</name>
    <message>
        <source>The forwarding address must be a URL that starts with http:// or https:// and names a host, such as http://localhost:3000/webhooks.</source>
        <translation>O endereço de encaminhamento deve ser uma URL que comece com http:// ou https:// e nomeie um host, como http://localhost:3000/webhooks.</translation>
    </message>
    <message>
        <source>The forwarding address must not have a query or a fragment: each request&apos;s own path and query are added to it.</source>
        <translation>O endereço de encaminhamento não deve ter consulta nem fragmento: o caminho e a consulta de cada requisição são acrescentados a ele.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer in time (%2); answered 504.</source>
        <translation>Encaminhada para %1, que não respondeu a tempo (%2); respondido 504.</translation>
    </message>
    <message>
        <source>Forwarded to %1, which did not answer (%2); answered 502.</source>
        <translation>Encaminhada para %1, que não respondeu (%2); respondido 502.</translation>
    </message>
</context>
<context>
    <name>Receiver::LiveReceiver</name>
    <message>
        <source>Port %1 is already in use by another program. Choose another port or stop that program.</source>
        <translation>A porta %1 já está sendo usada por outro programa. Escolha outra porta ou encerre esse programa.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator privileges on this computer. Choose a port from 1024 to 65535.</source>
        <translation>A porta %1 exige privilégios de administrador neste computador. Escolha uma porta de 1024 a 65535.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer. Choose 127.0.0.1 (this computer only) or one of its network addresses.</source>
        <translation>%1 não é um endereço deste computador. Escolha 127.0.0.1 (somente este computador) ou um dos endereços de rede dele.</translation>
    </message>
    <message>
        <source>The receiver could not listen on %1 port %2: %3.</source>
        <translation>O receptor não conseguiu escutar em %1, porta %2: %3.</translation>
    </message>
</context>
<context>
    <name>Receiver::ReceiverController</name>
    <message>
        <source>The receiver did not start: %1</source>
        <translation>O receptor não foi iniciado: %1</translation>
    </message>
    <message>
        <source>The receiver stopped: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name, then start it again.</source>
        <translation>O receptor parou: o nome do cabeçalho secreto não é um nome de cabeçalho, então nenhuma requisição poderia ser verificada. Corrija ou apague o nome e inicie-o de novo.</translation>
    </message>
    <message>
        <source>The receiver did not start: the secret header&apos;s name is no header name, so no request could be checked. Correct or clear the name.</source>
        <translation>O receptor não foi iniciado: o nome do cabeçalho secreto não é um nome de cabeçalho, então nenhuma requisição poderia ser verificada. Corrija ou apague o nome.</translation>
    </message>
    <message>
        <source>The forwarding address is this receiver&apos;s own (port %1): each request would be forwarded to itself. Enter the address of your app.</source>
        <translation>O endereço de encaminhamento é o deste receptor (porta %1): cada requisição seria encaminhada para ele mesmo. Digite o endereço do seu app.</translation>
    </message>
</context>
<context>
    <name>Receiver::ResponseRule</name>
    <message>
        <source>rule %1</source>
        <translation>regra %1</translation>
    </message>
    <message>
        <source>every request</source>
        <translation>toda requisição</translation>
    </message>
</context>
<context>
    <name>Receiver::RulesFile</name>
    <message>
        <source>“%1” is not a rule key; a rule has %2.</source>
        <translation>“%1” não é uma chave de regra; uma regra tem %2.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1” deve ser texto.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1” deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>“status” is missing: a rule says which status it answers with.</source>
        <translation>Falta “status”: uma regra diz com que status responde.</translation>
    </message>
    <message>
        <source>“percent” must be a number from 0 to 100.</source>
        <translation>“percent” deve ser um número de 0 a 100.</translation>
    </message>
    <message>
        <source>“headers” must be an object of header names and text values, such as {&quot;Retry-After&quot;: &quot;60&quot;}.</source>
        <translation>“headers” deve ser um objeto de nomes de cabeçalho e valores de texto, como {&quot;Retry-After&quot;: &quot;60&quot;}.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be text.</source>
        <translation>O valor do cabeçalho “%1” deve ser texto.</translation>
    </message>
    <message>
        <source>“status” must be a whole number from 100 to 599, not %1.</source>
        <translation>“status” deve ser um número inteiro de 100 a 599, não %1.</translation>
    </message>
    <message>
        <source>“method” must be an HTTP method such as POST, not “%1”.</source>
        <translation>“method” deve ser um método HTTP como POST, não “%1”.</translation>
    </message>
    <message>
        <source>“path” must start with / and may end with * to match every path that begins with it (/hooks/*), not “%1”.</source>
        <translation>“path” deve começar com / e pode terminar com * para corresponder a todo caminho que começa assim (/hooks/*), não “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a Channex event; the events are %2.</source>
        <translation>“%1” não é um evento do Channex; os eventos são %2.</translation>
    </message>
    <message>
        <source>“delay_ms” must be from 0 to %1 milliseconds (ten minutes).</source>
        <translation>“delay_ms” deve ser de 0 a %1 milissegundos (dez minutos).</translation>
    </message>
    <message>
        <source>“times” must be 1 or more: how many requests the rule answers.</source>
        <translation>“times” deve ser 1 ou mais: quantas requisições a regra responde.</translation>
    </message>
    <message>
        <source>The header “%1” is the receiver&apos;s to send; leave it out of the rule.</source>
        <translation>O cabeçalho “%1” é enviado pelo receptor; deixe-o fora da regra.</translation>
    </message>
    <message>
        <source>The value of the header “%1” must be on one line.</source>
        <translation>O valor do cabeçalho “%1” deve estar em uma linha.</translation>
    </message>
    <message>
        <source>It is not valid JSON: %1 at character %2.</source>
        <translation>Não é JSON válido: %1 no caractere %2.</translation>
    </message>
    <message>
        <source>It must be an object with a list of rules: {&quot;rules&quot;: [ … ]}.</source>
        <translation>Deve ser um objeto com uma lista de regras: {&quot;rules&quot;: [ … ]}.</translation>
    </message>
    <message>
        <source>“%1” is not a key of a rules file; it has only “rules”.</source>
        <translation>“%1” não é uma chave de um arquivo de regras; ele só tem “rules”.</translation>
    </message>
    <message>
        <source>a rule must be an object such as {&quot;status&quot;: 503}.</source>
        <translation>uma regra deve ser um objeto como {&quot;status&quot;: 503}.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regra %1: %2</translation>
    </message>
    <message>
        <source>The rules file %1 cannot be read: %2.</source>
        <translation>O arquivo de regras %1 não pode ser lido: %2.</translation>
    </message>
    <message>
        <source>The rules file %1 is not valid. %2</source>
        <translation>O arquivo de regras %1 não é válido. %2</translation>
    </message>
    <message>
        <source>The rules could not be saved to %1: %2.</source>
        <translation>Não foi possível salvar as regras em %1: %2.</translation>
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
        <translation>Requisição</translation>
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
        <translation>&amp;Cabeçalhos:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Adicionar cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Remover cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Host, Content-Length and Connection are set for the new connection.</source>
        <translation>Host, Content-Length e Connection são definidos para a nova conexão.</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;orpo:</translation>
    </message>
    <message>
        <source>This body is binary: it is shown as hex and sent unchanged.</source>
        <translation>Este corpo é binário: é mostrado em hexadecimal e enviado sem alterações.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Status da resposta</translation>
    </message>
    <message>
        <source>Answer headers</source>
        <translation>Cabeçalhos da resposta</translation>
    </message>
    <message>
        <source>Answer body</source>
        <translation>Corpo da resposta</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Dica</translation>
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
        <translation>Enviar a requisição (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Sandbox::Deliveries::Sequences</name>
    <message>
        <source>One event</source>
        <translation>Um evento</translation>
    </message>
    <message>
        <source>A duplicate: the same body twice</source>
        <translation>Uma duplicata: o mesmo corpo duas vezes</translation>
    </message>
    <message>
        <source>A booking&apos;s life: new, modified, cancelled</source>
        <translation>A vida de uma reserva: nova, modificada, cancelada</translation>
    </message>
    <message>
        <source>Out of order: the later ARI change first</source>
        <translation>Fora de ordem: primeiro a alteração ARI posterior</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxServer</name>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3. Choose another port, or close the program that is using it.</source>
        <translation>O sandbox não conseguiu escutar em %1, porta %2: %3. Escolha outra porta ou feche o programa que a está usando.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionStore</name>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Digite um nome para a conexão.</translation>
    </message>
    <message>
        <source>Enter the server root as %1.</source>
        <translation>Digite a raiz do servidor como %1.</translation>
    </message>
</context>
<context>
    <name>Session::ConnectionTester</name>
    <message numerus="yes">
        <source>The connection works: %1 accepted the API key and has %n webhook(s).</source>
        <translation>
            <numerusform>A conexão funciona: %1 aceitou a chave de API e tem %n webhook.</numerusform>
            <numerusform>A conexão funciona: %1 aceitou a chave de API e tem %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused this API key. Paste the key of this server&apos;s account again (staging and production keys differ; a withdrawn key stops working).</source>
        <translation>%1 recusou esta chave de API. Cole de novo a chave da conta deste servidor (as chaves de staging e de produção são diferentes; uma chave revogada deixa de funcionar).</translation>
    </message>
</context>
<context>
    <name>Session::ConsoleController</name>
    <message>
        <source>Your system has no keychain available, so API keys are kept only until you quit and must be entered again next time.</source>
        <translation>Seu sistema não tem um chaveiro disponível; por isso, as chaves de API ficam guardadas só até você sair e precisarão ser digitadas novamente na próxima vez.</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Não foi possível iniciar o sandbox</translation>
    </message>
    <message>
        <source>%1 Try again with Refresh (F5), or switch to another connection.</source>
        <translation>%1 Tente novamente com Atualizar (F5) ou mude para outra conexão.</translation>
    </message>
    <message>
        <source>Enter the API key of your %1 account above, or start the console with the key in the CHANNEX_API_KEY environment variable.</source>
        <translation>Digite acima a chave de API da sua conta %1, ou inicie o console com a chave na variável de ambiente CHANNEX_API_KEY.</translation>
    </message>
    <message>
        <source>API key needed</source>
        <translation>Chave de API necessária</translation>
    </message>
    <message>
        <source>Enter the API key to test the connection.</source>
        <translation>Digite a chave de API para testar a conexão.</translation>
    </message>
    <message>
        <source>This connection is no longer saved.</source>
        <translation>Esta conexão não está mais salva.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Não foi possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <source>No API key is stored for %1: enter it in the main window (Manage connections…), then reload.</source>
        <translation>Nenhuma chave de API está salva para %1: digite-a na janela principal (Gerenciar conexões…) e depois recarregue.</translation>
    </message>
</context>
<context>
    <name>Session::DataDirectory</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Não é possível criar a pasta de dados %1.</translation>
    </message>
</context>
<context>
    <name>Session::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was declined, so the API key was not read or saved there.</source>
        <translation>O acesso ao chaveiro foi negado; por isso, a chave de API não foi lida nem salva nele.</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key (%1).</source>
        <translation>O chaveiro recusou o acesso à chave de API (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Falha no chaveiro: %1</translation>
    </message>
</context>
<context>
    <name>TestResultDialog</name>
    <message>
        <source>Test Result</source>
        <translation>Resultado do teste</translation>
    </message>
</context>
<context>
    <name>Transfer::AccountComparison</name>
    <message>
        <source>header %1: its value is not copied, %2 keeps its own</source>
        <translation>o cabeçalho %1: seu valor não é copiado, %2 mantém o próprio</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, %2 keeps its own</source>
        <translation>o parâmetro %1: seu valor não é copiado, %2 mantém o próprio</translation>
    </message>
    <message>
        <source>header %1: its value is not copied, left empty</source>
        <translation>o cabeçalho %1: seu valor não é copiado e fica vazio</translation>
    </message>
    <message>
        <source>parameter %1: its value is not copied, left empty</source>
        <translation>o parâmetro %1: seu valor não é copiado e fica vazio</translation>
    </message>
    <message>
        <source>%1 has no property called “%2”</source>
        <translation>%1 não tem nenhuma propriedade chamada “%2”</translation>
    </message>
    <message>
        <source>%1 has more than one property called “%2”</source>
        <translation>%1 tem mais de uma propriedade chamada “%2”</translation>
    </message>
    <message>
        <source>%1 has this webhook more than once (the same scope, URL and event mask)</source>
        <translation>%1 tem este webhook mais de uma vez (mesmo escopo, URL e máscara de eventos)</translation>
    </message>
    <message>
        <source>%1 has more than one webhook with this scope, URL and event mask</source>
        <translation>%1 tem mais de um webhook com este escopo, URL e máscara de eventos</translation>
    </message>
    <message>
        <source>cannot be copied: %1</source>
        <translation>não pode ser copiado: %1</translation>
    </message>
</context>
<context>
    <name>Transfer::ImportLine</name>
    <message>
        <source>create</source>
        <translation>criar</translation>
    </message>
    <message>
        <source>update</source>
        <translation>atualizar</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
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
        <translation>o cabeçalho %1 não tem valor no arquivo: o valor atual é mantido</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: the value here is kept</source>
        <translation>o parâmetro %1 não tem valor no arquivo: o valor atual é mantido</translation>
    </message>
    <message>
        <source>header %1 has no value in the file: left empty</source>
        <translation>o cabeçalho %1 não tem valor no arquivo: fica vazio</translation>
    </message>
    <message>
        <source>parameter %1 has no value in the file: left empty</source>
        <translation>o parâmetro %1 não tem valor no arquivo: fica vazio</translation>
    </message>
    <message>
        <source>this account has no property called “%1”</source>
        <translation>esta conta não tem nenhuma propriedade chamada “%1”</translation>
    </message>
    <message>
        <source>this account has more than one property called “%1”, so the import cannot tell which is meant</source>
        <translation>esta conta tem mais de uma propriedade chamada “%1”, então a importação não consegue saber qual é a certa</translation>
    </message>
    <message>
        <source>the file lists this webhook (scope, URL and event mask) more than once; only the first is imported</source>
        <translation>o arquivo lista este webhook (escopo, URL e máscara de eventos) mais de uma vez; apenas o primeiro é importado</translation>
    </message>
    <message>
        <source>this account has more than one webhook with this scope, URL and event mask, so the import cannot tell which to update</source>
        <translation>esta conta tem mais de um webhook com este escopo, URL e máscara de eventos, então a importação não consegue saber qual atualizar</translation>
    </message>
    <message>
        <source>To create: %1, to update: %2, unchanged: %3, skipped: %4.</source>
        <translation>A criar: %1, a atualizar: %2, inalterados: %3, ignorados: %4.</translation>
    </message>
</context>
<context>
    <name>Transfer::WebhookFileFormat</name>
    <message>
        <source>it is not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>it has no &quot;callback_url&quot; text</source>
        <translation>não tem texto &quot;callback_url&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;event_mask&quot; text</source>
        <translation>não tem texto &quot;event_mask&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; has no &quot;title&quot;</source>
        <translation>seu &quot;property&quot; não tem &quot;title&quot;</translation>
    </message>
    <message>
        <source>its &quot;property&quot; is neither an object with a &quot;title&quot; nor null (for a global webhook)</source>
        <translation>seu &quot;property&quot; não é nem um objeto com &quot;title&quot; nem null (para um webhook global)</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not true or false</source>
        <translation>seu &quot;%1&quot; não é true nem false</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not an object (or null)</source>
        <translation>seu &quot;%1&quot; não é nem um objeto nem null</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; value of “%2” is neither text nor null</source>
        <translation>em seu &quot;%1&quot;, o valor de “%2” não é nem texto nem null</translation>
    </message>
    <message>
        <source>%1 is not a Webhook Console webhook file: %2.</source>
        <translation>%1 não é um arquivo de webhooks do Webhook Console: %2.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>não é JSON (%1 no byte %2)</translation>
    </message>
    <message>
        <source>it does not say &quot;format&quot;: &quot;%1&quot;</source>
        <translation>não indica &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its &quot;format_version&quot; is not a whole number from 1 up</source>
        <translation>seu &quot;format_version&quot; não é um número inteiro a partir de 1</translation>
    </message>
    <message>
        <source>%1 is version %2 of the webhook file format, written by a newer Webhook Console; this one reads version %3. Import it with a newer Webhook Console.</source>
        <translation>%1 está na versão %2 do formato de arquivo de webhooks, gravada por uma versão mais recente do Webhook Console; esta lê a versão %3. Importe-o com uma versão mais recente do Webhook Console.</translation>
    </message>
    <message>
        <source>its &quot;webhooks&quot; is not a list</source>
        <translation>seu &quot;webhooks&quot; não é uma lista</translation>
    </message>
    <message>
        <source>in webhook %1 of the list, %2</source>
        <translation>no webhook %1 da lista, %2</translation>
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
        <translation>Erro</translation>
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
        <translation>&amp;Propriedade:</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriedade</translation>
    </message>
    <message>
        <source>The property whose events this webhook receives, or Global for every property of the account. Type a name to jump to it.</source>
        <translation>A propriedade cujos eventos este webhook recebe, ou Global para todas as propriedades da conta. Digite um nome para ir até ela.</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Entrega:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Channex calls only active webhooks.</source>
        <translation>O Channex só chama webhooks ativos.</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>At&amp;ivo</translation>
    </message>
    <message>
        <source>Send data</source>
        <translation>Enviar dados</translation>
    </message>
    <message>
        <source>Include the event&apos;s data (the booking, the ARI change…) in each call, instead of only its type and IDs.</source>
        <translation>Incluir os dados do evento (a reserva, a alteração de ARI…) em cada chamada, em vez de apenas o tipo e os IDs.</translation>
    </message>
    <message>
        <source>Send &amp;data with each event</source>
        <translation>Enviar &amp;dados com cada evento</translation>
    </message>
    <message>
        <source>Webhook ID:</source>
        <translation>ID do webhook:</translation>
    </message>
    <message>
        <source>Webhook ID</source>
        <translation>ID do webhook</translation>
    </message>
    <message>
        <source>Events, headers and parameters</source>
        <translation>Eventos, cabeçalhos e parâmetros</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Cabeçalhos</translation>
    </message>
    <message>
        <source>Extra HTTP headers Channex sends with every call, for example a secret the receiver checks.</source>
        <translation>Cabeçalhos HTTP extras que o Channex envia em cada chamada, por exemplo um segredo que o receptor verifica.</translation>
    </message>
    <message>
        <source>Re&amp;quest Parameters</source>
        <translation>Parâmetros de re&amp;quisição</translation>
    </message>
    <message>
        <source>Query parameters Channex adds to the callback URL on every call.</source>
        <translation>Parâmetros de consulta que o Channex acrescenta à URL de callback em cada chamada.</translation>
    </message>
    <message>
        <source>Show test result</source>
        <translation>Mostrar resultado do teste</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado do teste</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Dica</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Ask Channex to send a test call with these settings, without saving them</source>
        <translation>Pedir ao Channex que envie uma chamada de teste com estas configurações, sem salvá-las</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Use live receiver</source>
        <translation>Usar receptor ao vivo</translation>
    </message>
    <message>
        <source>Use &amp;live receiver</source>
        <translation>Usar receptor ao &amp;vivo</translation>
    </message>
    <message>
        <source>Overlap warnings</source>
        <translation>Avisos de sobreposição</translation>
    </message>
</context>
</TS>
