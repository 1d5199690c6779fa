// One CLI run's view of the core: services from the composition root over a NodePlatform, and calls through the same
// `dispatchCall` boundary the UI uses. Opened lazily so `--help` and usage errors never touch the database.
import type { CallArgs, CallName, CallResult } from '../../src-preload/contract';
import { dispatchCall } from '../api/CallHandlers';
import type { EventBus } from '../api/EventBus';
import type { CallHandlers } from '../api/CallHandlers';
import type { Role } from '../api/callPolicy';
import { AppError } from '../../src-shared/errors';
import type { Logger } from '../logging/Logger';
import { NodePlatform } from '../platform/NodePlatform';
import { createMainServices, type MainServices } from '../services';

export interface CliSessionOptions {
  dataDir?: string;
  runtime: 'cli' | 'browser';
  role?: Role;
}

export class CliSession {
  private constructor(
    private readonly platform: NodePlatform,
    private readonly services: MainServices,
  ) {}

  static async open(options: CliSessionOptions): Promise<CliSession> {
    const platform = new NodePlatform({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      onlineCheckIntervalMs: options.runtime === 'browser' ? 30_000 : 0,
    });
    try {
      const llm = llmTimingFromEnv(process.env);
      return new CliSession(platform, await createMainServices(platform, { runtime: options.runtime, ...(llm ? { llm } : {}), ...(options.role ? { role: options.role } : {}) }));
    } catch (error) {
      platform.dispose();
      throw error;
    }
  }

  get handlers(): CallHandlers {
    return this.services.handlers;
  }

  get events(): EventBus {
    return this.services.events;
  }

  get logger(): Logger {
    return this.services.logger;
  }

  get dataDir(): string {
    return this.platform.paths.dataDir;
  }

  /** A failed call becomes an AppError carrying the boundary shape, so commands only handle success. */
  async call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
    const result = await dispatchCall(this.handlers, name, args, 'cli', this.services.logger);
    if (!result.ok) {
      const { type, message, retryable, correlation_id, details } = result.error;
      throw new AppError(type, message, { retryable, correlationId: correlation_id, details });
    }
    return result.value as CallResult<K>;
  }

  async dispose(): Promise<void> {
    await this.services.dispose();
    this.platform.dispose();
  }
}

/**
 * Timing knobs of the model layer for demos and E2E tests (the breaker's 60 s half-open wait is too long to watch):
 * GOODIES_LLM_HALF_OPEN_MS and GOODIES_LLM_HEALTH_INTERVAL_MS; GOODIES_MODEL_CATALOGUE names another model catalogue
 * file (a test's catalogue pointing at a local server). Invalid values are ignored.
 */
function llmTimingFromEnv(env: NodeJS.ProcessEnv): { halfOpenAfterMs?: number; healthIntervalMs?: number; modelCataloguePath?: string } | undefined {
  const read = (name: string): number | undefined => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value >= 100 && value <= 3_600_000 ? value : undefined;
  };
  const halfOpenAfterMs = read('GOODIES_LLM_HALF_OPEN_MS');
  const healthIntervalMs = read('GOODIES_LLM_HEALTH_INTERVAL_MS');
  const modelCataloguePath = env.GOODIES_MODEL_CATALOGUE || undefined;
  if (halfOpenAfterMs === undefined && healthIntervalMs === undefined && !modelCataloguePath) return undefined;
  return { ...(halfOpenAfterMs ? { halfOpenAfterMs } : {}), ...(healthIntervalMs ? { healthIntervalMs } : {}), ...(modelCataloguePath ? { modelCataloguePath } : {}) };
}
