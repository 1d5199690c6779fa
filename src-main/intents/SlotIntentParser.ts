// Parsing by slots: the mentions first (what the question is about), then the intent from the cue words left over,
// as scored alternatives. Templates remain the precise way in; this is how phrasings nobody wrote a template for
// ("What rooms connect to the kitchen?", "Look for Philips devices") still get an answer. It never yields a control
// intent: changing the home needs a phrasing the templates recognise exactly.
import type { Entity, EntityType } from '../../src-shared/protocol/entities';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import type { HomeSnapshot } from './HomeIndex';
import { findMentions, looseMention, STOP_WORDS, type Mention, type MentionRole } from './mentions';
import type { Token } from './normalizeText';
import type { SlotValue } from './SlotResolver';

export interface SlotParse {
  intent: string;
  slots: Record<string, SlotValue>;
  confidence: number;
  alternatives: Array<{ intent: string; confidence: number }>;
  /** Which rule decided, for debugging ("slots:kind+count"). */
  rule: string;
}

const has = (keys: ReadonlySet<string>, ...words: string[]): boolean => words.some((w) => keys.has(w));

/** Cue words: they choose the intent and are never part of a name the resolver should look up. */
const CUES = {
  date: ['when', 'due', 'date', 'expire', 'expiry', 'warranty', 'last', 'next', 'serviced'],
  automation: ['automation', 'routine', 'scene', 'rule', 'automate', 'automatically'],
  where: ['where', 'located', 'location', 'find'],
  docs: ['manual', 'guide', 'documentation', 'doc', 'instruction', 'handbook', 'pdf'],
  note: ['note'],
  connect: ['connect', 'connected', 'next', 'adjacent', 'lead', 'neighbor', 'neighbour', 'beside', 'adjoin', 'join', 'reach'],
  count: ['many', 'count', 'number', 'total'],
  stateOn: ['on', 'off', 'running', 'playing', 'lit', 'active', 'powered'],
  locked: ['locked', 'unlocked', 'secure', 'secured'],
  open: ['open', 'opened', 'closed', 'shut', 'ajar'],
  setpoint: ['set', 'temperature', 'setpoint', 'warm', 'cold', 'hot', 'degree', 'heat', 'cool'],
  room: ['room', 'space', 'area'],
  devices: ['device', 'thing', 'gadget', 'stuff', 'equipment', 'everything', 'anything', 'what'],
  battery: ['battery', 'batteries'],
  app: ['app', 'application'],
  schedule: ['schedule', 'timer'],
  controls: ['control', 'controls', 'manage', 'affect', 'run', 'do', 'doe', 'include', 'touch', 'cover', 'trigger', 'change', 'handle'],
};
const ALL_CUES = new Set(Object.values(CUES).flat());
const MAX_UNEXPLAINED = 2;

export class SlotIntentParser {
  constructor(private readonly resolver: EntityNameResolver) {}

