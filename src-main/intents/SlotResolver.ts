// Gives the words a template slot took a meaning in this home: an entity (through the name resolver), a device kind,
// a maker, a capability, a number, or a control target (one device, "all lights in the kitchen", "the kitchen").
// Each value's score goes into the match confidence: "kitchen lights" as place + kind beats it as one device name.
import { keepingSetpoint, othersOnFloor } from './floorClimateChoice';
import { waterAsThing, wateredTarget } from './wateredTarget';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import { absentMakerOfPhrase } from './makerKindPhrases';
import { CAPABILITY_WORDS, kindById, kindForPhrase, type DeviceKind } from './deviceKinds';
import { armableOnly, withoutArmMode } from './armModes';
import { commandTarget } from './commandTarget'; import { makerTarget } from './makerTarget';
import { openingAtMainHouse } from './aliasedAlike';
import { saidOrOwnMembers } from './kindOwnMembers';
import { type HomeIndex } from './HomeIndex';
import { membersOfKind, NAME_SEARCH_LIMIT } from './kindMembers';
import { bareKindOverOne, kindNamesSeveral, kindNoneHere, namedWithKindWord, thingNotPlace, devicesBesidePlaceName, withKindSaid, unclassifiedAlike, whichOfKind } from './kindTarget';
import { weakUnlessOpener } from './openableByName';
import { kindInPlace, oneInPlace, saysOneInPlace } from './oneInPlace';
import { singularInPlace } from './singularInPlace';
import { exactlyNamed, namedAsKindOfPlace, namesDevice } from './physicalNames';
import { ownedRoom } from './mentions';
import { otherKindThanSaid } from './otherKindThanSaid'; import { namedBeforeQualifier } from './qualifierAfterName'; import { othersOfKindNamedElse, otherWindowsNamedElse } from './kindWordInOneName'; import { locksOfBareDoor } from './bareDoorLocks'; import { nameWordNamesakes } from './nameWordNamesakes'; import { kindAloneOverNames } from './kindAloneTarget';
import { tokenize, type Token } from './normalizeText';
import { isPlural, isPluralBeforePlace } from './pluralSaid';
import { placesNamed } from './commandTargetPlaces';
import { zoneNicknamed } from './zoneNicknames';
import { GROUP_PREFIX, reject, stripPrefix, type ScoredSlot } from './slotValue';
import { allOfKindInNamedPlace } from './allOfKindInNamedPlace';
import { thingAtPlace } from './thingAtPlace';
import { aliasMatch, aliasOrExact, allOfKindSaid, exactPlace, groupOrPlaceProblem } from './slotLookups';
import { describedTarget } from './describedSlot';
import { interchangeablePlaceWords } from './looseWords';
import { COMMAND_LEADS, DOCUMENT_WORDS, DURATION, ENTITY_TYPES_BY_SLOT, HOME_SLOTS, PHYSICAL, QUESTION_LEADS, SPECIAL_PLACES } from './slotWords';
// The slot's values and shared helpers (slotValue.ts), its word lists (slotWords.ts), look-ups (slotLookups.ts) and
// described devices (describedSlot.ts) live apart; the types are said here too for their many callers.
export type { ScoredSlot, SlotValue } from './slotValue';

const BARE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that', 'they']);
const [LOCK_KIND, ALARM_KIND] = [kindById('lock'), kindById('alarm')];
/** Verbs that open a command but, unlike COMMAND_LEADS, may begin a place's name ("Open plan kitchen"). */
const OPENING_VERBS: ReadonlySet<string> = new Set(['open']);

export class SlotResolver {
  private readonly memo = new Map<string, Promise<ScoredSlot>>();

  constructor(
    private readonly names: EntityNameResolver,
    private readonly index: HomeIndex,
  ) {}

  /** Drops memoised answers; the engine calls it once per turn so results never outlive a graph change. */
  reset(): void {
    this.memo.clear();
  }

