// Issue 12, round 37, speed: the template matcher skips a template whose required words are not all in the sentence
// (or that needs more words than the sentence has) before its backtracking starts (TemplateMatcher.ts). Skipping must
// change no parse: here the matcher with the skip and one without it (every template's required words and least word
// count emptied) give the same parses, in the same order, for sentences written here and for the unseen homes'
// questions (people’s own phrasings; every fifth of each set).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntentCatalog } from '../../../src-main/intents/IntentCatalog';
import { tokenize } from '../../../src-main/intents/normalizeText';
import { parseTemplate } from '../../../src-main/intents/templateLanguage';
import { compileTemplate, TemplateMatcher, type TemplateParse } from '../../../src-main/intents/TemplateMatcher';

const SENTENCES = [
  'what devices are in the kitchen?', 'which lights are on?', 'how many lights are there?', 'turn off the kitchen lights',
  'unlock the front door', 'what devices are in the bedrom', 'tell me a joke', 'set the thermostat to 21',
  'what is the hallway thermostat set to', 'how do i reset the thermostat schedule', 'where is the robot vacuum',
  'turn on the porch light and the landing light', 'is the garage door open or closed', 'what controls the front door lock',
  'lights', 'on', 'what', 'dim the lamp in the living room to 40 percent please',
];

function questionsOfUnseenHomes(): string[] {
  const dir = join(import.meta.dirname, '../../fixtures/homes');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.questions.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { questions: Array<{ text: string }> }).questions.map((q) => q.text).filter((_q, i) => i % 5 === 0));
}

/** A parse as comparable text: the template, then each slot's words. */
function shown(parses: TemplateParse[]): string[] {
  return parses.map((p) => `${p.template.intent}: ${p.template.source} ${JSON.stringify([...p.slots].map(([name, slot]) => [name, slot.type, slot.tokens.map((t) => t.text)]))}`);
}

describe('round 37, speed: templates without the sentence’s words are not tried', () => {
  const templates = new IntentCatalog().templates;
  const skipping = new TemplateMatcher(templates);
  const trying = new TemplateMatcher(templates.map((t) => ({ ...t, requiredKeys: [], minWords: 0 })));

  it('has required words for most templates (the skip does something)', () => {
    expect(templates.filter((t) => t.requiredKeys.length > 0).length).toBeGreaterThan(templates.length / 2);
  });

  it('a template needs the words outside its optional groups, and the words every option of a group shares', () => {
    const source = 'what (devices are|things are) [in] [the] {place}';
    const template = compileTemplate('devices_in_place', source, parseTemplate(source));
    expect([...template.requiredKeys].sort()).toEqual(['are', 'what']);
    expect(template.minWords).toBe(4);
    expect(new TemplateMatcher([template]).match(tokenize('what are in the kitchen'))).toEqual([]);
    expect(new TemplateMatcher([template]).match(tokenize('what things are kitchen'))).toHaveLength(1);
  });

  it('gives the same parses on sentences written here', () => {
    for (const sentence of SENTENCES) {
      const tokens = tokenize(sentence);
      expect(shown(skipping.match(tokens)), sentence).toEqual(shown(trying.match(tokens)));
    }
  });

  it('gives the same parses on the unseen homes’ questions', () => {
    const questions = questionsOfUnseenHomes();
    expect(questions.length).toBeGreaterThan(1000);
    let parsed = 0;
    for (const question of questions) {
      const tokens = tokenize(question);
      const got = shown(skipping.match(tokens));
      if (got.length > 0) parsed++;
      expect(got, question).toEqual(shown(trying.match(tokens)));
    }
    expect(parsed).toBeGreaterThan(100);
  });
});
