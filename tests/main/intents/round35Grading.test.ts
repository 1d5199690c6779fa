// The shared grader, round 35. It accepts "run <routine>" answered by proposing the automation itself when the set listed, as the
// command's targets, exactly the devices that automation `automates` (at the expected tier); anything else stays a
// wrong proposal. A set listing "none" among its words takes a reply that opens "No …" in English.
import { describe, expect, it } from 'vitest';
import type { ResponderAnswer } from '../../../src-main/chat/Responder';
import { automatedDevices, grade, missOf, type Question } from './questionSet';

const home = JSON.stringify({
  entities: [
    { id: 'a1', entity_type: 'automation', name: 'Bedtime' },
    { id: 'a2', entity_type: 'automation', name: 'Porch on' },
    { id: 'd1', entity_type: 'device', name: 'Hall light' },
    { id: 'd2', entity_type: 'device', name: 'Front lock' },
    { id: 'd3', entity_type: 'device', name: 'Porch light' },
    { id: 's1', entity_type: 'device', name: 'Hall motion' },
  ],
  relationships: [
    { from_entity_id: 'a1', to_entity_id: 'd1', relationship_type: 'automates' },
    { from_entity_id: 'a1', to_entity_id: 'd2', relationship_type: 'automates' },
    { from_entity_id: 'a1', to_entity_id: 's1', relationship_type: 'triggered_by' },
    { from_entity_id: 'a2', to_entity_id: 'd3', relationship_type: 'automates' },
  ],
});
const automated = automatedDevices(home);

function proposing(targets: Array<[string, string, string]>, tier: 2 | 3): ResponderAnswer {
  return {
    text: 'Ready to run it.', citations: [], tool_calls: [], provider: 'intent-engine', model: 'run_automation',
    proposal: { tier, targets: targets.map(([id, name, entity_type]) => ({ id, name, entity_type, version: 'v1' })) } as never,
  };
}
const ask = (targets: string[], tier: 2 | 3): Question => ({ id: 'q', text: 'run bedtime', expect: { kind: 'proposal', targets, tier } });
const bedtime: Array<[string, string, string]> = [['a1', 'Bedtime', 'automation']];

describe('grading a proposal of an automation', () => {
  it('reads the automates edges of a home, never the trigger', () => {
    expect([...(automated.get('a1') ?? [])].sort()).toEqual(['Front lock', 'Hall light']);
    expect(automated.get('a2')).toEqual(['Porch light']);
  });

  it('passes when the automation acts on exactly the expected targets at the expected tier', () => {
    expect(grade(ask(['Hall light', 'Front lock'], 3), proposing(bedtime, 3), [], automated)).toBeUndefined();
  });

  it('still names the automation as its target when the set names it', () => {
    expect(grade(ask(['Bedtime'], 3), proposing(bedtime, 3), [], automated)).toBeUndefined();
  });

  it('fails a laxer tier, and a stricter one is a cautious miss', () => {
    expect(grade(ask(['Hall light', 'Front lock'], 3), proposing(bedtime, 2), [], automated)).toBe('tier 2');
    expect(missOf(ask(['Hall light', 'Front lock'], 3), proposing(bedtime, 2), automated)).toBe('wrong proposal');
    expect(grade(ask(['Hall light', 'Front lock'], 2), proposing(bedtime, 3), [], automated)).toBe('tier 3');
    expect(missOf(ask(['Hall light', 'Front lock'], 2), proposing(bedtime, 3), automated)).toBe('cautious tier');
  });

  it('fails when the automation acts on more or fewer devices than expected', () => {
    expect(grade(ask(['Hall light'], 3), proposing(bedtime, 3), [], automated)).toBe('targets Bedtime');
    expect(missOf(ask(['Hall light'], 3), proposing(bedtime, 3), automated)).toBe('wrong proposal');
    expect(grade(ask(['Hall light', 'Front lock', 'Porch light'], 3), proposing(bedtime, 3), [], automated)).toBe('targets Bedtime');
  });

  it('never expands a device, several targets, or without the home edges', () => {
    expect(grade(ask(['Porch light'], 2), proposing([['d1', 'Porch on', 'device']], 2), [], automated)).toBe('targets Porch on');
    expect(grade(ask(['Hall light', 'Front lock', 'Porch light'], 3), proposing([...bedtime, ['a2', 'Porch on', 'automation']], 3), [], automated))
      .toBe('targets Bedtime, Porch on');
    expect(grade(ask(['Hall light', 'Front lock'], 3), proposing(bedtime, 3))).toBe('targets Bedtime');
  });
});

describe('grading a none said in English where the set lists "none" among its words', () => {
  const answer = (text: string): ResponderAnswer => ({ text, citations: [], tool_calls: [], provider: 'intent-engine', model: 'kind_on', proposal: null });
  const anyOn: Question = { id: 'q', text: 'açık olan klima var mı', expect: { kind: 'mentions', text_any: ['yok', 'hiçbiri', 'kapalı', 'none'] } };
  const plain: Question = { id: 'q', text: 'what is the fridge at', expect: { kind: 'mentions', text_any: ['4°C'] } };

  it('passes a reply that opens by saying there are none', () => {
    expect(grade(anyOn, answer('No air conditioners are on (Salon: off, Yatak: off).'))).toBeUndefined();
    expect(grade(anyOn, answer('None of them are on.'))).toBeUndefined();
  });

  it('still fails one that opens otherwise, and says it is off target rather than a wrong none', () => {
    const elsewhere = answer('The Salon Kliması is on; there is no other air conditioner.');
    expect(grade(anyOn, elsewhere)).toBe('text lacks any of yok | hiçbiri | kapalı | none');
    expect(missOf(anyOn, elsewhere)).toBe('off-target');
    expect(grade(anyOn, answer('Nobody is home.'))).toBeDefined();
  });

  it('leaves sets that do not list "none" as they were', () => {
    expect(grade(plain, answer('No fridge reports a temperature.'))).toBe('text lacks any of 4°C');
    expect(missOf(plain, answer('No fridge reports a temperature.'))).toBe('wrong none');
  });
});
