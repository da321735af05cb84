/** The production registry: every file in rules/, validated once per isolate (at load). */
import { createRegistry } from './registry.ts';
import { ruleFiles, ruleHashes } from './rules.gen.ts';

export const registry = createRegistry(ruleFiles, ruleHashes);
