import type { ServiceState, StatusSnapshot } from '../../../src-preload/contract';
import { formatRelativeTime } from '../../ui/formatTime';

export type Tone = 'ok' | 'warn' | 'bad' | 'idle';

export interface StatusItem {
  key: 'network' | 'server' | 'llm' | 'graph';
  label: string;
  value: string;
  tone: Tone;
  detail: string;
}

const SERVICE_WORD: Record<ServiceState, string> = { healthy: 'healthy', degraded: 'degraded', offline: 'offline', not_configured: 'not set up' };
const SERVICE_TONE: Record<ServiceState, Tone> = { healthy: 'ok', degraded: 'warn', offline: 'bad', not_configured: 'idle' };

/** The status snapshot as four short, colour-independent items (the word carries the meaning, colour only helps). */
export function describeStatus(s: StatusSnapshot, now: number = Date.now()): StatusItem[] {
  const llmState = s.llm.mode === 'local' ? s.llm.local : s.llm.mode === 'remote' ? s.llm.remote : s.llm.remote === 'healthy' ? 'healthy' : s.llm.local;
  const llmTone: Tone = s.llm.mode === 'hybrid' && s.llm.remote !== 'healthy' && s.llm.local === 'healthy' ? 'warn' : SERVICE_TONE[llmState];
  const synced = s.graph.syncedAt ?? s.homeServer.lastSyncedAt;
  return [
    { key: 'network', label: 'Network', value: s.network, tone: s.network === 'online' ? 'ok' : 'bad', detail: `Network ${s.network}` },
    {
      key: 'server',
      label: 'Home server',
      value: SERVICE_WORD[s.homeServer.state],
      tone: SERVICE_TONE[s.homeServer.state],
      detail: [s.homeServer.url, s.homeServer.lastSyncedAt ? `last synced ${formatRelativeTime(s.homeServer.lastSyncedAt, now)}` : null].filter(Boolean).join(' · ') || 'No home server configured',
    },
    {
      key: 'llm',
      label: 'LLM',
      value: llmValue(s.llm, now),
      tone: llmTone,
      detail: [`Mode ${s.llm.mode}: remote ${SERVICE_WORD[s.llm.remote]}, local ${SERVICE_WORD[s.llm.local]}`, s.llm.breaker ? `remote circuit ${s.llm.breaker.replace('_', '-')}` : null, s.llm.notice].filter(Boolean).join(' · '),
    },
    {
      key: 'graph',
      label: 'Graph',
      value: `${s.graph.entityCount.toLocaleString()} entities${s.graph.pendingCount ? ` · ${s.graph.pendingCount} pending` : ''}`,
      tone: s.graph.pendingCount ? 'warn' : 'ok',
      detail: `${s.graph.relationshipCount.toLocaleString()} relationships · source ${s.graph.source} · synced ${formatRelativeTime(synced, now)}`,
    },
  ];
}

const MODE_WORD: Record<StatusSnapshot['llm']['mode'], string> = { hybrid: 'Hybrid', remote: 'Remote only', local: 'Local only' };

/** What the remote side is doing, in words a non-engineer reads right: the breaker's state is how it behaves. */
function remoteWords(llm: StatusSnapshot['llm'], now: number): string {
  if (llm.remote === 'not_configured') return 'not set up';
  if (llm.breaker === 'open') {
    const seconds = retryInSeconds(llm, now);
    if (seconds === null) return 'failing, retries by itself soon';
    return seconds > 0 ? `failing, retrying in ${seconds} s` : 'trying again';
  }
  if (llm.breaker === 'half_open') return 'trying again';
  if (llm.remote === 'offline') return 'failing';
  if (llm.remote === 'degraded') return 'slow or unstable';
  return 'working';
}

const LOCAL_WORD: Record<ServiceState, string> = { healthy: 'ready', degraded: 'unstable', offline: 'failing', not_configured: 'not set up' };

/**
 * "Hybrid · Remote model: working · Local model: ready": the mode and each side in plain words (the circuit
 * breaker's CLOSED / OPEN / HALF-OPEN become working / failing, retrying in 42 s / trying again; the details tooltip keeps the
 * technical terms). A side the mode does not use is left out unless it is set up (hybrid shows both).
 */
export function llmValue(llm: StatusSnapshot['llm'], now: number = Date.now()): string {
  const parts: string[] = [MODE_WORD[llm.mode]];
  if (llm.mode !== 'local' || llm.remote !== 'not_configured') parts.push(`Remote model: ${remoteWords(llm, now)}`);
  if (llm.mode !== 'remote' || llm.local !== 'not_configured') parts.push(`Local model: ${LOCAL_WORD[llm.local]}`);
  return parts.join(' · ');
}

/** Whole seconds until an open circuit tries the remote model again (from main's next-probe time), or null if unknown. */
export function retryInSeconds(llm: StatusSnapshot['llm'], now: number = Date.now()): number | null {
  if (llm.breaker !== 'open' || !llm.nextProbeAt) return null;
  const at = Date.parse(llm.nextProbeAt);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
