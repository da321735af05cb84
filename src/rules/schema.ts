/**
 * The strict schema of a rule file (`rules/<round>.json`).
 *
 * One file per budget round. The file lists the public `documents` it rests on (each with its
 * authority grade); every number, rate and date that came from a document is a {@link cited}
 * object: the value plus its `source`, a reference `{ doc, locator }` to one of those documents
 * (the schema rejects an unknown id) and, where no official text confirms it,
 * `confidence: "unconfirmed"` with a `reason` in Japanese and English.
 * Objects are strict: an unknown or misplaced key is an error, never silently dropped.
 *
 * The registry resolves every reference once, at load, into a {@link PublicSource} (title, url,
 * locator, authority): the types exported here (`RuleFile`, `TypeRule`, …) are the resolved ones,
 * so engine code passes `source` along as an object a site can link.
 *
 * `rules/rules.schema.json` is generated from this file (`npm run rules:schema`); a test fails
 * when it is stale.
 */
import { z } from 'zod';
import {
  TYPE_IDS,
  APPLICANT_SIZES,
  FUNCTION_IDS,
  COST_KEYS,
  LINE_CATEGORIES,
  BUSINESS_FORMS,
  INDUSTRIES,
  REQUIREMENT_CODES,
  SECTORS,
  DEEMED_LARGE_FACTS,
  WARNING_CODES,
  AUTHORITIES,
} from './vocab.ts';

// Re-exported: the vocabularies and their schemas side by side for the build and the tests.
export * from './vocab.ts';

// ---------------------------------------------------------------------------------------------
// Closed vocabularies (the programme's own terms, romanised once; glossary in rules/README.md)
// ---------------------------------------------------------------------------------------------

export const TypeId = z.enum(TYPE_IDS);
export type TypeId = z.infer<typeof TypeId>;

export const ApplicantSize = z.enum(APPLICANT_SIZES);
export type ApplicantSize = z.infer<typeof ApplicantSize>;

export const FunctionId = z.enum(FUNCTION_IDS);
export type FunctionId = z.infer<typeof FunctionId>;

export const CostKey = z.enum(COST_KEYS);
export type CostKey = z.infer<typeof CostKey>;

/** Cost inputs that are monthly fees (monthly × months). */
export const MonthlyCostKey = z.enum(['cloud', 'securityService']);
export type MonthlyCostKey = z.infer<typeof MonthlyCostKey>;

export const LineCategory = z.enum(LINE_CATEGORIES);
export type LineCategory = z.infer<typeof LineCategory>;

export const BusinessForm = z.enum(BUSINESS_FORMS);
export type BusinessForm = z.infer<typeof BusinessForm>;

export const Industry = z.enum(INDUSTRIES);
export type Industry = z.infer<typeof Industry>;

export const RequirementCode = z.enum(REQUIREMENT_CODES);

export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;

export const DeemedLargeFact = z.enum(DEEMED_LARGE_FACTS);
export type DeemedLargeFact = z.infer<typeof DeemedLargeFact>;
export type RequirementCode = z.infer<typeof RequirementCode>;

export const WarningCode = z.enum(WARNING_CODES);
export type WarningCode = z.infer<typeof WarningCode>;

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

export const Text = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof Text>;

export const Authority = z
  .enum(AUTHORITIES)
  .describe(
    'official: a 事務局 / 中小機構 / 中小企業庁 / 経済産業省 page or PDF; official-quoted: a third party ' +
      'reproducing official text verbatim; portal: a subsidy-listing portal; blog: a ' +
      'consultant or vendor page; dataset: a public dataset paraphrasing official pages.',
  );
export type Authority = z.infer<typeof Authority>;

const DocId = z.string().regex(/^[a-z0-9-]+$/);

/** A public document a rule file rests on. */
export const Document = z.strictObject({
  id: DocId.describe('Stable id, referenced by `source.doc`.'),
  title: z.strictObject({ ja: z.string().min(1), en: z.string().min(1).optional() }),
  publisher: z.string().min(1),
  /** Where a user can open it, when it is public. */
  url: z.url().optional(),
  /** How to reach the document at `url` when the url is not the document itself (a site's top page), in Japanese and English. */
  find: Text.optional(),
  /** Date or version as the document gives it. */
  date: z.string().min(4).optional(),
  authority: Authority,
  /** Where its text was read when not from the document itself (e.g. a verbatim quote in a public repository). */
  via: z.strictObject({ ja: z.string().min(8), en: z.string().min(8) }).optional(),
});
export type Document = z.infer<typeof Document>;