  resolve(type: string, tokens: readonly Token[]): Promise<ScoredSlot> {
    const key = `${type}\u0000${tokens.map((t) => t.text).join(' ')}`;
    const found = this.memo.get(key) ?? this.compute(type, tokens);
    this.memo.set(key, found);
    return found;
  }

  private async compute(type: string, tokens: readonly Token[]): Promise<ScoredSlot> {
    const text = tokens.map((t) => t.text).join(' ');
    const keys = tokens.map((t) => t.key).join(' ');
    switch (type) {
      case 'number': {
        if (tokens.length !== 1) return reject(text);
        const value = Number((tokens[0]?.text ?? '').replace(',', '.'));
        return Number.isFinite(value) ? { value: { type: 'number', text, value }, score: 1 } : reject(text);
      }
      // A reason says why, never for how long ("for the kids", not "for 10 minutes": a duration is no reason to drop).
      case 'reason':
      case 'text':
        return { value: { type: 'text', text }, score: type === 'reason' && DURATION.test(text) ? 0 : 1 };
      case 'kind': {
        const phrase = stripPrefix(tokens).map((t) => t.key).join(' ');
        const kind = kindForPhrase(phrase);
        // "any sonos" where nothing here says Sonos: a maker, not the speakers of others (makerKindPhrases.ts).
        return kind && !absentMakerOfPhrase(phrase, await this.index.get()) ? { value: { type: 'kind', text, kind }, score: 1 } : reject(text);
      }
      case 'manufacturer': {
        const snapshot = await this.index.get();
        const value = snapshot.manufacturers.get(keys) ?? absentMakerOfPhrase(keys, snapshot);
        return value ? { value: { type: 'manufacturer', text, value }, score: 1 } : reject(text);
      }
      case 'capability': {
        const snapshot = await this.index.get();
        const known = snapshot.capabilities.get(keys);
        const mapped = CAPABILITY_WORDS[tokens.map((t) => t.text).join(' ')] ?? CAPABILITY_WORDS[keys];
        const value = known ?? mapped;
        return value ? { value: { type: 'capability', text, value }, score: 1 } : reject(text);
      }
      case 'target':
        return this.resolveTarget(tokens);
      // Targets of verbs that need a kind of device: "unlock the shed" is about a lock, "open the gate" an opener.
      case 'lockable':
        return this.resolveTarget(tokens, LOCK_KIND);
      case 'openable':
        return this.resolveTarget(tokens, 'openable');
      case 'watered': // "water the lawn" opens its valve; "water level", "water heater manual" are no watering.
        return waterAsThing(tokens) ? reject(text) : wateredTarget(await this.index.get(), tokens, text, () => this.resolveTarget(tokens, 'openable'));
      case 'armable':
        return this.resolveTarget(withoutArmMode(tokens), ALARM_KIND);
      // "set the alarm": a verb that sets many things arms only what can be armed (armModes.ts).
      case 'alarm':
        return armableOnly(await this.resolveTarget(withoutArmMode(tokens), ALARM_KIND));
      // "lights on in the cellar", "light in the cellar on": the lights of the place said (the kind word was literal).
      case 'lit':
        return this.resolveTarget([...tokenize('lights in'), ...tokens]);
      default: {
        // "run the goodnight thing", "the water heater thing": a vague head after a name says nothing more of it.
        const whole = await this.resolveEntity(type, tokens);
        if (!endsVague(tokens) || whole.value.type !== 'missing') return whole;
        const named = await this.resolveEntity(type, tokens.slice(0, -1));
        return (named.value.type === 'entity' || named.value.type === 'ambiguous') && named.score > whole.score ? named : whole;
      }
    }
  }

