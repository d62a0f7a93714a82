<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AnalyticsQuery</name>
    <message>
        <source>No queue to query.</source>
        <translation>Nenhuma fila a consultar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid queue id.</source>
        <translation>&quot;%1&quot; não é um id de fila válido.</translation>
    </message>
    <message>
        <source>No interval.</source>
        <translation>Falta o intervalo.</translation>
    </message>
    <message>
        <source>The page size must be 1 to 1000.</source>
        <translation>O tamanho da página deve ser de 1 a 1000.</translation>
    </message>
    <message>
        <source>At least one queue per request.</source>
        <translation>Pelo menos uma fila por requisição.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The tenant&apos;s answer is not valid: %1</source>
        <translation>A resposta do tenant não é válida: %1</translation>
    </message>
    <message>
        <source>The tenant refused the request as invalid.</source>
        <translation>O tenant recusou a requisição por ser inválida.</translation>
    </message>
    <message>
        <source>The tenant refused the request: %1</source>
        <translation>O tenant recusou a requisição: %1</translation>
    </message>
    <message>
        <source>The tenant rejected the client id or secret.</source>
        <translation>O tenant rejeitou o id do cliente ou o segredo.</translation>
    </message>
    <message>
        <source>The tenant did not accept the access token.</source>
        <translation>O tenant não aceitou o token de acesso.</translation>
    </message>
    <message>
        <source>The tenant refused access.</source>
        <translation>O tenant negou o acesso.</translation>
    </message>
    <message>
        <source>The OAuth client lacks the scope &quot;%1&quot;; add it to the client in CXone.</source>
        <translation>Falta ao cliente OAuth o escopo &quot;%1&quot;; adicione-o ao cliente no CXone.</translation>
    </message>
    <message>
        <source>The tenant has no such resource.</source>
        <translation>O tenant não tem esse recurso.</translation>
    </message>
    <message>
        <source>Someone else changed it first (it is now at version %1).</source>
        <translation>Outra pessoa alterou isto antes (agora está na versão %1).</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>Outra pessoa alterou isto antes.</translation>
    </message>
    <message>
        <source>The tenant&apos;s rate limit was still exceeded after every retry.</source>
        <translation>O limite de requisições do tenant continuou excedido após todas as novas tentativas.</translation>
    </message>
    <message>
        <source>The tenant failed with HTTP %1.</source>
        <translation>O tenant falhou com HTTP %1.</translation>
    </message>
    <message>
        <source>The tenant answered with unexpected HTTP %1.</source>
        <translation>O tenant respondeu com um HTTP %1 inesperado.</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>No answered contacts: handle time assumed %1 s.</source>
        <translation>Nenhum contato atendido: tempo de atendimento assumido de %1 s.</translation>
    </message>
    <message>
        <source>No contacts in the window: nothing to calibrate from.</source>
        <translation>Nenhum contato na janela: nada a partir do qual calibrar.</translation>
    </message>
    <message>
        <source>Only %1 contacts in the window: rates are rough; widen the window.</source>
        <translation>Apenas %1 contatos na janela: as taxas são aproximadas; amplie a janela.</translation>
    </message>
    <message>
        <source>No abandonments in the window: mean patience assumed %1 s.</source>
        <translation>Nenhum abandono na janela: paciência média assumida de %1 s.</translation>
    </message>
    <message>
        <source>Callers abandoned but no waiting was reported: mean patience assumed %1 s.</source>
        <translation>Houve chamadores que abandonaram, mas nenhuma espera foi informada: paciência média assumida de %1 s.</translation>
    </message>
    <message>
        <source>Only %1 abandonments: mean patience (%2 s) is rough.</source>
        <translation>Apenas %1 abandonos: a paciência média (%2 s) é aproximada.</translation>
    </message>
    <message>
        <source>The window does not cover a whole day: no time-of-day profile, means used around the clock.</source>
        <translation>A janela não cobre um dia inteiro: sem perfil por hora do dia, as médias valem para todas as horas.</translation>
    </message>
</context>
<context>
    <name>ChainKeeper</name>
    <message>
        <source>The history is not keyed (%1): its hash chain shows accidental damage and a careless edit, but someone who can write the database file can rewrite entries and recompute the chain, or delete its last entries, without it showing.</source>
        <translation>O histórico não tem chave (%1): sua cadeia de hashes mostra danos acidentais e edições descuidadas, mas quem puder escrever o arquivo do banco de dados pode reescrever entradas e recalcular a cadeia, ou apagar as últimas, sem que apareça.</translation>
    </message>
    <message>
        <source>The history at %1 is not the one that was there: the keychain knows it as history %2, the file now says %3. It was replaced, or its identity was changed; Holdline does not add to it.</source>
        <translation>O histórico em %1 não é o que estava lá: o chaveiro o conhece como histórico %2 e o arquivo agora diz %3. Foi substituído ou teve a identidade alterada; o Holdline não acrescenta nada a ele.</translation>
    </message>
    <message>
        <source>the keychain did not give the history&apos;s key: %1; entries written now are not keyed</source>
        <translation>o chaveiro não forneceu a chave do histórico: %1; as entradas escritas agora não têm chave</translation>
    </message>
    <message>
        <source>no keychain on this system</source>
        <translation>não há chaveiro neste sistema</translation>
    </message>
    <message>
        <source>The keychain&apos;s item %1 is not a history key; Holdline does not add to this history until it is repaired.</source>
        <translation>O item %1 do chaveiro não é uma chave de histórico; o Holdline não acrescenta nada a este histórico até que seja reparado.</translation>
    </message>
    <message>
        <source>the keychain did not store a key for it: %1</source>
        <translation>o chaveiro não guardou uma chave para ele: %1</translation>
    </message>
    <message>
        <source>the keychain&apos;s item for this history is not a history key</source>
        <translation>o item do chaveiro para este histórico não é uma chave de histórico</translation>
    </message>
    <message>
        <source>the keychain&apos;s item for this history could not be read: %1</source>
        <translation>não foi possível ler o item do chaveiro para este histórico: %1</translation>
    </message>
    <message>
        <source>the keychain now holds another key for this history</source>
        <translation>o chaveiro agora tem outra chave para este histórico</translation>
    </message>
    <message>
        <source>the history&apos;s key could not be read from the keychain (%1); Holdline does not write to a keyed history without it. Unlock the keychain and try again (a service takes the key as its systemd credential %2).</source>
        <translation>não foi possível ler a chave do histórico no chaveiro (%1); o Holdline não escreve em um histórico com chave sem ela. Desbloqueie o chaveiro e tente de novo (um serviço recebe a chave como sua credencial do systemd %2).</translation>
    </message>
    <message>
        <source>This history&apos;s entries are sealed with a key this keychain does not hold: it was keyed under another user account or on another machine (move the keychain item %1 with it; a service takes it as its systemd credential %2), or it was altered. Holdline does not add to it.</source>
        <translation>As entradas deste histórico estão seladas com uma chave que este chaveiro não tem: foi criado em outra conta de usuário ou em outra máquina (leve junto o item %1 do chaveiro; um serviço o recebe como sua credencial do systemd %2), ou foi alterado. O Holdline não acrescenta nada a ele.</translation>
    </message>
</context>
<context>
    <name>ChartMetrics</name>
    <message>
        <source>Answer rate</source>
        <translation>Taxa de atendimento</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Taxa de abandono</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Espera média</translation>
    </message>
    <message>
        <source>Callbacks offered</source>
        <translation>Retornos oferecidos</translation>
    </message>
    <message>
        <source>Callbacks accepted</source>
        <translation>Retornos aceitos</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>Contatos oferecidos</translation>
    </message>
    <message>
        <source>Rollback #%1</source>
        <translation>Reversão nº %1</translation>
    </message>
    <message>
        <source>Deploy #%1</source>
        <translation>Implantação nº %1</translation>
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
        <translation>o local do histórico está vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor a postgresql:// URL</source>
        <translation>&quot;%1&quot; não é nem um arquivo nem uma URL postgresql://</translation>
    </message>
    <message>
        <source>the PostgreSQL URL is not valid: %1</source>
        <translation>a URL do PostgreSQL não é válida: %1</translation>
    </message>
    <message>
        <source>the PostgreSQL URL&apos;s port &quot;%1&quot; is not a number</source>
        <translation>a porta &quot;%1&quot; da URL do PostgreSQL não é um número</translation>
    </message>
    <message>
        <source>the PostgreSQL URL&apos;s parameter &quot;%1&quot; is not one Holdline knows (host, port, dbname, user, sslmode)</source>
        <translation>o parâmetro &quot;%1&quot; da URL do PostgreSQL não é um que o Holdline conheça (host, port, dbname, user, sslmode)</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; não é um de %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no host (give host=/socket/directory for a Unix socket)</source>
        <translation>a URL do PostgreSQL não indica nenhum host (use host=/diretório/do/socket para um socket Unix)</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database</source>
        <translation>a URL do PostgreSQL não indica nenhum banco de dados</translation>
    </message>
    <message>
        <source>the PostgreSQL server %1 is not on this machine: Holdline connects to it only over TLS. Add sslmode=verify-full (or sslmode=require) to the URL.</source>
        <translation>o servidor PostgreSQL %1 não está nesta máquina: o Holdline só se conecta a ele por TLS. Acrescente sslmode=verify-full (ou sslmode=require) à URL.</translation>
    </message>
</context>
<context>
    <name>DatabasePassword</name>
    <message>
        <source>the keychain could not give the history database&apos;s password: %1</source>
        <translation>o chaveiro não pôde fornecer a senha do banco de dados do histórico: %1</translation>
    </message>
</context>
<context>
    <name>DegradationGuard</name>
    <message>
        <source>Average wait %1 s is over %2 s while callback conversion %3 is under %4.</source>
        <translation>A espera média de %1 s passa de %2 s enquanto a conversão em retorno, %3, está abaixo de %4.</translation>
    </message>
    <message>
        <source>Abandon rate rose from %1 to %2 (more than %3 points).</source>
        <translation>A taxa de abandono subiu de %1 para %2 (mais de %3 pontos).</translation>
    </message>
    <message>
        <source>Answer rate fell from %1 to %2 (more than %3 points).</source>
        <translation>A taxa de atendimento caiu de %1 para %2 (mais de %3 pontos).</translation>
    </message>
    <message>
        <source>Too few contacts to judge (fewer than %1 in a window).</source>
        <translation>Poucos contatos para avaliar (menos de %1 em uma janela).</translation>
    </message>
    <message>
        <source>Too few contacts for the relative rules; the absolute rule passed.</source>
        <translation>Poucos contatos para as regras relativas; a regra absoluta foi cumprida.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; não é uma URL válida.</translation>
    </message>
    <message>
        <source>URLs with a user name or password in them are refused; use the client id and secret fields.</source>
        <translation>URLs com nome de usuário ou senha são recusadas; use os campos de id do cliente e segredo.</translation>
    </message>
    <message>
        <source>Plain http:// to %1 is refused: secrets and tokens would cross the network unencrypted. Use https://.</source>
        <translation>http:// sem criptografia para %1 é recusado: segredos e tokens atravessariam a rede sem criptografia. Use https://.</translation>
    </message>
    <message>
        <source>Only https:// URLs are supported, not &quot;%1&quot;.</source>
        <translation>Somente URLs https:// são suportadas, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>URLs with a credential in their query (&quot;%1&quot;) are refused: Holdline would have to store it with every pending sync. An endpoint authenticates Holdline by the signing secret (X-Holdline-Signature) instead.</source>
        <translation>URLs com uma credencial na consulta (&quot;%1&quot;) são recusadas: o Holdline teria de guardá-la com cada sincronização pendente. Um endpoint autentica o Holdline pelo segredo de assinatura (X-Holdline-Signature).</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Needs a prediction</source>
        <translation>Requer uma previsão</translation>
    </message>
</context>
<context>
    <name>HistoryChain</name>
    <message>
        <source>entry %1</source>
        <translation>a entrada %1</translation>
    </message>
    <message>
        <source>the first row has no valid id</source>
        <translation>a primeira linha não tem um id válido</translation>
    </message>
    <message>
        <source>the row after %1 has no valid id</source>
        <translation>a linha após %1 não tem um id válido</translation>
    </message>
    <message>
        <source>entry %1 has an id out of sequence</source>
        <translation>a entrada %1 tem um id fora de sequência</translation>
    </message>
    <message>
        <source>entry %1 is the first entry: an entry is missing before it</source>
        <translation>a entrada %1 é a primeira entrada: falta uma entrada antes dela</translation>
    </message>
    <message>
        <source>entry %1 does not follow %2: an entry is missing</source>
        <translation>a entrada %1 não segue %2: falta uma entrada</translation>
    </message>
    <message>
        <source>entry %1 cannot be read: %2</source>
        <translation>a entrada %1 não pode ser lida: %2</translation>
    </message>
    <message>
        <source>entry %1 was altered: its content does not match its hash</source>
        <translation>a entrada %1 foi alterada: seu conteúdo não corresponde ao seu hash</translation>
    </message>
    <message>
        <source>entry %1 was altered or moved: its content does not match its hash, and it does not follow %2</source>
        <translation>a entrada %1 foi alterada ou movida: seu conteúdo não corresponde ao seu hash e ela não segue %2</translation>
    </message>
    <message>
        <source>the start of the chain</source>
        <translation>o início da cadeia</translation>
    </message>
    <message>
        <source>entry %1 does not start the chain: its previous hash is not empty</source>
        <translation>a entrada %1 não inicia a cadeia: seu hash anterior não está vazio</translation>
    </message>
    <message>
        <source>entry %1 does not follow %2: its previous hash is not the hash of %2 (an entry was inserted, deleted or reordered)</source>
        <translation>a entrada %1 não segue %2: seu hash anterior não é o hash de %2 (uma entrada foi inserida, excluída ou reordenada)</translation>
    </message>
    <message>
        <source>the history is empty, but its anchor (kept outside the database) says it reached entry #%1: every entry was deleted</source>
        <translation>o histórico está vazio, mas sua âncora (guardada fora do banco de dados) diz que chegou à entrada #%1: todas as entradas foram apagadas</translation>
    </message>
    <message>
        <source>the history ends at #%1, its anchor (kept outside the database) says #%2: the last entries were deleted</source>
        <translation>o histórico termina em #%1 e sua âncora (guardada fora do banco de dados) diz #%2: as últimas entradas foram apagadas</translation>
    </message>
    <message>
        <source>entry %1 is not the entry its anchor (kept outside the database) names: the history was rewritten up to there</source>
        <translation>a entrada %1 não é a entrada que sua âncora (guardada fora do banco de dados) indica: o histórico foi reescrito até ali</translation>
    </message>
    <message>
        <source>entry %1 was altered or forged: it does not carry the MAC that this history&apos;s key gives its content</source>
        <translation>a entrada %1 foi alterada ou forjada: não traz o MAC que a chave deste histórico dá ao seu conteúdo</translation>
    </message>
    <message>
        <source>entry %1 was altered, moved or forged: it does not carry the MAC that this history&apos;s key gives its content, and it does not follow %2</source>
        <translation>a entrada %1 foi alterada, movida ou forjada: não traz o MAC que a chave deste histórico dá ao seu conteúdo e não segue %2</translation>
    </message>
</context>
<context>
    <name>HistoryRows</name>
    <message>
        <source>%1 is not valid JSON (%2)</source>
        <translation>%1 não é um JSON válido (%2)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 não é um objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 não é um array JSON</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 não é um número</translation>
    </message>
</context>
<context>
    <name>HistoryVocabulary</name>
    <message>
        <source>Deploy</source>
        <translation>Implantação</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Reversão</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Proteção</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Conciliação</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflito</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerta</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sem degradação</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>dados insuficientes</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>revertendo</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>The history could not start a transaction</source>
        <translation>O histórico não conseguiu iniciar uma transação</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>Não foi possível ler o histórico</translation>
    </message>
    <message>
        <source>The history entry could not be written</source>
        <translation>Não foi possível gravar a entrada do histórico</translation>
    </message>
    <message>
        <source>The history entry could not be committed</source>
        <translation>Não foi possível confirmar a entrada do histórico</translation>
    </message>
    <message>
        <source>The history database is not open: %1</source>
        <translation>O banco de dados do histórico não está aberto: %1</translation>
    </message>
    <message>
        <source>entry %1 is already settled, by entry %2</source>
        <translation>a entrada %1 já está resolvida, pela entrada %2</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Inspect, plan, deploy and roll back CXone queue wait strategies.</source>
        <translation>Inspeciona, planeja, implanta e reverte as estratégias de espera das filas do CXone.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 an operation failed, 2 usage or validation error, 3 authentication, 4 conflict.
The secret comes from CXONE_CLIENT_SECRET, else from the keychain (see &apos;login&apos;).
--set fields: positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime.</source>
        <translation>Códigos de saída: 0 ok, 1 uma operação falhou, 2 erro de uso ou de validação, 3 autenticação, 4 conflito.
