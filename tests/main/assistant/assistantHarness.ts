// The real answer path (createMainServices: commands → assistant → intent engine → models) over the demo home in a
// temp SQLite file, with the assistant's clock pinned and, when asked, fake timers for the reminder scheduler.
import { updateItem } from '../../../src-main/assistant/householdWrites';
import { VersionClock } from '../../../src-shared/protocol/version';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import type { PlatformNotification } from '../../../src-main/platform/Platform';
import type { SchedulerTimers } from '../../../src-main/assistant/ReminderScheduler';
import type { CallArgs, CallName, CallResult, ReplyEnvelope } from '../../../src-preload/contract';
import { createTestServices, type TestServices } from '../../support/createTestServices';

export interface AssistantHarness {
  t: TestServices;
  clock: { nowMs: number };
  notifications: Array<{ title: string; body: string }>;
  /** The same notifications as the port received them (tag, buttons, click target). */
  notified: PlatformNotification[];
  call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>>;
  /** Sends a chat message in the harness's conversation and returns the reply. */
  say(text: string): Promise<ReplyEnvelope>;
  setTimeZone(tz: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** Fri 23 Oct 2026, 10:00 UTC: two days before London leaves summer time, nine before New York does. */
export const FIXED_NOW_MS = Date.UTC(2026, 9, 23, 10, 0, 0);

export async function openAssistantHarness(options: { timers?: SchedulerTimers; scheduleReminders?: boolean; nowMs?: number; clock?: { nowMs: number } } = {}): Promise<AssistantHarness> {
  const clock = options.clock ?? { nowMs: options.nowMs ?? FIXED_NOW_MS };
  const notifications: Array<{ title: string; body: string }> = [];
  const notified: PlatformNotification[] = [];
  const t = await createTestServices({
    assistant: { now: () => clock.nowMs, scheduleReminders: options.scheduleReminders ?? false, ...(options.timers ? { timers: options.timers } : {}) },
  });
  // The NodePlatform of the test writes notifications to a sink; record what reaches the port.
  const notify = t.platform.notify.bind(t.platform);
  t.platform.notify = (n) => {
    notifications.push({ title: n.title, body: n.body });
    notified.push(n);
    notify(n);
  };
  let conversationId: string | undefined;
  const call = async <K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> => {
    const result = await dispatchCall(t.services.handlers, name, args, 'test');
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.value as CallResult<K>;
  };
  return {
    t, clock, notifications, notified, call,
    async say(text) {
      const sent = await call('chat.send', { text, ...(conversationId ? { conversationId } : {}) });
      conversationId = sent.conversation.id;
      return sent.reply;
    },
    async setTimeZone(tz) {
      const [home] = await t.services.store.listEntities({ types: ['home'] });
      if (!home) throw new Error('demo home has no home entity');
      await updateItem({ store: t.services.store, clock: new VersionClock(), userId: 'tester' }, home, { timezone: tz });
    },
    cleanup: () => t.cleanup(),
  };
}
