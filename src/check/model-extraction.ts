/**
 * With a model configured: fields the deterministic reading did not find are asked from the
 * model as structured output with evidence quotes. A quote that does not occur in the document,
 * or does not contain the value, is rejected. Personal data the asked fields do not need is
 * redacted before the text leaves (IBAN, e-mail, phone, tax and ID numbers).
 */
import { z } from 'zod';
import type { ChatModel } from '../llm/chat-model.js';
import { CHECK_EXTRACT_SYSTEM_PROMPT, checkExtractUserPrompt } from '../llm/prompts/check-extract.js';
import { redactPii } from '../security/redact-pii.js';
import type { Catalog } from './catalog-schema.js';
import type { Application } from './application.js';
import { interpretValue, type FieldReadings } from './extract-fields.js';

const extractionSchema = z.object({ fields: z.array(z.object({ id: z.string(), value: z.string(), quote: z.string() })).default([]) });

const MAX_CHARS = 24_000;
const flat = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[„“"‚‘']/g, '').trim();

export interface ModelExtractionReport {
  asked: number;
  accepted: number;
  rejected: number;
  failed?: string;
}

/** Fills missing readings from the model where a checked quote backs them; mutates `readings`. */
export async function extractWithModel(model: ChatModel, catalog: Catalog, app: Application, readings: FieldReadings, signal?: AbortSignal): Promise<ModelExtractionReport> {
  const wanted = catalog.fields.filter((f) => f.kind !== 'checkbox' && readings.get(f.id)?.status === 'missing');
  if (!wanted.length) return { asked: 0, accepted: 0, rejected: 0 };
  const partsText = app.parts.map((p) => ({ name: p.name, text: p.lines.map((l) => l.text).join('\n') }));
  const needsRaw = wanted.some((f) => f.kind === 'iban' || f.kind === 'email');
  const body = partsText.map((p) => `### ${p.name}\n${needsRaw ? p.text : redactPii(p.text).text}`).join('\n\n').slice(0, MAX_CHARS);
  const outcome = await model.completeStructured(
    {
      purpose: 'check-extract',
      temperature: 0,
      maxTokens: 1200,
      signal,
      messages: [
        { role: 'system', content: CHECK_EXTRACT_SYSTEM_PROMPT },
        { role: 'user', content: checkExtractUserPrompt(wanted.map((f) => ({ id: f.id, label: f.label })), body) },
      ],
    },
    extractionSchema,
  );
  if (outcome.status !== 'success') return { asked: wanted.length, accepted: 0, rejected: 0, failed: outcome.message };
  let accepted = 0;
  let rejected = 0;
  for (const item of outcome.value.fields ?? []) {
    const field = wanted.find((f) => f.id === item.id);
    if (!field || readings.get(field.id)?.status !== 'missing') continue;
    const q = flat(item.quote);
    const part = q.length >= 3 ? partsText.find((p) => flat(p.text).includes(q)) : undefined;
    if (!part || !q.includes(flat(item.value)) || !item.value.trim()) {
      rejected++;
      continue;
    }
    const reading = interpretValue(field, item.value, { part: part.name, quote: item.quote.trim().slice(0, 200), via: 'model' });
    if (reading.status === 'missing') continue;
    readings.set(field.id, reading);
    accepted++;
  }
  return { asked: wanted.length, accepted, rejected };
}
