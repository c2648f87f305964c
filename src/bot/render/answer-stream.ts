/**
 * Streaming to Teams 1:1 chats (the streaming protocol of typing activities with streamInfo
 * entities, then a final message). Unlike teams-ai's StreamingResponse, the final text is the
 * *checked* answer, not the concatenated model deltas, and no fixed pause follows each send:
 * updates are buffered to one per 1.5 seconds, as Teams asks ("buffer the tokens for 1.5 to 2
 * seconds"; faster updates are throttled by Teams).
 */
import type { Activity, TurnContext } from 'botbuilder';

const MIN_UPDATE_INTERVAL_MS = 1500;
/** A quick answer needs no "searching …" notice: it is shown only when the answer takes longer. */
const INFORMATIVE_DELAY_MS = 400;

export class AnswerStream {
  private streamId?: string;
  private sequence = 1;
  private text = '';
  private lastSent = 0;
  private pending: Promise<void> = Promise.resolve();
  private ended = false;
  private informativeTimer?: NodeJS.Timeout;
  private readonly started = Date.now();
  private queued = 0;

  constructor(private readonly context: TurnContext) {}

  informative(text: string): void {
    this.informativeTimer = setTimeout(() => {
      this.informativeTimer = undefined;
      if (this.ended) return;
      this.lastSent = Date.now();
      this.enqueue({ type: 'typing', text, channelData: { streamType: 'informative', streamSequence: this.sequence++ } });
    }, INFORMATIVE_DELAY_MS);
  }

  delta(chunk: string): void {
    if (this.ended) return;
    this.text += chunk;
    const now = Date.now();
    // Fast answers go out as one final message; streaming starts once an answer takes a while.
    if (now - this.started < INFORMATIVE_DELAY_MS || now - this.lastSent < MIN_UPDATE_INTERVAL_MS) return;
    this.lastSent = now;
    this.enqueue({ type: 'typing', text: this.text, channelData: { streamType: 'streaming', streamSequence: this.sequence++ } });
  }

  /** Sends the final message; `final` carries text, entities and channelData of the checked answer. */
  async end(final: Partial<Activity>): Promise<void> {
    this.ended = true;
    clearTimeout(this.informativeTimer);
    if (this.queued === 0) {
      // Nothing was streamed: an ordinary message, no stream to close.
      await this.context.sendActivity(final);
      return;
    }
    this.enqueue({ ...final, type: 'message', channelData: { ...(final.channelData as object), streamType: 'final' } });
    await this.pending;
  }

  private enqueue(activity: Partial<Activity>): void {
    this.queued++;
    this.pending = this.pending.then(async () => {
      const stream = activity.channelData as { streamType: string; streamSequence?: number };
      const streamFields = { streamType: stream.streamType, ...(stream.streamSequence ? { streamSequence: stream.streamSequence } : {}), ...(this.streamId ? { streamId: this.streamId } : {}) };
      const channelData = { ...(activity.channelData as object), ...streamFields };
      const streamInfo = { type: 'streaminfo', ...streamFields };
      const out: Partial<Activity> = { ...activity, channelData, entities: [streamInfo, ...(activity.entities ?? [])] };
      if (this.streamId) out.id = this.streamId;
      const response = await this.context.sendActivity(out);
      if (!this.streamId && response?.id) this.streamId = response.id;
    });
  }
}
