// Reads a turn in the light of the conversation's focus: a reply to a clarifying question, an elliptical follow-up,
// a pronoun, or a question about "them" (what the last answer listed). Each becomes a whole question that the engine
// matches as usual; the turn as typed is always tried last, so a new question simply starts a new focus.
import { onesOfKind } from './onesOfKind';
import { sharedKind } from './sharedKind';
import type { Entity } from '../../src-shared/protocol/entities';
import { commandOverGroupMeant, commandOverListed } from './commandOverListed';
import { pronounOverPlaceList } from './pronounOverPlaceList';
import { candidateInFocusPlace, commandInFocusPlace, kindFragmentInPlace } from './commandInFocusPlace';
import { besidesTheLast, commandNoneCanDo } from './followUpCommand';
import { sameActionAgain } from './sameActionAgain';
import { addedThing } from './additionWords';
import { ADDED, KIND_THERE, WHOLE_QUESTION, hasProblem, isWhole, kindBeforeThere, namesNoDevice, oneThingOrPlaced, replaceOnce, withoutAddedWord } from './followUpHelpers';
import { ownThingAskedBack, saysMy } from './myThingAsked';
import { atOwnersFollowUp, ownersListedThing, ownersThingOfKind } from './ownerFollowUp';
import { withApostrophes } from './possessiveFollowUp';
import { countsListed, firstReadings } from './followUpFirstReadings';
import { ownersNamesake, pronounAsOwner, samePersonAsked } from './ownerSwap';
import { sameKindElsewhere } from './sameKindElsewhere';
import { kindBesideIt, placeReplyAsOne, whichListedInState } from './placeReplyAsOne';
import { floorNamedOne } from './floorNamedOne';
import { pronounAmongListed, pronounAmongOffered } from './pronounAmongOffered';
import { doorOnRoute } from './doorOnRoute';
import { listedOneSaid } from './listedOneSaid';
import { listedSwitchForKind } from './listedSwitchForKind';
import { listedOneCommanded } from './listedOneCommanded';
import { listedOneInPlace } from './listedOneInPlace';
import { anyOfListedKind } from './anyOfListedKind';
import { asksForDocs, deviceOfDocuments, deviceRunBySubject, manualAskedOfFragment } from './documentFollowUp';
import { demonstrativeAsSubject } from './demonstrativeFollowUp';
import {
  ellipsisFragment, groupNamesSaid, hasPronoun, leadSlot, placeOfFocus, resolvePronoun, substitutions, type Focus, FocusStore,
} from './ConversationFocus';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { kindForPhrase, phraseKey } from './deviceKinds';
import { inTheirPlace, theirThingThere } from './theirThingThere';
import { homeUses } from './homeWords';
import { automationMeant, keptIntent, overListedAutomations, namesThingNotPlace, PLACE_SLOTS, withoutPlaceOfNone } from './followUpKeepsIntent';
import { controllerMeantByElse } from './elseController';
import { tokenize } from './normalizeText';
import { weatherIt } from './weatherIt';
import { carriedPlaceForKind } from './carriedPlaceForKind';
import { readAmbiguous } from './ambiguousReads';
import { takesAllOffered } from './allOffered';
import { pickedInPlace } from './pickedInPlace';
import { narrowedCommand, pickFromReply, settledOn } from './replyPicks';
import { asksAfresh, commandsAnotherThing, namesOtherKind, personifiedThing } from './focusShift';
import { askedOfAutomation } from './automationPronoun';
import { controllerOfListed } from './controllerOfListed';
import { askedOfFocus } from './askedOfFocus';
import {
  BARE_ASPECT, bareKindWord, COMMANDS, COUNT_THAT, FROM_TO, GROUP_PHRASE, GROUP_WORDS, ONE_OF_THEM, ONE_THEN, PERSON, PLACE_THERE_AT_END, POSSESSIVE_ONLY, SCHEDULE_TIME, SCOPABLE,
  SECRET_WORDS, STATE_INTENTS, STATE_LAST, THERE, THERE_AT_END, UPKEEP, WHICH_OF_LISTED,
} from './followUpPatterns';
import { rememberFocus } from './focusAfterAnswer';
import { readingFollowUp } from './readingFollowUp';
import { sameAsLastOfTopic } from './sameAsLastOfTopic';
import { commandWithoutTarget } from './commandWithoutTarget';
import { controllerOfScheduled } from './controllerOfScheduled';

