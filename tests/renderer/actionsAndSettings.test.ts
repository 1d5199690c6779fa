import { describe, expect, it } from 'vitest';
import type { ActionProposalView, LlmSettingsView, ReplyEnvelope, StatusSnapshot } from '../../src-preload/contract';
import { canRemember, describeOutcome, displayStatus, isDecidable, newerProposal } from '../../src-renderer/features/approvals/describeProposal';
import { sortNewestFirst } from '../../src-renderer/features/audit/auditStore';
import { describeEnvelope, isInterruptedReply } from '../../src-renderer/features/chat/describeEnvelope';
import { diffLlmSettings, draftFromSettings, fieldErrorsFromMessage } from '../../src-renderer/features/settings/llmSettingsDraft';
import { llmValue } from '../../src-renderer/features/status/describeStatus';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const proposal = (over: Partial<ActionProposalView> = {}): ActionProposalView => ({
  id: 'p1', conversation_id: 'c1', description: 'Turn off the Kitchen Light', tier: 2, tool: 'update_entity',
  targets: [{ id: 'd1', name: 'Kitchen Light', entity_type: 'device', version: 'v1' }],
  changes: [{ entity_id: 'd1', entity_name: 'Kitchen Light', base_version: 'v1', changes: { content: { state: { power: 'off' } } } }],
  status: 'pending', can_remember: true, created_at: '2026-03-01T11:59:00Z', expires_at: '2026-03-01T12:10:00Z',
  proposer: 'intent-engine', decided_by: null, result: null, approved_by_rule: null, replaced_by: null, ...over,
});

describe('action cards', () => {
  it('offers a decision only while pending (or needing re-approval) and before the deadline', () => {
    expect(isDecidable(proposal(), NOW)).toBe(true);
    // Main refuses a decision on a stale card; its buttons would lie (issue 8). The fresh card it links to is decidable.
    expect(isDecidable(proposal({ status: 'needs_reapproval' }), NOW)).toBe(false);
    expect(isDecidable(proposal({ status: 'executed' }), NOW)).toBe(false);
    const late = proposal({ expires_at: '2026-03-01T11:59:59Z' });
    expect(isDecidable(late, NOW)).toBe(false);
    expect(displayStatus(late, NOW)).toBe('expired');
    expect(displayStatus(proposal({ status: 'denied', expires_at: '2026-03-01T11:00:00Z' }), NOW)).toBe('denied');
  });

  it('says what changed in plain words, not a version string', () => {
    const change = (changes: ActionProposalView['changes'][number]['changes']) => ({ entity_id: 'd1', entity_name: 'Kitchen Ceiling Light', base_version: 'v1', changes });
    expect(describeOutcome(change({ content: { state: { power: 'off', level: 100 } } }), { power: 'on', level: 100 })).toBe('Kitchen Ceiling Light is now off');
    expect(describeOutcome(change({ content: { state: { power: 'on', level: 30 } } }), { power: 'off', level: 0 })).toBe('Kitchen Ceiling Light is now on, at 30%');
    expect(describeOutcome(change({ content: { state: { lock: 'unlocked' } } }))).toBe('Kitchen Ceiling Light is now unlocked');
    expect(describeOutcome(change({ name: 'Cooker Light' }))).toBe('Kitchen Ceiling Light is now called Cooker Light');
    expect(describeOutcome(change({ content: { deleted: true } }))).toBe('Kitchen Ceiling Light was deleted');
  });

  it('never offers "always allow" for tier 3, even if the flag says so', () => {
    expect(canRemember(proposal())).toBe(true);
    expect(canRemember(proposal({ can_remember: false }))).toBe(false);
    expect(canRemember(proposal({ tier: 3, can_remember: true }))).toBe(false);
  });

  it('keeps the view that knows more: a decided card never goes back to pending', () => {
    const executed = proposal({ status: 'executed' });
    expect(newerProposal(proposal(), executed).status).toBe('executed');
    expect(newerProposal(executed, proposal()).status).toBe('executed');
    expect(newerProposal(proposal(), undefined).status).toBe('pending');
  });
});

const envelope = (over: Partial<ReplyEnvelope> = {}): ReplyEnvelope => ({
  response: 'x', conversation_id: 'c1', message_id: 'm1', mode: 'remote', provider: 'openai', model: 'gpt-x', service_status: 'healthy',
  fallback_reason: null, notice: null, processing_time_ms: 1234, first_token_ms: 200, citations: [], tool_calls: [],
  freshness: { synced_at: null, source: 'demo', label: 'demo data' }, proposal: null, correlation_id: 'corr-1', ...over,
});

