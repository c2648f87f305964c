/**
 * "Niederschrift erstellen": only for the clerks' group; the transcript comes from an attached
 * file or, with the clerk's sign-in, from the meeting through Graph. The draft (preview card and
 * Word files) goes to the clerk alone — in a group or meeting chat only a short note appears.
 */
import { randomBytes } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import type { MinutesDraft } from '../../minutes/draft-schema.js';
import type { MinutesFiles } from '../../minutes/minutes-files.js';
import type { TurnState } from '@microsoft/teams-ai';
import { AppError, isAppError } from '../../core/errors.js';
import { newReferenceId } from '../../core/logger.js';
import type { UserContext } from '../../core/user-context.js';
import type { MinutesSource } from '../../minutes/request-minutes.js';
import type { PendingRequest } from '../../minutes/pending-requests.js';
import { REQUESTS_PREFIX } from '../../minutes/minutes-job.js';
import { countDraftFacts } from '../../minutes/count-facts.js';
import { minutesPreviewCard } from '../render/minutes-card.js';
import type { AuditRecord, BotServices } from '../services.js';
import { TEXTS, t } from '../texts.js';
import { fileAttachments, isPersonalChat, playgroundOrigins, turnLocale, turnLogger, userContext, userPrincipalName } from '../turn.js';
import { isLocalMode } from '../../config.js';
import { offerFiles, requesterOf, type FileOwner } from './file-consent.js';
import { claimActivity, type BackgroundTurns } from './background.js';
import { deliverPrivately } from './private-delivery.js';
import type { TokenOutcome } from './sign-in.js';

export const MINUTES_TRIGGER = /\b(niederschrift|protokoll)\s*(erstellen|entwerfen|anfertigen)\b|\bcreate (the )?minutes\b/i;
export const CANCEL_TRIGGER = /^\s*(abbrechen|cancel)\s*$/i;
const JOIN_URL = /https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^\s>"]+/i;

