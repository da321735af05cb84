/**
 * The rule registry: the validated rule files (src/rules/parse.ts validates them against the
 * strict schema: at build time for the Worker, in the tests), their sources resolved once per
 * isolate. This module does not import the zod schema, so an isolate never builds it.
 */
import type { PublicSource, RuleFile, RuleFileInput, SourceRef, TypeId, TypeRule } from './schema.ts';

export interface Round {
  readonly id: string;
  readonly fileName: string;
  /** Round id + a hash of the file's content, e.g. `r6-1a2b3c4d5e6f7a8b`. */
  readonly rulesVersion: string;
  /** The rules with every source resolved to a {@link PublicSource} (what engines read). */
  readonly rules: RuleFile;
  /** The file as written (documents + references), for GET /v1/rounds/{id}. */
  readonly file: RuleFileInput;
}

export class RuleFileError extends Error {
  readonly fileName: string;
  readonly issues: { path: string; message: string }[];
  constructor(fileName: string, issues: { path: string; message: string }[]) {
    super(`rules/${fileName} is invalid:\n${issues.map((i) => `  at ${i.path || '(root)'}: ${i.message}`).join('\n')}`);
    this.name = 'RuleFileError';
    this.fileName = fileName;
    this.issues = issues;
  }
}

import { contentHash } from './content-hash.js';

export { contentHash };

/**
 * The file with every `source` / `alsoIn` reference replaced by its public source object, once
 * per file. Equal references share one object, so code that collects sources in a Set dedupes.
 */
export const resolveSources = (file: RuleFileInput): RuleFile => {
  const docs = new Map(file.documents.map((d) => [d.id, d]));
  const interned = new Map<string, PublicSource>();
  const resolve = (ref: SourceRef): PublicSource => {
    const key = `${ref.doc}\u0000${ref.locator ?? ''}`;
    let out = interned.get(key);
    if (!out) {
      const d = docs.get(ref.doc)!;
      out = Object.freeze({
        doc: d.id,
        title: d.title.ja,
        publisher: d.publisher,
        date: d.date ?? null,
        url: d.url ?? null,
        locator: ref.locator ?? null,
        authority: d.authority,
      });
      interned.set(key, out);
    }
    return out;
  };
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (!x || typeof x !== 'object') return x;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      if (k === 'source' && v && typeof v === 'object') out[k] = resolve(v as SourceRef);
      else if (k === 'alsoIn' && Array.isArray(v)) out[k] = v.map((r) => resolve(r as SourceRef));
      else if (k === 'documents') out[k] = v;
      else out[k] = walk(v);
    }
    return out;
  };
  return walk(file) as RuleFile;
};

/** One line naming a source for text: 「title」 locator. */
export const sourceLabel = (s: PublicSource): string => `「${s.title}」${s.locator ? ` ${s.locator}` : ''}`;

export interface Registry {
  readonly rounds: readonly Round[];
  /** A round by id (`r6`) or alias (`2025`). */
  byName(name: string): Round | undefined;
  type(round: Round, type: TypeId): TypeRule | undefined;
  /** All ids and aliases, for error messages. */
  readonly names: readonly string[];
  /** A hash over every round's version, for responses that span rounds. */
  readonly version: string;
}

/** One validated rule file: its name, its content hash (the rulesVersion suffix) and what {@link parseRuleFile} returned. */
export interface ParsedRuleFile {
  readonly fileName: string;
  readonly hash: string;
  readonly file: RuleFileInput;
}

/** The registry of validated files (the production one: from src/rules/rules.parsed.gen.ts). */
export const registryOf = (files: readonly ParsedRuleFile[]): Registry => {
  // Ordinal order of the ISO dates: localeCompare would load the ICU collator at isolate start (≈40 ms).
  const opens = (f: ParsedRuleFile) => f.file.window.opensOn.value;
  const parsed = [...files].sort((a, b) => (opens(a) < opens(b) ? -1 : opens(a) > opens(b) ? 1 : 0));

  // Which round a date means is decided by src/engine/round-status.ts (defaultRound), not here.
  const rounds: Round[] = parsed.map(({ fileName, hash, file }) => ({
    id: file.id,
    fileName,
    rulesVersion: `${file.id}-${hash}`,
    rules: resolveSources(file),
    file,
  }));

  const index = new Map<string, Round>();
  for (const round of rounds) {
    for (const name of [round.id, ...round.rules.aliases]) {
      if (index.has(name)) throw new RuleFileError(round.fileName, [{ path: 'aliases', message: `"${name}" is already used by ${index.get(name)!.fileName}` }]);
      index.set(name, round);
    }
  }

  return {
    rounds,
    names: [...index.keys()],
    version: contentHash(rounds.map((r) => r.rulesVersion).join(',')),
    byName: (name) => index.get(name),
    type: (round, type) => round.rules.types.find((t) => t.id === type),
  };
};