describe('reply envelope line', () => {
  it('is compact for a normal remote answer', () => {
    const d = describeEnvelope(envelope());
    expect(d.line).toBe('Remote · gpt-x · 1.2 s');
    expect(d.fallback).toBeNull();
    expect(d.interrupted).toBe(false);
  });

  it('makes a local fallback visible and does not repeat it as a notice', () => {
    const d = describeEnvelope(envelope({ mode: 'local', provider: 'local', model: 'stories', fallback_reason: 'provider unreachable', notice: 'Answered locally: provider unreachable.' }));
    expect(d.fallback).toBe('answered locally: provider unreachable');
    expect(d.notice).toBeNull();
    expect(Object.fromEntries(d.details)['Fallback']).toBe('provider unreachable');
  });

  it('keeps the fallback label to the reason’s headline and leaves the technical detail to the details', () => {
    const reason = 'remote model unreachable: Cannot reach the remote model: connect ECONNREFUSED 127.0.0.1:36089';
    const d = describeEnvelope(envelope({ mode: 'local', provider: 'local', model: 'stories', fallback_reason: reason }));
    expect(d.fallback).toBe('answered locally: remote model unreachable');
    expect(Object.fromEntries(d.details)['Fallback']).toBe(reason);
  });

  it('recognises an interrupted reply from its notice', () => {
    expect(isInterruptedReply({ notice: 'The reply was interrupted (connection lost). You can continue locally or retry.' })).toBe(true);
    expect(isInterruptedReply({ notice: null })).toBe(false);
  });

  it('lists every envelope field a person may need in the details', () => {
    const d = Object.fromEntries(describeEnvelope(envelope({ tool_calls: [{ name: 'search', arguments: {}, tier: 1, ok: false, summary: '' }], citations: [{ entity_id: 'e', version: 'v', name: 'K', entity_type: 'room' }] })).details);
    expect(d['Tools']).toContain('search');
    expect(d['Tools']).toContain('failed');
    expect(d['Sources']).toBe('1');
    expect(d['First token']).toBe('200 ms');
    expect(d['Reference']).toBe('corr-1');
  });
});

describe('status bar LLM item', () => {
  const llm = (over: Partial<StatusSnapshot['llm']>): StatusSnapshot['llm'] => ({ mode: 'hybrid', remote: 'healthy', local: 'healthy', breaker: 'closed', ...over });
  it('reads the remote state and the breaker in fixed uppercase words', () => {
    expect(llmValue(llm({}))).toBe('Hybrid · Remote model: working · Local model: ready');
    expect(llmValue(llm({ remote: 'offline', breaker: 'open' }))).toContain('Remote model: failing, retries by itself soon');
    // Main's next-probe time becomes a countdown, then "trying again" once it has passed.
    const open = llm({ remote: 'offline', breaker: 'open', nextProbeAt: new Date(NOW + 41_200).toISOString() });
    expect(llmValue(open, NOW)).toContain('Remote model: failing, retrying in 42 s');
    expect(llmValue(open, NOW + 30_000)).toContain('Remote model: failing, retrying in 12 s');
    expect(llmValue(open, NOW + 42_000)).toContain('Remote model: trying again');
    expect(llmValue(llm({ remote: 'degraded', breaker: 'half_open' }))).toContain('Remote model: trying again');
    expect(llmValue(llm({ remote: 'degraded', breaker: 'closed' }))).toContain('Remote model: slow or unstable');
  });
  it('leaves out a side the mode does not use when it is not set up', () => {
    expect(llmValue(llm({ mode: 'local', remote: 'not_configured', breaker: undefined }))).toBe('Local only · Local model: ready');
    expect(llmValue(llm({ mode: 'remote', local: 'not_configured' }))).toBe('Remote only · Remote model: working');
  });
});

const settings: LlmSettingsView = {
  mode: 'hybrid',
  remote: { baseUrl: 'https://api.example.com/v1', model: 'gpt-x', hasApiKey: true, apiKeyHint: 'sk-…abcd' },
  local: { modelPath: null, threads: 4, contextSize: 2048, allowWriteTools: false, sizeBytes: null },
  secretsEncrypted: true,
};

describe('language model settings form', () => {
  it('sends nothing when nothing changed, and never the key unless a new one was typed', () => {
    const r = diffLlmSettings(settings, draftFromSettings(settings));
    expect(r.changed).toBe(false);
    expect(r.changes).toEqual({});
  });

  it('sends only the changed fields', () => {
    const r = diffLlmSettings(settings, { ...draftFromSettings(settings), mode: 'local', threads: '8', apiKey: ' sk-new ', modelPath: '/m.gguf' });
    expect(r.errors).toEqual({});
    expect(r.changes).toEqual({ mode: 'local', remote: { apiKey: 'sk-new' }, local: { threads: 8, modelPath: '/m.gguf' } });
  });

  it('clears the key and empties fields as null', () => {
    const r = diffLlmSettings(settings, { ...draftFromSettings(settings), clearApiKey: true, baseUrl: '  ', model: '' });
    expect(r.changes.remote).toEqual({ apiKey: null, baseUrl: null, model: null });
  });

  it('catches bad input before the round trip', () => {
    const r = diffLlmSettings(settings, { ...draftFromSettings(settings), baseUrl: 'ftp://x', threads: '0', contextSize: '12.5' });
    expect(Object.keys(r.errors).sort()).toEqual(['local.contextSize', 'local.threads', 'remote.baseUrl']);
    expect(r.changes.remote?.baseUrl).toBeUndefined();
  });

  it('puts main\'s validation messages next to their fields', () => {
    const split = fieldErrorsFromMessage('remote.baseUrl: The base URL must start with http:// or https://; local.threads: Too big; (input): odd');
    expect(split.fields['remote.baseUrl']).toBe('The base URL must start with http:// or https://');
    expect(split.fields['local.threads']).toBe('Too big');
    expect(split.rest).toEqual(['(input): odd']);
  });
});

describe('activity log', () => {
  it('orders entries newest first', () => {
    const e = (id: string, at: string) => ({ id, at, kind: 'proposal' as const, correlation_id: 'c', proposal_id: null, actor: 'a', proposer: null, tool: null, arguments: null, result: null, message: id });
    expect(sortNewestFirst([e('old', '2026-01-01T00:00:00Z'), e('new', '2026-02-01T00:00:00Z')]).map((x) => x.id)).toEqual(['new', 'old']);
  });
});
