/**
 * What Teams accepts in an AI message, checked on activities as they arrived at the channel.
 * Limits from the Teams documentation "Add citations and AI labels to bot messages": at most 20
 * citations per message, `name` ≤ 80 characters, `abstract` ≤ 160, at most 3 keywords of ≤ 28.
 */
import { expect } from 'vitest';
import type { WireActivity } from '../fakes/fake-bot-channel.js';

export const CITATION_LIMITS = { perMessage: 20, name: 80, abstract: 160, keywords: 3, keyword: 28 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The schema.org Message entity that carries citations and the AI label. */
export function messageEntity(activity: WireActivity): Json | undefined {
  return (activity.entities ?? []).find((e: Json) => e.type === 'https://schema.org/Message');
}

export function streamInfo(activity: WireActivity): Json | undefined {
  return (activity.entities ?? []).find((e: Json) => e.type === 'streaminfo');
}

/** Distinct `[n]` markers in the text. */
export function markers(text: string): number[] {
  return [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** Every claim within Teams' limits, and each claim's position is a `[n]` marker of the text. */
export function expectCitationsWithinTeamsLimits(activity: WireActivity): Json[] {
  const entity = messageEntity(activity);
  expect(entity, 'the schema.org Message entity').toBeDefined();
  expect(entity['@type']).toBe('Message');
  expect(entity['@context']).toBe('https://schema.org');
  const claims: Json[] = entity.citation ?? [];
  expect(claims.length).toBeGreaterThan(0);
  expect(claims.length).toBeLessThanOrEqual(CITATION_LIMITS.perMessage);
  const textMarkers = new Set(markers(activity.text ?? ''));
  for (const claim of claims) {
    expect(claim['@type']).toBe('Claim');
    expect(textMarkers.has(claim.position), `claim ${claim.position} has a [${claim.position}] in the text`).toBe(true);
    const a = claim.appearance;
    expect(a['@type']).toBe('DigitalDocument');
    expect(a.name.length).toBeGreaterThan(0);
    expect(a.name.length).toBeLessThanOrEqual(CITATION_LIMITS.name);
    expect(a.abstract.length).toBeLessThanOrEqual(CITATION_LIMITS.abstract);
    if (a.keywords) {
      expect(a.keywords.length).toBeLessThanOrEqual(CITATION_LIMITS.keywords);
      for (const k of a.keywords) expect(k.length).toBeLessThanOrEqual(CITATION_LIMITS.keyword);
    }
  }
  const positions = claims.map((c) => c.position);
  expect(new Set(positions).size, 'one claim per position').toBe(positions.length);
  return claims;
}

export function isAiLabelled(activity: WireActivity): boolean {
  return (messageEntity(activity)?.additionalType ?? []).includes('AIGeneratedContent');
}

export function hasFeedbackButtons(activity: WireActivity): boolean {
  return activity.channelData?.feedbackLoopEnabled === true || activity.channelData?.feedbackLoop?.type !== undefined;
}