  private async resolveEntity(type: string, tokens: readonly Token[]): Promise<ScoredSlot> {
    const text = tokens.map((t) => t.text).join(' ');
    const types = ENTITY_TYPES_BY_SLOT[type];
    if (!(type in ENTITY_TYPES_BY_SLOT)) return reject(text);
    // Kind words alone ("lights", "sensors") are not names; a kind template will take them.
    if (kindForPhrase(stripPrefix(tokens).map((t) => t.key).join(' ')) && isPlural(tokens)) return reject(text);
    // "any door", "every light": a quantifier, not a name.
    if (['any', 'every', 'all', 'each', 'anything', 'everything'].includes(tokens[0]?.key ?? '') && type !== 'target') return reject(text);
    // "have we got media" is the question around a name, never a name ("I couldn't find 'have we got'").
    if (QUESTION_LEADS.has(tokens[0]?.key ?? '')) return reject(text);
    if ((type === 'place' || type === 'room') && COMMAND_LEADS.has(tokens[0]?.key ?? '')) return reject(text);
    const snapshot = await this.index.get();
    if (type === 'place' || type === 'thing') {
      const keys = tokens.map((t) => t.key).join(' ');
      if (SPECIAL_PLACES.has(keys) && snapshot.homes.length === 1 && snapshot.homes[0]) {
        // Just below an exact name: a template that spells "in the house" out reads it more precisely.
        return { value: { type: 'entity', text, entity: snapshot.homes[0], how: 'alias' }, score: 0.99 };
      }
    }
    // A device question that names a room exactly is about the room ("automations affecting the kitchen" is not
    // about the "Kitchen-Dining Door"; "the living room" is not "Living Room Lights"). Answers handle places.
    if (type === 'device' || type === 'thing') {
      const place = exactPlace(snapshot, tokens);
      if (place) return { value: { type: 'entity', text, entity: place, how: 'exact' }, score: 1 };
    }
    const owned = type === 'place' || type === 'room' ? ownedRoom(snapshot, tokens.map((t) => t.key)) : undefined;
    if (owned) return { value: { type: 'entity', text, entity: owned, how: 'alias' }, score: 1 };
    const aliased = aliasMatch(snapshot, tokens, types);
    if (aliased) return { value: { type: 'entity', text, entity: aliased, how: 'alias' }, score: 1 };
    // "the attic" shared by the rooms on that floor: all of them, not the one whose name holds the word (floorMates.ts).
    const floor = type === 'place' || type === 'room' ? snapshot.floorWords.get(stripPrefix(tokens).map((t) => t.key).join(' ')) : undefined;
    if (floor) return { value: { type: 'ambiguous', text, expected: type, candidates: floor, floor: true }, score: 0.6 };
    const atHome = openingAtMainHouse(snapshot, tokens, types); // "the front door" of two houses (aliasedAlike.ts)
    if (atHome) return { value: { type: 'entity', text, entity: atHome, how: 'alias' }, score: 0.95 };
    const resolved = await this.names.resolve(text, { ...(types ? { types } : {}), limit: NAME_SEARCH_LIMIT, interchangeable: interchangeablePlaceWords });
    // "the front door lock" is not "Front Door Lamp": a near name of a device that is not of the kind said last is
    // no match while the home has devices of that kind (the kind, and the words describing one of it, decide).
    // "open the gate": the verb is no near spelling of a place ("open" is not the pantry "Spens": soweto jo195).
    if ((type === 'place' || type === 'room') && resolved.kind === 'match' && resolved.how === 'fuzzy' && OPENING_VERBS.has(tokens[0]?.key ?? '')) return reject(text);
    const result = resolved.kind === 'match' && resolved.how === 'fuzzy' && otherKindThanSaid(snapshot, stripPrefix(tokens).map((t) => t.key), resolved.entity) ? { kind: 'none' as const, suggestions: [] } : resolved;
    // "the telly", "the fridge": no name says it, but a kind word is that device when the home has one of the kind.
    const kindSaid = type === 'device' || type === 'thing' ? kindForPhrase(stripPrefix(tokens).map((t) => t.key).join(' ')) : undefined;
    const inPlace = (type === 'device' || type === 'thing') && !(result.kind === 'match' && result.how === 'exact') ? await kindInPlace(snapshot, tokens.map((t) => t.key), text, (from) => this.resolveEntity('place', stripPrefix(tokens.slice(from)))) : undefined;
    if (inPlace) return inPlace;
    if (result.kind === 'match') {
      // "where's the heat pump" is that device (of several, which one), not the procedure "Clean the Heat Pump Filters".
      if (kindSaid && result.how !== 'exact' && !PHYSICAL.has(result.entity.entity_type) && !tokens.some((t) => DOCUMENT_WORDS.has(t.key))) {
        const only = membersOfKind(snapshot, kindSaid);
        if (only[0]) return only.length === 1 ? { value: { type: 'entity', text, entity: only[0], how: 'synonym' }, score: 0.95 } : { value: { type: 'ambiguous', text, expected: type, candidates: only.slice(0, 6) }, score: 0.6 };
      }
      const wider = result.how === 'synonym' ? allOfKindSaid(snapshot, kindSaid, tokens, [result.entity]) ?? namedBeforeQualifier(snapshot, tokens, result.entity) : undefined;
      // …and the kind said alone asked of a device that is one of several of it (kindWordInOneName.ts; "where's the tv" keeps the name).
      const alone = type === 'device' && result.how === 'synonym' && wider === undefined ? othersOfKindNamedElse(snapshot, kindSaid, stripPrefix(tokens), [result.entity]) ?? otherWindowsNamedElse(snapshot, stripPrefix(tokens), result.entity) : undefined;
      if (wider ?? alone) return { value: { type: 'ambiguous', text, expected: type, candidates: wider ?? alone ?? [], ...(alone ? { kindWordAlone: true } : {}) }, score: 0.6 };
      const score = result.how === 'fuzzy' ? 0.85 : result.how === 'synonym' ? 0.95 : 1;
      return { value: { type: 'entity', text, entity: result.entity, how: result.how }, score };
    }
    if (kindSaid && result.kind !== 'ambiguous') {
      const ofKind = membersOfKind(snapshot, kindSaid);
      // "the chest freezer" among freezers: the one whose own words say it; when several do ("heat pump"), which one.
      const only = ofKind.length > 1 ? saidOrOwnMembers(snapshot, ofKind, kindSaid, text) : ofKind;
      if (only.length === 1 && only[0]) return { value: { type: 'entity', text, entity: only[0], how: 'synonym' }, score: 0.95 };
      if (only.length > 1) return { value: { type: 'ambiguous', text, expected: type, candidates: only.slice(0, 6) }, score: 0.6 };
    }
    // "the floor lamp" for "Golvlampa": described, not named (describedSlot.ts).
    const described = type === 'device' || type === 'thing' ? describedTarget(snapshot, tokens, type, text, result, kindSaid) : undefined;
    if (described) return described;
    if (result.kind === 'ambiguous' && type === 'thing' && !tokens.some((t) => DOCUMENT_WORDS.has(t.key))) {
      // "where's the tv" between "Samsung Smart TV" and the procedure "Set Up the TV": only one of them is a thing
      // in the house (unless the words ask for a document: "the oven manual").
      const physical = result.candidates.filter((c) => PHYSICAL.has(c.entity.entity_type));
      if (physical.length === 1 && physical[0]) return { value: { type: 'entity', text, entity: physical[0].entity, how: 'fuzzy' }, score: 0.9 };
    }
    if (result.kind === 'ambiguous') {
      const candidates = allOfKindSaid(snapshot, kindSaid, tokens, result.candidates.map((c) => c.entity)) ?? withKindSaid(snapshot, kindSaid, result.candidates.map((c) => c.entity));
      return { value: { type: 'ambiguous', text, expected: type, candidates }, score: 0.6 };
    }
    // "it" with nothing in focus is no near spelling of a name ("Split salon" holds its letters): no guesses offered.
    const suggestions = BARE_PRONOUNS.has(text.trim().toLowerCase()) ? [] : result.suggestions.map((s) => s.entity).slice(0, 3);
    // "wiggle the garage" is a sentence around a name, not a name nothing matched: the words go to the LLM instead of
    // "I couldn't find 'wiggle the garage'".
    if (suggestions.length === 0 && tokens.slice(1).some((t) => t.key === 'the')) return reject(text);
    const home = HOME_SLOTS.has(type);
    const score = suggestions.length > 0 ? (home ? 0.6 : 0.45) : home ? 0.5 : 0.3;
    return { value: { type: 'missing', text, expected: type, suggestions }, score };
  }