/** A reference to one of the file's documents, and where in it. */
export const SourceRef = z
  .strictObject({
    doc: DocId.describe('The id of an entry of the file’s `documents`.'),
    locator: z.string().min(1).optional().describe('Where in the document: section, heading, page, table row or a short quote.'),
  })
  .describe('Where the value comes from: a document of this file and a place in it.');
export type SourceRef = z.infer<typeof SourceRef>;

/** A source as answers carry it: enough to show, link and grade it. */
export interface PublicSource {
  doc: string;
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
  locator: string | null;
  authority: Authority;
}

/** A parsed rule-file type with every {@link SourceRef} resolved to a {@link PublicSource}. */
export type Resolved<T> = T extends { doc: string }
  ? PublicSource
  : T extends readonly (infer U)[]
    ? Resolved<U>[]
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;

export const Confidence = z
  .literal('unconfirmed')
  .describe(
    'Present when no official text confirms the value (e.g. its best source is one blog, ' +
      'portal or dataset, or it is carried from another round); answers that depend on it ' +
      'carry a warning, and `reason` says why.',
  );

export const IsoDate = z.iso.date();
/** A Japan-time timestamp, always written with its +09:00 offset. */
export const JstDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/, 'must be ISO 8601 with +09:00, e.g. 2025-12-02T17:00:00+09:00');

/** An exact rate as a fraction of positive integers, e.g. "3/4". */
export const Fraction = z.string().regex(/^[1-9]\d*\/[1-9]\d*$/, 'must be a fraction like 3/4');

export const Yen = z.number().int().nonnegative().max(1e12);

const citedFields = {
  source: SourceRef,
  /** Further documents that say the same. */
  alsoIn: z.array(SourceRef).min(1).optional(),
  confidence: Confidence.optional(),
  /** Why the value is unconfirmed (required with confidence). */
  reason: Text.optional(),
  /** 予定: the source gives the value as planned. */
  planned: z.literal(true).optional(),
  /** A remark on the value (in Japanese and English: answers quote it). */
  note: Text.optional(),
};

/** A value from a document, with its source. */
export const cited = <T extends z.ZodType>(value: T) => z.strictObject({ value, ...citedFields });

// ---------------------------------------------------------------------------------------------
// Estimate rules
// ---------------------------------------------------------------------------------------------

/** Conditions that select a rate or a cap. All present keys must hold. */
export const Condition = z.strictObject({
  size: z.array(ApplicantSize).min(1).optional(),
  nearMinimumWage: z.boolean().optional(),
  minFunctions: z.number().int().min(0).optional(),
  minProcesses: z.number().int().min(0).optional(),
});
export type Condition = z.infer<typeof Condition>;

export const RateChoice = z.strictObject({
  when: Condition.optional(),
  rate: Fraction,
  ...citedFields,
});
export type RateChoice = Resolved<z.infer<typeof RateChoice>>;

/**
 * One segment of a rate on the subsidy (補助額) axis. Segments are in order; `upTo` is the
 * cumulative subsidy at which the segment ends (以下, inclusive). The last segment has no
 * `upTo`. The first choice whose `when` holds gives the rate.
 */
export const RateSegment = z.strictObject({
  upTo: Yen.positive().optional(),
  choices: z.array(RateChoice).min(1),
});
export type RateSegment = Resolved<z.infer<typeof RateSegment>>;

/** A cap on the subsidy of a line, selected by conditions; the largest satisfied one applies. */
export const CapChoice = z.strictObject({
  when: Condition.optional(),
  max: Yen,
  /** true: 以下 (max itself allowed); false: 未満 (the cap is max − 1 yen). */
  inclusive: z.boolean(),
  ...citedFields,
});
export type CapChoice = Resolved<z.infer<typeof CapChoice>>;

/** A band of the subsidy amount: names the subtype (A/B類型) and whether a wage plan is required. */
export const Band = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  subtype: z.enum(['A', 'B']).optional(),
  label: Text,
  /** The band starts at this subsidy amount (以上, inclusive). */
  from: Yen,
  wageRaisePlanRequired: z.boolean(),
  ...citedFields,
});
export type Band = Resolved<z.infer<typeof Band>>;

