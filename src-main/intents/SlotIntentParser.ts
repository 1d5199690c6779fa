// Parsing by slots: the mentions first (what the question is about), then the intent from the cue words left over,
// as scored alternatives. Templates remain the precise way in; this is how phrasings nobody wrote a template for
// ("What rooms connect to the kitchen?", "Look for Philips devices") still get an answer. It never yields a control
// intent: changing the home needs a phrasing the templates recognise exactly.
import { alertOfDevice } from './alertOfDevice';
import { automationDescribedBy } from './automationDescribedBy';
import { automationNamedWhole } from './automationNamedWhole';
import { automationWhenSaid } from './automationWordSaid';
import { batteryPlaceSaid } from './batteryPlaceSaid';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import { ALL_CUES, aspectOf, asksCount, asksReading, asksWhere, capabilityIn, CUES, EDIT_VERBS, errorCode, has, POLITE_OPENERS } from './cueWords';
import { phraseKey } from './deviceKinds';
import { oneAutomationWatching, sensorThere } from './automationTriggers';
import { automationWordOfDevice } from './automationWordOfDevice';
import { makerStateAsked } from './makerStateAsked';
import { askedOfDevice } from './askedOfDevice';
import { howToTask } from './taskVerbs';
import { type HomeSnapshot } from './HomeIndex';
import { homeUses, thingWords } from './homeWords';
import { askedOfItsDocs } from './whereObjectFor';
import { isPlaceWord } from './placeVocabulary';
import { placeDoorMentions } from './placeNamedDoor';
import { placeNamedKindMentions } from './namedForPlace';
import { deviceDescribedOverRule } from './describedOverRule';
import { findMentions, looseMention, STOP_WORDS, typoMention, type Mention, type MentionRole } from './mentions';
import { entitySlot, firstRole, kindSlot } from './mentionSlots';
import { connectCue, contentWords, controlledBy, controlsWho } from './questionShapeCues';
import type { Token } from './normalizeText';
import { appIsWhereNoteIs } from './noteInApp';
import { noteNamedByWords } from './noteNamedByWords';
import { sinceTimeOfDay } from './sinceTimeOfDay';
import { stateWord, switchHeading } from './stateWordAsked';
import type { SlotValue } from './SlotResolver';
import { endsInRoomWord, homeDevicesAsked } from './homeInventory';
import { definiteBefore, describedBefore, describedMention, impliedDevice, isPlural, narrowByFloor, openingMention, unknownPlace } from './slotMentions';
import { asksQuantity, quantityAsked } from './stateQuantities';
import { lastEventOwner, whenAskedOf } from './pastEvents';
import { inflectionStem } from './wordStem';
import { placeFieldRoute, readingRoutes } from './readingRoutes';
import { deviceSays, dropDeviceOfQualifiedKind, kindWords } from './qualifiedKind';
import { presenceSensor } from './presenceInPlace';
import { dropFieldWords } from './fieldAfterDevice';
import { scheduledDevicesAsked } from './scheduleAsked';
import { devicesNamedByMakerIn } from './makerWordInPlace';
import { routeEnds } from './routeEnds';
import { hasCycle, isRunning } from './cycleState';
import { doorOfPlace } from './placeDoor';

export interface SlotParse {
  intent: string;
  slots: Record<string, SlotValue>;
  confidence: number;
  alternatives: Array<{ intent: string; confidence: number }>;
  /** Which rule decided, for debugging ("slots:kind+count"). */
  rule: string;
}

type Add = (intent: string, slots: Record<string, SlotValue | undefined>, confidence: number, rule: string) => void;

const MAX_UNEXPLAINED = 3;

export class SlotIntentParser {
  constructor(private readonly resolver: EntityNameResolver) {}