  async parse(tokens: readonly Token[], snapshot: HomeSnapshot): Promise<SlotParse | undefined> {
    const keys = new Set(tokens.map((t) => t.key));
    const mentions = findMentions(tokens, snapshot);
    const pick = (role: MentionRole): Mention | undefined => mentions.find((m) => m.entities[role]?.length);
    let place = pick('place');
    let device = pick('device');
    const automation = pick('automation');
    const other = pick('other');
    const kindMention = mentions.find((m) => m.kind && !(m.entities.device?.length && !isPlural(tokens, m)));
    const maker = mentions.find((m) => m.maker && !m.entities.place && !m.entities.device);
    // Too many words nothing explains: not a home question this parse understands (the LLM path gets it).
    const explained = new Set<number>();
    for (const m of mentions) for (let i = m.start; i < m.end; i++) explained.add(i);
    const unexplained = tokens.filter((t, i) => !explained.has(i) && !STOP_WORDS.has(t.key) && !ALL_CUES.has(t.key));
    if (unexplained.length > MAX_UNEXPLAINED) return undefined;
    const out: SlotParse[] = [];
    const add = (intent: string, slots: Record<string, SlotValue | undefined>, confidence: number, rule: string): void => {
      const clean: Record<string, SlotValue> = {};
      for (const [k, v] of Object.entries(slots)) if (v) clean[k] = v;
      out.push({ intent, slots: clean, confidence, alternatives: [], rule });
    };

    // Nothing exact: the leftover words may still name something (typo, partial name), resolved once.
    if (!place && !device && !automation && !other && !(kindMention || maker)) {
      const loose = await looseMention(tokens, mentions, ALL_CUES, this.resolver, undefined);
      if (loose) {
        mentions.push(loose);
        place = loose.entities.place ? loose : undefined;
        device = loose.entities.device ? loose : undefined;
        if (!place && !device && (loose.entities.automation || loose.entities.other)) {
          return this.decideEntity(keys, loose, add, out);
        }
      }
    }

    if (has(keys, ...CUES.date) && (has(keys, 'when', 'due', 'date') || !kindMention)) {
      const which = has(keys, 'last') && !has(keys, 'next', 'due') ? 'last' : 'next';
      add('search_graph', { query: text(contentWords(tokens)), dated: text(which) }, has(keys, 'when', 'due', 'date') ? 0.85 : 0.7, 'date');
    }
    if (has(keys, ...CUES.automation)) {
      if (place) add('automations_in_room', { place: entitySlot(place, 'place') }, 0.8, 'automation+place');
      else if (device) add('automations_for_device', { device: entitySlot(device, 'device') }, 0.8, 'automation+device');
      else add('list_automations', {}, 0.75, 'automation');
    }
    if (automation) add('automation_targets', { automation: entitySlot(automation, 'automation') }, has(keys, ...CUES.controls) ? 0.8 : 0.65, 'automation-entity');
    if (has(keys, 'where') && (device ?? other ?? place ?? automation)) {
      const m = (device ?? other ?? place ?? automation) as Mention;
      add('where_is', { thing: entitySlot(m, firstRole(m)) }, 0.8, 'where');
    }
    if (has(keys, ...CUES.docs)) add('manual_for', { device: device ? entitySlot(device, 'device') : undefined }, device ? 0.8 : 0.65, 'docs');
    if (has(keys, ...CUES.note)) add('notes_about', { thing: device || place ? entitySlot((device ?? place) as Mention, device ? 'device' : 'place') : undefined }, 0.75, 'notes');
    if (has(keys, ...CUES.connect) && place && place.entities.place?.some((e) => e.entity_type === 'room')) {
      add('room_connections', { room: entitySlot(place, 'place', ['room']) }, 0.8, 'connect+room');
    }
    if (maker?.maker) add('by_manufacturer', { manufacturer: { type: 'manufacturer', text: maker.text, value: maker.maker } }, 0.8, 'maker');
    if (kindMention?.kind) {
      const kind: SlotValue = { type: 'kind', text: kindMention.text, kind: kindMention.kind };
      const where = place ? entitySlot(place, 'place') : undefined;
      if (has(keys, ...CUES.count)) add('count_kind', { kind, place: where }, 0.8, 'kind+count');
      else if (stateWord(tokens)) add('kind_on', { kind, place: where }, 0.75, 'kind+on');
      else if (has(keys, ...CUES.locked) && kindMention.kind.id === 'lock') add('state_locked', {}, 0.75, 'locks+locked');
      else add('list_kind', { kind, place: where }, 0.78, 'kind');
    }
    if (place && !kindMention) {
      const slot = entitySlot(place, 'place');
      if (has(keys, ...CUES.room) && !has(keys, ...CUES.devices.filter((w) => w !== 'what'))) add('rooms_in_place', { place: slot }, 0.75, 'rooms+place');
      else if (has(keys, ...CUES.count)) add('count_devices', { place: slot }, 0.75, 'count+place');
      else if (stateWord(tokens)) add('kind_on', { place: slot }, 0.72, 'on+place');
      else add('devices_in_place', { place: slot }, 0.72, 'place');
    }
    if (device && !kindMention) {
      const slot = entitySlot(device, 'device');
      if (has(keys, ...CUES.locked)) add('state_locked', { device: slot }, 0.75, 'device+locked');
      else if (has(keys, ...CUES.open)) add('state_open', { device: slot }, 0.75, 'device+open');
      else if (stateWord(tokens)) add('state_on', { device: slot }, 0.75, 'device+on');
      else if (has(keys, ...CUES.app)) add('app_for_device', { device: slot }, 0.75, 'device+app');
      else if (has(keys, ...CUES.schedule)) add('schedules_for_device', { device: slot }, 0.75, 'device+schedule');
      else if (has(keys, ...CUES.setpoint)) add('setpoint', { device: slot }, 0.72, 'device+setpoint');
      else add('device_state', { device: slot }, 0.6, 'device');
    }
    if (out.length === 0) {
      if (has(keys, ...CUES.battery)) add('battery_devices', {}, 0.7, 'battery');
      else if (has(keys, ...CUES.room)) add('rooms_in_home', {}, 0.65, 'rooms');
      else if (other) return this.decideEntity(keys, other, add, out);
      else {
        const words = contentWords(tokens);
        if (words.length > 0) add('search_graph', { query: text(words) }, 0.55, 'search');
      }
    }
    return best(out);
  }

