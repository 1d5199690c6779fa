// The local-model catalogue: the shipped file is valid and pins the test model's real checksum; an entry picked from
// a catalogue downloads through the contract and is verified against its sha256 (a wrong one is refused and deleted).
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readModelCatalogue } from '../../../src-main/llm/modelCatalogue';
import { TINY_MODEL_PATH } from '../../support/testModel';
import { catalogueJson, serveFile } from '../../support/serveFile';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';
import { dispatchCall } from '../../../src-main/api/CallHandlers';

const TINY_SHA = '270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function servicesWithCatalogue(sha256: string | null): Promise<{ t: TestServices; url: string }> {
  const site = await serveFile(TINY_MODEL_PATH, 'stories.gguf');
  cleanups.push(site.close);
  const dir = mkdtempSync(join(tmpdir(), 'goodies-catalogue-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const cataloguePath = join(dir, 'catalogue.json');
  writeFileSync(cataloguePath, catalogueJson(site.url, sha256, statSync(TINY_MODEL_PATH).size));
  const t = await createTestServices({ loadDemoHome: false, llm: { modelCataloguePath: cataloguePath } });
  cleanups.push(() => t.cleanup());
  return { t, url: site.url };
}

describe('model catalogue', () => {
  it('ships a valid catalogue: name, size, licence, URL for each; the test model with its real sha256', async () => {
    const entries = await readModelCatalogue(join(__dirname, '../../../resources/model-catalogue.json'));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const e of entries) expect(e).toMatchObject({ name: expect.any(String), licence: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
    expect(entries.find((e) => e.id === 'stories260k')).toMatchObject({ sha256: TINY_SHA, sizeBytes: statSync(TINY_MODEL_PATH).size });
  });

  it('downloads a picked entry from a local server and verifies its checksum', async () => {
    const { t, url } = await servicesWithCatalogue(TINY_SHA);
    const [entry] = await callOk(t, 'llm.modelCatalogue', {});
    expect(entry).toMatchObject({ url, sha256: TINY_SHA });
    const done = await callOk(t, 'llm.downloadModel', { url: entry!.url, sha256: entry!.sha256! });
    expect(done.sizeBytes).toBe(statSync(TINY_MODEL_PATH).size);
    expect((await callOk(t, 'llm.getSettings', {})).local.modelPath).toBe(done.path);
  });

  it('refuses a download whose checksum does not match the catalogue, and keeps no file', async () => {
    const { t } = await servicesWithCatalogue('0'.repeat(64));
    const [entry] = await callOk(t, 'llm.modelCatalogue', {});
    const result = await dispatchCall(t.services.handlers, 'llm.downloadModel', { url: entry!.url, sha256: entry!.sha256! }, 'test', { error: () => {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/sha256|checksum/i);
    expect(existsSync(join(t.dataDir, 'models', 'stories.gguf'))).toBe(false);
    expect((await callOk(t, 'llm.getSettings', {})).local.modelPath).toBeNull();
  });
});
