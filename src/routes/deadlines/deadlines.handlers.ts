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

const send = (c: Context<AppBindings>, a: PreparedAnswer) => (a.body === null ? c.body(null, 304, a.headers) : c.body(a.body, 200, a.headers));

export const listDeadlinesHandler: AppRouteHandler<typeof listDeadlines> = (c) =>
  send(c, deadlinesAnswer(c.get('registry'), c.req.valid('query'), c.req.header('If-None-Match')));

/**
 * The .ics feeds, built once per isolate per (rules version, round, type, status, lang) — and,
 * with a `status` filter, per set of deadlines with that status on asOf (the only way asOf reaches the
 * text: the feed carries no status or days left). The ETag is the text's hash, so it does not
 * change with asOf unless the feed does. Bounded: the oldest feed is dropped past 64.
 */
const FEEDS_MAX = 64;
const feeds = new WeakMap<Registry, Map<string, { bytes: Uint8Array<ArrayBuffer>; etag: string }>>();

const feedFor = (registry: Registry, key: string, build: () => string) => {
  let cache = feeds.get(registry);
  if (!cache) {
    cache = new Map();
    feeds.set(registry, cache);
  }
  let feed = cache.get(key);
  if (!feed) {
    const text = build();
    // Encoded once: a request then answers the stored UTF-8 bytes (no 100 KB encoding per request).
    feed = { bytes: new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>, etag: `"ics-${contentHash(text)}"` };
    if (cache.size >= FEEDS_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, feed);
  }
  return feed;
};

/** GET /v1/deadlines.ics for a validated query (see {@link deadlinesAnswer}). */
export const calendarAnswer = (registry: Registry, query: DeadlinesQuery, lang: Lang, ifNoneMatch: string | undefined): PreparedAnswer => {
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
  const headers: Record<string, string> = {
    ETag: feed.etag,
    'Cache-Control': `public, max-age=${asOf && query.asOf === undefined ? MAX_AGE_NOW : MAX_AGE}`,
    Vary: 'Accept-Language',
  };
  if (etagMatches(feed.etag, ifNoneMatch)) return { status: 304, body: null, headers };
  return {
    status: 200,
    body: feed.bytes,
    headers: { ...headers, 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="it-hojo-deadlines.ics"' },
  };
};

export const deadlinesCalendarHandler: AppRouteHandler<typeof deadlinesCalendar> = (c) =>
  send(c, calendarAnswer(c.get('registry'), c.req.valid('query'), c.get('lang'), c.req.header('If-None-Match')));