  private decideEntity(keys: ReadonlySet<string>, m: Mention, add: (i: string, s: Record<string, SlotValue | undefined>, c: number, r: string) => void, out: SlotParse[]): SlotParse | undefined {
    if (m.entities.automation) add('automation_targets', { automation: entitySlot(m, 'automation') }, 0.7, 'automation-entity');
    else if (has(keys, 'where')) add('where_is', { thing: entitySlot(m, firstRole(m)) }, 0.75, 'where');
    else if (has(keys, ...CUES.date)) add('search_graph', { query: text(m.text), dated: text(has(keys, 'last') && !has(keys, 'next', 'due') ? 'last' : 'next') }, 0.7, 'entity-date');
    else add('search_graph', { query: text(m.text) }, 0.6, 'entity-search');
    return best(out);
  }
}

function best(out: SlotParse[]): SlotParse | undefined {
  out.sort((a, b) => b.confidence - a.confidence);
  const top = out[0];
  if (!top) return undefined;
  top.alternatives = out.slice(1).filter((o) => o.intent !== top.intent).map((o) => ({ intent: o.intent, confidence: o.confidence }));
  return top;
}

function text(value: string): SlotValue {
  return { type: 'text', text: value };
}

/** The words a search should look for: not stop words, not cue words. */
export function contentWords(tokens: readonly Token[]): string {
  return tokens.filter((t) => !STOP_WORDS.has(t.key) && !ALL_CUES.has(t.key) && t.key.length > 1).map((t) => t.text).join(' ');
}

function firstRole(m: Mention): MentionRole {
  return (['device', 'other', 'place', 'automation'] as const).find((r) => m.entities[r]?.length) ?? 'other';
}

function entitySlot(m: Mention, role: MentionRole, types?: readonly EntityType[]): SlotValue {
  const list = (m.entities[role] ?? []).filter((e) => !types || types.includes(e.entity_type));
  const [first] = list;
  if (list.length === 1 && first) return { type: 'entity', text: m.text, entity: first, how: m.loose ? 'fuzzy' : 'exact' };
  if (list.length > 1) return { type: 'ambiguous', text: m.text, expected: role, candidates: list.slice(0, 6) };
  return { type: 'missing', text: m.text, expected: role, suggestions: [] as Entity[] };
}

/** "on"/"off" as a state (last word, or with still/left/lit), not as a preposition ("lights on the first floor"). */
function stateWord(tokens: readonly Token[]): boolean {
  const keys = tokens.map((t) => t.key);
  const last = keys[keys.length - 1];
  if (last === 'on' || last === 'off') return true;
  return keys.some((k) => ['off', 'running', 'playing', 'lit', 'still', 'left'].includes(k));
}

function isPlural(tokens: readonly Token[], m: Mention): boolean {
  const last = tokens[m.end - 1];
  return !!last && last.text !== last.key && /s$/.test(last.text);
}
