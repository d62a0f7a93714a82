<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnalyticsQuery</name>
    <message>
        <source>No queue to query.</source>
        <translation>No hay ninguna cola que consultar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid queue id.</source>
        <translation>&quot;%1&quot; no es un id de cola válido.</translation>
    </message>
    <message>
        <source>No interval.</source>
        <translation>Falta el intervalo.</translation>
    </message>
    <message>
        <source>The page size must be 1 to 1000.</source>
        <translation>El tamaño de página debe estar entre 1 y 1000.</translation>
    </message>
    <message>
        <source>At least one queue per request.</source>
        <translation>Al menos una cola por petición.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The tenant&apos;s answer is not valid: %1</source>
        <translation>La respuesta del tenant no es válida: %1</translation>
    </message>
    <message>
        <source>The tenant refused the request as invalid.</source>
        <translation>El tenant rechazó la petición por no ser válida.</translation>
    </message>
    <message>
        <source>The tenant refused the request: %1</source>
        <translation>El tenant rechazó la petición: %1</translation>
    </message>
    <message>
        <source>The tenant rejected the client id or secret.</source>
        <translation>El tenant rechazó el id de cliente o el secreto.</translation>
    </message>
    <message>
        <source>The tenant did not accept the access token.</source>
        <translation>El tenant no aceptó el token de acceso.</translation>
    </message>
    <message>
        <source>The tenant refused access.</source>
        <translation>El tenant denegó el acceso.</translation>
    </message>
    <message>
        <source>The OAuth client lacks the scope &quot;%1&quot;; add it to the client in CXone.</source>
        <translation>Al cliente OAuth le falta el ámbito &quot;%1&quot;; añádalo al cliente en CXone.</translation>
    </message>
    <message>
        <source>The tenant has no such resource.</source>
        <translation>El tenant no tiene ese recurso.</translation>
    </message>
    <message>
        <source>Someone else changed it first (it is now at version %1).</source>
        <translation>Otra persona lo cambió antes (ahora está en la versión %1).</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>Otra persona lo cambió antes.</translation>
    </message>
    <message>
        <source>The tenant&apos;s rate limit was still exceeded after every retry.</source>
        <translation>El límite de peticiones del tenant seguía superado tras todos los reintentos.</translation>
    </message>
    <message>
        <source>The tenant failed with HTTP %1.</source>
        <translation>El tenant falló con HTTP %1.</translation>
    </message>
    <message>
        <source>The tenant answered with unexpected HTTP %1.</source>
        <translation>El tenant respondió con un HTTP %1 inesperado.</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>No answered contacts: handle time assumed %1 s.</source>
        <translation>Ningún contacto atendido: se supone un tiempo de gestión de %1 s.</translation>
    </message>
    <message>
        <source>No contacts in the window: nothing to calibrate from.</source>
        <translation>No hay contactos en la ventana: no hay nada con qué calibrar.</translation>
    </message>
    <message>
        <source>Only %1 contacts in the window: rates are rough; widen the window.</source>
        <translation>Solo %1 contactos en la ventana: las tasas son aproximadas; amplíe la ventana.</translation>
    </message>
    <message>
        <source>No abandonments in the window: mean patience assumed %1 s.</source>
        <translation>Ningún abandono en la ventana: se supone una paciencia media de %1 s.</translation>
    </message>
    <message>
        <source>Callers abandoned but no waiting was reported: mean patience assumed %1 s.</source>
        <translation>Hubo llamantes que abandonaron, pero no se informó de ninguna espera: se supone una paciencia media de %1 s.</translation>
    </message>
    <message>
        <source>Only %1 abandonments: mean patience (%2 s) is rough.</source>
        <translation>Solo %1 abandonos: la paciencia media (%2 s) es aproximada.</translation>
    </message>
    <message>
        <source>The window does not cover a whole day: no time-of-day profile, means used around the clock.</source>
        <translation>La ventana no cubre un día completo: sin perfil por hora del día, se usan medias a todas horas.</translation>
    </message>
</context>
<context>
    <name>ChainKeeper</name>
    <message>
        <source>The history is not keyed (%1): its hash chain shows accidental damage and a careless edit, but someone who can write the database file can rewrite entries and recompute the chain, or delete its last entries, without it showing.</source>
        <translation>El historial no tiene clave (%1): su cadena de hashes muestra daños accidentales y ediciones descuidadas, pero quien pueda escribir el archivo de la base de datos puede reescribir entradas y recalcular la cadena, o borrar las últimas, sin que se note.</translation>
    </message>
    <message>
        <source>The history at %1 is not the one that was there: the keychain knows it as history %2, the file now says %3. It was replaced, or its identity was changed; Holdline does not add to it.</source>
        <translation>El historial de %1 no es el que había: el llavero lo conoce como historial %2 y el archivo dice ahora %3. Se sustituyó o se cambió su identidad; Holdline no añade nada a él.</translation>
    </message>
    <message>
        <source>the keychain did not give the history&apos;s key: %1; entries written now are not keyed</source>
        <translation>el llavero no dio la clave del historial: %1; las entradas escritas ahora no llevan clave</translation>
    </message>
    <message>
        <source>no keychain on this system</source>
        <translation>no hay llavero en este sistema</translation>
    </message>
    <message>
        <source>The keychain&apos;s item %1 is not a history key; Holdline does not add to this history until it is repaired.</source>
        <translation>El elemento %1 del llavero no es una clave de historial; Holdline no añade nada a este historial hasta que se repare.</translation>
    </message>
    <message>
        <source>the keychain did not store a key for it: %1</source>
        <translation>el llavero no guardó una clave para él: %1</translation>
    </message>
    <message>
        <source>the keychain&apos;s item for this history is not a history key</source>
        <translation>el elemento del llavero para este historial no es una clave de historial</translation>
    </message>
    <message>
        <source>the keychain&apos;s item for this history could not be read: %1</source>
        <translation>no se pudo leer el elemento del llavero para este historial: %1</translation>
    </message>
    <message>
        <source>the keychain now holds another key for this history</source>
        <translation>el llavero tiene ahora otra clave para este historial</translation>
    </message>
    <message>
        <source>the history&apos;s key could not be read from the keychain (%1); Holdline does not write to a keyed history without it. Unlock the keychain and try again (a service takes the key as its systemd credential %2).</source>
        <translation>no se pudo leer la clave del historial del llavero (%1); Holdline no escribe en un historial con clave sin ella. Desbloquee el llavero y vuelva a intentarlo (un servicio recibe la clave como su credencial de systemd %2).</translation>
    </message>
    <message>
        <source>This history&apos;s entries are sealed with a key this keychain does not hold: it was keyed under another user account or on another machine (move the keychain item %1 with it; a service takes it as its systemd credential %2), or it was altered. Holdline does not add to it.</source>
        <translation>Las entradas de este historial están selladas con una clave que este llavero no tiene: se creó con otra cuenta de usuario o en otra máquina (lleve consigo el elemento %1 del llavero; un servicio lo recibe como su credencial de systemd %2), o fue alterado. Holdline no añade nada a él.</translation>
    </message>
</context>
<context>
    <name>ChartMetrics</name>
    <message>
        <source>Answer rate</source>
        <translation>Tasa de atención</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Espera media</translation>
    </message>
    <message>
        <source>Callbacks offered</source>
        <translation>Rellamadas ofrecidas</translation>
    </message>
    <message>
        <source>Callbacks accepted</source>
        <translation>Rellamadas aceptadas</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>Contactos ofrecidos</translation>
    </message>
    <message>
        <source>Rollback #%1</source>
        <translation>Reversión n.º %1</translation>
    </message>
    <message>
        <source>Deploy #%1</source>
        <translation>Despliegue n.º %1</translation>
    </message>
</context>
<context>
    <name>ChartRange</name>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>the history location is empty</source>
        <translation>la ubicación del historial está vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor a postgresql:// URL</source>
        <translation>&quot;%1&quot; no es ni un archivo ni una URL postgresql://</translation>
    </message>
    <message>
        <source>the PostgreSQL URL is not valid: %1</source>
        <translation>la URL de PostgreSQL no es válida: %1</translation>
    </message>
    <message>
        <source>the PostgreSQL URL&apos;s port &quot;%1&quot; is not a number</source>
        <translation>el puerto &quot;%1&quot; de la URL de PostgreSQL no es un número</translation>
    </message>
    <message>
        <source>the PostgreSQL URL&apos;s parameter &quot;%1&quot; is not one Holdline knows (host, port, dbname, user, sslmode)</source>
        <translation>el parámetro &quot;%1&quot; de la URL de PostgreSQL no es uno que Holdline conozca (host, port, dbname, user, sslmode)</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no host (give host=/socket/directory for a Unix socket)</source>
        <translation>la URL de PostgreSQL no nombra ningún host (indique host=/directorio/del/socket para un socket Unix)</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database</source>
        <translation>la URL de PostgreSQL no nombra ninguna base de datos</translation>
    </message>
    <message>
        <source>the PostgreSQL server %1 is not on this machine: Holdline connects to it only over TLS. Add sslmode=verify-full (or sslmode=require) to the URL.</source>
        <translation>el servidor PostgreSQL %1 no está en esta máquina: Holdline solo se conecta a él por TLS. Añada sslmode=verify-full (o sslmode=require) a la URL.</translation>
    </message>
</context>
<context>
    <name>DatabasePassword</name>
    <message>
        <source>the keychain could not give the history database&apos;s password: %1</source>
        <translation>el llavero no pudo dar la contraseña de la base de datos del historial: %1</translation>
    </message>
</context>
<context>
    <name>DegradationGuard</name>
    <message>
        <source>Average wait %1 s is over %2 s while callback conversion %3 is under %4.</source>
        <translation>La espera media de %1 s supera los %2 s mientras la conversión a devolución de llamada, %3, está por debajo de %4.</translation>
    </message>
    <message>
        <source>Abandon rate rose from %1 to %2 (more than %3 points).</source>
        <translation>La tasa de abandono subió de %1 a %2 (más de %3 puntos).</translation>
    </message>
    <message>
        <source>Answer rate fell from %1 to %2 (more than %3 points).</source>
        <translation>La tasa de atención bajó de %1 a %2 (más de %3 puntos).</translation>
    </message>
    <message>
        <source>Too few contacts to judge (fewer than %1 in a window).</source>
        <translation>Muy pocos contactos para juzgar (menos de %1 en una ventana).</translation>
    </message>
    <message>
        <source>Too few contacts for the relative rules; the absolute rule passed.</source>
        <translation>Muy pocos contactos para las reglas relativas; la regla absoluta se cumplió.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; no es una URL válida.</translation>
    </message>
    <message>
        <source>URLs with a user name or password in them are refused; use the client id and secret fields.</source>
        <translation>Se rechazan las URL con un nombre de usuario o una contraseña; use los campos de id de cliente y secreto.</translation>
    </message>
    <message>
        <source>Plain http:// to %1 is refused: secrets and tokens would cross the network unencrypted. Use https://.</source>
        <translation>Se rechaza http:// sin cifrar hacia %1: los secretos y los tokens cruzarían la red sin cifrar. Use https://.</translation>
    </message>
    <message>
        <source>Only https:// URLs are supported, not &quot;%1&quot;.</source>
        <translation>Solo se admiten URL https://, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>URLs with a credential in their query (&quot;%1&quot;) are refused: Holdline would have to store it with every pending sync. An endpoint authenticates Holdline by the signing secret (X-Holdline-Signature) instead.</source>
        <translation>Se rechazan las URL con una credencial en la consulta (&quot;%1&quot;): Holdline tendría que guardarla con cada sincronización pendiente. Un endpoint autentica a Holdline por el secreto de firma (X-Holdline-Signature).</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Needs a prediction</source>
        <translation>Requiere una predicción</translation>
    </message>
</context>
<context>
    <name>HistoryChain</name>
    <message>
        <source>entry %1</source>
        <translation>la entrada %1</translation>
    </message>
    <message>
        <source>the first row has no valid id</source>
        <translation>la primera fila no tiene un id válido</translation>
    </message>
    <message>
        <source>the row after %1 has no valid id</source>
        <translation>la fila posterior a %1 no tiene un id válido</translation>
    </message>
    <message>
        <source>entry %1 has an id out of sequence</source>
        <translation>la entrada %1 tiene un id fuera de secuencia</translation>
    </message>
    <message>
        <source>entry %1 is the first entry: an entry is missing before it</source>
        <translation>la entrada %1 es la primera: falta una entrada antes de ella</translation>
    </message>
    <message>
        <source>entry %1 does not follow %2: an entry is missing</source>
        <translation>la entrada %1 no sigue a %2: falta una entrada</translation>
    </message>
    <message>
        <source>entry %1 cannot be read: %2</source>
        <translation>no se puede leer la entrada %1: %2</translation>
    </message>
    <message>
        <source>entry %1 was altered: its content does not match its hash</source>
        <translation>la entrada %1 fue alterada: su contenido no coincide con su hash</translation>
    </message>
    <message>
        <source>entry %1 was altered or moved: its content does not match its hash, and it does not follow %2</source>
        <translation>la entrada %1 fue alterada o movida: su contenido no coincide con su hash y no sigue a %2</translation>
    </message>
    <message>
        <source>the start of the chain</source>
        <translation>el inicio de la cadena</translation>
    </message>
    <message>
        <source>entry %1 does not start the chain: its previous hash is not empty</source>
        <translation>la entrada %1 no inicia la cadena: su hash anterior no está vacío</translation>
    </message>
    <message>
        <source>entry %1 does not follow %2: its previous hash is not the hash of %2 (an entry was inserted, deleted or reordered)</source>
        <translation>la entrada %1 no sigue a %2: su hash anterior no es el hash de %2 (se insertó, eliminó o reordenó una entrada)</translation>
    </message>
    <message>
        <source>the history is empty, but its anchor (kept outside the database) says it reached entry #%1: every entry was deleted</source>
        <translation>el historial está vacío, pero su ancla (guardada fuera de la base de datos) dice que llegó a la entrada #%1: se borraron todas las entradas</translation>
    </message>
    <message>
        <source>the history ends at #%1, its anchor (kept outside the database) says #%2: the last entries were deleted</source>
        <translation>el historial termina en #%1 y su ancla (guardada fuera de la base de datos) dice #%2: se borraron las últimas entradas</translation>
    </message>
    <message>
        <source>entry %1 is not the entry its anchor (kept outside the database) names: the history was rewritten up to there</source>
        <translation>la entrada %1 no es la entrada que nombra su ancla (guardada fuera de la base de datos): el historial se reescribió hasta ahí</translation>
    </message>
    <message>
        <source>entry %1 was altered or forged: it does not carry the MAC that this history&apos;s key gives its content</source>
        <translation>la entrada %1 fue alterada o falsificada: no lleva el MAC que la clave de este historial da a su contenido</translation>
    </message>
    <message>
        <source>entry %1 was altered, moved or forged: it does not carry the MAC that this history&apos;s key gives its content, and it does not follow %2</source>
        <translation>la entrada %1 fue alterada, movida o falsificada: no lleva el MAC que la clave de este historial da a su contenido y no sigue a %2</translation>
    </message>
</context>
<context>
    <name>HistoryRows</name>
    <message>
        <source>%1 is not valid JSON (%2)</source>
        <translation>%1 no es JSON válido (%2)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 no es un array JSON</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
</context>
<context>
    <name>HistoryVocabulary</name>
    <message>
        <source>Deploy</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sin degradación</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>datos insuficientes</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>revirtiendo</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>The history could not start a transaction</source>
        <translation>El historial no pudo iniciar una transacción</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <source>The history entry could not be written</source>
        <translation>No se pudo escribir la entrada del historial</translation>
    </message>
    <message>
        <source>The history entry could not be committed</source>
        <translation>No se pudo confirmar la entrada del historial</translation>
    </message>
    <message>
        <source>The history database is not open: %1</source>
        <translation>La base de datos del historial no está abierta: %1</translation>
    </message>
    <message>
        <source>entry %1 is already settled, by entry %2</source>
        <translation>la entrada %1 ya está resuelta, por la entrada %2</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Inspect, plan, deploy and roll back CXone queue wait strategies.</source>
        <translation>Inspecciona, planifica, despliega y revierte las estrategias de espera de las colas de CXone.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 an operation failed, 2 usage or validation error, 3 authentication, 4 conflict.
The secret comes from CXONE_CLIENT_SECRET, else from the keychain (see &apos;login&apos;).
--set fields: positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime.</source>
        <translation>Códigos de salida: 0 correcto, 1 falló una operación, 2 error de uso o de validación, 3 autenticación, 4 conflicto.