  async parse(tokens: readonly Token[], snapshot: HomeSnapshot): Promise<SlotParse | undefined> {
    const lead = tokens.find((t) => !POLITE_OPENERS.has(t.key));
    if (lead && EDIT_VERBS.has(lead.key)) return undefined;
    // A command the control templates did not read ("turn off the …", "kill the power to …") is not a question about
    // the same words: answering "which heaters are off" to it would be wrong. It is declined instead.
    if ((lead && CONTROL_VERBS.has(lead.key) && !QUESTION_WORDS.has(lead.key)) || switchHeading(tokens)) return undefined;
    const mentions = dropFieldWords(findMentions(tokens, snapshot), snapshot);
    // "which app for the front door" where the lock is "Hoveddør lås": the opening names the device, not the kind "door".
    // A kind right after it ("the front door lock"), also one whose words begin inside it ("door lock"), is described
    // by it instead (describedBefore): "Front Doorbell" is never the front door lock.
    const opening = mentions.some((m) => m.entities.device?.length) ? undefined : openingMention(snapshot, tokens);
    if (opening && !mentions.some((m) => (m.kind && m.start <= opening.end && m.end > opening.end) || (m.entities.automation?.length && m.start <= opening.start && m.end >= opening.end))) {
      for (const m of mentions.filter((m) => m.start < opening.end && m.end > opening.start)) mentions.splice(mentions.indexOf(m), 1);
      mentions.push(opening);
    }
    narrowByFloor(mentions, snapshot);
    placeDoorMentions(snapshot, tokens, mentions); // "the mamad door": the place's one door (placeNamedDoor.ts)
    placeNamedKindMentions(snapshot, mentions); // "pool heat pump": the one named for a place that holds none (namedForPlace.ts)
    const alert = mentions.some((m) => m.entities.automation?.length) ? undefined : alertOfDevice(snapshot, tokens, mentions) ?? automationDescribedBy(snapshot, tokens, mentions);
    // "the gate-open alert" (alertOfDevice.ts), "the fireworks automation" (automationDescribedBy.ts): one rule.
    if (alert) mentions.splice(0, mentions.length, ...mentions.filter((m) => m.end <= alert.start || m.start >= alert.end), alert);
    // The intent comes from the words that are not part of a name ("laundry room" says nothing about rooms).
    const inMention = (i: number): boolean => mentions.some((m) => i >= m.start && i < m.end);
    // "do we have a wine fridge" where the fridge is named "Fridge": the kind asked with a word, not that device.
    dropDeviceOfQualifiedKind(snapshot, tokens, mentions, inMention);
    // "from morning" says how long, it asks no time (sinceTimeOfDay.ts).
    const keys = new Set(tokens.filter((t, i) => !inMention(i) && !(TIMES_OF_DAY.includes(t.key) && sinceTimeOfDay(tokens, i))).map((t) => t.key));
    if (appIsWhereNoteIs(tokens)) for (const w of CUES.app) keys.delete(w); // "a note in the app" (noteInApp.ts)
    const pick = (role: MentionRole): Mention | undefined => mentions.find((m) => m.entities[role]?.length);
    let place = pick('place');
    let device = pick('device');
    let automation = pick('automation');
    let other = pick('other');
    const firstKind = mentions.find((m) => m.kind && !(m.entities.device?.length && !isPlural(tokens, m)));
    const maker = mentions.find((m) => m.maker && !m.entities.place && !m.entities.device);
    const found = pick('device') ? undefined : capabilityIn(tokens, snapshot.capabilities);
    // "motion sensors" names a kind; its words are not also a capability question.
    const capability = found && !mentions.some((m) => m.kind && ` ${m.text} `.includes(` ${found.text} `)) ? found : undefined;
    // "co2", "pm25" are what a device measures here (a capability), not an error code to look up.
    const code = [errorCode(tokens)].find((c) => c !== undefined && !snapshot.capabilities.has(phraseKey(c)));
    const out: SlotParse[] = [];
    const add: Add = (intent, slots, confidence, rule) => {
      const clean: Record<string, SlotValue> = {};
      for (const [k, v] of Object.entries(slots)) if (v) clean[k] = v;
      out.push({ intent, slots: clean, confidence, alternatives: [], rule });
    };

    // "How do I …" anywhere ("the wifi is down, how do I restart the router"), or how long a task takes.
    const how = howToTask(tokens);
    if (how) return best([{ intent: 'how_to', slots: { task: text(how.task) }, confidence: 0.85, alternatives: [], rule: how.rule }]);

    // Too many words nothing explains: not a home question this parse understands (the LLM path gets it).
    const explained = new Set<number>();
    for (const m of mentions) for (let i = m.start; i < m.end; i++) explained.add(i);
    const unexplained = tokens.filter((t, i) => !explained.has(i) && !STOP_WORDS.has(t.key) && !ALL_CUES.has(t.key));
    // "when did gran last press her button": words about who did it, with one device keeping that event, still ask it.
    if (unexplained.length > MAX_UNEXPLAINED && !capability && !lastEventOwner(snapshot.devices, tokens)) return undefined;
    // A word the home never uses ("a bedtime story about the house", "describe my study setup") makes it a request
    // for the LLM, unless the question asks whether such a thing exists ("is there a baby monitor?").
    const asksExistence = /^(is|are|do|doe|where) /.test(tokens.map((t) => t.key).join(' ')) || has(new Set(tokens.map((t) => t.key)), 'any', 'anything');
    // "when is the chimney sweep coming": a date question about something the home's notes mention is asked in words
    // the notes don't use ("coming", "collected"); one word the home uses is enough for the dated note search.
    const datedAbout = has(keys, 'when', 'day', 'date', 'often') && unexplained.some((t) => t.key.length >= 4 && homeUses(snapshot, t.text, t.key));
    // A question ("what is watching the front entrance?") about something the home names may use one verb or
    // adjective the home never does; a request with such words ("describe my study setup") is the LLM's.
    // A word for a kind of place ("attic") is no request word: a place the home lacks is said not to exist.
    const foreign = unexplained.filter((t) => t.key.length >= 4 && !homeUses(snapshot, t.text, t.key) && !isPlaceWord(t.key) && !ALL_CUES.has(inflectionStem(t.key) ?? '') && !asksReading(t.key));
    // "manual for the front door lock", "app for the back door lock" ask as plainly as "what is the manual for …".
    const leadKey = lead?.key ?? '';
    const question = QUESTION_WORDS.has(leadKey) || CUES.docs.includes(leadKey) || CUES.app.includes(leadKey);
    const namesSomething = mentions.some((m) => !m.loose && (Object.keys(m.entities).length > 0 || m.kind || m.maker));
    // "who's the emergency contact for the babysitter": a question whose other words the home uses (its notes say
    // "emergency contact") may carry one word it never does, as a question naming something may.
    const homeWordsUsed = tokens.filter((t) => t.key.length >= 4 && !STOP_WORDS.has(t.key) && !QUESTION_WORDS.has(t.key) && homeUses(snapshot, t.text, t.key)).length;
    // "when does the garden get watered", "what temp is the bathroom floor the rest of the day": the device a schedule runs.
    const scheduled = scheduledDevicesAsked(snapshot, tokens);
    if (!asksExistence && !datedAbout && !scheduled.length && !homeDevicesAsked(tokens) && foreign.length > (question && (namesSomething || homeWordsUsed >= 2) ? 1 : 0)) return undefined;
    // Words with nothing around them that asks anything ("pdtio", a pasted token) are not worth a typo search.
    if (mentions.length === 0 && !tokens.some((t) => STOP_WORDS.has(t.key) || ALL_CUES.has(t.key))) return undefined;

    // "is any door unlocked", "are all the lights off": a quantified question about every one of them.
    const quantified = tokens.some((t) => ['any', 'every', 'all', 'each', 'anything', 'everything'].includes(t.key));
    // "is anything open or unlocked" asks two things: the locks alone would leave the open window out.
    if (quantified && has(keys, ...CUES.locked) && !has(keys, ...CUES.open)) return best([{ intent: 'state_locked', slots: {}, confidence: 0.9, alternatives: [], rule: 'locked-any' }]);

    // Nothing exact: the leftover words may still name something (typo, partial name), resolved once.
    if (!place && !device && !automation && !other && !firstKind && !maker && !capability) {
      const found = (await looseMention(tokens, mentions, ALL_CUES, this.resolver, undefined)) ?? typoMention(tokens, snapshot) ?? describedMention(snapshot, tokens);
      // "la moto" in a rule's name and a device's description: the device, unless the rule is asked (describedOverRule.ts).
      const loose = found ? deviceDescribedOverRule(snapshot, tokens, found, keys) ?? found : undefined;
      if (loose) {
        mentions.push(loose);
        place = loose.entities.place ? loose : undefined;
        device = loose.entities.device ? loose : undefined;
        automation = loose.entities.automation ? loose : undefined;
        other = loose.entities.other ? loose : undefined;
        // A cue word the found name holds ("heat" of "heat tape") asks nothing (withNameCues in mentions.ts).
        for (const t of tokens.slice(loose.start, loose.end)) if (ALL_CUES.has(t.key) && tokens.filter((u) => u.key === t.key).length === 1) keys.delete(t.key);
      }
    }
    // "the load shedding automation": the one automation those words name, not a schedule (automationWordSaid.ts).
    if (automation) {
      const rule = automationWhenSaid(snapshot, tokens, automation);
      if (rule !== automation) mentions.splice(mentions.indexOf(automation), 1, rule);
      automation = rule;
    }
    // "what's in the guest room" in a home without one: a named place that does not exist is said not to exist,
    // never widened to every room or device.
    if (!place) {
      place = unknownPlace(tokens, mentions);
      // Its room word is part of the name, not a question about rooms.
      const said = place ? tokens.slice(place.start, place.end).map((t) => t.key) : [];
      for (const key of said) if (tokens.filter((t) => t.key === key).length === 1) keys.delete(key);
    }
    const kindMention = mentions.find((m) => m.kind && !(m.entities.device?.length && !isPlural(tokens, m)));
    const words = kindWords(snapshot, tokens, kindMention, inMention);
    const qualifier = words.qualifier !== undefined ? text(words.qualifier) : undefined;
    const refine = words.refine !== undefined ? text(words.refine) : undefined;

    // A kind or maker that means exactly one device here ("the fridge", "the mitsubishi") is that device; so is a kind
    // with the words before it describing one ("the back door lock" for "Bagdør lås"), whatever else shares a word.
    const described = !device && kindMention ? describedBefore(snapshot, tokens, kindMention, place) ?? (words.device ? { entity: words.device, text: `${tokens[kindMention.start - 1]?.text ?? ''} ${kindMention.text}` } : undefined) : undefined;
    // "wine" of "the wine fridge" is then part of what names the device, not a further word about it.
    if (kindMention && words.device && described?.entity === words.device) kindMention.start -= 1;
    const implied = described ?? (!device && !qualifier ? impliedDevice(snapshot, kindMention, maker, place, kindMention !== undefined && !isPlural(tokens, kindMention) && definiteBefore(tokens, mentions, kindMention)) : undefined);
    const thing: SlotValue | undefined = device ? entitySlot(device, 'device') : implied ? { type: 'entity', text: implied.text, entity: implied.entity, how: 'synonym' } : undefined;
    const deviceCue = has(keys, ...CUES.info, ...CUES.battery, ...CUES.locked, ...CUES.open, ...CUES.setpoint, ...CUES.app, ...CUES.schedule, ...CUES.docs, ...CUES.note, ...CUES.automation, ...CUES.where, ...CUES.reading, 'when', 'time', ...TIMES_OF_DAY)
      || stateWord(tokens) || has(keys, ...CUES.controls);
    // "the garage door", "the hallway thermostat": a definite singular kind is one device, whatever is asked about it
    // ("tell me about the garage door"); "a garage door", "any thermostats" ask what there is.
    const definite = kindMention !== undefined && implied !== undefined && !isPlural(tokens, kindMention) && definiteBefore(tokens, mentions, kindMention);
    const useDevice = thing !== undefined && (device !== undefined || ((deviceCue || definite || words.device !== undefined || (!described && !kindMention && makerStateAsked(tokens, maker))) && !asksCount(tokens)));

    // "whats the alarm code": a code that is not an error code ("E15") is a secret.
    if (has(keys, ...CUES.secret) || (!code && has(keys, 'code'))) add('search_graph', { query: text(contentWords(tokens) || 'password'), secret: text('yes'), device: thing }, 0.9, 'secret');
    if (code) add('search_graph', { query: text(code), code: text(code) }, 0.9, 'error-code');
    const aspect = aspectOf(tokens.map((t) => t.key));
    const aspectSlot = aspect ? text(aspect) : undefined;
    if (has(keys, ...CUES.service)) add('search_graph', { query: text(contentWords(tokens)), aspect: aspectSlot }, 0.86, 'service');
    // "who looks after the hvac": a person or company in the notes, unless the question is who made it.
    else if (aspect === 'who' && !has(keys, 'make', 'made', 'brand', 'manufacturer', 'maker', 'build', 'built', 'model') && contentWords(tokens)) {
      add('search_graph', { query: text(contentWords(tokens)), aspect: aspectSlot }, 0.83, 'who');
    }
    if (automation && !automationWordOfDevice(automation, keys) && !(has(keys, 'what', 'which') && tokens.some((t) => t.text === 'does')) && (stateWord(tokens.map((t, i) => (inMention(i) ? { ...t, key: '_' } : t))) || has(keys, 'enabled', 'active', 'disabled'))) add('state_on', { device: entitySlot(automation, 'automation') }, 0.88, 'automation+on');
    const watching = automation ? undefined : oneAutomationWatching(snapshot, tokens);
    if (watching) add('automation_targets', { automation: { type: 'entity', text: watching.name, entity: watching, how: 'synonym' } }, 0.86, 'level+trigger');
    if (automation && has(keys, 'when', 'time', 'set', 'trigger', 'start', 'cause', 'run', 'runs', 'weekend', 'weekends', 'day', 'days')) add('automation_targets', { automation: entitySlot(automation, 'automation') }, 0.9, 'automation+when');
    // "is the dishwasher done yet", "how long until the washer is finished": an appliance with a cycle answers from its
    // state, not from a schedule.
    if (useDevice && thing?.type === 'entity' && has(keys, ...CUES.done, 'left') && hasCycle(thing.entity)) add('device_state', { device: thing }, 0.9, 'device+done');
    // "is the laundry done", "is it done yet" with nothing said before: the one appliance in a cycle there (or anywhere).
    // "how much credit is left" asks an amount of that, no cycle's time.
    const muchOf = tokens.findIndex((t) => t.key === 'much');
    const amountAsked = muchOf >= 0 && !['time', 'longer', 'left', 'is', 'remaining', 'more'].includes(tokens[muchOf + 1]?.key ?? 'time');
    if (!thing && !kindMention && !capability && !amountAsked && has(keys, ...CUES.done, 'left')) {
      const at = place?.entities.place?.[0];
      const cycling = snapshot.devices.filter((d) => hasCycle(d) && (at ? snapshot.placeOfDevice.get(d.id)?.id === at.id : isRunning(d)));
      const [one] = cycling;
      if (cycling.length === 1 && one) add('device_state', { device: { type: 'entity', text: place?.text ?? 'it', entity: one, how: 'synonym' } }, 0.9, 'done+cycle');
    }
    // "when's the next heat pump service due": a service or warranty date is in the notes, not the device's schedule.
    const aboutUpkeep = has(keys, 'due', 'expire', 'expiry', 'warranty', ...CUES.service, 'maintenance', 'serviced', 'inspection');
    // "what happens when the bulk tank gets too warm": that "when" is a condition, not a time asked.
    const happensWhen = tokens.some((t, i) => (t.key === 'happen' || t.key === 'happens') && tokens.slice(i + 1).some((u) => u.key === 'when' || u.key === 'if'));
    // "where is the car parked usually": a "usually" said with "where" (and no "when") asks a place, never a time.
    const whereUsually = has(keys, 'where') && !has(keys, 'when', 'time');
    if (useDevice && thing && !aboutUpkeep && !happensWhen && !whereUsually && has(keys, 'when', 'time', 'normally', 'usually', ...TIMES_OF_DAY)) { const asked = whenAskedOf(thing, snapshot.devices, tokens, keys); add(asked.intent, { device: asked.device }, unexplained.length <= 1 ? 0.88 : 0.8, 'device+when'); }
    if (scheduled.length && !aboutUpkeep) add('schedules_for_device', { device: scheduled.length === 1 && scheduled[0] ? { type: 'entity', text: scheduled[0].name, entity: scheduled[0], how: 'synonym' } : { type: 'ambiguous', text: 'it', expected: 'device', candidates: scheduled.slice(0, 4) } }, 0.9, 'schedule-words');
    const asksDate = !(happensWhen && useDevice && thing) && has(keys, ...CUES.date) && has(keys, 'when', 'due', 'date', 'time', 'often', 'day');
    if (asksDate) add('search_graph', { query: text(contentWords(tokens)), dated: text(has(keys, 'last', 'was', 'wa', 'were', 'did') && !has(keys, 'next', 'due') ? 'last' : 'next') }, 0.87, 'date');
    // "what happens when the laundry floods": the one device in that place that senses it (a leak sensor) sets it off.
    const placed = place?.entities.place?.[0];
    const sensor = !thing && placed && has(keys, 'happen', 'happens') ? sensorThere(snapshot, tokens, placed) : undefined;
    if (sensor) add('automations_for_device', { device: { type: 'entity', text: place?.text ?? sensor.name, entity: sensor, how: 'synonym' } }, 0.88, 'happen+place');
    // "what happens when the leak sensor goes off": the automations it sets off or that act on it.
    // "what's triggered by the damp sensor": what it sets off ("what triggered the alarm" asks its last event).
    const triggeredBy = tokens.some((t, i) => t.key === 'triggered' && tokens[i + 1]?.key === 'by');
    if (useDevice && thing && (has(keys, 'happen', 'happens', 'trigger', 'triggers') || triggeredBy) && !automation) add('automations_for_device', { device: thing }, 0.86, 'happen+device');
    // A question about one aspect of a kind with several devices here ("manual for the fridge", "automations of the
    // smoke detectors") is asked of each of them, not answered by listing them.
    const group = kindMention?.kind && !useDevice ? { kind: kindSlot(kindMention), place: place ? entitySlot(place, 'place') : undefined, refine } : undefined;
    if (group) {
      if (has(keys, ...CUES.docs)) add('manual_for', group, 0.81, 'docs+kind');
      else if (has(keys, ...CUES.note)) add('notes_about', group, 0.81, 'notes+kind');
      else if (has(keys, ...CUES.automation) || has(keys, 'trigger', 'triggered', 'triggers', 'happen', 'happens')) add('automations_for_device', group, 0.81, 'automation+kind');
      else if (has(keys, ...CUES.schedule)) add('schedules_for_device', group, 0.81, 'schedule+kind');
      else if (has(keys, ...CUES.oversee) && !has(keys, ...CUES.app)) add(tokens.findIndex((t) => CUES.oversee.includes(t.key)) < (kindMention?.start ?? 0) ? 'device_controllers' : 'device_controls', group, 0.81, 'controls+kind');
      // "which company made the gate motor", "what brand is the tv", "the gate camera model": each one's maker and model, not the list of them.
      else if (has(keys, 'brand', 'make', 'made', 'manufacturer', 'maker', 'manufactured', 'built', 'model')) add('device_state', group, 0.81, 'maker+kind');
    }
    // "morning geyser schedule": the one rule said by its whole name, not every rule (automationNamedWhole.ts).
    const namedRule = automationNamedWhole(automation);
    if (has(keys, ...CUES.automation)) {
      if (useDevice && thing) add('automations_for_device', { device: thing }, 0.84, 'automation+device');
      else if (place) add('automations_in_room', { place: entitySlot(place, 'place') }, 0.8, 'automation+place');
      else if (!namedRule) add('list_automations', {}, 0.75, 'automation');
    }
    if (!useDevice && !namedRule && has(keys, ...CUES.schedule)) add('list_automations', {}, 0.74, 'schedules');
    if (automation) add('automation_targets', { automation: entitySlot(automation, 'automation') }, has(keys, 'what', 'which') && tokens.some((t) => t.text === 'does') ? 0.86 : has(keys, ...CUES.controls) ? 0.8 : automationWordOfDevice(automation, keys) ? 0.55 : 0.65, 'automation-entity');
    // "where's the spare purifier filter": words the home uses beyond the device's own ask where a thing that belongs
    // to it is kept, which a note says ("spare filter is in the … cupboard"), not where the device is.
    const beyondDevice = tokens.filter((t, i) => !inMention(i) && !(thing?.type === 'entity' && deviceSays(thing.entity, t.key)) && !STOP_WORDS.has(t.key) && !ALL_CUES.has(t.key) && (t.key.length >= 4 || (t.key.length === 3 && !ASKING_VERBS.has(t.key))) && homeUses(snapshot, t.text, t.key));
    if (has(keys, 'where') && (device || implied) && beyondDevice.length > 0 && !askedOfItsDocs(snapshot, tokens, thing)) add('search_graph', { query: text(contentWords(tokens)), aspect: text('where') }, 0.82, 'where+thing-of-device');
    // "where's the ev charger in the parking": the kind is asked about, the place only narrows it (list_kind below).
    const kindInPlace = !device && !other && !automation && place && kindMention?.kind && kindMention.start < place.start;
    if (asksWhere(tokens) && !kindInPlace && (device ?? other ?? (implied ? undefined : place) ?? automation)) {
      const m = (device ?? other ?? place ?? automation) as Mention;
      add('where_is', { thing: entitySlot(m, firstRole(m)) }, 0.8, 'where');
    } else if (asksWhere(tokens) && implied && thing) add('where_is', { thing }, 0.8, 'where-implied');
    if (has(keys, ...CUES.docs)) {
      if (useDevice && thing) add('manual_for', { device: thing }, 0.82, 'docs+device');
      else if (maker?.maker && !kindMention) add('manual_for', { manufacturer: { type: 'manufacturer', text: maker.text, value: maker.maker } }, 0.83, 'docs+maker');
      else add('manual_for', { only: has(keys, 'manual', 'guide', 'handbook', 'pdf') ? text('manual') : undefined }, 0.65, 'docs');
    }
    // "notes about nanna and the AC": the one note whose name says every word asked (noteNamedByWords.ts).
    const namedNote = has(keys, ...CUES.note) ? noteNamedByWords(snapshot, tokens) : undefined;
    if (namedNote) add('notes_about', { thing: { type: 'entity', text: namedNote.name, entity: namedNote, how: 'synonym' } }, 0.84, 'notes+note-name');
    if (has(keys, ...CUES.note)) add('notes_about', { thing: thing ?? (place ? entitySlot(place, 'place') : undefined) }, 0.75, 'notes');
    // "what door goes from the entryway to the garage", "way between the salón and the büro": two rooms and a route.
    const rooms = mentions.filter((m) => m.entities.place?.some((e) => e.entity_type === 'room'));
    const [roomA, roomB] = rooms;
    // "how you get from the camp porch down to the dock": ends said by what a room is, or one not found (routeEnds.ts).
    const ends = roomA && roomB && rooms.length === 2 && (has(keys, 'between') || (has(keys, 'from') && has(keys, 'to'))) ? { from: entitySlot(roomA, 'place', ['room']), to: entitySlot(roomB, 'place', ['room']) } : routeEnds(snapshot, tokens, mentions);
    if (ends) add('path_between', ends, 0.86, 'route+rooms');
    if (connectCue(tokens) && place && place.entities.place?.some((e) => e.entity_type === 'room')) {
      add('room_connections', { room: entitySlot(place, 'place', ['room']) }, 0.85, 'connect+room');
    }
    if (capability) add('by_capability', { capability: { type: 'capability', text: capability.text, value: capability.value }, kind: kindSlot(kindMention), place: place ? entitySlot(place, 'place') : undefined }, 0.83, 'capability');
    if (has(keys, ...CUES.battery) && !useDevice) add('battery_devices', { low: has(keys, ...CUES.low) ? text('low') : undefined, kind: kindSlot(kindMention), place: batteryPlaceSaid(place, keys) ? entitySlot(place, 'place', ['room']) : undefined }, 0.82, 'battery');
    if (has(keys, ...CUES.locked) && !useDevice && (has(keys, 'door', 'any', 'all', 'every') || kindMention?.kind?.id === 'lock')) add('state_locked', {}, 0.8, 'locked-any');
    // "which app runs the hue lights": the apps of a group of devices, not the group itself.
    // "which app for the basement": the apps of what is there, not a list of the devices.
    const appPlace = place?.entities.place?.some((e) => e.entity_type !== 'home');
    if (has(keys, ...CUES.app) && !useDevice && (maker?.maker || kindMention?.kind || appPlace)) {
      // "what does the Kasa app control in the barnyard": the one app named narrows the answer to it (answerApps.ts).
      const app = appPlace && !kindMention && other?.entities.other?.length === 1 && other.entities.other[0]?.entity_type === 'app' ? entitySlot(other, 'other') : undefined;
      const byMaker = maker?.maker && !(app && maker === other) ? maker : undefined; // "the reolink app": the app, not its maker too
      add('apps_for_devices', { kind: kindSlot(kindMention), manufacturer: byMaker?.maker ? { type: 'manufacturer', text: byMaker.text, value: byMaker.maker } : undefined, place: place ? entitySlot(place, 'place') : undefined, app }, 0.84, 'app+group');
    }
    if (maker?.maker && !useDevice && devicesNamedByMakerIn(snapshot, maker.maker, place?.entities.place?.[0]).length === 0) add('by_manufacturer', { manufacturer: { type: 'manufacturer', text: maker.text, value: maker.maker }, place: place ? entitySlot(place, 'place') : undefined }, 0.8, 'maker');
    if (kindMention?.kind && !useDevice) {
      const kind = kindSlot(kindMention);
      const where = place ? entitySlot(place, 'place') : undefined;
      // "how many lights are on" counts the ones on, not the lights.
      if (asksCount(tokens) && !stateWord(tokens)) add('count_kind', { kind, place: where, refine }, 0.8, 'kind+count');
      else if (stateWord(tokens)) add('kind_on', { kind, place: where, qualifier }, 0.75, 'kind+on');
      // "co je v sauně": the one word is the room's own name and a kind word; what is in that room is asked.
      else if (!(place && place.start === kindMention.start && place.end === kindMention.end && place.entities.place?.some((e) => e.entity_type === 'room'))) add('list_kind', { kind, place: where, qualifier, refine }, 0.78, 'kind');
    }
    // "is the door to the shed open", "balcony door?": the door of that place, not its devices (placeDoor.ts).
    const door = thing ? undefined : doorOfPlace(snapshot, tokens, mentions, place);
    // "is the door in the storeroom locked": whether that door is locked, over every lock of the home.
    if (door && has(keys, ...CUES.locked) && !has(keys, ...CUES.open)) add('state_locked', { device: door }, 0.82, 'door+place+locked');
    else if (door) add('state_open', { device: door }, 0.8, 'door+place');
    if (!has(keys, ...CUES.reading) || thing) this.deviceRules(keys, tokens, place, thing, useDevice, add);
    const reading = { snapshot, tokens, keys, place, placeSlot: place ? entitySlot(place, 'place') : undefined, thing, kindMention, kindSlot: kindSlot(kindMention), useDevice };
    placeFieldRoute(reading, add);
    readingRoutes(reading, add);
    // "the target temp for our bedroom": what it is set to, in the one thing there that takes a setpoint.
    if (has(keys, 'target', 'setpoint') && !thing && place) add('setpoint', { device: entitySlot(place, 'place') }, 0.85, 'place+setpoint');
    // "whats the temperature of the pool" where "pool" names no place or device here: not the home's readings (that
    // would answer with the freezer); what the home says about the pool instead.
    if (has(keys, ...CUES.reading) && !thing && !place && !kindMention && beyondDevice.some((t) => thingWords(snapshot).has(t.key))) add('search_graph', { query: text(contentWords(tokens)), aspect: text('temperature') }, 0.8, 'reading+unnamed');
    else if ((has(keys, ...CUES.reading) || (place && !kindMention && asksQuantity(keys))) && !thing) add('readings', { quantity: text(quantityAsked(keys)), place: place ? entitySlot(place, 'place') : undefined, kind: kindSlot(kindMention) }, 0.8, 'reading');
    // "how many devices have we in total", "what smart stuff have we got": every device of the home.
    // A loose reading of "smart" (an app's name word) names nothing the question asks about.
    const wholeHome = !mentions.some((m) => !m.loose) && !capability ? homeDevicesAsked(tokens) : undefined;
    if (wholeHome) add(wholeHome === 'count' ? 'count_devices' : 'devices_in_home', {}, 0.84, 'devices-owned');
    const presence = !thing ? presenceSensor(snapshot, tokens, place) : undefined;
    if (presence) add('device_state', { device: { type: 'entity', text: presence.text, entity: presence.entity, how: 'synonym' } }, 0.9, 'someone+place');
    if (out.length === 0) {
      if (has(keys, ...CUES.room)) add('rooms_in_home', {}, 0.65, 'rooms');
      else if (has(keys, ...CUES.devices) && has(keys, 'house', 'home', 'all', 'every')) add('devices_in_home', {}, 0.7, 'devices');
      else if (other) add(has(keys, 'where') ? 'where_is' : 'search_graph', has(keys, 'where') ? { thing: entitySlot(other, 'other') } : { query: text(other.text), aspect: aspectSlot }, 0.6, 'entity');
      else {
        const words = contentWords(tokens);
        // "is there a baby monitor?" with nothing of the kind anywhere is an honest "no", not a decline.
        // "where is the nearest pharmacy" is about the world, not the home: no honest "none" for it.
        const worldly = tokens.some((t) => /^(nearest|closest|best|cheapest|near|nearby|around)$/.test(t.key));
        const exists = !worldly && (has(keys, ...CUES.exist, 'where') || /^(do|doe|is|are) /.test(tokens.map((t) => t.key).join(' ')));
        if (words.length > 0) add('search_graph', { query: text(words), aspect: aspectSlot, ...(exists ? { existence: text('yes') } : {}) }, aspect ? 0.7 : 0.55, 'search');
      }
    }
    return best(out);
  }

