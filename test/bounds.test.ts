/**
 * Bounds on what one request may cost: the documented maximum 複数社連携 group (MAX_GROUP_MEMBERS,
 * 400 above it), answers of at most 256 KiB for the largest valid requests, and error lists
 * truncated to MAX_FIELD_ERRORS with the total in `errorCount`.
 */
import { describe, expect, it } from 'vitest';
import { api, expectProblem, postJson } from './helpers.ts';
import { MAX_GROUP_MEMBERS } from '../src/routes/estimate/estimate.schemas.ts';
import { MAX_FIELD_ERRORS } from '../src/lib/problem.ts';

const member = (i: number) => ({
  software: 1_000_000 + i,
  services: 200_000,
  pc: 100_000 + i,
  size: i % 3 ? 'sme' : 'small',
  functions: ['accounting', 'ordering', 'payment'],
});
const group = (n: number, memberCosts = n) => ({
  round: 'r6',
  asOf: '2025-06-01',
  type: 'multi-company',
  applicant: { size: 'sme' },
  functions: ['accounting', 'ordering'],
  group: { members: n, analysis: 30_000_000, admin: 5_000_000, memberCosts: Array.from({ length: memberCosts }, (_, i) => member(i)) },
});
const MAX_ANSWER = 256 * 1024;

describe('the maximum group', () => {
  it(`is ${MAX_GROUP_MEMBERS} members: ${MAX_GROUP_MEMBERS} answer 200 in at most 256 KiB (ja and en)`, async () => {
    for (const lang of ['ja', 'en']) {
      const res = await postJson(`/v1/estimate?lang=${lang}`, group(MAX_GROUP_MEMBERS));
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_ANSWER);
      const body = JSON.parse(text);
      expect(body.group.memberResults).toHaveLength(MAX_GROUP_MEMBERS);
    }
  });

  it(`${MAX_GROUP_MEMBERS + 1} members or memberCosts entries → 400 naming the field`, async () => {
    const tooMany = await expectProblem(await postJson('/v1/estimate', group(MAX_GROUP_MEMBERS + 1, 1)), 400, 'validation_failed');
    expect(tooMany.errors).toEqual([expect.objectContaining({ path: 'group.members', code: 'too_big' })]);
    const costs = group(10, MAX_GROUP_MEMBERS + 1);
    const tooManyCosts = await expectProblem(await postJson('/v1/estimate', costs), 400, 'validation_failed');
    expect(tooManyCosts.errors).toEqual([expect.objectContaining({ path: 'group.memberCosts', code: 'too_big' })]);
  });

  it(
    `GET with group.memberCosts.${MAX_GROUP_MEMBERS}.software (member ${MAX_GROUP_MEMBERS + 1}` + `) → 400; member ${MAX_GROUP_MEMBERS} answers under 256 KiB`,
    async () => {
      const base = `/v1/estimate?round=r6&asOf=2025-06-01&type=multi-company&applicant.size=sme&group.members=${MAX_GROUP_MEMBERS}`;
      await expectProblem(await api(`${base}&group.memberCosts.${MAX_GROUP_MEMBERS}.software=1`), 400, 'validation_failed');
      const ok = await api(`${base}&group.memberCosts.${MAX_GROUP_MEMBERS - 1}.software=1`);
      expect(ok.status).toBe(200);
      expect((await ok.arrayBuffer()).byteLength).toBeLessThanOrEqual(MAX_ANSWER);
    },
  );
});

describe('error lists', () => {
  it(`list at most ${MAX_FIELD_ERRORS} fields, the total in errorCount and the detail: 200 members × 5 wrong fields = 1000`, async () => {
    const body = group(MAX_GROUP_MEMBERS);
    body.group.memberCosts = Array.from({ length: MAX_GROUP_MEMBERS }, () => ({ software: -1, services: 'x', pc: 1.5, register: -2, size: 'huge' })) as never;
    const res = await postJson('/v1/estimate?lang=en', body);
    const text = await res.clone().text();
    const problem = await expectProblem(res, 400, 'validation_failed');
    expect(problem.errors).toHaveLength(MAX_FIELD_ERRORS);
    expect(problem.errorCount).toBe(MAX_GROUP_MEMBERS * 5);
    expect(problem.detail).toContain(String(MAX_GROUP_MEMBERS * 5));
    expect(problem.errors[0]).toMatchObject({ path: 'group.memberCosts.0.software' });
    expect(text.length).toBeLessThan(16 * 1024);
  });

  it(`${MAX_FIELD_ERRORS} errors or fewer: no errorCount`, async () => {
    const problem = await expectProblem(
      await postJson('/v1/estimate', { type: 'invoice', applicant: { size: 'sme' }, costs: { software: -1 } }),
      400,
      'validation_failed',
    );
    expect(problem.errors.length).toBeLessThanOrEqual(MAX_FIELD_ERRORS);
    expect(problem).not.toHaveProperty('errorCount');
  });
});

describe('the answers stay small for the largest reads', () => {
  it('every deadline of every round (JSON and .ics) and the largest rule file answer at most 256 KiB', async () => {
    for (const path of ['/v1/deadlines', '/v1/deadlines.ics', '/v1/deadlines.ics?lang=en', '/v1/rounds/r6', '/v1/rounds/r7']) {
      const res = await api(path);
      expect(res.status, path).toBe(200);
      expect((await res.arrayBuffer()).byteLength, path).toBeLessThanOrEqual(MAX_ANSWER);
    }
  });
});
