import { LocalLlmProvider, type LocalLlmProviderOptions } from '../../../src-main/llm/LocalLlmProvider';

export { TINY_MODEL_PATH as TEST_MODEL_PATH } from '../../support/testModel';
import { TINY_MODEL_PATH as TEST_MODEL_PATH } from '../../support/testModel';

/** The tiny real model on the CPU with one thread (the default thread count makes it ~500x slower here). */
export function tinyLocalModel(options: Partial<LocalLlmProviderOptions> = {}): LocalLlmProvider {
  return new LocalLlmProvider({ modelPath: TEST_MODEL_PATH, threads: 1, gpu: false, contextSize: 512, maxTokens: 48, ...options });
}
