/**
 * "Niederschrift erstellen": only for the clerks' group; the transcript comes from an attached
 * file or, with the clerk's sign-in, from the meeting through Graph. The draft (preview card and
 * Word files) goes to the clerk alone — in a group or meeting chat only a short note appears.
 */
import { createHash } from 'node:crypto';
import { TeamsInfo, TurnContext } from 'botbuilder';
import type { MinutesDraft } from '../../minutes/draft-schema.js';
import type { MinutesFiles } from '../../minutes/minutes-files.js';
import type { TurnState } from '@microsoft/teams-ai';
import { isAppError } from '../../core/errors.js';
import type { MinutesSource } from '../../minutes/request-minutes.js';
import { minutesPreviewCard } from '../render/minutes-card.js';
import type { AuditRecord, BotServices } from '../services.js';
import { TEXTS, t } from '../texts.js';
import { fileAttachments, isPersonalChat, turnLocale, userContext } from '../turn.js';
import { isLocalMode } from '../../config.js';
import { offerFiles } from './file-consent.js';
import { deliverPrivately } from './private-delivery.js';
import type { TokenOutcome } from './sign-in.js';

export const MINUTES_TRIGGER = /\b(niederschrift|protokoll)\s*(erstellen|entwerfen|anfertigen)\b|\bcreate (the )?minutes\b/i;
export const CANCEL_TRIGGER = /^\s*(abbrechen|cancel)\s*$/i;
const JOIN_URL = /https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^\s>"]+/i;

type Audit = (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => Promise<void>;
type TokenSource = (context: TurnContext, state: TurnState, text: string) => Promise<TokenOutcome>;
type MinutesState = { minutesJobId?: string };

const MSG = {
  howTo: 'Für einen Niederschrift-Entwurf brauche ich das Transkript der Sitzung. Schreiben Sie „Niederschrift erstellen“ im Besprechungschat, senden Sie mir den Teilnahmelink der Sitzung oder hängen Sie das Teams-Transkript (.vtt, .docx oder .txt) an.',
  started: 'Ich erstelle den Niederschrift-Entwurf. Bei langen Sitzungen kann das einige Minuten dauern; mit „abbrechen“ können Sie abbrechen.',
  noteInGroup: 'Den Niederschrift-Entwurf habe ich der Schriftführung im persönlichen Chat geschickt.',
  cancelled: 'Der Niederschrift-Auftrag wurde abgebrochen.',
  nothingToCancel: 'Es läuft gerade kein Niederschrift-Auftrag.',
  failed: (ref: string) => `Der Niederschrift-Entwurf konnte nicht erstellt werden. Ihre Eingaben sind gespeichert; bitte versuchen Sie es erneut oder nennen Sie Ihrer IT die Referenz ${ref}.`,
  done: (files: { name: string; url: string }[]) =>
    `Der Niederschrift-Entwurf ist fertig (Entwurf – mit KI-Unterstützung erstellt). Bitte prüfen Sie ihn vor der Unterschrift.${files.length ? `\n\n${files.map((f) => `- ${f.name}: ${f.url}`).join('\n')}` : ''}`,
};

/** The user's UPN (for MINUTES_USERS) from the Teams roster; unknown outside Teams. */
async function userPrincipalName(context: TurnContext): Promise<string | undefined> {
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return member.userPrincipalName ?? member.email ?? undefined;
  } catch {
    return undefined;
  }
}

function isMeetingChat(context: TurnContext): boolean {
  return (context.activity.conversation?.id ?? '').startsWith('19:meeting_');
}

