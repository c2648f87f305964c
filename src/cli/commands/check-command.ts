/**
 * `rathaus check --type <typ> <datei> [--json] [--out ordner]`: checks an application against the
 * Prüfkatalog of the knowledge folder and writes the Nachforderung draft. Uses the model for
 * field extraction only when LLM_PROVIDER is set. Nothing of the application is stored.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { AppError } from '../../core/errors.js';
import { createChecker, type CheckerOptions } from '../../check/create-checker.js';
import { formatCheckResult, resultToJson } from '../../check/format-result.js';
import { catalogById } from '../../check/load-catalogs.js';
import { parserFromConfig } from '../../knowledge/parsers/from-config.js';
import { createChatModel } from '../../llm/create-chat-model.js';
import { loadMinutesTemplate } from '../../minutes/template.js';
import type { CliIo } from '../main.js';

interface CheckOptions {
  type?: string;
  json?: boolean;
  out?: string;
}

export function registerCheckCommand(program: Command, io: CliIo): void {
  program
    .command('check')
    .description('Antrag nach dem Prüfkatalog vorprüfen (erfüllt / fehlt / unklar) und Nachforderung entwerfen')
    .argument('<datei>', 'Antrag: PDF (auch Formular), DOCX, TXT oder E-Mail (.eml mit Anhängen)')
    .option('--type <typ>', 'Prüfkatalog, z. B. bildungsurlaub; ohne Angabe wird der Typ erkannt')
    .option('--json', 'Ergebnis als JSON')
    .option('--out <ordner>', 'Ordner für den Entwurf des Nachforderungsschreibens (.docx)')
    .action(async (file: string, opts: CheckOptions) => {
      const config = loadConfig(io.env, io.cwd);
      const knowledgeDir = path.resolve(io.cwd, config.KNOWLEDGE_DIR);
      const template = config.MINUTES_TEMPLATE ? await loadMinutesTemplate(path.resolve(io.cwd, config.MINUTES_TEMPLATE)) : undefined;
      // Scanned applications are read by OCR (unless OCR=off); the worker ends with the command.
      const parser = parserFromConfig(config);
      try {
        await runCheck(io, file, opts, { knowledgeDir, parse: parser.parse, land: config.CHECK_LAND, model: createChatModel(config, {}), template });
      } finally {
        await parser.close();
      }
    });
}

async function runCheck(io: CliIo, file: string, opts: CheckOptions, options: CheckerOptions): Promise<void> {
  const { knowledgeDir } = options;
  const checker = await createChecker(options);
  for (const p of checker.problems) io.stderr(`${p.message}\n`);
  if (!checker.catalogs.length) {
    throw new AppError('notFound', 'no catalogs', `Im Wissensordner ${knowledgeDir} gibt es keinen gültigen Prüfkatalog (pruefkataloge/*.yaml).`);
  }
  const type = opts.type ? catalogById(checker.catalogs, opts.type).id : undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(io.cwd, file));
  } catch (e) {
    throw new AppError('invalidInput', `cannot read ${file}`, `Der Antrag „${file}“ wurde nicht gefunden oder lässt sich nicht lesen.`, { cause: e });
  }
  const outcome = await checker.check(bytes, path.basename(file), type);
  if (outcome.status === 'typeUnknown') {
    throw new AppError('invalidInput', 'type unknown', `Die Art des Antrags ließ sich nicht erkennen. Bitte geben Sie sie mit --type an: ${outcome.candidates.map((c) => `${c.id} (${c.title})`).join(', ')}.`);
  }
  const result = outcome.result;
  let letterPath: string | undefined;
  if (opts.out) {
    const letter = await checker.letter(result);
    if (letter) {
      const dir = path.resolve(io.cwd, opts.out);
      await mkdir(dir, { recursive: true });
      letterPath = path.join(dir, letter.name);
      await writeFile(letterPath, letter.data);
    }
  }
  if (opts.json) {
    io.stdout(`${JSON.stringify({ ...resultToJson(result), letter: letterPath ?? null }, null, 2)}\n`);
    return;
  }
  io.stdout(formatCheckResult(result));
  if (letterPath) io.stdout(`\nEntwurf des Nachforderungsschreibens: ${letterPath}\n`);
  else if (opts.out) io.stdout('\nKein Nachforderungsschreiben nötig: nach dem Prüfkatalog fehlt nichts.\n');
}
