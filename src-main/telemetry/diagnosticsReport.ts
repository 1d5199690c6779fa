// The copyable diagnostics report: what a maintainer needs to understand a problem (versions, health, breaker, model
// load, turn timings, error counts), as plain text. Nothing secret goes in: the view carries no key, token or chat
// text, the whole report is scrubbed of secret-looking strings, and the caller's known secrets are cut out by value.
import type { TelemetryView } from '../../src-preload/contract';
import { REDACTED, redactText } from '../logging/redactSecrets';

export interface ReportContext {
  appVersion: string;
  runtime: string;
  platform: string;
  nodeVersion: string;
  /** Secret values known to main (the API key, the server token): removed wherever they might appear. */
  secrets: readonly string[];
}

const ms = (value: number | null) => (value === null ? '–' : `${value} ms`);

export function diagnosticsReport(view: TelemetryView, context: ReportContext): string {
  const { status, model } = view;
  const lines = [
    `Goodies diagnostics · ${view.generatedAt}`,
    `App ${context.appVersion} (${context.runtime}) · ${context.platform} · Node ${context.nodeVersion}`,
    `Counting since ${view.since}`,
    '',
    '## Health',
    `Network: ${status.network}`,
    `Home server: ${status.homeServer.state}${status.homeServer.lastSyncedAt ? `, last synced ${status.homeServer.lastSyncedAt}` : ''}`,
    `Language model: mode ${status.llm.mode}; remote ${status.llm.remote}; local ${status.llm.local}`,
    `Remote circuit: ${status.llm.breaker ?? 'n/a'}${status.llm.nextProbeAt ? `, next try at ${status.llm.nextProbeAt}` : ''}`,
    `Graph: ${status.graph.entityCount} entities, ${status.graph.relationshipCount} relationships, ${status.graph.pendingCount} pending, source ${status.graph.source}`,
    '',
    '## Models',
    `Remote: ${model.remote.model ?? 'not set'} at ${model.remote.host ?? 'no provider set'}`,
    `Local: ${model.local.model ?? 'none'}; ${model.local.loaded ? 'loaded' : 'not loaded'}${model.local.lastLoadMs !== null ? `; last load ${model.local.lastLoadMs} ms at ${model.local.loadedAt}` : ''}`,
    '',
    '## Sync and queue',
    view.sync ? Object.entries(view.sync).map(([k, v]) => `${k}: ${v ?? '–'}`).join('\n') : 'not available yet',
    '',
    '## Errors',
    ...(view.errorCounts.length ? view.errorCounts.map((e) => `${e.count} × ${e.kind}`) : ['none']),
    '',
    `## Recent turns (${view.turns.length}, newest first)`,
    'at | outcome | provider/model | first token | total | tools',
    ...view.turns.map((t) =>
      [t.at, t.outcome + (t.error_type ? ` (${t.error_type})` : ''), `${t.provider}/${t.model ?? '–'}`, ms(t.first_token_ms), ms(t.total_ms), t.tools.length ? `${t.tools.length} in ${t.tools_ms} ms (${t.tools.map((x) => x.name + (x.ok ? '' : ' failed')).join(', ')})` : '–'].join(' | '),
    ),
  ];
  return removeSecrets(lines.join('\n'), context.secrets);
}

/** Pattern scrub first, then every known secret value cut out wherever it still appears (even inside a word). */
function removeSecrets(text: string, secrets: readonly string[]): string {
  let out = redactText(text);
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out;
}
