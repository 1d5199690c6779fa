// Starts a FakeOpenAiServer that stops by itself when the current test finishes (pass or fail).
import { onTestFinished } from 'vitest';
import { FakeOpenAiServer, type FakeOpenAiServerOptions } from './FakeOpenAiServer';

export async function useFakeOpenAiServer(options: FakeOpenAiServerOptions = {}): Promise<FakeOpenAiServer> {
  const server = await FakeOpenAiServer.start(options);
  onTestFinished(() => server.stop());
  return server;
}
