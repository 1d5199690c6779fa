// The tray menu as data (labels, state, actions), so its content is tested without a tray: Quick ask, Open Goodies,
// the connection and pending count, Quit.
import type { StatusSnapshot } from '../../src-preload/contract';

export interface TrayActions {
  openMain(): void;
  quickAsk(): void;
  quit(): void;
}

export interface TrayMenuItem {
  label?: string;
  type?: 'separator' | 'normal';
  enabled?: boolean;
  accelerator?: string;
  click?: () => void;
}

export function describeConnection(status: StatusSnapshot | undefined): string {
  if (!status) return 'Starting…';
  const pending = status.graph.pendingCount;
  const pendingText = pending === 0 ? 'nothing pending' : `${pending} change${pending === 1 ? '' : 's'} pending`;
  return `${status.network === 'online' ? 'Online' : 'Offline'} · ${pendingText}`;
}

export function trayMenuTemplate(status: StatusSnapshot | undefined, actions: TrayActions, shortcut: string | undefined): TrayMenuItem[] {
  return [
    { label: 'Quick ask', ...(shortcut ? { accelerator: shortcut } : {}), click: () => actions.quickAsk() },
    { label: 'Open Goodies', click: () => actions.openMain() },
    { type: 'separator' },
    { label: describeConnection(status), enabled: false },
    { type: 'separator' },
    { label: 'Quit Goodies', click: () => actions.quit() },
  ];
}
