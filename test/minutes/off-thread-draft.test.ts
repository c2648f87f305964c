/**
 * The draft core and the rendering on the worker thread give what the in-process functions give:
 * same draft, same cues per item, same clock labels, byte-identical text in the Word files.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { renderMinutesFiles } from '../../src/minutes/minutes-files.js';
import { createOffThreadDraft } from '../../src/minutes/off-thread-draft.js';
import { docxText, stadtentwicklung } from './sessions.js';

const drafts = createOffThreadDraft();
afterAll(() => drafts.close());

describe('draft core and rendering off the event loop', () => {
  it('match the in-process core and rendering', async () => {
    const input = { ...(await stadtentwicklung()), style: 'verlauf' as const };
    const local = buildCoreDraft(input);
    const remote = await drafts.buildCore(input);
    expect(remote.draft).toEqual(local.draft);
    expect(remote.itemCues).toEqual(local.itemCues);
    // The model stage reads the chairs' turns: they cross the thread boundary too.
    expect(remote.chairs).toEqual(local.chairs);
    expect(remote.chairs.size).toBeGreaterThan(0);
    for (const cue of local.itemCues.flat()) expect(remote.clock(cue.start)).toBe(local.clock(cue.start));
    const [a, b] = await Promise.all([drafts.render(remote.draft), renderMinutesFiles(local.draft)]);
    expect(Buffer.isBuffer(a.public.data)).toBe(true);
    expect((await docxText(a.public.data)).all).toBe((await docxText(b.public.data)).all);
    expect(a.nonpublic && (await docxText(a.nonpublic.data)).all).toBe(b.nonpublic && (await docxText(b.nonpublic.data)).all);
  });
});
