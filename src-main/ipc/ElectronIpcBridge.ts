// The Electron transport of the contract: one invoke channel for every call, one channel per declared event.
// Types only come from electron here, so the bridge's logic stays testable in plain Node.
import { randomUUID } from 'node:crypto';
import type { IpcMainInvokeEvent } from 'electron';
import { EVENT_CHANNEL_PREFIX, INVOKE_CHANNEL } from '../../src-preload/contract';
import { dispatchCall, type CallHandlers, type CallLogger } from '../api/CallHandlers';
import type { EventBus } from '../api/EventBus';
import type { Result } from '../../src-shared/errors';
import type { Disposable } from '../lifecycle/Disposable';
import { isTrustedRendererUrl, type RendererLocation } from './isTrustedRendererUrl';

/** The part of a sending frame we judge. Electron's WebFrameMain fits. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface EventTarget {
  isDestroyed(): boolean;
  readonly webContents: { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };
}

export interface IpcBridgeOptions {
  ipcMain: IpcMainLike;
  handlers: CallHandlers;
  events: EventBus;
  isTrustedSender: (frame: SenderFrame | null | undefined) => boolean;
  getWindows: () => readonly EventTarget[];
  /** Where internal errors are recorded (the file logger). */
  logger?: CallLogger;
}

/** Only the top frame of our own page may call: an iframe or a page we navigated away to (should we ever) may not. */
export function trustRendererFrames(location: RendererLocation): IpcBridgeOptions['isTrustedSender'] {
  return (frame) => frame != null && frame.parent === null && isTrustedRendererUrl(frame.url, location);
}

export function registerIpcBridge(options: IpcBridgeOptions): Disposable {
  options.ipcMain.handle(INVOKE_CHANNEL, async (event, name, args): Promise<Result<unknown>> => {
    if (!options.isTrustedSender(event.senderFrame)) {
      return {
        ok: false,
        error: { type: 'forbidden', message: 'This page may not call Goodies.', retryable: false, correlation_id: randomUUID() },
      };
    }
    return dispatchCall(options.handlers, name, args, 'ipc', options.logger);
  });

  const subscription = options.events.onDidPublish(({ name, payload }) => {
    for (const window of options.getWindows()) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
      window.webContents.send(EVENT_CHANNEL_PREFIX + name, payload);
    }
  });

  return {
    dispose: () => {
      subscription.dispose();
      options.ipcMain.removeHandler(INVOKE_CHANNEL);
    },
  };
}
