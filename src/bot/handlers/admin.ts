/** Admin commands in chat (usage report, Pilotbericht, re-index): only for members of ADMIN_GROUP_ID. */
import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { TurnState } from '@microsoft/teams-ai';
import { isLocalMode } from '../../config.js';
import { isAppError } from '../../core/errors.js';
import { pilotReportCard } from '../render/pilot-report-card.js';
import type { AuditRecord, BotServices } from '../services.js';
import { isPersonalChat, turnLocale, userContext } from '../turn.js';
import { offerFiles, requesterOf } from './file-consent.js';
import { deliverPrivately } from './private-delivery.js';
import type { TokenOutcome } from './sign-in.js';

export const USAGE_REPORT = /^\s*(nutzungsbericht|usage report)\s*$/i;
export const REINDEX = /^\s*(neu indexieren|index neu aufbauen|reindex)\s*$/i;
/** "Pilotbericht", "Pilotbericht 2026-10-01 bis 2026-12-31" (also "pilot report …"). */
export const PILOT_REPORT = /^\s*(pilotbericht|pilot report)(?:\s+(\S+)\s+(?:bis\s+|-\s+|to\s+)?(\S+))?\s*$/i;

type Audit = (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => Promise<void>;
type TokenSource = (context: TurnContext, state: TurnState, text: string) => Promise<TokenOutcome>;

const NOT_ADMIN = {
  de: 'Dieser Befehl steht nur der Administration zur Verfügung.',
  en: 'This command is available to administrators only.',
};

const MSG = {
  working: 'Der Pilotbericht wird erstellt …',
  unavailable: 'Der Pilotbericht ist in dieser Installation nicht verfügbar.',
  files: 'Der Pilotbericht liegt als Word- und als Excel-Datei bereit; bitte nehmen Sie die Dateien an.',
  saved: 'Der Pilotbericht wurde im Datenordner gespeichert.',
  inPrivate: 'Den Pilotbericht habe ich Ihnen im persönlichen Chat geschickt.',
};

/** The period a "Pilotbericht" command asks for; without dates the current quarter up to today (UTC). */
export function pilotPeriod(text: string, now: Date): { from: string; to: string } {
  const m = PILOT_REPORT.exec(text);
  if (m?.[2] && m[3]) return { from: m[2], to: m[3] };
  const quarterStart = new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1));
  return { from: quarterStart.toISOString().slice(0, 10), to: now.toISOString().slice(0, 10) };
}

export function createAdminHandler(services: BotServices, graphToken: TokenSource, audit: Audit) {
  /** Sends the report; false when the period was invalid (already audited and answered). */
  async function pilotReport(context: TurnContext, text: string): Promise<boolean> {
    const admin = services.admin!;
    if (!admin.pilotReport) {
      await context.sendActivity(MSG.unavailable);
      return true;
    }
    await context.sendActivity(MSG.working);
    let files;
    try {
      files = await admin.pilotReport(pilotPeriod(text, new Date()));
    } catch (e) {
      if (isAppError(e, 'invalidInput') && e.userMessage) {
        await audit(context, { capability: 'admin', action: 'pilot-report', outcome: 'invalidInput' });
        await context.sendActivity(e.userMessage);
        return false;
      }
      throw e;
    }
    const report = files.report;
    const owner = requesterOf(context);
    // The files go to the admin alone: here in 1:1, else in a new 1:1 conversation.
    const deliver = async (personal: TurnContext) => {
      if (isLocalMode(services.config) && admin.savePilotReport) {
        const saved = await admin.savePilotReport(files);
        await personal.sendActivity({ text: MSG.saved, attachments: [pilotReportCard(report, saved)] });
        return;
      }
      await personal.sendActivity({ text: MSG.files, attachments: [pilotReportCard(report, [])] });
      await offerFiles(personal, services.store, randomBytes(18).toString('base64url'), { userId: owner.userId, tenantId: owner.tenantId }, [files.docx, files.xlsx], 'report');
    };
    if (isPersonalChat(context)) await deliver(context);
    else {
      await deliverPrivately(context, services.config.BOT_ID ?? '', deliver);
      await context.sendActivity(MSG.inPrivate);
    }
    return true;
  }

  return async function onAdmin(context: TurnContext, state: TurnState, text: string): Promise<void> {
    const admin = services.admin;
    const locale = turnLocale(context);
    if (!admin) return void (await context.sendActivity(NOT_ADMIN[locale]));
    const token = await graphToken(context, state, text);
    if (token.status === 'pending') return;
    const user = userContext(context, token.status === 'token' ? token.token : undefined);
    const action = USAGE_REPORT.test(text) ? 'usage-report' : PILOT_REPORT.test(text) ? 'pilot-report' : 'reindex';
    if (!(await admin.isAdmin(user))) {
      await audit(context, { capability: 'admin', action, outcome: 'denied' });
      await context.sendActivity(NOT_ADMIN[locale]);
      return;
    }
    if (USAGE_REPORT.test(text)) {
      await context.sendActivity({ text: await admin.usageReport(30), textFormat: 'plain' });
    } else if (PILOT_REPORT.test(text)) {
      if (!(await pilotReport(context, text))) return;
    } else {
      await context.sendActivity('Der Wissensindex wird neu aufgebaut …');
      const r = await admin.reindex();
      await context.sendActivity(`Der Wissensindex ist aktuell: ${r.documents} Dokumente, ${r.chunks} Abschnitte${r.skipped ? `, ${r.skipped} Dateien übersprungen (Gründe im Log)` : ''}.`);
    }
    await audit(context, { capability: 'admin', action, outcome: 'completed' });
  };
}