  private deviceRules(keys: ReadonlySet<string>, tokens: readonly Token[], place: Mention | undefined, thing: SlotValue | undefined, useDevice: boolean, add: Add): void {
    if (place && !useDevice) {
      const slot = entitySlot(place, 'place');
      if ((has(keys, ...CUES.room) || endsInRoomWord(place, tokens)) && !has(keys, ...CUES.devices.filter((w) => w !== 'what'))) add('rooms_in_place', { place: slot }, 0.75, 'rooms+place');
      else if (has(keys, ...CUES.count)) add('count_devices', { place: slot }, 0.75, 'count+place');
      else if (stateWord(tokens)) add('kind_on', { place: slot }, 0.72, 'on+place');
      else add('devices_in_place', { place: slot }, 0.72, 'place');
    }
    if (!useDevice || !thing) return;
    if (has(keys, ...CUES.app)) add('app_for_device', { device: thing }, 0.8, 'device+app'); // "which app opens the sauna lock"
    else if (has(keys, ...CUES.locked)) add('state_locked', { device: thing }, 0.8, 'device+locked');
    else if (has(keys, ...CUES.open)) add('state_open', { device: thing }, 0.8, 'device+open');
    else if (has(keys, ...CUES.schedule)) add('schedules_for_device', { device: thing }, 0.8, 'device+schedule');
    else if ((has(keys, ...CUES.controls) && controlsWho(tokens, thing)) || controlledBy(tokens)) add('device_controllers', { device: thing }, 0.8, 'controlled-by');
    else if (has(keys, 'control', 'manage', 'connected', 'paired') && !has(keys, 'app')) add('device_controls', { device: thing }, 0.78, 'controls');
    else if (askedOfDevice(tokens, keys, thing)) add(askedOfDevice(tokens, keys, thing) ?? 'device_state', { device: thing, thing }, 0.78, 'asked-of-device');
    else if (has(keys, ...CUES.info, ...CUES.battery)) add('device_state', { device: thing }, 0.8, 'device+info');
    else if (stateWord(tokens)) add('state_on', { device: thing }, 0.78, 'device+on');
    else if (has(keys, ...CUES.setpoint, 'temperature')) add('setpoint', { device: thing }, 0.76, 'device+setpoint');
    else add('device_state', { device: thing }, 0.6, 'device');
  }
}

