// The deterministic intent engine: normalise → strip politeness → match every template → give slots a meaning in
// this home → score. Below the threshold it declines (undefined) and the LLM path takes the turn.
import { commandBeforeReason, oneCommandSentence } from './oneCommandSentence';
import { partOfDevice } from './partOfDevice';
import { questionBeforeRemark } from './questionBeforeRemark';
import { noteAnswers } from './noteAnswers';
import { reasonedAutomation } from './reasonedAutomation';
import { eventAutomation } from './eventAutomation';
import type { EntityNameResolver } from '../graph/EntityNameResolver';
import type { Disposable } from '../lifecycle/Disposable';
import type { GraphStore } from '../graph/GraphStore';
import { IntentCatalog, type IntentCategory } from './IntentCatalog';
import { HomeIndex, type HomeSnapshot } from './HomeIndex';
import { rememberRecentOf } from './recentResults';
import { translateCues } from './languages/crossLanguageCues';
import { scopeAfterState } from './scopeAfterState';
import { everydayPhrasing } from './everydayPhrasing';
import { secretWords } from './secretWords';
import { quantifiedQuestion } from './quantifiedQuestion';
import { tokenize, type Token } from './normalizeText';
import { SlotIntentParser } from './SlotIntentParser';
import { halfwayLevel } from './halfwayLevel';
import { SlotResolver, type SlotValue } from './SlotResolver';
import { SpellingRepair } from './spellingRepair';
import { soundAlikeSlips } from './soundAlikeSlips';
import { TemplateMatcher, type MatchedWords } from './TemplateMatcher';

export interface IntentMatch {
  intent: string;
  category: IntentCategory;
  slots: Record<string, SlotValue>;
  /** 0..1: template weight × the weakest slot. */
  confidence: number;
  /** Other intents that also matched, best first. */
  alternatives: Array<{ intent: string; confidence: number }>;
  /** The template that matched (for debugging and the bench). */
  template: string;
  /** Normalised words of the input ("which lights are off" → polarity for state answers). */
  words: string[];
}

export interface IntentEngineOptions {
  store: GraphStore;
  resolver: EntityNameResolver;
  catalog?: IntentCatalog;
  /** Matches below this are declined. Default 0.5. */
  threshold?: number;
}

const HEARD = rememberRecentOf<HomeSnapshot, string>(64);

/** Longer input is not a home question a template could cover; refusing early keeps 10 kB pastes cheap. */
const MAX_INPUT_CHARS = 500;
const MAX_TOKENS = 30;
const MAX_PARSES = 40;

export class IntentEngine implements Disposable {
  readonly catalog: IntentCatalog;
  readonly index: HomeIndex;
  private readonly matcher: TemplateMatcher;
  private readonly slots: SlotResolver;
  private readonly threshold: number;
  private readonly slotParser: SlotIntentParser;
  private readonly spelling: SpellingRepair;

  constructor(options: IntentEngineOptions) {
    this.catalog = options.catalog ?? new IntentCatalog();
    this.index = new HomeIndex(options.store);
    this.matcher = new TemplateMatcher(this.catalog.templates);
    this.slots = new SlotResolver(options.resolver, this.index);
    this.threshold = options.threshold ?? 0.5;
    this.slotParser = new SlotIntentParser(options.resolver);
    this.spelling = new SpellingRepair(this.catalog.templates.map((t) => t.source));
  }

  /**
   * The text with its dictation slips put right ("what's the water thank at" → tank), or as it was (soundAlikeSlips.ts).
   * Remembered per snapshot and text: the responder hears a turn and `match` hears the same text again. A snapshot
   * is this engine's (its HomeIndex), so its words to hear against are always this engine's too.
   */
  async heardAs(text: string): Promise<string> {
    const snapshot = await this.index.get();
    return HEARD(snapshot, text, () => soundAlikeSlips(text, snapshot, (k) => this.spelling.isWord(k)) ?? text);
  }

  /** A word of a language the engine reads (its spelling's words and their inflections: spellingRepair.ts), whatever the home. */
  knowsWord(key: string): boolean {
    return this.spelling.isWord(key);
  }

