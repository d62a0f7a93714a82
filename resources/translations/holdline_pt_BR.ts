<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AnalyticsQuery</name>
    <message>
        <source>No queue to query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid queue id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one queue per request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The tenant&apos;s answer is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant rejected the client id or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant did not accept the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client lacks the scope &quot;%1&quot;; add it to the client in CXone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant has no such resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed it first (it is now at version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s rate limit was still exceeded after every retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant failed with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant answered with unexpected HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>No answered contacts: handle time assumed %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts in the window: nothing to calibrate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 contacts in the window: rates are rough; widen the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No abandonments in the window: mean patience assumed %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers abandoned but no waiting was reported: mean patience assumed %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 abandonments: mean patience (%2 s) is rough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window does not cover a whole day: no time-of-day profile, means used around the clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartMetrics</name>
    <message>
        <source>Answer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartRange</name>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DegradationGuard</name>
    <message>
        <source>Average wait %1 s is over %2 s while callback conversion %3 is under %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon rate rose from %1 to %2 (more than %3 points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate fell from %1 to %2 (more than %3 points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few contacts to judge (fewer than %1 in a window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few contacts for the relative rules; the absolute rule passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs with a user name or password in them are refused; use the client id and secret fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// to %1 is refused: secrets and tokens would cross the network unencrypted. Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// URLs are supported, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a prediction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChain</name>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row has no valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row after %1 has no valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has an id out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is the first entry: an entry is missing before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow %2: an entry is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was altered: its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was altered or moved: its content does not match its hash, and it does not follow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not start the chain: its previous hash is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow %2: its previous hash is not the hash of %2 (an entry was inserted, deleted or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRows</name>
    <message>
        <source>%1 is not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>The history could not start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history entry could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history entry could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Inspect, plan, deploy and roll back CXone queue wait strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 an operation failed, 2 usage or validation error, 3 authentication, 4 conflict.
The secret comes from CXONE_CLIENT_SECRET, else from the keychain (see &apos;login&apos;).
--set fields: positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the queues and their wait strategies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a queue&apos;s strategy and its policy findings (--json: the whole queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a change would do and what the policies say; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change queues, write-ahead recorded, verified, synced; unchanged queues are not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the latest change of a queue, or restore the strategy recorded by a history entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the history, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue metrics from the tenant&apos;s analytics (default: the last hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate -&gt; advised threshold -&gt; deploy -&gt; sync -&gt; metrics -&gt; degradation guard, explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor and guard in a loop until SIGINT or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict what a change would do (calibrated from the queue&apos;s recent metrics, simulated), and check the policies&apos; service targets; or Erlang A from the figures given. Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the strategies as stable, sorted JSON (for &apos;import&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the strategies of an &apos;export&apos; file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the history&apos;s hash chain; names the first bad entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from stdin (no echo on a terminal) and store it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s base URL, e.g. https://api.nice-incontact.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against an in-process sandbox tenant (seeded; its own credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds per real second in the sandbox (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sandbox queues (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON on stdout; errors stay on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database (default: in the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy pack to check against, PACK[:VARIANT] (repeatable; default baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push each deployed strategy to this endpoint (CONTRACT.md §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues deployed at once (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field to change, FIELD=VALUE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file of fields to set (flat strategy, or an &apos;export&apos; file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: every queue of the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy --all: only queues whose id matches this regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: the history entry whose strategy to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback --to: restore the strategy from before that entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: overwrite a change someone else made since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: at most N entries (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics: ISO-8601 duration or start/end (default PT1H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics: one record per bucket of this ISO-8601 duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tune/watch: tenant seconds on each side of a deploy the guard compares (default 1800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tune/watch: on a breach only alert; do not roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: seconds between rounds (default 60; 5 with --sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; try --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox brings its own tenant; leave out --base-url and --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history-db: the path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match: &quot;%1&quot; is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match only goes with --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--before only goes with --to ENTRY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: give queues or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: name the queues to change, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2: unexpected &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the change with --set FIELD=VALUE or --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use --set or --file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a queue id (1 to 64 of A-Z a-z 0-9 _ . -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit: the only sub-command is &apos;verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tenant: give --base-url URL and --client-id ID, or --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id is needed with --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: give --base-url URL and --client-id ID (the sandbox needs no login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>%1 is not a known key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatienceFit</name>
    <message>
        <source>Too few abandonments to refine the patience by replaying the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replayed window could not match the abandonment within a factor %1 of the estimated patience; kept at the bound, %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>%1 must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known rule kind (maxValue, callbackRequired, serviceLevel, abandonmentRate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a numeric wait-strategy field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given but the pack declares no variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a variant declared by the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effectiveDate must be a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variants must not be empty when given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultVariant &quot;%1&quot; is not one of the variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaultVariant is given but the pack declares no variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.id &quot;%2&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyRegistry</name>
    <message>
        <source>%1: no such policy directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id &quot;%2&quot; is already used by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyRules</name>
    <message>
        <source>%1 %2 exceeds the %3 regulatory cap (%4).</source>
        <extracomment>%1 field label, %2 its value, %3 the cap, %4 rule name. E.g. &quot;Maximum hold time 420 s exceeds the 300 s regulatory cap (Baseline hold-time mandate).&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks are off, so callers who reach the maximum hold time of %1 are sent to voicemail instead of keeping their place; callbacks must be on (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more than %1 of calls may be abandoned (%2). Only a prediction can tell whether this strategy meets it: run the what-if predictor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 of calls must be answered within %2 (%3). Only a prediction can tell whether this strategy meets it: run the what-if predictor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicySelection</name>
    <message>
        <source>&quot;%1&quot; is not a policy pack (expected PACK or PACK:VARIANT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packs must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packs[%1] must be {&quot;id&quot;: string, &quot;variant&quot;: string (optional)}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictCommand</name>
    <message>
        <source>Usage: holdline-cli predict --arrivals-per-hour X --aht-seconds Y --agents N --patience-seconds Z [--sl-seconds T] [--json]
Erlang A (M/M/n+M): P(wait), P(abandon), average speed of answer over all arrivals, service level (answered within T s, default 20, over all arrivals), answer rate, occupancy.
--patience-seconds 0 means nobody abandons (Erlang C).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number of at least 0, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agents must be a whole number of agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--aht-seconds must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang %1: %2 arrivals/h, AHT %3 s, %4 agents, mean patience %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstable: the load reaches the agents&apos; capacity and waits grow without bound.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  P(wait &gt; 0)        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  P(abandon)         %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Answer rate        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ASA (all arrivals) %1 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Service level      %1 within %2 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Occupancy          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated: %1 arrivals/h, AHT %2 s, %3 agents, mean patience %4 s (%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replications, 95% confidence:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Answer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average speed of answer (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within 180 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks offered per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks accepted per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max-hold exits per hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictiveAdvisor</name>
    <message>
        <source>What-if optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calibration from recent metrics: nothing to predict from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position threshold passes the active rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1 gives the best predicted answer rate (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1 is the highest that still meets every service target (worst margin %2 points; predicted answer rate %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold meets every service target; %1 comes closest (short by %2 points).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueChange</name>
    <message>
        <source>%1 cannot be set to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s answer has a malformed strategy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant stored a different strategy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant did not keep the queue&apos;s other fields as sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueMapping</name>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a boolean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid queue id (1 to 64 of A-Z a-z 0-9 _ . -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue has no &quot;id&quot; string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1 has no integer &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>the database is not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migration %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyDiff</name>
    <message>
        <source>%1 %2 → %3</source>
        <extracomment>%1 field label, %2 old value, %3 new value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyFile</name>
    <message>
        <source>&quot;%1&quot; is not a wait-strategy field (positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an export file holds exactly one key, &quot;queues&quot;, an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queues[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be {&quot;queueId&quot;: ..., &quot;strategy&quot;: {...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a queue id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: queue %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file names no queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyValidator</name>
    <message>
        <source>Policy pack &quot;%1&quot; is selected but not installed; its rules were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no variants; the variant &quot;%2&quot; was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no variant &quot;%2&quot;; its default variant &quot;%3&quot; was checked instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructuralRules</name>
    <message>
        <source>CXone Routing API v2, queue fields (CONTRACT.md §2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside the range the tenant accepts (%3 to %4).</source>
        <extracomment>%1 field label, %2 value, %3 and %4 the allowed range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 exceeds this tenant&apos;s maximum of %3.</source>
        <extracomment>%1 field label, %2 value, %3 the tenant&apos;s maximum</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant limit %1 (CONTRACT.md §2.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback position threshold %1 is above the position threshold %2; the tenant rejects this. Callers are only offered a callback by position while more than %2 are waiting, so set it to %2 or lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CXone Routing API v2, PUT queue validation (CONTRACT.md §2.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback offer after %1 can never be made: every caller leaves the line at the maximum hold time of %2 first. Lower the abandonment threshold below %2, or set it to 0 to turn the offer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait-strategy semantics (CONTRACT.md §2.4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetEvaluation</name>
    <message>
        <source>at least %1 answered within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted %1; %2 the target (%3), margin %4 points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdAdvisor</name>
    <message>
        <source>Answer-rate rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts in the window: no answer rate to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate %1; waiting for the last change to settle (cooldown %2 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate %1 is within %2–%3%: keep the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate %1, but the threshold is already at its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate %1 is low (agents are busy): offer callbacks sooner, threshold %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate %1 is high (capacity is free): offer callbacks later, threshold %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TuneCommand</name>
    <message>
        <source>the last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitStrategy</name>
    <message>
        <source>Position threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback position threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonment threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be on or off (true/false), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected FIELD=VALUE, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;; the fields are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::OptionChecker</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::TenantSession</name>
    <message>
        <source>A client id and secret are needed to connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::api::AnalyticsClient</name>
    <message>
        <source>a record has no &quot;queue.id&quot; string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record of %1 has no valid &quot;interval.start&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record of %1 lacks the selected metric &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is neither a number nor null.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::api::AnalyticsReply</name>
    <message>
        <source>the analytics answer has no &quot;data&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analytics answer&apos;s continuationToken is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::api::ApiClient</name>
    <message>
        <source>No tenant is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got no answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may or may not have been applied; read the current state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::api::ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::api::ApiReply</name>
    <message>
        <source>%1 answered with a body that is not JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::api::QueueListReply</name>
    <message>
        <source>page %1 of the queue list has no &quot;entities&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue list has no integer &quot;pageCount&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1, entity %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::api::TokenManager</name>
    <message>
        <source>the token answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token answer has no positive expires_in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::AuditCommand</name>
    <message>
        <source>The history is intact: its %1 entries chain correctly; none was altered, inserted or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is not intact: entry #%1 is the first bad one: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::CliApp</name>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::CliContext</name>
    <message>
        <source>cannot open the history at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox tenant did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox tenant at %1 (seed %2, %3 queues, %4x speed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox tenant (simulating its recent history)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret stored for client %1 at %2: run &apos;holdline-cli login --base-url %2 --client-id %1&apos;, or set CXONE_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not give the secret (%1); set CXONE_CLIENT_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled pending entry #%1 (%2) left by an interrupted run: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for interrupted changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::DeployCommand</name>
    <message>
        <source>%1 is not an export file ({&quot;queues&quot;: [...]}); use deploy --file for one strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names its queues; use &apos;import %1&apos; rather than --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no queue matches &quot;%1&quot;; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no strategy for queue %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (entry #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1 of %2 delivered to %3; the rest stay queued and are retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::cli::ExportCommand</name>
    <message>
        <source>cannot list the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exported, malformed wait strategy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::HistoryCommand</name>
    <message>
        <source>cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history for this tenant yet. (Each --sandbox run is a new tenant; run holdline-sandbox and use --base-url to keep one across commands.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history for this tenant yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::LoginCommand</name>
    <message>
        <source>no secret given on stdin; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the secret of client %1 for %2 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available on this system, so the secret was NOT stored. Set CXONE_CLIENT_SECRET for each run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused to store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::MetricsCommand</name>
    <message>
        <source>cannot read the metrics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics of %1 over %2%3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::PlanCommand</name>
    <message>
        <source>%1 has no strategy for queue %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1 (nothing is written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No changes: the queue is already at this strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: this change would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: blocked: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::PredictQueueCommand</name>
    <message>
        <source>Could not read queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 has a malformed wait strategy: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::QueuesCommand</name>
    <message>
        <source>Reading queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABANDON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, position &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(malformed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::cli::RollbackCommand</name>
    <message>
        <source>cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing entry #%1 (%2 %3: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history holds no completed change of %1 on this tenant to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back %1 to the strategy %2 entry #%3: %4 (entry #%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the strategy %2 entry #%3; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback of %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::ShowCommand</name>
    <message>
        <source>cannot read queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The wait strategy is malformed:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::TuneCommand</name>
    <message>
        <source>cannot list the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the answer rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no queue to tune: none had contacts in the last hour with a strategy the policies allow (%1 break a policy already; see &apos;show&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 queue(s) whose strategy already breaks a policy (they need a person: see &apos;show&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked %1 of %2 queues: its answer rate (%3 over %4) is the furthest outside 30–70%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1 has a malformed wait strategy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning %1 — %2
   now: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the answer rate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate: no contacts in the last 5 minutes, so the last hour: %1 of %2 contacts answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate over the last 5 minutes: %1 (%2 contacts offered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to deploy: the queue keeps its strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy: blocked, nothing written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tune %1: the advised strategy breaks a policy; fix the queue first (see &apos;show %1&apos; and &apos;plan %1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tune %1: the deploy did not go through: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy: written at version %1 and verified (history entry #%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: no endpoint configured (--sync-endpoint); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not delivered to %1 yet (%2); it stays queued and is retried, the deploy stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: the new strategy was delivered to %1 (attempt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: unavailable (%1); the guard reads them again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics over %1: %2 offered, %3 answered, %4 abandoned, average wait %5, callback conversion %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard: comparing the %1 of tenant time after the deploy with the %1 before it%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the sandbox&apos;s clock is moved on, so this takes moments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (waiting for the tenant&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Guard window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s of tenant time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Guard: could not read the metrics (%1); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   before: answered %1, abandoned %2, wait %3, conversion %4 (%5 offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   after:  answered %1, abandoned %2, wait %3, conversion %4 (%5 offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Verdict: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule was breached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert only (--alert-only): the change stays; consider &apos;holdline-cli rollback %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back automatically: %1 (history entry #%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::cli::WatchCommand</name>
    <message>
        <source>%1: guard verdict on entry #%2: %3. %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Rolling back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: guard rollback %2 (entry #%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 every %2 s; advice is deployed and guarded (%3 min windows). Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the answer rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the queue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping on %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> once running deploys finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::credentials::CredentialStore</name>
    <message>
        <source>No keychain is available on this system; the secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer. Is it locked, or waiting for a password prompt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keychain on this system (%1); the secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::deploy::BulkDeployment</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::deploy::DeployJob</name>
    <message>
        <source>History entry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 is about queue %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 holds no complete strategy to restore: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read queue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 has a malformed wait strategy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed queue %1 since Holdline last did (%2). Nothing was changed; force the rollback to overwrite their change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the change in the history, so nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 changed on the tenant while Holdline was writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write&apos;s answer was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queue back failed too (%1); the outcome will be settled when Holdline next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the wait strategy of %1 meanwhile (%2). Nothing was overwritten; review their change and plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome could not be recorded (%1); Holdline reconciles it at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed, but the sync was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::deploy::DeploymentEngine</name>
    <message>
        <source>Strategy synced to %1 (attempt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync to %1 failed (attempt %2): %3; retrying at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 to settle entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled at start-up: the change was applied before Holdline stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled at start-up: the change was not applied before Holdline stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled at start-up: the queue has changed since (%1); whether this change was applied cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::history::HistoryStore</name>
    <message>
        <source>The history could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history entry is corrupt (%1): %2; run &quot;audit verify&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::predict::CalibrationFetch</name>
    <message>
        <source>Not a calibration window: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::predict::QueuePrediction</name>
    <message>
        <source>Could not read the queue&apos;s metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts in the window (%1): nothing to predict from; widen it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::sync::SyncOutbox</name>
    <message>
        <source>The sync outbox could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::BeforeAfterDialog</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to compare around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics before the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics after the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary deltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The after window is still running: %n minute(s) of %1 so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::BulkDialog</name>
    <message numerus="yes">
        <source>Apply a strategy to %n queue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues and their outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set these fields on every selected queue; the others stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable on the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queue(s) selected; %2 would be blocked by a rule; %3 already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 deployed, %2 unchanged, %3 blocked, %4 conflicts, %5 failed, %6 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying… Cancel stops the queues not yet written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: queues already being written finish; the others are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::ChartPanel</name>
    <message>
        <source>Before/&amp;after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate, abandon rate and average wait over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks and contacts offered over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a queue to see its metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in-process, loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated CXone tenant that runs inside Holdline: 40 queues with a week of traffic. No account needed, nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system: a secret typed here is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the tenant for a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox starts when you connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system: type the secret to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this client: type it to test. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::ConnectionTester</name>
    <message>
        <source>A client id and a secret are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Granted scopes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1 — Holdline cannot work without them; ask your CXone administrator to grant them to this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::DeployDialog</name>
    <message>
        <source>I have read the warnings and want to deploy anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Roll back &lt;b&gt;%1&lt;/b&gt; (%2). On the tenant this changes:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Deploy to &lt;b&gt;%1&lt;/b&gt; (%2). On the tenant this changes:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing: the strategy is already in place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Findings:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every other field of the queue is kept as it is; the change is recorded in the history before it is written.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the version to restore in the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queue from the tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the change in the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what the tenant stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing the external sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: %1. The queue is now at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed: %1. The queue is now at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the tenant already holds this strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed, the strategy breaks a rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed: someone else changed this queue&apos;s strategy since it was read, and Holdline does not overwrite their change. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::DeployFlows</name>
    <message>
        <source>History entry %1 holds no complete strategy to restore: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 is not on this tenant any more, or its strategy is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::HistoryModel</name>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::HistoryPanel</name>
    <message>
        <source>Only the selected &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the version &amp;before this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the strategy this entry left on the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the strategy the queue had before this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact (%n entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry&apos;s hash chains to the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry was altered, inserted or deleted outside Holdline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an entry to see exactly what it changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;#%1 · %2 of %3 — %4&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 by %2, on %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Field&lt;/th&gt;&lt;th align=right&gt;Before&lt;/th&gt;&lt;th align=right&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Other fields that differ: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Version %1 → %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Resolves pending entry #%1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Refers to entry #%1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::MainWindow</name>
    <message>
        <source>Holdline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept for this session only and you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) loaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply a strategy to the selected queues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the signing secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guard rolled back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guard flags %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) interrupted last time were settled; see the history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The strategy of %1 cannot be edited: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Holdline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) have changes that are not deployed. Quit and discard them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdline::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::PredictedImpactPanel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 % answered within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1 % abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent metrics the prediction is calibrated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted impact of the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a queue to see the impact of its edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Calibrating from the queue&apos;s recent metrics…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No prediction&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang A estimate · &lt;i&gt;simulating…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An immediate analytic estimate; the simulation replaces it in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Simulated: %n run(s), ± 95 % confidence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Current and edited met the same simulated callers in each run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 calls: %2 arrivals/h · AHT %3 s · %4 agents · patience %5 s%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin %1 pt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::PredictionController</name>
    <message>
        <source>Last 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a tenant: nothing to calibrate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the queue&apos;s metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in the window (%1) yet: nothing to calibrate from. Pick a longer window, or wait for traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents were staffed in the window (%1): nothing to predict with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimiser found no position threshold that the rules allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1 gives the best predicted answer rate (%2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1 is the highest that meets every service target (worst margin %2 points; predicted answer rate %3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold meets every service target; %1 comes closest (short by %2 points).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;External sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packs in force judge every strategy before it is deployed. Tick the regulations that bind your contact centre and pick the variant that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pack files were not loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only alert me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each deploy the guard compares the window after it with the window before. It acts when the average wait passes the limit while fewer callbacks than the minimum are accepted, or when abandon or answer rate move too far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…with callback conversion below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon rate rise over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate drop over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge only with at least (contacts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window on each side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a breach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh live metrics and charts every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret is stored in the system keychain, never in a settings file. Leave it empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After every deploy the active strategy is pushed to this endpoint; a failed push is retried until it succeeds and never undoes the deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL such as https://host/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard: average wait limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard: minimum callback conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard: abandon rate rise limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard: answer rate drop limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard: minimum contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard: window on each side of a deploy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::QueueController</name>
    <message>
        <source>The queues could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets every rule in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live metrics could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1 could not be read again: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::QueueListPanel</name>
    <message>
        <source>Only with &amp;findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter queues by name or id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only queues whose deployed strategy breaks or strains a rule in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, beyond 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 selected — Ctrl+B applies a strategy to them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::QueueTableModel</name>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, beyond %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::SessionController</name>
    <message>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret cannot be stored. Type it to connect; it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for client “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting the sandbox tenant (simulating %n day(s) of traffic)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox tenant did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the history and the sync outbox…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::StatusPanel</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Token: valid, %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Token: refused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1 of %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client paces itself at %1 requests a minute, bursts of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::StrategyEditor</name>
    <message>
        <source>Suggest &amp;threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert to deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a position threshold from the queue&apos;s live answer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the draft to the tenant (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the deployed strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour: answer rate &lt;b&gt;%1&lt;/b&gt; · abandon rate &lt;b&gt;%2&lt;/b&gt; · average wait &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a queue in the list to edit its wait strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches what is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not deployed:&lt;/b&gt; %n change(s) against the tenant.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors above before deploying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live answer rate %1 %: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate every position threshold and suggest the best one the rules allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimising: simulating every position threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimised threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdline::ui::TimeChart</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tune the wait strategies of NICE CXone queues, safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CXone-compatible tenant on loopback with simulated live traffic.
Prints {&quot;baseUrl&quot;, &quot;clientId&quot;, &quot;clientSecret&quot;} as one JSON line when ready; serves until SIGINT/SIGTERM. Faults can also be changed at run time: GET/PUT/POST/DELETE &lt;baseUrl&gt;/sandbox/faults.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
