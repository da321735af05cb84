/**
 * The production registry: every file in rules/, validated against the strict schema at build time
 * (scripts/build-modules.mjs: a broken file fails the build, naming the file and the JSON path) and
 * loaded here from that validated JSON, without validating again at isolate start.
 */
import { registryOf } from './registry.ts';
import { parsedRuleFiles } from './rules.parsed.gen.ts';

export const registry = registryOf(parsedRuleFiles);
