// The deterministic step of the answer path (ARCHITECTURE.md "Answer path"): the intent engine. Answers are
// composed from tool results with fixed sentences, cite what they used, and decline (undefined) when no intent
// matches confidently so that the LLM path takes the turn.
import { placeWithTheKind } from './placeWordOfTwo';
import { houseRulesNote } from './houseRulesNote';
import { doorsInHome } from './answerDoors';
import { pluralDoorsAsked } from './pluralDoors';
import { absentThing } from './absentThing';
import { namedThingAbsent } from './namedThingAbsent';
import { placeByReading } from './placeByReading';
import { forEachOfKind } from './answerForEachOfKind';
import type { ResponderAnswer, Responder, ResponderContext } from '../chat/Responder';
import type { ApprovalService } from '../approvals/ApprovalService';
import type { GraphStore } from '../graph/GraphStore';
import type { ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';
import { AnswerBuilder } from './AnswerBuilder';
import type { HomeSnapshot } from './HomeIndex';
import { readAmbiguous } from './ambiguousReads';
import { placeWordInName } from './placeWordInName';
import { notesNamingThing } from './notesNamingThing';
import { questionNotCommand } from './questionNotCommand';
import { questionAfterCommand } from './questionAfterCommand';
import { singularAmongSeveral } from './singularAmongSeveral';
import { oneOfKindState } from './oneOfKindState';
import { withAskedReading } from './askedReading';
import { withLastEvent } from './lastEventAsked';
import { withPowerOfNamed } from './powerOfNamed';
import { whereOfPhysical } from './whereOfPhysical';
import { countOnKindDevice } from './countOnDevice';
import { whereAmongNamesakes } from './whereNamesakes';
import { temperatureNamesake } from './temperatureNamesake';
import { modelSaid } from './modelSaid';
import { keepToSite, placeAsSite, siteScope } from './keepToSite';
import { lockUpAtSite } from './lockUpAtSite';
import { siteAsked } from './siteAsked';
import { activateDevice } from './activateDevice';
import { kindNotAutomation } from './kindNotAutomation';
import { myPlaceAmongSeveral } from './myPlaceAmongSeveral';
import { automationNamedAsDevice } from './automationNamedAsDevice';
import { setpointBesideIt } from './setpointBesideIt';
import { placeAbsent } from './placeAbsent';
import { detectorQuestion } from './detectorQuestion';
import { listApps } from './answerAppList';
import { appReadingOf } from './appNamedAsDevice';
import { appsForDevices } from './answerApps';
import { automationTargets, listAutomations, whenForDevice } from './answerAutomations';
import { answerControl } from './answerControl';
import { narrowControlTarget } from './narrowControlTarget';
import { askWhichForValue } from './valueOverKind';
import { graphSearch } from './answerGraphSearch';
import { answerAdvice, noReading } from './adviceFromKnowledge';
import { asksWhatHappens, documentsOnHappening } from './happeningAsked';
import { howTo, manualFor, notesAbout } from './answerKnowledge';
import { batteryDevices, byCapability, byManufacturer, countKind, listKind } from './answerSearch';
import { deviceState, kindOn, stateLocked, stateOn, stateOpen } from './answerState';
import { setpoint } from './answerSetpoint';
import { readings } from './answerReadings';
import {
  appForDevice, automationsForDevice, automationsInRoom, deviceControllers, deviceControls, devicesInHome, devicesInPlace,
  roomsInHome, roomsInPlace, whereIs,
} from './answerStructure';
import { pathBetween, roomConnections } from './answerRoutes';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { hasPronoun, type Focus } from './ConversationFocus';
import { reversesLastCommand } from './reversedCommand';
import { pronounNamedOne } from './pronounNamedOne';
import { earlierSubjectForIt } from './earlierSubjectForIt';
import { FollowUpReader, type Understood } from './FollowUpReader';
import { readInEnglish } from './languages/readInEnglish';
import { dislocatedTopic } from './dislocatedTopic';
import { namedThenCommanded } from './namedThenCommanded';
import { everythingOff, keptOnNote } from './everythingOff';
import { commandOverEach } from './commandOverEach';
import { outsideNamedReading } from './outsideNamedReading';
import { headingAsQuestion } from './clippedEnglish';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { SlotResolver } from './SlotResolver';
import { inHomeUnit } from './homeUnitWording';
import { stateBeforeProposal } from './askedAlongCommand';
import { doorConnects } from './doorConnects';
import { numberedSeries } from './numberedSeries';
import { batteryNamesake } from './batteryNamesake';
import { kindPhraseAsField } from './kindPhraseAsField';
import { placeKindHeading } from './placeKindHeading';
import { roomsOfSiteSaid } from './siteRooms';
import { placeReading } from './placeReading';
import { slotProblem } from './slotProblem';
import { targetByPronoun } from './pronounTarget';

export interface IntentResponderOptions {
  engine: IntentEngine;
  store: GraphStore;
  registry: ToolRegistry;
  approvals: ApprovalService;
  /** Read-only tool context for a turn (its clock is never used: the engine does not write). */
  toolContext: (userId: string, correlationId: string) => ToolContext;
  /**
   * Earlier turns of a conversation, oldest first, so that the focus survives a restart or a new CLI process
   * (`goodies ask --conversation <id>`). Optional: without it the focus lives in memory only.
   */
  history?: (conversationId: string) => Array<{ role: 'user' | 'assistant'; text: string; citations?: Array<{ entity_id: string }>; provider?: string }>;
  /**
   * A fault in the engine (a bug on some home's data or phrasing) declines the turn instead of failing it, so the
   * next responder (the model, or the honest "can't answer") still answers; the fault goes to the turn's log as an
   * error. The app sets it; tests leave it off so that a fault fails them loudly.
   */
  declineOnFault?: boolean;
}

const MAX_LISTED = 500;
const WHILE_AT_IT = /\s*,?\s+while you(?:'re|’re| are|re) at it\s*[.!?]*$/i;

/** Turns replayed to rebuild a conversation's focus. */
const HISTORY_TURNS = 6;
// No household question runs to a page: longer text (a pasted log, a letter) is the model's to read, and the offline
// readers' work stays bounded per question whatever is pasted.
const MAX_QUESTION_CHARS = 1_000;

type Answerer = (input: IntentAnswerInput) => Promise<string | undefined>;

/** Re-readings of what was understood, in order, each given the one before: a detector asked about, a note named for
 * its subject, an app named as a device, a place asked for its reading, a place word inside a device name, one of a
 * kind in a state, a shared name in a read-only question, a temperature asked of a namesake that keeps none,
 * a model said whole, "my living room" among several so named, "doors" said of them all, a place of several names
 * that one reading picks. */
const READ_AGAIN: ReadonlyArray<(match: IntentMatch, snapshot: HomeSnapshot) => IntentMatch> = [
  detectorQuestion, notesNamingThing, appReadingOf, placeReading, placeWordInName, oneOfKindState, whereAmongNamesakes, temperatureNamesake, modelSaid, kindNotAutomation, activateDevice, keepToSite, placeAsSite, myPlaceAmongSeveral, automationNamedAsDevice,
  pluralDoorsAsked, placeByReading, batteryNamesake, kindPhraseAsField, whereOfPhysical, countOnKindDevice, outsideNamedReading, placeKindHeading, placeWithTheKind,
];

export class IntentResponder implements Responder {
  private readonly answerers: Record<string, Answerer>;
  private readonly knowledgeSlots: SlotResolver;
  private readonly followUps: FollowUpReader;
  /** The words the engine's spelling knows (a slip of an English word is none: plainButForSlip.ts). */
  private readonly knowsWord = (key: string): boolean => this.options.engine.knowsWord(key);

  constructor(private readonly options: IntentResponderOptions) {
    this.knowledgeSlots = new SlotResolver(options.toolContext('intent-engine', 'init').resolver, options.engine.index);
    this.followUps = new FollowUpReader(options.engine);
    const control: Answerer = (input) => answerControl(input, options.approvals);
    this.answerers = {
      devices_in_place: devicesInPlace, devices_in_home: devicesInHome, rooms_in_place: async (input) => roomsOfSiteSaid(input) ?? roomsInPlace(input), rooms_in_home: async (input) => roomsOfSiteSaid(input) ?? roomsInHome(input), doors_in_home: doorsInHome,
      room_connections: roomConnections, path_between: pathBetween, device_controls: forEachOfKind(deviceControls, 'device'),
      device_controllers: forEachOfKind(deviceControllers, 'device'), automations_in_room: automationsInRoom, automations_for_device: async (input) => (await houseRulesNote(input)) ?? forEachOfKind(automationsForDevice, 'device', true)(input),
      schedules_for_device: forEachOfKind(whenForDevice, 'device', true), app_for_device: appForDevice, where_is: whereIs,
      list_kind: listKind, count_kind: countKind, count_devices: countKind, by_manufacturer: byManufacturer,
      by_capability: byCapability, battery_devices: batteryDevices,
      how_to: (input) => {
        this.knowledgeSlots.reset();
        return howTo(input, this.knowledgeSlots);
      },
      manual_for: forEachOfKind(manualFor, 'device'), notes_about: forEachOfKind(notesAbout, 'thing'),
      state_open: stateOpen, state_locked: stateLocked, state_on: stateOn, kind_on: kindOn, setpoint, device_state: forEachOfKind(deviceState, 'device'),
      turn_on: control, turn_off: control, set_level: control, set_temperature: control, lock: control, unlock: control, arm: control, disarm: control,
      open: control, close: control, run_automation: control, boost: control,
      // Reached through the slot parse only (no templates): see SlotIntentParser.
      list_automations: listAutomations, automation_targets: automationTargets, search_graph: graphSearch, readings,
      apps_for_devices: appsForDevices, list_apps: listApps,
    };
    for (const intent of options.engine.catalog.intents) {
      if (!this.answerers[intent.name]) throw new Error(`Intent "${intent.name}" has templates but no answer`);
    }
  }

  async respond(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    if (!this.options.declineOnFault) return this.answerTurn(text, context);
    try {
      return await this.answerTurn(text, context);
    } catch (error) {
      context.log?.error('intent engine fault: declined, the next responder answers', {
        error: error instanceof Error ? error.message : String(error),
        ...(error instanceof Error && error.stack ? { stack: error.stack.split('\n').slice(0, 6).join('\n') } : {}),
      });
      return undefined;
    }
  }

  private async answerTurn(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    // "open the blind while you're at it": the "it" of the saying is no pronoun for the last subject.
    const said = text.trim().replace(WHILE_AT_IT, '');
    // Slash commands are the chat's own (ChatCommands runs first); a command never reaches the intent engine.
    if (said.startsWith('/')) return undefined;
    if (said.length > MAX_QUESTION_CHARS) return undefined;
    // "webby to 23", "is the sure power on": a dictation slip of a name's word is read as that word by every reader.
    const typed = await this.options.engine.heardAs(said);
    // "inverter iko wapi", "mach die Rollläden runter", "¿está abierto el portón?", "geyser kidhar hai": read in
    // English first (readInEnglish.ts), so that follow-ups and pronouns work in every language too.
    const snapshot = await this.options.engine.index.get();
    // "and the heater, what is it set to?": the thing named first is what "it" is (dislocatedTopic.ts); so in "left
    // the shed light on, turn it off" (namedThenCommanded.ts).
    const trimmed = namedThenCommanded(dislocatedTopic(readInEnglish(typed, snapshot, this.knowsWord)), snapshot);
    // "is the playstation on" in a home with an Xbox: a named thing the home lacks is said to be absent, not answered
    // about something else (namedThingAbsent.ts). As typed: the English reading may put a name of the home in its place.
    const lacking = namedThingAbsent(typed, snapshot);
    // "majlis door goes between which rooms": the rooms a door joins, not the state of the lock named like it.
    const door = doorConnects(trimmed, snapshot);
    if (door) return new AnswerBuilder(this.options.registry, this.options.toolContext(context.userId, context.correlationId), 'room_connections').cite(door.door, ...door.rooms).finish(door.text);
    const focus = this.followUps.focus.get(context.conversationId) ?? (await this.rehydrate(context.conversationId, typed));
    // "turn off everything in the kitchen": all a place's or person's everyday devices, before the slot parse reads
    // "everything" as a device's name (everythingOff.ts).
    // "turn off the porch light and the landing light": one switch over devices named one by one (commandOverEach.ts).
    const matchText = (t: string): Promise<IntentMatch | undefined> => this.options.engine.match(t);
    const allOff = await everythingOff(trimmed, snapshot, matchText, focus !== undefined);
    // Read as typed too: a reader may take ", the landing lamp and the radio" for an aside and drop it.
    // "the fans of bin 1 and 2": the numbers said out as the names they finish (numberedSeries.ts).
    const series = numberedSeries(trimmed, snapshot);
    const each = allOff ? undefined : ((await commandOverEach(trimmed, snapshot, matchText, focus?.subjects.length === 1 && hasPronoun(trimmed) ? focus.subjects[0] : undefined)) ?? (trimmed !== typed ? await commandOverEach(typed, snapshot, matchText) : undefined) ?? (series ? await commandOverEach(series, snapshot, matchText) : undefined));
    const early = allOff?.match ?? each;
    const heard = early ? { match: early, text: trimmed } : ((await this.followUps.understand(trimmed, focus)) ?? (trimmed !== typed ? await this.followUps.understand(typed, focus) : undefined));
    // "is the stove lit", "how much oil is left": words that ask for a reading the home's devices keep (askedReading.ts).
    // "when did grandma last press her button": the device whose state keeps that event (lastEventAsked.ts).
    const understood = withLastEvent(heard, trimmed, typed, snapshot) ?? withPowerOfNamed(heard, trimmed, typed, snapshot) ?? withAskedReading(heard, trimmed, snapshot) ?? (await this.asHeading(trimmed, focus, snapshot));
    // Said under the intent the question was read as ("is the hot tub on?" stays a state question that found nothing).
    if (lacking) return new AnswerBuilder(this.options.registry, this.options.toolContext(context.userId, context.correlationId), understood?.match.intent ?? 'search_graph').finish(lacking);
    if (!understood && !context.signal?.aborted) return (await this.adviceOnly(trimmed, context)) ?? this.absent(trimmed, context, snapshot);
    if (!understood || context.signal?.aborted) return undefined;
    // A shared name in a read-only question: the one that can answer it, or each of them (ambiguousReads.ts).
    // "and in our bedroom?" right after a command on one device asks, never acts (questionAfterCommand.ts).
    const asQuestion = await questionAfterCommand(questionNotCommand(understood.match, typed), focus, typed, trimmed, understood.text, snapshot, matchText);
    const readAgain = READ_AGAIN.reduce((m, again) => again(m, snapshot), asQuestion);
    const reread = siteAsked(readAgain, trimmed, snapshot);
    // A device said with a place it is not in (placeAbsent.ts); one the conversation put in for "it" was not said with it.
    // "what's it set to upstairs" after a window: the heating near it, not "the window has no setting" (setpointBesideIt.ts).
    const asked = hasPronoun(trimmed) ? setpointBesideIt(reread, focus?.subjects[0], trimmed, snapshot) : placeAbsent(reread, snapshot);
    const shared = readAmbiguous(asked);
    // A command whose words fit several devices goes to the one that can do it (answerControl.ts).
    // "turn on the lamp there" with two lamps there asks which (singularAmongSeveral.ts).
    const match = shared && 'match' in shared ? shared.match : singularAmongSeveral(askWhichForValue(narrowControlTarget({ match: earlierSubjectForIt(pronounNamedOne(lockUpAtSite(asked, focus, snapshot), focus, hasPronoun(trimmed)), focus, hasPronoun(trimmed), snapshot), snapshot }, hasPronoun(trimmed)), snapshot), [trimmed, understood.text], snapshot);
    const builder = new AnswerBuilder(this.options.registry, this.options.toolContext(context.userId, context.correlationId), match.intent);
    const problem = shared && 'each' in shared ? undefined : slotProblem(match, builder, snapshot);
    if (problem) {
      this.followUps.remember(context.conversationId, understood, [], problem.clarify);
      return builder.finish(problem.text);
    }
    const answerer = this.answerers[match.intent];
    if (!answerer) return undefined;
    // "qué dispositivos de la quinta tienen batería": a house of the home said narrows the devices asked over (keepToSite.ts).
    const site = siteScope(match, snapshot);
    const scope = understood.scope && site ? understood.scope.filter((e) => site.includes(e)) : (understood.scope ?? site);
    const base = { context, answer: builder, snapshot, store: this.options.store, ...(scope ? { scope } : {}), ...(targetByPronoun(match, trimmed) && !reversesLastCommand(match.intent, focus) ? { byPronoun: true } : {}) };
    const parts: string[] = [];
    // "any tips for the heater", "what do I do if it won't open": the home's documents answer, not its state.
    // "what happens if the alarm goes off": its automations answer first, the documents after (happeningAsked.ts).
    const happens = asksWhatHappens(match.intent, trimmed);
    const advice = (shared && 'each' in shared) || happens ? undefined : answerAdvice({ ...base, match }, trimmed);
    if (advice) parts.push(advice);
    else for (const each of shared && 'each' in shared ? shared.each : [match]) {
      const part = await answerer({ ...base, match: each } satisfies IntentAnswerInput);
      if (part) parts.push(part);
    }
    // "what happens when the NVR disk fills up": no automation acts, its manual says (happeningAsked.ts).
    const documented = happens ? documentsOnHappening({ ...base, match }, trimmed) : undefined;
    if (documented) parts.push(documented);
    if (allOff && builder.proposal) parts.push(keptOnNote(allOff.keptOn));
    // "and the fan?" after a command: its state said before the proposal (askedAlongCommand.ts).
    const stateFirst = parts.some((p) => p.includes('by its last reading')) ? undefined : stateBeforeProposal(trimmed, builder.proposal, snapshot, context.freshness.label);
    if (stateFirst) parts.unshift(stateFirst);
    // A °F home's readings said in °F, never a bare field printed as °C (homeUnitWording.ts); documents as written.
    const joined = parts.filter((p) => p).join('\n');
    const response = advice ? joined : inHomeUnit(joined, snapshot);
    if (!response) return undefined;
    const answer = builder.finish(response);
    // What a follow-up about "them" can refer to; a list longer than this is not something people go through by voice.
    const cited = answer.citations.slice(0, MAX_LISTED).map((c) => snapshot.byId.get(c.entity_id)).filter((e): e is NonNullable<typeof e> => e !== undefined);
    // "is the sauna locked" answered through its lock: "unlock it" next means that lock.
    const throughDevice = asked !== understood.match && asked.intent === understood.match.intent && asked.slots['device']?.type === 'entity';
    // A question about a second house (siteAsked.ts) leaves no device for "it".
    this.followUps.remember(context.conversationId, throughDevice ? { ...understood, match: asked } : reread !== readAgain ? { ...understood, match: reread } : understood, cited, undefined, builder.proposal ? builder.intent : undefined);
    return answer;
  }

  /** "solar power now", "home battery charge": a bare heading understood in no other way, asked as "what is …". */
  private async asHeading(text: string, focus: Focus | undefined, snapshot: HomeSnapshot): Promise<Understood | undefined> {
    const asked = headingAsQuestion(text, snapshot);
    return asked ? this.followUps.understand(asked, focus) : undefined;
  }

  /** "hot water's gone cold, what do I do": no reading, but a document of the home answers it (adviceFromKnowledge.ts). */
  private async adviceOnly(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    const match = noReading(text);
    const builder = new AnswerBuilder(this.options.registry, this.options.toolContext(context.userId, context.correlationId), match.intent);
    const snapshot = await this.options.engine.index.get();
    const advice = answerAdvice({ context, answer: builder, snapshot, store: this.options.store, match }, text);
    return advice ? builder.finish(advice) : undefined;
  }

  /** "turn on the gas fireplace" in a home with none: said so, not declined (absentThing.ts). */
  private absent(text: string, context: ResponderContext, snapshot: HomeSnapshot): ResponderAnswer | undefined {
    const said = absentThing(text, snapshot);
    return said ? new AnswerBuilder(this.options.registry, this.options.toolContext(context.userId, context.correlationId), 'search_graph').finish(said) : undefined;
  }

  /** Rebuilds a conversation's focus from its stored turns (the current question, stored already, is left out). */
  private async rehydrate(conversationId: string, current: string): Promise<Focus | undefined> {
    const turns = this.options.history?.(conversationId) ?? [];
    const last = turns[turns.length - 1];
    const earlier = last && last.role === 'user' && last.text.trim() === current ? turns.slice(0, -1) : turns;
    const recent = earlier.slice(-HISTORY_TURNS * 2);
    if (recent.length === 0) return undefined;
    const snapshot = await this.options.engine.index.get();
    let focus: Focus | undefined;
    for (let i = 0; i < recent.length; i++) {
      const turn = recent[i];
      const reply = recent[i + 1];
      if (turn?.role !== 'user' || reply?.role !== 'assistant' || reply.provider !== 'intent-engine') continue;
      const typed = turn.text.trim();
      const understood = await this.followUps.understand(readInEnglish(typed, snapshot, this.knowsWord), focus);
      if (!understood) continue;
      const cited = (reply.citations ?? []).map((c) => snapshot.byId.get(c.entity_id)).filter((e): e is NonNullable<typeof e> => e !== undefined);
      const ambiguous = Object.values(understood.match.slots).find((v) => v.type === 'ambiguous');
      const clarify = ambiguous?.type === 'ambiguous' && reply.text.includes('Which one do you mean') ? { text: ambiguous.text, candidates: ambiguous.candidates } : undefined;
      this.followUps.remember(conversationId, understood, clarify ? [] : cited, clarify);
      focus = this.followUps.focus.get(conversationId);
    }
    return focus;
  }

  /** /help text: every intent with an example. */
  helpText(): string {
    const lines = ['Things I can answer without a language model:'];
    for (const intent of this.options.engine.catalog.intents) lines.push(`• ${intent.help}: “${intent.example}”`);
    return lines.join('\n');
  }
}
