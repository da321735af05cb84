import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import type { AppBindings, AppRouteHandler } from '../../lib/types.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { Registry } from '../../rules/registry.ts';
import { listDeadlines as listDeadlinesOf, statusesKey, statusSignature } from '../../engine/deadlines.ts';
import { asOfInstant, type AsOf } from '../../engine/time.ts';
import { contentHash } from '../../rules/registry.ts';
import { etagMatches } from '../../lib/headers.ts';
import { resolveAsOf, resolveType, roundByName } from '../resolve.ts';
import { deadlinesCalendarText } from './deadlines.calendar.ts';
import type { DeadlinesQuerySchema, deadlinesCalendar, listDeadlines } from './deadlines.routes.ts';

type DeadlinesQuery = z.infer<typeof DeadlinesQuerySchema>;

/** max-age with an explicit asOf (the answer changes only with the rules) and with asOf = now. */
const MAX_AGE = 300;
const MAX_AGE_NOW = 60;

/**
 * The query made concrete: rounds, asOf and the cache validator. asOf defaults to now truncated to
 * the minute: every 締切 falls on a whole minute and daysLeft changes at 00:00, so the answer is the
 * same for the whole minute, and the minute can go into the ETag.
 */
const resolveQuery = (registry: Registry, query: DeadlinesQuery, ifNoneMatch: string | undefined) => {
  const defaulted = query.asOf === undefined;
  const asOf: AsOf = defaulted ? asOfInstant(Math.floor(Date.now() / 60_000) * 60_000) : resolveAsOf(query.asOf);
  const round = query.round !== undefined ? roundByName(registry, query.round) : undefined;
  if (round && query.type) resolveType(registry, round, query.type);
  const rulesVersion = round?.rulesVersion ?? registry.version;
  const etag = `"dl-${contentHash(['json', rulesVersion, round?.id ?? '*', query.type ?? '*', query.status ?? '*', asOf.instant].join('|'))}"`;
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': `public, max-age=${defaulted ? MAX_AGE_NOW : MAX_AGE}` };
  return { registry, asOf, round, rulesVersion, headers, fresh: etagMatches(etag, ifNoneMatch) };
};

/**
 * Serialised JSON answers (everything after `asOf`), once per isolate per query and per statuses
 * key (engine/deadlines.ts statusesKey) and JST date: a request then only computes the statuses,
 * and splices its own asOf in front. Bounded: the oldest is dropped past 128.
 */
const ANSWERS_MAX = 128;
const answers = new WeakMap<Registry, Map<string, { rest: string; iso: string; bytes: Uint8Array<ArrayBuffer> }>>();
const utf8 = new TextEncoder();

/** A prepared answer: what the route (or the hot path, lib/fast-path.ts) sends as it is. */
export interface PreparedAnswer {
  status: 200 | 304;
  body: string | Uint8Array<ArrayBuffer> | null;
  headers: Record<string, string>;
}

/** GET /v1/deadlines for a validated query: 304 when If-None-Match matches; a ProblemError for an unknown round/type. */
export const deadlinesAnswer = (registry: Registry, query: DeadlinesQuery, ifNoneMatch: string | undefined): PreparedAnswer => {
  const q = resolveQuery(registry, query, ifNoneMatch);
  if (q.fresh) return { status: 304, body: null, headers: q.headers };
  const rounds = q.round ? [q.round] : q.registry.rounds;
  let cache = answers.get(q.registry);
  if (!cache) {
    cache = new Map();
    answers.set(q.registry, cache);
  }
  const key = [q.rulesVersion, q.round?.id ?? '*', query.type ?? '*', query.status ?? '*', q.asOf.date, statusesKey(rounds, q.asOf, query.type)].join('|');
  let entry = cache.get(key);
  if (entry === undefined) {
    const result = listDeadlinesOf(rounds, q.asOf, { type: query.type, status: query.status });
    const rest = JSON.stringify({ round: q.round?.id ?? null, rulesVersion: q.rulesVersion, ...result }).slice(1);
    if (cache.size >= ANSWERS_MAX) cache.delete(cache.keys().next().value!);
    entry = { rest, iso: '', bytes: new Uint8Array(0) };
    cache.set(key, entry);
  }
  // The answer for the last asOf seen is kept encoded: an explicit asOf (or the same minute) answers the same bytes.
  if (entry.iso !== q.asOf.iso) {
    entry.iso = q.asOf.iso;
    entry.bytes = utf8.encode(`{"asOf":${JSON.stringify(q.asOf.iso)},${entry.rest}`) as Uint8Array<ArrayBuffer>;
  }
  return { status: 200, body: entry.bytes, headers: { ...q.headers, 'Content-Type': 'application/json' } };
};

/**
 * A prepared 200 as a Response, with `headers` (the answer's own; the hot path passes its prebuilt
 * Headers). An encoded body (Content-Encoding) is sent as it is (`encodeBody: 'manual'`: the
 * runtime would otherwise compress it again).
 */
export const preparedResponse = (a: PreparedAnswer, headers: HeadersInit = a.headers): Response =>
  new Response(a.body, { status: 200, headers, ...('Content-Encoding' in a.headers ? { encodeBody: 'manual' as const } : {}) });

const send = (c: Context<AppBindings>, a: PreparedAnswer) =>
  a.body === null ? c.body(null, 304, a.headers) : 'Content-Encoding' in a.headers ? preparedResponse(a) : c.body(a.body, 200, a.headers);

