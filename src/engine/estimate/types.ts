/**
 * The estimate engine's contract: what comes in (EstimateInput) and what goes out
 * (EstimateResult, one LineView per cost line). The wire schemas in
 * src/routes/estimate/estimate.schemas.ts mirror these.
 */
import type { ApplicantSize, FunctionId, LineCategory, PublicSource, Text, TypeId, WarningCode } from '../../rules/schema.ts';
import type { DeadlineView } from '../deadlines.ts';
import type { RoundState } from '../round-status.ts';

export interface MonthlyCost {
  monthly?: number | undefined;
  months?: number | undefined;
}

/** Costs in integer yen, excluding tax. */
export interface Costs {
  software?: number | undefined;
  cloud?: MonthlyCost | undefined;
  services?: number | undefined;
  pc?: number | undefined;
  register?: number | undefined;
  securityService?: MonthlyCost | undefined;
}

/** One member of a 複数社連携 group: its costs, and its size/functions when they differ from the applicant's. */
export interface MemberCosts extends Costs {
  size?: ApplicantSize | undefined;
  functions?: FunctionId[] | undefined;
}

export interface GroupInput {
  /** グループ構成員の数 (代表事業者を含む). */
  members: number;
  /** Members introducing 消費動向等分析 tools (the 50万円 multiplier); default `members`. */
  analysisMembers?: number | undefined;
  /** 消費動向等分析経費 (yen). */
  analysis?: number | undefined;
  /** 事務費・専門家費 (yen). */
  admin?: number | undefined;
  memberCosts?: MemberCosts[] | undefined;
}

export interface EstimateInput {
  type: TypeId;
  applicant: { size: ApplicantSize; nearMinimumWage?: boolean | undefined };
  processes?: number | undefined;
  functions?: FunctionId[] | undefined;
  costs?: Costs | undefined;
  /** 電子取引類型: accounts under the contract, and those given to SME 取引先. */
  accounts?: { total: number; sme: number } | undefined;
  group?: GroupInput | undefined;
}

/** Largest total cost the API evaluates (10^10 yen); above it the request is refused. */
export const MAX_TOTAL_COST = 10_000_000_000;

export interface EstimateWarning {
  code: WarningCode;
  message: Text;
  /** The line the warning is about, when it is about one. */
  line?: LineCategory | undefined;
  /** The 複数社連携 member (0-based index into group.memberCosts). */
  member?: number | undefined;
  /** The sources behind an `unconfirmed_rule`. */
  sources?: PublicSource[] | undefined;
  /** The request field the warning is about (`input_not_applicable`: the field the type does not use). */
  field?: string | undefined;
}

export interface SegmentView {
  rate: string;
  /** The cumulative subsidy at which the segment ends (null: open-ended). */
  upTo: number | null;
  /**
   * The part of the line's eligible cost in this segment. Each exact part is floored and the yen
   * lost to flooring go one each to the segments with the largest dropped fraction (the upper
   * segment on a tie), so the segments add up to the line's `eligibleCost` exactly.
   */
  eligibleCost: number;
  /**
   * The part of the line's subsidy from this segment, allocated the same way so the segments add
   * up to the line's `subsidy` (a cap comes off the upper segments first; a line that gives 0 —
   * below the floor, a refused dependency, a size not admitted — has 0 in every segment).
   */
  subsidy: number;
}

/** `not-covered`: the costs the type does not cover at all (e.g. PC on 通常枠), with subsidy 0. */
export type LineViewCategory = LineCategory | 'not-covered';

export interface LineView {
  category: LineViewCategory;
  name: Text;
  /** What the applicant pays for the line's inputs (all months included). cost = eligibleCost + ineligible. */
  cost: number;
  /** The part of `cost` the rules cover (floored to the yen for display; the subsidy uses the exact value). */
  eligibleCost: number;
  /** The part of `cost` the rules do not cover: months beyond the limit, 役務 above its cap or without software, refused hardware. */
  ineligible: number;
  /** The rate of the first segment applied ("3/4"); `rates` lists every one used. */
  rate: string;
  /** Every rate the line's subsidy is computed with, in segment order (["3/4", "2/3"]). */
  rates: string[];
  /** The rates as read aloud: "3/4 → 2/3" ("" when none applies). */
  rateText: string;
  segments: SegmentView[];
  /** The cap that applied (null where none of the caps' conditions hold). */
  cap: number | null;
  /** true: 以下 (cap itself allowed); false: 未満 (cap − 1 yen is the most). */
  capInclusive: boolean;
  floor: number | null;
  subsidy: number;
  source: PublicSource;
  sources: PublicSource[];
  confidence: 'confirmed' | 'unconfirmed';
  why: Text;
}

export interface MemberView {
  member: number;
  size: ApplicantSize;
  cost: number;
  eligibleCost: number;
  subsidy: number;
  lines: { category: LineCategory; eligibleCost: number; subsidy: number }[];
}

export interface GroupView {
  members: number;
  minMembers: number;
  analysisMembers: number;
  /** (1) 基盤導入経費 + (2) 消費動向等分析経費 before and after their combined cap. */
  combinedSubsidyBeforeCap: number;
  combinedCap: number;
  memberResults: MemberView[];
  source: PublicSource;
}

export interface EstimateResult {
  round: { id: string; name: Text; rulesVersion: string };
  asOf: string;
  type: { id: TypeId; name: Text; frame: Text; subtype: 'A' | 'B' | null; band: { id: string; label: Text; source: PublicSource } | null };
  applicant: { size: ApplicantSize; nearMinimumWage: boolean };
  subsidy: number;
  selfPay: number;
  eligibleCost: number;
  totalCost: number;
  lines: LineView[];
  group: GroupView | null;
  warnings: EstimateWarning[];
  deadline: DeadlineView | null;
  /** The round's status on asOf (round-status.ts). */
  roundStatus: RoundState;
  /** `segments`: how segment amounts are allocated so they add up to their line. */
  rounding: { rule: 'floor-per-line'; text: Text; segments: Text; source: PublicSource };
  disclaimer: Text;
}
