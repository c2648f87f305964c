/** Sends a reply to the user in a new 1:1 conversation (content from their private sources). */
import type { Activity, ConversationParameters, TurnContext } from 'botbuilder';
import { CloudAdapter } from 'botbuilder';

export async function deliverPrivately(context: TurnContext, reply: Partial<Activity>, botAppId: string): Promise<void> {
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
  await adapter.createConversationAsync(botAppId, a.channelId, a.serviceUrl, '', parameters, async (personal) => {
    await personal.sendActivity(reply);
  });
}