O segredo vem de CXONE_CLIENT_SECRET ou, se não houver, do chaveiro (veja &apos;login&apos;).
Campos de --set: positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime.</translation>
    </message>
    <message>
        <source>List the queues and their wait strategies.</source>
        <translation>Lista as filas e suas estratégias de espera.</translation>
    </message>
    <message>
        <source>Show a queue&apos;s strategy and its policy findings (--json: the whole queue).</source>
        <translation>Mostra a estratégia de uma fila e os apontamentos das políticas (--json: a fila inteira).</translation>
    </message>
    <message>
        <source>Show what a change would do and what the policies say; nothing is written.</source>
        <translation>Mostra o que uma alteração faria e o que dizem as políticas; nada é gravado.</translation>
    </message>
    <message>
        <source>Change queues, write-ahead recorded, verified, synced; unchanged queues are not written.</source>
        <translation>Altera filas, com registro antes da gravação, verificação e sincronização; filas sem alteração não são gravadas.</translation>
    </message>
    <message>
        <source>Undo the latest change of a queue, or restore the strategy recorded by a history entry.</source>
        <translation>Desfaz a última alteração de uma fila ou restaura a estratégia registrada em uma entrada do histórico.</translation>
    </message>
    <message>
        <source>Queue metrics from the tenant&apos;s analytics (default: the last hour).</source>
        <translation>Métricas da fila a partir da análise do tenant (padrão: a última hora).</translation>
    </message>
    <message>
        <source>Predict what a change would do (calibrated from the queue&apos;s recent metrics, simulated), and check the policies&apos; service targets; or Erlang A from the figures given. Nothing is written.</source>
        <translation>Prevê o que uma alteração faria (calibrado com as métricas recentes da fila, simulado) e verifica as metas de serviço das políticas; ou Erlang A com os números informados. Nada é gravado.</translation>
    </message>
    <message>
        <source>Print the strategies as stable, sorted JSON (for &apos;import&apos;).</source>
        <translation>Imprime as estratégias como JSON estável e ordenado (para &apos;import&apos;).</translation>
    </message>
    <message>
        <source>Deploy the strategies of an &apos;export&apos; file.</source>
        <translation>Implanta as estratégias de um arquivo de &apos;export&apos;.</translation>
    </message>
    <message>
        <source>Check the history&apos;s hash chain; names the first bad entry.</source>
        <translation>Verifica a cadeia de hashes do histórico; indica a primeira entrada inválida.</translation>
    </message>
    <message>
        <source>Read the client secret from stdin (no echo on a terminal) and store it in the keychain.</source>
        <translation>Lê o segredo do cliente da stdin (sem eco em um terminal) e o guarda no chaveiro.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>O comando a executar (veja acima).</translation>
    </message>
    <message>
        <source>The tenant&apos;s base URL, e.g. https://api.nice-incontact.com.</source>
        <translation>A URL base do tenant, p. ex. https://api.nice-incontact.com.</translation>
    </message>
    <message>
        <source>The OAuth client id.</source>
        <translation>O id do cliente OAuth.</translation>
    </message>
    <message>
        <source>Run against an in-process sandbox tenant (seeded; its own credentials).</source>
        <translation>Executa contra um tenant sandbox dentro do processo (com dados gerados; com suas próprias credenciais).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s seed (default 1).</source>
        <translation>A semente do sandbox (padrão 1).</translation>
    </message>
    <message>
        <source>Simulated seconds per real second in the sandbox (default 60).</source>
        <translation>Segundos simulados por segundo real no sandbox (padrão 60).</translation>
    </message>
    <message>
        <source>Number of sandbox queues (default 40).</source>
        <translation>Número de filas do sandbox (padrão 40).</translation>
    </message>
    <message>
        <source>Machine-readable JSON on stdout; errors stay on stderr.</source>
        <translation>JSON legível por máquina na stdout; os erros continuam na stderr.</translation>
    </message>
    <message>
        <source>A policy pack to check against, PACK[:VARIANT] (repeatable; default baseline).</source>
        <translation>Um pacote de políticas com o qual verificar, PACK[:VARIANT] (repetível; padrão baseline).</translation>
    </message>
    <message>
        <source>Push each deployed strategy to this endpoint (CONTRACT.md §5).</source>
        <translation>Envia cada estratégia implantada para este endpoint (CONTRACT.md §5).</translation>
    </message>
    <message>
        <source>A field to change, FIELD=VALUE (repeatable).</source>
        <translation>Um campo a alterar, FIELD=VALUE (repetível).</translation>
    </message>
    <message>
        <source>A JSON file of fields to set (flat strategy, or an &apos;export&apos; file).</source>
        <translation>Um arquivo JSON com os campos a definir (estratégia plana ou um arquivo de &apos;export&apos;).</translation>
    </message>
    <message>
        <source>deploy --all: only queues whose id matches this regular expression.</source>
        <translation>deploy --all: somente as filas cujo id corresponde a esta expressão regular.</translation>
    </message>
    <message>
        <source>rollback: the history entry whose strategy to restore.</source>
        <translation>rollback: a entrada do histórico cuja estratégia restaurar.</translation>
    </message>
    <message>
        <source>rollback --to: restore the strategy from before that entry.</source>
        <translation>rollback --to: restaura a estratégia de antes dessa entrada.</translation>
    </message>
    <message>
        <source>rollback: overwrite a change someone else made since.</source>
        <translation>rollback: sobrescreve uma alteração que outra pessoa fez depois.</translation>
    </message>
    <message>
        <source>history: at most N entries (default 50).</source>
        <translation>history: no máximo N entradas (padrão 50).</translation>
    </message>
    <message>
        <source>metrics: ISO-8601 duration or start/end (default PT1H).</source>
        <translation>metrics: duração ISO-8601 ou início/fim (padrão PT1H).</translation>
    </message>
    <message>
        <source>metrics: one record per bucket of this ISO-8601 duration.</source>
        <translation>metrics: um registro por intervalo desta duração ISO-8601.</translation>
    </message>
    <message>
        <source>tune/watch: tenant seconds on each side of a deploy the guard compares (default 1800).</source>
        <translation>tune/watch: segundos do tenant de cada lado de uma implantação que a proteção compara (padrão 1800).</translation>
    </message>
    <message>
        <source>tune/watch: on a breach only alert; do not roll back.</source>
        <translation>tune/watch: em caso de violação, apenas alertar; não reverter.</translation>
    </message>
    <message>
        <source>watch: seconds between rounds (default 60; 5 with --sandbox).</source>
        <translation>watch: segundos entre rodadas (padrão 60; 5 com --sandbox).</translation>
    </message>
    <message>
        <source>no command given; try --help for the list.</source>
        <translation>nenhum comando informado; tente --help para ver a lista.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help for the list.</source>
        <translation>comando desconhecido &quot;%1&quot;; tente --help para ver a lista.</translation>
    </message>
    <message>
        <source>--%1 needs --sandbox.</source>
        <translation>--%1 requer --sandbox.</translation>
    </message>
    <message>
        <source>--sandbox brings its own tenant; leave out --base-url and --client-id.</source>
        <translation>--sandbox traz seu próprio tenant; omita --base-url e --client-id.</translation>
    </message>
    <message>
        <source>--history-db: the path is empty.</source>
        <translation>--history-db: o caminho está vazio.</translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;%2&apos;.</source>
        <translation>--%1 não é uma opção de &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--match: &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>--match: &quot;%1&quot; não é uma expressão regular válida: %2</translation>
    </message>
    <message>
        <source>--match only goes with --all.</source>
        <translation>--match só pode ser usado com --all.</translation>
    </message>
    <message>
        <source>--before only goes with --to ENTRY.</source>
        <translation>--before só pode ser usado com --to ENTRY.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments: %2</source>
        <translation>&apos;%1&apos; precisa de mais argumentos: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2: unexpected &quot;%3&quot;.</source>
        <translation>&apos;%1&apos; aceita %2: &quot;%3&quot; inesperado.</translation>
    </message>
    <message>
        <source>%1: give the change with --set FIELD=VALUE or --file FILE.</source>
        <translation>%1: informe a alteração com --set FIELD=VALUE ou --file FILE.</translation>
    </message>
    <message>
        <source>%1: use --set or --file, not both.</source>
        <translation>%1: use --set ou --file, não ambos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a queue id (1 to 64 of A-Z a-z 0-9 _ . -).</source>
        <translation>&quot;%1&quot; não é um id de fila (1 a 64 caracteres entre A-Z a-z 0-9 _ . -).</translation>
    </message>
    <message>
        <source>audit: the only sub-command is &apos;verify&apos;.</source>
        <translation>audit: o único subcomando é &apos;verify&apos;.</translation>
    </message>
    <message>
        <source>no tenant: give --base-url URL and --client-id ID, or --sandbox.</source>
        <translation>nenhum tenant: informe --base-url URL e --client-id ID, ou --sandbox.</translation>
    </message>
    <message>
        <source>--client-id is needed with --base-url.</source>
        <translation>--client-id é obrigatório com --base-url.</translation>
    </message>
    <message>
        <source>login: give --base-url URL and --client-id ID (the sandbox needs no login).</source>
        <translation>login: informe --base-url URL e --client-id ID (o sandbox não precisa de login).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>The sandbox&apos;s simulated time at start, in UTC (default: now).</source>
        <translation>A hora simulada do sandbox no início, em UTC (padrão: agora).</translation>
    </message>
    <message>
        <source>Queues deployed at once (default: chosen from the rate in force and the tenant&apos;s round trip, up to 64).</source>
        <translation>Filas implantadas ao mesmo tempo (padrão: escolhidas pela taxa em vigor e pelo tempo de ida e volta do tenant, até 64).</translation>
    </message>
    <message>
        <source>Requests a minute, pinned (default: the rate the tenant states, or one learnt from its answers).</source>
        <translation>Requisições por minuto, fixadas (padrão: a taxa que o tenant informa, ou uma aprendida de suas respostas).</translation>
    </message>
    <message>
        <source>Answer rate -&gt; advice (the service goal, or the answer-rate rule) -&gt; deploy -&gt; sync -&gt; metrics -&gt; degradation guard, explained.</source>
        <translation>Taxa de atendimento -&gt; conselho (a meta de serviço ou a regra da taxa de atendimento) -&gt; implantação -&gt; sincronização -&gt; métricas -&gt; proteção contra degradação, explicado.</translation>
    </message>
    <message>
        <source>tune: &apos;goal&apos; (default) finds the strategy meeting the service goal with the fewest callbacks; &apos;rule&apos; is the specification&apos;s answer-rate rule.</source>
        <translation>tune: &apos;goal&apos; (padrão) busca a estratégia que cumpre a meta de serviço com menos retornos; &apos;rule&apos; é a regra da taxa de atendimento da especificação.</translation>
    </message>
    <message>
        <source>tune: the service goal, ANSWERED%/WITHIN_S[/MAX_ABANDONED%] (default 80/20/5).</source>
        <translation>tune: a meta de serviço, ATENDIDAS%/EM_S[/MAX_ABANDONADAS%] (padrão 80/20/5).</translation>
    </message>
    <message>
        <source>--advisor: &quot;%1&quot; is not an advisor; use goal or rule.</source>
        <translation>--advisor: &quot;%1&quot; não é um assistente; use goal ou rule.</translation>
    </message>
    <message>
        <source>--goal is what the goal advisor aims at; leave it out with --advisor rule.</source>
        <translation>--goal é o que o assistente de meta persegue; omita-o com --advisor rule.</translation>
    </message>
    <message>
        <source>List the history, newest first; or copy it, chain intact, into a team&apos;s empty PostgreSQL history.</source>
        <translation>Lista o histórico, do mais recente ao mais antigo; ou o copia, com a cadeia intacta, para o histórico PostgreSQL vazio de uma equipe.</translation>
    </message>
    <message>
        <source>The history: a database file (default: in the application data folder), or a team&apos;s PostgreSQL database, postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full (a password given in it goes to the keychain).</source>
        <translation>O histórico: um arquivo de banco de dados (padrão: na pasta de dados do aplicativo) ou o banco de dados PostgreSQL de uma equipe, postgresql://USUÁRIO@HOST[:PORTA]/BD?sslmode=verify-full (uma senha incluída nela vai para o chaveiro).</translation>
    </message>
    <message>
        <source>--%1: give the team&apos;s history as a postgresql:// URL.</source>
        <translation>--%1: indique o histórico da equipe como uma URL postgresql://.</translation>
    </message>
    <message>
        <source>history migrate: give the team&apos;s history with --to postgresql://...</source>
        <translation>history migrate: indique o histórico da equipe com --to postgresql://...</translation>
    </message>
    <message>
        <source>--to is an option of &apos;history migrate&apos; only.</source>
        <translation>--to é uma opção apenas de &apos;history migrate&apos;.</translation>
    </message>
    <message>
        <source>Advisor and guard in a loop until SIGINT or SIGTERM (--all: every queue, listed again each round).</source>
        <translation>Assistente e proteção em loop até SIGINT ou SIGTERM (--all: todas as filas, listadas de novo a cada rodada).</translation>
    </message>
    <message>
        <source>deploy, watch: every queue of the tenant.</source>
        <translation>deploy, watch: todas as filas do tenant.</translation>
    </message>
    <message>
        <source>%1: give queues or --all, not both.</source>
        <translation>%1: indique filas ou --all, não ambos.</translation>
    </message>
    <message>
        <source>%1: name the queues, or --all.</source>
        <translation>%1: indique as filas, ou --all.</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>%1 is not a known key</source>
        <translation>%1 não é uma chave conhecida</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation>%1 deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 deve ser um número inteiro</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 deve estar entre %2 e %3</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 deve ser um número</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1 deve ser um array</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 deve ser um objeto</translation>
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
        <translation>Poucos abandonos para refinar a paciência reproduzindo a janela.</translation>
    </message>
    <message>
        <source>The replayed window could not match the abandonment within a factor %1 of the estimated patience; kept at the bound, %2 s.</source>
        <translation>A janela reproduzida não conseguiu igualar o abandono dentro de um fator %1 da paciência estimada; mantida no limite, %2 s.</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>%1 must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1 deve conter letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known rule kind (maxValue, callbackRequired, serviceLevel, abandonmentRate)</source>
        <translation>%1 &quot;%2&quot; não é um tipo de regra conhecido (maxValue, callbackRequired, serviceLevel, abandonmentRate)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a numeric wait-strategy field</source>
        <translation>%1 &quot;%2&quot; não é um campo numérico da estratégia de espera</translation>
    </message>
    <message>
        <source>%1 must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>%1 deve ser &quot;error&quot; ou &quot;warning&quot;</translation>
    </message>
    <message>
        <source>%1 is given but the pack declares no variants</source>
        <translation>%1 foi informado, mas o pacote não declara variantes</translation>
    </message>
    <message>
        <source>%1 is not a variant declared by the pack</source>
        <translation>%1 não é uma variante declarada pelo pacote</translation>
    </message>
    <message>
        <source>id must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>id deve conter letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>effectiveDate must be a date as YYYY-MM-DD</source>
        <translation>effectiveDate deve ser uma data no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is declared twice</source>
        <translation>%1.id &quot;%2&quot; é declarado duas vezes</translation>
    </message>
    <message>
        <source>variants must not be empty when given</source>
        <translation>variants não pode estar vazio quando informado</translation>
    </message>
    <message>
        <source>defaultVariant &quot;%1&quot; is not one of the variants</source>
        <translation>defaultVariant &quot;%1&quot; não é uma das variantes</translation>
    </message>
    <message>
        <source>defaultVariant is given but the pack declares no variants</source>
        <translation>defaultVariant foi informado, mas o pacote não declara variantes</translation>
    </message>
    <message>
        <source>rules must not be empty</source>
        <translation>rules não pode estar vazio</translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is used twice</source>
        <translation>%1.id &quot;%2&quot; é usado duas vezes</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation>%1: JSON inválido (%2 na posição %3)</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: o nível superior deve ser um objeto JSON</translation>
    </message>
</context>
<context>
    <name>PolicyRegistry</name>
    <message>
        <source>%1: no such policy directory</source>
        <translation>%1: esse diretório de políticas não existe</translation>
    </message>
    <message>
        <source>%1: id &quot;%2&quot; is already used by %3</source>
        <translation>%1: o id &quot;%2&quot; já é usado por %3</translation>
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
        <translation>Regra de produto do Holdline, não uma lei: %1</translation>
    </message>
    <message>
        <source>Law or regulation (%1): %2</source>
        <extracomment>%1 jurisdiction code (ES, US-PA), %2 the law&apos;s article</extracomment>
        <translation>Lei ou regulamento (%1): %2</translation>
    </message>
    <message>
        <source>%1 %2 exceeds the %3 cap of %4.</source>
        <extracomment>%1 field label, %2 its value, %3 the cap, %4 rule name. E.g. &quot;Maximum hold time 420 s exceeds the 300 s cap of Baseline hold-time mandate.&quot;</extracomment>
        <translation>%1 %2 excede o limite de %3 de %4.</translation>
    </message>
    <message>
        <source>Callbacks are off, so callers who reach the maximum hold time of %1 are sent to voicemail instead of keeping their place; callbacks must be on (%2).</source>
        <translation>O retorno está desativado, então os chamadores que atingem o tempo máximo de espera de %1 são enviados ao correio de voz em vez de manter seu lugar; o retorno deve estar ativado (%2).</translation>
    </message>
    <message>
        <source>No more than %1 of calls may be abandoned (%2). Only a prediction can tell whether this strategy meets it: run the what-if predictor.</source>
        <translation>No máximo %1 das chamadas podem ser abandonadas (%2). Só uma previsão pode dizer se esta estratégia cumpre isso: execute o preditor de cenários.</translation>
    </message>
    <message>
        <source>At least %1 of calls must be answered within %2 (%3). Only a prediction can tell whether this strategy meets it: run the what-if predictor.</source>
        <translation>Pelo menos %1 das chamadas devem ser atendidas em %2 (%3). Só uma previsão pode dizer se esta estratégia cumpre isso: execute o preditor de cenários.</translation>
    </message>
    <message>
        <source>%1 applies from %2.</source>
        <translation>%1 vale a partir de %2.</translation>
    </message>
