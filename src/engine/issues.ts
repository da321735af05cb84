/**
 * A field of a request that the engine refuses: the dotted path, a stable snake_case code and a
 * message in both languages. One type for every engine (estimate, compare, eligibility); the
 * routes turn a list of them into one RFC 9457 problem, the MCP tools into a tool error.
 */
import type { Text } from '../rules/schema.ts';

export interface InputIssue {
  /** Dotted path of the offending field, e.g. `group.memberCosts.2.functions`. */
  path: string;
  code: string;
  message: Text;
}
