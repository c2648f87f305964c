/**
 * Emulated content endpoints: Microsoft Search (`POST /search/query`), drive item content,
 * Outlook messages with `$search`, `/me` and `checkMemberGroups`. Access is trimmed per user.
 */
import type { FixtureFile, FixtureMessage } from './fixture-tenant.js';
import { graphError, json, requireScope, selectFields, type EmuContext, type EmuRequest, type EmuResponse, type Route } from './emulator-types.js';

/** KQL reduced to what the tests need: terms (quotes removed), OR/AND/NOT dropped. */
export function kqlTerms(kql: string): string[] {
  return kql
    .replace(/["()]/g, ' ')
    .split(/\s+/)
    .filter((t) => t && !['or', 'and', 'not'].includes(t.toLowerCase()))
    .map((t) => t.replace(/^[a-z]+:/i, '').toLowerCase())
    .filter((t) => t.length > 1);
}

function countMatches(text: string, terms: string[]): number {
  const lower = text.toLowerCase();
  return terms.reduce((n, t) => n + (lower.includes(t) ? 1 : 0), 0);
}

/** A Graph-like hit summary: matches wrapped in <c0>, cuts marked <ddd/>. */
function summaryOf(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  const at = Math.max(0, Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0)));
  const start = Math.max(0, at - 60);
  let snippet = flat.slice(start, start + 180);
  for (const t of terms) snippet = snippet.replace(new RegExp(`(${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'gi'), '<c0>$1</c0>');
  return `${start > 0 ? '<ddd/>' : ''}${snippet}${start + 180 < flat.length ? '<ddd/>' : ''}`;
}

function resourceOf(file: FixtureFile): Record<string, unknown> {
  if (file.listItem) {
    return {
      '@odata.type': '#microsoft.graph.listItem', id: file.id, webUrl: file.webUrl, createdDateTime: file.lastModifiedDateTime,
      lastModifiedDateTime: file.lastModifiedDateTime, parentReference: { siteId: file.siteId }, sharepointIds: { listItemId: file.id },
    };
  }
  return {
    '@odata.type': '#microsoft.graph.driveItem', id: file.id, name: file.name, webUrl: file.webUrl, size: file.content.byteLength,
    createdDateTime: file.lastModifiedDateTime, lastModifiedDateTime: file.lastModifiedDateTime,
    lastModifiedBy: { user: { displayName: file.lastModifiedBy } }, file: { mimeType: file.mimeType },
    parentReference: { driveId: file.driveId, siteId: file.siteId },
  };
}

const search: Route = (req, ctx) => {
  if (!(req.method === 'POST' && req.path === '/search/query')) return undefined;
  const denied = requireScope(req, 'Files.Read.All', 'Sites.Read.All');
  if (denied) return denied;
  const requests = (req.body as { requests?: unknown[] })?.requests ?? [];
  if (requests.length !== 1) return graphError(400, 'BadRequest', 'Only one search request per call is supported.');
  const r = requests[0] as { entityTypes?: string[]; query?: { queryString?: string }; from?: number; size?: number };
  const types = r.entityTypes ?? [];
  if ((types.includes('message') || types.includes('event')) && types.length > 1) {
    return graphError(400, 'BadRequest', 'Message and event cannot be combined with other entity types.');
  }
  if (!types.every((t) => t === 'driveItem' || t === 'listItem')) return graphError(400, 'BadRequest', `Entity types not emulated: ${types.join(',')}`);
  const terms = kqlTerms(r.query?.queryString ?? '');
  const visible = ctx.tenant.files
    .filter((f) => (f.searchableBy ?? f.readableBy).includes(req.user.key))
    .filter((f) => (f.listItem ? types.includes('listItem') : types.includes('driveItem')))
    .map((f) => ({ f, n: countMatches(`${f.name}\n${f.text}`, terms) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.f.id.localeCompare(b.f.id));
  const from = r.from ?? 0;
  const size = Math.min(r.size ?? 25, ctx.settings.searchPageSize);
  const page = visible.slice(from, from + size);
  return json({
    value: [
      {
        searchTerms: terms,
        hitsContainers: [
          {
            hits: page.map((x, i) => ({ hitId: x.f.id, rank: from + i + 1, summary: summaryOf(x.f.text, terms), resource: resourceOf(x.f) })),
            total: visible.length,
            moreResultsAvailable: from + size < visible.length,
          },
        ],
      },
    ],
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.searchResponse)',
  });
};

/** The drive item a `/drives/{d}/items/{i}…` request names, as the user may see it — or Graph's error. */
function driveItemFor(req: EmuRequest, ctx: EmuContext, m: RegExpExecArray): FixtureFile | EmuResponse {
  const denied = requireScope(req, 'Files.Read.All', 'Sites.Read.All');
  if (denied) return denied;
  const [driveId, itemId] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])];
  const file = ctx.tenant.files.find((f) => f.driveId === driveId && f.id === itemId && !f.listItem);
  if (!file) return graphError(404, 'itemNotFound', 'The resource could not be found.');
  if (!file.readableBy.includes(req.user.key)) return graphError(403, 'accessDenied', 'Access denied');
  return file;
}

const isResponse = (x: FixtureFile | EmuResponse): x is EmuResponse => 'status' in x;

const driveContent: Route = (req, ctx) => {
  const m = /^\/drives\/([^/]+)\/items\/([^/]+)(\/content)?$/.exec(req.path);
  if (!m || req.method !== 'GET') return undefined;
  const file = driveItemFor(req, ctx, m);
  if (isResponse(file)) return file;
  if (!m[3]) return json(resourceOf(file));
  const format = req.query.get('format');
  if (format && format !== 'pdf') return graphError(400, 'invalidRequest', `Unknown format ${format}`);
  if (format === 'pdf' && !file.pdf) return graphError(406, 'notSupported', 'Conversion to PDF is not supported for this item.');
  // Like Graph: 302 to a short-lived pre-authenticated download URL (served without a token).
  const id = `${file.id}-${Math.random().toString(36).slice(2)}`;
  ctx.downloads.set(id, format === 'pdf' ? { body: file.pdf!, contentType: 'application/pdf' } : { body: file.content, contentType: file.mimeType });
  return { status: 302, headers: { location: `${new URL(ctx.baseUrl).origin}/_download/${id}` } };
};

/** POST /drives/{d}/items/{i}/extractSensitivityLabels (v1.0): the label ids assigned to the file. */
const extractLabels: Route = (req, ctx) => {
  const m = /^\/drives\/([^/]+)\/items\/([^/]+)\/extractSensitivityLabels$/.exec(req.path);
  if (!m || req.method !== 'POST') return undefined;
  const file = driveItemFor(req, ctx, m);
  if (isResponse(file)) return file;
  const labels = file.sensitivityLabelId ? [{ sensitivityLabelId: file.sensitivityLabelId, assignmentMethod: 'standard', tenantId: ctx.tenant.tenantId }] : [];
  return json({ '@odata.context': `${ctx.baseUrl}/$metadata#microsoft.graph.extractSensitivityLabelsResult`, labels });
};

function messageJson(m: FixtureMessage, ctx: { baseUrl: string }, preferText: boolean): Record<string, unknown> {
  const asHtml = (t: string) => `<html><body><div>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>')}</div></body></html>`;
  const body = (t: string) => (preferText ? { contentType: 'text', content: t } : { contentType: 'html', content: asHtml(t) });
  return {
    '@odata.etag': `W/"${m.id}"`, id: m.id, subject: m.subject, receivedDateTime: m.receivedDateTime, bodyPreview: m.uniqueBody.slice(0, 255),
    from: { emailAddress: { name: m.from.name, address: m.from.address } }, sender: { emailAddress: { name: m.from.name, address: m.from.address } },
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(m.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    body: body(m.body), uniqueBody: body(m.uniqueBody), hasAttachments: !!m.attachments?.some((a) => !a.isInline),
  };
}

function attachmentJson(a: NonNullable<FixtureMessage['attachments']>[number], withContent: boolean): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.fileAttachment', id: a.id, name: a.name, contentType: a.contentType, size: a.content.byteLength, isInline: !!a.isInline,
    ...(withContent ? { contentBytes: Buffer.from(a.content).toString('base64') } : {}),
  };
}

/** GET /me/messages/{id}/attachments[/{attachmentId}] (own mail only). */
const attachments: Route = (req, ctx) => {
  const m = /^\/me\/messages\/([^/]+)\/attachments(?:\/([^/]+))?$/.exec(req.path);
  if (req.method !== 'GET' || !m) return undefined;
  const denied = requireScope(req, 'Mail.Read');
  if (denied) return denied;
  const message = ctx.tenant.messages.find((x) => x.owner === req.user.key && x.id === decodeURIComponent(m[1]));
  if (!message) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  const list = message.attachments ?? [];
  if (m[2]) {
    const a = list.find((x) => x.id === decodeURIComponent(m[2]));
    return a ? json(attachmentJson(a, true)) : graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  }
  return json({ value: list.map((a) => attachmentJson(a, false)) });
};

const messages: Route = (req, ctx) => {
  const one = /^\/me\/messages\/([^/]+)$/.exec(req.path);
  if (req.method !== 'GET' || !(req.path === '/me/messages' || one)) return undefined;
  const denied = requireScope(req, 'Mail.Read');
  if (denied) return denied;
  const preferText = /outlook\.body-content-type="?text"?/i.test(req.headers['prefer'] ?? '');
  const select = req.query.get('$select');
  const own = ctx.tenant.messages.filter((m) => m.owner === req.user.key);
  if (one) {
    const m = own.find((x) => x.id === decodeURIComponent(one[1]));
    return m ? json(selectFields(messageJson(m, ctx, preferText), select)) : graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  }
  const searchParam = req.query.get('$search');
  if (searchParam !== null && req.query.get('$filter') !== null) {
    return graphError(400, 'ErrorInvalidUrlQuery', 'The query parameter $filter is not supported with $search.');
  }
  const top = Number(req.query.get('$top') ?? 10);
  const pageSize = Math.min(top, ctx.settings.messagePageSize);
  let found = [...own].sort((a, b) => b.receivedDateTime.localeCompare(a.receivedDateTime));
  if (searchParam !== null) {
    if (!/^".*"$/.test(searchParam)) return graphError(400, 'BadRequest', 'Syntax error: the $search value must be in double quotes.');
    const terms = kqlTerms(searchParam.slice(1, -1));
    found = found.filter((m) => countMatches(`${m.subject}\n${m.body}\n${m.from.name}`, terms) > 0);
  }
  const skip = Number(req.query.get('$skiptoken') ?? 0);
  const page = found.slice(skip, skip + pageSize);
  const out: Record<string, unknown> = { '@odata.context': `${ctx.baseUrl}/$metadata#users('${req.user.id}')/messages`, value: page.map((m) => selectFields(messageJson(m, ctx, preferText), select)) };
  if (skip + pageSize < found.length) {
    const next = new URLSearchParams(req.query);
    next.set('$skiptoken', String(skip + pageSize));
    out['@odata.nextLink'] = `${ctx.baseUrl}/me/messages?${next.toString()}`;
  }
  return json(out);
};

const me: Route = (req, ctx) => {
  if (req.method === 'GET' && req.path === '/me') {
    const u = req.user;
    return json({ '@odata.context': `${ctx.baseUrl}/$metadata#users/$entity`, id: u.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName, mail: u.userPrincipalName, department: u.department });
  }
  if (req.method === 'POST' && req.path === '/me/checkMemberGroups') {
    const denied = requireScope(req, 'GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All');
    if (denied) return denied;
    const ids = ((req.body as { groupIds?: string[] })?.groupIds ?? []).slice();
    if (ids.length > 20) return graphError(400, 'Request_BadRequest', 'At most 20 groupIds are allowed.');
    const member = ids.filter((id) => ctx.tenant.groups.some((g) => g.id === id && g.members.includes(req.user.key)));
    return json({ '@odata.context': `${ctx.baseUrl}/$metadata#Collection(Edm.String)`, value: member });
  }
  return undefined;
};

export const CONTENT_ROUTES: Route[] = [search, driveContent, extractLabels, attachments, messages, me];

export type { EmuRequest, EmuResponse };