export const LineRule = z.strictObject({
  category: LineCategory,
  name: Text,
  /** Cost inputs summed into this line. */
  costs: z.array(CostKey).min(1),
  /** Eligible months of a monthly fee (クラウド利用料 最大2年分 = 24). */
  monthsLimit: z
    .strictObject({ cloud: cited(z.number().int().positive()).optional(), securityService: cited(z.number().int().positive()).optional() })
    .optional(),
  /** Caps on the eligible cost of one input (e.g. 役務 200万円). */
  costCaps: z.strictObject({ services: cited(Yen).optional() }).optional(),
  /**
   * Cost inputs admitted only beside others in the same purchase: 役務 (導入関連費) only together
   * with the software (or cloud fee) it belongs to. Without any of the listed inputs the cost is
   * not eligible (`services_without_software`).
   */
  costRequires: z.strictObject({ services: cited(z.array(CostKey).min(1)).optional() }).optional(),
  /** Eligible cost is multiplied by the share of accounts given to SME 取引先 (電子取引類型). */
  accountShare: cited(z.literal(true)).optional(),
  rate: z.strictObject({ segments: z.array(RateSegment).min(1) }),
  caps: z.array(CapChoice).min(1),
  /** Minimum subsidy (補助下限); below it the line gives 0 with `below_minimum`. */
  floor: cited(Yen).optional(),
  /**
   * This line is only eligible together with another line of the same purchase that has a positive
   * eligible cost and is itself admitted (hardware with 補助対象経費となるソフトウェア), whatever that
   * line's subsidy rounds to. Without it the line gives 0 (`hardware_without_software`).
   */
  requires: cited(LineCategory).optional(),
  bands: z.array(Band).min(1).optional(),
});
export type LineRule = Resolved<z.infer<typeof LineRule>>;

export const GroupRule = z.strictObject({
  minMembers: cited(z.number().int().positive()),
  /** (1)/(A) 基盤導入経費: each member is computed with the lines of this type of the round. */
  memberLinesFrom: TypeId,
  /** (2)/(B) 消費動向等分析経費. */
  analysis: z.strictObject({
    rate: Fraction,
    capPerMember: Yen,
    cloudMonths: z.number().int().positive().optional(),
    ...citedFields,
  }),
  /** Cap on (1)+(2). */
  combinedCap: cited(Yen),
  /** (3)/(C) 事務費・専門家費: rate, fixed cap and the lower-of formula. */
  admin: z.strictObject({
    rate: Fraction,
    capFixed: Yen,
    /** cap = min(capFixed, base(1)+(2) × multiplier × rate); base is the subsidy or the eligible cost. */
    capFormula: z.strictObject({ base: z.enum(['subsidy', 'eligibleCost']), multiplier: Fraction, rate: Fraction, ...citedFields }).optional(),
    ...citedFields,
  }),
});
export type GroupRule = Resolved<z.infer<typeof GroupRule>>;

// ---------------------------------------------------------------------------------------------
// Eligibility rules
// ---------------------------------------------------------------------------------------------

