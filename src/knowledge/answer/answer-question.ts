/**
 * Use case: answer a procedural question from the administration's documents, with citations,
 * or say honestly that the documents do not answer it. Same code for the bot and the CLI.
 *
 * Flow: retrieval query (follow-ups condensed) → all sources in parallel → merged ranking →
 * generative answer (model, guarded output) or extractive Fundstellen → result.
 */
import { detectLocale } from '../../core/language.js';
import type { ChatMessage } from '../../llm/chat-model.js';
import { NOT_FOUND_MARKER } from '../../llm/prompts/answer.js';
import { redactIf } from '../../security/redact-pii.js';
import { mergeResults } from '../merge-results.js';
import { answerTypeOf } from '../answer-threshold.js';
import { holdsAnswerType } from '../answer-type.js';
import { passesAnswerThreshold } from '../relevance.js';
import { quoteFundstelle } from '../snippet.js';
import type { KnowledgeSource, Passage, Query, SourceFailure, SourceResult } from '../types.js';
import { buildAnswerMessages } from './build-prompt.js';
import { checkAnswer, isFlagged } from './check-answer.js';
import { extractiveAnswer, toCitation } from './extractive.js';
import { germanQuoteQuery, germanSearchFor, matchedTranslations } from './english-query.js';
import { germanWordsIntro, germanWordsNotFoundText, modelFailureNotice, noSourceAvailableText, notFoundText, sourceFailureNotice } from './messages.js';
import { buildRetrievalQuery, type RetrievalQuery } from './retrieval-query.js';
import { createStreamGuard } from './stream-guard.js';
import { quarantinePassages } from '../quarantine/quarantine.js';
import { quarantineNotice, ungroundedNotice } from './trust-notices.js';
import { rankFollowUp } from './follow-up-ranking.js';
import type { AnswerDeps, AnswerInput, AnswerResult } from './types.js';

const DEFAULT_TOP = 5;

