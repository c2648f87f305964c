/**
 * Keeps Teams entities (citations, the AI label, streamInfo) intact on the wire.
 *
 * botframework-connector 4.23.x serialises every outgoing activity with @azure/core-client. Its
 * `Entity` mapper declares only `type`, `text` and `mentioned`, and core-client replaces the
 * Activity's inline `entities` element mapper (which does allow extra properties) with that
 * named mapper, so every other property of an entity is dropped before the request is sent.
 * Upstream fixed the mapper in microsoft/botbuilder-js#4903; no published release has it yet.
 * Until one does, the same declaration is registered here, once, when the adapter is created.
 * See docs/adr/0007-entity-mapper-fix.md — and remove this file when the sentinel test
 * (test/wire/entity-mapper-fix.test.ts) reports that the published mapper has the fix.
 */
import connectorMappers from 'botframework-connector/lib/connectorApi/models/mappers.js';

/** Outcome of the registration, for the log and the sentinel test. */
export type EntityMapperFix =
  /** The published mapper lacked `additionalProperties`; ours is registered now. */
  | 'registered'
  /** The published mapper already allows extra properties: this work-around is obsolete. */
  | 'fixed-upstream';

interface MutableCompositeMapper {
  type: { name: string; className?: string; modelProperties?: Record<string, unknown>; additionalProperties?: unknown };
}

const REGISTERED = Symbol.for('rathaus.entityMapperFix');

function entityMapper(): MutableCompositeMapper {
  const mapper = (connectorMappers as unknown as Record<string, MutableCompositeMapper | undefined>).Entity;
  if (!mapper || mapper.type?.name !== 'Composite' || mapper.type.className !== 'Entity') {
    // An upgrade changed the connector's models: fail loudly rather than strip citations silently.
    throw new Error('botframework-connector has no Composite "Entity" mapper any more: review docs/adr/0007-entity-mapper-fix.md');
  }
  return mapper;
}

/** True when the connector as published (before our registration) keeps extra entity properties. */
export function publishedEntityMapperKeepsExtraProperties(): boolean {
  const mapper = entityMapper();
  return mapper.type.additionalProperties !== undefined && !(REGISTERED in mapper.type);
}

/** Lets `Entity` carry any further property (as the Bot Framework activity schema says). Idempotent. */
export function registerEntityMapperFix(): EntityMapperFix {
  const mapper = entityMapper();
  if (publishedEntityMapperKeepsExtraProperties()) return 'fixed-upstream';
  if (!(REGISTERED in mapper.type)) {
    mapper.type.additionalProperties = { type: { name: 'Object' } };
    Object.defineProperty(mapper.type, REGISTERED, { value: true, enumerable: false });
  }
  return 'registered';
}
