// Prometheus text exposition for /metrics: a handful of counters and gauges, no client library needed.
type Labels = Record<string, string>;

function key(name: string, labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`);
  return parts.length ? `${name}{${parts.join(',')}}` : name;
}

export class Metrics {
  private readonly counters = new Map<string, number>();
  private readonly help = new Map<string, { type: 'counter' | 'gauge'; text: string }>();
  private readonly gauges = new Map<string, () => number>();

  constructor() {
    this.describe('goodies_http_requests_total', 'counter', 'HTTP requests by method, route and status');
    this.describe('goodies_http_request_duration_seconds_sum', 'counter', 'Total seconds spent answering requests');
    this.describe('goodies_http_request_duration_seconds_count', 'counter', 'Requests timed');
    this.describe('goodies_sync_entities_applied_total', 'counter', 'Entity changes acknowledged by sync pushes');
    this.describe('goodies_sync_relationships_applied_total', 'counter', 'Relationships acknowledged by sync pushes');
    this.describe('goodies_sync_conflicts_total', 'counter', 'Conflicts resolved on the server');
    this.describe('goodies_chat_records_applied_total', 'counter', 'Conversation-extension records acknowledged');
    this.describe('goodies_auth_failures_total', 'counter', 'Failed or throttled logins and token checks');
  }

  describe(name: string, type: 'counter' | 'gauge', text: string): void {
    this.help.set(name, { type, text });
  }

  inc(name: string, labels: Labels = {}, by = 1): void {
    const k = key(name, labels);
    this.counters.set(k, (this.counters.get(k) ?? 0) + by);
  }

  gauge(name: string, text: string, read: () => number): void {
    this.describe(name, 'gauge', text);
    this.gauges.set(name, read);
  }

  render(): string {
    const lines: string[] = [];
    for (const [name, { type, text }] of this.help) {
      lines.push(`# HELP ${name} ${text}`, `# TYPE ${name} ${type}`);
      const read = this.gauges.get(name);
      if (read) lines.push(`${name} ${read()}`);
      for (const [k, v] of this.counters) if (k === name || k.startsWith(`${name}{`)) lines.push(`${k} ${v}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
