// The home browser's search tolerates typos: when full-text search finds nothing, the name resolver's fuzzy matching
// (the same one the intent engine uses for "the kitchn lights") suggests names.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import type { SearchResultView } from '../../../src-preload/contract';
import { createTestServices, type TestServices } from '../../support/createTestServices';

let t: TestServices;
beforeEach(async () => {
  t = await createTestServices();
});
afterEach(async () => {
  await t.cleanup();
});

const search = async (query: string): Promise<string[]> => {
  const result = await dispatchCall(t.services.handlers, 'home.search', { query }, 'test');
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as SearchResultView[]).map((r) => r.name);
};

it('finds "Kitchen Ceiling Light" from "kitchn celing light" and the Hallway Thermostat from "halway thermostst"', async () => {
  expect(await search('kitchn celing light')).toContain('Kitchen Ceiling Light');
  expect(await search('halway thermostst')).toContain('Hallway Thermostat');
  expect(await search('Kitchen Ceiling Light')).toContain('Kitchen Ceiling Light');
});