  /** A sentence in another language is first read in English cue words (`crossLanguageCues.ts`), then as typed. */
  async match(typed: string): Promise<IntentMatch | undefined> {
    if (typed.length > MAX_INPUT_CHARS) return undefined;
    // "what's the water thank at": a word heard for a name's word is that word (soundAlikeSlips.ts).
    const quantified = quantifiedQuestion(typed);
    const text = await this.heardAs(quantified);
    // "we're all off out, is there a routine for that": the one automation the first clause speaks of.
    const reasoned = reasonedAutomation(text, await this.index.get());
    if (reasoned) return { ...reasoned, category: this.catalog.get(reasoned.intent)?.category ?? reasoned.category };
    // "the freezer part of the fridge" is the fridge's freezer: read that way first when it reads cleanly.
    const part = partOfDevice(text);
    const asPart = part ? await this.matchOnce(scopeAfterState(part)) : undefined;
    if (asPart && !hasProblem(asPart.slots)) return asPart;
    const translated = translateCues(text, await this.index.get());
    const read = translated ? await this.matchOnce(scopeAfterState(translated.text)) : undefined;
    // "how many lihgts are on", "is the gargae door closed": a word nothing knows is a slip; a clean reading with the
    // slips mended beats the reading as typed (where the slip went to the typo-tolerant name search, or nowhere).
    const mended = read ? undefined : this.spelling.repair(text, await this.index.get());
    // The reading as typed after the mended one reuses what the mended one found where the slips are not (`Pass`).
    const pass: Pass = {};
    const again = mended !== undefined ? await this.matchOnce(scopeAfterState(mended), pass) : undefined;
    if (again && !hasProblem(again.slots)) return again;
    const whole = read ?? (await this.matchOnce(scopeAfterState(text), pass));
    // "we're heading off, run heading out": what the asker is doing, then a command; the command is the request (the
    // whole sentence may read as a question about the automation it names).
    const commandAfter = whole?.category === 'control' ? undefined : /^[^,;?]{3,}[,;]\s*([^,;]{4,})$/.exec(text)?.[1];
    const lastCommand = commandAfter ? await this.match(commandAfter) : undefined;
    if (lastCommand?.category === 'control' && !hasProblem(lastCommand.slots)) return lastCommand;
    // "Switch it on. Want a bath.": of several sentences, the one command among them is the request (oneCommandSentence.ts).
    const cleanCommand = whole?.category === 'control' && !hasProblem(whole.slots);
    const sentence = cleanCommand ? undefined : ((await oneCommandSentence(text, (t) => this.match(t))) ?? (await commandBeforeReason(text, (t) => this.match(t))));
    if (sentence) return sentence;
    // "open the garage, im pulling in": a request with a reason after it is the request (also when the whole
    // sentence read as one long name that nothing matched).
    const clause = /^([^,;]{4,}?)\s*[,;]\s*\S/.exec(text)?.[1];
    // "set the water heater to 130, the kids used all the hot water": a whole read only from its mentions (the slot
    // parse, which never commands) yields to the clean command before the comma.
    const commandFirst = whole && clause && whole.category !== 'control' && whole.template.startsWith('slots:') ? await this.match(clause) : undefined;
    if (commandFirst?.category === 'control' && !hasProblem(commandFirst.slots)) return commandFirst;
    // "how do I clean the pool filter, Rudy usually does it": the question before a remark (questionBeforeRemark.ts).
    const remarked = await questionBeforeRemark(text, whole, (t) => this.match(t), (m) => hasProblem(m.slots));
    if (remarked) return remarked;
    if (whole && !hasProblem(whole.slots)) return whole;
    const request = clause ? (commandFirst ?? (await this.match(clause))) : undefined;
    if (request && !hasProblem(request.slots)) return request;
    // "disarm the alarm im home": a command followed by what the asker is doing, with no comma, is the command.
    const before = /^(.{4,}?)\s+(?:i'm|im|i am|we're|we are|i've|we've|cos|coz|because)\s+\S/i.exec(text)?.[1];
    const command = before ? await this.match(before) : undefined;
    if (command && command.category === 'control' && !hasProblem(command.slots)) return command;
    // "i'm babysitting, what's the alarm code?": a question after what the asker is doing is the question.
    const after = whole || request ? undefined : /^[^,;?]{3,}[,;]\s*([^,;]{4,})$/.exec(text)?.[1];
    const asked = after ? await this.match(after) : undefined;
    if (asked && !hasProblem(asked.slots)) return asked;
    // "what happens when tutu presses her button": nothing else read it, the event names one automation's trigger.
    const found = whole ?? again ?? request;
    return found ?? eventAutomation(text, await this.index.get());
  }