El secreto se toma de CXONE_CLIENT_SECRET o, si no, del llavero (véase &apos;login&apos;).
Campos de --set: positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime.</translation>
    </message>
    <message>
        <source>List the queues and their wait strategies.</source>
        <translation>Lista las colas y sus estrategias de espera.</translation>
    </message>
    <message>
        <source>Show a queue&apos;s strategy and its policy findings (--json: the whole queue).</source>
        <translation>Muestra la estrategia de una cola y lo que dicen las políticas (--json: la cola completa).</translation>
    </message>
    <message>
        <source>Show what a change would do and what the policies say; nothing is written.</source>
        <translation>Muestra qué haría un cambio y qué dicen las políticas; no se escribe nada.</translation>
    </message>
    <message>
        <source>Change queues, write-ahead recorded, verified, synced; unchanged queues are not written.</source>
        <translation>Cambia colas, con registro previo a la escritura, verificación y sincronización; las colas sin cambios no se escriben.</translation>
    </message>
    <message>
        <source>Undo the latest change of a queue, or restore the strategy recorded by a history entry.</source>
        <translation>Deshace el último cambio de una cola o restaura la estrategia registrada en una entrada del historial.</translation>
    </message>
    <message>
        <source>Queue metrics from the tenant&apos;s analytics (default: the last hour).</source>
        <translation>Métricas de la cola según la analítica del tenant (por defecto: la última hora).</translation>
    </message>
    <message>
        <source>Predict what a change would do (calibrated from the queue&apos;s recent metrics, simulated), and check the policies&apos; service targets; or Erlang A from the figures given. Nothing is written.</source>
        <translation>Predice qué haría un cambio (calibrado con las métricas recientes de la cola y simulado) y comprueba los objetivos de servicio de las políticas; o Erlang A con las cifras dadas. No se escribe nada.</translation>
    </message>
    <message>
        <source>Print the strategies as stable, sorted JSON (for &apos;import&apos;).</source>
        <translation>Imprime las estrategias como JSON estable y ordenado (para &apos;import&apos;).</translation>
    </message>
    <message>
        <source>Deploy the strategies of an &apos;export&apos; file.</source>
        <translation>Despliega las estrategias de un archivo de &apos;export&apos;.</translation>
    </message>
    <message>
        <source>Check the history&apos;s hash chain; names the first bad entry.</source>
        <translation>Comprueba la cadena de hashes del historial; indica la primera entrada errónea.</translation>
    </message>
    <message>
        <source>Read the client secret from stdin (no echo on a terminal) and store it in the keychain.</source>
        <translation>Lee el secreto del cliente de stdin (sin eco en un terminal) y lo guarda en el llavero.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>El comando que ejecutar (véase arriba).</translation>
    </message>
    <message>
        <source>The tenant&apos;s base URL, e.g. https://api.nice-incontact.com.</source>
        <translation>La URL base del tenant, p. ej. https://api.nice-incontact.com.</translation>
    </message>
    <message>
        <source>The OAuth client id.</source>
        <translation>El id del cliente OAuth.</translation>
    </message>
    <message>
        <source>Run against an in-process sandbox tenant (seeded; its own credentials).</source>
        <translation>Ejecuta contra un tenant sandbox dentro del proceso (con datos generados; con sus propias credenciales).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s seed (default 1).</source>
        <translation>La semilla del sandbox (por defecto 1).</translation>
    </message>
    <message>
        <source>Simulated seconds per real second in the sandbox (default 60).</source>
        <translation>Segundos simulados por segundo real en el sandbox (por defecto 60).</translation>
    </message>
    <message>
        <source>Number of sandbox queues (default 40).</source>
        <translation>Número de colas del sandbox (por defecto 40).</translation>
    </message>
    <message>
        <source>Machine-readable JSON on stdout; errors stay on stderr.</source>
        <translation>JSON legible por máquina en stdout; los errores siguen en stderr.</translation>
    </message>
    <message>
        <source>A policy pack to check against, PACK[:VARIANT] (repeatable; default baseline).</source>
        <translation>Un paquete de políticas con el que comprobar, PACK[:VARIANT] (repetible; por defecto baseline).</translation>
    </message>
    <message>
        <source>Push each deployed strategy to this endpoint (CONTRACT.md §5).</source>
        <translation>Envía cada estrategia desplegada a este endpoint (CONTRACT.md §5).</translation>
    </message>
    <message>
        <source>A field to change, FIELD=VALUE (repeatable).</source>
        <translation>Un campo que cambiar, FIELD=VALUE (repetible).</translation>
    </message>
    <message>
        <source>A JSON file of fields to set (flat strategy, or an &apos;export&apos; file).</source>
        <translation>Un archivo JSON con los campos que establecer (estrategia plana o un archivo de &apos;export&apos;).</translation>
    </message>
    <message>
        <source>deploy --all: only queues whose id matches this regular expression.</source>
        <translation>deploy --all: solo las colas cuyo id coincide con esta expresión regular.</translation>
    </message>
    <message>
        <source>rollback: the history entry whose strategy to restore.</source>
        <translation>rollback: la entrada del historial cuya estrategia restaurar.</translation>
    </message>
    <message>
        <source>rollback --to: restore the strategy from before that entry.</source>
        <translation>rollback --to: restaura la estrategia anterior a esa entrada.</translation>
    </message>
    <message>
        <source>rollback: overwrite a change someone else made since.</source>
        <translation>rollback: sobrescribe un cambio que otra persona hizo después.</translation>
    </message>
    <message>
        <source>history: at most N entries (default 50).</source>
        <translation>history: como máximo N entradas (por defecto 50).</translation>
    </message>
    <message>
        <source>metrics: ISO-8601 duration or start/end (default PT1H).</source>
        <translation>metrics: duración ISO-8601 o inicio/fin (por defecto PT1H).</translation>
    </message>
    <message>
        <source>metrics: one record per bucket of this ISO-8601 duration.</source>
        <translation>metrics: un registro por intervalo de esta duración ISO-8601.</translation>
    </message>
    <message>
        <source>tune/watch: tenant seconds on each side of a deploy the guard compares (default 1800).</source>
        <translation>tune/watch: segundos del tenant a cada lado de un despliegue que compara la protección (por defecto 1800).</translation>
    </message>
    <message>
        <source>tune/watch: on a breach only alert; do not roll back.</source>
        <translation>tune/watch: ante un incumplimiento, solo avisar; no revertir.</translation>
    </message>
    <message>
        <source>watch: seconds between rounds (default 60; 5 with --sandbox).</source>
        <translation>watch: segundos entre rondas (por defecto 60; 5 con --sandbox).</translation>
    </message>
    <message>
        <source>no command given; try --help for the list.</source>
        <translation>no se indicó ningún comando; pruebe --help para ver la lista.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help for the list.</source>
        <translation>comando desconocido &quot;%1&quot;; pruebe --help para ver la lista.</translation>
    </message>
    <message>
        <source>--%1 needs --sandbox.</source>
        <translation>--%1 requiere --sandbox.</translation>
    </message>
    <message>
        <source>--sandbox brings its own tenant; leave out --base-url and --client-id.</source>
        <translation>--sandbox trae su propio tenant; omita --base-url y --client-id.</translation>
    </message>
    <message>
        <source>--history-db: the path is empty.</source>
        <translation>--history-db: la ruta está vacía.</translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;%2&apos;.</source>
        <translation>--%1 no es una opción de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--match: &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>--match: &quot;%1&quot; no es una expresión regular válida: %2</translation>
    </message>
    <message>
        <source>--match only goes with --all.</source>
        <translation>--match solo va con --all.</translation>
    </message>
    <message>
        <source>--before only goes with --to ENTRY.</source>
        <translation>--before solo va con --to ENTRY.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments: %2</source>
        <translation>&apos;%1&apos; necesita más argumentos: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2: unexpected &quot;%3&quot;.</source>
        <translation>&apos;%1&apos; admite %2: &quot;%3&quot; inesperado.</translation>
    </message>
    <message>
        <source>%1: give the change with --set FIELD=VALUE or --file FILE.</source>
        <translation>%1: indique el cambio con --set FIELD=VALUE o --file FILE.</translation>
    </message>
    <message>
        <source>%1: use --set or --file, not both.</source>
        <translation>%1: use --set o --file, no ambos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a queue id (1 to 64 of A-Z a-z 0-9 _ . -).</source>
        <translation>&quot;%1&quot; no es un id de cola (de 1 a 64 caracteres entre A-Z a-z 0-9 _ . -).</translation>
    </message>
    <message>
        <source>audit: the only sub-command is &apos;verify&apos;.</source>
        <translation>audit: el único subcomando es &apos;verify&apos;.</translation>
    </message>
    <message>
        <source>no tenant: give --base-url URL and --client-id ID, or --sandbox.</source>
        <translation>sin tenant: indique --base-url URL y --client-id ID, o --sandbox.</translation>
    </message>
    <message>
        <source>--client-id is needed with --base-url.</source>
        <translation>--client-id es obligatorio con --base-url.</translation>
    </message>
    <message>
        <source>login: give --base-url URL and --client-id ID (the sandbox needs no login).</source>
        <translation>login: indique --base-url URL y --client-id ID (el sandbox no necesita login).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>The sandbox&apos;s simulated time at start, in UTC (default: now).</source>
        <translation>La hora simulada del sandbox al inicio, en UTC (por defecto: ahora).</translation>
    </message>
    <message>
        <source>Queues deployed at once (default: chosen from the rate in force and the tenant&apos;s round trip, up to 64).</source>
        <translation>Colas desplegadas a la vez (por defecto: elegidas según el ritmo en vigor y el tiempo de ida y vuelta del tenant, hasta 64).</translation>
    </message>
    <message>
        <source>Requests a minute, pinned (default: the rate the tenant states, or one learnt from its answers).</source>
        <translation>Peticiones por minuto, fijadas (por defecto: el ritmo que indica el tenant, o uno aprendido de sus respuestas).</translation>
    </message>
    <message>
        <source>Answer rate -&gt; advice (the service goal, or the answer-rate rule) -&gt; deploy -&gt; sync -&gt; metrics -&gt; degradation guard, explained.</source>
        <translation>Tasa de atención -&gt; consejo (el objetivo de servicio o la regla de tasa de atención) -&gt; despliegue -&gt; sincronización -&gt; métricas -&gt; protección ante degradación, explicado.</translation>
    </message>
    <message>
        <source>tune: &apos;goal&apos; (default) finds the strategy meeting the service goal with the fewest callbacks; &apos;rule&apos; is the specification&apos;s answer-rate rule.</source>
        <translation>tune: &apos;goal&apos; (por defecto) busca la estrategia que cumple el objetivo de servicio con menos devoluciones de llamada; &apos;rule&apos; es la regla de tasa de atención de la especificación.</translation>
    </message>
    <message>
        <source>tune: the service goal, ANSWERED%/WITHIN_S[/MAX_ABANDONED%] (default 80/20/5).</source>
        <translation>tune: el objetivo de servicio, ATENDIDAS%/EN_S[/MAX_ABANDONADAS%] (por defecto 80/20/5).</translation>
    </message>
    <message>
        <source>--advisor: &quot;%1&quot; is not an advisor; use goal or rule.</source>
        <translation>--advisor: &quot;%1&quot; no es un asesor; use goal o rule.</translation>
    </message>
    <message>
        <source>--goal is what the goal advisor aims at; leave it out with --advisor rule.</source>
        <translation>--goal es lo que persigue el asesor del objetivo; omítalo con --advisor rule.</translation>
    </message>
    <message>
        <source>List the history, newest first; or copy it, chain intact, into a team&apos;s empty PostgreSQL history.</source>
        <translation>Lista el historial, de la más reciente a la más antigua; o lo copia, con la cadena intacta, en el historial PostgreSQL vacío de un equipo.</translation>
    </message>
    <message>
        <source>The history: a database file (default: in the application data folder), or a team&apos;s PostgreSQL database, postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full (a password given in it goes to the keychain).</source>
        <translation>El historial: un archivo de base de datos (por defecto: en la carpeta de datos de la aplicación) o la base de datos PostgreSQL de un equipo, postgresql://USUARIO@HOST[:PUERTO]/BD?sslmode=verify-full (una contraseña incluida en ella va al llavero).</translation>
    </message>
    <message>
        <source>--%1: give the team&apos;s history as a postgresql:// URL.</source>
        <translation>--%1: indique el historial del equipo como una URL postgresql://.</translation>
    </message>
    <message>
        <source>history migrate: give the team&apos;s history with --to postgresql://...</source>
        <translation>history migrate: indique el historial del equipo con --to postgresql://...</translation>
    </message>
    <message>
        <source>--to is an option of &apos;history migrate&apos; only.</source>
        <translation>--to es una opción solo de &apos;history migrate&apos;.</translation>
    </message>
    <message>
        <source>Advisor and guard in a loop until SIGINT or SIGTERM (--all: every queue, listed again each round).</source>
        <translation>Asesor y protección en bucle hasta SIGINT o SIGTERM (--all: todas las colas, listadas de nuevo en cada ronda).</translation>
    </message>
    <message>
        <source>deploy, watch: every queue of the tenant.</source>
        <translation>deploy, watch: todas las colas del tenant.</translation>
    </message>
    <message>
        <source>%1: give queues or --all, not both.</source>
        <translation>%1: indique colas o --all, no ambas cosas.</translation>
    </message>
    <message>
        <source>%1: name the queues, or --all.</source>
        <translation>%1: indique las colas, o --all.</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>%1 is not a known key</source>
        <translation>%1 no es una clave conocida</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation>%1 debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1 debe ser un array</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
</context>
<context>
    <name>MetricFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>PatienceFit</name>
    <message>
        <source>Too few abandonments to refine the patience by replaying the window.</source>
        <translation>Muy pocos abandonos para afinar la paciencia reproduciendo la ventana.</translation>
    </message>
    <message>
        <source>The replayed window could not match the abandonment within a factor %1 of the estimated patience; kept at the bound, %2 s.</source>
        <translation>La ventana reproducida no pudo igualar el abandono dentro de un factor %1 de la paciencia estimada; se mantiene en el límite, %2 s.</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>%1 must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1 debe contener letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known rule kind (maxValue, callbackRequired, serviceLevel, abandonmentRate)</source>
        <translation>%1 &quot;%2&quot; no es un tipo de regla conocido (maxValue, callbackRequired, serviceLevel, abandonmentRate)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a numeric wait-strategy field</source>
        <translation>%1 &quot;%2&quot; no es un campo numérico de la estrategia de espera</translation>
    </message>
    <message>
        <source>%1 must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>%1 debe ser &quot;error&quot; o &quot;warning&quot;</translation>
    </message>
    <message>
        <source>%1 is given but the pack declares no variants</source>
        <translation>se indica %1, pero el paquete no declara variantes</translation>
    </message>
    <message>
        <source>%1 is not a variant declared by the pack</source>
        <translation>%1 no es una variante declarada por el paquete</translation>
    </message>
    <message>
        <source>id must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>id debe contener letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>effectiveDate must be a date as YYYY-MM-DD</source>
        <translation>effectiveDate debe ser una fecha con formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is declared twice</source>
        <translation>%1.id &quot;%2&quot; se declara dos veces</translation>
    </message>
    <message>
        <source>variants must not be empty when given</source>
        <translation>variants no puede estar vacío si se indica</translation>
    </message>
    <message>
        <source>defaultVariant &quot;%1&quot; is not one of the variants</source>
        <translation>defaultVariant &quot;%1&quot; no es una de las variantes</translation>
    </message>
    <message>
        <source>defaultVariant is given but the pack declares no variants</source>
        <translation>se indica defaultVariant, pero el paquete no declara variantes</translation>
    </message>
    <message>
        <source>rules must not be empty</source>
        <translation>rules no puede estar vacío</translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is used twice</source>
        <translation>%1.id &quot;%2&quot; se usa dos veces</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation>%1: no es JSON válido (%2 en la posición %3)</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: el nivel superior debe ser un objeto JSON</translation>
    </message>
</context>
<context>
    <name>PolicyRegistry</name>
    <message>
        <source>%1: no such policy directory</source>
        <translation>%1: no existe ese directorio de políticas</translation>
    </message>
    <message>
        <source>%1: id &quot;%2&quot; is already used by %3</source>
        <translation>%1: el id &quot;%2&quot; ya lo usa %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PolicyRules</name>
    <message>
        <source>Holdline product rule, not a law: %1</source>
        <extracomment>%1 the rule&apos;s source, e.g. &quot;no caller holds longer than 5 minutes&quot;</extracomment>
        <translation>Regla de producto de Holdline, no una ley: %1</translation>
    </message>
    <message>
        <source>Law or regulation (%1): %2</source>
        <extracomment>%1 jurisdiction code (ES, US-PA), %2 the law&apos;s article</extracomment>
        <translation>Ley o reglamento (%1): %2</translation>
    </message>
    <message>
        <source>%1 %2 exceeds the %3 cap of %4.</source>
        <extracomment>%1 field label, %2 its value, %3 the cap, %4 rule name. E.g. &quot;Maximum hold time 420 s exceeds the 300 s cap of Baseline hold-time mandate.&quot;</extracomment>
        <translation>%1 %2 supera el límite de %3 de %4.</translation>
    </message>
    <message>
        <source>Callbacks are off, so callers who reach the maximum hold time of %1 are sent to voicemail instead of keeping their place; callbacks must be on (%2).</source>
        <translation>Las devoluciones de llamada están desactivadas, así que los llamantes que alcanzan el tiempo máximo de espera de %1 pasan al buzón de voz en lugar de conservar su turno; las devoluciones de llamada deben estar activadas (%2).</translation>
    </message>
    <message>
        <source>No more than %1 of calls may be abandoned (%2). Only a prediction can tell whether this strategy meets it: run the what-if predictor.</source>
        <translation>No puede abandonarse más del %1 de las llamadas (%2). Solo una predicción puede decir si esta estrategia lo cumple: ejecute el predictor de hipótesis.</translation>
    </message>
    <message>
        <source>At least %1 of calls must be answered within %2 (%3). Only a prediction can tell whether this strategy meets it: run the what-if predictor.</source>
        <translation>Al menos el %1 de las llamadas debe atenderse en %2 (%3). Solo una predicción puede decir si esta estrategia lo cumple: ejecute el predictor de hipótesis.</translation>
    </message>
    <message>
        <source>%1 applies from %2.</source>
        <translation>%1 se aplica desde el %2.</translation>
    </message>
