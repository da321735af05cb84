import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Registry } from '../rules/registry.ts';
import type { Lang } from './i18n.ts';

export interface AppBindings {
  Bindings: Env;
  Variables: { registry: Registry; lang: Lang };
}

export interface Env {
  /**
   * The public origin of this deployment (`https://api.example.jp`), from wrangler.toml `[vars]`:
   * the /widget snippet points there. Empty or absent: the request's origin, and /widget is
   * `Cache-Control: private` unless the host is loopback (routes/widget/widget.index.ts).
   */
  PUBLIC_ORIGIN?: string;
  /** Workers Rate Limiting bindings, one per cost class (lib/rate-limit.ts; optional: absent in tests). */
  RATE_LIMIT_LIGHT?: { limit(options: { key: string }): Promise<{ success: boolean }> };
  RATE_LIMIT_STANDARD?: { limit(options: { key: string }): Promise<{ success: boolean }> };
  RATE_LIMIT_HEAVY?: { limit(options: { key: string }): Promise<{ success: boolean }> };
  /** "on": limit local runs (loopback hosts) too; by default they are never throttled. */
  RATE_LIMIT_LOCAL?: string;
}

export type AppOpenAPI = OpenAPIHono<AppBindings>;
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppBindings>;
