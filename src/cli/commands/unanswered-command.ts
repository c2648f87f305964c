/**
 * `rathaus unanswered --days 30`: the questions nothing was found for in the last days, grouped
 * by their main words, for the people who own the documents. Topics fewer than `--min-people`
 * people asked (default 5, as in the Pilotbericht) are only counted. Question texts appear only
 * with `--examples n`, only for the topics shown, and only where RECORD_UNANSWERED=true stored them.
 */
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { AppError } from '../../core/errors.js';
import { groupGapsWithMembers } from '../../reports/pilot/documentation-gaps.js';
import { createStore } from '../../storage/create-store.js';
import { createUnansweredRecords } from '../../storage/records/unanswered-records.js';
import type { RegisterCommand } from './index.js';

interface UnansweredOptions {
  days: string;
  minPeople: string;
  top: string;
  examples: string;
  json?: boolean;
  dataDir?: string;
}

function positive(value: string, name: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new AppError('invalidInput', `bad ${name}`, `${name} erwartet eine ganze Zahl von 1 bis ${max}, nicht „${value}“.`);
  return n;
}

export const registerUnansweredCommand: RegisterCommand = (program, io) => {
  program
    .command('unanswered')
    .description('Unbeantwortete Fragen („nicht gefunden“) der letzten Tage, gruppiert nach Hauptwörtern')
    .option('--days <tage>', 'Zeitraum in Tagen bis heute', '30')
    .option('--min-people <anzahl>', 'Themen erst ab so vielen verschiedenen Personen zeigen (k-Anonymität)', '5')
    .option('--top <anzahl>', 'höchstens so viele Themen', '20')
    .option('--examples <anzahl>', 'je gezeigtem Thema bis zu so viele gespeicherte Fragetexte (nur mit RECORD_UNANSWERED=true gespeichert)', '0')
    .option('--json', 'das Ergebnis als JSON ausgeben')
    .option('--data-dir <ordner>', 'Datenordner (Standard: RATHAUS_DATA_DIR, sonst ./data)')
    .addHelpText('after', '\nBeispiel:\n  rathaus unanswered --days 30\n\nWas gespeichert wird (RECORD_UNANSWERED): docs/datenschutz-ki-verordnung.md.\n')
    .action(async (opts: UnansweredOptions) => {
      const days = positive(opts.days, '--days', 3650);
      const minPeople = positive(opts.minPeople, '--min-people', 1000);
      const top = positive(opts.top, '--top', 200);
      const examples = opts.examples === '0' ? 0 : positive(opts.examples, '--examples', 20);
      const loaded = loadConfig(io.env, io.cwd);
      const config = { ...loaded, RATHAUS_DATA_DIR: path.resolve(io.cwd, opts.dataDir ?? loaded.RATHAUS_DATA_DIR) };
      const to = new Date();
      const from = new Date(to.getTime() - days * 86_400_000);
      const records = await createUnansweredRecords(createStore(config), { recordText: false }).listUnanswered(from, to);
      const { members, ...gaps } = groupGapsWithMembers(
        records.map((r) => ({ at: r.at, userIdHash: r.personKey, words: r.words })),
        { minGroupSize: minPeople, maxTopics: top },
      );
      // Texts only of topics that k people asked, distinct, and only where they were recorded.
      const examplesOf = (i: number) => (examples ? [...new Set(members[i].flatMap((m) => (records[m].text ? [records[m].text] : [])))].slice(0, examples) : []);
      const period = { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
      if (opts.json) {
        const topics = gaps.topics.map((t, i) => (examples ? { ...t, examples: examplesOf(i) } : t));
        io.stdout(`${JSON.stringify({ ...period, minPeople, ...gaps, topics }, null, 2)}\n`);
        return;
      }
      const lines = [`Unbeantwortete Fragen vom ${period.from} bis ${period.to}: ${gaps.questions}`];
      if (gaps.topics.length) {
        lines.push('', `Themen (nach Hauptwörtern, ab ${minPeople} Personen):`);
        gaps.topics.forEach((t, i) => {
          lines.push(`  ${t.words.join(' · ')} – ${t.questions} ${t.questions === 1 ? 'Frage' : 'Fragen'}, ${t.people} Personen`);
          for (const text of examplesOf(i)) lines.push(`      „${text}“`);
        });
      } else if (gaps.questions) {
        lines.push('', `Kein Thema wurde von mindestens ${minPeople} Personen gefragt.`);
      }
      if (gaps.questionsInSmallTopics) lines.push('', `${gaps.questionsInSmallTopics} Fragen gehören zu kleineren Themen und werden nicht einzeln gezeigt.`);
      io.stdout(`${lines.join('\n')}\n`);
    });
};
