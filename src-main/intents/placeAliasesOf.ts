// The aliases a home's places (or doors and windows) get from the place lexicon (split from placeVocabulary.ts, a
// pure move): each place's claims on the lexicon's groups by its name, its description and near forms of its name,
// the words several places share (a question with one asks back which), and the word a place's own name says.
import type { Entity } from '../../src-shared/protocol/entities';
import { CUES } from './cueWords';
import { kindForPhrase, phraseKey } from './deviceKinds';
import { withoutFloorZoneWords } from './floorZoneClaims';
import { firstOfWord } from './romanceHead';
import { nearMember, PLACE_HEADS } from './placeNameForms';
import { GENERIC_WORD, MAX_SHARED, PLACE_WORDS, type Vocabulary } from './placeLexicon';

/** How a place lies or stands ("open to the lounge", "adjacent to"): said in a description, never another thing. */
// So is how it feels ("cold in winter"): "how cold is it outside" asks a reading and names no room described so.
const STATE_WORDS: ReadonlySet<string> = new Set([...CUES.open, ...CUES.locked, ...CUES.connect, 'cold', 'warm', 'hot', 'cool', 'chilly', 'damp', 'humid', 'dry', 'dark', 'bright', 'drafty', 'draughty', 'noisy', 'quiet']);
/**
 * `places` (rooms and zones only) turns on near forms of names, collects the words of groups several places claim
 * (`shared`) and the aliases read from near forms (`guessed`).
 */
