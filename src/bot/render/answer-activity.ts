/**
 * Turns an answer into a Teams message: `[n]` markers with citation entities (title, abstract,
 * link), the "AI generated" label on generated text only, and the feedback buttons.
 */
import { randomBytes } from 'node:crypto';
import { CardFactory, type Activity, type Attachment } from 'botbuilder';
import { TIME_FEEDBACK_VERB } from './minutes-card.js';
import type { AnswerCitation, BotAnswer } from '../services.js';

/** Teams citation entity (teams-ai defines it but does not export it from its index). */
export interface ClientCitation {
  '@type': 'Claim';
  position: number;
  appearance: {
    '@type': 'DigitalDocument';
    name: string;
    abstract: string;
    url?: string;
    image?: { '@type': 'ImageObject'; name: string };
    keywords?: string[];
    /** Sensitivity label of the cited file (Microsoft Purview), shown by Teams on the citation. */
    usageInfo?: UsageInfo;
  };
}

/** Teams' sensitivity information of a citation or a whole message (teams-ai SensitivityUsageInfo). */
export interface UsageInfo {
  type: 'https://schema.org/Message';
  '@type': 'CreativeWork';
  name: string;
  description?: string;
}

/** Teams' limits for citations ("Add citations and AI labels to bot messages"). */
export const CITATION_LIMITS = { perMessage: 20, name: 80, abstract: 160, keywords: 3, keyword: 28 } as const;

function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function iconFor(source: string): ClientCitation['appearance']['image'] {
  const ext = source.toLowerCase().split('?')[0].split('.').pop() ?? '';
  if (ext === 'pdf') return { '@type': 'ImageObject', name: 'PDF' };
  if (ext === 'docx' || ext === 'doc') return { '@type': 'ImageObject', name: 'Microsoft Word' };
  if (ext === 'xlsx') return { '@type': 'ImageObject', name: 'Microsoft Excel' };
  if (ext === 'pptx') return { '@type': 'ImageObject', name: 'Microsoft PowerPoint' };
  return { '@type': 'ImageObject', name: 'Text' };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/;

/** What a reader may want to see as tags: author or sender, date, page — not internal markers. */
function keywordsFor(c: AnswerCitation): string[] | undefined {
  const meta = c.meta ?? {};
  const date = meta.date ?? meta.lastModified;
  const iso = date ? ISO_DATE.exec(date) : null;
  const keywords = [meta.from ?? meta.lastModifiedBy, iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : undefined, meta.page ? `S. ${meta.page}` : undefined]
    .filter((k): k is string => !!k && !!k.trim())
    .slice(0, CITATION_LIMITS.keywords)
    .map((k) => clip(k, CITATION_LIMITS.keyword));
  return keywords.length ? keywords : undefined;
}

/** The label of a cited file as Teams shows it, or nothing for unlabelled sources. */
function usageInfoOf(c: AnswerCitation): UsageInfo | undefined {
  const name = c.meta?.sensitivityLabel?.trim();
  if (!name) return undefined;
  return {
    type: 'https://schema.org/Message',
    '@type': 'CreativeWork',
    name: clip(name, CITATION_LIMITS.name),
    description: clip(`Das zitierte Dokument trägt die Vertraulichkeitsbezeichnung „${name}“. Bitte beachten Sie die Regeln Ihrer Verwaltung für solche Inhalte.`, CITATION_LIMITS.abstract),
  };
}

/**
 * The message's own label: the highest one among its cited files (SENSITIVITY_LABEL_NAMES order),
 * so an answer quoting a "Vertraulich" file is marked so as a whole.
 */
function messageUsageInfo(citations: AnswerCitation[]): UsageInfo | undefined {
  const labelled = citations.filter((c) => c.meta?.sensitivityLabel);
  if (!labelled.length) return undefined;
  const top = [...labelled].sort((a, b) => Number(b.meta?.sensitivityLabelRank ?? 0) - Number(a.meta?.sensitivityLabelRank ?? 0))[0];
  return usageInfoOf(top);
}

/** Claims for the first 20 citations (Teams shows no more); the text footer still lists all. */
export function toClientCitations(citations: AnswerCitation[]): ClientCitation[] {
  return citations.slice(0, CITATION_LIMITS.perMessage).map((c) => ({
    '@type': 'Claim',
    position: c.id,
    appearance: {
      '@type': 'DigitalDocument',
      name: clip(c.title || c.source, CITATION_LIMITS.name),
      // Text read by OCR may hold recognition errors: the citation says so first.
      abstract: clip(c.meta?.ocr ? `${c.meta.ocr}: ${c.abstract ?? c.snippet}` : (c.abstract ?? c.snippet), CITATION_LIMITS.abstract),
      url: isUrl(c.source) ? c.source : undefined,
      image: iconFor(c.source),
      keywords: keywordsFor(c),
      usageInfo: usageInfoOf(c),
    },
  }));
}

/** A sources list in text, for clients that do not render citation entities and for local files. */
export function sourcesFooter(citations: AnswerCitation[], title: string): string {
  if (!citations.length) return '';
  const lines = citations.map((c) => {
    const label = c.meta?.sensitivityLabel ? ` (Vertraulichkeitsbezeichnung „${c.meta.sensitivityLabel}“)` : '';
    const where = `${c.meta?.page ? `, S. ${c.meta.page}` : ''}${c.meta?.ocr ? ` (${c.meta.ocr})` : ''}${label}`;
    return `[${c.id}] ${c.title}${where} – ${c.source}`;
  });
  return `\n\n**${title}:**\n\n${lines.join('\n\n')}`;
}

export function answerEntities(answer: BotAnswer): Activity['entities'] {
  return [
    {
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      ...(answer.mode === 'generative' ? { additionalType: ['AIGeneratedContent'] } : {}),
      usageInfo: messageUsageInfo(answer.citations),
      citation: toClientCitations(answer.citations),
    },
  ];
}

/** A random id for one answer (the "Zeit gespart" button's reference). */
export function newAnswerRef(): string {
  return randomBytes(9).toString('hex');
}

/**
 * A small card under an answer: "Hat mir Zeit gespart" — the staff's own account for the pilot
 * report (kept apart from the assumed saving). `ref` identifies the answer, so a second click of
 * the same person does not count twice.
 */
export function timeSavedCard(ref: string): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [],
    actions: [{ type: 'Action.Submit', title: 'Hat mir Zeit gespart', data: { verb: TIME_FEEDBACK_VERB, task: 'answer', verdict: 'saved', ref } }],
  });
}

/** The complete reply activity for a non-streamed answer (`timeSavedRef`: show the "Zeit gespart" button). */
export function answerActivity(answer: BotAnswer, sourcesTitle: string, feedback: boolean, timeSavedRef?: string): Partial<Activity> {
  const notice = answer.notice ? `${answer.notice}\n\n` : '';
  // Extractive answers name each source inline already; generated text gets a sources list.
  const footer = answer.mode === 'generative' ? sourcesFooter(answer.citations, sourcesTitle) : '';
  return {
    type: 'message',
    text: `${notice}${answer.answer}${footer}`,
    textFormat: 'markdown',
    entities: answer.citations.length ? answerEntities(answer) : undefined,
    channelData: feedback ? { feedbackLoopEnabled: true } : undefined,
    ...(timeSavedRef && answer.found ? { attachments: [timeSavedCard(timeSavedRef)] } : {}),
  };
}
