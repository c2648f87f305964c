/**
 * "Antrag prüfen" with the application attached: only for the checking role (CHECK_GROUP_ID /
 * CHECK_USERS, everyone in local mode). The result card and the Nachforderung draft (file consent)
 * go to the requester alone — in a group chat only a short note appears. When the type is not
 * recognised, a card lets the person choose the checklist. Nothing is decided for her.
 */
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { isLocalMode } from '../../config.js';
import { isAppError } from '../../core/errors.js';
import { newReferenceId } from '../../core/logger.js';
import type { CheckResult } from '../../check/check-application.js';
import { checkResultCard, checkTypeCard } from '../render/check-card.js';
import type { AuditRecord, BotServices } from '../services.js';
import { fileAttachments, isPersonalChat, playgroundOrigins, turnLogger, userContext, userPrincipalName } from '../turn.js';
import { claimActivity, type BackgroundTurns } from './background.js';
import { offerFiles, requesterOf } from './file-consent.js';
import { deliverPrivately } from './private-delivery.js';

export const CHECK_TRIGGER = /\bantrag\s+(prüfen|pruefen|vorprüfen|vorpruefen)\b|\bcheck (the |this |an )?application\b/i;

type Audit = (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => Promise<void>;

const MSG = {
  notAvailable: 'Die Antragsvorprüfung ist hier nicht eingerichtet (kein gültiger Prüfkatalog im Wissensordner).',
  notAllowed: 'Die Antragsvorprüfung ist der Sachbearbeitung vorbehalten. Bitte wenden Sie sich an Ihre IT, wenn Sie Zugriff brauchen.',
  howTo: 'Bitte hängen Sie den Antrag an (PDF, Word, E-Mail oder Scan) und schreiben Sie „Antrag prüfen“. Sie können die Art gleich mitnennen, z. B. „Antrag prüfen: Bildungsurlaub“.',
  chooseType: 'Ich konnte die Art des Antrags nicht erkennen. Bitte wählen Sie den Prüfkatalog.',
  noteInGroup: 'Das Ergebnis der Vorprüfung habe ich Ihnen im persönlichen Chat geschickt.',
  gone: 'Der Antrag liegt nicht mehr vor. Bitte senden Sie ihn noch einmal mit „Antrag prüfen“.',
  loading: (name: string) => `Ich lade den Antrag „${name}“, prüfe ihn und melde mich, sobald das Ergebnis vorliegt.`,
  alreadyRequested: 'Diesen Antrag prüfe ich bereits; das Ergebnis kommt, sobald es vorliegt.',
  failed: (ref: string) => `Die Vorprüfung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut oder nennen Sie Ihrer IT die Referenz ${ref}.`,
  done: (r: CheckResult, files: { name: string; url: string }[]) =>
    `Vorprüfung „${r.typeTitle}“: ${r.summary}. Die Entscheidung über den Antrag liegt bei Ihnen.${files.length ? `\n\nEntwurf des Nachforderungsschreibens (mit KI-Unterstützung erstellt):\n${files.map((f) => `- ${f.name}: ${f.url}`).join('\n')}` : ''}`,
};


export function createCheckHandler(services: BotServices, audit: Audit, background: BackgroundTurns) {

  /** The catalog named in the message ("Antrag prüfen: Dienstreise"), if any. */
  function typeFromText(text: string): string | undefined {
    const rest = text.replace(CHECK_TRIGGER, '').toLowerCase();
    const catalogs = services.check?.catalogs() ?? [];
    return catalogs.find((c) => rest.includes(c.id) || rest.includes(c.title.toLowerCase()))?.id;
  }

  async function toRequester(context: TurnContext, send: (personal: TurnContext) => Promise<void>): Promise<void> {
    if (isPersonalChat(context)) await send(context);
    else await deliverPrivately(context, services.config.BOT_ID ?? '', send);
  }

  async function deliver(personal: TurnContext, owner: { userId: string; tenantId?: string }, result: CheckResult): Promise<void> {
    const check = services.check!;
    const letter = await check.letter(result);
    const id = check.newId();
    if (!letter) {
      await personal.sendActivity({ text: MSG.done(result, []), attachments: [checkResultCard(result)] });
      return;
    }
    if (isLocalMode(services.config)) {
      const saved = await check.saveLocally(id, letter);
      await personal.sendActivity({ text: MSG.done(result, [saved]), attachments: [checkResultCard(result, [saved])] });
      return;
    }
    await personal.sendActivity({ text: MSG.done(result, []), attachments: [checkResultCard(result)] });
    await check.recordLetter(id);
    await offerFiles(personal, services.store, id, owner, [letter], 'check');
  }

  async function run(context: TurnContext, fileName: string, bytes: Uint8Array, type: string | undefined, started: number): Promise<void> {
    const check = services.check!;
    const owner = requesterOf(context);
    const outcome = await check.check(bytes, fileName, type);
    if (outcome.status === 'typeUnknown') {
      const held = await check.holdForType(fileName, bytes, { userId: owner.userId, tenantId: owner.tenantId });
      await toRequester(context, (p) => p.sendActivity({ text: MSG.chooseType, attachments: [checkTypeCard(held, outcome.candidates)] }).then(() => undefined));
      if (!isPersonalChat(context)) await context.sendActivity(MSG.noteInGroup);
      await audit(context, { capability: 'check', action: 'choose-type', outcome: 'started' });
      return;
    }
    const result = outcome.result;
    await toRequester(context, (p) => deliver(p, { userId: owner.userId, tenantId: owner.tenantId }, result));
    if (!isPersonalChat(context)) await context.sendActivity(MSG.noteInGroup);
    const { erfuellt, fehlt, unklar, entfaellt } = result.counts;
    await audit(context, { capability: 'check', action: /^[a-z][a-z0-9-]{0,39}$/.test(result.type) ? result.type : 'check', outcome: 'completed', durationMs: Date.now() - started, check: { erfuellt, fehlt, unklar, entfaellt, result: result.outcome } });
  }

  async function allowed(context: TurnContext): Promise<boolean> {
    const user = { ...userContext(context), upn: await userPrincipalName(context) };
    return services.check!.canCheck(user);
  }

  /** `rethrow: false` in a proactive turn (no turn error handler there): log, reference id, audit. */
  async function guarded(context: TurnContext, body: () => Promise<void>, rethrow = true): Promise<void> {
    try {
      await body();
    } catch (e) {
      if (isAppError(e) && e.userMessage && (e.kind === 'invalidInput' || e.kind === 'limit' || e.kind === 'notFound' || e.kind === 'forbidden' || e.kind === 'transient')) {
        await audit(context, { capability: 'check', outcome: e.kind === 'forbidden' ? 'refused' : 'invalidInput' });
        await context.sendActivity(e.userMessage);
        return;
      }
      if (rethrow) throw e;
      const referenceId = newReferenceId();
      turnLogger(context, services.logger).error({ ref: referenceId, err: e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : String(e) }, 'application check failed');
      await audit(context, { capability: 'check', outcome: 'error', referenceId });
      await context.sendActivity(MSG.failed(referenceId));
    }
  }

  async function onCheck(context: TurnContext, text: string): Promise<void> {
    const started = Date.now();
    if (!services.check || !services.check.catalogs().length) {
      await context.sendActivity(MSG.notAvailable);
      return;
    }
    // The role check comes before anything is downloaded.
    if (!(await allowed(context))) {
      await audit(context, { capability: 'check', outcome: 'denied' });
      await context.sendActivity(MSG.notAllowed);
      return;
    }
    const file = fileAttachments(context)[0];
    const url = file?.downloadUrl ?? file?.contentUrl;
    if (!file || !url) {
      await audit(context, { capability: 'check', outcome: 'invalidInput' });
      await context.sendActivity(MSG.howTo);
      return;
    }
    // Teams retries a turn that takes long; the same activity must not be checked twice.
    if (!(await claimActivity(services.store, context, 'check-requests/', {}))) {
      await context.sendActivity(MSG.alreadyRequested);
      return;
    }
    // Acknowledge at once: the download and the check run after the turn (see background.ts).
    await context.sendActivity(MSG.loading(file.name));
    const extraOrigins = playgroundOrigins(context, services.config);
    const type = typeFromText(text);
    background.start(context, `check:${randomUUID()}`, (proactive) =>
      guarded(
        proactive,
        async () => {
          const bytes = await services.check!.download(url, file.name, { extraOrigins });
          await run(proactive, file.name, bytes, type, started);
        },
        false,
      ),
    );
  }

  /** The type card's Action.Submit: { action, held, type }. */
  async function onTypeChosen(context: TurnContext, value: { held?: unknown; type?: unknown }): Promise<void> {
    const started = Date.now();
    if (!services.check) return;
    if (!(await allowed(context))) {
      await audit(context, { capability: 'check', outcome: 'denied' });
      await context.sendActivity(MSG.notAllowed);
      return;
    }
    const owner = requesterOf(context);
    const held = typeof value.held === 'string' ? await services.check.takeHeld(value.held, { userId: owner.userId, tenantId: owner.tenantId }) : undefined;
    const type = typeof value.type === 'string' && services.check.catalogs().some((c) => c.id === value.type) ? value.type : undefined;
    if (!held || !type) {
      await audit(context, { capability: 'check', action: 'choose-type', outcome: 'invalidInput' });
      await context.sendActivity(MSG.gone);
      return;
    }
    await guarded(context, () => run(context, held.fileName, held.bytes, type, started));
  }

  return { onCheck, onTypeChosen };
}