export function aliasesOf({ groups: GROUPS, recogniseOnly: RECOGNISE_ONLY }: Vocabulary, placesOfHome: readonly Entity[], takenNames: ReadonlySet<string>, places?: { shared: Map<string, Entity[]>; guessed: Set<string>; deviceNames: readonly string[]; kindsHere: ReadonlySet<string> }): Map<Entity, Set<string>> {
  const near = places !== undefined;
  const shared = places?.shared;
  const out = new Map<Entity, Set<string>>();
  const claims = new Map<number, Entity[]>();
  const found: Array<{ place: Entity; key: string; group: number; member: string; compound?: boolean; fromName?: boolean; modifier?: boolean; listed?: boolean }> = [];
  for (const place of placesOfHome) {
    const aliases = new Set<string>();
    out.set(place, aliases);
    const keys = [phraseKey(place.name)];
    const description = place.content['description'];
    if (typeof description === 'string' && description.split(/\s+/).length <= 4) {
      const d = phraseKey(description);
      if (d && !takenNames.has(d)) aliases.add(d);
      keys.push(d);
      // "upstairs bathroom (kylpyhuoneessa)": a word in brackets after the head leaves it the head, not a modifier.
      const unbracketed = phraseKey(description.replace(/\([^)]*\)/g, ' '));
      if (unbracketed && unbracketed !== d) keys.push(unbracketed);
      // "front door, Yale lock": a door's short description that lists what it is first is that thing as much as a
      // longer one ("front door of the summer house"), so a word two doors claim asks which, never the longer one's.
      if (!near) keys.push(...descriptionHeads(description).filter((head) => head !== d));
    } else if (typeof description === 'string') keys.push(...descriptionHeads(description));
    // "the flat (3rd floor)", "study / home office": what the description calls the place, said alone, when no
    // lexicon group speaks for it (those words go through the claims below).
    if (typeof description === 'string') {
      for (const [index, head] of descriptionHeads(description.split('(')[0] ?? '', true, place.entity_type !== 'room').entries()) {
        const bare = head.replace(/^(the|a|an|our|my) /, '');
        // "double garage: inverter, batteries" next to a device "Lithium battery": a thing listed after what the place
        // is names that device, kept in the place, not the place ("rumpus" in "rumpus under the house" stays).
        // So is a kind of device the home has, listed there ("heat pump controller and hot water tank").
        // Listed after it even when what the place is was too long to be a head ("cuarto de máquinas al lado de la
        // piscina: bomba, clorador": "bomba" is the pump there, not the room).
        const listed = index > 0 || !phraseKey(description).startsWith(head);
        // A Romance name says its head first: "bomba" listed beside a device "Bomba de la piscina" is that device too.
        const device = listed && (places?.deviceNames.some((name) => ` ${name}`.endsWith(` ${bare}`) || romanceHeadOf(name) === bare) || places?.kindsHere.has(kindForPhrase(bare)?.id ?? ''));
        // "yard site between the house, shop and barn" beside rooms "Dad's shop" and "Big barn": a neighbour the
        // description lists is that other place, which its own name says ("the barn" is never the yard).
        // "the Sprinter: cab, lounge, galley" beside rooms "Cab (cabine)" and "Galley (cozinha)": a name with its aka in
        // brackets says both ("cab" and "cabine") as much as the whole.
        const neighbour = near && placesOfHome.some((other) => other !== place && namesOf(other).some((name) => ` ${name}`.endsWith(` ${bare}`)));
        if (bare && !takenNames.has(bare) && !GROUPS.some((g) => g.includes(bare)) && !device && !neighbour) aliases.add(bare);
      }
    }
    let exact = false;
    keys.forEach((key, k) => {
      GROUPS.forEach((group, g) => {
        const member = group.find((m) => ` ${key} `.includes(` ${m} `));
        if (!member) return;
        exact = true;
        // A description word before its head ("upstairs" in "upstairs hallway") only says which one: it is no claim
        // when another place is that thing by its name or its description's head.
        // The first of a room's things ("garden and driveway") is what the room is, not a word about another.
        const first = place.entity_type === 'room' && key.startsWith(`${member} and `);
        found.push({ place, key, group: g, member, fromName: k === 0, modifier: k > 0 && !` ${key}`.endsWith(` ${member}`) && !first, listed: k > 1 });
      });
    });
    // A name no lexicon word says outright ("Garaaž", "Saunamaja"): a near form or compound of one. Only the name:
    // a description is written in words people use.
    if (near && !exact) {
      const key = phraseKey(place.name);
      GROUPS.forEach((group, g) => {
        const hit = nearMember(key, group.filter((m) => !RECOGNISE_ONLY.has(m)));
        // "Milking parlor" whose own aka says "the parlor": a word the home gives as what people call the place is
        // their everyday word, not a near form of another language's ("parlor" is no "parter", ground floor).
        if (!hit || ownAkaWords(place).has(hit.word)) return;
        found.push({ place, key, group: g, member: hit.word, compound: hit.compoundStart });
      });
    }
  }
  // Claims: the description modifiers of a group drop out when another claim of it is no modifier.
  // "Mas primer pis" is a floor: its other words claim nothing (floorZoneClaims.ts).
  const claimed = withoutFloorZoneWords(found, GROUPS);
  const full = new Set(claimed.filter((f) => !f.modifier).map((f) => f.group));
  const unmodified = claimed.filter((f) => !f.modifier || !full.has(f.group) || claimed.some((o) => o.place === f.place && o.group === f.group && !o.modifier));
  // A floor or area (zone) and a room both of a group ("First Floor" and "Upstairs Hallway" for "upstairs"): the
  // group's words are the zone's, the room only lies in it, unless the room is that word whole ("garden").
  // A floor's description listing what it holds ("bedrooms, study, balcony") says where those rooms are, not what the
  // floor is: a room that is one ("Study room") keeps the word.
  const roomGroups = new Set(unmodified.filter((f) => f.place.entity_type === 'room').map((f) => f.group));
  const own = unmodified.filter((f) => f.place.entity_type !== 'zone' || !f.listed || !roomGroups.has(f.group));
  const zoneGroups = new Set(own.filter((f) => f.place.entity_type === 'zone').map((f) => f.group));
  const kept = own.filter((f) => f.place.entity_type !== 'room' || !zoneGroups.has(f.group) || f.key === f.member);
  for (const f of kept) {
    const list = claims.get(f.group) ?? [];
    if (!list.includes(f.place)) list.push(f.place);
    claims.set(f.group, list);
  }
  // A word of a place's own name ("Hall" of "Hall de Entrada") is that place's, even when another place is of the
  // same group only by its description ("upstairs hallway"): a name word beats a description word.
  const nameWords = new Map<string, Entity[]>();
  for (const f of kept) if (f.fromName && !f.compound) nameWords.set(f.member, [...new Set([...(nameWords.get(f.member) ?? []), f.place])]);
  // A place named wholly by a word of a group, in any language the lexicon knows ("Cegin", "Küche"), is that group's
  // place as a room named "Kitchen" would be: a word of the group is its own over a place whose name holds the word
  // only after the name of another part of the home ("Caravan Kitchen" of the zone "Gower Caravan", a second house).
  const wholeNamed = wholeNamedPlaces(kept);
  // A word of another zone's name: a zone's own name ("Steeles yard") says nothing of another part of the home.
  const zoneWords = placesOfHome.filter((p) => p.entity_type === 'zone').map((p) => ({ zone: p, words: new Set(phraseKey(p.name).split(' ')) }));
  const otherZoneWord = (place: Entity, w: string): boolean => zoneWords.some((z) => z.zone !== place && z.words.has(w));
  const namedElsewhere = (place: Entity, word: string): boolean => phraseKey(place.name).split(' ').some((w) => w !== word && otherZoneWord(place, w));
  // A zone word no place word of the lexicon is ("Cabin" of "Karuizawa Cabin", not "Basement"): another house's.
  const namedAtSite = (place: Entity, word: string): boolean => phraseKey(place.name).split(' ').some((w) => w !== word && otherZoneWord(place, w) && !PLACE_WORDS.has(w));
  const ownWord = (word: string): Entity | undefined => {
    const owners = nameWords.get(word);
    const whole = GROUPS.flatMap((g, i) => (g.includes(word) ? (wholeNamed.get(i) ?? []) : []));
    const elsewhere = (place: Entity): boolean => namedElsewhere(place, word);
    if (owners && whole.length === 1 && owners.every((o) => o === whole[0] || elsewhere(o))) return whole[0];
    return owners?.length === 1 ? owners[0] : undefined;
  };
  for (const [word, owners] of nameWords) {
    const owner = ownWord(word);
    if (owner && owners.includes(owner) && !takenNames.has(word) && !GROUPS.some((g) => g.includes(GENERIC_WORD) && g.includes(word))) out.get(owner)?.add(word);
  }
  for (const { place, key, group, member, compound } of kept) {
    const aliases = out.get(place);
    if (!aliases) continue;
    const claimants = claims.get(group) ?? [];
    const alone = claimants.length === 1;
    // The "room" group is in almost every name ("living room"): its word alone names no one place.
    const generic = GROUPS[group]?.includes(GENERIC_WORD) === true;
    if (shared && !alone && !generic && claimants.length <= MAX_SHARED) {
      for (const other of GROUPS[group] ?? []) {
        if (RECOGNISE_ONLY.has(other) || takenNames.has(other) || ownWord(other)) continue;
        // Evidence picks one: "corridor" is the room described as an "inner corridor", not the "entrance hall".
        const sayer = onlySayer(other, claimants);
        if (sayer) out.get(sayer)?.add(other);
        else shared.set(other, claimants);
      }
    }
    const add = (alias: string): void => {
      if (takenNames.has(alias)) return;
      aliases.add(alias);
      if (guess) places?.guessed.add(alias);
    };
    const guess = compound !== undefined;
    for (const other of GROUPS[group] ?? []) {
      if (RECOGNISE_ONLY.has(other)) continue;
      const variant = ` ${key} `.replace(` ${member} `, ` ${other} `).trim();
      // The word alone belongs to the one claimant that says it, when one does ("corridor", "hall").
      const sayer = alone || variant !== other ? undefined : onlySayer(other, claimants);
      // "genkan" said by "Cabin Genkan" (of the other house) is still "玄関"'s when the word is its own.
      if (sayer && sayer !== place && !(ownWord(other) === place && namedAtSite(sayer, other))) continue;
      const mine = (ownWord(other) ?? place) === place;
      if (variant !== other || mine) add(variant);
      if (alone && !generic && mine) add(other);
      // "the sauna house" for "Saunamaja": the compound's first part said with a head word of its own.
      if (compound && !variant.includes(' ')) for (const head of PLACE_HEADS) add(`${variant} ${head}`);
    }
  }
  // A word several places share ("kids room" for two kids' rooms) is no one place's when only a note in a longer
  // description says it ("Daan's bedroom (kids room)"): a question with it asks which. A name that is the word
  // ("Slaapkamer" for "bedroom") or a description that is only the word ("garden") still makes it that place's.
  if (shared) {
    for (const [place, aliases] of out) {
      const description = place.content['description'];
      const whole = typeof description === 'string' ? phraseKey(description) : '';
      const named = (word: string): boolean => kept.some((f) => f.place === place && f.fromName && GROUPS[f.group]?.includes(word));
      for (const word of shared.keys()) if (aliases.has(word) && word !== whole && !named(word)) aliases.delete(word);
    }
  }
  return out;
}

