/**
 * A rule file with a broken value must stop the build and the tests with a message that names
 * the file and the JSON path (issue 7). Fixtures in test/fixtures/rules/broken-*.json are copies of
 * the valid fixture round r99.json with one defect each; nothing here edits a real round.
 */
import { describe, expect, it } from 'vitest';
import { createRegistry, parseRuleFile } from '../src/rules/parse.ts';
import { RuleFileError } from '../src/rules/registry.ts';
import deadlineOrder from './fixtures/rules/broken-deadline-order.json';
import floatRate from './fixtures/rules/broken-float-rate.json';
import misplacedKey from './fixtures/rules/broken-misplaced-key.json';
import unknownDocument from './fixtures/rules/broken-unknown-document.json';
import unconfirmedWithoutReason from './fixtures/rules/broken-unconfirmed-without-reason.json';
import blogOnlyConfirmed from './fixtures/rules/broken-blog-only-confirmed.json';
import r99 from './fixtures/rules/r99.json';

const cases = [
  {
    name: 'a key moved out of its object (monthsLimit.cloud written as lines[0].cloud) is rejected by the strict schema at that object, naming the key',
    file: 'broken-misplaced-key.json',
    raw: misplacedKey,
    path: 'types[0].lines[0]',
    key: 'cloud',
    why: 'every object in the rule schema is strict: an unknown key is an error, so a value filed at the wrong level cannot be silently ignored',
  },
  {
    name: 'a rate written as a float (0.5) instead of a fraction ("1/2") is rejected at the rate',
    file: 'broken-float-rate.json',
    raw: floatRate,
    path: 'types[0].lines[0].rate.segments[0].choices[1].rate',
    why: 'rates are exact fractions of integers (money is BigInt rationals); 0.5 as a float would bring binary rounding onto the money path',
  },
  {
    name: 'a schedule whose phase 2 closes before phase 1 is rejected at the out-of-order deadline',
    file: 'broken-deadline-order.json',
    raw: deadlineOrder,
    path: 'schedule[0].deadlines[1]',
    why: '締切 phases are numbered in date order (2099-06-01 phase 1, then 2099-05-01 phase 2 is impossible); nextDeadline relies on the order',
  },
  {
    name: 'a source naming a document the file does not list (doc "no-such-document") is rejected at that reference',
    file: 'broken-unknown-document.json',
    raw: unknownDocument,
    path: 'schedule[0].deadlines[0].source.doc',
    key: 'no-such-document',
    why: 'every citation must lead to a document a user can find: a reference to an unlisted id would reach answers without a title, URL or authority',
  },
  {
    name: 'an unconfirmed value without a reason is rejected where the reason is missing',
    file: 'broken-unconfirmed-without-reason.json',
    raw: unconfirmedWithoutReason,
    path: 'types[4].group.admin.capFormula.reason',
    why: 'answers that use an unconfirmed value say why, in Japanese and English; the reason must be in the rule file',
  },
  {
    name: 'a value whose only source is a blog (document test-fixture graded blog) but not marked unconfirmed is rejected at its confidence',
    file: 'broken-blog-only-confirmed.json',
    raw: blogOnlyConfirmed,
    path: 'window.opensOn.confidence',
    key: 'blog',
    why: 'grading: without an official or official-quoted source a value cannot be confirmed, however many blogs, portals or datasets agree',
  },
];

describe('a broken rule file fails loudly, naming the file and the JSON path', () => {
  it('the valid fixture the broken ones are derived from parses (so each failure below is the one defect)', () => {
    expect(() => parseRuleFile('r99.json', r99)).not.toThrow();
  });

  for (const c of cases) {
    it(c.name, () => {
      let error: unknown;
      try {
        parseRuleFile(c.file, c.raw);
      } catch (e) {
        error = e;
      }
      expect(error, c.why).toBeInstanceOf(RuleFileError);
      const e = error as RuleFileError;
      expect(e.fileName).toBe(c.file);
      expect(e.issues.map((i) => i.path)).toContain(c.path);
      expect(e.message).toContain(`rules/${c.file}`);
      expect(e.message).toContain(`at ${c.path}`);
      // zod reports an unknown key at its parent object; the key itself is in the message.
      if ('key' in c) expect(e.message).toContain(c.key);
    });

    it(`createRegistry refuses a set of files containing ${c.file} (the production loading path)`, () => {
      const renamed = { ...(c.raw as object), id: 'r99' };
      expect(() => createRegistry({ 'r99.json': renamed })).toThrowError(
        new RegExp(`rules/r99\\.json is invalid:[\\s\\S]*at ${c.path.replace(/[.[\]]/g, '\\$&')}`),
      );
    });
  }
});
