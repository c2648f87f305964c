/** Types shared by the emulator's server and route modules. */
import type { FixtureTenant, FixtureUser } from './fixture-tenant.js';

/** One request as a route sees it (also used for the parts of a `$batch`). */
export interface EmuRequest {
  method: string;
  /** Path below the version root, e.g. `/me/messages`. */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: unknown;
  user: FixtureUser;
  scopes: string[];
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON value, string, or bytes. */
  body?: unknown;
}

/** Switchable tenant settings. */
export interface EmuSettings {
  /** Teams policy "speaker attribution"; when false, `$format=text/vtt` answers 403 SpeakerAttributionNotAllowed. */
  speakerAttribution: boolean;
  /** Most hits per search page, whatever `size` asks (forces `moreResultsAvailable` paging). */
  searchPageSize: number;
  /** Most messages per page for `$search` (Graph: 25). */
  messagePageSize: number;
}

export interface EmuContext {
  tenant: FixtureTenant;
  settings: EmuSettings;
  baseUrl: string;
  /** Pre-authenticated download URLs handed out by drive content redirects (id → bytes). */
  downloads: Map<string, { body: Uint8Array; contentType: string }>;
}

export type Route = (req: EmuRequest, ctx: EmuContext) => EmuResponse | undefined | Promise<EmuResponse | undefined>;

export function graphError(status: number, code: string, message: string): EmuResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': 'emulator', 'client-request-id': 'emulator' } } },
  };
}

export function json(body: unknown, status = 200): EmuResponse {
  return { status, headers: { 'content-type': 'application/json' }, body };
}

/** 403 like Graph when the token lacks every one of the scopes. */
export function requireScope(req: EmuRequest, ...scopes: string[]): EmuResponse | undefined {
  if (scopes.some((s) => req.scopes.includes(s))) return undefined;
  return graphError(403, 'Authorization_RequestDenied', `Insufficient privileges to complete the operation. Missing scope: ${scopes.join(' or ')}.`);
}

/** Keeps only `$select`ed properties (plus id), as Graph does. */
export function selectFields<T extends Record<string, unknown>>(item: T, select: string | null): Record<string, unknown> {
  if (!select) return item;
  const wanted = new Set(select.split(',').map((s) => s.trim().split('/')[0]));
  wanted.add('id');
  wanted.add('@odata.etag');
  return Object.fromEntries(Object.entries(item).filter(([k]) => wanted.has(k)));
}