type Audit = (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => Promise<void>;
type TokenSource = (context: TurnContext, state: TurnState, text: string) => Promise<TokenOutcome>;
type MinutesState = { minutesJobId?: string };
type SourceRef = { kind: 'file'; name: string; url: string } | { kind: 'meeting'; joinUrl?: string; chatId?: string; token: string };
/** A request acknowledged in its turn and carried on in the background. */
interface BackgroundJob {
  id: string;
  ref: SourceRef;
  user: UserContext;
  owner: FileOwner;
  /** When the request arrived (for the audit record's duration). */
  started: number;
  signal: AbortSignal;
  /** Local mode: the Playground's origin, from the asking turn. */
  downloadOrigins: string[];
}

const MSG = {
  howTo: 'Für einen Niederschrift-Entwurf brauche ich das Transkript der Sitzung. Schreiben Sie „Niederschrift erstellen“ im Besprechungschat, senden Sie mir den Teilnahmelink der Sitzung oder hängen Sie das Teams-Transkript (.vtt, .docx oder .txt) an.',
  loadingFile: (name: string) => `Ich lade die Datei „${name}“ und melde mich hier, sobald der Niederschrift-Entwurf fertig ist (mit „abbrechen“ können Sie abbrechen).`,
  loadingMeeting: 'Ich hole das Transkript der Sitzung aus Teams und melde mich hier, sobald der Niederschrift-Entwurf fertig ist (mit „abbrechen“ können Sie abbrechen).',
  started: 'Ich erstelle den Niederschrift-Entwurf. Bei langen Sitzungen kann das einige Minuten dauern; mit „abbrechen“ können Sie abbrechen.',
  noteInGroup: 'Den Niederschrift-Entwurf habe ich der Schriftführung im persönlichen Chat geschickt.',
  cancelled: 'Der Niederschrift-Auftrag wurde abgebrochen.',
  nothingToCancel: 'Es läuft gerade kein Niederschrift-Auftrag.',
  alreadyRequested: 'Diese Anfrage bearbeite ich bereits; der Entwurf kommt, sobald er fertig ist.',
  interruptedFile: (name: string) =>
    `Ihre Anfrage „Niederschrift erstellen“ mit der Datei „${name}“ wurde durch einen Neustart des Assistenten unterbrochen, bevor die Datei geladen war. Bitte senden Sie die Datei „${name}“ noch einmal mit „Niederschrift erstellen“.`,
  interruptedMeeting:
    'Ihre Anfrage „Niederschrift erstellen“ wurde durch einen Neustart des Assistenten unterbrochen, bevor das Transkript der Sitzung geladen war. Bitte fordern Sie den Entwurf noch einmal an.',
  downloadFailed: (name: string, timedOut: boolean) =>
    `Die Datei „${name}“ konnte nicht geladen werden${timedOut ? ' (das Herunterladen hat zu lange gedauert)' : ''}. Bitte senden Sie sie noch einmal; klappt es wieder nicht, laden Sie das Transkript in den Besprechungschat hoch oder senden Sie den Teilnahmelink der Sitzung.`,
  failed: (ref: string) => `Der Niederschrift-Entwurf konnte nicht erstellt werden. Ihre Eingaben sind gespeichert; bitte versuchen Sie es erneut oder nennen Sie Ihrer IT die Referenz ${ref}.`,
  done: (files: { name: string; url: string }[]) =>
    `Der Niederschrift-Entwurf ist fertig (Entwurf – mit KI-Unterstützung erstellt). Bitte prüfen Sie ihn vor der Unterschrift.${files.length ? `\n\n${files.map((f) => `- ${f.name}: ${f.url}`).join('\n')}` : ''}`,
};


function isMeetingChat(context: TurnContext): boolean {
  return (context.activity.conversation?.id ?? '').startsWith('19:meeting_');
}

export function createMinutesHandler(services: BotServices, graphToken: TokenSource, audit: Audit, background: BackgroundTurns) {
  /** Where the transcript comes from — nothing is downloaded yet (that waits for the role check). */
  async function source(context: TurnContext, state: TurnState, text: string): Promise<SourceRef | 'pending' | 'needsSignIn' | undefined> {
    const file = fileAttachments(context)[0];
    if (file) {
      const url = file.downloadUrl ?? file.contentUrl;
      if (!url) return undefined;
      return { kind: 'file', name: file.name, url };
    }
    const joinUrl = JOIN_URL.exec(text)?.[0];
    if (!joinUrl && !isMeetingChat(context)) return undefined;
    const token = await graphToken(context, state, text);
    if (token.status === 'pending') return 'pending';
    if (token.status !== 'token') return 'needsSignIn';
    return joinUrl ? { kind: 'meeting', joinUrl, token: token.token } : { kind: 'meeting', chatId: context.activity.conversation.id, token: token.token };
  }

  /** Runs `send` where only the clerk sees it: here in 1:1, else in a new 1:1 conversation. */
  async function toClerk(context: TurnContext, send: (clerk: TurnContext) => Promise<void>): Promise<void> {
    if (isPersonalChat(context)) await send(context);
    else await deliverPrivately(context, services.config.BOT_ID ?? '', send);
  }

  /** Preview card and Word files to the clerk: file consent in Teams, the data folder locally. */
  async function deliverDraft(clerk: TurnContext, id: string, owner: Pick<FileOwner, 'userId' | 'tenantId'>, draft: MinutesDraft, files: MinutesFiles): Promise<void> {
    if (isLocalMode(services.config)) {
      // Local run (Playground, no Teams file store): the documents go to the data folder.
      const delivered = await services.minutes!.saveLocally(id, files);
      await clerk.sendActivity({ text: MSG.done(delivered), attachments: [minutesPreviewCard(draft, delivered, id)] });
      return;
    }
    await clerk.sendActivity({ text: MSG.done([]), attachments: [minutesPreviewCard(draft, [], id)] });
    await offerFiles(clerk, services.store, id, { userId: owner.userId, tenantId: owner.tenantId }, [files.public, ...(files.nonpublic ? [files.nonpublic] : [])]);
  }

  /**
   * Everything after the acknowledgement, in a proactive turn of the same conversation: the turn
   * that asked has long been answered, so a slow download or a long draft never holds
   * POST /api/messages open (the Bot Framework retries turns slower than about 15 s).
   */
  async function work(context: TurnContext, job: BackgroundJob): Promise<void> {
    const { id, ref, user, owner, signal } = job;
    try {
      const src: MinutesSource =
        ref.kind === 'meeting'
          ? ref.joinUrl
            ? { kind: 'meeting', joinUrl: ref.joinUrl }
            : { kind: 'meeting', chatId: ref.chatId }
          : { kind: 'file', name: ref.name, bytes: await services.minutes!.download(ref.url, ref.name, { extraOrigins: job.downloadOrigins }).catch((e: unknown) => Promise.reject(downloadError(ref.name, e))) };
      if (signal.aborted) return;
      const prepared = await services.minutes!.prepare(src, user);
      if (signal.aborted) return;
      await context.sendActivity([MSG.started, ...prepared.notices].join('\n\n'));
      // The conversation reference lets a job that a restart interrupted report back when it is done.
      const reference = TurnContext.getConversationReference(context.activity);
      const { job: done, files } = await services.minutes!.run(id, prepared, { requestedBy: user.upn ?? user.userId, context: reference }, signal);
      if (done.state === 'cancelled') return;
      // Another instance took the job over (this one lost its lease): that one finishes and sends it.
      if (done.state === 'queued' || done.state === 'running') return;
      if (done.state !== 'done' || !done.result || !files) throw new Error(done.error?.message ?? `minutes job ended ${done.state}`);
      const draft = done.result.draft;
      // With several instances on one store exactly one sends the draft: this one, unless another claimed it.
      if (!(await services.minutes!.claimDelivery(id))) return;
      await toClerk(context, (clerk) => deliverDraft(clerk, id, owner, draft, files));
      await services.minutes!.markDelivered(id);
      if (!isPersonalChat(context)) await context.sendActivity(MSG.noteInGroup);
      // Counts for the pilot report: facts in the draft and how many of them say "Bitte prüfen".
      await services.recordMinutesDraft?.({ userId: owner.userId, tenantId: owner.tenantId, ...countDraftFacts(draft) }).catch((e: unknown) => services.logger.warn({ err: String(e) }, 'minutes draft record not stored'));
      await audit(context, { capability: 'minutes', outcome: 'completed', durationMs: Date.now() - job.started });
    } catch (e) {
      await report(context, id, e);
    } finally {
      // The request is answered (or its job submitted, which releases it already): nothing pending any more.
      await services.minutes?.pending?.release(id).catch((e: unknown) => services.logger.warn({ jobId: id, err: String(e) }, 'pending minutes request not released'));
    }
  }

  /** What the clerk hears when the background work failed. */
  async function report(context: TurnContext, id: string, e: unknown): Promise<void> {
    if (isAppError(e) && e.userMessage && (e.kind === 'invalidInput' || e.kind === 'limit' || e.kind === 'notFound' || e.kind === 'auth' || e.kind === 'forbidden' || e.kind === 'transient')) {
      await audit(context, { capability: 'minutes', outcome: e.kind === 'forbidden' ? 'refused' : 'invalidInput' });
      await context.sendActivity(e.userMessage);
      return;
    }
    // No turn error handler out here: log with a reference, tell the clerk, audit.
    const referenceId = newReferenceId();
    turnLogger(context, services.logger).error({ ref: referenceId, jobId: id, err: e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : String(e) }, 'minutes request failed');
    await audit(context, { capability: 'minutes', outcome: 'error', referenceId });
    await context.sendActivity(MSG.failed(referenceId));
  }

  async function onMinutes(context: TurnContext, state: TurnState, text: string): Promise<void> {
    const locale = turnLocale(context);
    const minutes = services.minutes;
    if (!minutes) {
      await context.sendActivity(t(TEXTS.notAvailable, locale));
      return;
    }
    const started = Date.now();
    const ref = await source(context, state, text);
    if (ref === 'pending') return;
    if (ref === 'needsSignIn') {
      await audit(context, { capability: 'minutes', outcome: 'refused' });
      await context.sendActivity(t(TEXTS.signInUnavailable, locale));
      return;
    }
    if (!ref) {
      await audit(context, { capability: 'minutes', outcome: 'invalidInput' });
      await context.sendActivity(MSG.howTo);
      return;
    }
    // Role first: nobody outside the clerks' group makes the bot fetch or parse anything.
    const user = { ...userContext(context, ref.kind === 'meeting' ? ref.token : undefined), upn: await userPrincipalName(context) };
    if (!(await minutes.canRequest(user))) {
      await audit(context, { capability: 'minutes', outcome: 'denied' });
      await context.sendActivity(t(TEXTS.minutesNotAllowed, locale));
      return;
    }
    const owner = requesterOf(context);
    // Random, so nobody can derive it from ids everyone in the chat sees.
    const id = randomBytes(18).toString('base64url');
    // Teams retries a turn that takes long; the same activity must not start a second job.
    if (!(await claimActivity(services.store, context, REQUESTS_PREFIX, { jobId: id }))) {
      await context.sendActivity(MSG.alreadyRequested);
      return;
    }
    (state.conversation as MinutesState).minutesJobId = id;
    // Recorded before anything is fetched: a restart during the download is reported to the clerk, not lost.
    await minutes.pending?.hold(id, { source: ref.kind === 'file' ? { kind: 'file', name: ref.name } : { kind: 'meeting' }, context: TurnContext.getConversationReference(context.activity), requestedBy: user.upn ?? user.userId });
    // Acknowledge at once; loading and drafting report back by proactive message, and the
    // background work writes the request's one audit record when it ends.
    await context.sendActivity(ref.kind === 'file' ? MSG.loadingFile(ref.name) : MSG.loadingMeeting);
    const job = { id, ref, user, owner, started, downloadOrigins: playgroundOrigins(context, services.config) };
    background.start(context, id, (proactive, signal) => work(proactive, { ...job, signal }));
  }

  async function onCancel(context: TurnContext, state: TurnState): Promise<void> {
    const conversation = state.conversation as MinutesState;
    const id = conversation.minutesJobId;
    const local = id ? background.abort(id) : false;
    const job = id ? await services.minutes?.cancel(id) : undefined;
    // A job that already finished is not cancelled; one still loading here is (it has no stored job yet).
    const cancelled = local || job?.state === 'cancelled';
    delete conversation.minutesJobId;
    await audit(context, { capability: 'minutes', action: 'cancel', outcome: cancelled ? 'completed' : 'noResults' });
    await context.sendActivity(cancelled ? MSG.cancelled : MSG.nothingToCancel);
  }

  /** After a restart or a takeover: delivers a job that finished in the background to the clerk who asked. */
  async function deliverResumed(context: TurnContext, id: string, draft: MinutesDraft, files: MinutesFiles): Promise<void> {
    await context.sendActivity('Ein Niederschrift-Entwurf, der durch einen Neustart oder den Ausfall einer Instanz des Assistenten unterbrochen wurde, ist jetzt fertig.');
    // The continued conversation's activity carries the original requester (reference.user).
    const owner = requesterOf(context);
    await toClerk(context, (clerk) => deliverDraft(clerk, id, owner, draft, files));
  }

  /** After a restart: a request whose transcript was still being fetched must be sent again (the clerk is told which). */
  async function reportInterrupted(context: TurnContext, request: PendingRequest): Promise<void> {
    await context.sendActivity(request.source.kind === 'file' ? MSG.interruptedFile(request.source.name) : MSG.interruptedMeeting);
    await audit(context, { capability: 'minutes', outcome: 'error' });
  }

  return { onMinutes, onCancel, deliverResumed, reportInterrupted };
}

/** A failed download of an attachment, worded with the file's name and what to do. */
function downloadError(name: string, e: unknown): unknown {
  // Refusals that already name the file (type, size, not allowed host) stay as they are.
  if (isAppError(e) && e.userMessage?.includes(name)) return e;
  const timedOut = (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) || (isAppError(e) && /timeout|zeit/i.test(`${e.message} ${e.userMessage ?? ''}`));
  return new AppError('transient', `attachment download failed: ${e instanceof Error ? e.message : String(e)}`, MSG.downloadFailed(name, timedOut), { cause: e });
}
