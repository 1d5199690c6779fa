// HttpSend over node:http / node:https with keep-alive connections. A full pull is ~130 requests of up to a few
// hundred kB on the client's one thread: undici's fetch (web streams, per-chunk promises, TextDecoder) cost about half
// again as much client CPU per pull as this (bench/sync/README.md), CPU that the pipelined pull needs for applying pages.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { HttpAnswer, HttpSend } from './httpSend';

/** Idle keep-alive sockets close after this; they never hold the process open (node unrefs idle agent sockets). */
const IDLE_SOCKET_MS = 5_000;
const BOM = 0xfeff;

export function nodeHttpSend(): HttpSend {
  // Per client, not per process: no module state, and a client's sockets go with it.
  const agents = { http: new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }), https: new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }) };
  return (url, call) =>
    new Promise<HttpAnswer>((resolve, reject) => {
      const https = url.startsWith('https:');
      const headers = call.body !== undefined ? { ...call.headers, 'content-length': String(Buffer.byteLength(call.body)) } : call.headers;
      const request = (https ? httpsRequest : httpRequest)(url, { method: call.method, headers, agent: https ? agents.https : agents.http, signal: call.signal }, (response) => {
        readBody(response).then((text) => resolve(answer(response, text)), reject);
      });
      request.once('error', reject);
      request.end(call.body);
    });
}

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.once('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      // As fetch's text(): a leading byte-order mark is not part of the text.
      resolve(text.charCodeAt(0) === BOM ? text.slice(1) : text);
    });
    response.once('error', reject);
    // A connection cut mid-body (or an abort) closes the response before 'end'.
    response.once('close', () => {
      if (!response.complete) reject(new Error('the connection closed before the whole answer arrived'));
    });
  });
}

function answer(response: IncomingMessage, text: string): HttpAnswer {
  return {
    status: response.statusCode ?? 0,
    header(name) {
      const value = response.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
    text,
  };
}
