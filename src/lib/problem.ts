/**
 * RFC 9457 problem details (`application/problem+json`) for every error the API returns.
 * Each problem has a stable `code` (documented in the OpenAPI document), a title and detail in
 * the negotiated language, and for validation failures `errors: [{ path, code, message }]`.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Lang, Localized } from './i18n.ts';

export const PROBLEM_CODES = {
  validation_failed: { status: 400, ja: '入力が正しくありません', en: 'The request is not valid' },
  malformed_json: { status: 400, ja: 'JSON として読めません', en: 'The body is not valid JSON' },
  unknown_round: { status: 404, ja: '回（ラウンド）が見つかりません', en: 'Unknown round' },
  not_found: { status: 404, ja: '見つかりません', en: 'Not found' },
  method_not_allowed: { status: 405, ja: 'このメソッドは使えません', en: 'Method not allowed' },
  not_modified: { status: 304, ja: '変更なし', en: 'Not modified' },
  payload_too_large: { status: 413, ja: 'リクエスト本文が大きすぎます', en: 'The request body is too large' },
  unsupported_media_type: { status: 415, ja: 'Content-Type は application/json にしてください', en: 'Content-Type must be application/json' },
  unknown_type: { status: 422, ja: 'この回にはない類型です', en: 'The type does not exist in this round' },
  date_outside_rounds: { status: 422, ja: 'どの回の申請期間にも入らない日付です', en: 'The date is outside every round' },
  rate_limited: { status: 429, ja: 'リクエストが多すぎます', en: 'Too many requests' },
  internal_error: { status: 500, ja: 'サーバー内部のエラーです', en: 'Internal server error' },
} as const satisfies Record<string, { status: number } & Localized>;
export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface FieldError {
  /** Dotted path of the offending field, e.g. `costs.software`; empty for the whole body. */
  path: string;
  code: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

/**
 * The most field errors one answer lists (the first ones); `errorCount` then gives the total. An
 * answer stays small whatever the body: 64 KiB of wrong fields no longer answers 300 KB.
 */
export const MAX_FIELD_ERRORS = 50;

export const problemType = (code: ProblemCode) => `https://it-hojo-api.example/problems/${code.replaceAll('_', '-')}`;

/** A known error with a stable code; `onError` turns it into problem+json. */
export class ProblemError extends Error {
  readonly code: ProblemCode;
  readonly detail: Localized;
  readonly extra: Record<string, unknown>;
  readonly errors: FieldError[];
  readonly headers: Record<string, string>;
  constructor(code: ProblemCode, detail: Localized, extra: Record<string, unknown> = {}, errors: FieldError[] = [], headers: Record<string, string> = {}) {
    super(detail.en);
    this.name = 'ProblemError';
    this.code = code;
    this.detail = detail;
    this.extra = extra;
    this.errors = errors;
    this.headers = headers;
  }
}

export const problemBody = (
  code: ProblemCode,
  lang: Lang,
  detail: Localized,
  instance: string | undefined,
  errors: FieldError[] = [],
  extra: Record<string, unknown> = {},
): ProblemBody => {
  const def = PROBLEM_CODES[code];
  return {
    type: problemType(code),
    title: def[lang],
    status: def.status,
    detail: detail[lang],
    code,
    ...(instance ? { instance } : {}),
    ...(errors.length > MAX_FIELD_ERRORS ? { errors: errors.slice(0, MAX_FIELD_ERRORS), errorCount: errors.length } : errors.length ? { errors } : {}),
    ...extra,
  };
};

export const problemResponse = (c: Context, body: ProblemBody, headers: Record<string, string> = {}) =>
  c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });

// ---------------------------------------------------------------------------------------------
// zod issues → field errors, with our own words (never the library's message text)
// ---------------------------------------------------------------------------------------------

const joinPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** The value at a path of the validated request (undefined where absent). */
const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);

/** Request fields that hold integer yen (costs, monthly fees, group costs). */
const YEN_FIELDS = new Set(['software', 'services', 'pc', 'register', 'monthly', 'analysis', 'admin']);