export interface Understood {
  match: IntentMatch;
  /** The question as understood, e.g. "is Back Door Lock locked?" for "is it locked?". */
  text: string;
  /** Answers about "them" are limited to what the last answer listed. */
  scope?: Entity[];
}

export class FollowUpReader {
  readonly focus = new FocusStore();

  constructor(private readonly engine: IntentEngine) {}

  async understand(said: string, focus: Focus | undefined): Promise<Understood | undefined> {
    // "y el de abajo" where a device is called "Termostato de abajo": that device, not the floor (floorNamedOne.ts).
    const typed = floorNamedOne(said, focus, await this.engine.index.get()) ?? said;
    if (!focus) return this.plain(typed);
    // "which app?", "battery ok?", "the front one": asked of what the conversation is about (askedOfFocus.ts).
    return askedOfFocus(this.engine, typed, focus, await this.engine.index.get(), () => this.understandTurn(typed, focus));
  }

  private async understandTurn(typed: string, focus: Focus): Promise<Understood | undefined> {
    const snapshot = await this.engine.index.get();
    const asSaid = withoutAddedWord(typed); // "turn on the light in there too": the "too" adds nothing to a whole request
    const text = placeReplyAsOne(asSaid, focus, snapshot) ?? whichListedInState(asSaid, focus, snapshot) ?? withApostrophes(kindBesideIt(asSaid, focus, snapshot), snapshot); // "waschküche", "el del mas"
    const listed = focus.listed.filter((e) => e.entity_type === 'device');
    if ((COUNT_THAT.test(text.trim()) || countsListed(text)) && listed.length > 0) {
      const match: IntentMatch = { intent: 'count_devices', category: 'search', slots: {}, confidence: 0.8, alternatives: [], template: 'focus:count', words: tokenize(text).map((t) => t.key) };
      return { match, text, scope: listed };
    }
    const narrowed = await narrowedCommand(this.engine, text, focus, snapshot); // "naw, just the kitchen ones" (replyPicks.ts)
    if (narrowed) return narrowed;
    const mine = !focus.clarify && saysMy(text) ? await this.plain(text) : undefined; // "turn on my lamp" (myThingAsked.ts)
    if (mine && ownThingAskedBack(text, mine.match)) return mine;
    const tries: string[] = [];
    // "what temp in the evening", "and at night" after a schedule was answered: that schedule's periods.
    const schedule = focus.subjects[0]?.entity_type === 'schedule' ? focus.subjects[0] : undefined;
    const plainWords = tokenize(text).every((t) => !snapshot.phrases.has(t.key) && !kindForPhrase(t.key));
    if (schedule && plainWords && SCHEDULE_TIME.test(text)) tries.push(`when does ${schedule.name} run`);
    // "how often?" right after a how-to: how often that task is done, in the home's documents.
    const lastTask = focus.intent === 'how_to' ? focus.slots['task'] : undefined;
    const procedure = [...focus.subjects, ...focus.listed].find((e) => e.entity_type === 'procedure');
    // "how long does that take": "that" is the task, not the device it was for; a procedure with a duration says it.
    const aspect = lastTask?.type === 'text' ? BARE_ASPECT.exec(text.trim())?.[2]?.toLowerCase() : undefined;
    const timed = aspect === 'long' && typeof procedure?.content['duration'] === 'string' ? procedure : undefined;
    const aspectOfTask = lastTask?.type === 'text' && aspect ? (timed ? `how do i ${timed.name}` : `how ${aspect} should i ${procedure?.name ?? lastTask.text}`) : undefined;
    if (aspectOfTask) tries.push(aspectOfTask);
    // "all of them" after "close the blinds" was asked back: the command over every device offered, never one picked.
    const allOffered = focus.clarify && COMMANDS.has(focus.intent) && takesAllOffered(text, focus.clarify.candidates.length) ? replaceOnce(focus.text, focus.clarify.text, 'them all') : undefined;
    const overOffered = allOffered && focus.clarify ? await commandOverListed(this.engine, allOffered.replace(/\bthe\s+them all\b/i, 'them all'), focus.clarify.candidates, undefined, snapshot) : undefined;
    const offeredTarget = overOffered?.match.slots['target'];
    if (overOffered && offeredTarget?.type === 'group') return { ...overOffered, match: { ...overOffered.match, slots: { ...overOffered.match.slots, target: { ...offeredTarget, offered: true } } } };
    const chosen = focus.clarify && !asksAfresh(text) ? pickFromReply(text, focus.clarify.candidates, snapshot) : undefined;
    const rewritten = chosen && focus.clarify ? await pickedInPlace(this.engine, focus.text, focus.clarify.text, chosen.name, focus.intent) : undefined; // pickedInPlace.ts
    if (rewritten) tries.push(rewritten);
    // "what does the grandad one do" after a list: the one listed thing with that word in its name.
    const listedOne = listedOneCommanded(text, focus, COMMANDS.has(focus.intent)) ?? listedOneSaid(text, focus.listed, snapshot) ?? listedOneInPlace(text, focus, snapshot) ?? listedSwitchForKind(text, focus.listed, snapshot);
    if (listedOne) tries.push(listedOne);
    const automationsAsked = overListedAutomations(text, focus.intent);
    if (automationsAsked) tries.push(automationsAsked);
    const fragment = ellipsisFragment(text);
    const whole = fragment && (isWhole(fragment) || (!COMMANDS.has(focus.intent) && STATE_LAST.test(fragment))) ? fragment : undefined;
    // "and from the office to the laundry?" after a route: both ends are new, so the route is asked again whole.
    if (fragment && !whole && focus.intent === 'path_between' && FROM_TO.test(fragment)) tries.push(`how do i get ${fragment}`);
    // "zosia's" after "the kids room": that person's room; after a device, the same kind in her room (not a name).
    const owner = POSSESSIVE_ONLY.exec(text.replace(/^and\s+/i, '').trim())?.[1];
    // "how bright is claire's", "and mia's?" right after Dave's lamp, the lounge fan: her device of the same name.
    const namesake = ownersNamesake(text, focus, snapshot);
    const namesakeFragment = namesake && (owner ? namesake.device.name : ellipsisFragment(namesake.text));
    // "and the one in the main bedroom?" after the lounge aircon: the aircon there, never the bedroom as the device.
    // "and daan?" after "what time does fleur go to bed": the same question about him.
    tries.unshift(...sameKindElsewhere(text, focus, snapshot), ...[samePersonAsked(text, focus, snapshot)].filter((t): t is string => t !== undefined));
    if (namesake) tries.push(...(namesakeFragment && !isWhole(namesakeFragment) ? substitutions(focus, namesakeFragment, leadSlot(text)) : [namesake.text]));
    if (owner) tries.push(...ownersThingOfKind(focus, owner), ...ownersListedThing(focus, owner));
    tries.unshift(...firstReadings(text, focus), ...anyOfListedKind(text, focus, snapshot), ...atOwnersFollowUp(text, focus, snapshot)); // "turn off tyler's" after a list; "any in the shop?"; "at savta's"
    // "and the guest wifi?" after "what's the wifi password": the same secret of the thing the fragment says.
    const secretWord = focus.slots['secret'] ? tokenize(focus.text).find((t) => SECRET_WORDS.has(t.key)) : undefined;
    if (fragment && !whole && secretWord) tries.push(`what is the ${fragment.replace(/^the\s+/i, '')} ${secretWord.text}`);
    // "guest one then?" after "whats the wifi password": the same secret of that one ("the guest wifi password").
    const oneThen = secretWord ? ONE_THEN.exec(text.trim())?.[1] : undefined;
    const askedQuery = focus.slots['query'];
    if (oneThen && secretWord && askedQuery?.type === 'text') {
      const thing = tokenize(askedQuery.text).filter((t) => !SECRET_WORDS.has(t.key) && homeUses(snapshot, t.text, t.key)).map((t) => t.text);
      tries.push(`what is the ${oneThen} ${thing.join(' ')} ${secretWord.text}`.replace(/\s+/g, ' '));
    }
    // "dryer?" right after "is the washer done": a kind said alone asks the same of the one device of that kind.
    const bareKind = !fragment && STATE_INTENTS.has(focus.intent) ? bareKindWord(text) : undefined;
    // "and the tv" after "… the heat pump in the basement": a thing said is never put where the place was.
    const thingSaid = fragment && !whole && namesThingNotPlace(fragment, snapshot, text) ? PLACE_SLOTS : undefined;
    // "and the one in the study", "n the big barn ones too": that kind there (onesOfKind.ts).
    const { ofKind, namedOnes } = onesOfKind(text, fragment, listed, snapshot, COMMANDS.has(focus.intent));
    const asKind = ofKind !== fragment && ofKind ? substitutions(focus, ofKind, leadSlot(text), thingSaid) : [];
    // "the big barn ones" is that kind there first; "the one in the study" is read as said first.
    const substituted = fragment && !whole ? (namedOnes ? [...asKind, ...substitutions(focus, fragment, leadSlot(text), thingSaid)] : [...substitutions(focus, fragment, leadSlot(text), thingSaid), ...asKind]) : bareKind ? substitutions(focus, `the ${bareKind}`, leadSlot(text)) : [];
    // "and for the tv?" after an answer from the boiler's manual: the tv's manual, before "tv" goes into that question.
    const manualOfFragment = fragment && !whole ? manualAskedOfFragment(fragment, focus) : undefined;
    if (manualOfFragment) tries.push(manualOfFragment);
    tries.push(...substituted);
    // "and the exhaust fan too" right after the water heater was switched on: the same action on it (sameActionAgain.ts).
    // Only when said as an addition ("… too"): "and the fan in there" after a command may ask how the fan is.
    // "el parlante del quincho tmb", "a soundbar k tomu": an addition said in another language (additionWords.ts).
    const addedSaid = fragment && !whole && ADDED.test(text) ? (namedOnes && ofKind ? ofKind : fragment) : whole ? undefined : addedThing(text);
    const repeated = addedSaid ? sameActionAgain(addedSaid, focus, placeOfFocus(focus, snapshot)?.name) : undefined;
    // Said the same as the last question's words with the fragment put in, it is that reading, with its fallbacks.
    const again = repeated && !substituted.includes(repeated) ? repeated : undefined;
    const places = Object.fromEntries(Object.entries(focus.slots).filter(([name]) => name === 'place' || name === 'room'));
    if (owner && Object.keys(places).length > 0) tries.push(...substitutions({ ...focus, slots: places }, `${owner}'s room`));
    // "what's the co2" then "and in zosia's room?": a reading asked for the whole home is asked again for the place.
    if (fragment && !whole && focus.intent === 'readings' && !focus.slots['place']) tries.push(`${focus.text.replace(/[?!.\s]+$/, '')} in ${fragment}`);
    // "what happens if one goes off" after the leak sensors were listed: one of them, said as their kind.
    const kindListed = ONE_OF_THEM.test(text) ? sharedKind(listed, snapshot) : undefined;
    if (kindListed) tries.push(text.replace(ONE_OF_THEM, `the ${kindListed.plural}`));
    const runsThem = await controllerOfListed(this.engine, text, listed, snapshot); // "what hub runs them" after valves
    if (runsThem) return runsThem;
    const overList = listed.length > 1 && SCOPABLE.has(focus.intent) ? text.replace(WHICH_OF_LISTED, 'which of them $1') : text;
    const keys = new Set(tokenize(overList).flatMap((t) => [t.key, t.text]));
    if (listed.length > 1 && [...GROUP_WORDS].some((w) => keys.has(w))) {
      // "which of them run on batteries", "which ones are on": asked over what was listed, the group as its kind or devices.
      const kind = focus.slots['kind'];
      const group = kind?.type === 'kind' ? kind.text : sharedKind(listed, snapshot)?.plural ?? 'devices'; // "which of those is off" after the Daikins
      const readings = [overList, overList.replace(GROUP_PHRASE, ` ${group} `).replace(/\s+/g, ' ').trim(), overList.replace(GROUP_PHRASE, ' devices ').replace(/\s+/g, ' ').trim()];
      // "any of them low?" after the battery devices were listed: the battery is what "low" was about.
      if (focus.intent === 'battery_devices') readings.push(`${readings[2]?.replace(/[?!.\s]+$/, '')} battery`);
      for (const reading of new Set(readings)) {
        const own = await this.engine.match(reading);
        if (own && SCOPABLE.has(own.intent)) return { match: own, text: reading, scope: listed };
      }
    }
    // "how do i get from there to the bathroom", "what else is in there", "the light down there": the last subject's place.
    const there = placeOfFocus(focus, snapshot);
    // A kind asked "out there" that the carried place has none of is asked of the place around it that has (carriedPlaceForKind.ts).
    const thereName = (): string => (there ? carriedPlaceForKind(text, there, snapshot).name : '');
    if (there && THERE.test(text)) tries.push(text.replace(THERE, (_m, pre: string) => `${/^(down|up|out|over)$/i.test(pre) ? 'in' : pre} ${thereName()}`));
    // "and the temp there" after the bathroom's humidity: that reading, in that place.
    else if (there && fragment && THERE_AT_END.test(fragment)) tries.unshift(`what is the ${fragment.replace(THERE_AT_END, '')} in ${thereName()}`);
    // "aircon there set to?" after the living room's temperature: "there" right after a kind is that kind in that place.
    else if (there && kindBeforeThere(text)) {
      const placed = text.replace(KIND_THERE, (_m, kind: string) => `${kind} in ${thereName()}`);
      tries.push(placed, ...(WHOLE_QUESTION.test(placed) ? [] : [`what is the ${placed.replace(/^(?:and\s+)?(?:the\s+)?/i, '')}`]));
    }
    // "is the AC on there?" right after what is in a room: in that room ("is there" asks whether there is one).
    else if (there && !fragment && PLACE_THERE_AT_END.test(text)) tries.push(text.replace(PLACE_THERE_AT_END, ` in ${thereName()}$1`));
    // "is his light on" after "daan's" room: the light in that room, first; "his" alone names nobody.
    // "what time does she take her pills": a person's thing is no "pills in <room>"; the question as asked searches better.
    const personal = personifiedThing(text, focus.text, focus.subjects[0]); // "is his bin full" about Hamish the hoover (focusShift.ts)
    const theirs = there && !personal ? theirThingThere(text, there, snapshot) : undefined; // theirThingThere.ts
    if (theirs) tries.unshift(theirs);
    if (personal) tries.unshift(personal);
    // "and his bedroom" after Grandad's flat, "is his telly on" after his bedroom: Grandad's, in any room of his.
    const ownerSaid = pronounAsOwner(text, focus, snapshot);
    const ownerFragment = ownerSaid ? ellipsisFragment(ownerSaid) : undefined;
    if (ownerSaid) tries.unshift(...(ownerFragment && !isWhole(ownerFragment) ? substitutions(focus, ownerFragment, leadSlot(text)) : [ownerSaid]));
    // "and his light" right after "switch it off now": the same command for the light in his room.
    const kindThere = fragment && !whole && COMMANDS.has(focus.intent) ? kindFragmentInPlace(fragment, focus, snapshot) : undefined; // "and the lights" after a command there
    if (kindThere) tries.unshift(...substitutions(focus, kindThere, leadSlot(text)));
    if (theirs && there && fragment && !whole && COMMANDS.has(focus.intent)) {
      tries.unshift(...substitutions(focus, inTheirPlace(fragment, there), leadSlot(text)));
    }
    if (hasPronoun(text)) {
      // "and is it heating right now?" is a whole question about the subject: the pronoun reading goes first.
      const automation = automationMeant(text, focus.subjects, focus.listed, focus.intent);
      const resolved = resolvePronoun(text, automation ? { ...focus, subjects: [automation] } : focus);
      if (resolved) tries.splice(focus.clarify ? 1 : 0, 0, resolved);
      const controller = controllerMeantByElse(text, focus);
      const ofController = controller ? resolvePronoun(text, { ...focus, subjects: [controller] }) : undefined;
      if (ofController) tries.unshift(ofController);
      const ofAutomation = automation ? undefined : askedOfAutomation(text, focus); // "does it pause the sonos" (doorbell)
      if (ofAutomation) tries.unshift(ofAutomation);
      // "when's it next getting serviced" after the boiler's manual: a document is never serviced; its device is.
      const doc = focus.subjects[0];
      const [forDevice, ...more] = doc && (doc.entity_type === 'manual' || doc.entity_type === 'procedure') ? (snapshot.devicesOfDoc.get(doc.id) ?? []) : [];
      const ofDevice = forDevice && more.length === 0 && UPKEEP.test(text) ? resolvePronoun(text, { ...focus, subjects: [forDevice] }) : undefined;
      if (ofDevice) tries.unshift(ofDevice);
      // "how do i clean it" after an answer from the chlorinator's manual, "which app is it in" after a code looked up
      // in one: the device the documents are for, when the document itself is no answer. "manual for it?" after a
      // schedule: the one device it runs, first (a schedule has no manual).
      const docDevice = deviceOfDocuments(focus, snapshot);
      const ofDocDevice = docDevice ? resolvePronoun(text, { ...focus, subjects: [docDevice] }) : undefined;
      if (ofDocDevice && !tries.includes(ofDocDevice)) tries.push(ofDocDevice);
      const runDevice = asksForDocs(text) ? deviceRunBySubject(focus, snapshot) : undefined;
      const ofRunDevice = runDevice ? resolvePronoun(text, { ...focus, subjects: [runDevice] }) : undefined;
      if (ofRunDevice) tries.unshift(ofRunDevice);
      const ofScheduled = await controllerOfScheduled(this.engine, text, focus, snapshot); // "what controls it" after a schedule
      if (ofScheduled) tries.unshift(ofScheduled);
      // "disarm it" after "which one: the alarm panel or a smoke alarm?": the one offered that can be disarmed.
      const ableOffered = focus.clarify && !chosen ? await pronounAmongOffered(this.engine, text, focus, snapshot) : await pronounAmongListed(this.engine, text, focus, snapshot);
      if (ableOffered) tries.unshift(ableOffered);
      // "ok run it we're leaving": the request ends with the name; what follows is the reason.
      const name = focus.subjects[0]?.name;
      const end = resolved && name ? resolved.indexOf(name) + name.length : -1;
      const reason = resolved && end > 0 ? resolved.slice(end) : '';
      if (resolved && name && end > name.length - 1 && reason.trim() && !/\b(on|off|up|down|to|at|in|by|\d+)\b/i.test(reason)) tries.splice(focus.clarify ? 2 : 1, 0, resolved.slice(0, end));
    }
    if (aspectOfTask && hasPronoun(text)) tries.unshift(aspectOfTask);
    // "how cold is it out there" after the balcony lights: the place's temperature, not the lights' (weatherIt.ts).
    const weather = weatherIt(text, focus, snapshot);
    if (weather) tries.unshift(weather);
    // "what else is in that room": the room, before "that" is read as a pronoun for the device ("… CO alarm room").
    if (there && /\bthat room\b/i.test(text) && THERE.test(text)) tries.unshift(text.replace(THERE, (_m, pre: string) => `${pre} ${there.name}`));
    // "turn them all off" after "which lights are on": what was listed, not every light of the kind (some were off).
    const overListed = await commandOverGroupMeant(this.engine, text, focus, listed, snapshot); // listedGroupMeant.ts
    if (overListed) return overListed;
    // "turn it off" after what is in a room: one of the things listed, never the room's lights (pronounOverPlaceList.ts).
    const overPlaceList = await pronounOverPlaceList(this.engine, text, focus, snapshot);
    if (overPlaceList) return overPlaceList;
    const typedRead = focus.clarify ? undefined : await this.plain(text); // read once: here and as `own` below
    const inPlace = focus.clarify ? undefined : await commandInFocusPlace(this.engine, text, typedRead?.match, focus, snapshot);
    if (inPlace) return inPlace;
    // "that valve" is the one valve held, before "that" is read as a pronoun for the subject (a room, "that" + "valve").
    const demonstrative = demonstrativeAsSubject(text, [...focus.subjects, ...focus.listed], snapshot);
    if (demonstrative) tries.unshift(demonstrative);
    // "which door is that" right after a route: the one door that route went through, before "that" is the route's end.
    const door = doorOnRoute(text, focus);
    if (door) tries.unshift(door);
    // "and the aircon there too": "too" says the same again, before "there" makes it a question about the place.
    if (again) tries.unshift(again);
    // "et l'humidité ?" after the salon's CO2, "si in pivniță?" after a room's temperature: the reading, kept in focus.
    const reading = readingFollowUp(text, focus, snapshot);
    if (reading) tries.unshift(reading);
    // "and the back door lock, is that the same app?": the last question, asked of the topic (sameAsLastOfTopic.ts).
    const sameOfTopic = sameAsLastOfTopic(text, focus);
    if (sameOfTopic) tries.unshift(sameOfTopic);
    const forSubject = commandWithoutTarget(text, focus, snapshot); // "turn on 24 before I go up" after the aircon
    if (forSubject) tries.push(forSubject);
    let fallback: Understood | undefined;
    for (const attempt of tries) {
      const read = await this.engine.match(attempt);
      // "Extractor" picked between "Extractor" and "Loo extractor": the name, said again, is the one picked.
      const match = read && chosen && attempt === rewritten ? settledOn(read, chosen) : read;
      if (!match || (attempt === theirs && match.intent === 'search_graph' && PERSON.test(text))) continue;
      const unplaced = substituted.includes(attempt) && !hasProblem(match) ? withoutPlaceOfNone(attempt, match, snapshot) : undefined;
      const elsewhere = unplaced ? await this.engine.match(unplaced) : undefined;
      if (unplaced && elsewhere && !hasProblem(elsewhere)) return { match: besidesTheLast(elsewhere, focus, snapshot), text: unplaced };
      // "et son humidificateur?" after a dimming; never the one picked among those the same command offered.
      if (attempt !== text && !(attempt === rewritten && match.intent === focus.intent) && COMMANDS.has(focus.intent) && commandNoneCanDo(match, snapshot)) continue;
      // The same action again is on the one thing named, or a kind where the last one was: never every one in the home.
      // "and my speaker too" after the LED strip in Hana's room: of the speakers, the one where the last thing was.
      const againThere = attempt === again && hasProblem(match) ? candidateInFocusPlace(match, focus, snapshot) : undefined;
      if (againThere) return { match: againThere, text: attempt };
      if (attempt === again && (match.category !== 'control' || !oneThingOrPlaced(match))) continue;
      if (!hasProblem(match)) return { match: substituted.includes(attempt) ? besidesTheLast(match, focus, snapshot) : match, text: attempt };
      fallback ??= { match, text: attempt };
    }
    const own = focus.clarify ? await this.plain(text) : typedRead;
    const subject = focus.subjects[0];
    // "and what's the temperature" after a question about the fridge: about the fridge, unless it names something.
    const namesNothing = !own || !Object.values(own.match.slots).some((v) => v.type === 'entity' || v.type === 'group' || v.type === 'kind');
    // "what temperature" right after "is the oven on": a quantity alone asks it of the device, not of the home.
    const quantityOnly = own !== undefined && ['by_capability', 'readings'].includes(own.match.intent) && tokenize(text).length <= 3;
    // "battery?" or "whats the battery at" right after a question about the lock: a bare cue word is about it too.
    const bare = (tokenize(text).length <= 2 || /\bthe battery\b/i.test(text)) && !fragment && namesNothing && subject?.entity_type === 'device';
    const aboutSubject = (whole !== undefined || quantityOnly || bare) && namesNothing && subject?.entity_type === 'device';
    // "how do i change the batteries" right after the lock's battery: a task that names no device or kind is the subject's.
    const task = own?.match.intent === 'how_to' ? own.match.slots['task'] : undefined;
    if (task?.type === 'text' && subject?.entity_type === 'device' && namesNoDevice(task.text, snapshot)) {
      const about = await this.engine.match(`${text.replace(/[?!.\s]+$/, '')} of ${subject.name}`);
      if (about?.intent === 'how_to' && !hasProblem(about)) return { match: about, text: `${text} of ${subject.name}` };
    }
    const kept = fragment && !whole ? keptIntent(fallback, substituted, focus.intent, own?.match) : undefined;
    if (kept) return kept;
    if (own && !hasProblem(own.match) && own.match.intent !== 'search_graph' && !aboutSubject) return own;
    const asked = whole ?? text; // "how long left?" right after a question about the washer: the same thing, unnamed
    const words = tokenize(asked);
    // "how bright is claire's" right after Dave's lamp: someone else's thing is never the subject.
    const othersThing = subject !== undefined && words.some((w) => /'s$/.test(w.text) && !phraseKey(subject.name).split(' ').includes(w.key));
    const placed = own ? candidateInFocusPlace(own.match, focus, snapshot) : undefined; // commandInFocusPlace.ts
    if (placed && own) return { match: placed, text: own.text };
    // "is the alarm on?" after the caravan: one of the devices so named can answer it (the armed panel), so it is
    // asked as typed, never as the alarm "in" the place talked about (ambiguousReads.ts).
    const answerable = own ? readAmbiguous(own.match) : undefined;
    if (own && answerable && 'match' in answerable) return own;
    const said = subject ? subject.name : groupNamesSaid(focus); // "qué app es" after a command over two devices: both
    if (!fallback && said && subject?.entity_type !== 'home' && !othersThing && !(subject && (namesOtherKind(asked, subject, snapshot) || commandsAnotherThing(asked, subject, snapshot))) && words.length <= 5 && words.every((w) => /^[a-z]{2,12}$/.test(w.key))) {
      const about = await this.engine.match(`${asked} ${said}`);
      if (about && !hasProblem(about) && about.intent !== 'search_graph') return { match: about, text: `${asked} ${said}` };
    }
    if (aboutSubject && own && !hasProblem(own.match) && own.match.intent !== 'search_graph') return own;
    return fallback ?? own;
  }

  /** The focus after an answer: what was asked, about what, what was listed, and a pending "which one". */
  remember(conversationId: string, understood: Understood, cited: Entity[], clarify: Focus['clarify'], acted?: string): void {
    rememberFocus(this.focus, conversationId, understood, cited, clarify, acted);
  }

  private async plain(text: string): Promise<Understood | undefined> {
    const match = await this.engine.match(text);
    return match ? { match, text } : undefined;
  }
}