export const Requirement = z.strictObject({
  code: RequirementCode,
  /** Text of the rule, shown in `expected`. */
  text: Text,
  /** The source's own sentence, verbatim (ja), with a translation (en): quoted where a rule is silent on a case. */
  quote: Text.optional(),
  /** Parameters of the rule (closed per code; see the engine). */
  params: z
    .strictObject({
      levels: z.array(z.enum(['one-star', 'two-star'])).optional(),
      minMembers: z.number().int().positive().optional(),
      months: z.number().int().positive().optional(),
      /** Earlier grants that block this type: round and types. */
      blockedBy: z.array(z.strictObject({ round: z.string(), types: z.array(TypeId).min(1) })).optional(),
      /** The requirement applies only from this subsidy amount (e.g. 150万円以上). */
      fromSubsidy: Yen.optional(),
      /** Rounds whose grantees the requirement concerns. */
      rounds: z.array(z.string()).optional(),
      exemptSizes: z.array(ApplicantSize).optional(),
      /** Activities exempt from the requirement (r6 通常枠 賃上げ: (ト)). */
      exemptSectors: z.array(Sector).optional(),
      /** Business forms exempt from the requirement. */
      exemptForms: z.array(BusinessForm).optional(),
      /** Business forms that cannot meet the requirement (複数社連携 代表事業者: 法人のみ). */
      excludedForms: z.array(BusinessForm).optional(),
      /**
       * 重複申請: types of the same round this type's own text allows beside it (「…を申請し、交付決定
       * 及び補助金の交付を受けることは可能とする」), and those it forbids (「…との重複申請は不可とする」).
       * A pair neither type's text names either way is `unknown`.
       */
      allowedWith: z.array(TypeId).optional(),
      forbiddenWith: z.array(TypeId).optional(),
      /** 複数社連携: the requirement binds only these roles (代表事業者 = lead, 参画事業者 = participant). */
      roles: z
        .array(z.enum(['lead', 'participant']))
        .min(1)
        .optional(),
      /**
       * 複数社連携 代表事業者 (ア) (ii)–(iv): forms that may lead without the size test; `fact` names a
       * yes/no fact the form must also have (商店街等を構成する団体).
       */
      leadBodies: z.array(z.strictObject({ forms: z.array(BusinessForm).min(1), fact: z.enum(['shotengai']).optional(), text: Text })).optional(),
    })
    .optional(),
  /** 必須 (mandatory) or 加点 (bonus points only: never makes `eligible` no). */
  kind: z.enum(['mandatory', 'bonus']),
  ...citedFields,
});
export type Requirement = Resolved<z.infer<typeof Requirement>>;

export const SmeRow = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: Text,
  industries: z.array(Industry).min(1),
  capitalMax: Yen,
  employeesMax: z.number().int().positive(),
  ...citedFields,
});
export const OtherFormRow = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: Text,
  forms: z.array(BusinessForm).min(1),
  /** A fixed employee limit, or absent when the main industry's row decides (主たる業種). */
  employeesMax: z.number().int().positive().optional(),
  ...citedFields,
});
export const SmallRow = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: Text,
  industries: z.array(Industry).min(1),
  employeesMax: z.number().int().positive(),
  ...citedFields,
});

export const Applicants = z.strictObject({
  sme: z.array(SmeRow).min(1),
  otherForms: z.array(OtherFormRow),
  small: z.array(SmallRow).min(1),
  deemedLarge: z.array(
    z.strictObject({
      id: z.string(),
      text: Text,
      /** The fact that decides the row: a share (percent) at or above `atLeast`, income `over` yen, or a yes/no fact. */
      test: z.strictObject({ fact: DeemedLargeFact, atLeast: Fraction.optional(), over: Yen.optional() }).optional(),
      ...citedFields,
    }),
  ),
  /** Forms that are never 小規模事業者 (⑨–⑮: 「小規模事業者に該当しないものとする」). */
  smallExcludedForms: cited(z.array(BusinessForm)).optional(),
});
export type Applicants = Resolved<z.infer<typeof Applicants>>;

// ---------------------------------------------------------------------------------------------
// Types, schedule, round
// ---------------------------------------------------------------------------------------------

export const NearMinimumWageDefinition = z.strictObject({
  /** First and last 締切回 (次) the definition applies to; absent = open-ended. */
  fromPhase: z.number().int().positive().optional(),
  toPhase: z.number().int().positive().optional(),
  text: Text,
  ...citedFields,
});

/** A 労働生産性 target of the type's 事業計画 (a requirement fact the eligibility answer states). */
export const ProductivityTarget = z.strictObject({
  /** after-one-year: 1年後の向上率; annual-average: 事業計画期間の年平均成長率. */
  measure: z.enum(['after-one-year', 'annual-average']),
  percent: z.number().positive(),
  /** Length of the 事業計画 in years. */
  years: z.number().int().positive(),
  /** Absent: every applicant; prior-recipients: applicants with the earlier grants the text names; groups-with-prior-recipients: a group with such a member. */
  appliesTo: z.enum(['prior-recipients', 'groups-with-prior-recipients']).optional(),
  /**
   * With appliesTo: the earlier grants the text names (round and types). Absent: the source does not
   * name them precisely, so an applicant with any earlier grant is left open (both targets stated).
   */
  grantsFrom: z
    .array(z.strictObject({ round: z.string().regex(/^r\d+$/), types: z.array(TypeId).min(1) }))
    .min(1)
    .optional(),
  text: Text,
  ...citedFields,
});
export type ProductivityTarget = Resolved<z.infer<typeof ProductivityTarget>>;

