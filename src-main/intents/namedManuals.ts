// "manual portón" where two devices say "portón" and the one taken has no manual, while "Manual portón PPA" is in the
// home graph: a manual whose name, title or "covers" says the device's maker or a word the asker used for the thing is
// named with the answer (and what it is linked to), so "there is no manual" is never said with the manual asked for
// right there under that very name.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

/** A word shorter than this says too little on its own to tie a manual to a thing ("de", "la"). */
const MIN_WORD = 4;
const DOC_WORDS: ReadonlySet<string> = new Set(['manual', 'manuals', 'guide', 'handbook', 'instructions', 'user']);

/** Manuals other than `own` named for the device's maker or a word said of it. */
export function namedManuals(snapshot: HomeSnapshot, device: Entity, saidText: string, own: readonly Entity[]): Entity[] {
  const maker = snapshot.makerKeyOfDevice.get(device.id);
  const words = phraseKey(saidText).split(' ').filter((w) => w.length >= MIN_WORD && !DOC_WORDS.has(w));
  if (!maker && words.length === 0) return [];
  const ownIds = new Set(own.map((m) => m.id));
  return [...snapshot.byId.values()].filter((m) => {
    if (m.entity_type !== 'manual' || ownIds.has(m.id)) return false;
    const said = ` ${phraseKey([m.name, ...['title', 'covers'].map((f) => m.content[f]).filter((v): v is string => typeof v === 'string')].join(' '))} `;
    return (maker !== undefined && maker.length > 0 && said.includes(` ${maker} `)) || words.some((w) => said.includes(` ${w} `));
  });
}

/** " Manual portón PPA (linked to Portón quinta)" for each. */
export function namedManualsLine(snapshot: HomeSnapshot, manuals: readonly Entity[]): string {
  return manuals.map((m) => {
    const linked = snapshot.devicesOfDoc.get(m.id) ?? [];
    return linked.length > 0 ? `${m.name} (linked to ${linked.map((d) => d.name).join(', ')})` : m.name;
  }).join('; ');
}
