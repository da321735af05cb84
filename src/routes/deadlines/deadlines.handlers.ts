import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import type { AppBindings, AppRouteHandler } from '../../lib/types.ts';
import { listDeadlines as listDeadlinesOf } from '../../engine/deadlines.ts';
import { asOfInstant, type AsOf } from '../../engine/time.ts';
import { contentHash } from '../../rules/registry.ts';
import { resolveAsOf, resolveType, roundByName } from '../resolve.ts';
import { deadlinesCalendarText } from './deadlines.calendar.ts';
import type { DeadlinesQuerySchema, deadlinesCalendar, listDeadlines } from './deadlines.routes.ts';

/** max-age with an explicit asOf (the answer changes only with the rules) and with asOf = now. */
const MAX_AGE = 300;
const MAX_AGE_NOW = 60;

/**
 * The query made concrete: rounds, asOf and the cache validator. asOf defaults to now truncated to
 * the minute: every 締切 falls on a whole minute and daysLeft changes at 00:00, so the answer is the
 * same for the whole minute, and the minute can go into the ETag.
 */
const resolveQuery = (c: Context<AppBindings>, query: z.infer<typeof DeadlinesQuerySchema>, kind: 'json' | 'ics') => {
  const registry = c.get('registry');
  const defaulted = query.asOf === undefined;
  const asOf: AsOf = defaulted ? asOfInstant(Math.floor(Date.now() / 60_000) * 60_000) : resolveAsOf(query.asOf);
  const round = query.round !== undefined ? roundByName(registry, query.round) : undefined;
  if (round && query.type) resolveType(registry, round, query.type);
  const rulesVersion = round?.rulesVersion ?? registry.version;
  // The .ics text is language-dependent; the JSON is not.
  const lang = kind === 'ics' ? c.get('lang') : '';
  const etag = `"dl-${contentHash([kind, rulesVersion, round?.id ?? '*', query.type ?? '*', query.status ?? '*', asOf.instant, lang].join('|'))}"`;
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': `public, max-age=${defaulted ? MAX_AGE_NOW : MAX_AGE}` };
  if (kind === 'ics') headers.Vary = 'Accept-Language';
  return { registry, asOf, round, rulesVersion, headers, fresh: matches(etag, c.req.header('If-None-Match')) };
};

/** If-None-Match (RFC 9110 §13.1.2): `*` or any listed tag, compared weakly. */
const matches = (etag: string, ifNoneMatch: string | undefined): boolean => {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return (ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => tag.replace(/^W\//, '') === etag);
};

export const listDeadlinesHandler: AppRouteHandler<typeof listDeadlines> = (c) => {
  const query = c.req.valid('query');
  const q = resolveQuery(c, query, 'json');
  if (q.fresh) return c.body(null, 304, q.headers);
  const result = listDeadlinesOf(q.round ? [q.round] : q.registry.rounds, q.asOf, { type: query.type, status: query.status });
  return c.json({ asOf: q.asOf.iso, round: q.round?.id ?? null, rulesVersion: q.rulesVersion, ...result }, 200, q.headers);
};

export const deadlinesCalendarHandler: AppRouteHandler<typeof deadlinesCalendar> = (c) => {
  const query = c.req.valid('query');
  const q = resolveQuery(c, query, 'ics');
  if (q.fresh) return c.body(null, 304, q.headers);
  const { deadlines } = listDeadlinesOf(q.round ? [q.round] : q.registry.rounds, q.asOf, { type: query.type, status: query.status });
  return c.body(deadlinesCalendarText(q.registry, deadlines, c.get('lang')), 200, {
    ...q.headers,
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': 'inline; filename="it-hojo-deadlines.ics"',
  });
};
