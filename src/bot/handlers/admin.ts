/** Admin commands in chat (usage report, re-index): only for members of ADMIN_GROUP_ID. */
import type { TurnContext } from 'botbuilder';
import type { TurnState } from '@microsoft/teams-ai';
import type { AuditRecord, BotServices } from '../services.js';
import { turnLocale, userContext } from '../turn.js';
import type { TokenOutcome } from './sign-in.js';

export const USAGE_REPORT = /^\s*(nutzungsbericht|usage report)\s*$/i;
export const REINDEX = /^\s*(neu indexieren|index neu aufbauen|reindex)\s*$/i;

type Audit = (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => Promise<void>;
type TokenSource = (context: TurnContext, state: TurnState, text: string) => Promise<TokenOutcome>;

const NOT_ADMIN = {
  de: 'Dieser Befehl steht nur der Administration zur Verfügung.',
  en: 'This command is available to administrators only.',
};

export function createAdminHandler(services: BotServices, graphToken: TokenSource, audit: Audit) {
  return async function onAdmin(context: TurnContext, state: TurnState, text: string): Promise<void> {
    const admin = services.admin;
    const locale = turnLocale(context);
    if (!admin) return void (await context.sendActivity(NOT_ADMIN[locale]));
    const token = await graphToken(context, state, text);
    if (token.status === 'pending') return;
    const user = userContext(context, token.status === 'token' ? token.token : undefined);
    const action = USAGE_REPORT.test(text) ? 'usage-report' : 'reindex';
    if (!(await admin.isAdmin(user))) {
      await audit(context, { capability: 'admin', action, outcome: 'denied' });
      await context.sendActivity(NOT_ADMIN[locale]);
      return;
    }
    if (USAGE_REPORT.test(text)) {
      await context.sendActivity({ text: await admin.usageReport(30), textFormat: 'plain' });
    } else {
      await context.sendActivity('Der Wissensindex wird neu aufgebaut …');
      const r = await admin.reindex();
      await context.sendActivity(`Der Wissensindex ist aktuell: ${r.documents} Dokumente, ${r.chunks} Abschnitte${r.skipped ? `, ${r.skipped} Dateien übersprungen (Gründe im Log)` : ''}.`);
    }
    await audit(context, { capability: 'admin', action, outcome: 'completed' });
  };
}
