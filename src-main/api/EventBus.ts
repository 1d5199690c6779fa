// Main → renderer events. Services publish here; each transport (IPC, WebSocket) forwards what it receives.
import type { EventName, EventPayload } from '../../src-preload/contract';
import { Emitter, type Event } from '../lifecycle/Emitter';

export interface PublishedEvent {
  name: EventName;
  payload: unknown;
}

export class EventBus {
  private readonly emitter = new Emitter<PublishedEvent>();
  readonly onDidPublish: Event<PublishedEvent> = this.emitter.event;

  publish<E extends EventName>(name: E, payload: EventPayload<E>): void {
    this.emitter.fire({ name, payload });
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