export const listDeadlinesHandler: AppRouteHandler<typeof listDeadlines> = (c) =>
  send(c, deadlinesAnswer(c.get('registry'), c.req.valid('query'), c.req.header('If-None-Match')));

/**
 * The .ics feeds, built once per isolate per (rules version, round, type, status, lang) — and,
 * with a `status` filter, per set of deadlines with that status on asOf (the only way asOf reaches the
 * text: the feed carries no status or days left). The ETag is the text's hash, so it does not
 * change with asOf unless the feed does. Bounded: the oldest feed is dropped past 64.
 *
 * Each feed is also kept gzip-compressed (RFC 9110 §8.4.1.3), made on the first request that
 * accepts gzip: calendar clients ask for it, and the all-rounds feed is ≈ 160 KB of text and
 * ≈ 9 KB gzipped, so the Worker writes 19× fewer bytes (measured in workerd: writing the 160 KB
 * costs more CPU than everything else the request does; npm run bench, "GET /v1/deadlines.ics").
 * The compressed answer is another representation: its own strong ETag (`…-gzip"`), and every
 * answer says `Vary: Accept-Language, Accept-Encoding`.
 */
const FEEDS_MAX = 64;
interface Feed {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  /** The gzip representation, once made; its ETag. */
  gzip?: Promise<Uint8Array<ArrayBuffer>>;
  gzipEtag: string;
}
const feeds = new WeakMap<Registry, Map<string, Feed>>();

const feedFor = (registry: Registry, key: string, build: () => string): Feed => {
  let cache = feeds.get(registry);
  if (!cache) {
    cache = new Map();
    feeds.set(registry, cache);
  }
  let feed = cache.get(key);
  if (!feed) {
    const text = build();
    const hash = contentHash(text);
    // Encoded once: a request then answers the stored UTF-8 bytes (no 100 KB encoding per request).
    feed = { bytes: new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>, etag: `"ics-${hash}"`, gzipEtag: `"ics-${hash}-gzip"` };
    if (cache.size >= FEEDS_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, feed);
  }
  return feed;
};

/** gzip of bytes (the runtime's CompressionStream). */
const gzip = async (bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> =>
  new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());

/**
 * Whether an Accept-Encoding field value (RFC 9110 §12.5.3) accepts gzip: `gzip`, `x-gzip` or `*`
 * listed with a q-value above 0 (and gzip not refused by name when accepted through `*`).
 */
export const acceptsGzip = (field: string | null | undefined): boolean => {
  if (!field) return false;
  let named: boolean | undefined;
  let star = false;
  for (const part of field.split(',')) {
    const [coding = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') named = (named ?? false) || ok;
    else if (coding === '*') star = ok;
  }
  return named ?? star;
};

const CALENDAR_VARY = 'Accept-Language, Accept-Encoding';

/**
 * GET /v1/deadlines.ics for a validated query (see {@link deadlinesAnswer}); `acceptEncoding` the
 * request's Accept-Encoding: gzip when it accepts it (a promise only the first time a feed is compressed).
 */
export const calendarAnswer = (
  registry: Registry,
  query: DeadlinesQuery,
  lang: Lang,
  ifNoneMatch: string | undefined,
  acceptEncoding?: string | null,
): PreparedAnswer | Promise<PreparedAnswer> => {
  const round = query.round !== undefined ? roundByName(registry, query.round) : undefined;
  if (round && query.type) resolveType(registry, round, query.type);
  const rounds = round ? [round] : registry.rounds;
  // asOf matters only with a status filter (which deadlines are open or closed on it).
  const asOf: AsOf | undefined = query.status === undefined ? undefined : query.asOf === undefined ? asOfInstant(Date.now()) : resolveAsOf(query.asOf);
  const key = [
    round?.rulesVersion ?? registry.version,
    round?.id ?? '*',
    query.type ?? '*',
    query.status ?? '*',
    lang,
    asOf && query.status ? statusSignature(rounds, asOf, query.status, query.type) : '',
  ].join('|');
  const feed = feedFor(registry, key, () => {
    const { deadlines } = listDeadlinesOf(rounds, asOf ?? asOfInstant(0), { type: query.type, status: query.status });
    return deadlinesCalendarText(registry, deadlines, lang);
  });
  const gzipped = acceptsGzip(acceptEncoding);
  const etag = gzipped ? feed.gzipEtag : feed.etag;
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': `public, max-age=${asOf && query.asOf === undefined ? MAX_AGE_NOW : MAX_AGE}`,
    Vary: CALENDAR_VARY,
  };
  if (etagMatches(etag, ifNoneMatch)) return { status: 304, body: null, headers };
  const own = { ...headers, 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="it-hojo-deadlines.ics"' };
  if (!gzipped) return { status: 200, body: feed.bytes, headers: own };
  feed.gzip ??= gzip(feed.bytes);
  return feed.gzip.then((body) => ({ status: 200, body, headers: { ...own, 'Content-Encoding': 'gzip' } }));
};

export const deadlinesCalendarHandler: AppRouteHandler<typeof deadlinesCalendar> = async (c) =>
  send(c, await calendarAnswer(c.get('registry'), c.req.valid('query'), c.get('lang'), c.req.header('If-None-Match'), c.req.header('Accept-Encoding')));
