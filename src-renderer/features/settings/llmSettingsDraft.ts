// The settings form as plain strings, and the pure step from form to 'llm.saveSettings' arguments: only what changed,
// checked the way main checks it so most mistakes show before a round trip.
import type { CallArgs, LlmMode, LlmSettingsView } from '../../../src-preload/contract';

export interface LlmSettingsDraft {
  mode: LlmMode;
  baseUrl: string;
  model: string;
  /** A new key typed by the user; empty keeps the stored one. */
  apiKey: string;
  clearApiKey: boolean;
  modelPath: string;
  threads: string;
  contextSize: string;
  allowWriteTools: boolean;
}

/** Field keys match main's validation paths ("remote.baseUrl: …") so server errors land next to the same field. */
export type LlmField = 'mode' | 'remote.baseUrl' | 'remote.model' | 'remote.apiKey' | 'local.modelPath' | 'local.threads' | 'local.contextSize';
export type FieldErrors = Partial<Record<LlmField, string>>;

export type LlmSettingsChanges = CallArgs<'llm.saveSettings'>;

export function draftFromSettings(s: LlmSettingsView): LlmSettingsDraft {
  return {
    mode: s.mode,
    baseUrl: s.remote.baseUrl ?? '',
    model: s.remote.model ?? '',
    apiKey: '',
    clearApiKey: false,
    modelPath: s.local.modelPath ?? '',
    threads: String(s.local.threads),
    contextSize: String(s.local.contextSize),
    allowWriteTools: s.local.allowWriteTools,
  };
}

const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());

function intIn(text: string, min: number, max: number): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export function diffLlmSettings(saved: LlmSettingsView, d: LlmSettingsDraft): { changes: LlmSettingsChanges; errors: FieldErrors; changed: boolean } {
  const errors: FieldErrors = {};
  const remote: NonNullable<LlmSettingsChanges['remote']> = {};
  const local: NonNullable<LlmSettingsChanges['local']> = {};

  const baseUrl = orNull(d.baseUrl);
  if (baseUrl !== saved.remote.baseUrl) {
    if (baseUrl !== null && !/^https?:\/\/[^\s/]+/i.test(baseUrl)) errors['remote.baseUrl'] = 'The base URL must start with http:// or https://';
    else remote.baseUrl = baseUrl;
  }
  const model = orNull(d.model);
  if (model !== saved.remote.model) remote.model = model;
  if (d.clearApiKey) {
    if (saved.remote.hasApiKey) remote.apiKey = null;
  } else if (d.apiKey.trim()) {
    if (d.apiKey.trim().length > 500) errors['remote.apiKey'] = 'The API key is longer than 500 characters.';
    else remote.apiKey = d.apiKey.trim();
  }

  const modelPath = orNull(d.modelPath);
  if (modelPath !== saved.local.modelPath) local.modelPath = modelPath;
  const threads = intIn(d.threads, 1, 64);
  if (threads === null) errors['local.threads'] = 'Threads must be a whole number from 1 to 64.';
  else if (threads !== saved.local.threads) local.threads = threads;
  const contextSize = intIn(d.contextSize, 256, 32_768);
  if (contextSize === null) errors['local.contextSize'] = 'Context size must be a whole number from 256 to 32768.';
  else if (contextSize !== saved.local.contextSize) local.contextSize = contextSize;
  if (d.allowWriteTools !== saved.local.allowWriteTools) local.allowWriteTools = d.allowWriteTools;

  const changes: LlmSettingsChanges = {};
  if (d.mode !== saved.mode) changes.mode = d.mode;
  if (Object.keys(remote).length) changes.remote = remote;
  if (Object.keys(local).length) changes.local = local;
  return { changes, errors, changed: Object.keys(changes).length > 0 };
}

const FIELDS: readonly LlmField[] = ['mode', 'remote.baseUrl', 'remote.model', 'remote.apiKey', 'local.modelPath', 'local.threads', 'local.contextSize'];

/** Splits main's "path: message; path: message" validation text into per-field errors; the rest stays general. */
export function fieldErrorsFromMessage(message: string): { fields: FieldErrors; rest: string[] } {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const part of message.split('; ')) {
    const match = /^([\w.]+): (.+)$/s.exec(part);
    const field = FIELDS.find((f) => f === match?.[1]);
    if (match?.[2] && field) fields[field] = match[2];
    else if (part.trim()) rest.push(part);
  }
  return { fields, rest };
}
