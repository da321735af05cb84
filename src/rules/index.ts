/** The production registry: every file in rules/, parsed once per isolate. */
import { createRegistry } from './registry.ts';
import { ruleFiles } from './rules.gen.ts';

export const registry = createRegistry(ruleFiles);
