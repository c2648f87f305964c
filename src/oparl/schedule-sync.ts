/**
 * Keeps the RIS index current while the bot runs: the stored index is loaded at once, a sync
 * runs at start and then every `minutes` (0 = only at start). Runs never overlap; a failing run
 * is logged with its German reason and the last good index keeps answering.
 */
import { isAppError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { OparlService } from './create-oparl.js';

export function scheduleOparlSync(service: Pick<OparlService, 'sync' | 'loadStored'>, minutes: number, logger: Logger): () => void {
  const controller = new AbortController();
  let running: Promise<void> | undefined;
  const run = () => {
    if (running || controller.signal.aborted) return;
    running = service
      .sync(controller.signal)
      .then(
        (r) => logger.info({ mode: r.mode, documents: r.documents, updated: r.updated, removed: r.removed, skipped: r.skipped.length, ms: r.ms }, 'OParl sync done'),
        (e: unknown) => {
          if (controller.signal.aborted) return;
          logger.error({ err: isAppError(e) ? (e.userMessage ?? e.message) : String(e) }, 'OParl sync failed');
        },
      )
      .finally(() => (running = undefined));
  };
  void service
    .loadStored()
    .catch(() => false)
    .then(run);
  const timer = minutes > 0 ? setInterval(run, minutes * 60_000) : undefined;
  timer?.unref();
  return () => {
    controller.abort();
    if (timer) clearInterval(timer);
  };
}
