// The typed IPC contract: calls, events and the API the preload exposes as `window.goodies`.
import type { Result } from '../../src-shared/errors';
import type { CallArgs, CallName, CallResult } from './calls';
import type { EventName, EventPayload } from './events';

export * from './calls';
export * from './events';
export * from './names';
export * from './desktop';
export type * from './views';
export type * from './assistantViews';
export type * from './syncViews';
export type * from './outboxViews';
export { OUTBOX_KIND_NAMES, OUTBOX_STATUS_NAMES } from './outboxCalls';
export type { SpeechAudioView, VoiceSettingsView } from './voiceCalls';
export type { SyncLoginArgs } from './syncCalls';
export type { ModelCatalogueEntry, ModelLoadView, TelemetryView, TurnTimingView } from './telemetry';


export type GoodiesCalls = { [K in CallName]: (args: CallArgs<K>) => Promise<Result<CallResult<K>>> };
export type GoodiesEvents = { [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void };

/** `window.goodies`: one function per declared call and per declared event, generated from the contract. */
export interface GoodiesApi {
  readonly calls: GoodiesCalls;
  readonly events: GoodiesEvents;
  readonly runtime: 'electron' | 'browser';
}