export function answerQuestion(deps: AnswerDeps) {
  return async (input: AnswerInput): Promise<AnswerResult> => {
    const locale = input.user.locale;
    const history = input.history ?? [];
    const top = input.top ?? DEFAULT_TOP;
    const conversational = await buildRetrievalQuery(deps, input.question, history, input.signal);
    // An English question is searched in German: translated by the model, or else its German words.
    // (An English-speaking user who writes German is searched as written.)
    const englishQuestion = locale === 'en' && detectLocale(input.question, 'en') === 'en';
    const german = englishQuestion ? await germanSearchFor(deps, conversational.text, input.signal) : undefined;
    const translations = german && !german.translated && german.translations.length ? german.translations : undefined;
    const query: RetrievalQuery = german ? { text: german.text, ...(translations ? { translations } : {}) } : conversational;
    const retrievalQuery = query.text;
    /** Without a model: the German words an English question was searched for (the reply says so). */
    const untranslated = german && !deps.chatModel ? german.germanWords : undefined;
    if (untranslated && !untranslated.length && !translations) {
      return { question: input.question, found: false, mode: 'extractive', answer: germanWordsNotFoundText([]), citations: [], failures: [], retrievalQuery };
    }
    // Extractive mode quotes only passages over the answer threshold (one rule for every source);
    // with a model, retrieval stays broad and the model decides (NICHT_GEFUNDEN).
    const merged = await retrieve(deps.sources, query, top, input, !deps.chatModel);
    // Planted instructions: flagged passages rank below clean ones and never back an answer alone.
    const quarantine = quarantinePassages(merged.passages);
    const passages = quarantine.passages;
    // An English question searched for its German words: the sources' answer rule saw no question words
    // ("how much", "by when"), so the kind of fact asked for is checked here, on the quote the user gets.
    const asked = untranslated || translations ? answerTypeOf(input.question) : undefined;
    const unflagged = passages.filter((p) => !isFlagged(p));
    const matched = translations ? matchedTranslations(translations, unflagged.slice(0, 3)) : [];
    // The Fundstelle is chosen by the German words searched and the translations matched ("how long …?" still asks for a number).
    const quoteQuery = translations ? germanQuoteQuery(retrievalQuery, matched, input.question) : retrievalQuery;
    // Quoted by those words alone: the index's matched alternatives of a translated word are every sense the
    // dictionary lists ("phone" → anrufen, Hörer …), and they would pull the quote to the sentence with the most senses.
    const quotable: Passage[] = translations ? unflagged.map(({ matchTerms: _senses, ...p }) => p) : unflagged;
    const cleanPassages = asked && !deps.chatModel ? quotable.filter((p) => holdsAnswerType(asked, quoteFundstelle(p.text, quoteQuery, undefined, p.matchTerms).text)) : quotable;
    const failures = merged.failures;
    if (quarantine.flagged.length) {
      deps.logger?.warn({ passages: quarantine.flagged.map((p) => ({ source: `${p.sourceId}:${p.source}`, flags: p.instructionFlags })) }, 'retrieved passages look like planted instructions (quarantined)');
    }
    deps.logger?.info(
      { userId: input.user.userId, sources: deps.sources.map((s) => s.id), passages: passages.map((p) => `${p.sourceId}:${p.id}`), failures: failures.map((f) => `${f.sourceId}:${f.kind}`) },
      'answer retrieval',
    );

    const base = { question: input.question, failures, retrievalQuery, ...(quarantine.flagged.length ? { quarantined: quarantine.flagged.length } : {}) };
    const sourceNotice = [sourceFailureNotice(failures, locale), quarantine.flagged.length ? quarantineNotice(quarantine.flagged.length, locale) : undefined].filter(Boolean).join(' ') || undefined;
    const mode = deps.chatModel ? 'generative' : 'extractive';

    const failedSources = new Set(failures.map((f) => f.sourceId));
    if (passages.length === 0 && deps.sources.length > 0 && deps.sources.every((s) => failedSources.has(s.id))) {
      return { ...base, found: false, mode, answer: noSourceAvailableText(failures, locale), citations: [] };
    }
    if (cleanPassages.length === 0) {
      return { ...base, found: false, mode, answer: untranslated ? germanWordsNotFoundText(untranslated) : notFoundText(locale), citations: [], ...withNotice(sourceNotice) };
    }
    if (!deps.chatModel) {
      const intro = untranslated ? germanWordsIntro(untranslated, matched) : undefined;
      return { ...base, found: true, mode: 'extractive', ...extractiveAnswer(cleanPassages, locale, quoteQuery, intro), ...withNotice(sourceNotice) };
    }

    const redact = (text: string) => redactIf(deps.redactPii, text);
    const modelPassages: Passage[] = deps.redactPii ? passages.map((p) => ({ ...p, text: redact(p.text), title: redact(p.title) })) : passages;
    const modelHistory: ChatMessage[] = history.map((m) => ({ role: m.role, content: redact(m.content) }));
    const guard = input.onDelta ? createStreamGuard(modelPassages, input.onDelta, { question: input.question }) : undefined;

    const result = await deps.chatModel.complete({
      purpose: 'answer',
      temperature: 0.1,
      maxTokens: 800,
      signal: input.signal,
      messages: buildAnswerMessages(redact(input.question), modelPassages, modelHistory, locale),
      onDelta: guard?.push,
    });

    if (result.status !== 'success') {
      deps.logger?.warn({ status: result.status }, 'answer model failed, falling back to extractive');
      const fallback = extractiveAnswer(cleanPassages, locale, retrievalQuery);
      return {
        ...base,
        found: true,
        mode: 'extractive',
        ...fallback,
        notice: [modelFailureNotice(result.status, locale, true), sourceNotice].filter(Boolean).join(' '),
      };
    }

    const checked = checkAnswer(result.text, modelPassages, { question: input.question });
    if (checked.droppedCitations.length || checked.droppedLinks.length || checked.droppedSentences.length || checked.recited) {
      // Counts and reasons only: no content at info level.
      const reasons: Record<string, number> = {};
      for (const r of checked.droppedSentences) reasons[r] = (reasons[r] ?? 0) + 1;
      deps.logger?.warn(
        { droppedCitations: checked.droppedCitations.length, droppedLinks: checked.droppedLinks.length, droppedSentences: reasons, recited: checked.recited, keptSentences: checked.keptSentences },
        'answer guard removed content',
      );
    }
    const saysNotFound = result.text.includes(NOT_FOUND_MARKER);
    if (saysNotFound && checked.text.replace(NOT_FOUND_MARKER, '').trim().length < 20) {
      return { ...base, found: false, mode: 'generative', answer: notFoundText(locale), citations: [], ...withNotice(sourceNotice) };
    }
    if (checked.used.length === 0) {
      // What is left does not answer: the Fundstellen instead, with a note that says why.
      return { ...base, found: true, mode: 'extractive', ...extractiveAnswer(cleanPassages, locale, retrievalQuery), notice: [ungroundedNotice(locale), sourceNotice].filter(Boolean).join(' ') };
    }
    const answer = checked.text.replace(NOT_FOUND_MARKER, '').trim();
    guard?.finish(answer);
    // Citations show the user's original passage text (redaction only protects the model call).
    const byKey = new Map(passages.map((p) => [`${p.sourceId}\u0000${p.id}`, p]));
    const citations = checked.used.map((p, i) => toCitation(byKey.get(`${p.sourceId}\u0000${p.id}`) ?? p, i + 1, retrievalQuery));
    return { ...base, found: true, mode: 'generative', answer, citations, ...withNotice(sourceNotice) };
  };
}

/** Searches all sources in parallel and merges; a follow-up without a condensed query uses three searches. */
async function retrieve(sources: KnowledgeSource[], query: RetrievalQuery, top: number, input: AnswerInput, thresholded: boolean): Promise<SourceResult> {
  const searchOne = async (s: KnowledgeSource, text: string): Promise<SourceResult> => {
    // A model decides what answers: the sources need not judge (Query.judge).
    const r = await searchSafely(s, { text, top, ...(query.translations ? { translations: query.translations } : {}), ...(thresholded ? {} : { judge: false }) }, input);
    return thresholded ? { ...r, passages: r.passages.filter((p) => passesAnswerThreshold(p)) } : r;
  };
  const search = async (text: string) => mergeResults(await Promise.all(sources.map((s) => searchOne(s, text))), top);
  if (!query.followUp || !query.previous) return search(query.text);
  const [combined, followUp, previous] = await Promise.all([search(query.text), search(query.followUp), search(query.previous)]);
  const passages = rankFollowUp({ followUp: followUp.passages, previous: previous.passages, combined: combined.passages }, top);
  const failures = [...combined.failures];
  return { passages, failures };
}

function withNotice(notice: string | undefined): { notice?: string } {
  return notice ? { notice } : {};
}

/** A source that throws instead of returning a failure value still must not sink the answer. */
async function searchSafely(source: KnowledgeSource, query: Query, input: AnswerInput): Promise<SourceResult> {
  try {
    return await source.search(query, input.user, input.signal);
  } catch (e) {
    const failure: SourceFailure = { sourceId: source.id, kind: 'error', message: e instanceof Error ? e.message : String(e) };
    return { passages: [], failures: [failure] };
  }
}
