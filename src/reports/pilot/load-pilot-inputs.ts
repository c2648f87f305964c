/** Reads the records of a report period from the audit log and the store (the report's only I/O). */
import type { AuditLog } from '../../audit/audit-log.js';
import { readUsage } from '../../llm/store-usage-recorder.js';
import { createFeedbackRecords } from '../../storage/records/feedback-records.js';
import { createMinutesDraftRecords } from '../../storage/records/minutes-draft-records.js';
import { createTimeFeedbackRecords } from '../../storage/records/time-feedback-records.js';
import { createUnansweredRecords } from '../../storage/records/unanswered-records.js';
import type { Store } from '../../storage/store.js';
import { dayEnd, dayStart } from './calendar.js';
import type { PilotInputs, UnansweredQuestion } from './types.js';

export interface PilotRecordSources {
  audit: Pick<AuditLog, 'read'>;
  store: Store;
  /** Unanswered questions of the period; default: the record the answer use case writes to the store. */
  listUnanswered?: (from: Date, to: Date) => Promise<UnansweredQuestion[]>;
}

export async function loadPilotInputs(sources: PilotRecordSources, from: string, to: string): Promise<PilotInputs> {
  const start = dayStart(from);
  const end = dayEnd(to);
  const [audit, modelCalls, feedback, timeFeedback, minutesDrafts, unanswered] = await Promise.all([
    sources.audit.read(start, end),
    readUsage(sources.store, from, to),
    createFeedbackRecords(sources.store).listFeedback(start, end),
    createTimeFeedbackRecords(sources.store).listTimeFeedback(start, end),
    createMinutesDraftRecords(sources.store).listMinutesDrafts(start, end),
    sources.listUnanswered ? sources.listUnanswered(start, end) : readUnanswered(sources.store, start, end),
  ]);
  return { audit, modelCalls, feedback, timeFeedback, minutesDrafts, unanswered };
}

/** The stored record of unanswered questions, as the report's input (reading never needs the text switch). */
async function readUnanswered(store: Store, from: Date, to: Date): Promise<UnansweredQuestion[]> {
  const records = await createUnansweredRecords(store, { recordText: false }).listUnanswered(from, to);
  return records.map((r) => ({ at: r.at, userIdHash: r.personKey, words: r.words, ...(r.text ? { text: r.text } : {}) }));
}
