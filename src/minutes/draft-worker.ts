/**
 * Worker-thread side of the off-thread draft build (see off-thread-draft.ts): runs the pure
 * deterministic core and the Word rendering and answers with plain data. The core's `clock`
 * (a function) cannot cross the thread boundary, so its labels for every cue start are sent instead.
 */
import { serveWorkerTasks, type WorkerTasks } from '../core/worker-tasks.js';
import type { CoreInput } from './core-draft.js';
import type { MinutesDraft } from './draft-schema.js';
import type { MinutesTemplate } from './template.js';

const tasks: WorkerTasks = {
  core: async (input: CoreInput) => {
    const { buildCoreDraft } = await import('./core-draft.js');
    const { clock, ...rest } = buildCoreDraft(input);
    const clockLabels: [number, string][] = [];
    const seen = new Set<number>();
    for (const cue of rest.itemCues.flat()) {
      if (seen.has(cue.start)) continue;
      seen.add(cue.start);
      clockLabels.push([cue.start, clock(cue.start)]);
    }
    return { ...rest, clockLabels };
  },
  render: async (draft: MinutesDraft, template?: MinutesTemplate) => {
    const { renderMinutesFiles } = await import('./minutes-files.js');
    // A Buffer arrives as a plain Uint8Array; the docx image run wants a Buffer again.
    const t = template?.logo ? { ...template, logo: { ...template.logo, data: Buffer.from(template.logo.data) } } : template;
    return renderMinutesFiles(draft, t);
  },
};

serveWorkerTasks(tasks);