</context>
<context>
    <name>PolicySelection</name>
    <message>
        <source>&quot;%1&quot; is not a policy pack (expected PACK or PACK:VARIANT)</source>
        <translation>&quot;%1&quot; no es un paquete de políticas (se esperaba PACK o PACK:VARIANT)</translation>
    </message>
    <message>
        <source>packs must be an array</source>
        <translation>packs debe ser un array</translation>
    </message>
    <message>
        <source>packs[%1] must be {&quot;id&quot;: string, &quot;variant&quot;: string (optional)}</source>
        <translation>packs[%1] debe ser {&quot;id&quot;: cadena, &quot;variant&quot;: cadena (opcional)}</translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>Usage: holdline-cli predict --arrivals-per-hour X --aht-seconds Y --agents N --patience-seconds Z [--sl-seconds T] [--json]
Erlang A (M/M/n+M): P(wait), P(abandon), average speed of answer over all arrivals, service level (answered within T s, default 20, over all arrivals), answer rate, occupancy.
--patience-seconds 0 means nobody abandons (Erlang C).
</source>
        <translation>Uso: holdline-cli predict --arrivals-per-hour X --aht-seconds Y --agents N --patience-seconds Z [--sl-seconds T] [--json]
Erlang A (M/M/n+M): P(espera), P(abandono), velocidad media de respuesta sobre todas las llegadas, nivel de servicio (atendidas en T s, por defecto 20, sobre todas las llegadas), tasa de atención, ocupación.
--patience-seconds 0 significa que nadie abandona (Erlang C).
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option: --%1</source>
        <translation>Opción desconocida: --%1</translation>
    </message>
    <message>
        <source>--%1 must be a number of at least 0, not &quot;%2&quot;.</source>
        <translation>--%1 debe ser un número mayor o igual que 0, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <source>--agents must be a whole number of agents.</source>
        <translation>--agents debe ser un número entero de agentes.</translation>
    </message>
    <message>
        <source>--aht-seconds must be more than 0.</source>
        <translation>--aht-seconds debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>Erlang %1: %2 arrivals/h, AHT %3 s, %4 agents, mean patience %5
</source>
        <translation>Erlang %1: %2 llegadas/h, TMO %3 s, %4 agentes, paciencia media %5
</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitada</translation>
    </message>
    <message>
        <source>Unstable: the load reaches the agents&apos; capacity and waits grow without bound.
</source>
        <translation>Inestable: la carga alcanza la capacidad de los agentes y las esperas crecen sin límite.
</translation>
    </message>
    <message>
        <source>  P(wait &gt; 0)        %1
</source>
        <translation>  P(espera &gt; 0)       %1
</translation>
    </message>
    <message>
        <source>  P(abandon)         %1
</source>
        <translation>  P(abandono)        %1
</translation>
    </message>
    <message>
        <source>  Answer rate        %1
</source>
        <translation>  Tasa de atención   %1
</translation>
    </message>
    <message>
        <source>  ASA (all arrivals) %1 s
</source>
        <translation>  ASA (todas)        %1 s
</translation>
    </message>
    <message>
        <source>  Service level      %1 within %2 s
</source>
        <translation>  Nivel de servicio  %1 en %2 s
</translation>
    </message>
    <message>
        <source>  Occupancy          %1
</source>
        <translation>  Ocupación          %1
</translation>
    </message>
    <message>
        <source>Calibrated: %1 arrivals/h, AHT %2 s, %3 agents, mean patience %4 s (%5)
</source>
        <translation>Calibrado: %1 llegadas/h, TMO %2 s, %3 agentes, paciencia media %4 s (%5)
</translation>
    </message>
    <message>
        <source>%1 replications, 95% confidence:
</source>
        <translation>%1 réplicas, confianza del 95 %:
</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Answer rate</source>
        <translation>Tasa de atención</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>Average speed of answer (s)</source>
        <translation>Velocidad media de respuesta (s)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Answered within 180 s</source>
        <translation>Atendidas en 180 s</translation>
    </message>
    <message>
        <source>Callbacks offered per hour</source>
        <translation>Devoluciones de llamada ofrecidas por hora</translation>
    </message>
    <message>
        <source>Callbacks accepted per hour</source>
        <translation>Devoluciones de llamada aceptadas por hora</translation>
    </message>
    <message>
        <source>Max-hold exits per hour</source>
        <translation>Salidas por espera máxima por hora</translation>
    </message>
</context>
<context>
    <name>PredictiveAdvisor</name>
    <message>
        <source>No calibration from recent metrics: nothing to predict from.</source>
        <translation>Sin calibración a partir de métricas recientes: no hay nada con qué predecir.</translation>
    </message>
    <message>
        <source>The current strategy</source>
        <translation>La estrategia actual</translation>
    </message>
    <message>
        <source>your goal (%1) and the policy packs&apos; targets</source>
        <translation>su objetivo (%1) y los objetivos de los paquetes de políticas</translation>
    </message>
    <message>
        <source>your goal (%1)</source>
        <translation>su objetivo (%1)</translation>
    </message>
    <message>
        <source>every service target of the policy packs in force</source>
        <translation>todos los objetivos de servicio de los paquetes de políticas en vigor</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough traffic to judge: %n contact(s) in the calibration window; the advisor needs %1. Pick a longer window, or wait for calls.</source>
        <translation>
            <numerusform>Tráfico insuficiente para juzgar: %n contacto en la ventana de calibración; el asesor necesita %1. Elija una ventana más larga o espere llamadas.</numerusform>
            <numerusform>Tráfico insuficiente para juzgar: %n contactos en la ventana de calibración; el asesor necesita %1. Elija una ventana más larga o espere llamadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No strategy the active rules allow: fix the findings first.</source>
        <translation>Ninguna estrategia está permitida por las reglas activas: corrija primero las observaciones.</translation>
    </message>
    <message>
        <source>No service target to aim at: threshold %1 gives the best predicted answer rate (%2).</source>
        <translation>No hay objetivo de servicio que perseguir: el umbral %1 da la mejor tasa de atención prevista (%2).</translation>
    </message>
    <message>
        <source> (the current strategy: short by %1)</source>
        <translation> (la estrategia actual: le faltan %1)</translation>
    </message>
    <message>
        <source>No strategy the rules allow meets %1. The closest: %2, short by %3 points%4. %5</source>
        <translation>Ninguna estrategia que permitan las reglas cumple %1. La más cercana: %2, a la que le faltan %3 puntos%4. %5</translation>
    </message>
    <message>
        <source>without offering callbacks</source>
        <translation>sin ofrecer devoluciones de llamada</translation>
    </message>
    <message>
        <source>with the fewest callbacks that do: %1 offered an hour</source>
        <translation>con las menos devoluciones de llamada que lo logran: %1 ofrecidas por hora</translation>
    </message>
    <message>
        <source>with %1 callbacks offered an hour instead of %2</source>
        <translation>con %1 devoluciones de llamada ofrecidas por hora en lugar de %2</translation>
    </message>
    <message>
        <source>%1 meets %2, %3 (worst margin %4 points).</source>
        <translation>%1 cumple %2, %3 (peor margen %4 puntos).</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Service-goal advisor</source>
        <translation>Asesor del objetivo de servicio</translation>
    </message>
    <message>
        <source>No strategy the rules allow meets %1 without answering fewer callers: keep the current one, short by %2 points; more agents are the lever left. %3</source>
        <translation>Ninguna estrategia que permitan las reglas cumple %1 sin atender a menos llamantes: mantenga la actual, a la que le faltan %2 puntos; más agentes es la palanca que queda. %3</translation>
    </message>
</context>
<context>
    <name>QueueAdvisor</name>
    <message>
        <source>The history could not be read, so the last change is unknown: no advice. %1</source>
        <translation>No se pudo leer el historial, así que se desconoce el último cambio: sin recomendación. %1</translation>
    </message>
</context>
<context>
    <name>QueueChange</name>
    <message>
        <source>%1 cannot be set to &quot;%2&quot;.</source>
        <translation>No se puede asignar &quot;%2&quot; a %1.</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer has a malformed strategy: %1</source>
        <translation>La respuesta del tenant contiene una estrategia mal formada: %1</translation>
    </message>
    <message>
        <source>The tenant stored a different strategy: %1</source>
        <translation>El tenant guardó una estrategia distinta: %1</translation>
    </message>
    <message>
        <source>The tenant did not keep the queue&apos;s other fields as sent (%1).</source>
        <translation>El tenant no conservó los demás campos de la cola tal como se enviaron (%1).</translation>
    </message>
</context>
<context>
    <name>QueueMapping</name>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fuera de rango</translation>
    </message>
    <message>
        <source>%1 must be a boolean</source>
        <translation>%1 debe ser un booleano</translation>
    </message>
</context>
<context>
    <name>RatePolicy</name>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>stated by the tenant</source>
        <translation>indicado por el tenant</translation>
    </message>
    <message>
        <source>learnt</source>
        <translation>aprendido</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid queue id (1 to 64 of A-Z a-z 0-9 _ . -).</source>
        <translation>&quot;%1&quot; no es un id de cola válido (de 1 a 64 caracteres entre A-Z a-z 0-9 _ . -).</translation>
    </message>
    <message>
        <source>the queue has no &quot;id&quot; string.</source>
        <translation>la cola no tiene una cadena &quot;id&quot;.</translation>
    </message>
    <message>
        <source>queue %1 has no integer &quot;version&quot;.</source>
        <translation>la cola %1 no tiene un &quot;version&quot; entero.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>the database is not open: %1</source>
        <translation>la base de datos no está abierta: %1</translation>
    </message>
    <message>
        <source>%1 migration %2 failed: %3</source>
        <translation>falló la migración %2 de %1: %3</translation>
    </message>
</context>
<context>
    <name>ServiceGoal</name>
    <message>
        <source>Your service goal: %1 % answered within %2 s.</source>
        <translation>Su objetivo de servicio: %1 % atendidas en %2 s.</translation>
    </message>
    <message>
        <source>Your service goal (Preferences, or --goal)</source>
        <translation>Su objetivo de servicio (Preferencias, o --goal)</translation>
    </message>
    <message>
        <source>Your service goal: at most %1 % abandoned.</source>
        <translation>Su objetivo de servicio: como máximo %1 % abandonadas.</translation>
    </message>
    <message>
        <source>%1 % answered within %2 s, ≤ %3 % abandoned</source>
        <translation>%1 % atendidas en %2 s, ≤ %3 % abandonadas</translation>
    </message>
    <message>
        <source>a goal reads ANSWERED%/WITHIN_S[/MAX_ABANDONED%], e.g. 80/20/5</source>
        <translation>un objetivo se escribe ATENDIDAS%/EN_S[/MAX_ABANDONADAS%], p. ej. 80/20/5</translation>
    </message>
    <message>
        <source>the answered share must be a percentage above 0 and at most 100</source>
        <translation>la parte atendida debe ser un porcentaje mayor que 0 y como máximo 100</translation>
    </message>
    <message>
        <source>the answer time must be 1 to 3600 seconds</source>
        <translation>el tiempo de atención debe ser de 1 a 3600 segundos</translation>
    </message>
    <message>
        <source>the abandoned share must be a percentage from 0 to 100</source>
        <translation>la parte abandonada debe ser un porcentaje de 0 a 100</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Establecer %1 en %2</translation>
    </message>
