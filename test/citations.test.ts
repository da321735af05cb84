/**
 * Citations a user can follow: every rule file lists its documents (graded), every value refers to
 * one of them, and no internal reference (a working note, a file name, a "§" of a note) reaches a
 * rule file or an answer. Answers carry sources as objects a site can link.
 */
import { describe, expect, it } from 'vitest';
import { ruleFiles } from '../src/rules/rules.gen.ts';
import { AUTHORITIES } from '../src/rules/schema.ts';
import committedSchema from '../rules/rules.schema.json';
import { api, json, postJson } from './helpers.ts';

/** What must never appear: a working note, its sections, seed file names, the reference folder. */
const INTERNAL = /fact[ -]?sheet|§|\bseeds?\b|[0-9a-f]{3}_[0-9a-f]{16}\.txt|it-hojo-rules-facts|koubo-2025|sources-2026/i;

interface Case {
  name: string;
  input: Record<string, unknown>;
}
const estimateCases = import.meta.glob<Case[]>('./cases/estimate/*.json', { eager: true, import: 'default' });
const eligibilityCases = import.meta.glob<Case[]>('./cases/eligibility/*.json', { eager: true, import: 'default' });

/** Every string in a JSON value that matches INTERNAL, with its path. */
const internalRefs = (value: unknown, path = ''): string[] => {
  if (typeof value === 'string') return INTERNAL.test(value) ? [`${path}: ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => internalRefs(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => internalRefs(v, `${path}.${k}`));
  return [];
};

/** Every source object in an answer is a public, graded source. */
const badSources = (value: unknown, path = ''): string[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => badSources(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const at = `${path}.${k}`;
    const check = (s: unknown, p: string) => {
      const o = s as Record<string, unknown> | null;
      if (o === null && k === 'decisionSource') return;
      if (o === null && /basis$/i.test(path)) return; // no row decided: no source
      if (!o || typeof o !== 'object' || typeof o.title !== 'string' || !('url' in o) || !('locator' in o) || !AUTHORITIES.includes(o.authority as never))
        out.push(`${p}: ${JSON.stringify(s)}`);
    };
    if (k === 'source' || k === 'decisionSource') check(v, at);
    else if (k === 'sources' && Array.isArray(v)) for (const [i, s] of v.entries()) check(s, `${at}[${i}]`);
    else out.push(...badSources(v, at));
  }
  return out;
};

describe('rule files cite public documents', () => {
  it('no rule file contains an internal reference (working note, "§", seed file name)', () => {
    for (const [name, file] of Object.entries(ruleFiles)) expect(internalRefs(file, name)).toEqual([]);
    expect(internalRefs(committedSchema, 'rules.schema.json')).toEqual([]);
  });

  it('every document has a title, a publisher and an authority grade; a url is https', () => {
    for (const [name, file] of Object.entries(ruleFiles) as [string, any][]) {
      expect(file.documents.length, name).toBeGreaterThan(0);
      for (const d of file.documents) {
        expect(d.title.ja.length, `${name} ${d.id}`).toBeGreaterThan(3);
        expect(d.publisher.length, `${name} ${d.id}`).toBeGreaterThan(1);
        expect(AUTHORITIES, `${name} ${d.id}`).toContain(d.authority);
        if (d.url) expect(d.url, `${name} ${d.id}`).toMatch(/^https:\/\//);
      }
    }
  });

  it('grading: a value whose sources (source + alsoIn) are all blog, portal or dataset is unconfirmed, with a ja/en reason', () => {
    const weak = ['blog', 'portal', 'dataset'];
    const found: string[] = [];
    let graded = 0;
    for (const [name, file] of Object.entries(ruleFiles) as [string, any][]) {
      const authority = new Map<string, string>(file.documents.map((d: any) => [d.id, d.authority]));
      const walk = (x: unknown, path: string) => {
        if (Array.isArray(x)) {
          x.forEach((v, i) => {
            walk(v, `${path}[${i}]`);
          });
          return;
        }
        if (!x || typeof x !== 'object') return;
        const o = x as Record<string, any>;
        if (o.source?.doc) {
          const grades = [o.source, ...(o.alsoIn ?? [])].map((r: any) => authority.get(r.doc));
          if (grades.every((g) => weak.includes(g!))) {
            graded++;
            if (o.confidence !== 'unconfirmed' || !o.reason?.ja || !o.reason?.en) found.push(`${name} ${path}: ${grades.join(', ')}`);
          }
        }
        for (const [k, v] of Object.entries(o)) if (k !== 'source' && k !== 'alsoIn' && k !== 'documents') walk(v, `${path}.${k}`);
      };
      walk(file, '');
    }
    expect(found).toEqual([]);
    // The rule has something to grade: the files do rest partly on blogs, portals and datasets.
    expect(graded).toBeGreaterThan(50);
  });

  it('the three government documents are cited by publisher, title and date', () => {
    const docs = Object.values(ruleFiles).flatMap((f: any) => f.documents);
    const byId = (id: string) => docs.find((d: any) => d.id === id);
    expect(byId('chusho-r4-overview')).toMatchObject({
      publisher: '中小企業庁',
      title: { ja: 'サービス等生産性向上IT導入支援事業（IT導入補助金）令和４年度補正予算の概要' },
      authority: 'official',
    });
    expect(byId('chusho-r4-overview').date).toContain('令和５年３月');
    expect(byId('tohoku-meti-2023-01')).toMatchObject({ title: { ja: 'IT導入補助金について' }, authority: 'official' });
    expect(byId('tohoku-meti-2023-01').publisher).toContain('東北経済産業局');
    expect(byId('tohoku-meti-2023-01').date).toContain('2023-01-27');
    expect(byId('it2025-leaflet').title.ja).toContain('IT導入補助金2025');
  });
});

describe('case files name public documents', () => {
  const all = import.meta.glob<{ name: string; why: string }[]>('./cases/*/*.json', { eager: true, import: 'default' });
  it('no case (example or not) has an internal reference in its name or why', () => {
    const found: string[] = [];
    let n = 0;
    for (const [file, list] of Object.entries(all))
      for (const c of list) {
        n++;
        for (const k of ['name', 'why'] as const) if (INTERNAL.test(c[k])) found.push(`${file} ${c.name} ${k}: ${c[k].slice(0, 120)}`);
      }
    expect(n).toBeGreaterThan(600);
    expect(found).toEqual([]);
  });
  it('the check can fail: a working-note reference is caught', () => {
    for (const bad of ['fact sheet §1.1: ①', 'seed 004: 「10者以上」', 'per 000_4e28ad2cccac6727.txt', '§2.3']) expect(INTERNAL.test(bad), bad).toBe(true);
    expect(INTERNAL.test('中小企業庁「…令和４年度補正予算の概要」（令和５年３月） <複数社連携IT導入類型>')).toBe(false);
  });
});

describe('answers carry sources as public objects and no internal reference', () => {
  const check = (body: unknown, where: string) => {
    expect(internalRefs(body, where)).toEqual([]);
    expect(badSources(body, where)).toEqual([]);
  };

  it('every estimate case input (ja and en)', async () => {
    let n = 0;
    for (const [file, cases] of Object.entries(estimateCases)) {
      for (const c of cases) {
        for (const lang of ['ja', 'en']) {
          check(await json(await postJson(`/v1/estimate?lang=${lang}`, c.input)), `${file} ${c.name} (${lang})`);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(50);
  });

  it('every eligibility case input (ja and en)', async () => {
    let n = 0;
    for (const [file, cases] of Object.entries(eligibilityCases)) {
      for (const c of cases) {
        for (const lang of ['ja', 'en']) {
          check(await json(await postJson(`/v1/eligibility?lang=${lang}`, c.input)), `${file} ${c.name} (${lang})`);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(50);
  });

  it('rounds, every round file, deadlines and the calendar (ja and en)', async () => {
    check(await json(await api('/v1/rounds?asOf=2026-12-01')), 'rounds');
    for (const id of ['r3', 'r4', 'r5', 'r6', 'r7']) {
      expect(internalRefs(await json(await api(`/v1/rounds/${id}`)), id)).toEqual([]);
      check(
        await json(
          await postJson('/v1/estimate/compare', {
            round: id,
            applicant: { size: 'sme' },
            processes: 4,
            functions: ['accounting', 'ordering'],
            costs: { software: 2_000_000, pc: 100_000 },
          }),
        ),
        `compare ${id}`,
      );
    }
    check(await json(await api('/v1/deadlines?asOf=2022-01-01')), 'deadlines');
    for (const lang of ['ja', 'en']) {
      const ics = await (await api(`/v1/deadlines.ics?lang=${lang}`)).text();
      expect(INTERNAL.test(ics), `.ics ${lang}`).toBe(false);
    }
  });

  it('the worked examples of every round (GET /v1/rounds/{id}/examples) name public documents only', async () => {
    let n = 0;
    for (const id of Object.keys(ruleFiles).map((f) => f.replace(/\.json$/, ''))) {
      const res = await api(`/v1/rounds/${id}/examples`);
      expect(res.status, id).toBe(200);
      const body = await json(res);
      expect(internalRefs(body, `examples ${id}`)).toEqual([]);
      n += JSON.stringify(body).match(/"why"/g)?.length ?? 0;
    }
    expect(n).toBeGreaterThan(20);
  });

  it('a deadline names its document with title, url, locator and authority', async () => {
    const body = await json(await api('/v1/deadlines?round=r6&type=regular&asOf=2025-12-03'));
    expect(body.next.regular.source).toMatchObject({ doc: 'it2025-leaflet', title: expect.stringContaining('IT導入補助金2025'), authority: 'official' });
    expect(body.next.regular.source).toHaveProperty('url');
    expect(body.next.regular.source.locator).toContain('第8次');
  });
});