</context>
<context>
    <name>PolicySelection</name>
    <message>
        <source>&quot;%1&quot; is not a policy pack (expected PACK or PACK:VARIANT)</source>
        <translation>&quot;%1&quot; não é um pacote de políticas (esperado PACK ou PACK:VARIANT)</translation>
    </message>
    <message>
        <source>packs must be an array</source>
        <translation>packs deve ser um array</translation>
    </message>
    <message>
        <source>packs[%1] must be {&quot;id&quot;: string, &quot;variant&quot;: string (optional)}</source>
        <translation>packs[%1] deve ser {&quot;id&quot;: string, &quot;variant&quot;: string (opcional)}</translation>
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
Erlang A (M/M/n+M): P(espera), P(abandono), tempo médio de espera sobre todas as chegadas, nível de serviço (atendidas em T s, padrão 20, sobre todas as chegadas), taxa de atendimento, ocupação.
--patience-seconds 0 significa que ninguém abandona (Erlang C).
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 precisa de um valor.</translation>
    </message>
    <message>
        <source>Unknown option: --%1</source>
        <translation>Opção desconhecida: --%1</translation>
    </message>
    <message>
        <source>--%1 must be a number of at least 0, not &quot;%2&quot;.</source>
        <translation>--%1 deve ser um número maior ou igual a 0, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 é obrigatório.</translation>
    </message>
    <message>
        <source>--agents must be a whole number of agents.</source>
        <translation>--agents deve ser um número inteiro de agentes.</translation>
    </message>
    <message>
        <source>--aht-seconds must be more than 0.</source>
        <translation>--aht-seconds deve ser maior que 0.</translation>
    </message>
    <message>
        <source>Erlang %1: %2 arrivals/h, AHT %3 s, %4 agents, mean patience %5
</source>
        <translation>Erlang %1: %2 chegadas/h, TMA %3 s, %4 agentes, paciência média %5
</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitada</translation>
    </message>
    <message>
        <source>Unstable: the load reaches the agents&apos; capacity and waits grow without bound.
</source>
        <translation>Instável: a carga atinge a capacidade dos agentes e as esperas crescem sem limite.
</translation>
    </message>
    <message>
        <source>  P(wait &gt; 0)        %1
</source>
        <translation>  P(espera &gt; 0)           %1
</translation>
    </message>
    <message>
        <source>  P(abandon)         %1
</source>
        <translation>  P(abandono)             %1
</translation>
    </message>
    <message>
        <source>  Answer rate        %1
</source>
        <translation>  Taxa de atendimento     %1
</translation>
    </message>
    <message>
        <source>  ASA (all arrivals) %1 s
</source>
        <translation>  TME (todas as chegadas) %1 s
</translation>
    </message>
    <message>
        <source>  Service level      %1 within %2 s
</source>
        <translation>  Nível de serviço        %1 em %2 s
</translation>
    </message>
    <message>
        <source>  Occupancy          %1
</source>
        <translation>  Ocupação                %1
</translation>
    </message>
    <message>
        <source>Calibrated: %1 arrivals/h, AHT %2 s, %3 agents, mean patience %4 s (%5)
</source>
        <translation>Calibrado: %1 chegadas/h, TMA %2 s, %3 agentes, paciência média %4 s (%5)
</translation>
    </message>
    <message>
        <source>%1 replications, 95% confidence:
</source>
        <translation>%1 replicações, confiança de 95%:
</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Answer rate</source>
        <translation>Taxa de atendimento</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Taxa de abandono</translation>
    </message>
    <message>
        <source>Average speed of answer (s)</source>
        <translation>Tempo médio de espera (s)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <source>Answered within 180 s</source>
        <translation>Atendidas em 180 s</translation>
    </message>
    <message>
        <source>Callbacks offered per hour</source>
        <translation>Retornos oferecidos por hora</translation>
    </message>
    <message>
        <source>Callbacks accepted per hour</source>
        <translation>Retornos aceitos por hora</translation>
    </message>
    <message>
        <source>Max-hold exits per hour</source>
        <translation>Saídas por espera máxima por hora</translation>
    </message>
</context>
<context>
    <name>PredictiveAdvisor</name>
    <message>
        <source>No calibration from recent metrics: nothing to predict from.</source>
        <translation>Sem calibração a partir de métricas recentes: nada a partir do qual prever.</translation>
    </message>
    <message>
        <source>The current strategy</source>
        <translation>A estratégia atual</translation>
    </message>
    <message>
        <source>your goal (%1) and the policy packs&apos; targets</source>
        <translation>sua meta (%1) e as metas dos pacotes de políticas</translation>
    </message>
    <message>
        <source>your goal (%1)</source>
        <translation>sua meta (%1)</translation>
    </message>
    <message>
        <source>every service target of the policy packs in force</source>
        <translation>todas as metas de serviço dos pacotes de políticas em vigor</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough traffic to judge: %n contact(s) in the calibration window; the advisor needs %1. Pick a longer window, or wait for calls.</source>
        <translation>
            <numerusform>Tráfego insuficiente para julgar: %n contato na janela de calibração; o assistente precisa de %1. Escolha uma janela mais longa ou aguarde chamadas.</numerusform>
            <numerusform>Tráfego insuficiente para julgar: %n contatos na janela de calibração; o assistente precisa de %1. Escolha uma janela mais longa ou aguarde chamadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No strategy the active rules allow: fix the findings first.</source>
        <translation>Nenhuma estratégia é permitida pelas regras ativas: corrija primeiro as observações.</translation>
    </message>
    <message>
        <source>No service target to aim at: threshold %1 gives the best predicted answer rate (%2).</source>
        <translation>Não há meta de serviço a perseguir: o limite %1 dá a melhor taxa de atendimento prevista (%2).</translation>
    </message>
    <message>
        <source> (the current strategy: short by %1)</source>
        <translation> (a estratégia atual: faltam %1)</translation>
    </message>
    <message>
        <source>No strategy the rules allow meets %1. The closest: %2, short by %3 points%4. %5</source>
        <translation>Nenhuma estratégia permitida pelas regras cumpre %1. A mais próxima: %2, à qual faltam %3 pontos%4. %5</translation>
    </message>
    <message>
        <source>without offering callbacks</source>
        <translation>sem oferecer retornos</translation>
    </message>
    <message>
        <source>with the fewest callbacks that do: %1 offered an hour</source>
        <translation>com o mínimo de retornos que o conseguem: %1 oferecidos por hora</translation>
    </message>
    <message>
        <source>with %1 callbacks offered an hour instead of %2</source>
        <translation>com %1 retornos oferecidos por hora em vez de %2</translation>
    </message>
    <message>
        <source>%1 meets %2, %3 (worst margin %4 points).</source>
        <translation>%1 cumpre %2, %3 (pior margem %4 pontos).</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <source>Service-goal advisor</source>
        <translation>Assistente de meta de serviço</translation>
    </message>
    <message>
        <source>No strategy the rules allow meets %1 without answering fewer callers: keep the current one, short by %2 points; more agents are the lever left. %3</source>
        <translation>Nenhuma estratégia permitida pelas regras cumpre %1 sem atender menos chamadores: mantenha a atual, à qual faltam %2 pontos; mais agentes é a alavanca que resta. %3</translation>
    </message>
</context>
<context>
    <name>QueueAdvisor</name>
    <message>
        <source>The history could not be read, so the last change is unknown: no advice. %1</source>
        <translation>Não foi possível ler o histórico, então a última alteração é desconhecida: sem recomendação. %1</translation>
    </message>
</context>
<context>
    <name>QueueChange</name>
    <message>
        <source>%1 cannot be set to &quot;%2&quot;.</source>
        <translation>%1 não pode ser definido como &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The tenant&apos;s answer has a malformed strategy: %1</source>
        <translation>A resposta do tenant tem uma estratégia malformada: %1</translation>
    </message>
    <message>
        <source>The tenant stored a different strategy: %1</source>
        <translation>O tenant guardou uma estratégia diferente: %1</translation>
    </message>
    <message>
        <source>The tenant did not keep the queue&apos;s other fields as sent (%1).</source>
        <translation>O tenant não manteve os demais campos da fila como foram enviados (%1).</translation>
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
        <translation>%1 deve ser um objeto</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1 deve ser um número inteiro</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fora do intervalo</translation>
    </message>
    <message>
        <source>%1 must be a boolean</source>
        <translation>%1 deve ser um booleano</translation>
    </message>
</context>
<context>
    <name>RatePolicy</name>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>stated by the tenant</source>
        <translation>informado pelo tenant</translation>
    </message>
    <message>
        <source>learnt</source>
        <translation>aprendido</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixado</translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid queue id (1 to 64 of A-Z a-z 0-9 _ . -).</source>
        <translation>&quot;%1&quot; não é um id de fila válido (1 a 64 caracteres entre A-Z a-z 0-9 _ . -).</translation>
    </message>
    <message>
        <source>the queue has no &quot;id&quot; string.</source>
        <translation>a fila não tem uma string &quot;id&quot;.</translation>
    </message>
    <message>
        <source>queue %1 has no integer &quot;version&quot;.</source>
        <translation>a fila %1 não tem um &quot;version&quot; inteiro.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>the database is not open: %1</source>
        <translation>o banco de dados não está aberto: %1</translation>
    </message>
    <message>
        <source>%1 migration %2 failed: %3</source>
        <translation>a migração %2 de %1 falhou: %3</translation>
    </message>
</context>
<context>
    <name>ServiceGoal</name>
    <message>
        <source>Your service goal: %1 % answered within %2 s.</source>
        <translation>Sua meta de serviço: %1 % atendidas em %2 s.</translation>
    </message>
    <message>
        <source>Your service goal (Preferences, or --goal)</source>
        <translation>Sua meta de serviço (Preferências, ou --goal)</translation>
    </message>
    <message>
        <source>Your service goal: at most %1 % abandoned.</source>
        <translation>Sua meta de serviço: no máximo %1 % abandonadas.</translation>
    </message>
    <message>
        <source>%1 % answered within %2 s, ≤ %3 % abandoned</source>
        <translation>%1 % atendidas em %2 s, ≤ %3 % abandonadas</translation>
    </message>
    <message>
        <source>a goal reads ANSWERED%/WITHIN_S[/MAX_ABANDONED%], e.g. 80/20/5</source>
        <translation>uma meta se escreve ATENDIDAS%/EM_S[/MAX_ABANDONADAS%], p. ex. 80/20/5</translation>
    </message>
    <message>
        <source>the answered share must be a percentage above 0 and at most 100</source>
        <translation>a parcela atendida deve ser uma porcentagem acima de 0 e no máximo 100</translation>
    </message>
    <message>
        <source>the answer time must be 1 to 3600 seconds</source>
        <translation>o tempo de atendimento deve ser de 1 a 3600 segundos</translation>
    </message>
    <message>
        <source>the abandoned share must be a percentage from 0 to 100</source>
        <translation>a parcela abandonada deve ser uma porcentagem de 0 a 100</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Definir %1 como %2</translation>
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
        <translation>Sem alterações</translation>
    </message>
