/**
 * Validation of rule files against the strict schema (src/rules/schema.ts): a broken file fails
 * loudly with its file name and JSON path. Run at build time (scripts/build-modules.mjs writes the
 * validated files to src/rules/rules.parsed.gen.ts, which the Worker loads) and by the tests; the
 * Worker never imports this module, so no isolate builds the zod schema.
 */
import { contentHash, type ParsedRuleFile, type Registry, RuleFileError, registryOf } from './registry.ts';
import { RuleFile as RuleFileSchema, type RuleFileInput } from './schema.ts';

const jsonPath = (path: readonly PropertyKey[]): string =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');

/** Validates one file; throws {@link RuleFileError} naming the file and the JSON path. */
export const parseRuleFile = (fileName: string, raw: unknown): RuleFileInput => {
  const result = RuleFileSchema.safeParse(raw);
  if (!result.success) {
    throw new RuleFileError(
      fileName,
      result.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    );
  }
  if (`${result.data.id}.json` !== fileName) {
    throw new RuleFileError(fileName, [{ path: 'id', message: `id "${result.data.id}" must match the file name` }]);
  }
  return result.data;
};

/**
 * Every file validated against the strict schema ({@link parseRuleFile}). `hashes` may carry each
 * file's contentHash(JSON.stringify(file)) precomputed by scripts/rules-index.mjs; files without
 * one are hashed here. The build runs this (scripts/build-modules.mjs writes the result to
 * src/rules/rules.parsed.gen.ts), so the Worker validates nothing at isolate start.
 */
export const parseRuleFiles = (files: Readonly<Record<string, unknown>>, hashes: Readonly<Record<string, string>> = {}): ParsedRuleFile[] =>
  Object.entries(files).map(([fileName, raw]) => ({
    fileName,
    hash: hashes[fileName] ?? contentHash(JSON.stringify(raw)),
    file: parseRuleFile(fileName, raw),
  }));

/** Every file validated against the strict schema, then the registry (tests; the build validates the production files). */
export const createRegistry = (files: Readonly<Record<string, unknown>>, hashes: Readonly<Record<string, string>> = {}): Registry =>
  registryOf(parseRuleFiles(files, hashes));
