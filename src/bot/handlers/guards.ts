/** Rate and input limits of a message turn, before anything is searched or drafted. */
import type { TurnContext } from 'botbuilder';
import type { AuditRecord, BotServices } from '../services.js';
import { TEXTS, t } from '../texts.js';
import { fileAttachments, turnLocale, userContext } from '../turn.js';

type Audit = (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => Promise<void>;

/** True when the turn may go on; otherwise the user got a polite German (or English) message. */
export async function passesGuards(services: BotServices, context: TurnContext, text: string, audit: Audit): Promise<boolean> {
  const locale = turnLocale(context);
    const guards = services.guards;
    if (guards) {
      const user = userContext(context);
      const decision = guards.rateLimit({ userId: user.userId, tenantId: user.tenantId });
      if (!decision.allowed) {
        await audit(context, { capability: 'ask', outcome: 'rateLimited' });
        // One notice per window: a flood is not answered with a flood.
        if (decision.notify !== false) await context.sendActivity(t(TEXTS.rateLimited(decision.retryAfterSeconds), locale));
        return false;
      }
      const refusal = guards.checkMessage(text, fileAttachments(context), locale);
      if (refusal) {
        await audit(context, { capability: 'ask', outcome: 'invalidInput' });
        await context.sendActivity(refusal);
        return false;
      }
    } else if (text.length > services.config.MAX_MESSAGE_CHARS) {
      await context.sendActivity(t(TEXTS.tooLong(services.config.MAX_MESSAGE_CHARS), locale));
      return false;
    }
  return true;
}
