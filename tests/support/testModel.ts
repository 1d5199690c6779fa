// The tiny GGUF test model (MIT, see tests/fixtures/models/LICENSE-MODELS.md) lives inside the repository, so a fresh
// clone with nothing beside it passes the tests. Nothing downloads weights at run time.
import { resolve } from 'node:path';

export const TINY_MODEL_PATH = resolve(__dirname, '../fixtures/models/stories260K.gguf');
