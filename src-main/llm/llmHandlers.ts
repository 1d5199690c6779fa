// The model layer's calls of the contract (settings, connection test, circuit reset, catalogue, download), each a
// thin call into LlmService; the composition root (services.ts) hands over the service, the event bus and the path.
import type { CallHandlers } from '../api/CallHandlers';
import type { EventBus } from '../api/EventBus';
import type { LlmService } from './LlmService';
import { readModelCatalogue } from './modelCatalogue';

type LlmCalls = 'llm.getSettings' | 'llm.saveSettings' | 'llm.testConnection' | 'llm.resetCircuit' | 'llm.modelCatalogue' | 'llm.downloadModel';

export function llmHandlers(llm: LlmService, events: EventBus, modelCataloguePath: string): Pick<CallHandlers, LlmCalls> {
  return {
    'llm.getSettings': () => llm.getSettingsView(),
    'llm.saveSettings': (patch) => {
      return llm.saveSettings(patch);
    },
    'llm.testConnection': ({ candidate }) => llm.testConnection(candidate),
    'llm.resetCircuit': async () => llm.resetCircuit(),
    'llm.modelCatalogue': () => readModelCatalogue(modelCataloguePath),
    'llm.downloadModel': ({ url, sha256 }, { correlationId }) => {
      return llm.downloadModel(url, sha256, (p) => events.publish('llm.downloadProgress', { url, ...p, correlation_id: correlationId }));
    },
  };
}
