/**
 * Which passages come from a person's private sources (their mail, their OneDrive). Such content
 * must not be posted into a group chat or channel; the bot answers those in 1:1 instead.
 * The sources stamp `meta.visibility`; this module decides it. Pure.
 */
import type { Passage } from '../types.js';

export type Visibility = 'private' | 'shared';

/** OneDrive for Business lives on `<tenant>-my.sharepoint.com/personal/<user>`. */
export function driveItemVisibility(webUrl: string): Visibility {
  try {
    const url = new URL(webUrl);
    return url.hostname.endsWith('-my.sharepoint.com') || url.pathname.startsWith('/personal/') ? 'private' : 'shared';
  } catch {
    return 'private';
  }
}

/** True for mail and OneDrive passages (and for any passage stamped private). */
export function isPrivatePassage(passage: Pick<Passage, 'sourceId' | 'meta'>): boolean {
  return passage.sourceId === 'outlook' || passage.meta?.visibility === 'private';
}
