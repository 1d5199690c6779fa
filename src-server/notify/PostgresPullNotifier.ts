// Fans "pull now" out across server processes sharing one PostgreSQL: every publish is delivered locally at once and
// sent with NOTIFY; each process LISTENs on a dedicated connection and delivers what other processes sent.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { LocalPullNotifier, type PullEvent } from './PullNotifier';

const CHANNEL = 'goodies_pull_now';

export class PostgresPullNotifier extends LocalPullNotifier {
  private readonly origin = randomUUID();
  private listener: pg.Client | undefined;
  private closed = false;

  constructor(private readonly pool: pg.Pool, private readonly connectionString: string, private readonly onError: (error: unknown) => void = () => undefined) {
    super();
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('error', (error) => this.onError(error));
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const parsed = JSON.parse(message.payload) as { origin: string; event: PullEvent };
        if (parsed.origin !== this.origin) this.deliver(parsed.event);
      } catch (error) {
        this.onError(error);
      }
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  override publish(event: PullEvent): void {
    this.deliver(event);
    if (this.closed) return;
    this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ origin: this.origin, event })]).catch((error: unknown) => this.onError(error));
  }

  override async close(): Promise<void> {
    this.closed = true;
    await super.close();
    await this.listener?.end().catch(() => undefined);
  }
}
