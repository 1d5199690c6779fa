// The tiny GGUF test model ships in ../shared/models beside the repository (never downloaded at run time).
import { resolve } from 'node:path';

export const TINY_MODEL_PATH = resolve(__dirname, '../../../shared/models/stories260K.gguf');
