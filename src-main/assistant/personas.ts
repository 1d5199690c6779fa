// Personas: a system prompt and an answer style for models, and the wording style of the assistant's deterministic
// answers. Three are built in; people can add their own (stored in settings, validated on the way in and out).
import { z } from 'zod';
import type { PersonaView } from '../../src-preload/contract/assistantViews';

export type PersonaStyle = PersonaView['style'];

export const BUILT_IN_PERSONAS: readonly PersonaView[] = [
  {
    id: 'home-assistant',
    name: 'Home assistant',
    style: 'friendly',
    builtIn: true,
    systemPrompt: 'You are Luna, the household assistant of this home. Be warm and practical; keep answers short, and say what you did.',
  },
  {
    id: 'concise',
    name: 'Concise',
    style: 'concise',
    builtIn: true,
    systemPrompt: 'You are Luna, the household assistant. Answer in as few words as possible: no greetings, no filler, no follow-up offers.',
  },
  {
    id: 'teacher',
    name: 'Teacher',
    style: 'teacher',
    builtIn: true,
    systemPrompt: 'You are Luna, a patient teacher for this household. Explain procedures step by step as a numbered list, say why each step matters, and check understanding at the end.',
  },
];

export const userPersonaSchema = z.object({
  id: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'use lower-case letters, digits and dashes'),
  name: z.string().trim().min(1).max(60),
  style: z.enum(['friendly', 'concise', 'teacher']),
  systemPrompt: z.string().trim().min(1).max(2000),
}).strict();

export const personaSettingsSchema = z.object({
  activeId: z.string().max(40).default('home-assistant'),
  custom: z.array(userPersonaSchema).max(20).default([]),
});
export type PersonaSettings = z.output<typeof personaSettingsSchema>;

export const PERSONA_SETTINGS_KEY = 'assistant.personas';

export function allPersonas(settings: PersonaSettings): PersonaView[] {
  return [...BUILT_IN_PERSONAS, ...settings.custom.filter((c) => !BUILT_IN_PERSONAS.some((b) => b.id === c.id)).map((c) => ({ ...c, builtIn: false }))];
}

export function activePersona(settings: PersonaSettings): PersonaView {
  return allPersonas(settings).find((p) => p.id === settings.activeId) ?? (BUILT_IN_PERSONAS[0] as PersonaView);
}