export const TypeRule = z.strictObject({
  id: TypeId,
  name: Text,
  /** The 枠 the type belongs to. */
  frame: Text,
  /** Applicant sizes that may use the type (電子取引類型 admits large orderers). */
  sizes: z.array(ApplicantSize).min(1),
  /** Functions that count toward the function requirement in this type. */
  functions: cited(z.array(FunctionId).min(1)).optional(),
  /** Single-applicant lines; absent for the group type. */
  lines: z.array(LineRule).min(1).optional(),
  group: GroupRule.optional(),
  nearMinimumWage: z.array(NearMinimumWageDefinition).min(1).optional(),
  requirements: z.array(Requirement),
  /** 労働生産性 targets of the 事業計画, where the 公募要領 sets them. */
  productivityTargets: z.array(ProductivityTarget).min(1).optional(),
  /** Other types of the round the same applicant may also apply for in the same period. */
  combinableWith: cited(z.array(TypeId)).optional(),
  ...citedFields,
});
export type TypeRule = Resolved<z.infer<typeof TypeRule>>;

export const Deadline = z.strictObject({
  /** 次 (締切回); null where the source gives the date but not its number. */
  phase: z.number().int().positive().nullable(),
  closesAt: JstDateTime,
  decisionOn: cited(IsoDate).optional(),
  /** 事業実績報告期限 of the 次 (17:00 unless the source says otherwise). */
  reportBy: cited(JstDateTime).optional(),
  final: z.boolean().optional(),
  ...citedFields,
  /** A remark on this 締切 (in Japanese and English: answers quote it). */
  note: Text.optional(),
});
export type Deadline = Resolved<z.infer<typeof Deadline>>;

export const ScheduleEntry = z.strictObject({
  types: z.array(TypeId).min(1),
  opensAt: cited(JstDateTime).optional(),
  deadlines: z.array(Deadline),
  /** What is known to be missing, recorded instead of guessed (in Japanese and English: answers quote it). */
  gaps: z.array(Text).optional(),
});
export type ScheduleEntry = Resolved<z.infer<typeof ScheduleEntry>>;

/**
 * Every reference names a document of the file; every document is cited; every unconfirmed value
 * says why.
 */
/** Grades that cannot by themselves confirm a value (rules/README.md "Confidence"). */
export const WEAK_AUTHORITIES: readonly Authority[] = ['blog', 'portal', 'dataset'];

const checkSources = (file: { documents: Document[] }, ctx: z.RefinementCtx) => {
  const authority = new Map(file.documents.map((d) => [d.id, d.authority]));
  const ids = new Set<string>();
  file.documents.forEach((d, i) => {
    if (ids.has(d.id)) ctx.addIssue({ code: 'custom', path: ['documents', i, 'id'], message: `duplicate document id ${d.id}` });
    ids.add(d.id);
  });
  const cited = new Set<string>();
  const visit = (x: unknown, path: (string | number)[]) => {
    if (Array.isArray(x)) {
      x.forEach((v, i) => {
        visit(v, [...path, i]);
      });
      return;
    }
    if (!x || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    const refs: [unknown, (string | number)[]][] = [];
    if (o.source && typeof o.source === 'object') refs.push([o.source, [...path, 'source']]);
    if (Array.isArray(o.alsoIn)) {
      o.alsoIn.forEach((r, i) => {
        refs.push([r, [...path, 'alsoIn', i]]);
      });
    }
    for (const [ref, at] of refs) {
      const doc = (ref as { doc?: unknown }).doc;
      if (typeof doc !== 'string') continue;
      cited.add(doc);
      if (!ids.has(doc)) ctx.addIssue({ code: 'custom', path: [...at, 'doc'], message: `unknown document "${doc}": add it to documents` });
    }
    if (o.confidence === 'unconfirmed' && o.reason === undefined)
      ctx.addIssue({ code: 'custom', path: [...path, 'reason'], message: 'an unconfirmed value needs a reason (ja and en)' });
    // No official (or official-quoted) source: the value cannot be confirmed, however many blogs, portals or datasets agree.
    const grades = refs.map(([ref]) => authority.get((ref as { doc?: string }).doc ?? ''));
    if (grades.length && grades.every((g) => g !== undefined && WEAK_AUTHORITIES.includes(g)) && o.confidence !== 'unconfirmed')
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'confidence'],
        message: `every source is ${[...new Set(grades)].join(' / ')}: the value must be confidence "unconfirmed" with a reason`,
      });
    for (const [k, v] of Object.entries(o)) if (k !== 'source' && k !== 'alsoIn' && k !== 'documents') visit(v, [...path, k]);
  };
  visit(file, []);
  file.documents.forEach((d, i) => {
    if (!cited.has(d.id)) ctx.addIssue({ code: 'custom', path: ['documents', i, 'id'], message: `document ${d.id} is not cited by any value` });
  });
};

