/** @mentions in shared conversations: a reply in a busy group chat names whom it answers. */
import type { Activity, ChannelAccount, Mention } from 'botbuilder';

/** The reply addressed to `person`: `<at>Name</at>` in front of the text and its mention entity. */
export function addressedTo(reply: Partial<Activity> | string, person: ChannelAccount | undefined): Partial<Activity> {
  const activity: Partial<Activity> = typeof reply === 'string' ? { type: 'message', text: reply } : reply;
  if (!person?.id || !person.name) return activity;
  const tag = `<at>${person.name}</at>`;
  const mention: Mention = { type: 'mention', text: tag, mentioned: { id: person.id, name: person.name } };
  return { ...activity, text: `${tag} ${activity.text ?? ''}`, entities: [mention, ...(activity.entities ?? [])] };
}
