/**
 * The test web: an HTTPS server on 127.0.0.1 that Chromium reaches for every host
 * name (--host-resolver-rules), so fixture pages load as https://www.irna.ir/… and
 * the manifest's real match patterns apply. It records every request it sees.
 */
import { createServer, type Server } from 'node:https';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { generate } from 'selfsigned';
import { fixturePage } from './fixture-pages';
import { hostilePage } from './hostile-pages';
import { corpusPage, seedPage } from './seed-pages';

export interface RecordedRequest {
  host: string;
  path: string;
}

export interface TestWeb {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const FIXTURES = new URL('../fixtures/pages/', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export async function startTestWeb(): Promise<TestWeb> {
  const pems = await generate([{ name: 'commonName', value: 'negah-test' }], { keyType: 'ec' });
  const requests: RecordedRequest[] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'unknown'}`);
    requests.push({ host: url.hostname, path: url.pathname });
    const body = respond(url);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': body.type, 'cache-control': 'no-store' }).end(body.data);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('test server has no port');
  return {
    port: address.port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function respond(url: URL): { type: string; data: string | Buffer } | null {
  const seed = /^\/(?:.*\/)?seed-(\d)(?:\.html)?$/.exec(url.pathname);
  if (seed) return { type: TYPES['.html']!, data: seedPage(Number(seed[1])) };
  const fixture = /^\/(?:.*\/)?fixture-([a-z]+)(?:\.html)?$/.exec(url.pathname);
  if (fixture) {
    const page = fixturePage(fixture[1]!, Number(url.searchParams.get('seed') ?? 2));
    return page ? { type: TYPES['.html']!, data: page } : null;
  }
  const hostile = /^\/(?:.*\/)?(?:hostile|trust-([a-z]+))\.html$/.exec(url.pathname);
  if (hostile) {
    const page = hostilePage(hostile[1] ?? 'xss');
    return page ? { type: TYPES['.html']!, data: page } : null;
  }
  const corpus = /^\/(?:.*\/)?corpus-(\d{3})(?:\.html)?$/.exec(url.pathname);
  if (corpus) {
    const page = corpusPage(corpus[1]!);
    return page ? { type: TYPES['.html']!, data: page } : null;
  }
  if (url.pathname === '/favicon.ico') return null;
  const file = normalize(join(FIXTURES, url.pathname.replace(/^\/+/, '')));
  // A directory (a page asking for https://any.host/) is not found, not a crash.
  if (!file.startsWith(FIXTURES) || !existsSync(file) || !statSync(file).isFile()) return null;
  return { type: TYPES[extname(file)] ?? 'application/octet-stream', data: readFileSync(file) };
}
