// Collects what one answer says, cites and calls. Tools are run through the registry like any other caller, but only
// read-only ones: the intent engine never writes (control intents go through the approval service instead).
import type { ActionProposalView, Citation, ToolCallRecord } from '../../src-preload/contract/views';
import { AppError } from '../../src-shared/errors';
import type { Entity } from '../../src-shared/protocol/entities';
import type { ResponderAnswer } from '../chat/Responder';
import type { ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';

export class AnswerBuilder {
  private readonly citations = new Map<string, Citation>();
  readonly toolCalls: ToolCallRecord[] = [];
  proposal: ActionProposalView | null = null;

  constructor(
    private readonly registry: ToolRegistry,
    private readonly toolContext: ToolContext,
    /** The envelope's `model`; a control answer may refine it ("set X to 21" on a thermostat is set_temperature). */
    public intent: string,
  ) {}

  cite(...entities: Array<Entity | undefined>): this {
    for (const e of entities) {
      if (e && !this.citations.has(e.id)) this.citations.set(e.id, { entity_id: e.id, version: e.version, name: e.name, entity_type: e.entity_type });
    }
    return this;
  }

  async read<R>(tool: string, args: Record<string, unknown>, summarize: (result: R) => string): Promise<R> {
    const prepared = await this.registry.prepare(tool, args, this.toolContext);
    if (!prepared.readOnly) throw new AppError('forbidden', `The intent engine only reads; ${tool} is a write tool.`);
    const started = performance.now();
    const duration = () => Math.round((performance.now() - started) * 100) / 100;
    try {
      const { result } = await this.registry.runPrepared(prepared, this.toolContext);
      this.toolCalls.push({ name: tool, arguments: args, tier: 1, ok: true, summary: summarize(result as R), duration_ms: duration() });
      return result as R;
    } catch (error) {
      this.toolCalls.push({ name: tool, arguments: args, tier: 1, ok: false, summary: error instanceof Error ? error.message : String(error), duration_ms: duration() });
      throw error;
    }
  }

  /** Ids of what the answer cites so far (an answer that adds to another's hedge reads what it named). */
  citedIds(): string[] {
    return [...this.citations.keys()];
  }

  finish(text: string): ResponderAnswer {
    return {
      text,
      citations: [...this.citations.values()],
      tool_calls: this.toolCalls,
      proposal: this.proposal,
      provider: 'intent-engine',
      model: this.intent,
    };
  }
}

/** "A", "A and B", "A, B and C"; long lists are cut with a count. */
export function joinNames(names: readonly string[], max = 12): string {
  const shown = names.length > max ? [...names.slice(0, max), `${names.length - max} more`] : [...names];
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Short lists read as a sentence; longer ones as bullet lines. */
/** The most lines a list answer shows; the rest are counted ("… and 12 more"), and an answer cites what it shows. */
export const LIST_MAX = 40;

export function listOrSentence(lead: string, items: readonly string[]): string {
  if (items.length <= 4) return `${lead} ${joinNames(items)}.`;
  const lines = items.slice(0, LIST_MAX).map((i) => `• ${i}`);
  if (items.length > LIST_MAX) lines.push(`• … and ${items.length - LIST_MAX} more`);
  return `${lead}\n${lines.join('\n')}`;
}

/**
 * The items for `listOrSentence` (or `joinNames` with `max`), formatting only the ones it shows (the first `LIST_MAX`);
 * the rest are placeholders, as they are only counted. A list of thousands of devices is not formatted line by line.
 */
export function listedLines<T>(items: readonly T[], line: (item: T) => string, max = LIST_MAX): string[] {
  const shown = items.slice(0, max).map(line);
  return items.length > shown.length ? shown.concat(new Array<string>(items.length - shown.length).fill('')) : shown;
}

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "the Kitchen" / "Hartley House": rooms and zones read with an article, homes by name. */
export function placeName(place: Entity): string {
  // "The Good Room" already carries its article.
  return place.entity_type === 'home' || /^the\s/i.test(place.name) ? place.name : `the ${place.name}`;
}
