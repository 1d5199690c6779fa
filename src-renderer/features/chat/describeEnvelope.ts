import type { ReplyEnvelope } from '../../../src-preload/contract';
import { formatDuration } from '../../ui/formatTime';

export interface EnvelopeSummary {
  /** "Remote · gpt-4o-mini · 1.2 s": who answered and how long it took. */
  line: string;
  /** "answered locally: provider unreachable" when hybrid fell back to the local model; null otherwise. */
  fallback: string | null;
  /** A notice to show inline (interruptions, limits), minus what the fallback label already says. */
  notice: string | null;
  /** The reply is partial: offer "Continue locally" and "Retry". */
  interrupted: boolean;
  details: Array<[string, string]>;
}

/** The reply envelope in words: a compact line, the fallback made visible, and the rows of the details popover. */
export function describeEnvelope(e: ReplyEnvelope): EnvelopeSummary {
  const mode = e.mode === 'local' ? 'Local' : 'Remote';
  // The intent engine reports the matched intent as its "model"; the engine's name reads better in the line.
  const who = e.model && e.provider !== 'intent-engine' ? e.model : e.provider;
  const line = [mode, who, formatDuration(e.processing_time_ms)].filter(Boolean).join(' · ');
  // The label keeps the reason's headline ("remote model unreachable"); the technical detail is in the popover.
  const fallback = e.mode === 'local' && e.fallback_reason ? `answered locally: ${e.fallback_reason.split(':')[0]}` : null;
  const notice = fallback && e.notice && /answered locally/i.test(e.notice) ? null : e.notice;
  const details: Array<[string, string]> = [
    ['Mode', e.mode],
    ['Provider', e.provider || '–'],
    ['Model', e.model ?? '–'],
    ['Service', e.service_status || '–'],
    ['Fallback', e.fallback_reason ?? 'none'],
  ];
  if (e.notice) details.push(['Notice', e.notice]);
  details.push(
    ['First token', formatDuration(e.first_token_ms)],
    ['Total time', formatDuration(e.processing_time_ms)],
    ['Tools', e.tool_calls.length ? e.tool_calls.map((t) => `${t.name} ${t.ok ? '✓' : '✗ failed'}`).join(', ') : 'none'],
    ['Sources', String(e.citations.length)],
    ['Data', `${e.freshness.label} (${e.freshness.source})`],
    ['Reference', e.correlation_id],
  );
  return { line, fallback, notice, interrupted: isInterruptedReply(e), details };
}

/** Main marks a reply cut short (provider failed mid-stream, or Stop) in its notice; the text kept is partial. */
export function isInterruptedReply(e: Pick<ReplyEnvelope, 'notice'>): boolean {
  return /interrupt/i.test(e.notice ?? '');
}