export function createMinutesHandler(services: BotServices, graphToken: TokenSource, audit: Audit) {
  async function source(context: TurnContext, state: TurnState, text: string): Promise<MinutesSource | 'pending' | 'needsSignIn' | undefined> {
    const file = fileAttachments(context)[0];
    if (file) {
      const url = file.downloadUrl ?? file.contentUrl;
      if (!url) return undefined;
      return { kind: 'file', name: file.name, bytes: await services.minutes!.download(url) };
    }
    const joinUrl = JOIN_URL.exec(text)?.[0];
    if (!joinUrl && !isMeetingChat(context)) return undefined;
    const token = await graphToken(context, state, text);
    if (token.status === 'pending') return 'pending';
    if (token.status !== 'token') return 'needsSignIn';
    return joinUrl ? { kind: 'meeting', joinUrl } : { kind: 'meeting', chatId: context.activity.conversation.id };
  }

  /** Runs `send` where only the clerk sees it: here in 1:1, else in a new 1:1 conversation. */
  async function toClerk(context: TurnContext, send: (clerk: TurnContext) => Promise<void>): Promise<void> {
    if (isPersonalChat(context)) await send(context);
    else await deliverPrivately(context, services.config.BOT_ID ?? '', send);
  }

  /** Preview card and Word files to the clerk: file consent in Teams, the data folder locally. */
  async function deliverDraft(clerk: TurnContext, id: string, draft: MinutesDraft, files: MinutesFiles): Promise<void> {
    if (isLocalMode(services.config)) {
      // Local run (Playground, no Teams file store): the documents go to the data folder.
      const delivered = await services.minutes!.saveLocally(id, files);
      await clerk.sendActivity({ text: MSG.done(delivered), attachments: [minutesPreviewCard(draft, delivered)] });
      return;
    }
    await clerk.sendActivity({ text: MSG.done([]), attachments: [minutesPreviewCard(draft, [])] });
    await offerFiles(clerk, services.store, id, [files.public, ...(files.nonpublic ? [files.nonpublic] : [])]);
  }

  async function onMinutes(context: TurnContext, state: TurnState, text: string): Promise<void> {
    const locale = turnLocale(context);
    const minutes = services.minutes;
    if (!minutes) {
      await context.sendActivity(t(TEXTS.notAvailable, locale));
      return;
    }
    const started = Date.now();
    const src = await source(context, state, text);
    if (src === 'pending') return;
    if (src === 'needsSignIn') {
      await audit(context, { capability: 'minutes', outcome: 'refused' });
      await context.sendActivity(t(TEXTS.signInUnavailable, locale));
      return;
    }
    if (!src) {
      await audit(context, { capability: 'minutes', outcome: 'invalidInput' });
      await context.sendActivity(MSG.howTo);
      return;
    }
    const tokenOutcome = src.kind === 'meeting' ? await graphToken(context, state, text) : undefined;
    const user = { ...userContext(context, tokenOutcome?.status === 'token' ? tokenOutcome.token : undefined), upn: await userPrincipalName(context) };
    if (!(await minutes.canRequest(user))) {
      await audit(context, { capability: 'minutes', outcome: 'denied' });
      await context.sendActivity(t(TEXTS.minutesNotAllowed, locale));
      return;
    }
    const id = createHash('sha256').update(`${context.activity.conversation.id}|${context.activity.id ?? started}`).digest('hex').slice(0, 24);
    (state.conversation as MinutesState).minutesJobId = id;
    try {
      const prepared = await minutes.prepare(src, user);
      await context.sendActivity([MSG.started, ...prepared.notices].join('\n\n'));
      // The conversation reference lets a job that a restart interrupted report back when it is done.
      const reference = TurnContext.getConversationReference(context.activity);
      const { job, files } = await minutes.run(id, prepared, { requestedBy: user.upn ?? user.userId, context: reference });
      if (job.state === 'cancelled') return;
      if (job.state !== 'done' || !job.result || !files) throw new Error(job.error?.message ?? `minutes job ended ${job.state}`);
      const draft = job.result.draft;
      await toClerk(context, (clerk) => deliverDraft(clerk, id, draft, files));
      if (!isPersonalChat(context)) await context.sendActivity(MSG.noteInGroup);
      await audit(context, { capability: 'minutes', outcome: 'completed', durationMs: Date.now() - started });
    } catch (e) {
      if (isAppError(e) && e.userMessage && (e.kind === 'invalidInput' || e.kind === 'limit' || e.kind === 'notFound' || e.kind === 'auth')) {
        await audit(context, { capability: 'minutes', outcome: 'invalidInput' });
        await context.sendActivity(e.userMessage);
        return;
      }
      throw e;
    } finally {
      delete (state.conversation as MinutesState).minutesJobId;
    }
  }

  async function onCancel(context: TurnContext, state: TurnState): Promise<void> {
    const id = (state.conversation as MinutesState).minutesJobId;
    const job = id ? await services.minutes?.cancel(id) : undefined;
    await audit(context, { capability: 'minutes', action: 'cancel', outcome: job ? 'completed' : 'noResults' });
    await context.sendActivity(job ? MSG.cancelled : MSG.nothingToCancel);
  }

  /** After a restart: delivers a job that finished in the background to the clerk who asked. */
  async function deliverResumed(context: TurnContext, id: string, draft: MinutesDraft, files: MinutesFiles): Promise<void> {
    await context.sendActivity('Ein Niederschrift-Entwurf, der durch einen Neustart des Assistenten unterbrochen wurde, ist jetzt fertig.');
    await toClerk(context, (clerk) => deliverDraft(clerk, id, draft, files));
  }

  return { onMinutes, onCancel, deliverResumed };
}
