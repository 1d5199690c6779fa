// The local-model catalogue shown in Settings: a JSON file (resources/model-catalogue.json, or another one given by
// the composition root), validated at the file boundary. Picking an entry fills the existing download (URL and
// sha256); the downloader verifies the checksum when the entry has one.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { ModelCatalogueEntry } from '../../src-preload/contract';

const entrySchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  sizeBytes: z.number().int().positive(),
  sizeApproximate: z.boolean().default(false),
  licence: z.string().min(1).max(100),
  url: z.string().url().refine((u) => /^https?:\/\//.test(u), 'http(s) only'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  notes: z.string().max(500).default(''),
});
const catalogueSchema = z.object({ note: z.string().optional(), models: z.array(entrySchema).max(100) });

/** The entries, or a clear error naming the file when it is missing or malformed. */
export async function readModelCatalogue(path: string): Promise<ModelCatalogueEntry[]> {
  const parsed = catalogueSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`The model catalogue ${path} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.models;
}
