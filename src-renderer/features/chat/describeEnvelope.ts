import type { ReplyEnvelope } from '../../../src-preload/contract';
import { formatDuration } from '../../ui/formatTime';

/** The envelope as words: a short source label, the notice to show inline, and the rows of the details popover. */
export function describeEnvelope(e: ReplyEnvelope): { source: string; notice: string | null; details: Array<[string, string]> } {
  const mode = e.mode === 'local' ? 'Local' : 'Remote';
  const source = e.provider ? `${mode} · ${e.provider}` : mode;
  const notice = e.notice ?? (e.fallback_reason ? `answered locally: ${e.fallback_reason}` : null);
  const details: Array<[string, string]> = [
    ['Mode', e.mode],
    ['Provider', e.provider || '–'],
    ['Model', e.model ?? '–'],
    ['Service', e.service_status || '–'],
    ['Time', formatDuration(e.processing_time_ms)],
    ['First token', formatDuration(e.first_token_ms)],
    ['Data', `${e.freshness.label} (${e.freshness.source})`],
  ];
  if (e.fallback_reason) details.push(['Fallback', e.fallback_reason]);
  if (e.tool_calls.length) details.push(['Tools', e.tool_calls.map((t) => `${t.name}${t.ok ? '' : ' (failed)'}`).join(', ')]);
  details.push(['Reference', e.correlation_id]);
  return { source, notice, details };
}
