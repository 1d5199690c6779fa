// The household assistant as one feature module: its answer-path responder, the reminder scheduler and the contract
// handlers, built from the composition root's services (services.ts lists it; nothing else constructs these).
import type { CallHandlers } from '../api/CallHandlers';
import type { EventBus } from '../api/EventBus';
import type { ApprovalService } from '../approvals/ApprovalService';
import type { GraphStore } from '../graph/GraphStore';
import { DisposableStore, type Disposable } from '../lifecycle/Disposable';
import type { Event } from '../lifecycle/Emitter';
import type { NotificationActionChoice, PlatformNotification } from '../platform/Platform';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';
import type { ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';
import { AssistantResponder } from './AssistantResponder';
import { createAssistantHandlers } from './assistantHandlers';
import { homeTimeZone } from './homeTimeZone';
import { activePersona, PERSONA_SETTINGS_KEY, personaSettingsSchema, type PersonaSettings } from './personas';
import { reminderActionFor } from './reminderNotification';
import { ReminderScheduler, type SchedulerTimers } from './ReminderScheduler';

export type AssistantCallName = Extract<keyof CallHandlers, `assistant.${string}`>;
export type AssistantHandlers = Pick<CallHandlers, AssistantCallName>;

export interface AssistantDeps {
  store: GraphStore;
  registry: ToolRegistry;
  approvals: ApprovalService;
  settings: SqliteSettingsStore;
  events: EventBus;
  toolContext: (userId: string, correlationId: string) => ToolContext;
  /** The session's user (read at each use: a guest session may start or end while the app runs). */
  user: { readonly id: string; readonly role: 'admin' | 'user' | 'guest' };
  notify: (notification: PlatformNotification) => void;
  /** Buttons pressed on notifications (the platform's); the reminders' snooze and done are acted on here. */
  onNotificationAction: Event<NotificationActionChoice>;
  now: () => number;
  /** Fire reminders in this process (the app and browser mode; not one-shot CLI commands). */
  scheduleReminders: boolean;
  timers?: SchedulerTimers;
}

export interface AssistantFeature extends Disposable {
  responder: AssistantResponder;
  handlers: AssistantHandlers;
  scheduler: ReminderScheduler;
  /** The active persona's system prompt, for the model step. */
  systemPrompt(): string;
}

export async function registerAssistant(deps: AssistantDeps): Promise<AssistantFeature> {
  const disposables = new DisposableStore();
  const readPersonas = (): PersonaSettings => deps.settings.read(PERSONA_SETTINGS_KEY, personaSettingsSchema, personaSettingsSchema.parse({}));
  const timeZone = (): Promise<string> => homeTimeZone(deps.store);
  const scheduler = disposables.add(new ReminderScheduler({
    store: deps.store,
    writeContext: () => deps.toolContext(deps.user.id, 'reminder-scheduler'),
    notify: deps.notify,
    now: deps.now,
    timeZone,
    ...(deps.timers ? { timers: deps.timers } : {}),
  }));
  disposables.add(scheduler.onDidFire((due) => deps.events.publish('assistant.reminderDue', due)));
  disposables.add(scheduler.onDidSettle((reminder) => deps.events.publish('assistant.reminderSettled', { id: reminder.id })));
  disposables.add(deps.onNotificationAction((choice) => {
    const chosen = reminderActionFor(choice);
    // Guests read only, also through a notification's buttons.
    if (!chosen || deps.user.role === 'guest') return;
    const { reminderId, action } = chosen;
    const work = action.type === 'done' ? scheduler.complete(reminderId) : scheduler.snooze(reminderId, action.option);
    // A reminder deleted since it fired: nothing left to snooze; say so in the log, not as a crash.
    work.catch((error: unknown) => console.warn('[reminders] notification action failed', reminderId, error));
  }));
  if (deps.scheduleReminders) await scheduler.start();
  const responder = new AssistantResponder({
    registry: deps.registry,
    approvals: deps.approvals,
    store: deps.store,
    toolContext: deps.toolContext,
    now: deps.now,
    style: () => activePersona(readPersonas()).style,
  });
  const handlers = createAssistantHandlers({ ...deps, scheduler, timeZone, readPersonas });
  return {
    responder,
    handlers,
    scheduler,
    systemPrompt: () => activePersona(readPersonas()).systemPrompt,
    dispose: () => disposables.dispose(),
  };
}
