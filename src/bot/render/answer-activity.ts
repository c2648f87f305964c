/**
 * Turns an answer into a Teams message: `[n]` markers with citation entities (title, abstract,
 * link), the "AI generated" label on generated text only, and the feedback buttons.
 */
import type { Activity } from 'botbuilder';
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
  };
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
    },
  }));
}

/** A sources list in text, for clients that do not render citation entities and for local files. */
export function sourcesFooter(citations: AnswerCitation[], title: string): string {
  if (!citations.length) return '';
  const lines = citations.map((c) => {
    const where = `${c.meta?.page ? `, S. ${c.meta.page}` : ''}${c.meta?.ocr ? ` (${c.meta.ocr})` : ''}`;
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
      citation: toClientCitations(answer.citations),
    },
  ];
}

/** The complete reply activity for a non-streamed answer. */
export function answerActivity(answer: BotAnswer, sourcesTitle: string, feedback: boolean): Partial<Activity> {
  const notice = answer.notice ? `${answer.notice}\n\n` : '';
  // Extractive answers name each source inline already; generated text gets a sources list.
  const footer = answer.mode === 'generative' ? sourcesFooter(answer.citations, sourcesTitle) : '';
  return {
    type: 'message',
    text: `${notice}${answer.answer}${footer}`,
    textFormat: 'markdown',
    entities: answer.citations.length ? answerEntities(answer) : undefined,
    channelData: feedback ? { feedbackLoopEnabled: true } : undefined,
  };
}
