/**
 * Questions asked of a type's rules in several places (engine, compare, curve, input checks),
 * answered once here beside the schema they read.
 */
import type { Round } from './registry.ts';
import type { TypeRule } from './schema.ts';

/** The type counts 業務プロセス: one of its caps depends on `minProcesses` (通常枠). */
export const usesProcesses = (t: TypeRule): boolean => t.lines?.some((l) => l.caps.some((c) => c.when?.minProcesses !== undefined)) ?? false;

/** The type prorates by the share of accounts given to SME 取引先 (電子取引類型). */
export const hasAccountShare = (t: TypeRule): boolean => t.lines?.some((l) => l.accountShare) ?? false;

/** The type's rate depends on 最低賃金近傍 (通常枠 r6/r7). */
export const usesNearMinimumWage = (t: TypeRule): boolean =>
  t.lines?.some((l) => l.rate.segments.some((s) => s.choices.some((c) => c.when?.nearMinimumWage !== undefined))) ?? false;

/** The functions rule of the type, or of its members' type (複数社連携); undefined where functions are not counted. */
export const functionsRuleOf = (round: Round, t: TypeRule) =>
  t.functions ?? (t.group ? round.rules.types.find((o) => o.id === t.group!.memberLinesFrom)?.functions : undefined);

/** The type whose lines a 複数社連携 member is computed with, or the type itself. */
export const memberTypeOf = (round: Round, t: TypeRule): TypeRule | undefined =>
  t.group ? round.rules.types.find((o) => o.id === t.group!.memberLinesFrom) : t;