</context>
<context>
    <name>StrategyDiff</name>
    <message>
        <source>%1 %2 → %3</source>
        <extracomment>%1 field label, %2 old value, %3 new value</extracomment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>StrategyFile</name>
    <message>
        <source>&quot;%1&quot; is not a wait-strategy field (positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime).</source>
        <translation>&quot;%1&quot; no es un campo de la estrategia de espera (positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; debe ser un número entero.</translation>
    </message>
    <message>
        <source>no field to set.</source>
        <translation>no hay ningún campo que establecer.</translation>
    </message>
    <message>
        <source>an export file holds exactly one key, &quot;queues&quot;, an array.</source>
        <translation>un archivo de exportación contiene exactamente una clave, &quot;queues&quot;, un array.</translation>
    </message>
    <message>
        <source>queues[%1]</source>
        <translation>queues[%1]</translation>
    </message>
    <message>
        <source>%1 must be {&quot;queueId&quot;: ..., &quot;strategy&quot;: {...}}.</source>
        <translation>%1 debe ser {&quot;queueId&quot;: ..., &quot;strategy&quot;: {...}}.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a queue id.</source>
        <translation>%1: &quot;%2&quot; no es un id de cola.</translation>
    </message>
    <message>
        <source>%1: queue %2 appears twice.</source>
        <translation>%1: la cola %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>the file names no queue.</source>
        <translation>el archivo no nombra ninguna cola.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>el nivel superior no es un objeto</translation>
    </message>
</context>
<context>
    <name>StrategyValidator</name>
    <message>
        <source>Policy pack &quot;%1&quot; is selected but not installed; its rules were not checked.</source>
        <translation>El paquete de políticas &quot;%1&quot; está seleccionado, pero no instalado; sus reglas no se comprobaron.</translation>
    </message>
    <message>
        <source>%1 has no variants; the variant &quot;%2&quot; was ignored.</source>
        <translation>%1 no tiene variantes; se ignoró la variante &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no variant &quot;%2&quot;; its default variant &quot;%3&quot; was checked instead.</source>
        <translation>%1 no tiene la variante &quot;%2&quot;; se comprobó en su lugar su variante por defecto &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>StructuralRules</name>
    <message>
        <source>CXone rule: the range the Routing API accepts for this field</source>
        <translation>Regla de CXone: el rango que la API de enrutamiento acepta para este campo</translation>
    </message>
    <message>
        <source>%1 %2 is outside the range the tenant accepts (%3 to %4).</source>
        <extracomment>%1 field label, %2 value, %3 and %4 the allowed range</extracomment>
        <translation>%1 %2 está fuera del rango que acepta el tenant (de %3 a %4).</translation>
    </message>
    <message>
        <source>%1 %2 exceeds this tenant&apos;s maximum of %3.</source>
        <extracomment>%1 field label, %2 value, %3 the tenant&apos;s maximum</extracomment>
        <translation>%1 %2 supera el máximo de este tenant, %3.</translation>
    </message>
    <message>
        <source>This tenant&apos;s own limit (%1)</source>
        <translation>Límite propio de este tenant (%1)</translation>
    </message>
    <message>
        <source>Callback position threshold %1 is above the position threshold %2; the tenant rejects this. Callers are only offered a callback by position while more than %2 are waiting, so set it to %2 or lower.</source>
        <translation>El umbral de posición para la devolución de llamada, %1, está por encima del umbral de posición %2; el tenant lo rechaza. Solo se ofrece la devolución de llamada por posición mientras esperan más de %2, así que establézcalo en %2 o menos.</translation>
    </message>
    <message>
        <source>CXone rule: the Routing API refuses such a queue</source>
        <translation>Regla de CXone: la API de enrutamiento rechaza una cola así</translation>
    </message>
    <message>
        <source>The callback offer after %1 can never be made: every caller leaves the line at the maximum hold time of %2 first. Lower the abandonment threshold below %2, or set it to 0 to turn the offer off.</source>
        <translation>La oferta de devolución de llamada tras %1 no puede hacerse nunca: todos los llamantes salen de la línea antes, al llegar al tiempo máximo de espera de %2. Baje el umbral de abandono por debajo de %2, o póngalo a 0 para desactivar la oferta.</translation>
    </message>
    <message>
        <source>How CXone&apos;s wait strategy works: the time-based callback offer</source>
        <translation>Cómo funciona la estrategia de espera de CXone: la oferta de devolución por tiempo</translation>
    </message>
</context>
<context>
    <name>TargetEvaluation</name>
    <message>
        <source>at least %1 answered within %2 s</source>
        <translation>al menos el %1 atendidas en %2 s</translation>
    </message>
    <message>
        <source>at most %1 abandoned</source>
        <translation>como máximo el %1 abandonadas</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>probably meets</source>
        <translation>probablemente cumple</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>probably misses</source>
        <translation>probablemente no cumple</translation>
    </message>
    <message>
        <source>Predicted %1; %2 the target (%3), margin %4 points.</source>
        <translation>Previsto %1; %2 el objetivo (%3), margen de %4 puntos.</translation>
    </message>
</context>
<context>
    <name>ThresholdAdvisor</name>
    <message>
        <source>The number of contacts behind the answer rate is not known: not enough to judge.</source>
        <translation>No se sabe cuántos contactos hay detrás de la tasa de respuesta: no basta para juzgar.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough traffic to judge: %n contact(s) in the window (answer rate %1, somewhere between %2 and %3 %); the advisor needs %4.</source>
        <extracomment>%n contacts in the window, %1 the answer rate, %2-%3 its 95 % interval, %4 the minimum</extracomment>
        <translation>
            <numerusform>No hay tráfico suficiente para juzgar: %n contacto en la ventana (tasa de respuesta %1, entre el %2 y el %3 %); el asesor necesita %4.</numerusform>
            <numerusform>No hay tráfico suficiente para juzgar: %n contactos en la ventana (tasa de respuesta %1, entre el %2 y el %3 %); el asesor necesita %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% (%2–%3 %, %n contact(s))</source>
        <extracomment>an answer rate with its 95 % interval and sample: &quot;72.0% (63–80 %, 96 contacts)&quot;</extracomment>
        <translation>
            <numerusform>%1% (%2–%3 %, %n contacto)</numerusform>
            <numerusform>%1% (%2–%3 %, %n contactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer-rate rule</source>
        <translation>Regla de tasa de atención</translation>
    </message>
    <message>
        <source>No contacts in the window: no answer rate to act on.</source>
        <translation>No hay contactos en la ventana: no hay tasa de atención con la que actuar.</translation>
    </message>
    <message>
        <source>Answer rate %1; waiting for the last change to settle (cooldown %2 min).</source>
        <translation>Tasa de atención %1; esperando a que se asiente el último cambio (enfriamiento de %2 min).</translation>
    </message>
    <message>
        <source>Answer rate %1 is within %2–%3%: keep the threshold.</source>
        <translation>La tasa de atención %1 está entre el %2 y el %3%: se mantiene el umbral.</translation>
    </message>
    <message>
        <source>Answer rate %1, but the threshold is already at its limit.</source>
        <translation>Tasa de atención %1, pero el umbral ya está en su límite.</translation>
    </message>
    <message>
        <source>Answer rate %1 is low (agents are busy): offer callbacks sooner, threshold %2 → %3.</source>
        <translation>La tasa de atención %1 es baja (los agentes están ocupados): ofrecer antes la devolución de llamada, umbral %2 → %3.</translation>
    </message>
    <message>
        <source>Answer rate %1 is high (capacity is free): offer callbacks later, threshold %2 → %3.</source>
        <translation>La tasa de atención %1 es alta (hay capacidad libre): ofrecer más tarde la devolución de llamada, umbral %2 → %3.</translation>
    </message>
</context>
<context>
    <name>TuneCommand</name>
    <message>
        <source>the last 5 minutes</source>
        <translation>los últimos 5 minutos</translation>
    </message>
    <message>
        <source>the last hour</source>
        <translation>la última hora</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>WaitStrategy</name>
    <message>
        <source>Position threshold</source>
        <translation>Umbral de posición</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Devolución de llamada</translation>
    </message>
    <message>
        <source>Callback position threshold</source>
        <translation>Umbral de posición para devolución de llamada</translation>
    </message>
    <message>
        <source>Abandonment threshold</source>
        <translation>Umbral de abandono</translation>
    </message>
    <message>
        <source>Maximum hold time</source>
        <translation>Tiempo máximo de espera</translation>
    </message>
    <message>
        <source>%1 must be on or off (true/false), not &quot;%2&quot;.</source>
        <translation>%1 debe ser on u off (true/false), no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 debe ser un número entero, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Expected FIELD=VALUE, got &quot;%1&quot;.</source>
        <translation>Se esperaba FIELD=VALUE, se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are %2.</source>
        <translation>Campo desconocido &quot;%1&quot;; los campos son %2.</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>A callback setting: offered</extracomment>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>A callback setting: not offered</extracomment>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>s</source>
        <extracomment>Abbreviation of seconds, after a number</extracomment>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>holdline::DraftPrediction</name>
    <message>
        <source>Last 4 hours</source>
        <translation>Últimas 4 horas</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Not connected to a tenant: nothing to calibrate from.</source>
        <translation>Sin conexión con un tenant: no hay nada con qué calibrar.</translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation>No se pudo leer la cola: %1</translation>
    </message>
    <message>
        <source>Could not read the queue&apos;s metrics: %1</source>
        <translation>No se pudieron leer las métricas de la cola: %1</translation>
    </message>
    <message>
        <source>No calls in the window (%1) yet: nothing to calibrate from. Pick a longer window, or wait for traffic.</source>
        <translation>Todavía no hay llamadas en la ventana (%1): no hay nada con qué calibrar. Elija una ventana más larga o espere a que haya tráfico.</translation>
    </message>
    <message>
        <source>No agents were staffed in the window (%1): nothing to predict with.</source>
        <translation>No había agentes conectados en la ventana (%1): no hay nada con qué predecir.</translation>
    </message>
</context>
<context>
    <name>holdline::OpeningHours</name>
    <message>
        <source>hoursOfOperation is not an object</source>
        <translation>hoursOfOperation no es un objeto</translation>
    </message>
    <message>
        <source>%1 has %2 entries; a week has 7 days</source>
        <translation>%1 tiene %2 entradas; una semana tiene 7 días</translation>
    </message>
    <message>
        <source>%1 is not a day of the week named once</source>
        <translation>%1 no es un día de la semana nombrado una sola vez</translation>
    </message>
    <message>
        <source>%1 needs open and close as HH:MM, open before close</source>
        <translation>%1 necesita apertura y cierre como HH:MM, la apertura antes del cierre</translation>
    </message>
</context>
<context>
    <name>holdline::OptionChecker</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>--%1: &quot;%2&quot; no es un número entero entre %3 y %4.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number from %3 to %4.</source>
        <translation>--%1: &quot;%2&quot; no es un número entre %3 y %4.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation>--%1: &quot;%2&quot; no es una URL http(s).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a UTC time like 2026-11-25T11:00:00Z.</source>
        <translation>--%1: &quot;%2&quot; no es una hora UTC como 2026-11-25T11:00:00Z.</translation>
    </message>
</context>
<context>
    <name>holdline::TenantSession</name>
    <message>
        <source>A client id and secret are needed to connect.</source>
        <translation>Se necesitan un id de cliente y un secreto para conectarse.</translation>
    </message>
    <message>
        <source>The history cannot be used: %1</source>
        <translation>No se puede usar el historial: %1</translation>
    </message>
</context>
<context>
    <name>holdline::api::AnalyticsClient</name>
    <message>
        <source>a record has no &quot;queue.id&quot; string.</source>
        <translation>un registro no tiene una cadena &quot;queue.id&quot;.</translation>
    </message>
    <message>
        <source>a record of %1 has no valid &quot;interval.start&quot;.</source>
        <translation>un registro de %1 no tiene un &quot;interval.start&quot; válido.</translation>
    </message>
    <message>
        <source>a record of %1 lacks the selected metric &quot;%2&quot;.</source>
        <translation>a un registro de %1 le falta la métrica seleccionada &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is neither a number nor null.</source>
        <translation>&quot;%1&quot; de %2 no es ni un número ni null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is %3, not a rate between 0 and 1.</source>
        <translation>&quot;%1&quot; de %2 es %3, no una tasa entre 0 y 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is %3, not a count, time or staffing level.</source>
        <translation>&quot;%1&quot; de %2 es %3, no un recuento, un tiempo ni un nivel de personal.</translation>
    </message>
</context>
<context>
    <name>holdline::api::AnalyticsReply</name>
    <message>
        <source>the analytics answer has no &quot;data&quot; array.</source>
        <translation>la respuesta de analítica no tiene un array &quot;data&quot;.</translation>
    </message>
    <message>
        <source>the analytics answer&apos;s continuationToken is not a string.</source>
        <translation>el continuationToken de la respuesta de analítica no es una cadena.</translation>
    </message>
    <message>
        <source>the tenant sent the same continuationToken again after %1 pages; the answer would never end.</source>
        <translation>el tenant envió otra vez el mismo continuationToken tras %1 páginas; la respuesta no terminaría nunca.</translation>
    </message>
    <message>
        <source>the analytics answer runs past %1 pages; Holdline reads no more.</source>
        <translation>la respuesta de analítica pasa de %1 páginas; Holdline no lee más.</translation>
    </message>
</context>
<context>
    <name>holdline::api::ApiClient</name>
    <message>
        <source>No tenant is connected.</source>
        <translation>No hay ningún tenant conectado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 got no answer within %2 s.</source>
        <translation>%1 no obtuvo respuesta en %2 s.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Falló la conexión TLS con %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>It may or may not have been applied; read the current state before trying again.</source>
        <translation>Puede que se haya aplicado o no; lea el estado actual antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1: the tenant&apos;s answer is larger than %2 MiB, more than Holdline reads; it was not read.</source>
        <translation>%1: la respuesta del tenant supera los %2 MiB, más de lo que lee Holdline; no se leyó.</translation>
    </message>
    <message>
        <source>%1: the tenant began to answer (HTTP %2) but did not finish within %3 s.</source>
        <translation>%1: el tenant empezó a responder (HTTP %2) pero no terminó en %3 s.</translation>
    </message>
    <message>
        <source>%1: the tenant answered %2 and asked to wait %3 s before trying again; Holdline waits at most %4 s, so it gave up.</source>
        <translation>%1: el tenant respondió %2 y pidió esperar %3 s antes de reintentar; Holdline espera como máximo %4 s, así que desistió.</translation>
    </message>
    <message numerus="yes">
        <source>Holdline gave up after %n attempt(s): no more fit in the %1 s it gives one call.</source>
        <translation>
            <numerusform>Holdline desistió tras %n intento: no caben más en los %1 s que da a una llamada.</numerusform>
            <numerusform>Holdline desistió tras %n intentos: no caben más en los %1 s que da a una llamada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::api::ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>holdline::api::ApiReply</name>
    <message>
        <source>%1 answered with a body that is not JSON (%2 at offset %3).</source>
        <translation>%1 respondió con un cuerpo que no es JSON (%2 en la posición %3).</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an object.</source>
        <translation>%1 respondió con un JSON que no es un objeto.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>holdline::api::QueueListReply</name>
    <message>
        <source>page %1 of the queue list has no &quot;entities&quot; array.</source>
        <translation>la página %1 de la lista de colas no tiene un array &quot;entities&quot;.</translation>
    </message>
    <message>
        <source>the queue list has no integer &quot;pageCount&quot;.</source>
        <translation>la lista de colas no tiene un &quot;pageCount&quot; entero.</translation>
    </message>
    <message>
        <source>page %1, entity %2: %3</source>
        <translation>página %1, entidad %2: %3</translation>
    </message>
    <message>
        <source>page %1 of the queue list holds %2 queues, more than the %3 asked for.</source>
        <translation>la página %1 de la lista de colas tiene %2 colas, más de las %3 pedidas.</translation>
    </message>
    <message>
        <source>the queue list claims %1 pages of %2; Holdline reads at most %3 pages.</source>
        <translation>la lista de colas dice tener %1 páginas de %2; Holdline lee como máximo %3 páginas.</translation>
    </message>
    <message>
        <source>the queue list has %1 pages of %2, more than the %3 to be read.</source>
        <translation>la lista de colas tiene %1 páginas de %2, más de las %3 que se leerán.</translation>
    </message>
</context>
<context>
    <name>holdline::api::QueueReply</name>
    <message>
        <source>asked about queue %1, the tenant answered about queue %2; nothing is taken from that answer.</source>
        <translation>se preguntó por la cola %1 y el tenant respondió sobre la cola %2; no se toma nada de esa respuesta.</translation>
    </message>
</context>
<context>
    <name>holdline::api::RoutingClient</name>
    <message>
        <source>the object to write as queue %1 names queue %2; nothing was written.</source>
        <translation>el objeto que escribir como cola %1 nombra la cola %2; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>holdline::api::TokenManager</name>
    <message>
        <source>the token answer has no access_token.</source>
        <translation>la respuesta del token no tiene access_token.</translation>
    </message>
    <message>
        <source>the token answer&apos;s expires_in (%1) is not at least %2 s: a token that short would be fetched again for every call.</source>
        <translation>el expires_in de la respuesta del token (%1) no llega a %2 s: un token tan corto se pediría de nuevo en cada llamada.</translation>
    </message>
</context>
<context>
    <name>holdline::cli::AuditCommand</name>
    <message>
        <source>the history is not intact: entry #%1 is the first bad one: %2</source>
        <translation>el historial no está intacto: la entrada n.º %1 es la primera errónea: %2</translation>
    </message>
    <message>
        <source>The history is intact: its %1 entries chain correctly under this history&apos;s key, up to its anchor (entry #%2, kept in the keychain); none was altered, inserted or deleted.</source>
        <translation>El historial está intacto: sus %1 entradas se encadenan correctamente con la clave de este historial, hasta su ancla (entrada #%2, guardada en el llavero); ninguna fue alterada, insertada ni borrada.</translation>
    </message>
    <message>
        <source>The history&apos;s %1 entries chain correctly.</source>
        <translation>Las %1 entradas del historial se encadenan correctamente.</translation>
    </message>
    <message>
        <source>the history cannot be trusted: %1</source>
        <translation>no se puede confiar en el historial: %1</translation>
    </message>
</context>
<context>
    <name>holdline::cli::CliApp</name>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>comando desconocido &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>holdline::cli::CliContext</name>
    <message>
        <source>cannot open the history at %1: %2</source>
        <translation>no se puede abrir el historial en %1: %2</translation>
    </message>
    <message>
        <source>the sandbox tenant did not start: %1</source>
        <translation>el tenant sandbox no arrancó: %1</translation>
    </message>
    <message>
        <source>Sandbox tenant at %1 (seed %2, %3 queues, %4x speed).</source>
        <translation>Tenant sandbox en %1 (semilla %2, %3 colas, velocidad %4x).</translation>
    </message>
    <message>
        <source>Starting the sandbox tenant (simulating its recent history)...</source>
        <translation>Arrancando el tenant sandbox (simulando su historia reciente)...</translation>
    </message>
    <message>
        <source>no secret stored for client %1 at %2: run &apos;holdline-cli login --base-url %2 --client-id %1&apos;, or set CXONE_CLIENT_SECRET.</source>
        <translation>no hay ningún secreto guardado para el cliente %1 en %2: ejecute &apos;holdline-cli login --base-url %2 --client-id %1&apos; o defina CXONE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>the keychain could not give the secret (%1); set CXONE_CLIENT_SECRET instead.</source>
        <translation>el llavero no pudo dar el secreto (%1); defina CXONE_CLIENT_SECRET en su lugar.</translation>
    </message>
    <message>
        <source>Settled pending entry #%1 (%2) left by an interrupted run: %3. %4</source>
        <translation>Se resolvió la entrada pendiente n.º %1 (%2) que dejó una ejecución interrumpida: %3. %4</translation>
    </message>
    <message>
        <source>Could not check for interrupted changes: %1</source>
        <translation>No se pudo comprobar si hay cambios interrumpidos: %1</translation>
    </message>
</context>
<context>
    <name>holdline::cli::DeployCommand</name>
    <message>
        <source>%1 is not an export file ({&quot;queues&quot;: [...]}); use deploy --file for one strategy.</source>
        <translation>%1 no es un archivo de exportación ({&quot;queues&quot;: [...]}); use deploy --file para una sola estrategia.</translation>
    </message>
    <message>
        <source>%1 names its queues; use &apos;import %1&apos; rather than --all.</source>
        <translation>%1 nombra sus colas; use &apos;import %1&apos; en lugar de --all.</translation>
    </message>
    <message>
        <source>cannot list the queues</source>
        <translation>no se pueden listar las colas</translation>
    </message>
    <message>
        <source>no queue matches &quot;%1&quot;; nothing was changed.</source>
        <translation>ninguna cola coincide con &quot;%1&quot;; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 has no strategy for queue %2; nothing was changed.</source>
        <translation>%1 no tiene estrategia para la cola %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Desplegando</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>colas</translation>
    </message>
    <message>
        <source> (entry #%1)</source>
        <translation> (entrada n.º %1)</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 delivered to %3; the rest stay queued and are retried.</source>
        <translation>Sincronización: %1 de %2 entregadas a %3; el resto siguen en cola y se reintentan.</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s): </source>
        <translation>
            <numerusform>%n cola: </numerusform>
            <numerusform>%n colas: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::cli::ExportCommand</name>
    <message>
        <source>cannot list the queues</source>
        <translation>no se pueden listar las colas</translation>
    </message>
    <message>
        <source>cannot read queue %1</source>
        <translation>no se puede leer la cola %1</translation>
    </message>
    <message>
        <source>not exported, malformed wait strategy: %1</source>
        <translation>no se exportó, estrategia de espera mal formada: %1</translation>
    </message>
</context>
<context>
    <name>holdline::cli::HistoryCommand</name>
    <message>
        <source>cannot read the history: %1</source>
        <translation>no se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>No history for this tenant yet. (Each --sandbox run is a new tenant; run holdline-sandbox and use --base-url to keep one across commands.)</source>
        <translation>Todavía no hay historial para este tenant. (Cada ejecución con --sandbox es un tenant nuevo; ejecute holdline-sandbox y use --base-url para conservar uno entre comandos.)</translation>
    </message>
    <message>
        <source>No history for this tenant yet.</source>
        <translation>Todavía no hay historial para este tenant.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HORA (UTC)</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>COLA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
</context>
<context>
    <name>holdline::cli::HistoryMigrateCommand</name>
    <message>
        <source>the history is not intact (%1); nothing was copied. Run &apos;holdline-cli audit verify&apos;.</source>
        <translation>el historial no está intacto (%1); no se copió nada. Ejecute &apos;holdline-cli audit verify&apos;.</translation>
    </message>
    <message>
        <source>cannot open the team&apos;s history at %1: %2</source>
        <translation>no se puede abrir el historial del equipo en %1: %2</translation>
    </message>
    <message>
        <source>the history was not copied to %1: %2</source>
        <translation>el historial no se copió a %1: %2</translation>
    </message>
    <message>
        <source>the copy could not be opened to check it: %1</source>
        <translation>no se pudo abrir la copia para comprobarla: %1</translation>
    </message>
    <message>
        <source>Copied %1 entries into %2; the copy&apos;s chain is intact%3. From now on use --history-db %2. Each member needs the chain key of history %4 in their keychain (keychain item %5; see docs/team-history.md).</source>
        <translation>Se copiaron %1 entradas en %2; la cadena de la copia está intacta%3. A partir de ahora use --history-db %2. Cada miembro necesita la clave de la cadena del historial %4 en su llavero (elemento del llavero %5; véase docs/team-history.md).</translation>
    </message>
    <message>
        <source> under the history&apos;s key, up to its anchor (entry #%1)</source>
        <translation> con la clave del historial, hasta su ancla (entrada #%1)</translation>
    </message>
    <message>
        <source>the copy at %1 does not verify: %2</source>
        <translation>la copia en %1 no se verifica: %2</translation>
    </message>
</context>
<context>
    <name>holdline::cli::LoginCommand</name>
    <message>
        <source>no secret given on stdin; nothing was stored.</source>
        <translation>no se recibió ningún secreto por stdin; no se guardó nada.</translation>
    </message>
    <message>
        <source>Stored the secret of client %1 for %2 in the keychain.</source>
        <translation>Se guardó en el llavero el secreto del cliente %1 para %2.</translation>
    </message>
    <message>
        <source>no keychain is available on this system, so the secret was NOT stored. Set CXONE_CLIENT_SECRET for each run instead.</source>
        <translation>no hay ningún llavero disponible en este sistema, así que el secreto NO se guardó. Defina CXONE_CLIENT_SECRET en cada ejecución.</translation>
    </message>
    <message>
        <source>the keychain refused to store the secret: %1</source>
        <translation>el llavero se negó a guardar el secreto: %1</translation>
    </message>
</context>
<context>
    <name>holdline::cli::MetricsCommand</name>
    <message>
        <source>cannot read the metrics of %1</source>
        <translation>no se pueden leer las métricas de %1</translation>
    </message>
    <message>
        <source>Metrics of %1 over %2%3:</source>
        <translation>Métricas de %1 durante %2%3:</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>MÉTRICA</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>  (no records)</source>
        <translation>  (sin registros)</translation>
    </message>
</context>
<context>
    <name>holdline::cli::PlanCommand</name>
    <message>
        <source>%1 has no strategy for queue %2.</source>
        <translation>%1 no tiene estrategia para la cola %2.</translation>
    </message>
    <message>
        <source>Plan for %1 (nothing is written):</source>
        <translation>Plan para %1 (no se escribe nada):</translation>
    </message>
    <message>
        <source>  No changes: the queue is already at this strategy.</source>
        <translation>  Sin cambios: la cola ya tiene esta estrategia.</translation>
    </message>
    <message>
        <source>Blocked: this change would be refused.</source>
        <translation>Bloqueado: este cambio sería rechazado.</translation>
    </message>
    <message>
        <source>Allowed.</source>
        <translation>Permitido.</translation>
    </message>
    <message>
        <source>%1: blocked: %2</source>
        <translation>%1: bloqueado: %2</translation>
    </message>
</context>
<context>
    <name>holdline::cli::PredictQueueCommand</name>
    <message>
        <source>Could not read queue %1</source>
        <translation>No se pudo leer la cola %1</translation>
    </message>
    <message>
        <source>Queue %1 has a malformed wait strategy: %2</source>
        <translation>La cola %1 tiene una estrategia de espera mal formada: %2</translation>
    </message>
</context>
<context>
    <name>holdline::cli::QueuesCommand</name>
    <message>
        <source>Reading queues</source>
        <translation>Leyendo colas</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <source>cannot list the queues</source>
        <translation>no se pueden listar las colas</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>UMBRAL</translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation>DEVOLUCIÓN</translation>
    </message>
    <message>
        <source>ABANDON</source>
        <translation>ABANDONO</translation>
    </message>
    <message>
        <source>MAX HOLD</source>
        <translation>ESPERA MÁX.</translation>
    </message>
    <message>
        <source>on, position &gt; %1</source>
        <translation>activada, posición &gt; %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(malformed: %1)</source>
        <translation>(mal formada: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s).</source>
        <translation>
            <numerusform>%n cola.</numerusform>
            <numerusform>%n colas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::cli::RollbackCommand</name>
    <message>
        <source>cannot read the history: %1</source>
        <translation>no se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>Undoing entry #%1 (%2 %3: %4).</source>
        <translation>Deshaciendo la entrada n.º %1 (%2 %3: %4).</translation>
    </message>
    <message>
        <source>the history holds no completed change of %1 on this tenant to undo.</source>
        <translation>el historial no contiene ningún cambio completado de %1 en este tenant que deshacer.</translation>
    </message>
    <message>
        <source>Rolled back %1 to the strategy %2 entry #%3: %4 (entry #%5).</source>
        <translation>Se revirtió %1 a la estrategia %2 de la entrada n.º %3: %4 (entrada n.º %5).</translation>
    </message>
    <message>
        <source>before</source>
        <translation>anterior a</translation>
    </message>
    <message>
        <source>after</source>
        <translation>posterior a</translation>
    </message>
    <message>
        <source>%1 already has the strategy %2 entry #%3; nothing was written.</source>
        <translation>%1 ya tiene la estrategia %2 de la entrada n.º %3; no se escribió nada.</translation>
    </message>
    <message>
        <source>rollback of %1 %2: %3</source>
        <translation>reversión de %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>holdline::cli::ShowCommand</name>
    <message>
        <source>cannot read queue %1</source>
        <translation>no se puede leer la cola %1</translation>
    </message>
    <message>
        <source>%1 — %2 (version %3)</source>
        <translation>%1 — %2 (versión %3)</translation>
    </message>
    <message>
        <source>  The wait strategy is malformed:
  %1</source>
        <translation>  La estrategia de espera está mal formada:
  %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin observaciones.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Observaciones:</translation>
    </message>
</context>
<context>
    <name>holdline::cli::TuneCommand</name>
    <message>
        <source>cannot list the queues</source>
        <translation>no se pueden listar las colas</translation>
    </message>
    <message>
        <source>cannot read the answer rates</source>
        <translation>no se pueden leer las tasas de atención</translation>
    </message>
    <message>
        <source>Skipped %1 queue(s) whose strategy already breaks a policy (they need a person: see &apos;show&apos;).</source>
        <translation>Se omitieron %1 cola(s) cuya estrategia ya incumple una política (requieren a una persona: véase &apos;show&apos;).</translation>
    </message>
    <message>
        <source>cannot read queue %1</source>
        <translation>no se puede leer la cola %1</translation>
    </message>
    <message>
        <source>queue %1 has a malformed wait strategy: %2</source>
        <translation>la cola %1 tiene una estrategia de espera mal formada: %2</translation>
    </message>
    <message>
        <source>Tuning %1 — %2
   now: %3</source>
        <translation>Ajustando %1 — %2
   ahora: %3</translation>
    </message>
    <message>
        <source>cannot read the answer rate of %1</source>
        <translation>no se puede leer la tasa de atención de %1</translation>
    </message>
    <message>
        <source>Answer rate over the last 5 minutes: %1 (%2 contacts offered).</source>
        <translation>Tasa de atención en los últimos 5 minutos: %1 (%2 contactos ofrecidos).</translation>
    </message>
    <message>
        <source>Advice (%1): %2</source>
        <translation>Recomendación (%1): %2</translation>
    </message>
    <message>
        <source>   change: %1</source>
        <translation>   cambio: %1</translation>
    </message>
    <message>
        <source>Nothing to deploy: the queue keeps its strategy.</source>
        <translation>Nada que desplegar: la cola mantiene su estrategia.</translation>
    </message>
    <message>
        <source>Deploy: blocked, nothing written. %1</source>
        <translation>Despliegue: bloqueado, no se escribió nada. %1</translation>
    </message>
    <message>
        <source>tune %1: the advised strategy breaks a policy; fix the queue first (see &apos;show %1&apos; and &apos;plan %1&apos;).</source>
        <translation>tune %1: la estrategia recomendada incumple una política; corrija antes la cola (véase &apos;show %1&apos; y &apos;plan %1&apos;).</translation>
    </message>
    <message>
        <source>Deploy: %1. %2</source>
        <translation>Despliegue: %1. %2</translation>
    </message>
    <message>
        <source>tune %1: the deploy did not go through: %2</source>
        <translation>tune %1: el despliegue no se completó: %2</translation>
    </message>
    <message>
        <source>Deploy: written at version %1 and verified (history entry #%2): %3.</source>
        <translation>Despliegue: escrito en la versión %1 y verificado (entrada del historial n.º %2): %3.</translation>
    </message>
    <message>
        <source>Sync: no endpoint configured (--sync-endpoint); skipped.</source>
        <translation>Sincronización: no hay ningún endpoint configurado (--sync-endpoint); se omite.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>todavía sin respuesta</translation>
    </message>
    <message>
        <source>Sync: not delivered to %1 yet (%2); it stays queued and is retried, the deploy stands.</source>
        <translation>Sincronización: todavía no se entregó a %1 (%2); sigue en cola y se reintenta, el despliegue se mantiene.</translation>
    </message>
    <message>
        <source>Sync: the new strategy was delivered to %1 (attempt %2).</source>
        <translation>Sincronización: la nueva estrategia se entregó a %1 (intento %2).</translation>
    </message>
    <message>
        <source>Metrics: unavailable (%1); the guard reads them again later.</source>
        <translation>Métricas: no disponibles (%1); la protección las vuelve a leer más tarde.</translation>
    </message>
    <message>
        <source>Metrics over %1: %2 offered, %3 answered, %4 abandoned, average wait %5, callback conversion %6.</source>
        <translation>Métricas de %1: %2 ofrecidos, %3 atendidos, %4 abandonados, espera media %5, conversión a devolución de llamada %6.</translation>
    </message>
    <message>
        <source>Guard: comparing the %1 of tenant time after the deploy with the %1 before it%2.</source>
        <translation>Protección: se comparan los %1 de tiempo del tenant posteriores al despliegue con los %1 anteriores%2.</translation>
    </message>
    <message>
        <source> (the sandbox&apos;s clock is moved on, so this takes moments)</source>
        <translation> (el reloj del sandbox se adelanta, así que tarda unos instantes)</translation>
    </message>
    <message>
        <source> (waiting for the tenant&apos;s clock)</source>
        <translation> (esperando al reloj del tenant)</translation>
    </message>
    <message>
        <source>   Guard window</source>
        <translation>   Ventana de protección</translation>
    </message>
    <message>
        <source>s of tenant time</source>
        <translation>s de tiempo del tenant</translation>
    </message>
    <message>
        <source>   Guard: could not read the metrics (%1); trying again.</source>
        <translation>   Protección: no se pudieron leer las métricas (%1); se vuelve a intentar.</translation>
    </message>
    <message>
        <source>   before: answered %1, abandoned %2, wait %3, conversion %4 (%5 offered)</source>
        <translation>   antes:   atendidas %1, abandonadas %2, espera %3, conversión %4 (%5 ofrecidas)</translation>
    </message>
    <message>
        <source>   after:  answered %1, abandoned %2, wait %3, conversion %4 (%5 offered)</source>
        <translation>   después: atendidas %1, abandonadas %2, espera %3, conversión %4 (%5 ofrecidas)</translation>
    </message>
    <message>
        <source>   Verdict: %1. %2</source>
        <translation>   Veredicto: %1. %2</translation>
    </message>
    <message>
        <source>No rule was breached.</source>
        <translation>No se incumplió ninguna regla.</translation>
    </message>
    <message>
        <source>Alert only (--alert-only): the change stays; consider &apos;holdline-cli rollback %1&apos;.</source>
        <translation>Solo aviso (--alert-only): el cambio se mantiene; considere &apos;holdline-cli rollback %1&apos;.</translation>
    </message>
    <message>
        <source>Rolled back automatically: %1 (history entry #%2).</source>
        <translation>Revertido automáticamente: %1 (entrada del historial n.º %2).</translation>
    </message>
    <message>
        <source>no queue to tune: none had %1 or more contacts in the last hour with a strategy the policies allow (%2 break a policy already; see &apos;show&apos;).</source>
        <translation>ninguna cola que ajustar: ninguna tuvo %1 o más contactos en la última hora con una estrategia que permitan las políticas (%2 ya incumplen una política; véase &apos;show&apos;).</translation>
    </message>
    <message>
        <source>Picked %1 of %2 queues: its answer rate (%3 of %4 contacts over %5) is the furthest outside %6–%7%.</source>
        <translation>Elegida %1 de %2 colas: su tasa de atención (%3 de %4 contactos en %5) es la más alejada del intervalo %6–%7%.</translation>
    </message>
    <message>
        <source>Answer rate: not enough traffic to judge (%1 contact(s) in the last hour; the advisor needs %2).</source>
        <translation>Tasa de atención: no hay tráfico suficiente para juzgar (%1 contacto(s) en la última hora; el asesor necesita %2).</translation>
    </message>
    <message>
        <source>Answer rate: too few contacts in the last 5 minutes, so the last hour: %1 of %2 contacts answered.</source>
        <translation>Tasa de atención: muy pocos contactos en los últimos 5 minutos, así que la última hora: %1 de %2 contactos atendidos.</translation>
    </message>
    <message>
        <source>Picked %1 of %2 queues: its answer rate (%3 of %4 contacts over %5) is the lowest.</source>
        <translation>Se eligió %1 de %2 colas: su tasa de atención (%3 de %4 contactos en %5) es la más baja.</translation>
    </message>
    <message>
        <source>service goal %1</source>
        <translation>objetivo de servicio %1</translation>
    </message>
    <message>
        <source>No advice: %1</source>
        <translation>Sin consejo: %1</translation>
    </message>
    <message>
        <source>Nothing deployed: the closest strategy still misses the goal, so a person decides (the GUI&apos;s Suggest shows it; &apos;deploy %1 --set …&apos; writes it).</source>
        <translation>Nada desplegado: la estrategia más cercana sigue sin cumplir el objetivo, así que decide una persona (Sugerir en la interfaz la muestra; &apos;deploy %1 --set …&apos; la escribe).</translation>
    </message>
</context>
<context>
    <name>holdline::cli::WatchCommand</name>
    <message>
        <source>%1: guard verdict on entry #%2: %3. %4%5</source>
        <translation>%1: veredicto de la protección sobre la entrada n.º %2: %3. %4%5</translation>
    </message>
    <message>
        <source> Rolling back.</source>
        <translation> Revirtiendo.</translation>
    </message>
    <message>
        <source>%1: guard rollback %2 (entry #%3).</source>
        <translation>%1: reversión de la protección %2 (entrada n.º %3).</translation>
    </message>
    <message>
        <source>Watching %1 every %2 s; advice is deployed and guarded (%3 min windows). Ctrl+C stops.</source>
        <translation>Vigilando %1 cada %2 s; las recomendaciones se despliegan y se protegen (ventanas de %3 min). Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>cannot read the answer rates: %1</source>
        <translation>no se pueden leer las tasas de atención: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the queue: %2</source>
        <translation>%1: no se puede leer la cola: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3%4</source>
        <translation>%1: %2: %3%4</translation>
    </message>
    <message>
        <source>Stopping on %1%2.</source>
        <translation>Deteniendo por %1%2.</translation>
    </message>
    <message>
        <source> once running deploys finish</source>
        <translation> cuando terminen los despliegues en curso</translation>
    </message>
    <message>
        <source>every queue</source>
        <translation>todas las colas</translation>
    </message>
    <message>
        <source>cannot list the queues: %1</source>
        <translation>no se pueden listar las colas: %1</translation>
    </message>
    <message>
        <source>cannot claim the queues in the history: %1</source>
        <translation>no se pueden reclamar las colas en el historial: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n queue(s); %1 watched by another instance.</source>
        <translation>
            <numerusform>Vigilando %n cola; %1 las vigila otra instancia.</numerusform>
            <numerusform>Vigilando %n colas; %1 las vigila otra instancia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n queue(s).</source>
        <translation>
            <numerusform>Vigilando %n cola.</numerusform>
            <numerusform>Vigilando %n colas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::credentials::CredentialStore</name>
    <message>
        <source>No keychain is available on this system; the secret is kept for this session only.</source>
        <translation>No hay ningún llavero disponible en este sistema; el secreto se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>No hay ningún secreto guardado para esta conexión.</translation>
    </message>
    <message>
        <source>The keychain did not answer. Is it locked, or waiting for a password prompt?</source>
        <translation>El llavero no respondió. ¿Está bloqueado o esperando a que se introduzca una contraseña?</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>Se denegó el acceso al llavero: %1</translation>
    </message>
    <message>
        <source>No usable keychain on this system (%1); the secret is kept for this session only.</source>
        <translation>No hay ningún llavero utilizable en este sistema (%1); el secreto se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>El llavero falló: %1</translation>
    </message>
</context>
<context>
    <name>holdline::deploy::BulkDeployment</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de empezar.</translation>
    </message>
</context>
<context>
    <name>holdline::deploy::DeployJob</name>
    <message>
        <source>History entry %1 does not exist.</source>
        <translation>La entrada del historial %1 no existe.</translation>
    </message>
    <message>
        <source>History entry %1 is about queue %2, not %3.</source>
        <translation>La entrada del historial %1 corresponde a la cola %2, no a %3.</translation>
    </message>
    <message>
        <source>History entry %1 holds no complete strategy to restore: %2</source>
        <translation>La entrada del historial %1 no contiene una estrategia completa que restaurar: %2</translation>
    </message>
    <message>
        <source>Could not read queue %1: %2</source>
        <translation>No se pudo leer la cola %1: %2</translation>
    </message>
    <message>
        <source>Queue %1 has a malformed wait strategy: %2</source>
        <translation>La cola %1 tiene una estrategia de espera mal formada: %2</translation>
    </message>
    <message>
        <source>Someone else changed queue %1 since Holdline last did (%2). Nothing was changed; force the rollback to overwrite their change.</source>
        <translation>Otra persona cambió la cola %1 después del último cambio de Holdline (%2). No se cambió nada; fuerce la reversión para sobrescribir su cambio.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Cancelado antes de escribir nada.</translation>
    </message>
    <message>
        <source>Could not record the change in the history, so nothing was written: %1</source>
        <translation>No se pudo registrar el cambio en el historial, así que no se escribió nada: %1</translation>
    </message>
    <message>
        <source>Queue %1 changed on the tenant while Holdline was writing.</source>
        <translation>La cola %1 cambió en el tenant mientras Holdline escribía.</translation>
    </message>
    <message>
        <source>The write&apos;s answer was lost: %1</source>
        <translation>Se perdió la respuesta de la escritura: %1</translation>
    </message>
    <message>
        <source>The tenant refused the change: %1</source>
        <translation>El tenant rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>The change was not applied.</source>
        <translation>El cambio no se aplicó.</translation>
    </message>
    <message>
        <source>Someone else changed the wait strategy of %1 meanwhile (%2). Nothing was overwritten; review their change and plan again.</source>
        <translation>Otra persona cambió entretanto la estrategia de espera de %1 (%2). No se sobrescribió nada; revise su cambio y planifique de nuevo.</translation>
    </message>
    <message>
        <source>The outcome could not be recorded (%1); Holdline reconciles it at its next start.</source>
        <translation>No se pudo registrar el resultado (%1); Holdline lo concilia en su próximo inicio.</translation>
    </message>
    <message>
        <source>Deployed, but the sync was refused: %1</source>
        <translation>Desplegado, pero la sincronización fue rechazada: %1</translation>
    </message>
    <message>
        <source>Reading the queue back failed too (%1), so whether the change was applied is not known yet; history entry #%2 stays pending until Holdline settles it (the next command that writes, or the app&apos;s next start).</source>
        <translation>La relectura de la cola también falló (%1), así que aún no se sabe si se aplicó el cambio; la entrada #%2 del historial sigue pendiente hasta que Holdline la resuelva (el siguiente comando que escriba, o el próximo inicio de la aplicación).</translation>
    </message>
</context>
<context>
    <name>holdline::deploy::DeploymentEngine</name>
    <message>
        <source>Strategy synced to %1 (attempt %2).</source>
        <translation>Estrategia sincronizada con %1 (intento %2).</translation>
    </message>
    <message>
        <source>Sync to %1 failed (attempt %2): %3; retrying at %4.</source>
        <translation>La sincronización con %1 falló (intento %2): %3; se reintenta a las %4.</translation>
    </message>
    <message>
        <source>Could not read %1 to settle entry %2: %3</source>
        <translation>No se pudo leer %1 para resolver la entrada %2: %3</translation>
    </message>
    <message>
        <source>Reconciled at start-up: the change was applied before Holdline stopped.</source>
        <translation>Conciliado al iniciar: el cambio se aplicó antes de que Holdline se detuviera.</translation>
    </message>
    <message>
        <source>Reconciled at start-up: the change was not applied before Holdline stopped.</source>
        <translation>Conciliado al iniciar: el cambio no se aplicó antes de que Holdline se detuviera.</translation>
    </message>
    <message>
        <source>Reconciled at start-up: the queue has changed since (%1); whether this change was applied cannot be told.</source>
        <translation>Conciliado al iniciar: la cola ha cambiado desde entonces (%1); no se puede saber si este cambio se aplicó.</translation>
    </message>
</context>
<context>
    <name>holdline::history::HistoryCopier</name>
    <message numerus="yes">
        <source>the target history already holds %n entries; a history is copied into an empty one only</source>
        <translation>
            <numerusform>el historial de destino ya tiene %n entrada; un historial solo se copia en uno vacío</numerusform>
            <numerusform>el historial de destino ya tiene %n entradas; un historial solo se copia en uno vacío</numerusform>
        </translation>
    </message>
    <message>
        <source>the history could not be read: %1</source>
        <translation>no se pudo leer el historial: %1</translation>
    </message>
</context>
<context>
    <name>holdline::history::HistoryStore</name>
    <message>
        <source>The history could not be opened: %1</source>
        <translation>No se pudo abrir el historial: %1</translation>
    </message>
    <message>
        <source>The history database is not open: %1</source>
        <translation>La base de datos del historial no está abierta: %1</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <source>its id is not a number</source>
        <translation>su id no es un número</translation>
    </message>
    <message>
        <source>A history entry is corrupt (%1): %2; run &quot;audit verify&quot;</source>
        <translation>Una entrada del historial está dañada (%1): %2; ejecute &quot;audit verify&quot;</translation>
    </message>
    <message>
        <source>There is no history entry %1</source>
        <translation>No existe la entrada del historial %1</translation>
    </message>
    <message>
        <source>This check had no keychain to work with: the chain is checked as an unkeyed hash chain, which does not show a rewrite or a cut end.</source>
        <translation>Esta comprobación no tuvo llavero: la cadena se comprueba como una cadena de hashes sin clave, que no muestra una reescritura ni un final cortado.</translation>
    </message>
    <message>
        <source>The anchor could not be read (%1): a cut end would not show.</source>
        <translation>No se pudo leer el ancla (%1): un final cortado no se notaría.</translation>
    </message>
    <message>
        <source>the history&apos;s key (keychain item, or the service&apos;s %1 credential) does not seal its newest entry #%2: it is another history&apos;s key, or the entry was altered. Holdline does not add to this history with it.</source>
        <translation>la clave del historial (elemento del llavero, o la credencial %1 del servicio) no sella su entrada más reciente n.º %2: es la clave de otro historial, o la entrada fue alterada. Holdline no añade nada a este historial con ella.</translation>
    </message>
</context>
<context>
    <name>holdline::predict::CalibrationFetch</name>
    <message>
        <source>Not a calibration window: %1</source>
        <translation>No es una ventana de calibración: %1</translation>
    </message>
    <message>
        <source>Callbacks still pending could not be read (%1): taken as none.</source>
        <translation>No se pudieron leer las devoluciones de llamada pendientes (%1): se toman como ninguna.</translation>
    </message>
</context>
<context>
    <name>holdline::predict::QueuePrediction</name>
    <message>
        <source>Could not read the queue&apos;s metrics: %1</source>
        <translation>No se pudieron leer las métricas de la cola: %1</translation>
    </message>
    <message>
        <source>No contacts in the window (%1): nothing to predict from; widen it.</source>
        <translation>No hay contactos en la ventana (%1): no hay nada con qué predecir; amplíela.</translation>
    </message>
</context>
<context>
    <name>holdline::sync::SyncOutbox</name>
    <message>
        <source>The sync outbox could not be opened: %1</source>
        <translation>No se pudo abrir la bandeja de salida de sincronización: %1</translation>
    </message>
</context>
<context>
    <name>holdline::ui</name>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Closed: its hours of operation have no opening time.</source>
        <translation>Cerrada: su horario no tiene hora de apertura.</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <source>closed — opens %1 local</source>
        <translation>cerrada — abre %1 hora local</translation>
    </message>
    <message>
        <source>closed until %1</source>
        <translation>cerrada hasta %1</translation>
    </message>
    <message>
        <source>Closed now (%1 local time, %2): no calls until it opens %3 local time. The metrics stay empty while it is closed.</source>
        <translation>Cerrada ahora (%1 hora local, %2): no hay llamadas hasta que abra %3 hora local. Las métricas siguen vacías mientras está cerrada.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::BeforeAfterDialog</name>
    <message>
        <source>Before and after — %1</source>
        <translation>Antes y después — %1</translation>
    </message>
    <message>
        <source>Deploy to compare around</source>
        <translation>Despliegue en torno al que comparar</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>Window on each side</source>
        <translation>Ventana a cada lado</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Tasa (%)</translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation>Espera media (s)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Metrics before the deploy</source>
        <translation>Métricas antes del despliegue</translation>
    </message>
    <message>
        <source>Metrics after the deploy</source>
        <translation>Métricas después del despliegue</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Summary deltas</source>
        <translation>Resumen de diferencias</translation>
    </message>
    <message>
        <source>&amp;Deploy (tenant&apos;s clock):</source>
        <translation>&amp;Despliegue (reloj del tenant):</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message numerus="yes">
        <source>The after window is still running: %n minute(s) of %1 so far.</source>
        <translation>
            <numerusform>La ventana posterior sigue en curso: %n minuto de %1 hasta ahora.</numerusform>
            <numerusform>La ventana posterior sigue en curso: %n minutos de %1 hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation>No se pudieron leer las métricas: %1</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Few contacts: %1 before and %2 after; the guard judges a change only with %3 or more on each side, so read these differences with care.</source>
        <translation>Pocos contactos: %1 antes y %2 después; la protección solo juzga un cambio con %3 o más a cada lado, así que lea estas diferencias con cautela.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::BulkDialog</name>
    <message numerus="yes">
        <source>Apply a strategy to %n queue(s)</source>
        <translation>
            <numerusform>Aplicar una estrategia a %n cola</numerusform>
            <numerusform>Aplicar una estrategia a %n colas</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Queues and their outcomes</source>
        <translation>Colas y sus resultados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Set these fields on every selected queue; the others stay as they are.</source>
        <translation>Establece estos campos en todas las colas seleccionadas; los demás quedan como están.</translation>
    </message>
    <message>
        <source>Offer callbacks</source>
        <translation>Ofrecer devolución de llamada</translation>
    </message>
    <message>
        <source>Unreadable on the tenant</source>
        <translation>Ilegible en el tenant</translation>
    </message>
    <message>
        <source>Would be blocked: %1</source>
        <translation>Se bloquearía: %1</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>Ya aplicada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Deploying… Cancel stops the queues not yet written.</source>
        <translation>Desplegando… Cancelar detiene las colas aún no escritas.</translation>
    </message>
    <message>
        <source>Cancelling: queues already being written finish; the others are left as they are.</source>
        <translation>Cancelando: las colas que ya se están escribiendo terminan; las demás quedan como están.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on the %n selected queue(s).</source>
        <translation>
            <numerusform>Marque los campos que establecer en la %n cola seleccionada.</numerusform>
            <numerusform>Marque los campos que establecer en las %n colas seleccionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queue(s) selected: %2 would change, %3 already in place, %4 blocked by a rule (left as they are).</source>
        <translation>%1 cola(s) seleccionada(s): %2 cambiarían, %3 ya están así, %4 bloqueadas por una regla (se quedan como están).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %n queue(s)</source>
        <translation>
            <numerusform>&amp;Escribir %n cola</numerusform>
            <numerusform>&amp;Escribir %n colas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;About to set&lt;/b&gt; %1 on %n queue(s); the rows below say what changes on each. Every write is recorded in the history and can be rolled back.</source>
        <translation>
            <numerusform>&lt;b&gt;Se va a establecer&lt;/b&gt; %1 en %n cola; las filas de abajo dicen qué cambia en cada una. Cada escritura queda en el historial y se puede revertir.</numerusform>
            <numerusform>&lt;b&gt;Se va a establecer&lt;/b&gt; %1 en %n colas; las filas de abajo dicen qué cambia en cada una. Cada escritura queda en el historial y se puede revertir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not known yet (pending in the history)</source>
        <translation>
            <numerusform>%n aún sin saber (pendiente en el historial)</numerusform>
            <numerusform>%n aún sin saber (pendientes en el historial)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by someone else first</source>
        <translation>
            <numerusform>%n cambiada antes por otra persona</numerusform>
            <numerusform>%n cambiadas antes por otra persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by a rule</source>
        <translation>
            <numerusform>%n bloqueada por una regla</numerusform>
            <numerusform>%n bloqueadas por una regla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n ya estaba así</numerusform>
            <numerusform>%n ya estaban así</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployed</source>
        <translation>
            <numerusform>%n desplegada</numerusform>
            <numerusform>%n desplegadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <source>Predicted (last day&apos;s traffic)</source>
        <translation>Previsto (tráfico del último día)</translation>
    </message>
    <message>
        <source>calibrating…</source>
        <translation>calibrando…</translation>
    </message>
    <message>
        <source>no prediction: %1</source>
        <translation>sin predicción: %1</translation>
    </message>
    <message>
        <source>no traffic in the last day to predict from</source>
        <translation>sin tráfico en el último día del que predecir</translation>
    </message>
    <message>
        <source>answered %1 → %2 %, abandoned %3 → %4 %</source>
        <translation>atendidas %1 → %2 %, abandonadas %3 → %4 %</translation>
    </message>
</context>
<context>
    <name>holdline::ui::ChartPanel</name>
    <message>
        <source>Before/&amp;after…</source>
        <translation>Antes/&amp;después…</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Tasa (%)</translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation>Espera media (s)</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rellamadas</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>Contactos ofrecidos</translation>
    </message>
    <message>
        <source>Answer rate, abandon rate and average wait over time</source>
        <translation>Tasa de atención, tasa de abandono y espera media a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Callbacks and contacts offered over time</source>
        <translation>Devoluciones de llamada y contactos ofrecidos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostrar las últimas %1</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>No se pudo escribir el gráfico en %1.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The data could not be written to %1.</source>
        <translation>No se pudieron escribir los datos en %1.</translation>
    </message>
    <message>
        <source>Pick a queue to see its metrics.</source>
        <translation>Elija una cola para ver sus métricas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — last %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — últimas %2</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · cargando…</translation>
    </message>
    <message>
        <source>The metrics of %1 could not be read: %2</source>
        <translation>No se pudieron leer las métricas de %1: %2</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Gráfico guardado en %1.</translation>
    </message>
    <message>
        <source>Data saved to %1.</source>
        <translation>Datos guardados en %1.</translation>
    </message>
    <message>
        <source> · &lt;b&gt;no contacts in this range&lt;/b&gt;: nothing to plot</source>
        <translation> · &lt;b&gt;no hay contactos en este intervalo&lt;/b&gt;: nada que trazar</translation>
    </message>
</context>
<context>
    <name>holdline::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Connect to a tenant</source>
        <translation>Conectar con un tenant</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Id de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Nuevo tenant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Id de cliente:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>(in-process, loopback)</source>
        <translation>(en el proceso, loopback)</translation>
    </message>
    <message>
        <source>(generated)</source>
        <translation>(generado)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>guardado en el llavero</translation>
    </message>
    <message>
        <source>A simulated CXone tenant that runs inside Holdline: 40 queues with a week of traffic. No account needed, nothing leaves this computer.</source>
        <translation>Un tenant de CXone simulado que se ejecuta dentro de Holdline: 40 colas con una semana de tráfico. No necesita cuenta y nada sale de este equipo.</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a settings file.</source>
        <translation>El secreto se guarda en el llavero del sistema, nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: a secret typed here is kept for this session only.</source>
        <translation>No hay ningún llavero disponible en este sistema: un secreto escrito aquí se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Asking the tenant for a token…</source>
        <translation>Pidiendo un token al tenant…</translation>
    </message>
    <message>
        <source>The sandbox starts when you connect to it.</source>
        <translation>El sandbox arranca cuando se conecta a él.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: type the secret to test.</source>
        <translation>No hay ningún llavero disponible en este sistema: escriba el secreto para probar.</translation>
    </message>
    <message>
        <source>No secret is stored for this client: type it to test. (%1)</source>
        <translation>No hay ningún secreto guardado para este cliente: escríbalo para probar. (%1)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de peticiones</translation>
    </message>
    <message>
        <source>Follow the tenant</source>
        <translation>Seguir al tenant</translation>
    </message>
    <message>
        <source> requests a minute</source>
        <translation> peticiones por minuto</translation>
    </message>
    <message>
        <source>Holdline paces itself at the limit the tenant states, or learns it from the tenant&apos;s answers. Set a rate here to pin it, for instance to leave room for other tools on the same tenant.</source>
        <translation>Holdline se ajusta al límite que indica el tenant, o lo aprende de sus respuestas. Fije aquí un ritmo para imponerlo, por ejemplo para dejar margen a otras herramientas en el mismo tenant.</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Límite de peticiones:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Where this tenant&apos;s deploys are recorded. Leave it empty for this computer&apos;s history. For a team&apos;s shared history, give its PostgreSQL URL, e.g. postgresql://alice@db.example.com/holdline?sslmode=verify-full (TLS is required except on this computer); a password in the URL goes to the keychain.</source>
        <translation>Dónde se registran los despliegues de este tenant. Déjelo vacío para el historial de este equipo. Para el historial compartido de un equipo, indique su URL de PostgreSQL, p. ej. postgresql://alice@db.example.com/holdline?sslmode=verify-full (se exige TLS salvo en este equipo); una contraseña en la URL va al llavero.</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historial:</translation>
    </message>
    <message>
        <source>This history cannot be used: %1</source>
        <translation>Este historial no se puede usar: %1</translation>
    </message>
    <message>
        <source>Deploys are recorded in the team&apos;s history at %1, with everyone else&apos;s.</source>
        <translation>Los despliegues se registran en el historial del equipo en %1, con los de todos los demás.</translation>
    </message>
    <message>
        <source>Deploys are recorded in the history file %1.</source>
        <translation>Los despliegues se registran en el archivo de historial %1.</translation>
    </message>
    <message>
        <source>Deploys are recorded in this computer&apos;s history.</source>
        <translation>Los despliegues se registran en el historial de este equipo.</translation>
    </message>
    <message>
        <source>The password was taken out of the URL: it goes to the keychain when you connect, never to a settings file.</source>
        <translation>La contraseña se quitó de la URL: va al llavero al conectar, nunca a un archivo de configuración.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::ConnectionTester</name>
    <message>
        <source>A client id and a secret are needed.</source>
        <translation>Se necesitan un id de cliente y un secreto.</translation>
    </message>
    <message>
        <source>Connected. Granted scopes: %1.</source>
        <translation>Conectado. Ámbitos concedidos: %1.</translation>
    </message>
    <message>
        <source>Missing: %1 — Holdline cannot work without them; ask your CXone administrator to grant them to this client.</source>
        <translation>Faltan: %1 — Holdline no puede funcionar sin ellos; pida a su administrador de CXone que se los conceda a este cliente.</translation>
    </message>
    <message>
        <source>The tenant refused the connection: %1</source>
        <translation>El tenant rechazó la conexión: %1</translation>
    </message>
</context>
<context>
    <name>holdline::ui::DeployController</name>
    <message>
        <source>History entry %1 holds no complete strategy to restore: %2</source>
        <translation>La entrada del historial %1 no contiene una estrategia completa que restaurar: %2</translation>
    </message>
    <message>
        <source>Queue %1 is not on this tenant any more, or its strategy is unreadable.</source>
        <translation>La cola %1 ya no está en este tenant o su estrategia no se puede leer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>holdline::ui::DeployDialog</name>
    <message>
        <source>I have read the warnings and want to deploy anyway</source>
        <translation>He leído las advertencias y quiero desplegar de todos modos</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Revertir %1</translation>
    </message>
    <message>
        <source>Deploy to %1</source>
        <translation>Desplegar en %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Roll back &lt;b&gt;%1&lt;/b&gt; (%2). On the tenant this changes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Revertir &lt;b&gt;%1&lt;/b&gt; (%2). En el tenant esto cambia:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deploy to &lt;b&gt;%1&lt;/b&gt; (%2). On the tenant this changes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Desplegar en &lt;b&gt;%1&lt;/b&gt; (%2). En el tenant esto cambia:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing: the strategy is already in place.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nada: la estrategia ya está aplicada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Findings:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Observaciones:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every other field of the queue is kept as it is; the change is recorded in the history before it is written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todos los demás campos de la cola se mantienen como están; el cambio se registra en el historial antes de escribirse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Desplegar</translation>
    </message>
    <message>
        <source>Finding the version to restore in the history…</source>
        <translation>Buscando en el historial la versión que restaurar…</translation>
    </message>
    <message>
        <source>Reading the queue from the tenant…</source>
        <translation>Leyendo la cola del tenant…</translation>
    </message>
    <message>
        <source>Recording the change in the history…</source>
        <translation>Registrando el cambio en el historial…</translation>
    </message>
    <message>
        <source>Writing the queue…</source>
        <translation>Escribiendo la cola…</translation>
    </message>
    <message>
        <source>Checking what the tenant stored…</source>
        <translation>Comprobando lo que guardó el tenant…</translation>
    </message>
    <message>
        <source>Recording the outcome…</source>
        <translation>Registrando el resultado…</translation>
    </message>
    <message>
        <source>Queuing the external sync…</source>
        <translation>Poniendo en cola la sincronización externa…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Rolled back: %1. The queue is now at version %2.</source>
        <translation>Revertido: %1. La cola está ahora en la versión %2.</translation>
    </message>
    <message>
        <source>Deployed: %1. The queue is now at version %2.</source>
        <translation>Desplegado: %1. La cola está ahora en la versión %2.</translation>
    </message>
    <message>
        <source>Nothing to do: the tenant already holds this strategy.</source>
        <translation>Nada que hacer: el tenant ya tiene esta estrategia.</translation>
    </message>
    <message>
        <source>Planned only: %1.</source>
        <translation>Solo planificado: %1.</translation>
    </message>
    <message>
        <source>Not deployed, the strategy breaks a rule: %1</source>
        <translation>No desplegado, la estrategia incumple una regla: %1</translation>
    </message>
    <message>
        <source>Not deployed: someone else changed this queue&apos;s strategy since it was read, and Holdline does not overwrite their change. %1</source>
        <translation>No desplegado: otra persona cambió la estrategia de esta cola después de leerla, y Holdline no sobrescribe su cambio. %1</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Cancelado antes de escribir nada.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Roll back &amp;anyway</source>
        <translation>Revertir de &amp;todos modos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Outcome not known yet: %1</source>
        <translation>Resultado aún desconocido: %1</translation>
    </message>
</context>
<context>
    <name>holdline::ui::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>On the tenant&apos;s clock, as the charts and the before/after view show it (a sandbox&apos;s clock is simulated). In italics: entries the tenant never dated, at this computer&apos;s time.</source>
        <translation>En el reloj del tenant, como lo muestran los gráficos y la vista antes/después (el reloj de un sandbox es simulado). En cursiva: entradas que el tenant nunca fechó, a la hora de este equipo.</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Recorded %1 by this computer&apos;s clock.</source>
        <translation>Registrada %1 según el reloj de este equipo.</translation>
    </message>
    <message>
        <source>%1 on the tenant&apos;s clock.</source>
        <translation>%1 en el reloj del tenant.</translation>
    </message>
    <message>
        <source>The tenant&apos;s time of this entry is not known.</source>
        <translation>No se conoce la hora del tenant de esta entrada.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::HistoryPanel</name>
    <message>
        <source>Only the selected &amp;queue</source>
        <translation>Solo la &amp;cola seleccionada</translation>
    </message>
    <message>
        <source>Roll &amp;back to this version</source>
        <translation>Re&amp;vertir a esta versión</translation>
    </message>
    <message>
        <source>Restore the version &amp;before this change</source>
        <translation>Restaurar la versión &amp;anterior a este cambio</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entradas del historial</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada seleccionada</translation>
    </message>
    <message>
        <source>Audit trail integrity</source>
        <translation>Integridad del registro de auditoría</translation>
    </message>
    <message>
        <source>Put back the strategy this entry left on the queue</source>
        <translation>Vuelve a poner en la cola la estrategia que dejó esta entrada</translation>
    </message>
    <message>
        <source>Put back the strategy the queue had before this entry</source>
        <translation>Vuelve a poner la estrategia que tenía la cola antes de esta entrada</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact (%n entries)</source>
        <translation>
            <numerusform>Registro de auditoría intacto (%n entrada)</numerusform>
            <numerusform>Registro de auditoría intacto (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail broken at entry %1: %2</source>
        <translation>Registro de auditoría roto en la entrada %1: %2</translation>
    </message>
    <message>
        <source>An entry was altered, inserted or deleted outside Holdline.</source>
        <translation>Se alteró, insertó o eliminó una entrada fuera de Holdline.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see exactly what it changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una entrada para ver exactamente qué cambió.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;#%1 · %2 of %3 — %4&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;n.º %1 · %2 de %3 — %4&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Field&lt;/th&gt;&lt;th align=right&gt;Before&lt;/th&gt;&lt;th align=right&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Campo&lt;/th&gt;&lt;th align=right&gt;Antes&lt;/th&gt;&lt;th align=right&gt;Después&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Other fields that differ: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Otros campos que difieren: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version %1 → %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versión %1 → %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resolves pending entry #%1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Resuelve la entrada pendiente n.º %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Refers to entry #%1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hace referencia a la entrada n.º %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Every tenant</source>
        <translation>&amp;Todos los tenants</translation>
    </message>
    <message>
        <source>Show the entries of every tenant this history has recorded, not only this one&apos;s</source>
        <translation>Mostrar las entradas de todos los tenants que ha registrado este historial, no solo las de este</translation>
    </message>
    <message>
        <source>Audit trail cannot be trusted: %1</source>
        <translation>No se puede confiar en el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail chains (%n entries), not keyed</source>
        <translation>
            <numerusform>El registro de auditoría se encadena (%n entrada), sin clave</numerusform>
            <numerusform>El registro de auditoría se encadena (%n entradas), sin clave</numerusform>
        </translation>
    </message>
    <message>
        <source>Every entry carries the MAC of this history&apos;s key (kept in the keychain) and chains to the one before it, up to the anchored last entry #%1.</source>
        <translation>Cada entrada lleva el MAC de la clave de este historial (guardada en el llavero) y se encadena con la anterior, hasta la última entrada anclada #%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more entries in this history belong to other tenants, or to earlier sandbox runs (each run has its own address). Tick “Every tenant” to see them.</source>
        <translation>
            <numerusform>%n entrada más de este historial pertenece a otros tenants o a ejecuciones anteriores del sandbox (cada ejecución tiene su propia dirección). Marque «Todos los tenants» para verla.</numerusform>
            <numerusform>%n entradas más de este historial pertenecen a otros tenants o a ejecuciones anteriores del sandbox (cada ejecución tiene su propia dirección). Marque «Todos los tenants» para verlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue already runs this strategy: nothing to put back.</source>
        <translation>La cola ya usa esta estrategia: no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>%1 on the tenant&apos;s clock</source>
        <translation>%1 en el reloj del tenant</translation>
    </message>
    <message>
        <source>%1 by this computer&apos;s clock</source>
        <translation>%1 según el reloj de este equipo</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, by %2, on %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, por %2, en %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guard found the queue healthy: the %1 minutes after deploy #%2 were no worse than the %1 minutes before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La protección encontró la cola sana: los %1 minutos tras el despliegue #%2 no fueron peores que los %1 minutos anteriores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guard found the queue &lt;b&gt;degraded&lt;/b&gt; in the %1 minutes after deploy #%2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La protección encontró la cola &lt;b&gt;degradada&lt;/b&gt; en los %1 minutos tras el despliegue #%2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guard could not judge deploy #%2: too few contacts in the %1 minutes before or after it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La protección no pudo juzgar el despliegue #%2: muy pocos contactos en los %1 minutos anteriores o posteriores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>Contactos ofrecidos</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Tasa de atención</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Espera media</translation>
    </message>
    <message>
        <source>Callback conversion</source>
        <translation>Conversión de devoluciones</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Metric&lt;/th&gt;&lt;th align=right&gt;Before&lt;/th&gt;&lt;th align=right&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Métrica&lt;/th&gt;&lt;th align=right&gt;Antes&lt;/th&gt;&lt;th align=right&gt;Después&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Older entries could not be read: %1</source>
        <translation>No se pudieron leer las entradas más antiguas: %1</translation>
    </message>
</context>
<context>
    <name>holdline::ui::MainWindow</name>
    <message>
        <source>Holdline</source>
        <translation>Holdline</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>E&amp;strategia</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Selected queue</source>
        <translation>Cola seleccionada</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept for this session only and you will be asked again next time.</source>
        <translation>No hay ningún llavero disponible (%1): los secretos se guardan solo durante esta sesión y se le volverán a pedir la próxima vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) loaded.</source>
        <translation>
            <numerusform>%n cola cargada.</numerusform>
            <numerusform>%n colas cargadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;Filter queues</source>
        <translation>&amp;Filtrar colas</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Desplegar…</translation>
    </message>
    <message>
        <source>&amp;Apply a strategy to the selected queues…</source>
        <translation>&amp;Aplicar una estrategia a las colas seleccionadas…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>No keychain is available: the signing secret is kept for this session only.</source>
        <translation>No hay ningún llavero disponible: el secreto de firma se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The signing secret could not be stored: %1</source>
        <translation>No se pudo guardar el secreto de firma: %1</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>The guard flags %1: %2</source>
        <translation>La protección señala %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) interrupted last time were settled; see the history.</source>
        <translation>
            <numerusform>Se resolvió %n cambio interrumpido la última vez; véase el historial.</numerusform>
            <numerusform>Se resolvieron %n cambios interrumpidos la última vez; véase el historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>The strategy of %1 cannot be edited: %2</source>
        <translation>La estrategia de %1 no se puede editar: %2</translation>
    </message>
    <message>
        <source>Quit Holdline</source>
        <translation>Salir de Holdline</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) have changes that are not deployed. Quit and discard them?</source>
        <translation>
            <numerusform>%n cola tiene cambios sin desplegar. ¿Salir y descartarlos?</numerusform>
            <numerusform>%n colas tienen cambios sin desplegar. ¿Salir y descartarlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 degraded after its deploy (%2); the guard is rolling it back…</source>
        <translation>%1 empeoró tras su despliegue (%2); la protección lo está revirtiendo…</translation>
    </message>
    <message>
        <source>The guard rolled back %1: it degraded after its deploy. See the history for the figures.</source>
        <translation>La protección revirtió %1: empeoró tras su despliegue. Las cifras están en el historial.</translation>
    </message>
    <message>
        <source>The guard could not roll back %1: %2. The degraded strategy is still live.</source>
        <translation>La protección no pudo revertir %1: %2. La estrategia degradada sigue activa.</translation>
    </message>
    <message>
        <source>Re&amp;vert to deployed</source>
        <translation>&amp;Volver a lo desplegado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Policy packs and their sources</source>
        <translation>&amp;Paquetes de políticas y sus fuentes</translation>
    </message>
    <message>
        <source>&amp;About Holdline</source>
        <translation>A&amp;cerca de Holdline</translation>
    </message>
    <message>
        <source>About Holdline</source>
        <translation>Acerca de Holdline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Holdline %1&lt;/h3&gt;&lt;p&gt;Tune the wait strategies of NICE CXone queues, safely: live validation against hold-time rules, predicted impact, an audit trail with one-click rollback, and a guard that rolls back a change that degrades its queue.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Holdline %1&lt;/h3&gt;&lt;p&gt;Ajuste con seguridad las estrategias de espera de las colas de NICE CXone: validación en directo frente a las normas de tiempo de espera, impacto previsto, un registro de auditoría con reversión en un clic y una protección que revierte un cambio que degrada su cola.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Suggest a strategy for the service goal</source>
        <translation>&amp;Sugerir una estrategia para el objetivo de servicio</translation>
    </message>
    <message>
        <source>Apply the answer-rate &amp;rule</source>
        <translation>Aplicar la &amp;regla de tasa de atención</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since you began editing it: your edit now stands against their strategy. Review the changes before deploying.</source>
        <translation>%2 cambió %1 desde que empezó a editarla: su edición se compara ahora con la estrategia de esa persona. Revise los cambios antes de desplegar.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>holdline::ui::PolicySourcesDialog</name>
    <message>
        <source>Policy packs and their sources</source>
        <translation>Paquetes de políticas y sus fuentes</translation>
    </message>
    <message>
        <source>Holdline&apos;s own product rule, not a law</source>
        <translation>Regla de producto propia de Holdline, no una ley</translation>
    </message>
    <message>
        <source>Law or regulation in %1</source>
        <translation>Ley o reglamento en %1</translation>
    </message>
    <message>
        <source>binds %1</source>
        <translation>obliga a %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
</context>
<context>
    <name>holdline::ui::PredictedImpactPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>≥ %1 % answered within %2 s</source>
        <translation>≥ %1 % atendidas en %2 s</translation>
    </message>
    <message>
        <source>≤ %1 % abandoned</source>
        <translation>≤ %1 % abandonadas</translation>
    </message>
    <message>
        <source>Predicted impact</source>
        <translation>Impacto previsto</translation>
    </message>
    <message>
        <source>Calibration window</source>
        <translation>Ventana de calibración</translation>
    </message>
    <message>
        <source>The recent metrics the prediction is calibrated from</source>
        <translation>Las métricas recientes con las que se calibra la predicción</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Predicted impact of the edits</source>
        <translation>Impacto previsto de los cambios</translation>
    </message>
    <message>
        <source>Ca&amp;librate on:</source>
        <translation>Ca&amp;librar con:</translation>
    </message>
    <message>
        <source>Pick a queue to see the impact of its edits.</source>
        <translation>Elija una cola para ver el impacto de sus cambios.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Calibrating from the queue&apos;s recent metrics…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Calibrando con las métricas recientes de la cola…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No prediction&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sin predicción&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Erlang A estimate · &lt;i&gt;simulating…&lt;/i&gt;</source>
        <translation>Estimación Erlang A · &lt;i&gt;simulando…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>An immediate analytic estimate; the simulation replaces it in a moment.</source>
        <translation>Una estimación analítica inmediata; la simulación la sustituye en un momento.</translation>
    </message>
    <message numerus="yes">
        <source>Simulated: %n run(s); ± is the 95 % confidence interval</source>
        <translation>
            <numerusform>Simulado: %n ejecución; ± es el intervalo de confianza del 95 %</numerusform>
            <numerusform>Simulado: %n ejecuciones; ± es el intervalo de confianza del 95 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Current and edited met the same simulated callers in each run.</source>
        <translation>La estrategia actual y la editada recibieron los mismos llamantes simulados en cada ejecución.</translation>
    </message>
    <message>
        <source>From %1 calls: %2 arrivals/h · AHT %3 s · %4 agents · patience %5 s%6</source>
        <translation>A partir de %1 llamadas: %2 llegadas/h · TMO %3 s · %4 agentes · paciencia %5 s%6</translation>
    </message>
    <message>
        <source> (rough)</source>
        <translation> (aproximado)</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (desde %1)</translation>
    </message>
    <message>
        <source>margin %1 pt</source>
        <translation>margen %1 pt</translation>
    </message>
</context>
<context>
    <name>holdline::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Policy packs</source>
        <translation>&amp;Paquetes de políticas</translation>
    </message>
    <message>
        <source>&amp;Guard</source>
        <translation>Pro&amp;tección</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;External sync</source>
        <translation>Sincronización &amp;externa</translation>
    </message>
    <message>
        <source>The packs in force judge every strategy before it is deployed. Tick the regulations that bind your contact centre and pick the variant that applies.</source>
        <translation>Los paquetes en vigor evalúan cada estrategia antes de desplegarla. Marque las normativas que obligan a su centro de contacto y elija la variante que se aplica.</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Policy packs</source>
        <translation>Paquetes de políticas</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>Variant of %1</source>
        <translation>Variante de %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Some pack files were not loaded:
%1</source>
        <translation>No se cargaron algunos archivos de paquetes:
%1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Roll back automatically</source>
        <translation>Revertir automáticamente</translation>
    </message>
    <message>
        <source>Only alert me</source>
        <translation>Solo avisarme</translation>
    </message>
    <message>
        <source>After each deploy the guard compares the window after it with the window before. It acts when the average wait passes the limit while fewer callbacks than the minimum are accepted, or when abandon or answer rate move too far.</source>
        <translation>Tras cada despliegue, la protección compara la ventana posterior con la anterior. Actúa cuando la espera media supera el límite mientras se aceptan menos devoluciones de llamada que el mínimo, o cuando la tasa de abandono o la de atención varían demasiado.</translation>
    </message>
    <message>
        <source>Average wait above:</source>
        <translation>Espera media por encima de:</translation>
    </message>
    <message>
        <source>…with callback conversion below:</source>
        <translation>…con una conversión a devolución de llamada por debajo de:</translation>
    </message>
    <message>
        <source>Abandon rate rise over:</source>
        <translation>Subida de la tasa de abandono de más de:</translation>
    </message>
    <message>
        <source>Answer rate drop over:</source>
        <translation>Bajada de la tasa de atención de más de:</translation>
    </message>
    <message>
        <source>Judge only with at least (contacts):</source>
        <translation>Juzgar solo con al menos (contactos):</translation>
    </message>
    <message>
        <source>Window on each side:</source>
        <translation>Ventana a cada lado:</translation>
    </message>
    <message>
        <source>On a breach:</source>
        <translation>Ante un incumplimiento:</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalo de actualización</translation>
    </message>
    <message>
        <source>Refresh live metrics and charts every:</source>
        <translation>Actualizar las métricas en directo y los gráficos cada:</translation>
    </message>
    <message>
        <source>Sync endpoint</source>
        <translation>Endpoint de sincronización</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>The signing secret is stored in the system keychain, never in a settings file. Leave it empty to keep the stored one.</source>
        <translation>El secreto de firma se guarda en el llavero del sistema, nunca en un archivo de configuración. Déjelo vacío para mantener el guardado.</translation>
    </message>
    <message>
        <source>After every deploy the active strategy is pushed to this endpoint; a failed push is retried until it succeeds and never undoes the deploy.</source>
        <translation>Tras cada despliegue, la estrategia activa se envía a este endpoint; un envío fallido se reintenta hasta que tiene éxito y nunca deshace el despliegue.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Signing secret:</source>
        <translation>&amp;Secreto de firma:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL such as https://host/path.</source>
        <translation>&quot;%1&quot; no es una URL como https://host/ruta.</translation>
    </message>
    <message>
        <source>Guard: average wait limit</source>
        <translation>Protección: límite de espera media</translation>
    </message>
    <message>
        <source>Guard: minimum callback conversion</source>
        <translation>Protección: conversión mínima a devolución de llamada</translation>
    </message>
    <message>
        <source>Guard: abandon rate rise limit</source>
        <translation>Protección: límite de subida de la tasa de abandono</translation>
    </message>
    <message>
        <source>Guard: answer rate drop limit</source>
        <translation>Protección: límite de bajada de la tasa de atención</translation>
    </message>
    <message>
        <source>Guard: minimum contacts</source>
        <translation>Protección: mínimo de contactos</translation>
    </message>
    <message>
        <source>Guard: window on each side of a deploy</source>
        <translation>Protección: ventana a cada lado de un despliegue</translation>
    </message>
    <message>
        <source>Service goal: answered share</source>
        <translation>Objetivo de servicio: parte atendida</translation>
    </message>
    <message>
        <source>Service goal: answered within</source>
        <translation>Objetivo de servicio: atendidas en</translation>
    </message>
    <message>
        <source>Service goal: abandoned at most</source>
        <translation>Objetivo de servicio: abandonadas como máximo</translation>
    </message>
    <message>
        <source>&quot;Suggest&quot; looks for the strategy that meets this goal and every policy pack&apos;s target with the fewest callbacks offered.</source>
        <translation>&quot;Sugerir&quot; busca la estrategia que cumple este objetivo y el de cada paquete de políticas con menos devoluciones de llamada ofrecidas.</translation>
    </message>
    <message>
        <source>…within:</source>
        <translation>…en:</translation>
    </message>
    <message>
        <source>Ser&amp;vice goal</source>
        <translation>Ob&amp;jetivo de servicio</translation>
    </message>
    <message>
        <source>Answered at least:</source>
        <translation>Atendidas al menos:</translation>
    </message>
    <message>
        <source>Abandoned at most:</source>
        <translation>Abandonadas como máximo:</translation>
    </message>
</context>
<context>
    <name>holdline::ui::QueueController</name>
    <message>
        <source>The queues could not be listed: %1</source>
        <translation>No se pudieron listar las colas: %1</translation>
    </message>
    <message>
        <source>Meets every rule in force.</source>
        <translation>Cumple todas las reglas en vigor.</translation>
    </message>
    <message>
        <source>The live metrics could not be read: %1</source>
        <translation>No se pudieron leer las métricas en directo: %1</translation>
    </message>
    <message>
        <source>Queue %1 could not be read again: %2</source>
        <translation>No se pudo volver a leer la cola %1: %2</translation>
    </message>
    <message>
        <source>Meets every fixed rule; whether it meets the service targets in force needs a prediction: open the queue to see it.</source>
        <translation>Cumple todas las reglas fijas; si cumple los objetivos de servicio en vigor requiere una predicción: abra la cola para verla.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::QueueListPanel</name>
    <message>
        <source>Only with &amp;findings</source>
        <translation>Solo con &amp;observaciones</translation>
    </message>
    <message>
        <source>Filter queues by name or id (Ctrl+F)</source>
        <translation>Filtrar colas por nombre o id (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter queues</source>
        <translation>Filtrar colas</translation>
    </message>
    <message>
        <source>Show only queues whose deployed strategy breaks or strains a rule in force</source>
        <translation>Mostrar solo las colas cuya estrategia desplegada incumple o fuerza una regla en vigor</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>on, beyond 00</source>
        <translation>sí, tras 00</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s)</source>
        <translation>
            <numerusform>%1 de %n cola</numerusform>
            <numerusform>%1 de %n colas</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 selected — Ctrl+B applies a strategy to them</source>
        <translation> · %1 seleccionadas — Ctrl+B les aplica una estrategia</translation>
    </message>
    <message>
        <source>closed until %1</source>
        <translation>cerrada hasta %1</translation>
    </message>
</context>
<context>
    <name>holdline::ui::QueueTableModel</name>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rellamada</translation>
    </message>
    <message>
        <source>Max hold</source>
        <translation>Espera máx.</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Avg wait</source>
        <translation>Espera media</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>on, beyond %1</source>
        <translation>sí, tras %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Not predicted</source>
        <translation>Sin predecir</translation>
    </message>
    <message>
        <source>%1 — edited, not deployed</source>
        <translation>%1 — editada, sin desplegar</translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation>✎ %1</translation>
    </message>
    <message>
        <source>No contacts in the last hour.</source>
        <translation>Sin contactos en la última hora.</translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n contact(s) offered.</source>
        <translation>
            <numerusform>Última hora: %n contacto ofrecido.</numerusform>
            <numerusform>Última hora: %n contactos ofrecidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::ui::SessionController</name>
    <message>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation>Leyendo del llavero el secreto de «%1»…</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret cannot be stored. Type it to connect; it is kept for this session only.</source>
        <translation>No hay ningún llavero disponible en este sistema, así que el secreto no se puede guardar. Escríbalo para conectarse; se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No secret is stored for client “%1” yet.</source>
        <translation>Todavía no hay ningún secreto guardado para el cliente «%1».</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting the sandbox tenant (simulating %n day(s) of traffic)…</source>
        <translation>
            <numerusform>Arrancando el tenant sandbox (simulando %n día de tráfico)…</numerusform>
            <numerusform>Arrancando el tenant sandbox (simulando %n días de tráfico)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox tenant did not start: %1</source>
        <translation>El tenant sandbox no arrancó: %1</translation>
    </message>
    <message>
        <source>Opening the history and the sync outbox…</source>
        <translation>Abriendo el historial y la bandeja de salida de sincronización…</translation>
    </message>
</context>
<context>
    <name>holdline::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>holdline::ui::StatusPanel</name>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Rate-limit headroom</source>
        <translation>Margen del límite de peticiones</translation>
    </message>
    <message>
        <source>Pending syncs</source>
        <translation>Sincronizaciones pendientes</translation>
    </message>
    <message>
        <source>Tenant time</source>
        <translation>Hora del tenant</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>Token: none yet</source>
        <translation>Token: todavía ninguno</translation>
    </message>
    <message>
        <source>Token: fetching…</source>
        <translation>Token: obteniendo…</translation>
    </message>
    <message numerus="yes">
        <source>Token: valid, %n min left</source>
        <translation>
            <numerusform>Token: válido, queda %n min</numerusform>
            <numerusform>Token: válido, quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Token: refused — %1</source>
        <translation>Token: rechazado — %1</translation>
    </message>
    <message>
        <source>Sync: off</source>
        <translation>Sincronización: desactivada</translation>
    </message>
    <message>
        <source>Syncs pending: %1</source>
        <translation>Sincronizaciones pendientes: %1</translation>
    </message>
    <message>
        <source>Simulated time: %1</source>
        <translation>Hora simulada: %1</translation>
    </message>
    <message>
        <source>Tenant time: %1</source>
        <translation>Hora del tenant: %1</translation>
    </message>
    <message>
        <source>Rate: %1/min (%2)</source>
        <translation>Ritmo: %1/min (%2)</translation>
    </message>
    <message>
        <source> · pacing: %1 of %2 requests left in this burst</source>
        <translation> · regulando: quedan %1 de %2 peticiones en esta ráfaga</translation>
    </message>
    <message>
        <source>The client paces itself at %1 requests a minute, bursts of %2: %3.</source>
        <translation>El cliente se regula a %1 peticiones por minuto, en ráfagas de %2: %3.</translation>
    </message>
    <message>
        <source>the limit the tenant states on its answers</source>
        <translation>el límite que indica el tenant en sus respuestas</translation>
    </message>
    <message>
        <source>learnt from the tenant&apos;s answers (it states no limit)</source>
        <translation>aprendido de las respuestas del tenant (no indica límite)</translation>
    </message>
    <message>
        <source>pinned for this connection</source>
        <translation>fijado para esta conexión</translation>
    </message>
    <message>
        <source>the contract&apos;s default, until the tenant answers</source>
        <translation>el valor por defecto del contrato, hasta que responda el tenant</translation>
    </message>
</context>
<context>
    <name>holdline::ui::StrategyEditor</name>
    <message>
        <source>Re&amp;vert to deployed</source>
        <translation>&amp;Volver a lo desplegado</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Desplegar…</translation>
    </message>
    <message>
        <source>Live metrics</source>
        <translation>Métricas en directo</translation>
    </message>
    <message>
        <source>Deploy the draft to the tenant (Ctrl+Return)</source>
        <translation>Despliega el borrador en el tenant (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Revert to deployed</source>
        <translation>Volver a lo desplegado</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <source>Revert to the deployed strategy</source>
        <translation>Volver a la estrategia desplegada</translation>
    </message>
    <message>
        <source>Offer callbacks</source>
        <translation>Ofrecer devolución de llamada</translation>
    </message>
    <message>
        <source>Findings for %1</source>
        <translation>Observaciones de %1</translation>
    </message>
    <message>
        <source>No queue selected</source>
        <translation>Ninguna cola seleccionada</translation>
    </message>
    <message>
        <source>Pick a queue in the list to edit its wait strategy.</source>
        <translation>Elija una cola de la lista para editar su estrategia de espera.</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versión %2</translation>
    </message>
    <message>
        <source>Matches what is deployed.</source>
        <translation>Coincide con lo desplegado.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not deployed:&lt;/b&gt; %n change(s) against the tenant.</source>
        <translation>
            <numerusform>&lt;b&gt;Sin desplegar:&lt;/b&gt; %n cambio respecto al tenant.</numerusform>
            <numerusform>&lt;b&gt;Sin desplegar:&lt;/b&gt; %n cambios respecto al tenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors above before deploying.</source>
        <translation>Corrija los errores anteriores antes de desplegar.</translation>
    </message>
    <message>
        <source>Predicted to meet</source>
        <translation>Se prevé que cumple</translation>
    </message>
    <message>
        <source>Predicted to miss</source>
        <translation>Se prevé que no cumple</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): no contacts in the last hour.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): sin contactos en la última hora.</translation>
    </message>
    <message>
        <source>Last hour: no contacts, so no answer rate, abandon rate or wait to show.</source>
        <translation>Última hora: sin contactos, así que no hay tasa de atención, de abandono ni espera que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>Last hour, %n contact(s)</source>
        <translation>
            <numerusform>Última hora, %n contacto</numerusform>
            <numerusform>Última hora, %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>%1: answer rate &lt;b&gt;%2&lt;/b&gt; · abandon rate &lt;b&gt;%3&lt;/b&gt; · average wait &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>%1: tasa de atención &lt;b&gt;%2&lt;/b&gt; · tasa de abandono &lt;b&gt;%3&lt;/b&gt; · espera media &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n queues are selected.&lt;/b&gt; This form edits %1 only; Queue › Apply a strategy to the selected queues (Ctrl+B) changes them all.</source>
        <translation>
            <numerusform>&lt;b&gt;Hay %n cola seleccionada.&lt;/b&gt; Este formulario solo edita %1; Cola › Aplicar una estrategia a las colas seleccionadas (Ctrl+B) las cambia todas.</numerusform>
            <numerusform>&lt;b&gt;Hay %n colas seleccionadas.&lt;/b&gt; Este formulario solo edita %1; Cola › Aplicar una estrategia a las colas seleccionadas (Ctrl+B) las cambia todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Sugerir</translation>
    </message>
    <message>
        <source>Answer-rate &amp;rule</source>
        <translation>&amp;Regla de tasa de atención</translation>
    </message>
    <message>
        <source>The specification&apos;s rule: lower the position threshold when the live answer rate is low, raise it when high</source>
        <translation>La regla de la especificación: bajar el umbral de posición cuando la tasa de atención en directo es baja y subirlo cuando es alta</translation>
    </message>
    <message>
        <source>Answer-rate rule</source>
        <translation>Regla de tasa de atención</translation>
    </message>
    <message>
        <source>Simulate the strategies the rules allow and suggest the one that meets the service goal (Preferences) with the fewest callbacks offered</source>
        <translation>Simula las estrategias que permiten las reglas y sugiere la que cumple el objetivo de servicio (Preferencias) con menos devoluciones de llamada ofrecidas</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <source>Answer-rate rule, last hour: %1</source>
        <translation>Regla de tasa de atención, última hora: %1</translation>
    </message>
    <message>
        <source>Answer-rate rule: threshold %1</source>
        <translation>Regla de tasa de atención: umbral %1</translation>
    </message>
    <message>
        <source>Suggesting: simulating the strategies the rules allow…</source>
        <translation>Sugiriendo: simulando las estrategias que permiten las reglas…</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>Sugiriendo…</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugerido: %1</translation>
    </message>
    <message>
        <source>Suggest: %1</source>
        <translation>Sugerir: %1</translation>
    </message>
</context>
<context>
    <name>holdline::ui::TimeChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>The tenant&apos;s clock</source>
        <translation>El reloj del tenant</translation>
    </message>
    <message>
        <source>Rollback (dashed)</source>
        <translation>Reversión (discontinua)</translation>
    </message>
    <message>
        <source>Deploy (dashed)</source>
        <translation>Despliegue (discontinua)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tune the wait strategies of NICE CXone queues, safely.</source>
        <translation>Ajuste las estrategias de espera de las colas de NICE CXone con seguridad.</translation>
    </message>
    <message>
        <source>A CXone-compatible tenant on loopback with simulated live traffic.
Prints {&quot;baseUrl&quot;, &quot;clientId&quot;, &quot;clientSecret&quot;} as one JSON line when ready; serves until SIGINT/SIGTERM. Faults can also be changed at run time: GET/PUT/POST/DELETE &lt;baseUrl&gt;/sandbox/faults.</source>
        <translation>Un tenant compatible con CXone en loopback con tráfico en directo simulado.
Imprime {&quot;baseUrl&quot;, &quot;clientId&quot;, &quot;clientSecret&quot;} como una línea JSON cuando está listo; atiende hasta SIGINT/SIGTERM. Los fallos también se pueden cambiar en tiempo de ejecución: GET/PUT/POST/DELETE &lt;baseUrl&gt;/sandbox/faults.</translation>
    </message>
    <message>
        <source>The history: a database file, or a team&apos;s PostgreSQL database (postgresql://USER@HOST/DB?sslmode=verify-full; a password given in it goes to the keychain).</source>
        <translation>El historial: un archivo de base de datos o la base de datos PostgreSQL de un equipo (postgresql://USUARIO@HOST/BD?sslmode=verify-full; una contraseña incluida en ella va al llavero).</translation>
    </message>
</context>
<context>
    <name>readFileCapped</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, more than Holdline reads from a file; nothing was read from it</source>
        <translation>%1 supera los %2 KiB, más de lo que Holdline lee de un archivo; no se leyó nada de él</translation>
    </message>
</context>
</TS>
