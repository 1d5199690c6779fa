// Personas in the renderer: the list (built-in and user-defined), the active one, choosing one (any household member)
// and replacing the user-defined ones (Settings, admin). Main validates; its errors are kept for the view to show.
import { createStore } from 'zustand/vanilla';
import type { PersonaView } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';

export type UserPersona = Pick<PersonaView, 'id' | 'name' | 'style' | 'systemPrompt'>;

export interface PersonasState {
  personas: PersonaView[];
  activeId: string | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  choose(id: string): Promise<boolean>;
  /** Adds or replaces one user-defined persona (by id). */
  saveCustom(persona: UserPersona): Promise<boolean>;
  removeCustom(id: string): Promise<boolean>;
}

export function createPersonasStore(call: Call) {
  return createStore<PersonasState>()((set, get) => {
    const apply = async (work: () => Promise<{ personas: PersonaView[]; activeId: string }>): Promise<boolean> => {
      try {
        const view = await work();
        set({ personas: view.personas, activeId: view.activeId, error: null });
        return true;
      } catch (error) {
        set({ error: toErrorShape(error) });
        return false;
      }
    };
    const custom = (): UserPersona[] => get().personas.filter((p) => !p.builtIn).map(({ id, name, style, systemPrompt }) => ({ id, name, style, systemPrompt }));
    return {
      personas: [],
      activeId: null,
      error: null,
      load: async () => void (await apply(() => call('assistant.personas', {}))),
      choose: (id) => apply(() => call('assistant.choosePersona', { id })),
      saveCustom: (persona) => {
        const others = custom().filter((p) => p.id !== persona.id);
        return apply(() => call('assistant.savePersonas', { custom: [...others, persona] }));
      },
      removeCustom: (id) => {
        // Removing the active persona hands over to the default one in the same save.
        const activeId = get().activeId === id ? 'home-assistant' : undefined;
        return apply(() => call('assistant.savePersonas', { custom: custom().filter((p) => p.id !== id), ...(activeId ? { activeId } : {}) }));
      },
    };
  });
}

export type PersonasStore = ReturnType<typeof createPersonasStore>;

/** A persona id from its name: lower-case letters, digits and dashes, as main requires. */
export function personaIdFor(name: string, taken: readonly string[]): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32) || 'persona';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
