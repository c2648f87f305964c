/**
 * Checks OParl objects against the vendored OParl 1.1 JSON schemas (test/fixtures/oparl/schema),
 * with ajv. The schemas name embedded objects with a non-standard `"schema": "File.json"`; those
 * are checked recursively here. OParl 1.0 objects are checked against the same schemas with
 * their type URL read as 1.1 (the object layout is the same for what the product reads).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvModule, { type ValidateFunction } from 'ajv';

// ajv is CommonJS: under NodeNext its class is the default export's `default`.
const Ajv = AjvModule.default;

const DIR = path.resolve('test/fixtures/oparl/schema');

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  schema?: string;
}

const schemas = new Map<string, { raw: SchemaNode; validate: ValidateFunction }>();
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
ajv.addFormat('url', (s: string) => URL.canParse(s));
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s));
for (const f of readdirSync(DIR).filter((n) => n.endsWith('.json'))) {
  const raw = JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as SchemaNode & { title: string };
  schemas.set(raw.title, { raw, validate: ajv.compile(raw) });
}

export const OPARL_SCHEMA_NAMES = [...schemas.keys()];

/** Problems of one object (empty when it validates), embedded objects included. */
export function oparlSchemaErrors(object: unknown, where = ''): string[] {
  const o = object as { type?: unknown; deleted?: unknown };
  if (typeof o?.type !== 'string') return [`${where || '(Objekt)'}: type fehlt`];
  const m = /^https:\/\/schema\.oparl\.org\/1\.[01]\/(\w+)$/.exec(o.type);
  const entry = m ? schemas.get(m[1]) : undefined;
  if (!entry) return [`${where || '(Objekt)'}: unbekannter type ${o.type}`];
  // A deleted object may be reduced to id, type, deleted and modified (OParl 1.1, 2.9).
  if (o.deleted === true) return [];
  const as11 = { ...(object as object), type: o.type.replace('/1.0/', '/1.1/') };
  const errors = entry.validate(as11) ? [] : (entry.validate.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? ''}`.trim());
  for (const [prop, node] of Object.entries(entry.raw.properties ?? {})) {
    const value = (as11 as Record<string, unknown>)[prop];
    if (value === undefined) continue;
    if (node.schema && typeof value === 'object') errors.push(...oparlSchemaErrors(value, `${where}/${prop}`));
    if (node.items?.schema && Array.isArray(value)) value.forEach((v, i) => typeof v === 'object' && errors.push(...oparlSchemaErrors(v, `${where}/${prop}/${i}`)));
  }
  return errors;
}