/** Times a schedule covers: a question about a device at one of them is about its schedule. */
const TIMES_OF_DAY = ['night', 'morning', 'evening', 'afternoon', 'overnight', 'weekday', 'weekend', 'bedtime', 'daytime', 'nighttime',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'daily', 'weekly'];

/** Short verbs of a where question ("where did we put the beacon"), never a thing that belongs to a device ("key"). */
const ASKING_VERBS = new Set(['put', 'get', 'got', 'did', 'let', 'set', 'can', 'has', 'had', 'was', 'are', 'use']);
const CONTROL_VERBS = new Set(['turn', 'switch', 'dim', 'brighten', 'lock', 'unlock', 'shut', 'close', 'kill', 'lower', 'raise', 'heat', 'cool', 'start', 'stop', 'run', 'activate', 'deactivate', 'arm', 'disarm']);

/** Words that open a question (rather than a request). */
const QUESTION_WORDS = new Set(['what', 'which', 'who', 'where', 'when', 'how', 'is', 'are', 'doe', 'does', 'do', 'did', 'was', 'were', 'whose']);

function best(out: SlotParse[]): SlotParse | undefined {
  out.sort((a, b) => b.confidence - a.confidence);
  const top = out[0];
  if (!top) return undefined;
  top.alternatives = out.slice(1).filter((o) => o.intent !== top.intent).map((o) => ({ intent: o.intent, confidence: o.confidence }));
  return top;
}

const text = (value: string): SlotValue => ({ type: 'text', text: value });
