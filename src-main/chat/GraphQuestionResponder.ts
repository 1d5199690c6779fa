// The foundation's deterministic responder: answers "what devices are in <room>?" and "find <thing>" straight from the
// graph tools, and declines everything else. The full intent engine (src-main/intents) goes before it in the chain.
import type { Citation, ToolCallRecord } from '../../src-preload/contract';
import { AppError } from '../../src-shared/errors';
import type { Entity } from '../../src-shared/protocol/entities';
import type { GraphStore } from '../graph/GraphStore';
import type { ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';
import type { Responder, ResponderAnswer, ResponderContext } from './Responder';
import { joinNames } from './joinNames';

const DEVICES_IN = [
  /^(?:what|which)\s+(?:devices|things|gadgets)\s+(?:are\s+|do\s+we\s+have\s+|do\s+i\s+have\s+)?in\s+(.+?)\s*\??$/i,
  /^(?:what'?s|what\s+is)\s+in\s+(.+?)\s*\??$/i,
  /^(?:list|show)(?:\s+me)?\s+(?:the\s+|all\s+)?devices\s+in\s+(.+?)\s*\??$/i,
  /^devices\s+in\s+(.+?)\s*\??$/i,
];
const SEARCH = /^(?:find|search(?:\s+for)?|look\s+up)\s+(.+?)\s*\??$/i;

export interface GraphQuestionResponderDeps {
  tools: ToolRegistry;
  store: GraphStore;
  toolContext: (correlationId: string) => ToolContext;
}

function cite(entity: Pick<Entity, 'id' | 'version' | 'name' | 'entity_type'>): Citation {
  return { entity_id: entity.id, version: entity.version, name: entity.name, entity_type: entity.entity_type };
}

function stripArticle(text: string): string {
  return text.replace(/^(?:the|my|our)\s+/i, '').trim();
}

export class GraphQuestionResponder implements Responder {
  constructor(private readonly deps: GraphQuestionResponderDeps) {}

  async respond(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    const question = text.trim().replace(/\s+/g, ' ');
    for (const pattern of DEVICES_IN) {
      const m = pattern.exec(question);
      if (m?.[1]) return this.devicesIn(stripArticle(m[1]), context);
    }
    const s = SEARCH.exec(question);
    if (s?.[1]) return this.search(stripArticle(s[1]), context);
    return undefined;
  }

  private async devicesIn(place: string, context: ResponderContext): Promise<ResponderAnswer> {
    const args = { room_id: place };
    const record: ToolCallRecord = { name: 'get_devices_in_room', arguments: args, tier: 1, ok: true, summary: '' };
    try {
      const { result } = await this.deps.tools.run('get_devices_in_room', args, this.deps.toolContext(context.correlationId));
      const { room_id, devices } = result as { room_id: string; devices: Array<{ id: string; name: string }> };
      const room = await this.deps.store.getEntity(room_id);
      const deviceEntities = [...(await this.deps.store.getEntities(devices.map((d) => d.id))).values()];
      const roomName = room?.name ?? place;
      record.summary = `${devices.length} device(s) in ${roomName}`;
      const names = deviceEntities.map((d) => d.name).sort((a, b) => a.localeCompare(b));
      const response =
        names.length === 0
          ? `There are no devices in the ${roomName}.`
          : `There ${names.length === 1 ? 'is 1 device' : `are ${names.length} devices`} in the ${roomName}: ${joinNames(names)}.`;
      return this.answer(response, [...(room ? [cite(room)] : []), ...deviceEntities.map(cite)], [record], 'devices_in_room');
    } catch (error) {
      return this.explain(error, record);
    }
  }

  private async search(query: string, context: ResponderContext): Promise<ResponderAnswer> {
    const args = { query, limit: 10 };
    const record: ToolCallRecord = { name: 'search_entities', arguments: args, tier: 1, ok: true, summary: '' };
    try {
      const { result } = await this.deps.tools.run('search_entities', args, this.deps.toolContext(context.correlationId));
      const { results } = result as { results: Array<{ id: string; name: string; entity_type: string }> };
      const found = [...(await this.deps.store.getEntities(results.map((r) => r.id))).values()];
      record.summary = `${found.length} result(s)`;
      const response =
        found.length === 0
          ? `I found nothing in the home matching “${query}”.`
          : `I found ${found.length === 1 ? '1 match' : `${found.length} matches`} for “${query}”: ${joinNames(found.map((e) => `${e.name} (${e.entity_type})`))}.`;
      return this.answer(response, found.map(cite), [record], 'search');
    } catch (error) {
      return this.explain(error, record);
    }
  }

  /** Not-found and ambiguous names are answers, said plainly, not errors. */
  private explain(error: unknown, record: ToolCallRecord): ResponderAnswer {
    if (error instanceof AppError && (error.type === 'not_found' || error.type === 'ambiguous' || error.type === 'validation')) {
      record.ok = false;
      record.summary = error.message;
      return this.answer(error.message, [], [record], error.type);
    }
    throw error;
  }

  private answer(text: string, citations: Citation[], toolCalls: ToolCallRecord[], intent: string): ResponderAnswer {
    return { text, citations, tool_calls: toolCalls, proposal: null, provider: 'graph-tools', model: intent };
  }
}