export const RuleFile = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^r\d+$/, 'round ids are r + the 令和 year of the budget, e.g. r6'),
    aliases: z.array(z.string().regex(/^[0-9a-z-]+$/)),
    name: Text,
    budget: cited(Text),
    secretariat: cited(Text),
    officialSite: cited(z.url()),
    window: z.strictObject({
      opensOn: cited(IsoDate),
      /** The last day applications are accepted (the final 締切); absent when unknown. */
      closesOn: cited(IsoDate).optional(),
    }),
    lastReviewed: IsoDate,
    rounding: cited(z.literal('floor-per-line')),
    documents: z.array(Document).min(1),
    applicants: Applicants,
    types: z.array(TypeRule).min(1),
    schedule: z.array(ScheduleEntry),
    /** What no source gives for the round (in Japanese and English). */
    gaps: z.array(Text),
    /** One line per corrected fact, in Japanese and English (rules/README.md "Corrections"). */
    changelog: z.array(z.strictObject({ date: IsoDate, note: Text })),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.types.forEach((t, i) => {
      if (ids.has(t.id)) ctx.addIssue({ code: 'custom', path: ['types', i, 'id'], message: `duplicate type ${t.id}` });
      ids.add(t.id);
      if (!t.lines && !t.group) ctx.addIssue({ code: 'custom', path: ['types', i], message: 'a type needs lines or group' });
      if (t.group && !file.types.some((o) => o.id === t.group!.memberLinesFrom && o.lines))
        ctx.addIssue({ code: 'custom', path: ['types', i, 'group', 'memberLinesFrom'], message: 'must name a type of this round with lines' });
      t.lines?.forEach((line, j) => {
        const segs = line.rate.segments;
        segs.forEach((s, k) => {
          const last = k === segs.length - 1;
          if (last !== (s.upTo === undefined))
            ctx.addIssue({ code: 'custom', path: ['types', i, 'lines', j, 'rate', 'segments', k, 'upTo'], message: 'every segment but the last has upTo' });
          if (k > 0 && s.upTo !== undefined && s.upTo <= (segs[k - 1]!.upTo ?? 0))
            ctx.addIssue({ code: 'custom', path: ['types', i, 'lines', j, 'rate', 'segments', k, 'upTo'], message: 'segments must increase' });
        });
      });
    });
    file.schedule.forEach((entry, i) => {
      entry.types.forEach((t, j) => {
        if (!ids.has(t)) ctx.addIssue({ code: 'custom', path: ['schedule', i, 'types', j], message: `type ${t} is not in this round` });
      });
      entry.deadlines.forEach((d, j) => {
        const prev = entry.deadlines[j - 1];
        if (prev && ((d.phase !== null && prev.phase !== null && d.phase <= prev.phase) || d.closesAt <= prev.closesAt))
          ctx.addIssue({ code: 'custom', path: ['schedule', i, 'deadlines', j], message: 'deadlines must be in increasing phase and date order' });
      });
    });
    checkSources(file, ctx);
    if (file.window.closesOn && file.window.closesOn.value < file.window.opensOn.value)
      ctx.addIssue({ code: 'custom', path: ['window', 'closesOn'], message: 'window closes before it opens' });
  });
export type RuleFile = Resolved<z.infer<typeof RuleFile>>;
/** As written in the file (references unresolved). */
export type RuleFileInput = z.infer<typeof RuleFile>;
