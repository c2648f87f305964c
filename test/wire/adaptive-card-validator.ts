/**
 * Validates Adaptive Cards as Teams would parse them, for Adaptive Cards 1.5 (the highest version
 * Teams renders on desktop, web and mobile alike).
 *
 * Source of the rules: Microsoft's own `adaptivecards` SDK from npm (the parser Teams' web client
 * and the Agents Playground use). No npm package ships the published JSON schema
 * (adaptivecards.io/schemas/1.5.0/adaptive-card.json): checked `adaptivecards`,
 * `adaptivecards-designer`, `@microsoft/adaptivecards-tools` and `@microsoft/teams.cards`. The
 * SDK parser, run with a 1.5 serialization context, reports unknown element and action types,
 * invalid enum values (e.g. `weight: "Heavy"`), properties newer than 1.5, missing required
 * properties (an Action.OpenUrl without url, inputs without id) and unsupported card versions.
 * On top, the checks the parser is lenient about: `type`, `version` ≤ 1.5, non-empty text.
 */
import { createRequire } from 'node:module';
import type * as AdaptiveCardsSdk from 'adaptivecards';

const require = createRequire(import.meta.url);
// The package's ESM build has extension-less imports; its UMD bundle loads in Node without a DOM.
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsSdk;

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const TARGET = { major: 1, minor: 5 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Problems of one card; empty when Teams renders it as written. */
export function adaptiveCardProblems(card: Json): string[] {
  const problems: string[] = [];
  if (card?.type !== 'AdaptiveCard') problems.push(`type is ${JSON.stringify(card?.type)}, expected "AdaptiveCard"`);
  const version = /^(\d+)\.(\d+)$/.exec(String(card?.version ?? ''));
  if (!version) problems.push(`version ${JSON.stringify(card?.version)} is missing or malformed`);
  else if (Number(version[1]) > TARGET.major || (Number(version[1]) === TARGET.major && Number(version[2]) > TARGET.minor)) problems.push(`version ${card.version} is newer than 1.5`);

  const sdkCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(new AC.Version(TARGET.major, TARGET.minor));
  sdkCard.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of sdkCard.validateProperties().validationEvents) problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  walk(card, (node, path) => {
    if (node.type === 'TextBlock' && !(typeof node.text === 'string' && node.text.trim())) problems.push(`${path}: TextBlock without text`);
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && !(typeof node.title === 'string' && node.title.trim())) problems.push(`${path}: ${node.type} without title`);
  });
  return problems;
}

/** All Adaptive Card attachments of an activity with their problems. */
export function adaptiveCardsOf(activity: Json): Json[] {
  return (activity.attachments ?? []).filter((a: Json) => a.contentType === ADAPTIVE_CARD).map((a: Json) => a.content);
}

function walk(node: Json, visit: (node: Json, path: string) => void, path = '$'): void {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, visit, `${path}[${i}]`));
  else if (node && typeof node === 'object') {
    visit(node, path);
    for (const [k, v] of Object.entries(node)) if (k !== 'data') walk(v, visit, `${path}.${k}`);
  }
}