/** Group → the places whose own name is wholly one of its words (a compound or near form is not). */
function wholeNamedPlaces(found: ReadonlyArray<{ place: Entity; key: string; group: number; member: string; compound?: boolean; fromName?: boolean }>): Map<number, Entity[]> {
  const out = new Map<number, Entity[]>();
  for (const f of found) if (f.fromName && !f.compound && f.key === f.member && f.place.entity_type === 'room') out.set(f.group, [...new Set([...(out.get(f.group) ?? []), f.place])]);
  return out;
}

/**
 * What a longer description says the place is: each part ("inner corridor to the bedrooms", "sauna house (separate
 * building)") up to its first preposition, when that is a short phrase ("inner corridor", "sauna house").
 */
function descriptionHeads(description: string, eachThing = false, coOwners = false): string[] {
  const first = description.split(/[.!?](?:\s|$)|\n/)[0] ?? '';
  // "attic storage and technical space": each thing it lists, when asked for (the words said alone). "Emama and Gash
  // Kebede's house": a name joined to a possessive is a co-owner, no thing listed ("emama" is no name of the house);
  // "elevator and Uncle Khaled's shop" still lists the elevator and the shop. Only of a zone or a house: a room's
  // owners name it ("Dale and Carol's room" is Dale's room), and a house's may have rooms of their own.
  const parts = first.split(!eachThing ? /[/(),;:]|\s[-–]\s/ : coOwners ? /[/(),;:]|\s[-–]\s|(?<!(?:^|\s)\p{Lu}[\p{L}-]*)\sand\s|(?<=(?:^|\s)\p{Lu}[\p{L}-]*)\sand\s(?!(?:\s*[\p{L}-]+){1,2}['’]s\s)/u : /[/(),;:]|\s[-–]\s|\sand\s/);
  return parts
    .map((part) => {
      const head = phraseKey(part.split(/\s(?:to|with|for|off|of|in|on|at|from|by|near|next|under|behind|towards|where|that|which)\s/i)[0] ?? '');
      // "kitchen, open to the lounge", or a whole description "open to the parlour": a state word says how the place
      // lies, it names no thing (not the place either); said alone it would make "is the gate open" about that room.
      return eachThing && STATE_WORDS.has(head) ? '' : head;
    })
    .filter((head) => head && head.split(' ').length <= 3);
}

/** The one place whose own name or description (of any length) says the word, if exactly one does. */
function onlySayer(word: string, claimants: readonly Entity[]): Entity | undefined {
  const sayers = claimants.filter((place) => {
    const description = place.content['description'];
    const said = `${phraseKey(place.name)} ${typeof description === 'string' ? phraseKey(description) : ''}`;
    return ` ${said} `.includes(` ${word} `);
  });
  return sayers.length === 1 ? sayers[0] : undefined;
}

/** The words of a name before its first "of" word ("bomba" of "bomba de la piscina"), or undefined. */
function romanceHeadOf(name: string): string | undefined {
  const keys = name.split(' ');
  const of = firstOfWord(keys);
  return of > 0 ? keys.slice(0, of).join(' ') : undefined;
}

/** The words of a place's own aka/aliases, as keys ("the parlor, la sala de ordeño" → the, parlor, la, sala …). */
function ownAkaWords(place: Entity): Set<string> {
  const said = ['aka', 'aliases', 'alias', 'nickname'].map((f) => place.content[f]).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
  return new Set(said.flatMap((v) => phraseKey(v).split(' ')).filter((w) => w !== ''));
}

/** A place's name as said: whole, without a bracketed aka ("Cab (cabine)" → "cab"), and the aka alone ("cabine"). */
function namesOf(place: Entity): string[] {
  const bracketed = /\(([^)]*)\)/.exec(place.name)?.[1];
  return [phraseKey(place.name), ...(bracketed ? [phraseKey(place.name.replace(/\([^)]*\)/g, ' ')), phraseKey(bracketed)] : [])];
}