</context>
<context>
    <name>StrategyFile</name>
    <message>
        <source>&quot;%1&quot; is not a wait-strategy field (positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime).</source>
        <translation>&quot;%1&quot; não é um campo da estratégia de espera (positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; deve ser true ou false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>no field to set.</source>
        <translation>nenhum campo a definir.</translation>
    </message>
    <message>
        <source>an export file holds exactly one key, &quot;queues&quot;, an array.</source>
        <translation>um arquivo de exportação contém exatamente uma chave, &quot;queues&quot;, um array.</translation>
    </message>
    <message>
        <source>queues[%1]</source>
        <translation>queues[%1]</translation>
    </message>
    <message>
        <source>%1 must be {&quot;queueId&quot;: ..., &quot;strategy&quot;: {...}}.</source>
        <translation>%1 deve ser {&quot;queueId&quot;: ..., &quot;strategy&quot;: {...}}.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a queue id.</source>
        <translation>%1: &quot;%2&quot; não é um id de fila.</translation>
    </message>
    <message>
        <source>%1: queue %2 appears twice.</source>
        <translation>%1: a fila %2 aparece duas vezes.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>the file names no queue.</source>
        <translation>o arquivo não indica nenhuma fila.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 não é um objeto JSON: %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>o nível superior não é um objeto</translation>
    </message>
</context>
<context>
    <name>StrategyValidator</name>
    <message>
        <source>Policy pack &quot;%1&quot; is selected but not installed; its rules were not checked.</source>
        <translation>O pacote de políticas &quot;%1&quot; está selecionado, mas não instalado; suas regras não foram verificadas.</translation>
    </message>
    <message>
        <source>%1 has no variants; the variant &quot;%2&quot; was ignored.</source>
        <translation>%1 não tem variantes; a variante &quot;%2&quot; foi ignorada.</translation>
    </message>
    <message>
        <source>%1 has no variant &quot;%2&quot;; its default variant &quot;%3&quot; was checked instead.</source>
        <translation>%1 não tem a variante &quot;%2&quot;; sua variante padrão &quot;%3&quot; foi verificada no lugar dela.</translation>
    </message>
</context>
<context>
    <name>StructuralRules</name>
    <message>
        <source>CXone rule: the range the Routing API accepts for this field</source>
        <translation>Regra do CXone: o intervalo que a API de roteamento aceita para este campo</translation>
    </message>
    <message>
        <source>%1 %2 is outside the range the tenant accepts (%3 to %4).</source>
        <extracomment>%1 field label, %2 value, %3 and %4 the allowed range</extracomment>
        <translation>%1 %2 está fora do intervalo que o tenant aceita (%3 a %4).</translation>
    </message>
    <message>
        <source>%1 %2 exceeds this tenant&apos;s maximum of %3.</source>
        <extracomment>%1 field label, %2 value, %3 the tenant&apos;s maximum</extracomment>
        <translation>%1 %2 excede o máximo deste tenant, %3.</translation>
    </message>
    <message>
        <source>This tenant&apos;s own limit (%1)</source>
        <translation>Limite próprio deste tenant (%1)</translation>
    </message>
    <message>
        <source>Callback position threshold %1 is above the position threshold %2; the tenant rejects this. Callers are only offered a callback by position while more than %2 are waiting, so set it to %2 or lower.</source>
        <translation>O limite de posição para retorno %1 está acima do limite de posição %2; o tenant rejeita isso. Os chamadores só recebem a oferta de retorno por posição enquanto há mais de %2 em espera, então defina-o como %2 ou menos.</translation>
    </message>
    <message>
        <source>CXone rule: the Routing API refuses such a queue</source>
        <translation>Regra do CXone: a API de roteamento recusa uma fila assim</translation>
    </message>
    <message>
        <source>The callback offer after %1 can never be made: every caller leaves the line at the maximum hold time of %2 first. Lower the abandonment threshold below %2, or set it to 0 to turn the offer off.</source>
        <translation>A oferta de retorno após %1 nunca pode ser feita: todos os chamadores saem da linha antes, ao atingir o tempo máximo de espera de %2. Reduza o limite de abandono para menos de %2 ou defina-o como 0 para desativar a oferta.</translation>
    </message>
    <message>
        <source>How CXone&apos;s wait strategy works: the time-based callback offer</source>
        <translation>Como funciona a estratégia de espera do CXone: a oferta de retorno por tempo</translation>
    </message>
</context>
<context>
    <name>TargetEvaluation</name>
    <message>
        <source>at least %1 answered within %2 s</source>
        <translation>pelo menos %1 atendidas em %2 s</translation>
    </message>
    <message>
        <source>at most %1 abandoned</source>
        <translation>no máximo %1 abandonadas</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>atende</translation>
    </message>
    <message>
        <source>probably meets</source>
        <translation>provavelmente atende</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>não atende</translation>
    </message>
    <message>
        <source>probably misses</source>
        <translation>provavelmente não atende</translation>
    </message>
    <message>
        <source>Predicted %1; %2 the target (%3), margin %4 points.</source>
        <translation>Previsto %1; %2 a meta (%3), margem de %4 pontos.</translation>
    </message>
</context>
<context>
    <name>ThresholdAdvisor</name>
    <message>
        <source>The number of contacts behind the answer rate is not known: not enough to judge.</source>
        <translation>Não se sabe quantos contatos há por trás da taxa de atendimento: não basta para julgar.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough traffic to judge: %n contact(s) in the window (answer rate %1, somewhere between %2 and %3 %); the advisor needs %4.</source>
        <extracomment>%n contacts in the window, %1 the answer rate, %2-%3 its 95 % interval, %4 the minimum</extracomment>
        <translation>
            <numerusform>Tráfego insuficiente para julgar: %n contato na janela (taxa de atendimento %1, entre %2 e %3 %); o assistente precisa de %4.</numerusform>
            <numerusform>Tráfego insuficiente para julgar: %n contatos na janela (taxa de atendimento %1, entre %2 e %3 %); o assistente precisa de %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% (%2–%3 %, %n contact(s))</source>
        <extracomment>an answer rate with its 95 % interval and sample: &quot;72.0% (63–80 %, 96 contacts)&quot;</extracomment>
        <translation>
            <numerusform>%1% (%2–%3 %, %n contato)</numerusform>
            <numerusform>%1% (%2–%3 %, %n contatos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer-rate rule</source>
        <translation>Regra da taxa de atendimento</translation>
    </message>
    <message>
        <source>No contacts in the window: no answer rate to act on.</source>
        <translation>Nenhum contato na janela: não há taxa de atendimento para agir.</translation>
    </message>
    <message>
        <source>Answer rate %1; waiting for the last change to settle (cooldown %2 min).</source>
        <translation>Taxa de atendimento %1; aguardando a última alteração se estabilizar (carência de %2 min).</translation>
    </message>
    <message>
        <source>Answer rate %1 is within %2–%3%: keep the threshold.</source>
        <translation>A taxa de atendimento %1 está entre %2 e %3%: mantenha o limite.</translation>
    </message>
    <message>
        <source>Answer rate %1, but the threshold is already at its limit.</source>
        <translation>Taxa de atendimento %1, mas o limite já está no seu extremo.</translation>
    </message>
    <message>
        <source>Answer rate %1 is low (agents are busy): offer callbacks sooner, threshold %2 → %3.</source>
        <translation>A taxa de atendimento %1 está baixa (agentes ocupados): oferecer retorno mais cedo, limite %2 → %3.</translation>
    </message>
    <message>
        <source>Answer rate %1 is high (capacity is free): offer callbacks later, threshold %2 → %3.</source>
        <translation>A taxa de atendimento %1 está alta (há capacidade livre): oferecer retorno mais tarde, limite %2 → %3.</translation>
    </message>
</context>
<context>
    <name>TuneCommand</name>
    <message>
        <source>the last 5 minutes</source>
        <translation>os últimos 5 minutos</translation>
    </message>
    <message>
        <source>the last hour</source>
        <translation>a última hora</translation>
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
        <translation>Limite de posição</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>Callback position threshold</source>
        <translation>Limite de posição para retorno</translation>
    </message>
    <message>
        <source>Abandonment threshold</source>
        <translation>Limite de abandono</translation>
    </message>
    <message>
        <source>Maximum hold time</source>
        <translation>Tempo máximo de espera</translation>
    </message>
    <message>
        <source>%1 must be on or off (true/false), not &quot;%2&quot;.</source>
        <translation>%1 deve ser on ou off (true/false), não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 deve ser um número inteiro, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Expected FIELD=VALUE, got &quot;%1&quot;.</source>
        <translation>Esperado FIELD=VALUE, recebido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are %2.</source>
        <translation>Campo desconhecido &quot;%1&quot;; os campos são %2.</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>A callback setting: offered</extracomment>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>A callback setting: not offered</extracomment>
        <translation>desativado</translation>
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
        <translation>Último dia</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Not connected to a tenant: nothing to calibrate from.</source>
        <translation>Sem conexão com um tenant: nada a partir do qual calibrar.</translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation>Não foi possível ler a fila: %1</translation>
    </message>
    <message>
        <source>Could not read the queue&apos;s metrics: %1</source>
        <translation>Não foi possível ler as métricas da fila: %1</translation>
    </message>
    <message>
        <source>No calls in the window (%1) yet: nothing to calibrate from. Pick a longer window, or wait for traffic.</source>
        <translation>Ainda não há chamadas na janela (%1): nada a partir do qual calibrar. Escolha uma janela mais longa ou aguarde tráfego.</translation>
    </message>
    <message>
        <source>No agents were staffed in the window (%1): nothing to predict with.</source>
        <translation>Nenhum agente estava escalado na janela (%1): nada com que prever.</translation>
    </message>
</context>
<context>
    <name>holdline::OpeningHours</name>
    <message>
        <source>hoursOfOperation is not an object</source>
        <translation>hoursOfOperation não é um objeto</translation>
    </message>
    <message>
        <source>%1 has %2 entries; a week has 7 days</source>
        <translation>%1 tem %2 entradas; uma semana tem 7 dias</translation>
    </message>
    <message>
        <source>%1 is not a day of the week named once</source>
        <translation>%1 não é um dia da semana nomeado uma única vez</translation>
    </message>
    <message>
        <source>%1 needs open and close as HH:MM, open before close</source>
        <translation>%1 precisa de abertura e fechamento como HH:MM, a abertura antes do fechamento</translation>
    </message>
</context>
<context>
    <name>holdline::OptionChecker</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>--%1: &quot;%2&quot; não é um número inteiro de %3 a %4.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number from %3 to %4.</source>
        <translation>--%1: &quot;%2&quot; não é um número de %3 a %4.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation>--%1: &quot;%2&quot; não é uma URL http(s).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a UTC time like 2026-11-25T11:00:00Z.</source>
        <translation>--%1: &quot;%2&quot; não é uma hora UTC como 2026-11-25T11:00:00Z.</translation>
    </message>
</context>
<context>
    <name>holdline::TenantSession</name>
    <message>
        <source>A client id and secret are needed to connect.</source>
        <translation>É preciso um id do cliente e um segredo para conectar.</translation>
    </message>
    <message>
        <source>The history cannot be used: %1</source>
        <translation>O histórico não pode ser usado: %1</translation>
    </message>
</context>
<context>
    <name>holdline::api::AnalyticsClient</name>
    <message>
        <source>a record has no &quot;queue.id&quot; string.</source>
        <translation>um registro não tem uma string &quot;queue.id&quot;.</translation>
    </message>
    <message>
        <source>a record of %1 has no valid &quot;interval.start&quot;.</source>
        <translation>um registro de %1 não tem um &quot;interval.start&quot; válido.</translation>
    </message>
    <message>
        <source>a record of %1 lacks the selected metric &quot;%2&quot;.</source>
        <translation>falta a um registro de %1 a métrica selecionada &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is neither a number nor null.</source>
        <translation>&quot;%1&quot; de %2 não é nem um número nem null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is %3, not a rate between 0 and 1.</source>
        <translation>&quot;%1&quot; de %2 é %3, não uma taxa entre 0 e 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is %3, not a count, time or staffing level.</source>
        <translation>&quot;%1&quot; de %2 é %3, não uma contagem, um tempo nem um nível de pessoal.</translation>
    </message>
</context>
<context>
    <name>holdline::api::AnalyticsReply</name>
    <message>
        <source>the analytics answer has no &quot;data&quot; array.</source>
        <translation>a resposta da análise não tem um array &quot;data&quot;.</translation>
    </message>
    <message>
        <source>the analytics answer&apos;s continuationToken is not a string.</source>
        <translation>o continuationToken da resposta da análise não é uma string.</translation>
    </message>
    <message>
        <source>the tenant sent the same continuationToken again after %1 pages; the answer would never end.</source>
        <translation>o tenant enviou de novo o mesmo continuationToken após %1 páginas; a resposta nunca terminaria.</translation>
    </message>
    <message>
        <source>the analytics answer runs past %1 pages; Holdline reads no more.</source>
        <translation>a resposta de análise passa de %1 páginas; o Holdline não lê mais.</translation>
    </message>
</context>
<context>
    <name>holdline::api::ApiClient</name>
    <message>
        <source>No tenant is connected.</source>
        <translation>Nenhum tenant está conectado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 got no answer within %2 s.</source>
        <translation>%1 não obteve resposta em %2 s.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>A conexão TLS com %1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>It may or may not have been applied; read the current state before trying again.</source>
        <translation>Pode ter sido aplicado ou não; leia o estado atual antes de tentar novamente.</translation>
    </message>
    <message>
        <source>%1: the tenant&apos;s answer is larger than %2 MiB, more than Holdline reads; it was not read.</source>
        <translation>%1: a resposta do tenant passa de %2 MiB, mais do que o Holdline lê; não foi lida.</translation>
    </message>
    <message>
        <source>%1: the tenant began to answer (HTTP %2) but did not finish within %3 s.</source>
        <translation>%1: o tenant começou a responder (HTTP %2) mas não terminou em %3 s.</translation>
    </message>
    <message>
        <source>%1: the tenant answered %2 and asked to wait %3 s before trying again; Holdline waits at most %4 s, so it gave up.</source>
        <translation>%1: o tenant respondeu %2 e pediu para esperar %3 s antes de tentar de novo; o Holdline espera no máximo %4 s, então desistiu.</translation>
    </message>
    <message numerus="yes">
        <source>Holdline gave up after %n attempt(s): no more fit in the %1 s it gives one call.</source>
        <translation>
            <numerusform>O Holdline desistiu após %n tentativa: não cabem mais nos %1 s que ele dá a uma chamada.</numerusform>
            <numerusform>O Holdline desistiu após %n tentativas: não cabem mais nos %1 s que ele dá a uma chamada.</numerusform>
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
        <translation>%1 respondeu com um corpo que não é JSON (%2 na posição %3).</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an object.</source>
        <translation>%1 respondeu com um JSON que não é um objeto.</translation>
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
        <translation>a página %1 da lista de filas não tem um array &quot;entities&quot;.</translation>
    </message>
    <message>
        <source>the queue list has no integer &quot;pageCount&quot;.</source>
        <translation>a lista de filas não tem um &quot;pageCount&quot; inteiro.</translation>
    </message>
    <message>
        <source>page %1, entity %2: %3</source>
        <translation>página %1, entidade %2: %3</translation>
    </message>
    <message>
        <source>page %1 of the queue list holds %2 queues, more than the %3 asked for.</source>
        <translation>a página %1 da lista de filas tem %2 filas, mais do que as %3 pedidas.</translation>
    </message>
    <message>
        <source>the queue list claims %1 pages of %2; Holdline reads at most %3 pages.</source>
        <translation>a lista de filas diz ter %1 páginas de %2; o Holdline lê no máximo %3 páginas.</translation>
    </message>
    <message>
        <source>the queue list has %1 pages of %2, more than the %3 to be read.</source>
        <translation>a lista de filas tem %1 páginas de %2, mais do que as %3 a ler.</translation>
    </message>
</context>
<context>
    <name>holdline::api::QueueReply</name>
    <message>
        <source>asked about queue %1, the tenant answered about queue %2; nothing is taken from that answer.</source>
        <translation>perguntou-se pela fila %1 e o tenant respondeu sobre a fila %2; nada é aproveitado dessa resposta.</translation>
    </message>
</context>
<context>
    <name>holdline::api::RoutingClient</name>
    <message>
        <source>the object to write as queue %1 names queue %2; nothing was written.</source>
        <translation>o objeto a gravar como fila %1 indica a fila %2; nada foi gravado.</translation>
    </message>
</context>
<context>
    <name>holdline::api::TokenManager</name>
    <message>
        <source>the token answer has no access_token.</source>
        <translation>a resposta do token não tem access_token.</translation>
    </message>
    <message>
        <source>the token answer&apos;s expires_in (%1) is not at least %2 s: a token that short would be fetched again for every call.</source>
        <translation>o expires_in da resposta do token (%1) não chega a %2 s: um token tão curto seria pedido de novo a cada chamada.</translation>
    </message>
</context>
<context>
    <name>holdline::cli::AuditCommand</name>
    <message>
        <source>the history is not intact: entry #%1 is the first bad one: %2</source>
        <translation>o histórico não está íntegro: a entrada nº %1 é a primeira inválida: %2</translation>
    </message>
    <message>
        <source>The history is intact: its %1 entries chain correctly under this history&apos;s key, up to its anchor (entry #%2, kept in the keychain); none was altered, inserted or deleted.</source>
        <translation>O histórico está intacto: suas %1 entradas se encadeiam corretamente sob a chave deste histórico, até sua âncora (entrada #%2, guardada no chaveiro); nenhuma foi alterada, inserida ou apagada.</translation>
    </message>
    <message>
        <source>The history&apos;s %1 entries chain correctly.</source>
        <translation>As %1 entradas do histórico se encadeiam corretamente.</translation>
    </message>
    <message>
        <source>the history cannot be trusted: %1</source>
        <translation>o histórico não é confiável: %1</translation>
    </message>
</context>
<context>
    <name>holdline::cli::CliApp</name>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>comando desconhecido &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>holdline::cli::CliContext</name>
    <message>
        <source>cannot open the history at %1: %2</source>
        <translation>não é possível abrir o histórico em %1: %2</translation>
    </message>
    <message>
        <source>the sandbox tenant did not start: %1</source>
        <translation>o tenant sandbox não iniciou: %1</translation>
    </message>
    <message>
        <source>Sandbox tenant at %1 (seed %2, %3 queues, %4x speed).</source>
        <translation>Tenant sandbox em %1 (semente %2, %3 filas, velocidade %4x).</translation>
    </message>
    <message>
        <source>Starting the sandbox tenant (simulating its recent history)...</source>
        <translation>Iniciando o tenant sandbox (simulando seu histórico recente)...</translation>
    </message>
    <message>
        <source>no secret stored for client %1 at %2: run &apos;holdline-cli login --base-url %2 --client-id %1&apos;, or set CXONE_CLIENT_SECRET.</source>
        <translation>nenhum segredo guardado para o cliente %1 em %2: execute &apos;holdline-cli login --base-url %2 --client-id %1&apos; ou defina CXONE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>the keychain could not give the secret (%1); set CXONE_CLIENT_SECRET instead.</source>
        <translation>o chaveiro não conseguiu fornecer o segredo (%1); defina CXONE_CLIENT_SECRET em vez disso.</translation>
    </message>
    <message>
        <source>Settled pending entry #%1 (%2) left by an interrupted run: %3. %4</source>
        <translation>Resolvida a entrada pendente nº %1 (%2) deixada por uma execução interrompida: %3. %4</translation>
    </message>
    <message>
        <source>Could not check for interrupted changes: %1</source>
        <translation>Não foi possível verificar se há alterações interrompidas: %1</translation>
    </message>
</context>
<context>
    <name>holdline::cli::DeployCommand</name>
    <message>
        <source>%1 is not an export file ({&quot;queues&quot;: [...]}); use deploy --file for one strategy.</source>
        <translation>%1 não é um arquivo de exportação ({&quot;queues&quot;: [...]}); use deploy --file para uma única estratégia.</translation>
    </message>
    <message>
        <source>%1 names its queues; use &apos;import %1&apos; rather than --all.</source>
        <translation>%1 indica suas filas; use &apos;import %1&apos; em vez de --all.</translation>
    </message>
    <message>
        <source>cannot list the queues</source>
        <translation>não é possível listar as filas</translation>
    </message>
    <message>
        <source>no queue matches &quot;%1&quot;; nothing was changed.</source>
        <translation>nenhuma fila corresponde a &quot;%1&quot;; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 has no strategy for queue %2; nothing was changed.</source>
        <translation>%1 não tem estratégia para a fila %2; nada foi alterado.</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Implantando</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>filas</translation>
    </message>
    <message>
        <source> (entry #%1)</source>
        <translation> (entrada nº %1)</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 delivered to %3; the rest stay queued and are retried.</source>
        <translation>Sincronização: %1 de %2 entregues a %3; o restante continua na fila e será tentado novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s): </source>
        <translation>
            <numerusform>%n fila: </numerusform>
            <numerusform>%n filas: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::cli::ExportCommand</name>
    <message>
        <source>cannot list the queues</source>
        <translation>não é possível listar as filas</translation>
    </message>
    <message>
        <source>cannot read queue %1</source>
        <translation>não é possível ler a fila %1</translation>
    </message>
    <message>
        <source>not exported, malformed wait strategy: %1</source>
        <translation>não exportada, estratégia de espera malformada: %1</translation>
    </message>
</context>
<context>
    <name>holdline::cli::HistoryCommand</name>
    <message>
        <source>cannot read the history: %1</source>
        <translation>não é possível ler o histórico: %1</translation>
    </message>
    <message>
        <source>No history for this tenant yet. (Each --sandbox run is a new tenant; run holdline-sandbox and use --base-url to keep one across commands.)</source>
        <translation>Ainda não há histórico para este tenant. (Cada execução com --sandbox é um tenant novo; execute holdline-sandbox e use --base-url para manter um entre comandos.)</translation>
    </message>
    <message>
        <source>No history for this tenant yet.</source>
        <translation>Ainda não há histórico para este tenant.</translation>
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
        <translation>AÇÃO</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>FILA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAGEM</translation>
    </message>
</context>
<context>
    <name>holdline::cli::HistoryMigrateCommand</name>
    <message>
        <source>the history is not intact (%1); nothing was copied. Run &apos;holdline-cli audit verify&apos;.</source>
        <translation>o histórico não está intacto (%1); nada foi copiado. Execute &apos;holdline-cli audit verify&apos;.</translation>
    </message>
    <message>
        <source>cannot open the team&apos;s history at %1: %2</source>
        <translation>não é possível abrir o histórico da equipe em %1: %2</translation>
    </message>
    <message>
        <source>the history was not copied to %1: %2</source>
        <translation>o histórico não foi copiado para %1: %2</translation>
    </message>
    <message>
        <source>the copy could not be opened to check it: %1</source>
        <translation>não foi possível abrir a cópia para verificá-la: %1</translation>
    </message>
    <message>
        <source>Copied %1 entries into %2; the copy&apos;s chain is intact%3. From now on use --history-db %2. Each member needs the chain key of history %4 in their keychain (keychain item %5; see docs/team-history.md).</source>
        <translation>%1 entradas copiadas para %2; a cadeia da cópia está intacta%3. A partir de agora use --history-db %2. Cada membro precisa da chave da cadeia do histórico %4 no seu chaveiro (item do chaveiro %5; veja docs/team-history.md).</translation>
    </message>
    <message>
        <source> under the history&apos;s key, up to its anchor (entry #%1)</source>
        <translation> sob a chave do histórico, até sua âncora (entrada #%1)</translation>
    </message>
    <message>
        <source>the copy at %1 does not verify: %2</source>
        <translation>a cópia em %1 não se verifica: %2</translation>
    </message>
</context>
<context>
    <name>holdline::cli::LoginCommand</name>
    <message>
        <source>no secret given on stdin; nothing was stored.</source>
        <translation>nenhum segredo recebido na stdin; nada foi guardado.</translation>
    </message>
    <message>
        <source>Stored the secret of client %1 for %2 in the keychain.</source>
        <translation>O segredo do cliente %1 para %2 foi guardado no chaveiro.</translation>
    </message>
    <message>
        <source>no keychain is available on this system, so the secret was NOT stored. Set CXONE_CLIENT_SECRET for each run instead.</source>
        <translation>não há chaveiro disponível neste sistema, então o segredo NÃO foi guardado. Defina CXONE_CLIENT_SECRET em cada execução.</translation>
    </message>
    <message>
        <source>the keychain refused to store the secret: %1</source>
        <translation>o chaveiro se recusou a guardar o segredo: %1</translation>
    </message>
</context>
<context>
    <name>holdline::cli::MetricsCommand</name>
    <message>
        <source>cannot read the metrics of %1</source>
        <translation>não é possível ler as métricas de %1</translation>
    </message>
    <message>
        <source>Metrics of %1 over %2%3:</source>
        <translation>Métricas de %1 em %2%3:</translation>
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
        <translation>  (nenhum registro)</translation>
    </message>
</context>
<context>
    <name>holdline::cli::PlanCommand</name>
    <message>
        <source>%1 has no strategy for queue %2.</source>
        <translation>%1 não tem estratégia para a fila %2.</translation>
    </message>
    <message>
        <source>Plan for %1 (nothing is written):</source>
        <translation>Plano para %1 (nada é gravado):</translation>
    </message>
    <message>
        <source>  No changes: the queue is already at this strategy.</source>
        <translation>  Sem alterações: a fila já tem esta estratégia.</translation>
    </message>
    <message>
        <source>Blocked: this change would be refused.</source>
        <translation>Bloqueado: esta alteração seria recusada.</translation>
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
        <translation>Não foi possível ler a fila %1</translation>
    </message>
    <message>
        <source>Queue %1 has a malformed wait strategy: %2</source>
        <translation>A fila %1 tem uma estratégia de espera malformada: %2</translation>
    </message>
</context>
<context>
    <name>holdline::cli::QueuesCommand</name>
    <message>
        <source>Reading queues</source>
        <translation>Lendo filas</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <source>cannot list the queues</source>
        <translation>não é possível listar as filas</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>LIMITE</translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation>RETORNO</translation>
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
        <translation>ativado, posição &gt; %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(malformed: %1)</source>
        <translation>(malformada: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s).</source>
        <translation>
            <numerusform>Filas: %n.</numerusform>
            <numerusform>%n filas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::cli::RollbackCommand</name>
    <message>
        <source>cannot read the history: %1</source>
        <translation>não é possível ler o histórico: %1</translation>
    </message>
    <message>
        <source>Undoing entry #%1 (%2 %3: %4).</source>
        <translation>Desfazendo a entrada nº %1 (%2 %3: %4).</translation>
    </message>
    <message>
        <source>the history holds no completed change of %1 on this tenant to undo.</source>
        <translation>o histórico não contém nenhuma alteração concluída de %1 neste tenant para desfazer.</translation>
    </message>
    <message>
        <source>Rolled back %1 to the strategy %2 entry #%3: %4 (entry #%5).</source>
        <translation>Fila %1 revertida para a estratégia %2 entrada nº %3: %4 (entrada nº %5).</translation>
    </message>
    <message>
        <source>before</source>
        <translation>anterior à</translation>
    </message>
    <message>
        <source>after</source>
        <translation>posterior à</translation>
    </message>
    <message>
        <source>%1 already has the strategy %2 entry #%3; nothing was written.</source>
        <translation>A fila %1 já tem a estratégia %2 entrada nº %3; nada foi gravado.</translation>
    </message>
    <message>
        <source>rollback of %1 %2: %3</source>
        <translation>reversão de %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>holdline::cli::ShowCommand</name>
    <message>
        <source>cannot read queue %1</source>
        <translation>não é possível ler a fila %1</translation>
    </message>
    <message>
        <source>%1 — %2 (version %3)</source>
        <translation>%1 — %2 (versão %3)</translation>
    </message>
    <message>
        <source>  The wait strategy is malformed:
  %1</source>
        <translation>  A estratégia de espera está malformada:
  %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Nenhum apontamento.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Apontamentos:</translation>
    </message>
</context>
<context>
    <name>holdline::cli::TuneCommand</name>
    <message>
        <source>cannot list the queues</source>
        <translation>não é possível listar as filas</translation>
    </message>
    <message>
        <source>cannot read the answer rates</source>
        <translation>não é possível ler as taxas de atendimento</translation>
    </message>
    <message>
        <source>Skipped %1 queue(s) whose strategy already breaks a policy (they need a person: see &apos;show&apos;).</source>
        <translation>%1 fila(s) ignorada(s) porque a estratégia já viola uma política (precisam de uma pessoa: veja &apos;show&apos;).</translation>
    </message>
    <message>
        <source>cannot read queue %1</source>
        <translation>não é possível ler a fila %1</translation>
    </message>
    <message>
        <source>queue %1 has a malformed wait strategy: %2</source>
        <translation>a fila %1 tem uma estratégia de espera malformada: %2</translation>
    </message>
    <message>
        <source>Tuning %1 — %2
   now: %3</source>
        <translation>Ajustando %1 — %2
   agora: %3</translation>
    </message>
    <message>
        <source>cannot read the answer rate of %1</source>
        <translation>não é possível ler a taxa de atendimento de %1</translation>
    </message>
    <message>
        <source>Answer rate over the last 5 minutes: %1 (%2 contacts offered).</source>
        <translation>Taxa de atendimento nos últimos 5 minutos: %1 (%2 contatos oferecidos).</translation>
    </message>
    <message>
        <source>Advice (%1): %2</source>
        <translation>Recomendação (%1): %2</translation>
    </message>
    <message>
        <source>   change: %1</source>
        <translation>   alteração: %1</translation>
    </message>
    <message>
        <source>Nothing to deploy: the queue keeps its strategy.</source>
        <translation>Nada a implantar: a fila mantém sua estratégia.</translation>
    </message>
    <message>
        <source>Deploy: blocked, nothing written. %1</source>
        <translation>Implantação: bloqueada, nada gravado. %1</translation>
    </message>
    <message>
        <source>tune %1: the advised strategy breaks a policy; fix the queue first (see &apos;show %1&apos; and &apos;plan %1&apos;).</source>
        <translation>tune %1: a estratégia recomendada viola uma política; corrija a fila primeiro (veja &apos;show %1&apos; e &apos;plan %1&apos;).</translation>
    </message>
    <message>
        <source>Deploy: %1. %2</source>
        <translation>Implantação: %1. %2</translation>
    </message>
    <message>
        <source>tune %1: the deploy did not go through: %2</source>
        <translation>tune %1: a implantação não foi concluída: %2</translation>
    </message>
    <message>
        <source>Deploy: written at version %1 and verified (history entry #%2): %3.</source>
        <translation>Implantação: gravada na versão %1 e verificada (entrada do histórico nº %2): %3.</translation>
    </message>
    <message>
        <source>Sync: no endpoint configured (--sync-endpoint); skipped.</source>
        <translation>Sincronização: nenhum endpoint configurado (--sync-endpoint); ignorada.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ainda sem resposta</translation>
    </message>
    <message>
        <source>Sync: not delivered to %1 yet (%2); it stays queued and is retried, the deploy stands.</source>
        <translation>Sincronização: ainda não entregue a %1 (%2); continua na fila e será tentada novamente, a implantação se mantém.</translation>
    </message>
    <message>
        <source>Sync: the new strategy was delivered to %1 (attempt %2).</source>
        <translation>Sincronização: a nova estratégia foi entregue a %1 (tentativa %2).</translation>
    </message>
    <message>
        <source>Metrics: unavailable (%1); the guard reads them again later.</source>
        <translation>Métricas: indisponíveis (%1); a proteção as lê novamente mais tarde.</translation>
    </message>
    <message>
        <source>Metrics over %1: %2 offered, %3 answered, %4 abandoned, average wait %5, callback conversion %6.</source>
        <translation>Métricas de %1: %2 oferecidos, %3 atendidos, %4 abandonados, espera média %5, conversão em retorno %6.</translation>
    </message>
    <message>
        <source>Guard: comparing the %1 of tenant time after the deploy with the %1 before it%2.</source>
        <translation>Proteção: comparando os %1 de tempo do tenant após a implantação com os %1 anteriores%2.</translation>
    </message>
    <message>
        <source> (the sandbox&apos;s clock is moved on, so this takes moments)</source>
        <translation> (o relógio do sandbox é adiantado, então isto leva instantes)</translation>
    </message>
    <message>
        <source> (waiting for the tenant&apos;s clock)</source>
        <translation> (aguardando o relógio do tenant)</translation>
    </message>
    <message>
        <source>   Guard window</source>
        <translation>   Janela da proteção</translation>
    </message>
    <message>
        <source>s of tenant time</source>
        <translation>s de tempo do tenant</translation>
    </message>
    <message>
        <source>   Guard: could not read the metrics (%1); trying again.</source>
        <translation>   Proteção: não foi possível ler as métricas (%1); tentando novamente.</translation>
    </message>
    <message>
        <source>   before: answered %1, abandoned %2, wait %3, conversion %4 (%5 offered)</source>
        <translation>   antes:  atendidos %1, abandonados %2, espera %3, conversão %4 (%5 oferecidos)</translation>
    </message>
    <message>
        <source>   after:  answered %1, abandoned %2, wait %3, conversion %4 (%5 offered)</source>
        <translation>   depois: atendidos %1, abandonados %2, espera %3, conversão %4 (%5 oferecidos)</translation>
    </message>
    <message>
        <source>   Verdict: %1. %2</source>
        <translation>   Veredito: %1. %2</translation>
    </message>
    <message>
        <source>No rule was breached.</source>
        <translation>Nenhuma regra foi violada.</translation>
    </message>
    <message>
        <source>Alert only (--alert-only): the change stays; consider &apos;holdline-cli rollback %1&apos;.</source>
        <translation>Apenas alerta (--alert-only): a alteração se mantém; considere &apos;holdline-cli rollback %1&apos;.</translation>
    </message>
    <message>
        <source>Rolled back automatically: %1 (history entry #%2).</source>
        <translation>Revertido automaticamente: %1 (entrada do histórico nº %2).</translation>
    </message>
    <message>
        <source>no queue to tune: none had %1 or more contacts in the last hour with a strategy the policies allow (%2 break a policy already; see &apos;show&apos;).</source>
        <translation>nenhuma fila para ajustar: nenhuma teve %1 ou mais contatos na última hora com uma estratégia que as políticas permitem (%2 já violam uma política; veja &apos;show&apos;).</translation>
    </message>
    <message>
        <source>Picked %1 of %2 queues: its answer rate (%3 of %4 contacts over %5) is the furthest outside %6–%7%.</source>
        <translation>Escolhida %1 de %2 filas: sua taxa de atendimento (%3 de %4 contatos em %5) é a mais distante do intervalo %6–%7%.</translation>
    </message>
    <message>
        <source>Answer rate: not enough traffic to judge (%1 contact(s) in the last hour; the advisor needs %2).</source>
        <translation>Taxa de atendimento: tráfego insuficiente para julgar (%1 contato(s) na última hora; a recomendação precisa de %2).</translation>
    </message>
    <message>
        <source>Answer rate: too few contacts in the last 5 minutes, so the last hour: %1 of %2 contacts answered.</source>
        <translation>Taxa de atendimento: poucos contatos nos últimos 5 minutos, então a última hora: %1 de %2 contatos atendidos.</translation>
    </message>
    <message>
        <source>Picked %1 of %2 queues: its answer rate (%3 of %4 contacts over %5) is the lowest.</source>
        <translation>Escolhida %1 de %2 filas: sua taxa de atendimento (%3 de %4 contatos em %5) é a mais baixa.</translation>
    </message>
    <message>
        <source>service goal %1</source>
        <translation>meta de serviço %1</translation>
    </message>
    <message>
        <source>No advice: %1</source>
        <translation>Sem conselho: %1</translation>
    </message>
    <message>
        <source>Nothing deployed: the closest strategy still misses the goal, so a person decides (the GUI&apos;s Suggest shows it; &apos;deploy %1 --set …&apos; writes it).</source>
        <translation>Nada implantado: a estratégia mais próxima ainda não cumpre a meta, então uma pessoa decide (Sugerir na interface a mostra; &apos;deploy %1 --set …&apos; a grava).</translation>
    </message>
</context>
<context>
    <name>holdline::cli::WatchCommand</name>
    <message>
        <source>%1: guard verdict on entry #%2: %3. %4%5</source>
        <translation>%1: veredito da proteção sobre a entrada nº %2: %3. %4%5</translation>
    </message>
    <message>
        <source> Rolling back.</source>
        <translation> Revertendo.</translation>
    </message>
    <message>
        <source>%1: guard rollback %2 (entry #%3).</source>
        <translation>%1: reversão pela proteção %2 (entrada nº %3).</translation>
    </message>
    <message>
        <source>Watching %1 every %2 s; advice is deployed and guarded (%3 min windows). Ctrl+C stops.</source>
        <translation>Monitorando %1 a cada %2 s; as recomendações são implantadas e protegidas (janelas de %3 min). Ctrl+C interrompe.</translation>
    </message>
    <message>
        <source>cannot read the answer rates: %1</source>
        <translation>não é possível ler as taxas de atendimento: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the queue: %2</source>
        <translation>%1: não é possível ler a fila: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3%4</source>
        <translation>%1: %2: %3%4</translation>
    </message>
    <message>
        <source>Stopping on %1%2.</source>
        <translation>Parando por %1%2.</translation>
    </message>
    <message>
        <source> once running deploys finish</source>
        <translation> quando as implantações em andamento terminarem</translation>
    </message>
    <message>
        <source>every queue</source>
        <translation>todas as filas</translation>
    </message>
    <message>
        <source>cannot list the queues: %1</source>
        <translation>não é possível listar as filas: %1</translation>
    </message>
    <message>
        <source>cannot claim the queues in the history: %1</source>
        <translation>não é possível reivindicar as filas no histórico: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n queue(s); %1 watched by another instance.</source>
        <translation>
            <numerusform>Vigiando %n fila; %1 vigiadas por outra instância.</numerusform>
            <numerusform>Vigiando %n filas; %1 vigiadas por outra instância.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n queue(s).</source>
        <translation>
            <numerusform>Vigiando %n fila.</numerusform>
            <numerusform>Vigiando %n filas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::credentials::CredentialStore</name>
    <message>
        <source>No keychain is available on this system; the secret is kept for this session only.</source>
        <translation>Não há chaveiro disponível neste sistema; o segredo é mantido apenas nesta sessão.</translation>
    </message>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>Nenhum segredo está guardado para esta conexão.</translation>
    </message>
    <message>
        <source>The keychain did not answer. Is it locked, or waiting for a password prompt?</source>
        <translation>O chaveiro não respondeu. Ele está bloqueado ou aguardando uma solicitação de senha?</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>O acesso ao chaveiro foi negado: %1</translation>
    </message>
    <message>
        <source>No usable keychain on this system (%1); the secret is kept for this session only.</source>
        <translation>Nenhum chaveiro utilizável neste sistema (%1); o segredo é mantido apenas nesta sessão.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>O chaveiro falhou: %1</translation>
    </message>
</context>
<context>
    <name>holdline::deploy::BulkDeployment</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de começar.</translation>
    </message>
</context>
<context>
    <name>holdline::deploy::DeployJob</name>
    <message>
        <source>History entry %1 does not exist.</source>
        <translation>A entrada do histórico %1 não existe.</translation>
    </message>
    <message>
        <source>History entry %1 is about queue %2, not %3.</source>
        <translation>A entrada do histórico %1 é da fila %2, não de %3.</translation>
    </message>
    <message>
        <source>History entry %1 holds no complete strategy to restore: %2</source>
        <translation>A entrada do histórico %1 não contém uma estratégia completa para restaurar: %2</translation>
    </message>
    <message>
        <source>Could not read queue %1: %2</source>
        <translation>Não foi possível ler a fila %1: %2</translation>
    </message>
    <message>
        <source>Queue %1 has a malformed wait strategy: %2</source>
        <translation>A fila %1 tem uma estratégia de espera malformada: %2</translation>
    </message>
    <message>
        <source>Someone else changed queue %1 since Holdline last did (%2). Nothing was changed; force the rollback to overwrite their change.</source>
        <translation>Outra pessoa alterou a fila %1 depois da última alteração do Holdline (%2). Nada foi alterado; force a reversão para sobrescrever a alteração dela.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Cancelado antes de qualquer gravação.</translation>
    </message>
    <message>
        <source>Could not record the change in the history, so nothing was written: %1</source>
        <translation>Não foi possível registrar a alteração no histórico, então nada foi gravado: %1</translation>
    </message>
    <message>
        <source>Queue %1 changed on the tenant while Holdline was writing.</source>
        <translation>A fila %1 mudou no tenant enquanto o Holdline gravava.</translation>
    </message>
    <message>
        <source>The write&apos;s answer was lost: %1</source>
        <translation>A resposta da gravação se perdeu: %1</translation>
    </message>
    <message>
        <source>The tenant refused the change: %1</source>
        <translation>O tenant recusou a alteração: %1</translation>
    </message>
    <message>
        <source>The change was not applied.</source>
        <translation>A alteração não foi aplicada.</translation>
    </message>
    <message>
        <source>Someone else changed the wait strategy of %1 meanwhile (%2). Nothing was overwritten; review their change and plan again.</source>
        <translation>Outra pessoa alterou a estratégia de espera de %1 nesse meio-tempo (%2). Nada foi sobrescrito; revise a alteração dela e planeje de novo.</translation>
    </message>
    <message>
        <source>The outcome could not be recorded (%1); Holdline reconciles it at its next start.</source>
        <translation>Não foi possível registrar o resultado (%1); o Holdline o concilia na próxima inicialização.</translation>
    </message>
    <message>
        <source>Deployed, but the sync was refused: %1</source>
        <translation>Implantado, mas a sincronização foi recusada: %1</translation>
    </message>
    <message>
        <source>Reading the queue back failed too (%1), so whether the change was applied is not known yet; history entry #%2 stays pending until Holdline settles it (the next command that writes, or the app&apos;s next start).</source>
        <translation>A releitura da fila também falhou (%1), então ainda não se sabe se a mudança foi aplicada; a entrada #%2 do histórico fica pendente até o Holdline resolvê-la (o próximo comando que grava, ou o próximo início do aplicativo).</translation>
    </message>
</context>
<context>
    <name>holdline::deploy::DeploymentEngine</name>
    <message>
        <source>Strategy synced to %1 (attempt %2).</source>
        <translation>Estratégia sincronizada com %1 (tentativa %2).</translation>
    </message>
    <message>
        <source>Sync to %1 failed (attempt %2): %3; retrying at %4.</source>
        <translation>A sincronização com %1 falhou (tentativa %2): %3; nova tentativa às %4.</translation>
    </message>
    <message>
        <source>Could not read %1 to settle entry %2: %3</source>
        <translation>Não foi possível ler %1 para resolver a entrada %2: %3</translation>
    </message>
    <message>
        <source>Reconciled at start-up: the change was applied before Holdline stopped.</source>
        <translation>Conciliado na inicialização: a alteração foi aplicada antes de o Holdline parar.</translation>
    </message>
    <message>
        <source>Reconciled at start-up: the change was not applied before Holdline stopped.</source>
        <translation>Conciliado na inicialização: a alteração não foi aplicada antes de o Holdline parar.</translation>
    </message>
    <message>
        <source>Reconciled at start-up: the queue has changed since (%1); whether this change was applied cannot be told.</source>
        <translation>Conciliado na inicialização: a fila mudou desde então (%1); não é possível saber se esta alteração foi aplicada.</translation>
    </message>
</context>
<context>
    <name>holdline::history::HistoryCopier</name>
    <message numerus="yes">
        <source>the target history already holds %n entries; a history is copied into an empty one only</source>
        <translation>
            <numerusform>o histórico de destino já tem %n entrada; um histórico só é copiado para um vazio</numerusform>
            <numerusform>o histórico de destino já tem %n entradas; um histórico só é copiado para um vazio</numerusform>
        </translation>
    </message>
    <message>
        <source>the history could not be read: %1</source>
        <translation>não foi possível ler o histórico: %1</translation>
    </message>
</context>
<context>
    <name>holdline::history::HistoryStore</name>
    <message>
        <source>The history could not be opened: %1</source>
        <translation>Não foi possível abrir o histórico: %1</translation>
    </message>
    <message>
        <source>The history database is not open: %1</source>
        <translation>O banco de dados do histórico não está aberto: %1</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>Não foi possível ler o histórico</translation>
    </message>
    <message>
        <source>its id is not a number</source>
        <translation>seu id não é um número</translation>
    </message>
    <message>
        <source>A history entry is corrupt (%1): %2; run &quot;audit verify&quot;</source>
        <translation>Uma entrada do histórico está corrompida (%1): %2; execute &quot;audit verify&quot;</translation>
    </message>
    <message>
        <source>There is no history entry %1</source>
        <translation>Não existe a entrada do histórico %1</translation>
    </message>
    <message>
        <source>This check had no keychain to work with: the chain is checked as an unkeyed hash chain, which does not show a rewrite or a cut end.</source>
        <translation>Esta verificação não teve chaveiro: a cadeia é verificada como uma cadeia de hashes sem chave, que não mostra uma reescrita nem um final cortado.</translation>
    </message>
    <message>
        <source>The anchor could not be read (%1): a cut end would not show.</source>
        <translation>Não foi possível ler a âncora (%1): um final cortado não apareceria.</translation>
    </message>
    <message>
        <source>the history&apos;s key (keychain item, or the service&apos;s %1 credential) does not seal its newest entry #%2: it is another history&apos;s key, or the entry was altered. Holdline does not add to this history with it.</source>
        <translation>a chave do histórico (item do chaveiro, ou a credencial %1 do serviço) não sela sua entrada mais recente nº %2: é a chave de outro histórico, ou a entrada foi alterada. O Holdline não acrescenta nada a este histórico com ela.</translation>
    </message>
</context>
<context>
    <name>holdline::predict::CalibrationFetch</name>
    <message>
        <source>Not a calibration window: %1</source>
        <translation>Não é uma janela de calibração: %1</translation>
    </message>
    <message>
        <source>Callbacks still pending could not be read (%1): taken as none.</source>
        <translation>Não foi possível ler os retornos pendentes (%1): considerados nenhum.</translation>
    </message>
</context>
<context>
    <name>holdline::predict::QueuePrediction</name>
    <message>
        <source>Could not read the queue&apos;s metrics: %1</source>
        <translation>Não foi possível ler as métricas da fila: %1</translation>
    </message>
    <message>
        <source>No contacts in the window (%1): nothing to predict from; widen it.</source>
        <translation>Nenhum contato na janela (%1): nada a partir do qual prever; amplie-a.</translation>
    </message>
</context>
<context>
    <name>holdline::sync::SyncOutbox</name>
    <message>
        <source>The sync outbox could not be opened: %1</source>
        <translation>Não foi possível abrir a caixa de saída de sincronização: %1</translation>
    </message>
</context>
<context>
    <name>holdline::ui</name>
    <message>
        <source>closed</source>
        <translation>fechada</translation>
    </message>
    <message>
        <source>Closed: its hours of operation have no opening time.</source>
        <translation>Fechada: seu horário não tem hora de abertura.</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>amanhã %1</translation>
    </message>
    <message>
        <source>closed — opens %1 local</source>
        <translation>fechada — abre %1 hora local</translation>
    </message>
    <message>
        <source>closed until %1</source>
        <translation>fechada até %1</translation>
    </message>
    <message>
        <source>Closed now (%1 local time, %2): no calls until it opens %3 local time. The metrics stay empty while it is closed.</source>
        <translation>Fechada agora (%1 hora local, %2): sem chamadas até abrir %3 hora local. As métricas ficam vazias enquanto está fechada.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::BeforeAfterDialog</name>
    <message>
        <source>Before and after — %1</source>
        <translation>Antes e depois — %1</translation>
    </message>
    <message>
        <source>Deploy to compare around</source>
        <translation>Implantação a comparar</translation>
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
        <translation>Janela de cada lado</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Taxa (%)</translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation>Espera média (s)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Metrics before the deploy</source>
        <translation>Métricas antes da implantação</translation>
    </message>
    <message>
        <source>Metrics after the deploy</source>
        <translation>Métricas depois da implantação</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Summary deltas</source>
        <translation>Resumo das diferenças</translation>
    </message>
    <message>
        <source>&amp;Deploy (tenant&apos;s clock):</source>
        <translation>&amp;Implantação (relógio do tenant):</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message numerus="yes">
        <source>The after window is still running: %n minute(s) of %1 so far.</source>
        <translation>
            <numerusform>A janela posterior ainda está em andamento: %n min de %1 até agora.</numerusform>
            <numerusform>A janela posterior ainda está em andamento: %n minutos de %1 até agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation>Não foi possível ler as métricas: %1</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Few contacts: %1 before and %2 after; the guard judges a change only with %3 or more on each side, so read these differences with care.</source>
        <translation>Poucos contatos: %1 antes e %2 depois; a proteção só julga uma mudança com %3 ou mais de cada lado, então leia estas diferenças com cautela.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::BulkDialog</name>
    <message numerus="yes">
        <source>Apply a strategy to %n queue(s)</source>
        <translation>
            <numerusform>Aplicar uma estratégia a %n fila</numerusform>
            <numerusform>Aplicar uma estratégia a %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Queues and their outcomes</source>
        <translation>Filas e seus resultados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Set these fields on every selected queue; the others stay as they are.</source>
        <translation>Define estes campos em todas as filas selecionadas; os demais ficam como estão.</translation>
    </message>
    <message>
        <source>Offer callbacks</source>
        <translation>Oferecer retorno</translation>
    </message>
    <message>
        <source>Unreadable on the tenant</source>
        <translation>Ilegível no tenant</translation>
    </message>
    <message>
        <source>Would be blocked: %1</source>
        <translation>Seria bloqueada: %1</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>Já aplicada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Deploying… Cancel stops the queues not yet written.</source>
        <translation>Implantando… Cancelar interrompe as filas ainda não gravadas.</translation>
    </message>
    <message>
        <source>Cancelling: queues already being written finish; the others are left as they are.</source>
        <translation>Cancelando: as filas que já estão sendo gravadas terminam; as demais ficam como estão.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on the %n selected queue(s).</source>
        <translation>
            <numerusform>Marque os campos a definir na %n fila selecionada.</numerusform>
            <numerusform>Marque os campos a definir nas %n filas selecionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queue(s) selected: %2 would change, %3 already in place, %4 blocked by a rule (left as they are).</source>
        <translation>%1 fila(s) selecionada(s): %2 mudariam, %3 já estão assim, %4 bloqueadas por uma regra (ficam como estão).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %n queue(s)</source>
        <translation>
            <numerusform>&amp;Gravar %n fila</numerusform>
            <numerusform>&amp;Gravar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;About to set&lt;/b&gt; %1 on %n queue(s); the rows below say what changes on each. Every write is recorded in the history and can be rolled back.</source>
        <translation>
            <numerusform>&lt;b&gt;Prestes a definir&lt;/b&gt; %1 em %n fila; as linhas abaixo dizem o que muda em cada uma. Cada gravação fica no histórico e pode ser revertida.</numerusform>
            <numerusform>&lt;b&gt;Prestes a definir&lt;/b&gt; %1 em %n filas; as linhas abaixo dizem o que muda em cada uma. Cada gravação fica no histórico e pode ser revertida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not known yet (pending in the history)</source>
        <translation>
            <numerusform>%n ainda sem saber (pendente no histórico)</numerusform>
            <numerusform>%n ainda sem saber (pendentes no histórico)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by someone else first</source>
        <translation>
            <numerusform>%n alterada antes por outra pessoa</numerusform>
            <numerusform>%n alteradas antes por outra pessoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by a rule</source>
        <translation>
            <numerusform>%n bloqueada por uma regra</numerusform>
            <numerusform>%n bloqueadas por uma regra</numerusform>
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
            <numerusform>%n já estava assim</numerusform>
            <numerusform>%n já estavam assim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployed</source>
        <translation>
            <numerusform>%n implantada</numerusform>
            <numerusform>%n implantadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Concluído: %1.</translation>
    </message>
    <message>
        <source>Predicted (last day&apos;s traffic)</source>
        <translation>Previsto (tráfego do último dia)</translation>
    </message>
    <message>
        <source>calibrating…</source>
        <translation>calibrando…</translation>
    </message>
    <message>
        <source>no prediction: %1</source>
        <translation>sem previsão: %1</translation>
    </message>
    <message>
        <source>no traffic in the last day to predict from</source>
        <translation>sem tráfego no último dia para prever</translation>
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
        <translation>Antes/&amp;depois…</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Taxa (%)</translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation>Espera média (s)</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Retornos</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>Contatos oferecidos</translation>
    </message>
    <message>
        <source>Answer rate, abandon rate and average wait over time</source>
        <translation>Taxa de atendimento, taxa de abandono e espera média ao longo do tempo</translation>
    </message>
    <message>
        <source>Callbacks and contacts offered over time</source>
        <translation>Retornos e contatos oferecidos ao longo do tempo</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostrar o período de %1</translation>
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
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Não foi possível gravar o gráfico em %1.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar dados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The data could not be written to %1.</source>
        <translation>Não foi possível gravar os dados em %1.</translation>
    </message>
    <message>
        <source>Pick a queue to see its metrics.</source>
        <translation>Escolha uma fila para ver suas métricas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — last %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — período de %2</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · carregando…</translation>
    </message>
    <message>
        <source>The metrics of %1 could not be read: %2</source>
        <translation>Não foi possível ler as métricas de %1: %2</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Gráfico salvo em %1.</translation>
    </message>
    <message>
        <source>Data saved to %1.</source>
        <translation>Dados salvos em %1.</translation>
    </message>
    <message>
        <source> · &lt;b&gt;no contacts in this range&lt;/b&gt;: nothing to plot</source>
        <translation> · &lt;b&gt;nenhum contato neste intervalo&lt;/b&gt;: nada a traçar</translation>
    </message>
</context>
<context>
    <name>holdline::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Connect to a tenant</source>
        <translation>Conectar a um tenant</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfis de conexão</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segredo do cliente</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Novo tenant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;ID do cliente:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Segredo:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>(in-process, loopback)</source>
        <translation>(no processo, loopback)</translation>
    </message>
    <message>
        <source>(generated)</source>
        <translation>(gerado)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>guardado no chaveiro</translation>
    </message>
    <message>
        <source>A simulated CXone tenant that runs inside Holdline: 40 queues with a week of traffic. No account needed, nothing leaves this computer.</source>
        <translation>Um tenant CXone simulado que roda dentro do Holdline: 40 filas com uma semana de tráfego. Não precisa de conta, nada sai deste computador.</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a settings file.</source>
        <translation>O segredo é guardado no chaveiro do sistema, nunca em um arquivo de configurações.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: a secret typed here is kept for this session only.</source>
        <translation>Não há chaveiro disponível neste sistema: um segredo digitado aqui é mantido apenas nesta sessão.</translation>
    </message>
    <message>
        <source>Asking the tenant for a token…</source>
        <translation>Pedindo um token ao tenant…</translation>
    </message>
    <message>
        <source>The sandbox starts when you connect to it.</source>
        <translation>O sandbox inicia quando você se conecta a ele.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: type the secret to test.</source>
        <translation>Não há chaveiro disponível neste sistema: digite o segredo para testar.</translation>
    </message>
    <message>
        <source>No secret is stored for this client: type it to test. (%1)</source>
        <translation>Nenhum segredo guardado para este cliente: digite-o para testar. (%1)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de requisições</translation>
    </message>
    <message>
        <source>Follow the tenant</source>
        <translation>Seguir o tenant</translation>
    </message>
    <message>
        <source> requests a minute</source>
        <translation> requisições por minuto</translation>
    </message>
    <message>
        <source>Holdline paces itself at the limit the tenant states, or learns it from the tenant&apos;s answers. Set a rate here to pin it, for instance to leave room for other tools on the same tenant.</source>
        <translation>O Holdline se ajusta ao limite que o tenant informa, ou o aprende de suas respostas. Defina aqui uma taxa para fixá-la, por exemplo para deixar espaço a outras ferramentas no mesmo tenant.</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de requisições:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Where this tenant&apos;s deploys are recorded. Leave it empty for this computer&apos;s history. For a team&apos;s shared history, give its PostgreSQL URL, e.g. postgresql://alice@db.example.com/holdline?sslmode=verify-full (TLS is required except on this computer); a password in the URL goes to the keychain.</source>
        <translation>Onde as implantações deste tenant são registradas. Deixe vazio para o histórico deste computador. Para o histórico compartilhado de uma equipe, informe a URL do PostgreSQL, p. ex. postgresql://alice@db.example.com/holdline?sslmode=verify-full (TLS é exigido exceto neste computador); uma senha na URL vai para o chaveiro.</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Histórico:</translation>
    </message>
    <message>
        <source>This history cannot be used: %1</source>
        <translation>Este histórico não pode ser usado: %1</translation>
    </message>
    <message>
        <source>Deploys are recorded in the team&apos;s history at %1, with everyone else&apos;s.</source>
        <translation>As implantações são registradas no histórico da equipe em %1, com as de todos os demais.</translation>
    </message>
    <message>
        <source>Deploys are recorded in the history file %1.</source>
        <translation>As implantações são registradas no arquivo de histórico %1.</translation>
    </message>
    <message>
        <source>Deploys are recorded in this computer&apos;s history.</source>
        <translation>As implantações são registradas no histórico deste computador.</translation>
    </message>
    <message>
        <source>The password was taken out of the URL: it goes to the keychain when you connect, never to a settings file.</source>
        <translation>A senha foi retirada da URL: vai para o chaveiro ao conectar, nunca para um arquivo de configurações.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::ConnectionTester</name>
    <message>
        <source>A client id and a secret are needed.</source>
        <translation>É preciso um id do cliente e um segredo.</translation>
    </message>
    <message>
        <source>Connected. Granted scopes: %1.</source>
        <translation>Conectado. Escopos concedidos: %1.</translation>
    </message>
    <message>
        <source>Missing: %1 — Holdline cannot work without them; ask your CXone administrator to grant them to this client.</source>
        <translation>Faltam: %1 — o Holdline não funciona sem eles; peça ao administrador do CXone que os conceda a este cliente.</translation>
    </message>
    <message>
        <source>The tenant refused the connection: %1</source>
        <translation>O tenant recusou a conexão: %1</translation>
    </message>
</context>
<context>
    <name>holdline::ui::DeployController</name>
    <message>
        <source>History entry %1 holds no complete strategy to restore: %2</source>
        <translation>A entrada do histórico %1 não contém uma estratégia completa para restaurar: %2</translation>
    </message>
    <message>
        <source>Queue %1 is not on this tenant any more, or its strategy is unreadable.</source>
        <translation>A fila %1 não está mais neste tenant ou sua estratégia não pode ser lida.</translation>
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
        <translation>Li os avisos e quero implantar mesmo assim</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Reverter %1</translation>
    </message>
    <message>
        <source>Deploy to %1</source>
        <translation>Implantar em %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Roll back &lt;b&gt;%1&lt;/b&gt; (%2). On the tenant this changes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reverter &lt;b&gt;%1&lt;/b&gt; (%2). No tenant, isto altera:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deploy to &lt;b&gt;%1&lt;/b&gt; (%2). On the tenant this changes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Implantar em &lt;b&gt;%1&lt;/b&gt; (%2). No tenant, isto altera:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing: the strategy is already in place.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nada: a estratégia já está aplicada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Findings:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Apontamentos:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every other field of the queue is kept as it is; the change is recorded in the history before it is written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todos os demais campos da fila ficam como estão; a alteração é registrada no histórico antes de ser gravada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Implantar</translation>
    </message>
    <message>
        <source>Finding the version to restore in the history…</source>
        <translation>Procurando no histórico a versão a restaurar…</translation>
    </message>
    <message>
        <source>Reading the queue from the tenant…</source>
        <translation>Lendo a fila no tenant…</translation>
    </message>
    <message>
        <source>Recording the change in the history…</source>
        <translation>Registrando a alteração no histórico…</translation>
    </message>
    <message>
        <source>Writing the queue…</source>
        <translation>Gravando a fila…</translation>
    </message>
    <message>
        <source>Checking what the tenant stored…</source>
        <translation>Verificando o que o tenant guardou…</translation>
    </message>
    <message>
        <source>Recording the outcome…</source>
        <translation>Registrando o resultado…</translation>
    </message>
    <message>
        <source>Queuing the external sync…</source>
        <translation>Enfileirando a sincronização externa…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Rolled back: %1. The queue is now at version %2.</source>
        <translation>Revertido: %1. A fila agora está na versão %2.</translation>
    </message>
    <message>
        <source>Deployed: %1. The queue is now at version %2.</source>
        <translation>Implantado: %1. A fila agora está na versão %2.</translation>
    </message>
    <message>
        <source>Nothing to do: the tenant already holds this strategy.</source>
        <translation>Nada a fazer: o tenant já tem esta estratégia.</translation>
    </message>
    <message>
        <source>Planned only: %1.</source>
        <translation>Apenas planejado: %1.</translation>
    </message>
    <message>
        <source>Not deployed, the strategy breaks a rule: %1</source>
        <translation>Não implantado, a estratégia viola uma regra: %1</translation>
    </message>
    <message>
        <source>Not deployed: someone else changed this queue&apos;s strategy since it was read, and Holdline does not overwrite their change. %1</source>
        <translation>Não implantado: outra pessoa alterou a estratégia desta fila depois que ela foi lida, e o Holdline não sobrescreve a alteração dela. %1</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Cancelado antes de qualquer gravação.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Roll back &amp;anyway</source>
        <translation>Reverter &amp;mesmo assim</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Outcome not known yet: %1</source>
        <translation>Resultado ainda desconhecido: %1</translation>
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
        <translation>Ação</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>On the tenant&apos;s clock, as the charts and the before/after view show it (a sandbox&apos;s clock is simulated). In italics: entries the tenant never dated, at this computer&apos;s time.</source>
        <translation>No relógio do tenant, como os gráficos e a visão antes/depois o mostram (o relógio de um sandbox é simulado). Em itálico: entradas que o tenant nunca datou, na hora deste computador.</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Recorded %1 by this computer&apos;s clock.</source>
        <translation>Registrada %1 pelo relógio deste computador.</translation>
    </message>
    <message>
        <source>%1 on the tenant&apos;s clock.</source>
        <translation>%1 no relógio do tenant.</translation>
    </message>
    <message>
        <source>The tenant&apos;s time of this entry is not known.</source>
        <translation>A hora do tenant desta entrada não é conhecida.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::HistoryPanel</name>
    <message>
        <source>Only the selected &amp;queue</source>
        <translation>Somente a fila selecio&amp;nada</translation>
    </message>
    <message>
        <source>Roll &amp;back to this version</source>
        <translation>Re&amp;verter para esta versão</translation>
    </message>
    <message>
        <source>Restore the version &amp;before this change</source>
        <translation>Restaurar a versão ante&amp;rior a esta alteração</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entradas do histórico</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada selecionada</translation>
    </message>
    <message>
        <source>Audit trail integrity</source>
        <translation>Integridade da trilha de auditoria</translation>
    </message>
    <message>
        <source>Put back the strategy this entry left on the queue</source>
        <translation>Recoloca na fila a estratégia que esta entrada deixou</translation>
    </message>
    <message>
        <source>Put back the strategy the queue had before this entry</source>
        <translation>Recoloca a estratégia que a fila tinha antes desta entrada</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Não foi possível ler o histórico: %1</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verificando a trilha de auditoria…</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact (%n entries)</source>
        <translation>
            <numerusform>Trilha de auditoria íntegra (entradas: %n)</numerusform>
            <numerusform>Trilha de auditoria íntegra (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail broken at entry %1: %2</source>
        <translation>Trilha de auditoria rompida na entrada %1: %2</translation>
    </message>
    <message>
        <source>An entry was altered, inserted or deleted outside Holdline.</source>
        <translation>Uma entrada foi alterada, inserida ou excluída fora do Holdline.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see exactly what it changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selecione uma entrada para ver exatamente o que ela alterou.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;#%1 · %2 of %3 — %4&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;nº %1 · %2 de %3 — %4&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Field&lt;/th&gt;&lt;th align=right&gt;Before&lt;/th&gt;&lt;th align=right&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Campo&lt;/th&gt;&lt;th align=right&gt;Antes&lt;/th&gt;&lt;th align=right&gt;Depois&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Other fields that differ: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Outros campos que diferem: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version %1 → %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versão %1 → %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resolves pending entry #%1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Resolve a entrada pendente nº %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Refers to entry #%1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Refere-se à entrada nº %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Every tenant</source>
        <translation>&amp;Todos os tenants</translation>
    </message>
    <message>
        <source>Show the entries of every tenant this history has recorded, not only this one&apos;s</source>
        <translation>Mostrar as entradas de todos os tenants que este histórico registrou, não só as deste</translation>
    </message>
    <message>
        <source>Audit trail cannot be trusted: %1</source>
        <translation>O registro de auditoria não é confiável: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail chains (%n entries), not keyed</source>
        <translation>
            <numerusform>O registro de auditoria se encadeia (%n entrada), sem chave</numerusform>
            <numerusform>O registro de auditoria se encadeia (%n entradas), sem chave</numerusform>
        </translation>
    </message>
    <message>
        <source>Every entry carries the MAC of this history&apos;s key (kept in the keychain) and chains to the one before it, up to the anchored last entry #%1.</source>
        <translation>Cada entrada traz o MAC da chave deste histórico (guardada no chaveiro) e se encadeia à anterior, até a última entrada ancorada #%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more entries in this history belong to other tenants, or to earlier sandbox runs (each run has its own address). Tick “Every tenant” to see them.</source>
        <translation>
            <numerusform>Mais %n entrada deste histórico pertence a outros tenants ou a execuções anteriores do sandbox (cada execução tem seu próprio endereço). Marque “Todos os tenants” para vê-la.</numerusform>
            <numerusform>Mais %n entradas deste histórico pertencem a outros tenants ou a execuções anteriores do sandbox (cada execução tem seu próprio endereço). Marque “Todos os tenants” para vê-las.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue already runs this strategy: nothing to put back.</source>
        <translation>A fila já usa esta estratégia: não há nada a restaurar.</translation>
    </message>
    <message>
        <source>%1 on the tenant&apos;s clock</source>
        <translation>%1 no relógio do tenant</translation>
    </message>
    <message>
        <source>%1 by this computer&apos;s clock</source>
        <translation>%1 pelo relógio deste computador</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, by %2, on %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, por %2, em %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guard found the queue healthy: the %1 minutes after deploy #%2 were no worse than the %1 minutes before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A proteção achou a fila saudável: os %1 minutos após a implantação #%2 não foram piores que os %1 minutos anteriores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guard found the queue &lt;b&gt;degraded&lt;/b&gt; in the %1 minutes after deploy #%2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A proteção achou a fila &lt;b&gt;degradada&lt;/b&gt; nos %1 minutos após a implantação #%2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The guard could not judge deploy #%2: too few contacts in the %1 minutes before or after it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A proteção não pôde julgar a implantação #%2: poucos contatos nos %1 minutos antes ou depois dela.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>Contatos oferecidos</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Taxa de atendimento</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Taxa de abandono</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Espera média</translation>
    </message>
    <message>
        <source>Callback conversion</source>
        <translation>Conversão de retornos</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Metric&lt;/th&gt;&lt;th align=right&gt;Before&lt;/th&gt;&lt;th align=right&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Métrica&lt;/th&gt;&lt;th align=right&gt;Antes&lt;/th&gt;&lt;th align=right&gt;Depois&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Older entries could not be read: %1</source>
        <translation>Não foi possível ler as entradas mais antigas: %1</translation>
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
        <translation>E&amp;stratégia</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Selected queue</source>
        <translation>Fila selecionada</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Não foi possível conectar: %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept for this session only and you will be asked again next time.</source>
        <translation>Não há chaveiro disponível (%1): os segredos são mantidos apenas nesta sessão e serão pedidos de novo na próxima vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) loaded.</source>
        <translation>
            <numerusform>Filas carregadas: %n.</numerusform>
            <numerusform>%n filas carregadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Desfazer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Refazer: %1</translation>
    </message>
    <message>
        <source>&amp;Filter queues</source>
        <translation>&amp;Filtrar filas</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Fila</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Implantar…</translation>
    </message>
    <message>
        <source>&amp;Apply a strategy to the selected queues…</source>
        <translation>&amp;Aplicar uma estratégia às filas selecionadas…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>No keychain is available: the signing secret is kept for this session only.</source>
        <translation>Não há chaveiro disponível: o segredo de assinatura é mantido apenas nesta sessão.</translation>
    </message>
    <message>
        <source>The signing secret could not be stored: %1</source>
        <translation>Não foi possível guardar o segredo de assinatura: %1</translation>
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
        <translation>A proteção sinaliza %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) interrupted last time were settled; see the history.</source>
        <translation>
            <numerusform>%n alteração interrompida da última vez foi resolvida; veja o histórico.</numerusform>
            <numerusform>%n alterações interrompidas da última vez foram resolvidas; veja o histórico.</numerusform>
        </translation>
    </message>
    <message>
        <source>The strategy of %1 cannot be edited: %2</source>
        <translation>A estratégia de %1 não pode ser editada: %2</translation>
    </message>
    <message>
        <source>Quit Holdline</source>
        <translation>Sair do Holdline</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) have changes that are not deployed. Quit and discard them?</source>
        <translation>
            <numerusform>%n fila tem alterações não implantadas. Sair e descartá-las?</numerusform>
            <numerusform>%n filas têm alterações não implantadas. Sair e descartá-las?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 degraded after its deploy (%2); the guard is rolling it back…</source>
        <translation>%1 piorou após a implantação (%2); a proteção está revertendo…</translation>
    </message>
    <message>
        <source>The guard rolled back %1: it degraded after its deploy. See the history for the figures.</source>
        <translation>A proteção reverteu %1: a fila piorou após a implantação. Veja os números no histórico.</translation>
    </message>
    <message>
        <source>The guard could not roll back %1: %2. The degraded strategy is still live.</source>
        <translation>A proteção não conseguiu reverter %1: %2. A estratégia degradada continua ativa.</translation>
    </message>
    <message>
        <source>Re&amp;vert to deployed</source>
        <translation>&amp;Voltar ao implantado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Policy packs and their sources</source>
        <translation>&amp;Pacotes de políticas e suas fontes</translation>
    </message>
    <message>
        <source>&amp;About Holdline</source>
        <translation>&amp;Sobre o Holdline</translation>
    </message>
    <message>
        <source>About Holdline</source>
        <translation>Sobre o Holdline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Holdline %1&lt;/h3&gt;&lt;p&gt;Tune the wait strategies of NICE CXone queues, safely: live validation against hold-time rules, predicted impact, an audit trail with one-click rollback, and a guard that rolls back a change that degrades its queue.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Holdline %1&lt;/h3&gt;&lt;p&gt;Ajuste com segurança as estratégias de espera das filas do NICE CXone: validação ao vivo contra as regras de tempo de espera, impacto previsto, um registro de auditoria com reversão em um clique e uma proteção que reverte uma mudança que degrada sua fila.&lt;/p&gt;&lt;p&gt;Feito com Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Suggest a strategy for the service goal</source>
        <translation>&amp;Sugerir uma estratégia para a meta de serviço</translation>
    </message>
    <message>
        <source>Apply the answer-rate &amp;rule</source>
        <translation>Aplicar a &amp;regra da taxa de atendimento</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since you began editing it: your edit now stands against their strategy. Review the changes before deploying.</source>
        <translation>%2 alterou %1 desde que você começou a editá-la: sua edição agora é comparada com a estratégia dessa pessoa. Revise as alterações antes de implantar.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar mensagem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>holdline::ui::PolicySourcesDialog</name>
    <message>
        <source>Policy packs and their sources</source>
        <translation>Pacotes de políticas e suas fontes</translation>
    </message>
    <message>
        <source>Holdline&apos;s own product rule, not a law</source>
        <translation>Regra de produto do próprio Holdline, não uma lei</translation>
    </message>
    <message>
        <source>Law or regulation in %1</source>
        <translation>Lei ou regulamento em %1</translation>
    </message>
    <message>
        <source>binds %1</source>
        <translation>obriga %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
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
        <translation>≥ %1 % atendidas em %2 s</translation>
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
        <translation>Janela de calibração</translation>
    </message>
    <message>
        <source>The recent metrics the prediction is calibrated from</source>
        <translation>As métricas recentes com as quais a previsão é calibrada</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Atual</translation>
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
        <translation>Impacto previsto das edições</translation>
    </message>
    <message>
        <source>Ca&amp;librate on:</source>
        <translation>Ca&amp;librar com:</translation>
    </message>
    <message>
        <source>Pick a queue to see the impact of its edits.</source>
        <translation>Escolha uma fila para ver o impacto das suas edições.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Calibrating from the queue&apos;s recent metrics…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Calibrando com as métricas recentes da fila…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No prediction&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sem previsão&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Erlang A estimate · &lt;i&gt;simulating…&lt;/i&gt;</source>
        <translation>Estimativa Erlang A · &lt;i&gt;simulando…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>An immediate analytic estimate; the simulation replaces it in a moment.</source>
        <translation>Uma estimativa analítica imediata; a simulação a substitui em instantes.</translation>
    </message>
    <message numerus="yes">
        <source>Simulated: %n run(s); ± is the 95 % confidence interval</source>
        <translation>
            <numerusform>Simulado: %n execução; ± é o intervalo de confiança de 95 %</numerusform>
            <numerusform>Simulado: %n execuções; ± é o intervalo de confiança de 95 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Current and edited met the same simulated callers in each run.</source>
        <translation>A estratégia atual e a editada receberam os mesmos chamadores simulados em cada execução.</translation>
    </message>
    <message>
        <source>From %1 calls: %2 arrivals/h · AHT %3 s · %4 agents · patience %5 s%6</source>
        <translation>A partir de %1 chamadas: %2 chegadas/h · TMA %3 s · %4 agentes · paciência %5 s%6</translation>
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
        <translation>atende</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>não atende</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (de %1)</translation>
    </message>
    <message>
        <source>margin %1 pt</source>
        <translation>margem %1 pt</translation>
    </message>
</context>
<context>
    <name>holdline::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>&amp;Policy packs</source>
        <translation>&amp;Pacotes de políticas</translation>
    </message>
    <message>
        <source>&amp;Guard</source>
        <translation>Pr&amp;oteção</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualização</translation>
    </message>
    <message>
        <source>&amp;External sync</source>
        <translation>Sincronização &amp;externa</translation>
    </message>
    <message>
        <source>The packs in force judge every strategy before it is deployed. Tick the regulations that bind your contact centre and pick the variant that applies.</source>
        <translation>Os pacotes em vigor avaliam cada estratégia antes de ela ser implantada. Marque as normas que se aplicam à sua central de atendimento e escolha a variante aplicável.</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdição</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>Em vigor desde</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Policy packs</source>
        <translation>Pacotes de políticas</translation>
    </message>
    <message>
        <source>always</source>
        <translation>sempre</translation>
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
        <translation>Alguns arquivos de pacote não foram carregados:
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
        <translation> pontos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Roll back automatically</source>
        <translation>Reverter automaticamente</translation>
    </message>
    <message>
        <source>Only alert me</source>
        <translation>Apenas me alertar</translation>
    </message>
    <message>
        <source>After each deploy the guard compares the window after it with the window before. It acts when the average wait passes the limit while fewer callbacks than the minimum are accepted, or when abandon or answer rate move too far.</source>
        <translation>Após cada implantação, a proteção compara a janela posterior com a anterior. Ela age quando a espera média passa do limite enquanto a conversão em retorno fica abaixo do mínimo, ou quando a taxa de abandono ou de atendimento varia demais.</translation>
    </message>
    <message>
        <source>Average wait above:</source>
        <translation>Espera média acima de:</translation>
    </message>
    <message>
        <source>…with callback conversion below:</source>
        <translation>…com conversão em retorno abaixo de:</translation>
    </message>
    <message>
        <source>Abandon rate rise over:</source>
        <translation>Alta da taxa de abandono acima de:</translation>
    </message>
    <message>
        <source>Answer rate drop over:</source>
        <translation>Queda da taxa de atendimento acima de:</translation>
    </message>
    <message>
        <source>Judge only with at least (contacts):</source>
        <translation>Avaliar só com pelo menos (contatos):</translation>
    </message>
    <message>
        <source>Window on each side:</source>
        <translation>Janela de cada lado:</translation>
    </message>
    <message>
        <source>On a breach:</source>
        <translation>Em caso de violação:</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalo de atualização</translation>
    </message>
    <message>
        <source>Refresh live metrics and charts every:</source>
        <translation>Atualizar métricas ao vivo e gráficos a cada:</translation>
    </message>
    <message>
        <source>Sync endpoint</source>
        <translation>Endpoint de sincronização</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Segredo de assinatura</translation>
    </message>
    <message>
        <source>The signing secret is stored in the system keychain, never in a settings file. Leave it empty to keep the stored one.</source>
        <translation>O segredo de assinatura é guardado no chaveiro do sistema, nunca em um arquivo de configurações. Deixe em branco para manter o guardado.</translation>
    </message>
    <message>
        <source>After every deploy the active strategy is pushed to this endpoint; a failed push is retried until it succeeds and never undoes the deploy.</source>
        <translation>Após cada implantação, a estratégia ativa é enviada para este endpoint; um envio com falha é tentado novamente até dar certo e nunca desfaz a implantação.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>E&amp;ndpoint:</translation>
    </message>
    <message>
        <source>&amp;Signing secret:</source>
        <translation>&amp;Segredo de assinatura:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL such as https://host/path.</source>
        <translation>&quot;%1&quot; não é uma URL como https://host/caminho.</translation>
    </message>
    <message>
        <source>Guard: average wait limit</source>
        <translation>Proteção: limite de espera média</translation>
    </message>
    <message>
        <source>Guard: minimum callback conversion</source>
        <translation>Proteção: conversão mínima em retorno</translation>
    </message>
    <message>
        <source>Guard: abandon rate rise limit</source>
        <translation>Proteção: limite de alta da taxa de abandono</translation>
    </message>
    <message>
        <source>Guard: answer rate drop limit</source>
        <translation>Proteção: limite de queda da taxa de atendimento</translation>
    </message>
    <message>
        <source>Guard: minimum contacts</source>
        <translation>Proteção: mínimo de contatos</translation>
    </message>
    <message>
        <source>Guard: window on each side of a deploy</source>
        <translation>Proteção: janela de cada lado de uma implantação</translation>
    </message>
    <message>
        <source>Service goal: answered share</source>
        <translation>Meta de serviço: parcela atendida</translation>
    </message>
    <message>
        <source>Service goal: answered within</source>
        <translation>Meta de serviço: atendidas em</translation>
    </message>
    <message>
        <source>Service goal: abandoned at most</source>
        <translation>Meta de serviço: abandonadas no máximo</translation>
    </message>
    <message>
        <source>&quot;Suggest&quot; looks for the strategy that meets this goal and every policy pack&apos;s target with the fewest callbacks offered.</source>
        <translation>&quot;Sugerir&quot; busca a estratégia que cumpre esta meta e a de cada pacote de políticas com menos retornos oferecidos.</translation>
    </message>
    <message>
        <source>…within:</source>
        <translation>…em:</translation>
    </message>
    <message>
        <source>Ser&amp;vice goal</source>
        <translation>Me&amp;ta de serviço</translation>
    </message>
    <message>
        <source>Answered at least:</source>
        <translation>Atendidas pelo menos:</translation>
    </message>
    <message>
        <source>Abandoned at most:</source>
        <translation>Abandonadas no máximo:</translation>
    </message>
</context>
<context>
    <name>holdline::ui::QueueController</name>
    <message>
        <source>The queues could not be listed: %1</source>
        <translation>Não foi possível listar as filas: %1</translation>
    </message>
    <message>
        <source>Meets every rule in force.</source>
        <translation>Cumpre todas as regras em vigor.</translation>
    </message>
    <message>
        <source>The live metrics could not be read: %1</source>
        <translation>Não foi possível ler as métricas ao vivo: %1</translation>
    </message>
    <message>
        <source>Queue %1 could not be read again: %2</source>
        <translation>Não foi possível ler a fila %1 novamente: %2</translation>
    </message>
    <message>
        <source>Meets every fixed rule; whether it meets the service targets in force needs a prediction: open the queue to see it.</source>
        <translation>Cumpre todas as regras fixas; se cumpre as metas de serviço em vigor requer uma previsão: abra a fila para vê-la.</translation>
    </message>
</context>
<context>
    <name>holdline::ui::QueueListPanel</name>
    <message>
        <source>Only with &amp;findings</source>
        <translation>Só com apon&amp;tamentos</translation>
    </message>
    <message>
        <source>Filter queues by name or id (Ctrl+F)</source>
        <translation>Filtrar filas por nome ou id (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter queues</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <source>Show only queues whose deployed strategy breaks or strains a rule in force</source>
        <translation>Mostrar só as filas cuja estratégia implantada viola ou força uma regra em vigor</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>on, beyond 00</source>
        <translation>sim, após 00</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violação</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s)</source>
        <translation>
            <numerusform>%1 de %n fila(s)</numerusform>
            <numerusform>%1 de %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 selected — Ctrl+B applies a strategy to them</source>
        <translation> · %1 selecionadas — Ctrl+B aplica uma estratégia a elas</translation>
    </message>
    <message>
        <source>closed until %1</source>
        <translation>fechada até %1</translation>
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
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violação</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>Max hold</source>
        <translation>Espera máx.</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Atendimento</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Avg wait</source>
        <translation>Espera média</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>on, beyond %1</source>
        <translation>sim, após %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>não</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Not predicted</source>
        <translation>Sem previsão</translation>
    </message>
    <message>
        <source>%1 — edited, not deployed</source>
        <translation>%1 — editada, não implantada</translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation>✎ %1</translation>
    </message>
    <message>
        <source>No contacts in the last hour.</source>
        <translation>Nenhum contato na última hora.</translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n contact(s) offered.</source>
        <translation>
            <numerusform>Última hora: %n contato oferecido.</numerusform>
            <numerusform>Última hora: %n contatos oferecidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::ui::SessionController</name>
    <message>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation>Lendo do chaveiro o segredo de “%1”…</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret cannot be stored. Type it to connect; it is kept for this session only.</source>
        <translation>Não há chaveiro disponível neste sistema, então o segredo não pode ser guardado. Digite-o para conectar; ele é mantido apenas nesta sessão.</translation>
    </message>
    <message>
        <source>No secret is stored for client “%1” yet.</source>
        <translation>Ainda não há segredo guardado para o cliente “%1”.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Não foi possível ler o chaveiro: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting the sandbox tenant (simulating %n day(s) of traffic)…</source>
        <translation>
            <numerusform>Iniciando o tenant sandbox (simulando %n dia de tráfego)…</numerusform>
            <numerusform>Iniciando o tenant sandbox (simulando %n dias de tráfego)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox tenant did not start: %1</source>
        <translation>O tenant sandbox não iniciou: %1</translation>
    </message>
    <message>
        <source>Opening the history and the sync outbox…</source>
        <translation>Abrindo o histórico e a caixa de saída de sincronização…</translation>
    </message>
</context>
<context>
    <name>holdline::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
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
        <translation>Folga do limite de requisições</translation>
    </message>
    <message>
        <source>Pending syncs</source>
        <translation>Sincronizações pendentes</translation>
    </message>
    <message>
        <source>Tenant time</source>
        <translation>Hora do tenant</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>Token: none yet</source>
        <translation>Token: nenhum ainda</translation>
    </message>
    <message>
        <source>Token: fetching…</source>
        <translation>Token: obtendo…</translation>
    </message>
    <message numerus="yes">
        <source>Token: valid, %n min left</source>
        <translation>
            <numerusform>Token: válido, resta %n min</numerusform>
            <numerusform>Token: válido, restam %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Token: refused — %1</source>
        <translation>Token: recusado — %1</translation>
    </message>
    <message>
        <source>Sync: off</source>
        <translation>Sincronização: desativada</translation>
    </message>
    <message>
        <source>Syncs pending: %1</source>
        <translation>Sincronizações pendentes: %1</translation>
    </message>
    <message>
        <source>Simulated time: %1</source>
        <translation>Hora simulada: %1</translation>
    </message>
    <message>
        <source>Tenant time: %1</source>
        <translation>Hora do tenant: %1</translation>
    </message>
    <message>
        <source>Rate: %1/min (%2)</source>
        <translation>Taxa: %1/min (%2)</translation>
    </message>
    <message>
        <source> · pacing: %1 of %2 requests left in this burst</source>
        <translation> · regulando: restam %1 de %2 requisições nesta rajada</translation>
    </message>
    <message>
        <source>The client paces itself at %1 requests a minute, bursts of %2: %3.</source>
        <translation>O cliente se regula a %1 requisições por minuto, em rajadas de %2: %3.</translation>
    </message>
    <message>
        <source>the limit the tenant states on its answers</source>
        <translation>o limite que o tenant informa em suas respostas</translation>
    </message>
    <message>
        <source>learnt from the tenant&apos;s answers (it states no limit)</source>
        <translation>aprendido das respostas do tenant (ele não informa limite)</translation>
    </message>
    <message>
        <source>pinned for this connection</source>
        <translation>fixado para esta conexão</translation>
    </message>
    <message>
        <source>the contract&apos;s default, until the tenant answers</source>
        <translation>o padrão do contrato, até o tenant responder</translation>
    </message>
</context>
<context>
    <name>holdline::ui::StrategyEditor</name>
    <message>
        <source>Re&amp;vert to deployed</source>
        <translation>&amp;Voltar ao implantado</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Implantar…</translation>
    </message>
    <message>
        <source>Live metrics</source>
        <translation>Métricas ao vivo</translation>
    </message>
    <message>
        <source>Deploy the draft to the tenant (Ctrl+Return)</source>
        <translation>Implanta o rascunho no tenant (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Revert to deployed</source>
        <translation>Voltar ao implantado</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Implantar</translation>
    </message>
    <message>
        <source>Revert to the deployed strategy</source>
        <translation>Voltar à estratégia implantada</translation>
    </message>
    <message>
        <source>Offer callbacks</source>
        <translation>Oferecer retorno</translation>
    </message>
    <message>
        <source>Findings for %1</source>
        <translation>Apontamentos de %1</translation>
    </message>
    <message>
        <source>No queue selected</source>
        <translation>Nenhuma fila selecionada</translation>
    </message>
    <message>
        <source>Pick a queue in the list to edit its wait strategy.</source>
        <translation>Escolha uma fila na lista para editar sua estratégia de espera.</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versão %2</translation>
    </message>
    <message>
        <source>Matches what is deployed.</source>
        <translation>Igual ao que está implantado.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not deployed:&lt;/b&gt; %n change(s) against the tenant.</source>
        <translation>
            <numerusform>&lt;b&gt;Não implantado:&lt;/b&gt; %n alteração em relação ao tenant.</numerusform>
            <numerusform>&lt;b&gt;Não implantado:&lt;/b&gt; %n alterações em relação ao tenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors above before deploying.</source>
        <translation>Corrija os erros acima antes de implantar.</translation>
    </message>
    <message>
        <source>Predicted to meet</source>
        <translation>Previsto para cumprir</translation>
    </message>
    <message>
        <source>Predicted to miss</source>
        <translation>Previsto para não cumprir</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): no contacts in the last hour.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): nenhum contato na última hora.</translation>
    </message>
    <message>
        <source>Last hour: no contacts, so no answer rate, abandon rate or wait to show.</source>
        <translation>Última hora: nenhum contato, então não há taxa de atendimento, de abandono nem espera a mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>Last hour, %n contact(s)</source>
        <translation>
            <numerusform>Última hora, %n contato</numerusform>
            <numerusform>Última hora, %n contatos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>%1: answer rate &lt;b&gt;%2&lt;/b&gt; · abandon rate &lt;b&gt;%3&lt;/b&gt; · average wait &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>%1: taxa de atendimento &lt;b&gt;%2&lt;/b&gt; · taxa de abandono &lt;b&gt;%3&lt;/b&gt; · espera média &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n queues are selected.&lt;/b&gt; This form edits %1 only; Queue › Apply a strategy to the selected queues (Ctrl+B) changes them all.</source>
        <translation>
            <numerusform>&lt;b&gt;%n fila está selecionada.&lt;/b&gt; Este formulário edita só %1; Fila › Aplicar uma estratégia às filas selecionadas (Ctrl+B) muda todas.</numerusform>
            <numerusform>&lt;b&gt;%n filas estão selecionadas.&lt;/b&gt; Este formulário edita só %1; Fila › Aplicar uma estratégia às filas selecionadas (Ctrl+B) muda todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Sugerir</translation>
    </message>
    <message>
        <source>Answer-rate &amp;rule</source>
        <translation>&amp;Regra da taxa de atendimento</translation>
    </message>
    <message>
        <source>The specification&apos;s rule: lower the position threshold when the live answer rate is low, raise it when high</source>
        <translation>A regra da especificação: baixar o limite de posição quando a taxa de atendimento ao vivo está baixa e subi-lo quando está alta</translation>
    </message>
    <message>
        <source>Answer-rate rule</source>
        <translation>Regra da taxa de atendimento</translation>
    </message>
    <message>
        <source>Simulate the strategies the rules allow and suggest the one that meets the service goal (Preferences) with the fewest callbacks offered</source>
        <translation>Simula as estratégias que as regras permitem e sugere a que cumpre a meta de serviço (Preferências) com menos retornos oferecidos</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <source>Answer-rate rule, last hour: %1</source>
        <translation>Regra da taxa de atendimento, última hora: %1</translation>
    </message>
    <message>
        <source>Answer-rate rule: threshold %1</source>
        <translation>Regra da taxa de atendimento: limite %1</translation>
    </message>
    <message>
        <source>Suggesting: simulating the strategies the rules allow…</source>
        <translation>Sugerindo: simulando as estratégias que as regras permitem…</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>Sugerindo…</translation>
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
        <translation>O relógio do tenant</translation>
    </message>
    <message>
        <source>Rollback (dashed)</source>
        <translation>Reversão (tracejada)</translation>
    </message>
    <message>
        <source>Deploy (dashed)</source>
        <translation>Implantação (tracejada)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tune the wait strategies of NICE CXone queues, safely.</source>
        <translation>Ajuste as estratégias de espera das filas do NICE CXone com segurança.</translation>
    </message>
    <message>
        <source>A CXone-compatible tenant on loopback with simulated live traffic.
Prints {&quot;baseUrl&quot;, &quot;clientId&quot;, &quot;clientSecret&quot;} as one JSON line when ready; serves until SIGINT/SIGTERM. Faults can also be changed at run time: GET/PUT/POST/DELETE &lt;baseUrl&gt;/sandbox/faults.</source>
        <translation>Um tenant compatível com CXone em loopback com tráfego ao vivo simulado.
Imprime {&quot;baseUrl&quot;, &quot;clientId&quot;, &quot;clientSecret&quot;} como uma linha JSON quando pronto; atende até SIGINT/SIGTERM. As falhas também podem ser alteradas em tempo de execução: GET/PUT/POST/DELETE &lt;baseUrl&gt;/sandbox/faults.</translation>
    </message>
    <message>
        <source>The history: a database file, or a team&apos;s PostgreSQL database (postgresql://USER@HOST/DB?sslmode=verify-full; a password given in it goes to the keychain).</source>
        <translation>O histórico: um arquivo de banco de dados ou o banco de dados PostgreSQL de uma equipe (postgresql://USUÁRIO@HOST/BD?sslmode=verify-full; uma senha incluída nela vai para o chaveiro).</translation>
    </message>
</context>
<context>
    <name>readFileCapped</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, more than Holdline reads from a file; nothing was read from it</source>
        <translation>%1 passa de %2 KiB, mais do que o Holdline lê de um arquivo; nada foi lido dele</translation>
    </message>
</context>
</TS>
