// The one HTTP exchange InbetweeniesClient needs: send a request, get the status, headers and the whole body as text.
// Two implementations: nodeHttpSend (the default, node:http) and fetchSend (an injected fetch, e.g. a test's spy).

export interface HttpCall {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export interface HttpAnswer {
  status: number;
  /** A response header by (case-insensitive) name, or null. */
  header(name: string): string | null;
  /** The body as UTF-8 text ('' when there is none). */
  text: string;
}

/** Rejects on network failures and aborts; any HTTP status resolves (redirects are not followed). */
export type HttpSend = (url: string, call: HttpCall) => Promise<HttpAnswer>;

export function fetchSend(fetchImpl: typeof fetch): HttpSend {
  return async (url, call) => {
    const response = await fetchImpl(url, { method: call.method, headers: call.headers, redirect: 'manual', signal: call.signal, ...(call.body !== undefined ? { body: call.body } : {}) });
    const text = await response.text().catch(() => '');
    return { status: response.status, header: (name) => response.headers.get(name), text };
  };
}
