// The intents and their sentence templates, loaded from the JSON data files in ./templates and compiled once.
// Adding a phrasing is one line in a data file; adding an intent also needs an answer in IntentResponder.
import { z } from 'zod';
import control from './templates/control.json';
import fillers from './templates/fillers.json';
import knowledge from './templates/knowledge.json';
import search from './templates/search.json';
import state from './templates/state.json';
import structure from './templates/structure.json';
import { wordKeys } from './normalizeText';
import { parseTemplate, type PatternNode } from './templateLanguage';
import { compileTemplate, type CompiledTemplate } from './TemplateMatcher';

export type IntentCategory = 'structure' | 'search' | 'knowledge' | 'state' | 'control';

export interface IntentDefinition {
  name: string;
  category: IntentCategory;
  help: string;
  example: string;
  templates: Array<{ source: string; nodes: PatternNode[] }>;
}

const intentFileSchema = z.record(
  z.string().regex(/^[a-z_]+$/),
  z.object({ help: z.string().min(1), example: z.string().min(1), templates: z.array(z.string().min(1)).min(1) }).strict(),
);
const fillersSchema = z.object({ leading: z.array(z.string()), trailing: z.array(z.string()) }).strict();

/** Catch-all phrasings ("how do I {anything}") lose ties against specific ones. */
const INTENT_WEIGHTS: Record<string, number> = { how_to: 0.8, where_is: 0.95, device_state: 0.95, notes_about: 0.97 };

export class IntentCatalog {
  readonly intents: IntentDefinition[] = [];
  readonly templates: CompiledTemplate[] = [];
  /** Filler phrases as key sequences, longest first. */
  readonly leadingFillers: string[][];
  readonly trailingFillers: string[][];
  /** The intents by name (asked several times per question). */
  private readonly byName = new Map<string, IntentDefinition>();

  constructor(files: Record<IntentCategory, unknown> = { structure, search, knowledge, state, control }, fillerFile: unknown = fillers) {
    for (const [category, raw] of Object.entries(files) as Array<[IntentCategory, unknown]>) {
      const parsed = intentFileSchema.parse(raw);
      for (const [name, spec] of Object.entries(parsed)) {
        if (this.intents.some((i) => i.name === name)) throw new Error(`Intent "${name}" is defined twice`);
        const templates = spec.templates.map((source) => ({ source, nodes: parseTemplate(source) }));
        this.intents.push({ name, category, help: spec.help, example: spec.example, templates });
        this.byName.set(name, this.intents[this.intents.length - 1] as IntentDefinition);
        for (const t of templates) this.templates.push(compileTemplate(name, t.source, t.nodes, INTENT_WEIGHTS[name] ?? 1));
      }
    }
    const f = fillersSchema.parse(fillerFile);
    const toKeys = (list: string[]): string[][] =>
      list.map((p) => wordKeys(p)).filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
    this.leadingFillers = toKeys(f.leading);
    this.trailingFillers = toKeys(f.trailing);
  }

  get(name: string): IntentDefinition | undefined {
    return this.byName.get(name);
  }
}
