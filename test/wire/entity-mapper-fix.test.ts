/**
 * Sentinel for the Entity mapper work-around (docs/adr/0007-entity-mapper-fix.md). The first test
 * fails the day a botframework-connector upgrade ships the upstream fix (botbuilder-js#4903):
 * then delete src/bot/entity-mapper-fix.ts and mark the ADR as superseded. The wire tests
 * (answers.wire.test.ts) fail the day an upgrade breaks the work-around.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { publishedEntityMapperKeepsExtraProperties, registerEntityMapperFix } from '../../src/bot/entity-mapper-fix.js';

const require = createRequire(import.meta.url);

describe('botframework-connector Entity mapper work-around', () => {
  it('is still needed: the installed connector drops unknown entity properties by itself', () => {
    const { version } = require('botframework-connector/package.json') as { version: string };
    expect(
      publishedEntityMapperKeepsExtraProperties(),
      `botframework-connector ${version} keeps entity properties itself: remove src/bot/entity-mapper-fix.ts and supersede ADR 0007`,
    ).toBe(false);
  });

  it('registers once and keeps reporting it (idempotent), without pretending upstream fixed it', () => {
    expect(registerEntityMapperFix()).toBe('registered');
    expect(registerEntityMapperFix()).toBe('registered');
    expect(publishedEntityMapperKeepsExtraProperties()).toBe(false);
  });
});
