/** Runs `send` in a new 1:1 conversation with the user (content from private sources, minutes drafts). */
import type { ConversationParameters, TurnContext } from 'botbuilder';
import { CloudAdapter } from 'botbuilder';

export async function deliverPrivately(context: TurnContext, botAppId: string, send: (personal: TurnContext) => Promise<void>): Promise<void> {
  const a = context.activity;
  const adapter = context.adapter as CloudAdapter;
  const tenantId = (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? a.conversation?.tenantId;
  const parameters = {
    isGroup: false,
    bot: a.recipient,
    members: [a.from],
    tenantId,
    channelData: { tenant: { id: tenantId } },
  } as ConversationParameters;
  await adapter.createConversationAsync(botAppId, a.channelId, a.serviceUrl, '', parameters, send);
}