  private async matchOnce(text: string, pass?: Pass): Promise<IntentMatch | undefined> {
    const all = tokenize(secretWords(everydayPhrasing(halfwayLevel(text))));
    if (all.length === 0 || all.length > MAX_TOKENS) return undefined;
    // Both the whole sentence and the sentence without politeness are tried: "tell me" is filler in "tell me what
    // is in the kitchen" but part of a template in "tell me the devices in the kitchen".
    const stripped = this.stripFillers(all);
    const whole = this.matcher.matchWith(all, pass?.all);
    const shorter = stripped.length > 0 && stripped.length < all.length ? this.matcher.matchWith(stripped, pass?.stripped) : undefined;
    const parses = [...whole.parses, ...(shorter?.parses ?? [])];
    parses.splice(MAX_PARSES);
    // A second pass keeps the first one's slot meanings: the words a slot took mean what they meant a moment ago.
    if (!pass?.all) this.slots.reset();
    if (pass) Object.assign(pass, { all: whole.matched, stripped: shorter?.matched });
    const scored: Array<Omit<IntentMatch, 'alternatives' | 'category' | 'words'> & { order: number }> = [];
    for (const [order, parse] of parses.entries()) {
      let score = parse.template.weight;
      const values: Record<string, SlotValue> = {};
      for (const [name, slot] of parse.slots) {
        const resolved = await this.slots.resolve(slot.type, slot.tokens);
        score = Math.min(score, resolved.score * parse.template.weight);
        values[name] = resolved.value;
        if (score === 0) break;
      }
      if (score > 0) scored.push({ intent: parse.template.intent, slots: values, confidence: round(score), template: parse.template.source, order });
    }
    scored.sort((a, b) => b.confidence - a.confidence || a.order - b.order);
    const best = scored[0];
    // A clean template reading wins; otherwise the slot parse (mentions first, then cue words) may do better.
    // Control readings and clarifying questions stay with the templates: the slot parse never guesses a target.
    const templateFirm = best && (this.catalog.get(best.intent)?.category === 'control' || hasAmbiguity(best.slots));
    if (!templateFirm && (!best || best.confidence < SLOT_PARSE_BELOW || hasProblem(best.slots))) {
      const parsed = await this.slotParser.parse(stripped.length > 0 ? stripped : all, await this.index.get());
      if (parsed && parsed.confidence >= this.threshold && (!best || best.confidence < this.threshold || ((parsed.intent !== 'search_graph' || parsed.confidence >= 0.85) && (parsed.confidence > best.confidence || (hasProblem(best.slots) && !hasProblem(parsed.slots)))))) {
        const read: IntentMatch = {
          intent: parsed.intent,
          category: this.catalog.get(parsed.intent)?.category ?? 'search',
          slots: parsed.slots,
          confidence: parsed.confidence,
          alternatives: parsed.alternatives,
          template: `slots:${parsed.rule}`,
          words: all.map((t) => t.key),
        };
        return noteAnswers(read, text, await this.index.get()) ?? read;
      }
    }
    if (!best || best.confidence < this.threshold) return undefined;
    const alternatives = new Map<string, number>();
    for (const s of scored) {
      if (s.intent !== best.intent && !alternatives.has(s.intent)) alternatives.set(s.intent, s.confidence);
    }
    return {
      intent: best.intent,
      category: this.catalog.get(best.intent)?.category ?? 'structure',
      slots: best.slots,
      confidence: best.confidence,
      alternatives: [...alternatives].map(([intent, confidence]) => ({ intent, confidence })),
      template: best.template,
      words: all.map((t) => t.key),
    };
  }

  dispose(): void {
    this.index.dispose();
  }

  private stripFillers(tokens: Token[]): Token[] {
    let start = 0;
    let end = tokens.length;
    const startsWith = (phrase: string[], at: number): boolean => phrase.every((k, i) => tokens[at + i]?.key === k);
    for (let changed = true; changed && start < end; ) {
      changed = false;
      for (const phrase of this.catalog.leadingFillers) {
        if (phrase.length < end - start && startsWith(phrase, start)) {
          start += phrase.length;
          changed = true;
          break;
        }
      }
    }
    for (let changed = true; changed && start < end; ) {
      changed = false;
      for (const phrase of this.catalog.trailingFillers) {
        if (phrase.length < end - start && startsWith(phrase, end - phrase.length)) {
          end -= phrase.length;
          changed = true;
          break;
        }
      }
    }
    return tokens.slice(start, end);
  }
}

/** What the first of two readings of one sentence found (the mended one, then as typed: `match`), for the second. */
interface Pass {
  all?: MatchedWords;
  stripped?: MatchedWords | undefined;
}

/** Template readings below this confidence are checked against the slot parse. */
const SLOT_PARSE_BELOW = 0.9;

function hasProblem(slots: Record<string, SlotValue>): boolean {
  return Object.values(slots).some((v) => v.type === 'missing' || v.type === 'ambiguous');
}

function hasAmbiguity(slots: Record<string, SlotValue>): boolean {
  return Object.values(slots).some((v) => v.type === 'ambiguous');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