/** The issue is about a yen field (the body's `costs.software`, or the query's dotted name of one). */
const isYenField = (issue: z.core.$ZodIssue): boolean =>
  YEN_FIELDS.has(
    String(issue.path[issue.path.length - 1] ?? '')
      .split('.')
      .pop()!,
  );

/** A query amount that is not digits is the same mistake as a body amount that is not a number. */
const isYenText = (issue: z.core.$ZodIssue): boolean => issue.code === 'invalid_format' && issue.format === 'regex' && isYenField(issue);

/** A wrong type or value is reported as such only when the field is present; an absent field is `required`. */
const isAbsent = (issue: z.core.$ZodIssue, input: unknown): boolean =>
  input === undefined
    ? issue.code === 'invalid_type' && issue.input === undefined
    : (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') && valueAt(input, issue.path) === undefined;

const describe = (issue: z.core.$ZodIssue, lang: Lang, input: unknown): string => {
  const ja = lang === 'ja';
  if (isAbsent(issue, input)) return ja ? '必須です' : 'is required';
  if (isYenText(issue)) return ja ? '円単位の整数で指定してください' : 'must be an integer number of yen';
  switch (issue.code) {
    case 'invalid_type': {
      const numeric = issue.expected === 'number' || issue.expected === 'int';
      if (numeric && isYenField(issue)) return ja ? '円単位の整数で指定してください' : 'must be an integer number of yen';
      if (numeric) return ja ? '整数で指定してください' : 'must be an integer';
      return ja ? `${issue.expected} 型である必要があります` : `must be of type ${issue.expected}`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? ja
          ? `${issue.minimum} 件以上必要です`
          : `needs at least ${issue.minimum} items`
        : issue.origin === 'string'
          ? ja
            ? `${issue.minimum} 文字以上必要です`
            : `must have at least ${issue.minimum} characters`
          : ja
            ? `${issue.minimum} ${issue.inclusive ? '以上' : 'より大きい値'}にしてください`
            : `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? ja
          ? `${issue.maximum} 件以下にしてください`
          : `must have at most ${issue.maximum} items`
        : issue.origin === 'string'
          ? ja
            ? `${issue.maximum} 文字以下にしてください`
            : `must have at most ${issue.maximum} characters`
          : ja
            ? `${issue.maximum} ${issue.inclusive ? '以下' : '未満'}にしてください`
            : `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'invalid_value':
      return ja ? `次のいずれかにしてください: ${issue.values.join(', ')}` : `must be one of: ${issue.values.join(', ')}`;
    case 'invalid_format':
      return ja ? `形式が正しくありません（${issue.format}）` : `has an invalid format (${issue.format})`;
    case 'unrecognized_keys':
      return ja ? `不明な項目です: ${issue.keys.join(', ')}` : `unknown field(s): ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return ja ? `${issue.divisor} の倍数にしてください` : `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return ja ? '形式が正しくありません' : 'does not match any allowed form';
    case 'custom': {
      const params = (issue.params ?? {}) as { ja?: string; en?: string };
      return (ja ? params.ja : params.en) ?? (ja ? '値が正しくありません' : 'is not valid');
    }
    default:
      return ja ? '値が正しくありません' : 'is not valid';
  }
};

/**
 * One field error per zod issue; unknown keys become one error per key so each path is exact.
 * @param input the validated value, so a present field of the wrong type (`invalid_type`) is told
 *   apart from an absent one (`required`)
 */
export const fieldErrors = (issues: readonly z.core.$ZodIssue[], lang: Lang, prefix: readonly PropertyKey[] = [], input?: unknown): FieldError[] =>
  issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: joinPath([...prefix, ...issue.path, key]),
        code: 'unknown_field',
        message: lang === 'ja' ? '不明な項目です' : 'is not a known field',
      }));
    }
    const custom = issue.code === 'custom' ? ((issue.params ?? {}) as { code?: string }).code : undefined;
    const code = custom ?? (isAbsent(issue, input) ? 'required' : isYenText(issue) ? 'invalid_type' : issue.code);
    return [{ path: joinPath([...prefix, ...issue.path]), code, message: describe(issue, lang, input) }];
  });