  private async resolveTarget(tokens: readonly Token[], implied?: DeviceKind | 'openable'): Promise<ScoredSlot> {
    const text = tokens.map((t) => t.text).join(' ');
    const body = stripPrefix(tokens);
    if (body.length === 0) return reject(text);
    const saidAll = body.length < tokens.length && tokens.some((t) => t.key === 'all' || t.key === 'every');
    const bodyKeys = body.map((t) => t.key);
    const snapshot = await this.index.get();
    const plural = isPlural(body) || isPluralBeforePlace(body, (key) => placesNamed(snapshot, key).length > 0 || zoneNicknamed(snapshot, key) !== undefined);

    // "kitchen lights" / "lights in the kitchen" / "all lights": a kind, optionally with a place.
    const wholeKind = kindForPhrase(bodyKeys.join(' '));
    if (wholeKind && (plural || saidAll)) return { value: { type: 'group', text, kind: wholeKind, place: undefined }, score: 1 };
    const inAt = bodyKeys.findIndex((k, i) => i > 0 && (k === 'in' || k === 'on'));
    if (inAt > 0) {
      const kind = kindForPhrase(bodyKeys.slice(0, inAt).join(' '));
      const placeTokens = stripPrefix(body.slice(inAt + 1));
      if (kind && placeTokens.length > 0) {
        const group = groupOrPlaceProblem(text, kind, await this.resolveEntity('place', placeTokens));
        return saidAll || isPlural(body.slice(0, inAt)) ? group : singularInPlace(await this.index.get(), group, kind, body.slice(0, inAt).filter((t) => !GROUP_PREFIX.has(t.key)).map((t) => t.text));
      }
    }
    // "turn off the one in the bedroom": which of the devices there, never the only opener (oneInPlace.ts).
    const oneIn = saysOneInPlace(bodyKeys) ? oneInPlace(snapshot, await this.resolveEntity('place', stripPrefix(body.slice(2))), implied, text) : undefined;
    if (oneIn) return oneIn;
    // "all the lights upstairs", "the heaters downstairs": a kind, then a place named exactly, no preposition.
    for (let prefix = Math.min(3, body.length - 1); prefix >= 1; prefix--) {
      const kind = kindForPhrase(bodyKeys.slice(0, prefix).join(' '));
      const place = kind ? exactPlace(snapshot, body.slice(prefix)) : undefined;
      if (kind && place && (plural || saidAll || isPlural(body.slice(0, prefix)))) return { value: { type: 'group', text, kind, place }, score: 1 };
    }
    // "the kitchen lights" where "kitchen" names a room exactly: the lights of that room ("Kitchen Ceiling Lights" is one).
    if (plural) {
      // "the sitkamer lights" where one device is called "Sitkamer lights" (or "Lumières du salon"): that device only.
      const exact = exactlyNamed(snapshot, body);
      if (exact && !saidAll) return { value: { type: 'entity', text, entity: exact, how: 'exact' }, score: 1 };
      for (let suffix = Math.min(3, body.length - 1); suffix >= 1; suffix--) {
        const kind = kindForPhrase(bodyKeys.slice(body.length - suffix).join(' '));
        const place = kind ? exactPlace(snapshot, body.slice(0, body.length - suffix)) : undefined;
        const named = kind && place && !saidAll ? namedAsKindOfPlace(snapshot, kind, place) : undefined;
        if (kind && place) return named ? { value: { type: 'entity', text, entity: named, how: 'synonym' }, score: 1 } : { value: { type: 'group', text, kind, place }, score: 1 };
      }
    }
    // "all the annex lights" where "annex" names the zone "Nan's annex" but no place exactly: "all" and a plural kind
    // are every one of the kind there, never the one device whose name shares the word ("Annex hall light").
    const allThere = saidAll && plural ? await allOfKindInNamedPlace(body, text, (t) => this.resolveEntity('place', t)) : undefined;
    if (allThere) return allThere;
    // "lock the door" in a home with one lock: the door that lock is on (doors are locked through their locks).
    const doorLocks = locksOfBareDoor(snapshot, bodyKeys, text, LOCK_KIND, implied) ?? kindAloneOverNames(snapshot, saidAll ? undefined : wholeKind, body, text, plural); // …or which of its locks (bareDoorLocks.ts); "the ac" of many (kindAloneTarget.ts)
    if (doorLocks) return doorLocks;
    // "the thermostat" with exactly one here: that device ("unlock the sauna" wants a lock, not the sauna heater).
    if (wholeKind && !plural && (implied === undefined || implied === 'openable' || implied.id === wholeKind.id)) {
      const only = membersOfKind(snapshot, wholeKind);
      // "put the kettle on" with one kettle and a "Kettle plug": both are the kettle to a household, so ask which.
      const named = only.length === 1 && only[0] ? namedWithKindWord(snapshot, bodyKeys.join(' '), only[0]) : [];
      // …and one the export types alike that we could not classify (kindTarget.ts).
      const alike = only.length === 1 && only[0] ? [...named, ...unclassifiedAlike(snapshot, wholeKind, only[0]).filter((d) => !named.includes(d))] : [];
      if (only[0] && alike.length > 0) return { value: { type: 'ambiguous', text, expected: 'device', candidates: [only[0], ...alike], withPlaces: true }, score: 0.6 };
      if (only.length === 1 && only[0]) return { value: { type: 'entity', text, entity: only[0], how: 'synonym' }, score: 0.95 };
    }
    // Not a name: read the mentions (kind, place, owner, modifier words) against each device (commandTarget.ts).
    let notFound: string | undefined;
    if (!namesDevice(snapshot, body)) {
      const byMaker = plural ? undefined : makerTarget(snapshot, bodyKeys, text, implied); // "turn on the daikin" (makerTarget.ts)
      if (byMaker) return byMaker;
      const read = commandTarget(snapshot, body, implied, plural);
      const alike = read?.type === 'one' ? [...(wholeKind && !plural ? namedWithKindWord(snapshot, bodyKeys.join(' '), read.device) : []), ...othersOnFloor(snapshot, bodyKeys, [read.device])] : [];
      if (read?.type === 'one' && alike.length > 0) return { value: { type: 'ambiguous', text, expected: 'device', candidates: [read.device, ...alike], withPlaces: true }, score: 0.6 };
      if (read?.type === 'one') return { value: { type: 'entity', text, entity: read.device, how: 'synonym', ...(read.why ? { why: read.why } : {}) }, score: 0.95 };
      // "the downstairs AC" where the floor also holds the central AC's thermostat: which one (floorClimateChoice.ts).
      const onFloor = read?.type === 'several' && !plural ? othersOnFloor(snapshot, bodyKeys, read.devices) : [];
      if (read?.type === 'several' && onFloor.length > 0) return { value: { type: 'ambiguous', text, expected: 'device', candidates: [...keepingSetpoint(read.devices), ...onFloor], withPlaces: true }, score: 0.6 };
      if (read?.type === 'several' && read.all) return { value: { type: 'group', text, kind: read.all.kind, place: read.all.place, devices: read.devices }, score: 0.95 };
      if (read?.type === 'several') return { value: { type: 'ambiguous', text, expected: 'device', candidates: read.devices, withPlaces: true, ...(read.note ? { note: read.note } : {}) }, score: 0.6 };
      if (read?.type === 'none') notFound = read.note;
    }
    const resolvedDevice = await this.resolveEntity('device', body);
    // A room named exactly is handled below as "the whole room", not as a device.
    const device = resolvedDevice.value.type === 'entity' && !['device', 'door', 'window'].includes(resolvedDevice.value.entity.entity_type)
      ? { value: { type: 'missing' as const, text, expected: 'device', suggestions: [] }, score: 0.3 }
      : resolvedDevice;
    if (device.value.type === 'entity' && device.score >= 0.9) return bareKindOverOne(snapshot, plural ? undefined : wholeKind, bodyKeys.join(' '), kindNamesSeveral(snapshot, wholeKind, bodyKeys.join(' '), nameWordNamesakes(snapshot, bodyKeys, implied, weakUnlessOpener(device, implied))));
    for (let suffix = Math.min(3, body.length - 1); suffix >= 1; suffix--) {
      const kind = kindForPhrase(bodyKeys.slice(body.length - suffix).join(' '));
      if (!kind) continue;
      const place = await this.resolveEntity('place', body.slice(0, body.length - suffix));
      if (place.value.type === 'entity' && place.score >= 0.85) return { value: { type: 'group', text, kind, place: place.value.entity }, score: place.score };
    }
    if (device.value.type === 'entity') return device;
    const place = await this.resolveEntity('place', body);
    if (place.value.type === 'entity' && place.value.entity.entity_type !== 'home' && !thingNotPlace(bodyKeys.join(' '), [place.value.entity]) && !devicesBesidePlaceName(bodyKeys.join(' '), place.value.entity, device)) {
      return { value: { type: 'group', text, kind: undefined, place: place.value.entity }, score: place.score * 0.95 };
    }
    if (device.value.type === 'ambiguous') return device;
    // "turn on Vacation Mode": an automation named exactly (the control answer runs it).
    const automation = aliasOrExact(snapshot, body, ['automation']);
    if (automation) return { value: { type: 'entity', text, entity: automation, how: 'exact' }, score: 0.9 };
    if (device.value.type === 'missing' && !notFound && !namesDevice(snapshot, body)) {
      // "the lightstrip": no name and no kind word, but the words of one device's model or description.
      const read = commandTarget(snapshot, body, implied, plural, true);
      if (read?.type === 'one') return { value: { type: 'entity', text, entity: read.device, how: 'synonym' }, score: 0.9 };
    }
    // "open the garage door at the razzett": the thing before the place, where the place holds it (thingAtPlace.ts).
    const atPlace = await thingAtPlace(snapshot, body, (t) => this.resolveTarget(t, implied), (t) => this.resolveEntity('place', stripPrefix(t)));
    if (atPlace) return atPlace;
    if (device.value.type === 'missing') {
      // "There is no such device" is said when the mentions were read and the device isn't in this home.
      if (notFound) return { value: { ...device.value, suggestions: [], note: notFound }, score: 0.55 };
      // "prende la luz" among 17 lights: a bare kind word is any of them, never the one whose name is spelled close.
      const which = device.value.suggestions.length > 0 && !plural ? whichOfKind(snapshot, wholeKind, text) : undefined;
      if (which) return which;
      // Unknown targets of a command are worth a "did you mean" only when something is close; otherwise decline.
      return (device.value.suggestions.length === 0 ? kindNoneHere(snapshot, wholeKind, text, implied) : undefined) ?? { value: device.value, score: device.value.suggestions.length > 0 ? 0.55 : 0.3 };
    }
    return device;
  }
}

/** Words a neighbour puts after a thing whose proper name they don't know ("the cooler thing", "the pool thingy"). */
const VAGUE_HEADS: ReadonlySet<string> = new Set(['thing', 'thingy', 'thingie', 'thingamajig', 'gizmo', 'contraption']);
function endsVague(tokens: readonly Token[]): boolean {
  return tokens.length >= 2 && VAGUE_HEADS.has(tokens[tokens.length - 1]?.key ?? '');
}
