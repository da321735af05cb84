// Generated from openapi.yaml by `npm run client:gen` (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness · 稼働確認
         * @description Cheap liveness check; touches no rules. ルールを読まない軽い稼働確認。
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rounds · 回の一覧
         * @description Every budget round in `rules/`, its window and its status on `asOf`. 各回（予算年度）の申請期間と状況。
         */
        get: operations["listRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a round’s rule file · 回のルール
         * @description The whole rule file of one round, with its version. 回のルールファイル全体。
         */
        get: operations["getRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check eligibility per type · 申請できる類型の判定
         * @description For a business and a round, whether it may apply for each 類型, as named criteria (pass / fail / unknown) with the rule, what was observed and the source; the questions that would settle what is unknown, most decisive first; which other types may be combined; the next deadline. Missing facts are not errors. 事業者が各類型に申請できるかを、根拠付きの要件ごとに判定し、未確定の点は次に確認すべき質問を返します。
         */
        post: operations["checkEligibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Estimate the subsidy (GET, cacheable) · 補助額の試算（GET）
         * @description The subsidy for a purchase under one 類型 of a round, line by line (ITツール, PC, レジ, …): eligible cost, rate (exact fraction), cap, floor and subsidy, each with its source and the arithmetic in ja/en; warnings with stable codes; the next 締切. Integer yen, exact fractions, 1円未満切り捨て once per line. 購入内容に対する補助額を、行ごとに根拠付きで返します。
         *
         *     The same fields as the POST body, as query parameters flattened with dots (`applicant.size=sme&costs.software=1000000`), `functions` repeated or comma-separated; 複数社連携 members as `group.memberCosts.0.software=…`. Cacheable (ETag, Cache-Control).
         */
        get: operations["estimateGet"];
        put?: never;
        /**
         * Estimate the subsidy · 補助額の試算
         * @description The subsidy for a purchase under one 類型 of a round, line by line (ITツール, PC, レジ, …): eligible cost, rate (exact fraction), cap, floor and subsidy, each with its source and the arithmetic in ja/en; warnings with stable codes; the next 締切. Integer yen, exact fractions, 1円未満切り捨て once per line. 購入内容に対する補助額を、行ごとに根拠付きで返します。
         */
        post: operations["estimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/estimate/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare every type for one purchase · 類型の比較
         * @description The same purchase evaluated under every type of the round (or `types`), ranked by subsidy; for each type that gives nothing, the reasons and the smallest change that would qualify (e.g. a second function → cap 350万円); which types the round allows together. 同じ購入内容を各類型で試算し、補助額順に並べます。
         */
        post: operations["compareTypes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rounds/{id}/examples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Worked examples of a round · 計算例
         * @description Worked estimate examples of the round, with input, expected answer and the arithmetic: the same data files the test suite checks (test/cases/estimate). 回ごとの計算例（テストと同じデータ）。
         */
        get: operations["roundExamples"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deadlines.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deadlines as an iCalendar feed · 締切カレンダー (.ics)
         * @description The same deadlines (same filters) as an RFC 5545 calendar to subscribe to: one VEVENT per 締切 at its time in Asia/Tokyo (VTIMEZONE included), no DTEND (an instant), a summary in Japanese (English with `lang=en`), the source in DESCRIPTION and URL, and VALARMs 14 days and 3 days before. `UID` is `<round>-<type>-<次>@it-hojo-api` (`…-final@…` for a final 締切 without a number), so the same 締切 keeps its UID across deploys. `SEQUENCE` = 1000 × (number of changelog lines of the round file) + (a hash of the event’s dates, flags and source mod 1000): deterministic, it changes when a date moves and grows with every reviewed correction (each carries a changelog line). `DTSTAMP` is the round’s `lastReviewed` date (00:00 JST), so the output depends only on the rules and the query. Compressed: with `Accept-Encoding: gzip` (as calendar apps send it) the feed comes `Content-Encoding: gzip` (≈ 1/19 of the bytes for all rounds), under its own ETag (`…-gzip"`). Cached: `Cache-Control: public, max-age=300` (60 with `status` and no asOf), `Vary: Accept-Language, Accept-Encoding`, and a strong `ETag` that is the hash of the feed itself: the feed carries no status or days left, so `asOf` changes neither the text nor the ETag — except through `status`, which selects the deadlines open or closed on asOf. `If-None-Match` answers 304. 締切を iCalendar 形式で返します（カレンダーに登録できます）。
         */
        get: operations["deadlinesCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deadlines · 締切の一覧
         * @description Every 交付申請 締切 (次) of every round and type in `rules/`, with its source, its status on `asOf` (Japan time; a date is read as 00:00 JST) and the next open one per type. Cached: `Cache-Control: public, max-age=300` (60 when asOf is not given, since statuses move with the clock), and a strong `ETag` from the rules version and the normalised query (with the current minute when asOf is not given); `If-None-Match` answers 304. 各回・各類型の申請締切と、基準日時点の状況、次の締切。
         */
        get: operations["listDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rounds/{id}/types/{type}/curve.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subsidy curve of a type (SVG) · 補助率・補助上限額のグラフ
         * @description The subsidy against the eligible cost of the type’s main line (ITツール, or サービス利用料 for security types) as an SVG image: the kinked line (e.g. 3/4 up to a subsidy of 50万円, 2/3 above), the cap and the floor, each kink at its exact yen, and `mark` (the visitor’s cost) when given — the picture the official overview shows as 【ITツールの補助率・補助上限額の関係】. Every point is the estimate engine’s answer for that cost; 複数社連携 draws the per-member base line. Axes in yen; `lang` ja/en. Embed it with `<img src>` from any site (CORS, `Cross-Origin-Resource-Policy: cross-origin`); cacheable (ETag, Cache-Control). 類型の補助額曲線（SVG）。
         */
        get: operations["subsidyCurve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/estimate/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Printable estimate (HTML) · 印刷用の試算書
         * @description The answer of GET /v1/estimate for the same query, as one printable HTML page (A4 in print): the purchase, each line with its eligible cost, every rate with where its segment ends, the cap and floor, the arithmetic and the sources; the subsidy and self-pay; the next 締切 with its status; the curve (inline SVG, the visitor’s cost marked); the rounding rule, the disclaimer, the rules version and the date. The widget links to it; a consultant can send its URL to a client. Bad input is the same problem+json as GET /v1/estimate. No script; its only style is inline, allowed by the page’s own `Content-Security-Policy` hash. 試算結果の印刷用ページ（HTML）。
         */
        get: operations["estimatePrint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Model Context Protocol endpoint for chatbots · チャットボット向け MCP
         * @description A stateless [Model Context Protocol](https://modelcontextprotocol.io) server over Streamable HTTP: POST one JSON-RPC message, get one JSON answer (no sessions, no SSE, so `Accept: application/json` is enough). A body that is not one JSON-RPC request (a batch, a non-object, no `jsonrpc: "2.0"`, a null id) is a 400 problem that is also the JSON-RPC error response (`jsonrpc`, `id`, `error.code` -32600; a body that is not JSON: `malformed_json` and -32700, `id` null); malformed params of a known method are a JSON-RPC -32602 error (HTTP 200). Tools, each one REST operation with that operation’s input JSON Schema plus `lang` (ja/en) and `detail` (summary, the default: a short answer; full: the REST answer), read-only and idempotent:
         *     - `list_rounds`: GET /v1/rounds
         *     - `check_eligibility`: POST /v1/eligibility (the questions to ask come numbered in the text)
         *     - `list_deadlines`: GET /v1/deadlines
         *     - `estimate_subsidy`: POST /v1/estimate
         *     - `compare_types`: POST /v1/estimate/compare
         *
         *     Resources: each round’s rule file and worked examples (`ithojo://rounds/r7`, `ithojo://rounds/r7/examples`). Prompts: estimate_purchase, can_i_apply, next_deadline.
         *
         *     GET /mcp answers 405 (no server-initiated stream). チャットボット（MCP クライアント）から補助額・申請可否・締切を引けるエンドポイントです。
         */
        post: operations["mcp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The service is up.
         * @example {
         *       "status": "ok",
         *       "rulesVersion": "9a0b1c2d3e4f5a6b"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
            rulesVersion: string;
        };
        /**
         * @description A problem with status 400: validation_failed.
         * @example {
         *       "type": "https://it-hojo-api.example/problems/validation-failed",
         *       "title": "The request is not valid",
         *       "status": 400,
         *       "detail": "The request is not valid",
         *       "code": "validation_failed"
         *     }
         */
        ProblemQuery: components["schemas"]["Problem"] & ({
            /** @enum {string} */
            code?: "validation_failed";
        } & {
            [key: string]: unknown;
        });
        /**
         * @description One invalid field.
         * @example {
         *       "path": "costs.software",
         *       "code": "too_small",
         *       "message": "must be ≥ 0"
         *     }
         */
        FieldError: {
            path: string;
            code: string;
            message: string;
        };
        /**
         * @description RFC 9457 problem details. `code` is stable; `errors` lists invalid fields (at most 50; `errorCount` gives the total when there are more).
         * @example {
         *       "type": "https://it-hojo-api.example/problems/validation-failed",
         *       "title": "The request is not valid",
         *       "status": 400,
         *       "detail": "1 field is invalid",
         *       "code": "validation_failed",
         *       "errors": [
         *         {
         *           "path": "costs.software",
         *           "code": "too_small",
         *           "message": "must be ≥ 0"
         *         }
         *       ]
         *     }
         */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @enum {string} */
            code: "validation_failed" | "malformed_json" | "unknown_round" | "not_found" | "method_not_allowed" | "not_modified" | "payload_too_large" | "unsupported_media_type" | "unknown_type" | "date_outside_rounds" | "rate_limited" | "internal_error";
            instance?: string;
            /** @description The invalid fields, at most 50 (the first ones, in body order); see errorCount. */
            errors?: components["schemas"]["FieldError"][];
            /**
             * @description How many fields are invalid in all, when more than the 50 listed.
             * @example 1200
             */
            errorCount?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A problem with status 405: method_not_allowed.
         * @example {
         *       "type": "https://it-hojo-api.example/problems/method-not-allowed",
         *       "title": "Method not allowed",
         *       "status": 405,
         *       "detail": "Method not allowed",
         *       "code": "method_not_allowed"
         *     }
         */
        ProblemMethod: components["schemas"]["Problem"] & ({
            /** @enum {string} */
            code?: "method_not_allowed";
        } & {
            [key: string]: unknown;
        });
        /**
         * @description Every round with its window and status.
         * @example {
         *       "asOf": "2025-06-01T00:00:00+09:00",
         *       "rulesVersion": "9a0b1c2d3e4f5a6b",
         *       "current": "r6",
         *       "rounds": [
         *         {
         *           "id": "r6",
         *           "aliases": [
         *             "2025"
         *           ],
         *           "name": {
         *             "ja": "IT導入補助金2025（令和6年度補正）",
         *             "en": "IT Introduction Subsidy 2025 (FY2024 supplementary budget)"
         *           },
         *           "rulesVersion": "r6-3f2a9c0d1b2e4f5a",
         *           "status": "open",
         *           "nextDeadline": "2025-06-16T17:00:00+09:00",
         *           "lastDeadline": "2026-01-07T17:00:00+09:00",
         *           "window": {
         *             "opensOn": "2025-03-31",
         *             "opensAt": "2025-03-31T00:00:00+09:00",
         *             "closesOn": "2026-01-07",
         *             "opensOnSource": {
         *               "source": {
         *                 "doc": "it2025-koubo-tsujyo",
         *                 "title": "IT導入補助金2025 公募要領（通常枠）",
         *                 "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *                 "date": "2025年6月版",
         *                 "url": "https://it-shien.smrj.go.jp/",
         *                 "locator": "2-1-1 (2) (ウ)",
         *                 "authority": "official"
         *               }
         *             },
         *             "closesOnSource": {
         *               "source": {
         *                 "doc": "it2025-koubo-tsujyo",
         *                 "title": "IT導入補助金2025 公募要領（通常枠）",
         *                 "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *                 "date": "2025年6月版",
         *                 "url": "https://it-shien.smrj.go.jp/",
         *                 "locator": "2-1-1 (2) (ウ)",
         *                 "authority": "official"
         *               }
         *             }
         *           },
         *           "officialSite": "https://it-shien.smrj.go.jp/",
         *           "lastReviewed": "2026-11-22",
         *           "types": [
         *             {
         *               "id": "invoice",
         *               "name": {
         *                 "ja": "インボイス枠 インボイス対応類型",
         *                 "en": "Invoice frame: invoice type"
         *               },
         *               "frame": {
         *                 "ja": "インボイス枠",
         *                 "en": "Invoice frame"
         *               }
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        RoundsResponse: {
            /**
             * @description The instant the statuses are for (JST).
             * @example 2025-06-01T00:00:00+09:00
             */
            asOf: string;
            /**
             * @description Hash over every round version.
             * @example 9a0b1c2d3e4f5a6b
             */
            rulesVersion: string;
            /**
             * @description The round a date means when a request names none: the latest round `open` on asOf, else the latest `awaiting-schedule` one, else null (before every round, or between a round’s published end and the next round’s 受付開始).
             * @example r6
             */
            current: string | null;
            rounds: components["schemas"]["RoundSummary"][];
        };
        /**
         * @description One budget round (回) and its types.
         * @example {
         *       "id": "r6",
         *       "aliases": [
         *         "2025"
         *       ],
         *       "name": {
         *         "ja": "IT導入補助金2025（令和6年度補正）",
         *         "en": "IT Introduction Subsidy 2025 (FY2024 supplementary budget)"
         *       },
         *       "rulesVersion": "r6-3f2a9c0d1b2e4f5a",
         *       "status": "open",
         *       "nextDeadline": "2025-06-16T17:00:00+09:00",
         *       "lastDeadline": "2026-01-07T17:00:00+09:00",
         *       "window": {
         *         "opensOn": "2025-03-31",
         *         "opensAt": "2025-03-31T00:00:00+09:00",
         *         "closesOn": "2026-01-07",
         *         "opensOnSource": {
         *           "source": {
         *             "doc": "it2025-koubo-tsujyo",
         *             "title": "IT導入補助金2025 公募要領（通常枠）",
         *             "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *             "date": "2025年6月版",
         *             "url": "https://it-shien.smrj.go.jp/",
         *             "locator": "2-1-1 (2) (ウ)",
         *             "authority": "official"
         *           }
         *         },
         *         "closesOnSource": {
         *           "source": {
         *             "doc": "it2025-koubo-tsujyo",
         *             "title": "IT導入補助金2025 公募要領（通常枠）",
         *             "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *             "date": "2025年6月版",
         *             "url": "https://it-shien.smrj.go.jp/",
         *             "locator": "2-1-1 (2) (ウ)",
         *             "authority": "official"
         *           }
         *         }
         *       },
         *       "officialSite": "https://it-shien.smrj.go.jp/",
         *       "lastReviewed": "2026-11-22",
         *       "types": [
         *         {
         *           "id": "invoice",
         *           "name": {
         *             "ja": "インボイス枠 インボイス対応類型",
         *             "en": "Invoice frame: invoice type"
         *           },
         *           "frame": {
         *             "ja": "インボイス枠",
         *             "en": "Invoice frame"
         *           }
         *         }
         *       ]
         *     }
         */
        RoundSummary: {
            /** @example r6 */
            id: string;
            /**
             * @example [
             *       "2025"
             *     ]
             */
            aliases: string[];
            name: components["schemas"]["Localized"];
            /**
             * @description Round id + content hash of its rule file.
             * @example r6-3f2a9c0d1b2e4f5a
             */
            rulesVersion: string;
            status: components["schemas"]["RoundStatus"];
            /**
             * @description closesAt of the first known 締切 of the round still ahead of asOf (any type), or null.
             * @example 2025-06-16T17:00:00+09:00
             */
            nextDeadline: string | null;
            /**
             * @description closesAt of the last known 締切 of the round (any type), or null when none is known. With `awaiting-schedule`, the 締切 after which nothing is known.
             * @example 2026-01-07T17:00:00+09:00
             */
            lastDeadline: string | null;
            window: components["schemas"]["RoundWindow"];
            /** @example https://it-shien.smrj.go.jp/ */
            officialSite: string;
            /** @example 2026-11-22 */
            lastReviewed: string;
            types: {
                /** @enum {string} */
                id: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
                name: components["schemas"]["Localized"];
                frame: components["schemas"]["Localized"];
            }[];
        };
        /**
         * @description Text in Japanese and English.
         * @example {
         *       "ja": "通常枠",
         *       "en": "Regular frame"
         *     }
         */
        Localized: {
            ja: string;
            en: string;
        };
        /**
         * @description Status of a round (回) on asOf (Japan time):
         *     - `upcoming`: asOf is before the round’s 受付開始.
         *     - `open`: at least one known 締切 of the round is still ahead (see nextDeadline).
         *     - `awaiting-schedule`: the last known 締切 (lastDeadline) has passed and no end of the round is published: further 次 may be announced, none is known yet. Not a promise that the round will take more applications.
         *     - `closed`: the last known 締切 has passed and it is the published end of the round (a 締切 marked final, or the window’s closesOn).
         * @example awaiting-schedule
         * @enum {string}
         */
        RoundStatus: "upcoming" | "open" | "awaiting-schedule" | "closed";
        /**
         * @description Application window of a round.
         * @example {
         *       "opensOn": "2025-03-31",
         *       "opensAt": "2025-03-31T00:00:00+09:00",
         *       "closesOn": "2026-01-07",
         *       "opensOnSource": {
         *         "source": {
         *           "doc": "it2025-koubo-tsujyo",
         *           "title": "IT導入補助金2025 公募要領（通常枠）",
         *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *           "date": "2025年6月版",
         *           "url": "https://it-shien.smrj.go.jp/",
         *           "locator": "2-1-1 (2) (ウ)",
         *           "authority": "official"
         *         }
         *       },
         *       "closesOnSource": {
         *         "source": {
         *           "doc": "it2025-koubo-tsujyo",
         *           "title": "IT導入補助金2025 公募要領（通常枠）",
         *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *           "date": "2025年6月版",
         *           "url": "https://it-shien.smrj.go.jp/",
         *           "locator": "2-1-1 (2) (ウ)",
         *           "authority": "official"
         *         }
         *       }
         *     }
         */
        RoundWindow: {
            /**
             * @description 交付申請受付開始 (JST date).
             * @example 2025-03-31
             */
            opensOn: string;
            /**
             * @description 受付開始 as an instant (ISO 8601, +09:00): 00:00 JST of opensOn unless a source gives the hour.
             * @example 2025-03-31T00:00:00+09:00
             */
            opensAt: string;
            /**
             * @description The date of the published end of the round (final 締切), or null when no end is published.
             * @example 2026-01-07
             */
            closesOn: string | null;
            opensOnSource: components["schemas"]["Citation"];
            closesOnSource: components["schemas"]["Citation"] | null;
        };
        /**
         * @description Where a value comes from, and whether it is unconfirmed (with the reason).
         * @example {
         *       "source": {
         *         "doc": "it2025-koubo-tsujyo",
         *         "title": "IT導入補助金2025 公募要領（通常枠）",
         *         "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *         "date": "2025年6月版",
         *         "url": "https://it-shien.smrj.go.jp/",
         *         "locator": "3-2 (3) 交付申請期間",
         *         "authority": "official"
         *       }
         *     }
         */
        Citation: {
            source: components["schemas"]["Source"];
            /** @enum {string} */
            confidence?: "unconfirmed";
            reason?: components["schemas"]["Localized"];
            /** @enum {boolean} */
            planned?: true;
            note?: components["schemas"]["Localized"];
        };
        /**
         * @description A public source of a value, so a site can link it and a chatbot can say how solid it is.
         * @example {
         *       "doc": "it2025-koubo-tsujyo",
         *       "title": "IT導入補助金2025 公募要領（通常枠）",
         *       "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *       "date": "2025年6月版",
         *       "url": "https://it-shien.smrj.go.jp/",
         *       "locator": "2-1-1 (2) (ウ)",
         *       "authority": "official"
         *     }
         */
        Source: {
            /**
             * @description Stable id of the document in the round’s rule file (`documents`).
             * @example it2025-koubo-tsujyo
             */
            doc: string;
            /**
             * @description The document’s title (Japanese, as published).
             * @example IT導入補助金2025 公募要領（通常枠）
             */
            title: string;
            /** @example サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社） */
            publisher: string;
            /**
             * @description Date or version as the document gives it.
             * @example 2025年6月版
             */
            date: string | null;
            /**
             * @description Where to open it, when public.
             * @example https://it-shien.smrj.go.jp/
             */
            url: string | null;
            /**
             * @description Where in the document: section, heading, page, table row or a short quote.
             * @example 2-1-1 (2) (ウ)
             */
            locator: string | null;
            /**
             * @description How solid the document is: `official` (事務局 / 中小機構 / 中小企業庁 / 経済産業省 page or PDF), `official-quoted` (a third party reproducing official text verbatim), `portal` (a subsidy-listing portal), `blog` (a consultant or vendor page), `dataset` (a public dataset paraphrasing official pages). Values resting on a single portal, blog or dataset are `confidence: "unconfirmed"`.
             * @example official
             * @enum {string}
             */
            authority: "official" | "official-quoted" | "portal" | "blog" | "dataset";
        };
        /**
         * @description A problem with status 404: unknown_round, not_found.
         * @example {
         *       "type": "https://it-hojo-api.example/problems/unknown-round",
         *       "title": "Unknown round",
         *       "status": 404,
         *       "detail": "Unknown round",
         *       "code": "unknown_round"
         *     }
         */
        ProblemNotFound: components["schemas"]["Problem"] & ({
            /** @enum {string} */
            code?: "unknown_round" | "not_found";
        } & {
            [key: string]: unknown;
        });
        /**
         * @description A problem with status 429: rate_limited.
         * @example {
         *       "type": "https://it-hojo-api.example/problems/rate-limited",
         *       "title": "Too many requests",
         *       "status": 429,
         *       "detail": "Too many requests",
         *       "code": "rate_limited"
         *     }
         */
        ProblemRateLimited: components["schemas"]["Problem"] & ({
            /** @enum {string} */
            code?: "rate_limited";
        } & {
            [key: string]: unknown;
        });
        /**
         * @description A problem with status 500: internal_error.
         * @example {
         *       "type": "https://it-hojo-api.example/problems/internal-error",
         *       "title": "Internal server error",
         *       "status": 500,
         *       "detail": "Internal server error",
         *       "code": "internal_error"
         *     }
         */
        ProblemInternal: components["schemas"]["Problem"] & ({
            /** @enum {string} */
            code?: "internal_error";
        } & {
            [key: string]: unknown;
        });
        /**
         * @description A round’s whole rule file, for transparency.
         * @example {
         *       "id": "r6",
         *       "rulesVersion": "r6-3f2a9c0d1b2e4f5a",
         *       "rules": {
         *         "id": "r6"
         *       }
         *     }
         */
        RoundDetail: {
            /** @example r6 */
            id: string;
            /** @example r6-3f2a9c0d1b2e4f5a */
            rulesVersion: string;
            /** @description The whole rule file (see rules/rules.schema.json). */
            rules: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A problem with status 422: unknown_type, date_outside_rounds.
         * @example {
         *       "type": "https://it-hojo-api.example/problems/unknown-type",
         *       "title": "The type does not exist in this round",
         *       "status": 422,
         *       "detail": "The type does not exist in this round",
         *       "code": "unknown_type"
         *     }
         */
        ProblemUnprocessable: components["schemas"]["Problem"] & ({
            /** @enum {string} */
            code?: "unknown_type" | "date_outside_rounds";
        } & {
            [key: string]: unknown;
        });
        /**
         * @description Eligibility per type, the classification it rests on, and the questions still open.
         * @example {
         *       "round": "r6",
         *       "rulesVersion": "r6-3f2a9c0d1b2e4f5a",
         *       "asOf": "2025-06-01T00:00:00+09:00",
         *       "roundStatus": {
         *         "round": "r6",
         *         "status": "open",
         *         "opensAt": "2025-03-31T00:00:00+09:00",
         *         "nextDeadline": "2025-06-16T17:00:00+09:00",
         *         "lastDeadline": "2026-01-07T17:00:00+09:00",
         *         "endPublished": true
         *       },
         *       "classification": {
         *         "sme": true,
         *         "small": false,
         *         "deemedLarge": false,
         *         "size": "sme",
         *         "basis": {
         *           "table": "sme",
         *           "row": "retail",
         *           "label": {
         *             "ja": "小売業",
         *             "en": "Retail"
         *           },
         *           "source": {
         *             "doc": "it2025-koubo-tsujyo",
         *             "title": "IT導入補助金2025 公募要領（通常枠）",
         *             "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *             "date": "2025年6月版",
         *             "url": "https://it-shien.smrj.go.jp/",
         *             "locator": "2-1-1 (2) (ウ)",
         *             "authority": "official"
         *           },
         *           "rule": "capital"
         *         },
         *         "smallBasis": {
         *           "table": "small",
         *           "row": "commerce-service",
         *           "label": {
         *             "ja": "商業・サービス業（宿泊業・娯楽業を除く）",
         *             "en": "Commerce and services"
         *           },
         *           "source": {
         *             "doc": "it2025-koubo-tsujyo",
         *             "title": "IT導入補助金2025 公募要領（通常枠）",
         *             "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *             "date": "2025年6月版",
         *             "url": "https://it-shien.smrj.go.jp/",
         *             "locator": "2-1-1 (2) (ウ)",
         *             "authority": "official"
         *           },
         *           "rule": "employees"
         *         },
         *         "deemedLargeBasis": {
         *           "row": null,
         *           "text": null,
         *           "source": null,
         *           "by": "declared"
         *         },
         *         "missing": {
         *           "sme": [],
         *           "small": [],
         *           "deemedLarge": []
         *         }
         *       },
         *       "types": [],
         *       "missing": []
         *     }
         */
        EligibilityResponse: {
            /** @example r6 */
            round: string;
            /** @example r6-3f2a9c0d1b2e4f5a */
            rulesVersion: string;
            /** @example 2025-06-01T00:00:00+09:00 */
            asOf: string;
            classification: components["schemas"]["EligibilityClassification"];
            roundStatus: components["schemas"]["RoundState"];
            types: components["schemas"]["EligibilityType"][];
            /** @description Every type’s questions merged, most decisive first, each with the types it concerns. */
            missing: components["schemas"]["EligibilityQuestion"][];
        };
        /**
         * @description The applicant’s size by the round’s applicant tables, with the row that decided.
         * @example {
         *       "sme": true,
         *       "small": false,
         *       "deemedLarge": false,
         *       "size": "sme",
         *       "basis": {
         *         "table": "sme",
         *         "row": "retail",
         *         "label": {
         *           "ja": "小売業",
         *           "en": "Retail"
         *         },
         *         "source": {
         *           "doc": "it2025-koubo-tsujyo",
         *           "title": "IT導入補助金2025 公募要領（通常枠）",
         *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *           "date": "2025年6月版",
         *           "url": "https://it-shien.smrj.go.jp/",
         *           "locator": "2-1-1 (2) (ウ)",
         *           "authority": "official"
         *         },
         *         "rule": "capital",
         *         "capitalMax": 50000000,
         *         "employeesMax": 50
         *       },
         *       "smallBasis": {
         *         "table": "small",
         *         "row": "commerce-service",
         *         "label": {
         *           "ja": "商業・サービス業（宿泊業・娯楽業を除く）",
         *           "en": "Commerce and services"
         *         },
         *         "source": {
         *           "doc": "it2025-koubo-tsujyo",
         *           "title": "IT導入補助金2025 公募要領（通常枠）",
         *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *           "date": "2025年6月版",
         *           "url": "https://it-shien.smrj.go.jp/",
         *           "locator": "2-1-1 (2) (ウ)",
         *           "authority": "official"
         *         },
         *         "rule": "employees",
         *         "employeesMax": 5
         *       },
         *       "deemedLargeBasis": {
         *         "row": null,
         *         "text": null,
         *         "source": {
         *           "doc": "it2025-koubo-tsujyo",
         *           "title": "IT導入補助金2025 公募要領（通常枠）",
         *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *           "date": "2025年6月版",
         *           "url": "https://it-shien.smrj.go.jp/",
         *           "locator": "2-1-1 (2) (ウ)",
         *           "authority": "official"
         *         },
         *         "by": "declared"
         *       },
         *       "missing": {
         *         "sme": [],
         *         "small": [],
         *         "deemedLarge": []
         *       }
         *     }
         */
        EligibilityClassification: {
            /**
             * @description 中小企業者等 by the tables (before みなし大企業); null = not settled by the facts given.
             * @example true
             */
            sme: boolean | null;
            /**
             * @description 小規模事業者; null = not settled.
             * @example false
             */
            small: boolean | null;
            /**
             * @description みなし大企業; null = not known.
             * @example false
             */
            deemedLarge: boolean | null;
            /**
             * @description small | sme | large (large = not an SME or deemed large); null = not settled.
             * @example sme
             * @enum {string|null}
             */
            size: "small" | "sme" | "large" | null;
            basis: components["schemas"]["EligibilitySizeBasis"];
            smallBasis: components["schemas"]["EligibilitySizeBasis"];
            deemedLargeBasis: {
                row: string | null;
                text: components["schemas"]["Localized"] | null;
                source: components["schemas"]["Source"] | null;
                /** @enum {string} */
                confidence?: "unconfirmed";
                /**
                 * @description declared (business.deemedLarge), facts (deemedLargeFacts; for a sole proprietor only ⑥, taxable income, applies), form (no row of the round applies to the form), unknown.
                 * @example declared
                 * @enum {string}
                 */
                by: "declared" | "facts" | "form" | "unknown";
            };
            /** @description Fields that would settle each unknown. */
            missing: {
                sme: string[];
                small: string[];
                deemedLarge: string[];
            };
        };
        /**
         * @description Which row of which table decided a size, and by which test.
         * @example {
         *       "table": "sme",
         *       "row": "retail",
         *       "label": {
         *         "ja": "小売業",
         *         "en": "Retail"
         *       },
         *       "source": {
         *         "doc": "it2025-koubo-tsujyo",
         *         "title": "IT導入補助金2025 公募要領（通常枠）",
         *         "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *         "date": "2025年6月版",
         *         "url": "https://it-shien.smrj.go.jp/",
         *         "locator": "2-1-1 (2) (ウ)",
         *         "authority": "official"
         *       },
         *       "rule": "capital",
         *       "capitalMax": 50000000,
         *       "employeesMax": 50
         *     }
         */
        EligibilitySizeBasis: {
            /**
             * @description The table of the rule file’s `applicants` that decided.
             * @example sme
             * @enum {string}
             */
            table: "sme" | "otherForms" | "small" | "smallExcludedForms" | "none";
            /**
             * @description Row id in that table.
             * @example retail
             */
            row: string | null;
            label: components["schemas"]["Localized"] | null;
            source: components["schemas"]["Source"] | null;
            /** @enum {string} */
            confidence?: "unconfirmed";
            /**
             * @description The test that decided: capital, employees, both over (capital-and-employees), the main industry’s employee limit, a form never 小規模, no row for the form, or unknown.
             * @example capital
             * @enum {string}
             */
            rule: "capital" | "employees" | "capital-and-employees" | "main-industry-employees" | "form-excluded" | "no-row" | "unknown";
            /**
             * @description The row’s capital limit (以下), yen.
             * @example 50000000
             */
            capitalMax?: number;
            /**
             * @description The row’s employee limit (以下).
             * @example 50
             */
            employeesMax?: number;
        };
        /**
         * @description A round’s status on asOf and the 締切 that decide it.
         * @example {
         *       "round": "r7",
         *       "status": "awaiting-schedule",
         *       "opensAt": "2026-03-30T10:00:00+09:00",
         *       "nextDeadline": null,
         *       "lastDeadline": "2026-09-29T17:00:00+09:00",
         *       "endPublished": false
         *     }
         */
        RoundState: {
            /** @example r7 */
            round: string;
            status: components["schemas"]["RoundStatus"];
            /**
             * @description The round’s 受付開始 (ISO 8601, +09:00).
             * @example 2026-03-30T10:00:00+09:00
             */
            opensAt: string;
            /**
             * @description closesAt of the first known 締切 of the round still ahead of asOf (any type), or null.
             * @example null
             */
            nextDeadline: string | null;
            /**
             * @description closesAt of the last known 締切 of the round (any type), or null when none is known.
             * @example 2026-09-29T17:00:00+09:00
             */
            lastDeadline: string | null;
            /**
             * @description The end of the round is published (a 締切 marked final, or the window’s closesOn).
             * @example false
             */
            endPublished: boolean;
        };
        /**
         * @description Whether the business may apply for one type, as named criteria.
         * @example {
         *       "type": "security",
         *       "name": {
         *         "ja": "セキュリティ対策推進枠",
         *         "en": "Security frame"
         *       },
         *       "frame": {
         *         "ja": "セキュリティ対策推進枠",
         *         "en": "Security frame"
         *       },
         *       "eligible": "yes",
         *       "criteria": [],
         *       "missing": [],
         *       "combinable": {
         *         "types": [
         *           "regular",
         *           "invoice"
         *         ],
         *         "ruledOut": [],
         *         "source": {
         *           "doc": "it2025-koubo-tsujyo",
         *           "title": "IT導入補助金2025 公募要領（通常枠）",
         *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *           "date": "2025年6月版",
         *           "url": "https://it-shien.smrj.go.jp/",
         *           "locator": "2-1-1 (2) (ウ)",
         *           "authority": "official"
         *         }
         *       },
         *       "deadline": null,
         *       "floor": {
         *         "yen": 50000,
         *         "source": {
         *           "doc": "it2025-koubo-tsujyo",
         *           "title": "IT導入補助金2025 公募要領（通常枠）",
         *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *           "date": "2025年6月版",
         *           "url": "https://it-shien.smrj.go.jp/",
         *           "locator": "2-1-1 (2) (ウ)",
         *           "authority": "official"
         *         }
         *       },
         *       "productivity": {
         *         "summary": {
         *           "ja": "労働生産性の目標（3年間の事業計画）: 年平均成長率1%以上",
         *           "en": "Labour-productivity target (3-year plan): average annual growth of at least 1%"
         *         },
         *         "targets": [
         *           {
         *             "measure": "annual-average",
         *             "percent": 1,
         *             "years": 3,
         *             "appliesTo": "all",
         *             "applies": true,
         *             "text": {
         *               "ja": "事業計画期間において労働生産性の年平均成長率を1%以上とすること",
         *               "en": "Average annual labour-productivity growth of at least 1% over the plan period"
         *             },
         *             "source": {
         *               "doc": "it2025-koubo-tsujyo",
         *               "title": "IT導入補助金2025 公募要領（通常枠）",
         *               "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *               "date": "2025年6月版",
         *               "url": "https://it-shien.smrj.go.jp/",
         *               "locator": "2-1-1 (2) (ク)",
         *               "authority": "official"
         *             }
         *           }
         *         ]
         *       },
         *       "warnings": [
         *         "no_upcoming_deadline"
         *       ]
         *     }
         */
        EligibilityType: {
            /** @enum {string} */
            type: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
            name: components["schemas"]["Localized"];
            frame: components["schemas"]["Localized"];
            /**
             * @description no: a mandatory confirmed criterion fails; unknown: a mandatory criterion is unknown or an unconfirmed one fails; yes otherwise.
             * @example yes
             * @enum {string}
             */
            eligible: "yes" | "no" | "unknown";
            criteria: components["schemas"]["EligibilityCriterion"][];
            /** @description Facts that would settle the unknown criteria, most decisive first. */
            missing: components["schemas"]["EligibilityQuestion"][];
            /** @description null when the round’s rules say nothing about combining this type. */
            combinable: {
                /** @description Other types of the round the rules allow in the same period and this business is not ruled out of. */
                types: ("regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company")[];
                /** @description Allowed by the rules, but this business is not eligible for them. */
                ruledOut: ("regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company")[];
                source: components["schemas"]["Source"];
                /** @enum {string} */
                confidence?: "unconfirmed";
                note?: components["schemas"]["Localized"] & unknown;
            } | null;
            deadline: components["schemas"]["EligibilityDeadline"] | null;
            /**
             * @description 補助下限 of the type (the lowest floor of its lines), or null when none (e.g. 下限なし).
             * @example {
             *       "yen": 50000,
             *       "source": {
             *         "doc": "it2025-koubo-tsujyo",
             *         "title": "IT導入補助金2025 公募要領（通常枠）",
             *         "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
             *         "date": "2025年6月版",
             *         "url": "https://it-shien.smrj.go.jp/",
             *         "locator": "2-1-1 (2) (ウ)",
             *         "authority": "official"
             *       }
             *     }
             */
            floor: {
                yen: number;
                source: components["schemas"]["Source"];
                /** @enum {string} */
                confidence?: "unconfirmed";
            } | null;
            productivity: components["schemas"]["EligibilityProductivity"];
            /**
             * @description unconfirmed_rule: a criterion or a 労働生産性 target that applies rests on an UNCONFIRMED fact; no_upcoming_deadline: no 締切 of the type ahead of asOf is known (see roundStatus for why); planned_subsidy_below_floor: status.plannedSubsidy is below the type’s 補助下限 (`floor`), so that amount cannot be applied for.
             * @example []
             */
            warnings: ("unconfirmed_rule" | "no_upcoming_deadline" | "planned_subsidy_below_floor")[];
        };
        /**
         * @description One named requirement of a type, its result and why.
         * @example {
         *       "code": "gbizid_prime",
         *       "kind": "mandatory",
         *       "result": "pass",
         *       "observed": {
         *         "status.gbizIdPrime": true
         *       },
         *       "expected": {
         *         "ja": "gBizIDプライムを取得していること",
         *         "en": "Must hold a gBizID Prime account"
         *       },
         *       "message": {
         *         "ja": "gBizIDプライムを取得済みです",
         *         "en": "Holds gBizID Prime"
         *       },
         *       "source": {
         *         "doc": "it2025-koubo-tsujyo",
         *         "title": "IT導入補助金2025 公募要領（通常枠）",
         *         "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *         "date": "2025年6月版",
         *         "url": "https://it-shien.smrj.go.jp/",
         *         "locator": "2-1-1 (2) (ウ)",
         *         "authority": "official"
         *       }
         *     }
         */
        EligibilityCriterion: {
            /**
             * @description Stable criterion code:
             *     - `sme_status`: 中小企業・小規模事業者等であること: capital OR employees at or below the row of the main industry (会社・個人事業主), or employees only for その他の法人.
             *     - `deemed_large`: みなし大企業でないこと: no single large company owning ≥1/2, large companies together ≥2/3, officers from large companies ≥1/2, average taxable income > 15億円, …
             *     - `operates_in_japan`: 日本国内で事業を営む法人又は個人であること.
             *     - `gbizid_prime`: gBizIDプライムを取得していること.
             *     - `security_action`: SECURITY ACTION「★一つ星」又は「★★二つ星」を宣言していること.
             *     - `contract_before_decision`: 交付決定前に発注・契約・支払いを行っていないこと.
             *     - `duplicate_type`: 同一の類型（枠）に複数申請しないこと (one application per type per round; for 複数社連携, one group per member).
             *     - `miradeji_check`: みらデジ経営チェックを実施していること (rounds that require it).
             *     - `wage_raise_plan`: 賃上げ目標: a wage-raise plan announced to employees, required from the round’s amount (150万円以上) unless exempt (r6: 小規模事業者, 医療・介護・社会福祉・学校).
             *     - `minimum_wage`: 事業場内最低賃金が地域別最低賃金以上であること.
             *     - `repeat_within_12_months`: 過去の交付決定日から12か月以内の申請制限 (which earlier grants block which type is per round).
             *     - `group_size`: 複数社連携: グループ構成員が10者以上であること.
             *     - `it_provider_in_group`: 複数社連携: IT提供事業者はグループ構成員になれない.
             *     - `prior_recipient_wage_commitment`: r7: 2022–2025 の交付決定事業者は賃金引上げ計画の策定・表明が必要 (小規模事業者は除く).
             *     - `security_service_repeat`: お助け隊サービス: 2022–2024 に交付決定、又はこの回で申請済みのものは再度申請できない.
             *     - `sme_counterparty`: 電子取引類型 (r4 商流一括): 発注者として自ら費用を負担して導入し、アカウントを無償供与する受注者に中小企業・小規模事業者等が1社以上含まれること.
             *     - `concurrent_application`: 重複申請: another type pending or granted in the same round (status.priorGrants with this round) is checked against both types’ 公募要領: forbidden by either → fail, allowed by either → pass, named by neither → unknown with both sentences in `quotes` and the question status.concurrentConfirmed.
             *     - `accepting_applications`: 交付申請期間: a 締切 of the type is still ahead. After the last known 締切 of a round or type whose end is published (window closesOn, or a 締切 marked final) → fail; when no further 締切 is published yet → unknown.
             *     - `lead_is_corporation`: 複数社連携 代表事業者: 日本国内で法人登記され日本国内で事業を営む法人であること (a sole proprietor may only be a 参画事業者).
             *     - `excluded_business`: 申請の対象外となる事業者でないこと: 風俗営業, 過去1年の労働関係法令違反による送検処分, 反社会的勢力, 宗教法人, 法人格のない任意団体, 補助金交付等停止措置・指名停止措置, 他の補助金での不正 等 (2-1-2).
             *     - `it_support_provider`: 申請者自身がこの回のIT導入支援事業者（構成員を含む）に登録している、又は登録しようとしている事業者でないこと (2-1-2 (3)).
             *     - `counterparty_invoice_issuer`: 電子取引類型 (ツ): 取引先である中小企業・小規模事業者等が適格請求書発行事業者の登録を受けていること.
             * @example gbizid_prime
             * @enum {string}
             */
            code: "sme_status" | "deemed_large" | "operates_in_japan" | "gbizid_prime" | "security_action" | "contract_before_decision" | "duplicate_type" | "miradeji_check" | "wage_raise_plan" | "minimum_wage" | "repeat_within_12_months" | "group_size" | "it_provider_in_group" | "prior_recipient_wage_commitment" | "security_service_repeat" | "sme_counterparty" | "concurrent_application" | "accepting_applications" | "lead_is_corporation" | "excluded_business" | "it_support_provider" | "counterparty_invoice_issuer";
            /**
             * @description 必須 or 加点 (bonus never decides).
             * @example mandatory
             * @enum {string}
             */
            kind: "mandatory" | "bonus";
            /**
             * @example pass
             * @enum {string}
             */
            result: "pass" | "fail" | "unknown";
            /**
             * @description The input facts the criterion read, by request path (null = not given).
             * @example {
             *       "status.gbizIdPrime": true
             *     }
             */
            observed: {
                [key: string]: unknown;
            };
            expected: components["schemas"]["Localized"];
            message: components["schemas"]["Localized"];
            source: components["schemas"]["Source"];
            /**
             * @description The rule is UNCONFIRMED for this round: a fail cannot by itself make `eligible` no.
             * @enum {string}
             */
            confidence?: "unconfirmed";
            note?: components["schemas"]["Localized"] & unknown;
            /** @description The sources’ own sentences (ja verbatim, en translated) where the outcome rests on what they leave unsaid, e.g. both 公募要領 on a pair of types neither names. */
            quotes?: {
                text: components["schemas"]["Localized"];
                source: components["schemas"]["Source"];
                /** @enum {string} */
                confidence?: "unconfirmed";
            }[];
        };
        /**
         * @description A fact still needed, with the question to ask and the allowed answers.
         * @example {
         *       "path": "status.gbizIdPrime",
         *       "question": {
         *         "ja": "gBizIDプライムのアカウントを取得していますか",
         *         "en": "Does the business hold a gBizID Prime account?"
         *       },
         *       "answers": {
         *         "kind": "boolean"
         *       },
         *       "codes": [
         *         "gbizid_prime"
         *       ],
         *       "decisive": true
         *     }
         */
        EligibilityQuestion: {
            /**
             * @description Request field that answers the question.
             * @example business.employees
             */
            path: string;
            question: components["schemas"]["Localized"];
            answers: {
                /** @enum {string} */
                kind: "boolean" | "enum" | "integer" | "list" | "date";
                values?: string[];
                /** @enum {string} */
                unit?: "yen" | "people" | "members" | "percent";
                min?: number;
            };
            /** @description Criteria the answer would settle. */
            codes: ("sme_status" | "deemed_large" | "operates_in_japan" | "gbizid_prime" | "security_action" | "contract_before_decision" | "duplicate_type" | "miradeji_check" | "wage_raise_plan" | "minimum_wage" | "repeat_within_12_months" | "group_size" | "it_provider_in_group" | "prior_recipient_wage_commitment" | "security_service_repeat" | "sme_counterparty" | "concurrent_application" | "accepting_applications" | "lead_is_corporation" | "excluded_business" | "it_support_provider" | "counterparty_invoice_issuer")[];
            /**
             * @description The answer can make the type `no` (a mandatory, confirmed criterion of a type that is not already `no`). Decisive questions come first.
             * @example true
             */
            decisive: boolean;
            /** @description Top-level list only: the types the question concerns. */
            types?: ("regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company")[];
        };
        /**
         * @description The next 締切 of the type not yet closed on asOf (`open`, or `upcoming` before its opening).
         * @example {
         *       "round": "r6",
         *       "type": "invoice",
         *       "phase": 2,
         *       "opensAt": "2025-03-31T00:00:00+09:00",
         *       "closesAt": "2025-06-16T17:00:00+09:00",
         *       "decisionOn": "2025-07-24",
         *       "final": false,
         *       "status": "open",
         *       "daysLeft": 15,
         *       "confidence": "confirmed",
         *       "planned": false,
         *       "source": {
         *         "doc": "it2025-koubo-tsujyo",
         *         "title": "IT導入補助金2025 公募要領（通常枠）",
         *         "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *         "date": "2025年6月版",
         *         "url": "https://it-shien.smrj.go.jp/",
         *         "locator": "2-1-1 (2) (ウ)",
         *         "authority": "official"
         *       },
         *       "decisionSource": null,
         *       "reportBy": null,
         *       "reportSource": null,
         *       "note": null
         *     }
         */
        EligibilityDeadline: {
            round: string;
            /** @enum {string} */
            type: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
            phase: number | null;
            opensAt: string | null;
            /** @example 2025-06-16T17:00:00+09:00 */
            closesAt: string;
            decisionOn: string | null;
            final: boolean;
            status: components["schemas"]["DeadlineStatus"];
            daysLeft: number;
            /** @enum {string} */
            confidence: "confirmed" | "unconfirmed";
            planned: boolean;
            source: components["schemas"]["Source"];
            decisionSource: components["schemas"]["Source"] | null;
            reportBy: string | null;
            reportSource: components["schemas"]["Source"] | null;
            note: {
                ja: string;
                en: string;
            } | null;
        };
        /**
         * @description Status of a 締切 on asOf (Japan time):
         *     - `upcoming`: applications for this 締切 have not started: asOf is before the opening of its schedule entry or, when none is given, before the round’s 受付開始.
         *     - `open`: applications are accepted: asOf is at or after the opening and before closesAt (17:00 JST of the day unless the source says otherwise).
         *     - `closed`: closesAt has been reached (at 17:00:00 the 締切 is closed).
         * @example open
         * @enum {string}
         */
        DeadlineStatus: "upcoming" | "open" | "closed";
        /**
         * @description 労働生産性 targets of the type’s 事業計画: a commitment made in the plan, not a yes/no criterion (it never changes `eligible`). null when the round’s rules set none for the type (e.g. インボイス枠).
         * @example {
         *       "summary": {
         *         "ja": "労働生産性の目標（3年間の事業計画）: 年平均成長率1%以上",
         *         "en": "Labour-productivity target (3-year plan): average annual growth of at least 1%"
         *       },
         *       "targets": [
         *         {
         *           "measure": "annual-average",
         *           "percent": 1,
         *           "years": 3,
         *           "appliesTo": "all",
         *           "applies": true,
         *           "text": {
         *             "ja": "事業計画期間において労働生産性の年平均成長率を1%以上とすること",
         *             "en": "Average annual labour-productivity growth of at least 1% over the plan period"
         *           },
         *           "source": {
         *             "doc": "it2025-koubo-tsujyo",
         *             "title": "IT導入補助金2025 公募要領（通常枠）",
         *             "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *             "date": "2025年6月版",
         *             "url": "https://it-shien.smrj.go.jp/",
         *             "locator": "2-1-1 (2) (ク)",
         *             "authority": "official"
         *           }
         *         }
         *       ]
         *     }
         */
        EligibilityProductivity: {
            summary: components["schemas"]["Localized"] & unknown;
            targets: {
                /**
                 * @description after-one-year: 1年後の労働生産性の向上率; annual-average: 事業計画期間の年平均成長率.
                 * @enum {string}
                 */
                measure: "after-one-year" | "annual-average";
                /**
                 * @description The target in percent (at least).
                 * @example 3
                 */
                percent: number;
                /**
                 * @description Length of the 事業計画 in years.
                 * @example 3
                 */
                years: number;
                /**
                 * @description Who the source sets it for: every applicant; applicants with the earlier grants the text names; a group with such a member.
                 * @enum {string}
                 */
                appliesTo: "all" | "prior-recipients" | "groups-with-prior-recipients";
                /** @description true: this applicant’s target; false: the other target of the same measure is; null: status.priorGrants (or, for a group, the other members) does not tell. */
                applies: boolean | null;
                text: components["schemas"]["Localized"] & unknown;
                source: components["schemas"]["Source"];
                /** @enum {string} */
                confidence?: "unconfirmed";
                reason?: components["schemas"]["Localized"] & unknown;
            }[];
        } | null;
        /**
         * @description A problem with status 400: validation_failed, malformed_json.
         * @example {
         *       "type": "https://it-hojo-api.example/problems/validation-failed",
         *       "title": "The request is not valid",
         *       "status": 400,
         *       "detail": "The request is not valid",
         *       "code": "validation_failed"
         *     }
         */
        ProblemBody: components["schemas"]["Problem"] & ({
            /** @enum {string} */
            code?: "validation_failed" | "malformed_json";
        } & {
            [key: string]: unknown;
        });
        /**
         * @description A problem with status 413: payload_too_large.
         * @example {
         *       "type": "https://it-hojo-api.example/problems/payload-too-large",
         *       "title": "The request body is too large",
         *       "status": 413,
         *       "detail": "The request body is too large",
         *       "code": "payload_too_large"
         *     }
         */
        ProblemTooLarge: components["schemas"]["Problem"] & ({
            /** @enum {string} */
            code?: "payload_too_large";
        } & {
            [key: string]: unknown;
        });
        /**
         * @description A problem with status 415: unsupported_media_type.
         * @example {
         *       "type": "https://it-hojo-api.example/problems/unsupported-media-type",
         *       "title": "Content-Type must be application/json",
         *       "status": 415,
         *       "detail": "Content-Type must be application/json",
         *       "code": "unsupported_media_type"
         *     }
         */
        ProblemMediaType: components["schemas"]["Problem"] & ({
            /** @enum {string} */
            code?: "unsupported_media_type";
        } & {
            [key: string]: unknown;
        });
        /**
         * @description A business and what it has done. Every fact is optional: missing facts give `unknown` and the questions to ask.
         * @example {
         *       "round": "r6",
         *       "asOf": "2025-06-01",
         *       "types": [
         *         "invoice",
         *         "regular"
         *       ],
         *       "business": {
         *         "form": "company",
         *         "industry": "retail",
         *         "capital": 30000000,
         *         "employees": 60,
         *         "deemedLarge": false,
         *         "operatesInJapan": true
         *       },
         *       "status": {
         *         "gbizIdPrime": true,
         *         "securityAction": "one-star",
         *         "contractedBeforeDecision": false,
         *         "minimumWageCompliant": true,
         *         "priorGrants": []
         *       }
         *     }
         */
        EligibilityRequest: {
            /**
             * @description Round id (r3…r7) or programme year alias (2022…2026).
             * @example r6
             */
            round?: string;
            /**
             * @description The date (read as 00:00 JST) or timestamp the answer is for; default now.
             * @example 2025-06-01
             */
            asOf?: string;
            /**
             * @description Types to answer for; default every type of the round.
             * @example [
             *       "invoice",
             *       "regular"
             *     ]
             */
            types?: ("regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company")[];
            business?: components["schemas"]["EligibilityBusiness"];
            status?: components["schemas"]["EligibilityStatus"];
        };
        /**
         * @description Facts about the business; any may be absent (= unknown, answered with questions).
         * @example {
         *       "form": "company",
         *       "industry": "retail",
         *       "capital": 30000000,
         *       "employees": 60,
         *       "deemedLarge": false,
         *       "operatesInJapan": true
         *     }
         */
        EligibilityBusiness: {
            /**
             * @description Legal form (組織形態). `commerce-association` = 商工会 (商工会法) or 商工会議所 (商工会議所法); `commerce-federation` = 都道府県商工会連合会; `cooperative` = 中小企業団体 and 特別の法律によって設立された組合 (事業協同組合, 商店街振興組合 …); `other` = any form not listed (the answer then asks about the 2-1-2 exclusions, e.g. 宗教法人, 法人格のない任意団体).
             * @example company
             * @enum {string}
             */
            form?: "company" | "sole-proprietor" | "medical-corporation" | "social-welfare-corporation" | "school-corporation" | "commerce-association" | "commerce-federation" | "cooperative" | "foundation-or-association" | "npo" | "other";
            /**
             * @description Main industry (主たる業種). `ryokan` = 旅館業 under the 旅館業法: 旅館・ホテル営業 (hotels included), 簡易宿所営業 and 下宿営業 (the 旅館業 row: 資本金5,000万円 or 200 employees); `accommodation`/`entertainment` = other 宿泊業・娯楽業; `rubber` = ゴム製品製造業 (tyres and industrial belts are `manufacturing`).
             * @example retail
             * @enum {string}
             */
            industry?: "manufacturing" | "construction" | "transport" | "wholesale" | "retail" | "service" | "software" | "ryokan" | "accommodation" | "entertainment" | "rubber" | "other";
            /**
             * @description 資本金の額又は出資の総額, yen. Companies only: a sole proprietor has none.
             * @example 30000000
             */
            capital?: number;
            /**
             * @description 常時使用する従業員 (労働基準法第20条; officers and the owner excluded).
             * @example 60
             */
            employees?: number;
            /**
             * @description みなし大企業, if known; otherwise give `deemedLargeFacts`.
             * @example false
             */
            deemedLarge?: boolean;
            deemedLargeFacts?: components["schemas"]["EligibilityDeemedLargeFacts"];
            /**
             * @description 日本国内で事業を営む法人又は個人.
             * @example true
             */
            operatesInJapan?: boolean;
            /**
             * @description Any of 申請の対象外となる事業者 (2-1-2): 風俗営業 (except 旅館業), prosecution (送検処分) for labour-law violations within the past year, ties to anti-social forces, 宗教法人, an association without legal personality (任意団体), a 補助金交付等停止措置 or 指名停止措置, fraud in another subsidy.
             * @example false
             */
            excludedCategory?: boolean;
            /**
             * @description The applicant itself is registered, or registering, as an IT導入支援事業者 (or one of its members) in the round asked about (2-1-2 (3)).
             * @example false
             */
            itSupportProvider?: boolean;
            /**
             * @description 複数社連携 代表事業者 (ア) (ii): a body with legal personality that makes up a 商店街等 (商店街振興組合, 事業協同組合 …). Asked only of a `cooperative` that would lead the group and is not an SME by size.
             * @example true
             */
            shotengai?: boolean;
            /**
             * @description Activity exempt from the r6 通常枠 賃上げ requirement: insured-medical (保険医療機関・保険薬局), care (介護サービス), social-welfare (社会福祉事業・更生保護事業), school (学校), or none.
             * @example none
             * @enum {string}
             */
            sector?: "insured-medical" | "care" | "social-welfare" | "school" | "none";
        };
        /**
         * @description The facts that decide みなし大企業, when `deemedLarge` is not given. Any may be absent.
         * @example {
         *       "largestLargeOwnerShare": 40,
         *       "largeOwnersShare": 40,
         *       "largeOfficerShare": 0,
         *       "averageTaxableIncome": 80000000
         *     }
         */
        EligibilityDeemedLargeFacts: {
            /**
             * @description Share of shares/出資 owned by the single largest 大企業 (みなし大企業 ①: 1/2以上) (percent, 0–100).
             * @example 40
             */
            largestLargeOwnerShare?: number;
            /**
             * @description Share owned by 大企業 together (②: 2/3以上) (percent, 0–100).
             * @example 40
             */
            largeOwnersShare?: number;
            /**
             * @description Share of 役員 who are 役員/職員 of a 大企業 (③: 1/2以上) (percent, 0–100).
             * @example 0
             */
            largeOfficerShare?: number;
            /**
             * @description ④ owned by a company that is itself deemed large by ①–③.
             * @example false
             */
            ownedByDeemedLarge?: boolean;
            /**
             * @description ⑤ all 役員 are 役員/職員 of a company deemed large by ①–③.
             * @example false
             */
            officersAllFromDeemedLarge?: boolean;
            /**
             * @description ⑥ average 課税所得 of the last 3 filed years, yen (15億円超 → deemed large).
             * @example 80000000
             */
            averageTaxableIncome?: number;
        };
        /**
         * @description What the applicant has done; any field may be absent (= unknown).
         * @example {
         *       "gbizIdPrime": true,
         *       "securityAction": "one-star",
         *       "contractedBeforeDecision": false,
         *       "minimumWageCompliant": true,
         *       "priorGrants": []
         *     }
         */
        EligibilityStatus: {
            /**
             * @description Holds a gBizID Prime account.
             * @example true
             */
            gbizIdPrime?: boolean;
            /**
             * @description SECURITY ACTION declaration.
             * @example one-star
             * @enum {string}
             */
            securityAction?: "none" | "one-star" | "two-star";
            /**
             * @description みらデジ経営チェック done.
             * @example false
             */
            miradejiCheck?: boolean;
            /**
             * @description Ordered, contracted or paid before 交付決定.
             * @example false
             */
            contractedBeforeDecision?: boolean;
            /**
             * @description 事業場内最低賃金 ≥ 地域別最低賃金 in the month before applying.
             * @example true
             */
            minimumWageCompliant?: boolean;
            /**
             * @description Earlier grants; [] = none. Absent = unknown.
             * @example [
             *       {
             *         "round": "r5",
             *         "type": "regular",
             *         "decidedOn": "2024-07-29"
             *       }
             *     ]
             */
            priorGrants?: components["schemas"]["EligibilityPriorGrant"][];
            /**
             * @description A wage-raise plan (賃金引上げ計画) meeting the round’s requirement is drawn up and announced to employees.
             * @example false
             */
            wageRaisePlan?: boolean;
            /**
             * @description Subsidy the applicant means to request, yen (decides whether 賃上げ is required).
             * @example 1000000
             */
            plannedSubsidy?: number;
            /**
             * @description 複数社連携: グループ構成員 including the 代表事業者.
             * @example 0
             */
            groupMembers?: number;
            /**
             * @description 複数社連携: an IT提供事業者 is a group member.
             * @example false
             */
            itProviderInGroup?: boolean;
            /**
             * @description 電子取引類型: the business is the orderer paying for the tool and at least one supplier given a free account is an SME.
             * @example true
             */
            smeCounterparties?: boolean;
            /**
             * @description 電子取引類型 (ツ): the SME 取引先 are registered 適格請求書発行事業者.
             * @example true
             */
            counterpartiesInvoiceIssuers?: boolean;
            /**
             * @description 複数社連携: the applicant is the 代表事業者 (lead) or a 参画事業者 (participant). Asked only where the requirements differ (法人 only, gBizIDプライム, the (ア) (ii)–(iv) bodies).
             * @example lead
             * @enum {string}
             */
            groupRole?: "lead" | "participant";
            /**
             * @description The 事務局 confirmed this type may be applied for beside another type pending in the same round, where neither 公募要領 names the pair (e.g. r6 インボイス対応類型 and 電子取引類型).
             * @example true
             */
            concurrentConfirmed?: boolean;
        };
        /**
         * @description An earlier IT導入補助金 grant (交付決定), or an application pending in the round asked about. A 複数社連携 grant counts for every group member (「グループ構成員を含む」). Rejected or withdrawn applications are not listed.
         * @example {
         *       "round": "r5",
         *       "type": "regular",
         *       "decidedOn": "2024-07-29"
         *     }
         */
        EligibilityPriorGrant: {
            /**
             * @description Round id (r3…r7) or programme year alias (2022…2026).
             * @example r6
             */
            round: string;
            /**
             * @description Type id of the earlier grant.
             * @example regular
             * @enum {string}
             */
            type: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
            /**
             * Format: date
             * @description 交付決定日 (YYYY-MM-DD); needed by the 12-month rules.
             * @example 2024-07-29
             */
            decidedOn?: string;
        };
        /**
         * @description The subsidy for the purchase, line by line, with sources and warnings.
         * @example {
         *       "round": {
         *         "id": "r6",
         *         "name": {
         *           "ja": "IT導入補助金2025（令和6年度補正）",
         *           "en": "IT Introduction Subsidy 2025"
         *         },
         *         "rulesVersion": "r6-3f2a9c0d1b2e4f5a"
         *       },
         *       "asOf": "2025-06-01T00:00:00+09:00",
         *       "type": {
         *         "id": "invoice",
         *         "name": {
         *           "ja": "インボイス枠 インボイス対応類型",
         *           "en": "Invoice frame: invoice type"
         *         },
         *         "frame": {
         *           "ja": "インボイス枠",
         *           "en": "Invoice frame"
         *         },
         *         "subtype": null,
         *         "band": null
         *       },
         *       "applicant": {
         *         "size": "sme",
         *         "nearMinimumWage": false
         *       },
         *       "subsidy": 722222,
         *       "selfPay": 277778,
         *       "eligibleCost": 1000000,
         *       "totalCost": 1000000,
         *       "lines": [],
         *       "group": null,
         *       "warnings": [],
         *       "deadline": null,
         *       "roundStatus": {
         *         "round": "r6",
         *         "status": "open",
         *         "opensAt": "2025-03-31T00:00:00+09:00",
         *         "nextDeadline": "2025-06-16T17:00:00+09:00",
         *         "lastDeadline": "2026-01-07T17:00:00+09:00",
         *         "endPublished": true
         *       },
         *       "rounding": {
         *         "rule": "floor-per-line",
         *         "text": {
         *           "ja": "補助額の1円未満は切り捨て（行ごとに1回）",
         *           "en": "Fractions of a yen are dropped, once per line (1円未満切り捨て)"
         *         },
         *         "segments": {
         *           "ja": "区分の金額は切り捨て、失われた円は端数の大きい区分から配分",
         *           "en": "Segment amounts are floored; the yen lost go to the largest dropped fractions"
         *         },
         *         "source": {
         *           "doc": "it2025-koubo-tsujyo",
         *           "title": "IT導入補助金2025 公募要領（通常枠）",
         *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *           "date": "2025年6月版",
         *           "url": "https://it-shien.smrj.go.jp/",
         *           "locator": "2-1-1 (2) (ウ)",
         *           "authority": "official"
         *         }
         *       },
         *       "disclaimer": {
         *         "ja": "この試算は公開資料に基づく参考値です。",
         *         "en": "An estimate from the published documents, not a decision."
         *       }
         *     }
         */
        EstimateResponse: {
            /** @description The round the answer is for, and the version of its rule file. */
            round: {
                id: string;
                name: components["schemas"]["Localized"];
                rulesVersion: string;
            };
            /**
             * @description The instant the answer is for (JST).
             * @example 2025-06-01T00:00:00+09:00
             */
            asOf: string;
            /** @description The type, and its band/subtype where it has them. */
            type: {
                /** @enum {string} */
                id: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
                name: components["schemas"]["Localized"];
                frame: components["schemas"]["Localized"];
                /**
                 * @description A/B類型 where the round has them (r3/r4 通常枠), from the subsidy band.
                 * @example null
                 * @enum {string|null}
                 */
                subtype: "A" | "B" | null;
                /** @description The subsidy band (通常枠), or null. */
                band: {
                    id: string;
                    label: components["schemas"]["Localized"];
                    source: components["schemas"]["Source"];
                } | null;
            };
            applicant: {
                /** @enum {string} */
                size: "small" | "sme" | "large";
                nearMinimumWage: boolean;
            };
            /**
             * @description Total subsidy, integer yen.
             * @example 722222
             */
            subsidy: number;
            /**
             * @description totalCost − subsidy.
             * @example 277778
             */
            selfPay: number;
            /**
             * @description Sum of the lines’ eligible costs.
             * @example 1000000
             */
            eligibleCost: number;
            /**
             * @description Everything entered, eligible or not: the sum of the lines’ costs.
             * @example 1000000
             */
            totalCost: number;
            lines: components["schemas"]["EstimateLine"][];
            group: components["schemas"]["EstimateGroupResult"] | null;
            warnings: components["schemas"]["EstimateWarning"][];
            /** @description The next 締切 of the type not yet closed on asOf (`open`, or `upcoming` before its opening); null when none is known (roundStatus says why). */
            deadline: components["schemas"]["EligibilityDeadline"] | null;
            roundStatus: components["schemas"]["RoundState"];
            rounding: {
                /** @enum {string} */
                rule: "floor-per-line";
                text: components["schemas"]["Localized"];
                segments: components["schemas"]["Localized"] & unknown;
                source: components["schemas"]["Source"];
            };
            disclaimer: components["schemas"]["Localized"];
        };
        /**
         * @description One cost category: its eligible cost, rate, cap and subsidy, with the arithmetic.
         * @example {
         *       "category": "it-tool",
         *       "name": {
         *         "ja": "ITツール（ソフトウェア・クラウド・導入関連費）",
         *         "en": "IT tool (software, cloud, services)"
         *       },
         *       "cost": 1000000,
         *       "eligibleCost": 1000000,
         *       "ineligible": 0,
         *       "rate": "3/4",
         *       "rates": [
         *         "3/4",
         *         "2/3"
         *       ],
         *       "rateText": "3/4 → 2/3",
         *       "segments": [
         *         {
         *           "rate": "3/4",
         *           "upTo": 500000,
         *           "eligibleCost": 666667,
         *           "subsidy": 500000
         *         },
         *         {
         *           "rate": "2/3",
         *           "upTo": null,
         *           "eligibleCost": 333333,
         *           "subsidy": 222222
         *         }
         *       ],
         *       "cap": 3500000,
         *       "capInclusive": true,
         *       "floor": null,
         *       "subsidy": 722222,
         *       "source": {
         *         "doc": "it2025-koubo-tsujyo",
         *         "title": "IT導入補助金2025 公募要領（通常枠）",
         *         "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *         "date": "2025年6月版",
         *         "url": "https://it-shien.smrj.go.jp/",
         *         "locator": "2-1-1 (2) (ウ)",
         *         "authority": "official"
         *       },
         *       "sources": [
         *         {
         *           "doc": "it2025-koubo-tsujyo",
         *           "title": "IT導入補助金2025 公募要領（通常枠）",
         *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *           "date": "2025年6月版",
         *           "url": "https://it-shien.smrj.go.jp/",
         *           "locator": "2-1-1 (2) (ウ)",
         *           "authority": "official"
         *         }
         *       ],
         *       "confidence": "confirmed",
         *       "why": {
         *         "ja": "補助対象経費 ソフトウェア 1,000,000円 = 1,000,000円。補助額500,000円までは3/4、それを超える部分は2/3: 合計 722,222.22…円。1円未満切り捨て → 722,222円。",
         *         "en": "eligible cost software 1,000,000 = 1,000,000 yen; 3/4 up to a subsidy of 500,000, 2/3 above: 722,222.22… yen; 1円未満切り捨て → 722,222 yen."
         *       }
         *     }
         */
        EstimateLine: {
            /**
             * @description it-tool | pc | register | security-service | analysis | admin; not-covered: costs the type does not cover at all (subsidy 0).
             * @example it-tool
             * @enum {string}
             */
            category: "it-tool" | "pc" | "register" | "security-service" | "analysis" | "admin" | "not-covered";
            name: components["schemas"]["Localized"];
            /**
             * @description What the applicant pays for the line (all months).
             * @example 1000000
             */
            cost: number;
            /**
             * @description The part the rules cover (floored for display).
             * @example 1000000
             */
            eligibleCost: number;
            /**
             * @description The part the rules do not cover (months beyond the limit, 役務 above its cap or without software, refused hardware): cost = eligibleCost + ineligible.
             * @example 0
             */
            ineligible: number;
            /**
             * @description Rate of the first segment, as a fraction (see rates for all of them).
             * @example 3/4
             */
            rate: string;
            /**
             * @description Every rate the line’s subsidy is computed with, in segment order.
             * @example [
             *       "3/4",
             *       "2/3"
             *     ]
             */
            rates: string[];
            /**
             * @description The rates as read aloud (rates joined with " → "; "" when none applies).
             * @example 3/4 → 2/3
             */
            rateText: string;
            segments: components["schemas"]["EstimateSegment"][];
            /**
             * @description The cap that applied; null when no cap’s condition holds (e.g. no function chosen).
             * @example 3500000
             */
            cap: number | null;
            /**
             * @description true: 以下; false: 未満 (cap − 1 yen is the most).
             * @example true
             */
            capInclusive: boolean;
            /**
             * @description 補助下限, if any.
             * @example null
             */
            floor: number | null;
            /**
             * @description Subsidy of the line, integer yen (1円未満切り捨て once).
             * @example 722222
             */
            subsidy: number;
            source: components["schemas"]["Source"];
            /** @description Every source the line used. */
            sources: components["schemas"]["Source"][];
            /**
             * @description unconfirmed when a value used is unconfirmed in the rule file (no official text confirms it; see the warning and the reason).
             * @example confirmed
             * @enum {string}
             */
            confidence: "confirmed" | "unconfirmed";
            why: components["schemas"]["Localized"];
        };
        /**
         * @description One rate segment used by a line (e.g. 3/4 up to 50万円 of subsidy, 2/3 above).
         * @example {
         *       "rate": "3/4",
         *       "upTo": 500000,
         *       "eligibleCost": 666667,
         *       "subsidy": 500000
         *     }
         */
        EstimateSegment: {
            /** @example 3/4 */
            rate: string;
            /**
             * @description Cumulative subsidy at which the segment ends; null = open-ended.
             * @example 500000
             */
            upTo: number | null;
            /**
             * @description Part of the line’s eligible cost in the segment. Floored, the yen lost to flooring allocated one each to the segments with the largest dropped fraction (upper segment on a tie): the segments add up to the line’s eligibleCost.
             * @example 666667
             */
            eligibleCost: number;
            /**
             * @description Part of the line’s subsidy from the segment, allocated the same way (a cap comes off the upper segments first): the segments add up to the line’s subsidy.
             * @example 500000
             */
            subsidy: number;
        };
        /**
         * @description 複数社連携: the group’s totals and each member.
         * @example {
         *       "members": 10,
         *       "minMembers": 10,
         *       "analysisMembers": 10,
         *       "combinedSubsidyBeforeCap": 2722222,
         *       "combinedCap": 30000000,
         *       "memberResults": [],
         *       "source": {
         *         "doc": "it2025-koubo-tsujyo",
         *         "title": "IT導入補助金2025 公募要領（通常枠）",
         *         "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *         "date": "2025年6月版",
         *         "url": "https://it-shien.smrj.go.jp/",
         *         "locator": "2-1-1 (2) (ウ)",
         *         "authority": "official"
         *       }
         *     }
         */
        EstimateGroupResult: {
            /** @example 10 */
            members: number;
            /** @example 10 */
            minMembers: number;
            /** @example 10 */
            analysisMembers: number;
            /**
             * @description (1)+(2) before their combined cap.
             * @example 2722222
             */
            combinedSubsidyBeforeCap: number;
            /** @example 30000000 */
            combinedCap: number;
            memberResults: components["schemas"]["EstimateMemberResult"][];
            source: components["schemas"]["Source"];
        };
        /**
         * @description One 複数社連携 member’s 基盤導入経費.
         * @example {
         *       "member": 0,
         *       "size": "sme",
         *       "cost": 1000000,
         *       "eligibleCost": 1000000,
         *       "subsidy": 722222,
         *       "lines": [
         *         {
         *           "category": "it-tool",
         *           "eligibleCost": 1000000,
         *           "subsidy": 722222
         *         }
         *       ]
         *     }
         */
        EstimateMemberResult: {
            /** @example 0 */
            member: number;
            /** @enum {string} */
            size: "small" | "sme" | "large";
            /** @example 1000000 */
            cost: number;
            /** @example 1000000 */
            eligibleCost: number;
            /** @example 722222 */
            subsidy: number;
            lines: {
                /** @enum {string} */
                category: "it-tool" | "pc" | "register" | "security-service" | "analysis" | "admin";
                eligibleCost: number;
                subsidy: number;
            }[];
        };
        /**
         * @description Something the answer depends on or a rule that changed the amount.
         * @example {
         *       "code": "capped",
         *       "message": {
         *         "ja": "補助上限額（3,500,000円以下）で頭打ちです",
         *         "en": "capped at the maximum (up to 3,500,000 yen)"
         *       },
         *       "line": "it-tool"
         *     }
         */
        EstimateWarning: {
            /**
             * @description Stable warning code.
             * @example capped
             * @enum {string}
             */
            code: "below_minimum" | "capped" | "unconfirmed_rule" | "cloud_months_truncated" | "service_months_truncated" | "hardware_without_software" | "function_not_counted" | "functions_required" | "processes_required" | "wage_raise_plan_required" | "group_too_small" | "services_cost_capped" | "account_share_assumed" | "round_window_unconfirmed" | "no_upcoming_deadline" | "size_not_eligible" | "near_minimum_wage_definition" | "services_without_software" | "input_not_applicable";
            message: components["schemas"]["Localized"];
            /**
             * @description The line the warning concerns.
             * @example it-tool
             * @enum {string}
             */
            line?: "it-tool" | "pc" | "register" | "security-service" | "analysis" | "admin";
            /**
             * @description 複数社連携: index into group.memberCosts.
             * @example 0
             */
            member?: number;
            /**
             * @description Sources of the rule behind the warning.
             * @example [
             *       {
             *         "doc": "it2025-koubo-tsujyo",
             *         "title": "IT導入補助金2025 公募要領（通常枠）",
             *         "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
             *         "date": "2025年6月版",
             *         "url": "https://it-shien.smrj.go.jp/",
             *         "locator": "2-1-1 (2) (ウ)",
             *         "authority": "official"
             *       }
             *     ]
             */
            sources?: components["schemas"]["Source"][];
            /**
             * @description The request field the warning is about (input_not_applicable: the field the type does not use).
             * @example costs.pc
             */
            field?: string;
        };
        /**
         * @description A purchase to estimate. Integer yen excluding tax; unknown fields are rejected.
         * @example {
         *       "round": "r6",
         *       "asOf": "2025-06-01",
         *       "type": "invoice",
         *       "applicant": {
         *         "size": "sme"
         *       },
         *       "functions": [
         *         "accounting",
         *         "ordering"
         *       ],
         *       "costs": {
         *         "software": 1000000
         *       }
         *     }
         */
        EstimateRequest: {
            /**
             * @description Round id (r3…r7) or year alias (2022…2026); default: the round whose window contains asOf.
             * @example r6
             */
            round?: string;
            /**
             * @description The date (read as 00:00 JST) or timestamp the answer is for; default now.
             * @example 2025-06-01
             */
            asOf?: string;
            /**
             * @description The 類型: regular (通常枠), digital-base, commercial-invoice, invoice, e-transaction, security, multi-company.
             * @example invoice
             * @enum {string}
             */
            type: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
            /** @description Who applies. */
            applicant: {
                /**
                 * @description small (小規模事業者) | sme (中小企業者) | large. /v1/eligibility classifies a business.
                 * @example sme
                 * @enum {string}
                 */
                size: "small" | "sme" | "large";
                /**
                 * @description 最低賃金近傍の事業者 (通常枠 r6/r7: rate 2/3). The definition by 締切回 comes back as a warning.
                 * @example false
                 */
                nearMinimumWage?: boolean;
            };
            /**
             * @description 通常枠 only: 業務プロセス covered (decides the band and cap).
             * @example 4
             */
            processes?: number;
            /**
             * @description Functions of the ITツール (会計・受発注・決済・EC); decide the cap where the type counts them.
             * @example [
             *       "accounting",
             *       "ordering"
             *     ]
             */
            functions?: ("accounting" | "ordering" | "payment" | "ec")[];
            costs?: components["schemas"]["EstimateCosts"];
            /**
             * @description 電子取引類型 (where the round prorates): the eligible cost is multiplied by sme/total.
             * @example {
             *       "total": 10,
             *       "sme": 8
             *     }
             */
            accounts?: {
                /**
                 * @description Accounts under the contract (受注側のアカウント総数).
                 * @example 10
                 */
                total: number;
                /**
                 * @description Of those, accounts given to SME 取引先.
                 * @example 8
                 */
                sme: number;
            };
            group?: components["schemas"]["EstimateGroup"];
        };
        /**
         * @description What the applicant buys. Every field is optional (0).
         * @example {
         *       "software": 1000000,
         *       "cloud": {
         *         "monthly": 20000,
         *         "months": 24
         *       },
         *       "services": 200000
         *     }
         */
        EstimateCosts: {
            /**
             * @description ソフトウェア購入費 including options. Integer yen, excluding tax.
             * @example 1000000
             */
            software?: number;
            cloud?: components["schemas"]["EstimateMonthlyCost"];
            /**
             * @description 導入関連費 (導入支援, 保守, マニュアル作成, 活用支援 where the round allows). Integer yen, excluding tax.
             * @example 200000
             */
            services?: number;
            /**
             * @description PC・タブレット等 (hardware types only). Integer yen, excluding tax.
             * @example 100000
             */
            pc?: number;
            /**
             * @description レジ・券売機等 (hardware types only). Integer yen, excluding tax.
             * @example 0
             */
            register?: number;
            securityService?: components["schemas"]["EstimateMonthlyCost"];
        };
        /**
         * @description A monthly fee and the months paid.
         * @example {
         *       "monthly": 20000,
         *       "months": 24
         *     }
         */
        EstimateMonthlyCost: {
            /**
             * @description Monthly fee, integer yen excluding tax.
             * @example 20000
             */
            monthly?: number;
            /**
             * @description Months contracted (0–120); months beyond the round’s limit are paid but not eligible.
             * @example 24
             */
            months?: number;
        };
        /**
         * @description 複数社連携 only: the group and its costs.
         * @example {
         *       "members": 10,
         *       "analysis": 3000000,
         *       "admin": 1000000,
         *       "memberCosts": [
         *         {
         *           "software": 1000000
         *         }
         *       ]
         *     }
         */
        EstimateGroup: {
            /**
             * @description グループ構成員 (including the 代表事業者). At least the round’s minimum (10) to be eligible; at most 200 per request (the API's bound, not the programme's).
             * @example 10
             */
            members: number;
            /**
             * @description Members introducing 消費動向等分析 tools: the 50万円 cap multiplier. Default: members.
             * @example 10
             */
            analysisMembers?: number;
            /**
             * @description 消費動向等分析経費 (B/(2)). Integer yen, excluding tax.
             * @example 3000000
             */
            analysis?: number;
            /**
             * @description 事務費・専門家費 (C/(3)). Integer yen, excluding tax.
             * @example 1000000
             */
            admin?: number;
            /** @description Each member’s 基盤導入経費 (A/(1)); members without an entry add 0. At most 200 entries. */
            memberCosts?: components["schemas"]["EstimateMemberCosts"][];
        };
        /**
         * @description One 複数社連携 group member’s 基盤導入経費.
         * @example {
         *       "software": 1000000,
         *       "size": "small",
         *       "functions": [
         *         "accounting",
         *         "ordering"
         *       ]
         *     }
         */
        EstimateMemberCosts: {
            /**
             * @description ソフトウェア購入費 including options. Integer yen, excluding tax.
             * @example 1000000
             */
            software?: number;
            cloud?: components["schemas"]["EstimateMonthlyCost"];
            /**
             * @description 導入関連費 (導入支援, 保守, マニュアル作成, 活用支援 where the round allows). Integer yen, excluding tax.
             * @example 200000
             */
            services?: number;
            /**
             * @description PC・タブレット等 (hardware types only). Integer yen, excluding tax.
             * @example 100000
             */
            pc?: number;
            /**
             * @description レジ・券売機等 (hardware types only). Integer yen, excluding tax.
             * @example 0
             */
            register?: number;
            securityService?: components["schemas"]["EstimateMonthlyCost"];
            /**
             * @description This member’s size, when it differs from applicant.size.
             * @example small
             * @enum {string}
             */
            size?: "small" | "sme" | "large";
            /**
             * @description This member’s functions, when they differ from the top-level functions.
             * @example [
             *       "accounting",
             *       "ordering"
             *     ]
             */
            functions?: ("accounting" | "ordering" | "payment" | "ec")[];
        };
        /**
         * @description Every type ranked by subsidy, with reasons and the smallest qualifying change for the rest.
         * @example {
         *       "round": "r6",
         *       "rulesVersion": "r6-3f2a9c0d1b2e4f5a",
         *       "asOf": "2025-06-01T00:00:00+09:00",
         *       "best": "invoice",
         *       "results": [],
         *       "combinations": []
         *     }
         */
        CompareResponse: {
            /** @example r6 */
            round: string;
            /** @example r6-3f2a9c0d1b2e4f5a */
            rulesVersion: string;
            /** @example 2025-06-01T00:00:00+09:00 */
            asOf: string;
            /**
             * @description The type with the highest subsidy, or null when none gives anything.
             * @example invoice
             * @enum {string|null}
             */
            best: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company" | null;
            results: components["schemas"]["CompareEntry"][];
            /** @description Pairs of types the round allows at once (e.g. 2022: 通常枠 + デジタル化基盤導入類型). */
            combinations: {
                types: ("regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company")[];
                note: components["schemas"]["Localized"];
                source: components["schemas"]["Source"];
            }[];
        };
        /**
         * @description One type’s answer in a comparison.
         * @example {
         *       "rank": 1,
         *       "type": "invoice",
         *       "name": {
         *         "ja": "インボイス枠 インボイス対応類型",
         *         "en": "Invoice frame: invoice type"
         *       },
         *       "subsidy": 722222,
         *       "selfPay": 277778,
         *       "eligible": true,
         *       "reasons": [],
         *       "suggestions": [],
         *       "combinableWith": [],
         *       "estimate": {
         *         "round": {
         *           "id": "r6",
         *           "name": {
         *             "ja": "IT導入補助金2025（令和6年度補正）",
         *             "en": "IT Introduction Subsidy 2025"
         *           },
         *           "rulesVersion": "r6-3f2a9c0d1b2e4f5a"
         *         },
         *         "asOf": "2025-06-01T00:00:00+09:00",
         *         "type": {
         *           "id": "invoice",
         *           "name": {
         *             "ja": "インボイス枠 インボイス対応類型",
         *             "en": "Invoice frame: invoice type"
         *           },
         *           "frame": {
         *             "ja": "インボイス枠",
         *             "en": "Invoice frame"
         *           },
         *           "subtype": null,
         *           "band": null
         *         },
         *         "applicant": {
         *           "size": "sme",
         *           "nearMinimumWage": false
         *         },
         *         "subsidy": 722222,
         *         "selfPay": 277778,
         *         "eligibleCost": 1000000,
         *         "totalCost": 1000000,
         *         "lines": [],
         *         "group": null,
         *         "warnings": [],
         *         "deadline": null,
         *         "roundStatus": {
         *           "round": "r6",
         *           "status": "open",
         *           "opensAt": "2025-03-31T00:00:00+09:00",
         *           "nextDeadline": "2025-06-16T17:00:00+09:00",
         *           "lastDeadline": "2026-01-07T17:00:00+09:00",
         *           "endPublished": true
         *         },
         *         "rounding": {
         *           "rule": "floor-per-line",
         *           "text": {
         *             "ja": "補助額の1円未満は切り捨て（行ごとに1回）",
         *             "en": "Fractions of a yen are dropped, once per line (1円未満切り捨て)"
         *           },
         *           "segments": {
         *             "ja": "区分の金額は切り捨て、失われた円は端数の大きい区分から配分",
         *             "en": "Segment amounts are floored; the yen lost go to the largest dropped fractions"
         *           },
         *           "source": {
         *             "doc": "it2025-koubo-tsujyo",
         *             "title": "IT導入補助金2025 公募要領（通常枠）",
         *             "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *             "date": "2025年6月版",
         *             "url": "https://it-shien.smrj.go.jp/",
         *             "locator": "2-1-1 (2) (ウ)",
         *             "authority": "official"
         *           }
         *         },
         *         "disclaimer": {
         *           "ja": "この試算は公開資料に基づく参考値です。",
         *           "en": "An estimate from the published documents, not a decision."
         *         }
         *       }
         *     }
         */
        CompareEntry: {
            /**
             * @description 1 = highest subsidy; null for rejected types.
             * @example 1
             */
            rank: number | null;
            /** @enum {string} */
            type: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
            name: components["schemas"]["Localized"];
            /** @example 722222 */
            subsidy: number;
            /** @example 277778 */
            selfPay: number;
            /**
             * @description false when the purchase gets nothing under the type.
             * @example true
             */
            eligible: boolean;
            /** @description Why a rejected type gives nothing (its warnings). */
            reasons: components["schemas"]["EstimateWarning"][];
            suggestions: components["schemas"]["CompareSuggestion"][];
            /**
             * @description Other types of the round the same applicant may also apply for in the period.
             * @example []
             */
            combinableWith: ("regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company")[];
            estimate: components["schemas"]["EstimateResponse"];
        };
        /**
         * @description The smallest change that would qualify or raise the subsidy.
         * @example {
         *       "change": {
         *         "ja": "機能を2つ以上にする → 上限350万円",
         *         "en": "a second function → cap 3,500,000 yen"
         *       },
         *       "subsidy": 722222,
         *       "patch": {
         *         "functions": [
         *           "accounting",
         *           "ordering"
         *         ]
         *       }
         *     }
         */
        CompareSuggestion: {
            change: components["schemas"]["Localized"];
            /**
             * @description The subsidy with the change.
             * @example 722222
             */
            subsidy: number;
            /**
             * @description The request fields to change.
             * @example {
             *       "functions": [
             *         "accounting",
             *         "ordering"
             *       ]
             *     }
             */
            patch: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The same purchase under every type of the round. Fields a type does not use (functions for 通常枠, processes for インボイス枠 …) are ignored for that type.
         * @example {
         *       "round": "r6",
         *       "asOf": "2025-06-01",
         *       "applicant": {
         *         "size": "sme"
         *       },
         *       "processes": 2,
         *       "functions": [
         *         "accounting"
         *       ],
         *       "costs": {
         *         "software": 1000000
         *       }
         *     }
         */
        CompareRequest: {
            /**
             * @description Round id (r3…r7) or year alias (2022…2026); default: the round whose window contains asOf.
             * @example r6
             */
            round?: string;
            /**
             * @description The date (read as 00:00 JST) or timestamp the answer is for; default now.
             * @example 2025-06-01
             */
            asOf?: string;
            /** @description Who applies. */
            applicant: {
                /**
                 * @description small (小規模事業者) | sme (中小企業者) | large. /v1/eligibility classifies a business.
                 * @example sme
                 * @enum {string}
                 */
                size: "small" | "sme" | "large";
                /**
                 * @description 最低賃金近傍の事業者 (通常枠 r6/r7: rate 2/3). The definition by 締切回 comes back as a warning.
                 * @example false
                 */
                nearMinimumWage?: boolean;
            };
            /**
             * @description 通常枠 only: 業務プロセス covered (decides the band and cap).
             * @example 4
             */
            processes?: number;
            /**
             * @description Functions of the ITツール (会計・受発注・決済・EC); decide the cap where the type counts them.
             * @example [
             *       "accounting",
             *       "ordering"
             *     ]
             */
            functions?: ("accounting" | "ordering" | "payment" | "ec")[];
            costs?: components["schemas"]["EstimateCosts"];
            /**
             * @description 電子取引類型 (where the round prorates): the eligible cost is multiplied by sme/total.
             * @example {
             *       "total": 10,
             *       "sme": 8
             *     }
             */
            accounts?: {
                /**
                 * @description Accounts under the contract (受注側のアカウント総数).
                 * @example 10
                 */
                total: number;
                /**
                 * @description Of those, accounts given to SME 取引先.
                 * @example 8
                 */
                sme: number;
            };
            group?: components["schemas"]["EstimateGroup"];
            /**
             * @description Types to compare; default every type of the round.
             * @example [
             *       "regular",
             *       "invoice"
             *     ]
             */
            types?: ("regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company")[];
        };
        /**
         * @description The worked examples of a round, the same data the tests check.
         * @example {
         *       "round": "r6",
         *       "rulesVersion": "r6-3f2a9c0d1b2e4f5a",
         *       "examples": []
         *     }
         */
        EstimateExamples: {
            /** @example r6 */
            round: string;
            /** @example r6-3f2a9c0d1b2e4f5a */
            rulesVersion: string;
            examples: components["schemas"]["EstimateExample"][];
        };
        /**
         * @description A worked example from the test data (test/cases/estimate).
         * @example {
         *       "name": {
         *         "ja": "R6 インボイス対応類型 …",
         *         "en": "R6 インボイス対応類型 …"
         *       },
         *       "why": {
         *         "ja": "補助額の最初の500,000円は3/4 …",
         *         "en": "500,000 at 3/4 …"
         *       },
         *       "input": {
         *         "type": "invoice"
         *       },
         *       "expected": {
         *         "subsidy": 722222
         *       }
         *     }
         */
        EstimateExample: {
            name: components["schemas"]["Localized"] & unknown;
            why: components["schemas"]["Localized"] & unknown;
            /** @description The request body. */
            input: {
                [key: string]: unknown;
            };
            /** @description The answer the tests require (a subset of the response). */
            expected: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Every 締切 of the selected rounds and types, their status on asOf, and the next open one per type.
         * @example {
         *       "asOf": "2025-12-03T00:00:00+09:00",
         *       "round": "r6",
         *       "rulesVersion": "r6-3f2a9c0d1b2e4f5a",
         *       "deadlines": [
         *         {
         *           "round": "r6",
         *           "type": "regular",
         *           "phase": 8,
         *           "opensAt": "2025-03-31T00:00:00+09:00",
         *           "closesAt": "2026-01-07T17:00:00+09:00",
         *           "decisionOn": null,
         *           "final": true,
         *           "status": "open",
         *           "daysLeft": 35,
         *           "confidence": "confirmed",
         *           "planned": false,
         *           "source": {
         *             "doc": "it2025-koubo-tsujyo",
         *             "title": "IT導入補助金2025 公募要領（通常枠）",
         *             "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *             "date": "2025年6月版",
         *             "url": "https://it-shien.smrj.go.jp/",
         *             "locator": "2-1-1 (2) (ウ)",
         *             "authority": "official"
         *           },
         *           "decisionSource": null,
         *           "reportBy": null,
         *           "reportSource": null,
         *           "note": null
         *         }
         *       ],
         *       "next": {
         *         "regular": {
         *           "round": "r6",
         *           "type": "regular",
         *           "phase": 8,
         *           "opensAt": "2025-03-31T00:00:00+09:00",
         *           "closesAt": "2026-01-07T17:00:00+09:00",
         *           "decisionOn": null,
         *           "final": true,
         *           "status": "open",
         *           "daysLeft": 35,
         *           "confidence": "confirmed",
         *           "planned": false,
         *           "source": {
         *             "doc": "it2025-koubo-tsujyo",
         *             "title": "IT導入補助金2025 公募要領（通常枠）",
         *             "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *             "date": "2025年6月版",
         *             "url": "https://it-shien.smrj.go.jp/",
         *             "locator": "2-1-1 (2) (ウ)",
         *             "authority": "official"
         *           },
         *           "decisionSource": null,
         *           "reportBy": null,
         *           "reportSource": null,
         *           "note": null
         *         }
         *       },
         *       "rounds": [
         *         {
         *           "round": "r6",
         *           "status": "open",
         *           "opensAt": "2025-03-31T00:00:00+09:00",
         *           "nextDeadline": "2026-01-07T17:00:00+09:00",
         *           "lastDeadline": "2026-01-07T17:00:00+09:00",
         *           "endPublished": true
         *         }
         *       ],
         *       "gaps": []
         *     }
         */
        DeadlinesResponse: {
            /**
             * @description The instant the statuses are for (JST). When asOf is not given: now, to the minute.
             * @example 2025-12-03T00:00:00+09:00
             */
            asOf: string;
            /**
             * @description The round asked for (by id), or null for every round.
             * @example r6
             */
            round: string | null;
            /**
             * @description The round’s rules version, or the hash over every round when no round is given.
             * @example r6-3f2a9c0d1b2e4f5a
             */
            rulesVersion: string;
            /** @description Ordered by round, then type (file order), then closesAt. `status` filters this list only. */
            deadlines: components["schemas"]["Deadline"][];
            /**
             * @description For each type of the selected rounds: the 締切 not yet closed (`open`, or `upcoming` before its opening) that closes first across the selected rounds, or null when none is known (`rounds` says why: e.g. `awaiting-schedule` with the last known 締切). Not affected by `status`.
             * @example {
             *       "regular": {
             *         "round": "r6",
             *         "type": "regular",
             *         "phase": 8,
             *         "opensAt": "2025-03-31T00:00:00+09:00",
             *         "closesAt": "2026-01-07T17:00:00+09:00",
             *         "decisionOn": null,
             *         "final": true,
             *         "status": "open",
             *         "daysLeft": 35,
             *         "confidence": "confirmed",
             *         "planned": false,
             *         "source": {
             *           "doc": "it2025-koubo-tsujyo",
             *           "title": "IT導入補助金2025 公募要領（通常枠）",
             *           "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
             *           "date": "2025年6月版",
             *           "url": "https://it-shien.smrj.go.jp/",
             *           "locator": "2-1-1 (2) (ウ)",
             *           "authority": "official"
             *         },
             *         "decisionSource": null,
             *         "reportBy": null,
             *         "reportSource": null,
             *         "note": null
             *       }
             *     }
             */
            next: {
                [key: string]: components["schemas"]["Deadline"] | null;
            };
            /** @description The status of each selected round on asOf, with its next and last known 締切. */
            rounds: components["schemas"]["RoundState"][];
            /**
             * @description Schedule facts no source gives, recorded in the rule files instead of guessed; `text` in Japanese and English.
             * @example [
             *       {
             *         "round": "r6",
             *         "types": [
             *           "multi-company"
             *         ],
             *         "text": {
             *           "ja": "複数社連携IT導入枠の1次〜3次は未確認です",
             *           "en": "複数社連携IT導入枠 1次–3次 are UNCONFIRMED"
             *         }
             *       }
             *     ]
             */
            gaps: {
                round: string;
                types: ("regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company")[];
                text: {
                    ja: string;
                    en: string;
                };
            }[];
        };
        /**
         * @description One 締切 (次) of a type in a round, and its status on asOf.
         * @example {
         *       "round": "r6",
         *       "type": "regular",
         *       "phase": 8,
         *       "opensAt": "2025-03-31T00:00:00+09:00",
         *       "closesAt": "2026-01-07T17:00:00+09:00",
         *       "decisionOn": null,
         *       "final": true,
         *       "status": "open",
         *       "daysLeft": 35,
         *       "confidence": "confirmed",
         *       "planned": false,
         *       "source": {
         *         "doc": "it2025-koubo-tsujyo",
         *         "title": "IT導入補助金2025 公募要領（通常枠）",
         *         "publisher": "サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）",
         *         "date": "2025年6月版",
         *         "url": "https://it-shien.smrj.go.jp/",
         *         "locator": "2-1-1 (2) (ウ)",
         *         "authority": "official"
         *       },
         *       "decisionSource": null,
         *       "reportBy": null,
         *       "reportSource": null,
         *       "note": null
         *     }
         */
        Deadline: {
            /** @example r6 */
            round: string;
            /** @enum {string} */
            type: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
            /**
             * @description 次 (締切回); null where the source gives the date but not its number.
             * @example 8
             */
            phase: number | null;
            /**
             * @description 交付申請受付開始 of the schedule entry (ISO 8601, +09:00), if known.
             * @example 2025-03-31T00:00:00+09:00
             */
            opensAt: string | null;
            /**
             * @description 締切 (ISO 8601, +09:00); 17:00 unless the source says otherwise.
             * @example 2026-01-07T17:00:00+09:00
             */
            closesAt: string;
            /**
             * @description 交付決定日 (JST date), where known.
             * @example 2026-01-20
             */
            decisionOn: string | null;
            /**
             * @description The last 締切 of the type in the round.
             * @example true
             */
            final: boolean;
            status: components["schemas"]["DeadlineStatus"];
            /**
             * @description Whole JST calendar days from asOf’s date to the 締切 date (0 on the day, negative after).
             * @example 35
             */
            daysLeft: number;
            /**
             * @description `unconfirmed` where no official text confirms the date (e.g. its best source is one blog, portal or dataset).
             * @example confirmed
             * @enum {string}
             */
            confidence: "confirmed" | "unconfirmed";
            /**
             * @description The source gives the date as 予定.
             * @example false
             */
            planned: boolean;
            source: components["schemas"]["Source"];
            decisionSource: components["schemas"]["Source"] | null;
            /**
             * @description 事業実績報告期限 (ISO 8601, +09:00), where known.
             * @example null
             */
            reportBy: string | null;
            reportSource: components["schemas"]["Source"] | null;
            /** @description A remark on this 締切, in Japanese and English. */
            note: {
                ja: string;
                en: string;
            } | null;
        };
        /**
         * @description A JSON-RPC 2.0 response. A tool that fails on its input answers `result.isError: true` with the API’s problem+json as text.
         * @example {
         *       "jsonrpc": "2.0",
         *       "id": 1,
         *       "result": {
         *         "tools": [
         *           {
         *             "name": "list_rounds",
         *             "inputSchema": {
         *               "type": "object"
         *             }
         *           }
         *         ]
         *       }
         *     }
         */
        McpResponse: {
            /** @enum {string} */
            jsonrpc: "2.0";
            id: string | number | null;
            /** @description The method’s result, e.g. `{ tools: [...] }` or a tool result `{ content, structuredContent, isError? }`. */
            result?: {
                [key: string]: unknown;
            };
            error?: {
                code: number;
                message: string;
                data?: unknown;
            };
        };
        /**
         * @description One JSON-RPC 2.0 message of the Model Context Protocol (no batches).
         * @example {
         *       "jsonrpc": "2.0",
         *       "id": 1,
         *       "method": "tools/list"
         *     }
         */
        McpRequest: {
            /** @enum {string} */
            jsonrpc: "2.0";
            /**
             * @description Request id; absent for a notification.
             * @example 1
             */
            id?: string | number;
            /**
             * @description MCP method: initialize, notifications/initialized, ping, tools/list, tools/call, resources/list, resources/templates/list, resources/read, prompts/list, prompts/get.
             * @example tools/call
             */
            method: string;
            /**
             * @description Method parameters; for tools/call `{ name, arguments }`.
             * @example {
             *       "name": "estimate_subsidy",
             *       "arguments": {
             *         "round": "r6",
             *         "type": "invoice",
             *         "applicant": {
             *           "size": "sme"
             *         },
             *         "functions": [
             *           "accounting",
             *           "ordering"
             *         ],
             *         "costs": {
             *           "software": 1000000
             *         }
             *       }
             *     }
             */
            params?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Invalid query or path parameters (validation_failed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemQuery"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
        };
    };
    listRounds: {
        parameters: {
            query?: {
                /** @description The date (read as 00:00 JST) or timestamp the answer is for; default now. */
                asOf?: string;
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rounds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundsResponse"];
                };
            };
            /** @description Not Modified: If-None-Match matched the entity tag of the current answer (RFC 9110 §15.4.5); no body. */
            304: {
                headers: {
                    /** @description The entity tag of the current answer. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query or path parameters (validation_failed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemQuery"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    getRound: {
        parameters: {
            query?: {
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path: {
                /** @description Round id (r3…r7) or programme year alias (2022…2026). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDetail"];
                };
            };
            /** @description Not Modified: If-None-Match matched the entity tag of the current answer (RFC 9110 §15.4.5); no body. */
            304: {
                headers: {
                    /** @description The entity tag of the current answer. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query or path parameters (validation_failed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemQuery"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    checkEligibility: {
        parameters: {
            query?: {
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EligibilityRequest"];
            };
        };
        responses: {
            /** @description Eligibility per type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityResponse"];
                };
            };
            /** @description Invalid input: body not JSON, a field invalid, a number not read exactly (validation_failed, malformed_json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemBody"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Body over 64 KiB (payload_too_large). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemTooLarge"];
                };
            };
            /** @description Content-Type not JSON, a charset other than UTF-8, or a Content-Encoding (unsupported_media_type). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMediaType"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    estimateGet: {
        parameters: {
            query: {
                /** @description Round id or year alias; default: the round whose window contains asOf. */
                round?: string;
                /** @description Date or timestamp (JST); default now. */
                asOf?: string;
                /** @description The 類型 id. */
                type: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
                /** @description small | sme | large. */
                "applicant.size": "small" | "sme" | "large";
                /** @description 最低賃金近傍の事業者 (通常枠 r6/r7). */
                "applicant.nearMinimumWage"?: "true" | "false";
                /** @description 通常枠 only: 業務プロセス covered (digits; validated as the POST body’s integer). */
                processes?: string;
                /** @description Functions, repeated (functions=accounting&functions=ordering) or comma-separated. */
                functions?: string | string[];
                /** @description ソフトウェア購入費, yen (digits; validated as the POST body’s integer). */
                "costs.software"?: string;
                /** @description クラウド利用料 per month, yen (digits; validated as the POST body’s integer). */
                "costs.cloud.monthly"?: string;
                /** @description Months of クラウド利用料 (digits; validated as the POST body’s integer). */
                "costs.cloud.months"?: string;
                /** @description 導入関連費, yen (digits; validated as the POST body’s integer). */
                "costs.services"?: string;
                /** @description PC・タブレット等, yen (digits; validated as the POST body’s integer). */
                "costs.pc"?: string;
                /** @description レジ・券売機等, yen (digits; validated as the POST body’s integer). */
                "costs.register"?: string;
                /** @description お助け隊サービス per month, yen (digits; validated as the POST body’s integer). */
                "costs.securityService.monthly"?: string;
                /** @description Months of the service (digits; validated as the POST body’s integer). */
                "costs.securityService.months"?: string;
                /** @description 電子取引類型: accounts under the contract (digits; validated as the POST body’s integer). */
                "accounts.total"?: string;
                /** @description 電子取引類型: accounts given to SME 取引先 (digits; validated as the POST body’s integer). */
                "accounts.sme"?: string;
                /** @description 複数社連携: members (digits; validated as the POST body’s integer). */
                "group.members"?: string;
                /** @description 複数社連携: members introducing analysis tools (digits; validated as the POST body’s integer). */
                "group.analysisMembers"?: string;
                /** @description 複数社連携: 消費動向等分析経費, yen (digits; validated as the POST body’s integer). */
                "group.analysis"?: string;
                /** @description 複数社連携: 事務費・専門家費, yen (digits; validated as the POST body’s integer). */
                "group.admin"?: string;
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The estimate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateResponse"];
                };
            };
            /** @description Not Modified: If-None-Match matched the entity tag of the current answer (RFC 9110 §15.4.5); no body. */
            304: {
                headers: {
                    /** @description The entity tag of the current answer. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query or path parameters (validation_failed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemQuery"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    estimate: {
        parameters: {
            query?: {
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstimateRequest"];
            };
        };
        responses: {
            /** @description The estimate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateResponse"];
                };
            };
            /** @description Invalid input: body not JSON, a field invalid, a number not read exactly (validation_failed, malformed_json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemBody"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Body over 64 KiB (payload_too_large). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemTooLarge"];
                };
            };
            /** @description Content-Type not JSON, a charset other than UTF-8, or a Content-Encoding (unsupported_media_type). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMediaType"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    compareTypes: {
        parameters: {
            query?: {
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompareRequest"];
            };
        };
        responses: {
            /** @description The comparison. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompareResponse"];
                };
            };
            /** @description Invalid input: body not JSON, a field invalid, a number not read exactly (validation_failed, malformed_json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemBody"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Body over 64 KiB (payload_too_large). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemTooLarge"];
                };
            };
            /** @description Content-Type not JSON, a charset other than UTF-8, or a Content-Encoding (unsupported_media_type). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMediaType"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    roundExamples: {
        parameters: {
            query?: {
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path: {
                /** @description Round id (r3…r7) or programme year alias (2022…2026). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The examples. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateExamples"];
                };
            };
            /** @description Not Modified: If-None-Match matched the entity tag of the current answer (RFC 9110 §15.4.5); no body. */
            304: {
                headers: {
                    /** @description The entity tag of the current answer. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query or path parameters (validation_failed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemQuery"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    deadlinesCalendar: {
        parameters: {
            query?: {
                /** @description Round id (r3…r7) or programme year alias (2022…2026); absent = every round. */
                round?: string;
                /** @description Only this type (類型). With `round`, it must be one of the round’s types (else 422). */
                type?: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
                /** @description The date (read as 00:00 JST) or timestamp the answer is for; default now. */
                asOf?: string;
                /** @description Only deadlines with this status on asOf (upcoming, open or closed; see DeadlineStatus). */
                status?: components["schemas"]["DeadlineStatus"] & unknown;
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar (text/calendar; charset=utf-8). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified: If-None-Match matched the ETag. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query or path parameters (validation_failed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemQuery"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    listDeadlines: {
        parameters: {
            query?: {
                /** @description Round id (r3…r7) or programme year alias (2022…2026); absent = every round. */
                round?: string;
                /** @description Only this type (類型). With `round`, it must be one of the round’s types (else 422). */
                type?: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
                /** @description The date (read as 00:00 JST) or timestamp the answer is for; default now. */
                asOf?: string;
                /** @description Only deadlines with this status on asOf (upcoming, open or closed; see DeadlineStatus). */
                status?: components["schemas"]["DeadlineStatus"] & unknown;
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deadlines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinesResponse"];
                };
            };
            /** @description Not modified: If-None-Match matched the ETag. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query or path parameters (validation_failed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemQuery"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    subsidyCurve: {
        parameters: {
            query?: {
                /** @description Applicant size: small (小規模事業者), sme (中小企業), large. */
                size?: "small" | "sme" | "large";
                /** @description Functions of the ITツール (accounting, ordering, payment, ec), repeated or comma-separated; decide the cap where the type counts them. */
                functions?: string | string[];
                /** @description 通常枠: 業務プロセス covered (decides the cap). */
                processes?: string;
                /** @description 通常枠: 最低賃金近傍の事業者 (rate 2/3). */
                nearMinimumWage?: string;
                /** @description The visitor’s eligible cost on the line (integer yen), marked with its subsidy. */
                mark?: string;
                /** @description Width of the drawing in px (240–1280, default 640); the height follows (5:8, at least 300). Text keeps its size, so a phone asks for its own width and gets legible labels: fewer ticks, wrapped titles, labels placed so they never overlap. */
                width?: string;
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path: {
                /** @description Round id (r3…r7) or programme year alias (2022…2026). */
                id: string;
                /** @description Type id of the round (regular, invoice, e-transaction, security, multi-company …); an unknown one is 422 unknown_type. */
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The curve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description Not Modified: If-None-Match matched the entity tag of the current answer (RFC 9110 §15.4.5); no body. */
            304: {
                headers: {
                    /** @description The entity tag of the current answer. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query or path parameters (validation_failed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemQuery"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    estimatePrint: {
        parameters: {
            query: {
                /** @description Round id or year alias; default: the round whose window contains asOf. */
                round?: string;
                /** @description Date or timestamp (JST); default now. */
                asOf?: string;
                /** @description The 類型 id. */
                type: "regular" | "digital-base" | "commercial-invoice" | "invoice" | "e-transaction" | "security" | "multi-company";
                /** @description small | sme | large. */
                "applicant.size": "small" | "sme" | "large";
                /** @description 最低賃金近傍の事業者 (通常枠 r6/r7). */
                "applicant.nearMinimumWage"?: "true" | "false";
                /** @description 通常枠 only: 業務プロセス covered (digits; validated as the POST body’s integer). */
                processes?: string;
                /** @description Functions, repeated (functions=accounting&functions=ordering) or comma-separated. */
                functions?: string | string[];
                /** @description ソフトウェア購入費, yen (digits; validated as the POST body’s integer). */
                "costs.software"?: string;
                /** @description クラウド利用料 per month, yen (digits; validated as the POST body’s integer). */
                "costs.cloud.monthly"?: string;
                /** @description Months of クラウド利用料 (digits; validated as the POST body’s integer). */
                "costs.cloud.months"?: string;
                /** @description 導入関連費, yen (digits; validated as the POST body’s integer). */
                "costs.services"?: string;
                /** @description PC・タブレット等, yen (digits; validated as the POST body’s integer). */
                "costs.pc"?: string;
                /** @description レジ・券売機等, yen (digits; validated as the POST body’s integer). */
                "costs.register"?: string;
                /** @description お助け隊サービス per month, yen (digits; validated as the POST body’s integer). */
                "costs.securityService.monthly"?: string;
                /** @description Months of the service (digits; validated as the POST body’s integer). */
                "costs.securityService.months"?: string;
                /** @description 電子取引類型: accounts under the contract (digits; validated as the POST body’s integer). */
                "accounts.total"?: string;
                /** @description 電子取引類型: accounts given to SME 取引先 (digits; validated as the POST body’s integer). */
                "accounts.sme"?: string;
                /** @description 複数社連携: members (digits; validated as the POST body’s integer). */
                "group.members"?: string;
                /** @description 複数社連携: members introducing analysis tools (digits; validated as the POST body’s integer). */
                "group.analysisMembers"?: string;
                /** @description 複数社連携: 消費動向等分析経費, yen (digits; validated as the POST body’s integer). */
                "group.analysis"?: string;
                /** @description 複数社連携: 事務費・専門家費, yen (digits; validated as the POST body’s integer). */
                "group.admin"?: string;
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The printable estimate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not Modified: If-None-Match matched the entity tag of the current answer (RFC 9110 §15.4.5); no body. */
            304: {
                headers: {
                    /** @description The entity tag of the current answer. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid query or path parameters (validation_failed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemQuery"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
    mcp: {
        parameters: {
            query?: {
                /** @description Language of messages (default ja; Accept-Language: en also works). */
                lang?: "ja" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["McpRequest"];
            };
        };
        responses: {
            /** @description The JSON-RPC response (errors of the protocol itself are JSON-RPC errors). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpResponse"];
                };
            };
            /** @description A notification or response was accepted; no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: body not JSON, a field invalid, a number not read exactly (validation_failed, malformed_json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemBody"];
                };
            };
            /** @description Unknown round, or a path parameter that makes the path unknown (unknown_round, not_found). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemNotFound"];
                };
            };
            /** @description Method not allowed (method_not_allowed). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMethod"];
                };
            };
            /** @description Body over 64 KiB (payload_too_large). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemTooLarge"];
                };
            };
            /** @description Content-Type not JSON, a charset other than UTF-8, or a Content-Encoding (unsupported_media_type). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemMediaType"];
                };
            };
            /** @description Type not in the round, or a date outside every round (unknown_type, date_outside_rounds). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemUnprocessable"];
                };
            };
            /** @description Too many requests (rate_limited). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemRateLimited"];
                };
            };
            /** @description Unexpected error; no internals are exposed (internal_error). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemInternal"];
                };
            };
        };
    };
}
