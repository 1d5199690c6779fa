// The voice setting in the renderer (system | provider voice), loaded from main; it switches the read-aloud port.
import { createStore } from 'zustand/vanilla';
import type { VoiceSettingsView } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';

export interface VoiceState {
  settings: VoiceSettingsView | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  save(patch: Partial<Pick<VoiceSettingsView, 'source' | 'providerVoice' | 'providerModel'>>): Promise<boolean>;
}

export function createVoiceStore(call: Call) {
  return createStore<VoiceState>()((set) => ({
    settings: null,
    error: null,
    async load() {
      try {
        set({ settings: await call('voice.getSettings', {}), error: null });
      } catch (error) {
        set({ error: toErrorShape(error) });
      }
    },
    async save(patch) {
      try {
        set({ settings: await call('voice.saveSettings', patch), error: null });
        return true;
      } catch (error) {
        set({ error: toErrorShape(error) });
        return false;
      }
    },
  }));
}

export type VoiceStore = ReturnType<typeof createVoiceStore>;
