// How alike two entities of the same type are: a weighted Jaccard index over descriptive features,
//   similarity = Σ weight(shared features) / Σ weight(features of either).
// Features and weights (what makes two devices "the same kind of thing" counts most; incidental keys least):
//   kind (content.type/device_type/category) 3, manufacturer 3, model 2, each capability 2, each service 1,
//   each other scalar content value (key=value) 1, each word of the name 1, each content key present 0.5.
// Volatile or unique keys (state, ip, mac, serial numbers...) are ignored: they say nothing about likeness.
import type { Entity } from '../../src-shared/protocol/entities';

const KIND_KEYS = new Set(['type', 'device_type', 'category']);
const IGNORED_KEYS = new Set([
  'state', 'deleted', 'ip', 'ip_address', 'mac', 'mac_address', 'serial', 'serial_number', 'last_seen', 'id',
  'created_at', 'updated_at',
]);
const NAME_STOPWORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'and', 'for', 'to']);

type Features = Map<string, { weight: number; label: string }>;

function norm(value: string): string {
  return value.trim().toLowerCase();
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length <= 100 ? norm(value) : undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function similarityFeatures(entity: Pick<Entity, 'name' | 'content'>): Features {
  const features: Features = new Map();
  const add = (key: string, weight: number, label: string): void => {
    if (!features.has(key)) features.set(key, { weight, label });
  };
  for (const [key, value] of Object.entries(entity.content)) {
    if (IGNORED_KEYS.has(key)) continue;
    add(`key:${key}`, 0.5, `has ${key}`);
    if (key === 'capabilities' || key === 'services') {
      if (!Array.isArray(value)) continue;
      for (const item of value) {
        const s = scalar(item);
        if (s !== undefined) add(`${key}:${s}`, key === 'capabilities' ? 2 : 1, `${key === 'capabilities' ? 'capability' : 'service'} ${s}`);
      }
      continue;
    }
    const s = scalar(value);
    if (s === undefined) continue;
    if (KIND_KEYS.has(key)) add(`kind:${s}`, 3, `kind ${s}`);
    else if (key === 'manufacturer') add(`manufacturer:${s}`, 3, `manufacturer ${s}`);
    else if (key === 'model') add(`model:${s}`, 2, `model ${s}`);
    else add(`kv:${key}=${s}`, 1, `${key} ${s}`);
  }
  for (const word of entity.name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= 2 && !NAME_STOPWORDS.has(word)) add(`name:${word}`, 1, `name "${word}"`);
  }
  return features;
}

export interface Similarity {
  /** 0..1 */
  score: number;
  /** Human-readable shared features, heaviest first. */
  shared: string[];
}

export function entitySimilarity(a: Pick<Entity, 'name' | 'content'>, b: Pick<Entity, 'name' | 'content'>): Similarity {
  const fa = similarityFeatures(a);
  const fb = similarityFeatures(b);
  let union = 0;
  let intersection = 0;
  const shared: { weight: number; label: string }[] = [];
  for (const [key, feature] of fa) {
    union += feature.weight;
    if (fb.has(key)) {
      intersection += feature.weight;
      shared.push(feature);
    }
  }
  for (const [key, feature] of fb) if (!fa.has(key)) union += feature.weight;
  const score = union === 0 ? 0 : intersection / union;
  shared.sort((x, y) => y.weight - x.weight || x.label.localeCompare(y.label));
  return { score, shared: shared.map((f) => f.label) };
}
