/**
 * Municipal letterhead for the Word drafts (MINUTES_TEMPLATE): a small JSON file with the
 * organisation's name, address lines, an optional logo (PNG/JPEG) and fonts. See docs/niederschrift.md.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors.js';

export const templateSchema = z.object({
  /** "Stadt Krefeld – Der Oberbürgermeister". */
  organisation: z.string().min(1).optional(),
  addressLines: z.array(z.string()).default([]),
  /** Path to a PNG or JPEG logo, relative to the template file. */
  logo: z.string().optional(),
  logoWidth: z.number().int().min(20).max(400).default(120),
  logoHeight: z.number().int().min(20).max(400).default(48),
  font: z.string().default('Arial'),
  /** Body text size in points. */
  fontSize: z.number().min(8).max(16).default(11),
  /** Place for the signature line ("Krefeld, den …"). */
  signaturePlace: z.string().optional(),
});

export type MinutesTemplateFile = z.infer<typeof templateSchema>;

export interface MinutesTemplate extends Omit<MinutesTemplateFile, 'logo'> {
  logo?: { data: Buffer; type: 'png' | 'jpg' };
}

export const DEFAULT_TEMPLATE: MinutesTemplate = (({ logo: _logo, ...rest }) => rest)(templateSchema.parse({}));

/** Reads and validates a template file; a broken template is a clear German error, not a silent default. */
export async function loadMinutesTemplate(file: string): Promise<MinutesTemplate> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new AppError('config', `template unreadable: ${file}`, `Die Briefkopf-Vorlage (MINUTES_TEMPLATE) „${file}“ fehlt oder ist kein gültiges JSON.`, { cause: e });
  }
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('config', 'template invalid', `Die Briefkopf-Vorlage ist ungültig: Feld „${issue.path.join('.')}“ – ${issue.message}.`);
  }
  const { logo, ...rest } = parsed.data;
  if (!logo) return rest;
  const logoPath = path.resolve(path.dirname(file), logo);
  const type = /\.png$/i.test(logo) ? 'png' : /\.jpe?g$/i.test(logo) ? 'jpg' : undefined;
  if (!type) throw new AppError('config', 'logo type', 'Das Logo der Briefkopf-Vorlage muss eine PNG- oder JPEG-Datei sein.');
  try {
    return { ...rest, logo: { data: await readFile(logoPath), type } };
  } catch (e) {
    throw new AppError('config', `logo unreadable: ${logoPath}`, `Das Logo „${logoPath}“ der Briefkopf-Vorlage lässt sich nicht lesen.`, { cause: e });
  }
}
