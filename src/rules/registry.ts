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
 * Replaces, in place, every `source` / `alsoIn` reference of a parsed file that nothing else holds
 * by its public source object; `documents` stay as written. Equal references share one object, so
 * code that collects sources in a Set dedupes. In place: a new isolate resolves the production
 * files without copying them (about 20 ms of its start in workerd when they were copied).
 */
const resolveInPlace = (tree: RuleFileInput): RuleFile => {
  const docs = new Map(tree.documents.map((d) => [d.id, d]));
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
  const walk = (x: object): void => {
    if (Array.isArray(x)) {
      for (const v of x) if (v && typeof v === 'object') walk(v);
      return;
    }
    const o = x as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      if (!v || typeof v !== 'object') continue;
      if (k === 'source') o[k] = resolve(v as SourceRef);
      else if (k === 'alsoIn' && Array.isArray(v)) o[k] = v.map((r) => resolve(r as SourceRef));
      else if (k !== 'documents') walk(v);
    }
  };
  walk(tree);
  return tree as unknown as RuleFile;
};

/**
 * The file with every `source` / `alsoIn` reference replaced by its public source object (a copy:
 * the file itself is left as written), once per file; equal references share one object.
 */
export const resolveSources = (file: RuleFileInput): RuleFile => {
  const copy = JSON.parse(JSON.stringify({ ...file, documents: [] })) as RuleFileInput;
  copy.documents = file.documents;
  return resolveInPlace(copy);
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

interface Entry {
  readonly fileName: string;
  readonly hash: string;
  readonly rules: RuleFile;
  /** The file as written (GET /v1/rounds/{id}). */
  file(): RuleFileInput;
}

/** The registry of validated files (tests; the production one is {@link registryFromJson}). */
export const registryOf = (files: readonly ParsedRuleFile[]): Registry =>
  registryOfEntries(files.map(({ fileName, hash, file }) => ({ fileName, hash, rules: resolveSources(file), file: () => file })));

/**
 * The production registry, from the JSON text of the validated files (src/rules/rules.parsed.gen.ts,
 * written by the build): parsed once and resolved in place; the files as written are parsed again
 * from the same text on first use (only GET /v1/rounds/{id} reads them).
 */
export const registryFromJson = (text: string): Registry => {
  let asWritten: readonly ParsedRuleFile[] | undefined;
  const written = (i: number) => {
    asWritten ??= JSON.parse(text) as ParsedRuleFile[];
    return asWritten[i]!.file;
  };
  const parsed = JSON.parse(text) as ParsedRuleFile[];
  return registryOfEntries(
    parsed.map(({ fileName, hash, file }, i) => ({
      fileName,
      hash,
      rules: resolveInPlace(file),
      file: () => written(i),
    })),
  );
};

const registryOfEntries = (entries: readonly Entry[]): Registry => {
  // Ordinal order of the ISO dates: localeCompare would load the ICU collator at isolate start (≈40 ms).
  const opens = (e: Entry) => e.rules.window.opensOn.value;
  const sorted = [...entries].sort((a, b) => (opens(a) < opens(b) ? -1 : opens(a) > opens(b) ? 1 : 0));

  // Which round a date means is decided by src/engine/round-status.ts (defaultRound), not here.
  const rounds: Round[] = sorted.map(({ fileName, hash, rules, file }) => ({
    id: rules.id,
    fileName,
    rulesVersion: `${rules.id}-${hash}`,
    rules,
    get file() {
      return file();
    },
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
