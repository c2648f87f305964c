/**
 * `rathaus minutes`: a Niederschrift draft from a transcript file, optionally with agenda
 * (OParl JSON file or URL, text), attendance (Teams CSV export or Graph JSON) and members list.
 * Thin shell over draftMinutes + renderMinutesFiles; uses the model when LLM_PROVIDER is set.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig, type AppConfig } from '../../config.js';
import { oparlUserAgent } from '../../oparl/create-oparl.js';
import { createOparlHttp } from '../../oparl/http-client.js';
import { fetchMeetingAgenda, type RisAgenda } from '../../oparl/meeting-agenda.js';
import { parseDocument } from '../../knowledge/parsers/parse-document.js';
import { AppError } from '../../core/errors.js';
import { createChatModel } from '../../llm/create-chat-model.js';
import { fetchOparlMeeting, parseAgenda } from '../../minutes/agenda.js';
import { parseAttendanceCsv, parseGraphAttendance } from '../../minutes/attendance.js';
import { draftMinutes } from '../../minutes/draft-minutes.js';
import type { MinutesDraft } from '../../minutes/draft-schema.js';
import { renderMinutesFiles, writeMinutesFiles } from '../../minutes/minutes-files.js';
import { parseTranscript, type TranscriptFormat } from '../../minutes/parse-transcript.js';
import { parseMembers } from '../../minutes/roster.js';
import { loadMinutesTemplate } from '../../minutes/template.js';
import type { Agenda, Attendance } from '../../minutes/types.js';
import type { CliIo } from '../main.js';

interface MinutesOptions {
  transcript: string;
  agenda?: string;
  oparlMeeting?: string;
  attendance?: string;
  members?: string;
  out?: string;
  date?: string;
  json?: boolean;
}

async function readInput(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    throw new AppError('invalidInput', `cannot read ${file}`, `${what} „${file}“ wurde nicht gefunden oder lässt sich nicht lesen.`, { cause: e });
  }
}

function formatOf(file: string): TranscriptFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.vtt' ? 'vtt' : ext === '.docx' ? 'docx' : undefined;
}

async function loadAgenda(source: string, cwd: string): Promise<Agenda> {
  if (/^https?:\/\//i.test(source)) return fetchOparlMeeting(source);
  return parseAgenda((await readInput(path.resolve(cwd, source), 'Die Tagesordnung')).toString('utf8'));
}

/** The meeting's host is allowed (the admin names it on the command line), besides the configured RIS. */
async function loadOparlMeeting(config: AppConfig, url: string): Promise<RisAgenda> {
  let host: URL;
  try {
    host = new URL(url);
  } catch {
    throw new AppError('invalidInput', `bad oparl url ${url}`, `--oparl-meeting erwartet die URL einer OParl-Sitzung, nicht „${url}“.`);
  }
  const system = config.OPARL_SYSTEM_URL ? new URL(config.OPARL_SYSTEM_URL) : undefined;
  const http = createOparlHttp({
    maxRps: config.OPARL_MAX_RPS,
    userAgent: oparlUserAgent(config.OPARL_CONTACT ?? 'nicht angegeben'),
    allowedHosts: [host.hostname.toLowerCase(), ...(system ? [system.hostname.toLowerCase()] : []), ...config.OPARL_ALLOWED_HOSTS],
    allowHttp: host.protocol === 'http:',
    maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
  });
  // The Vorlagen's main files are read too: their Beschlussvorschlag becomes the Beschlusstext.
  return fetchMeetingAgenda(http, url, { parse: parseDocument });
}

async function loadAttendance(file: string): Promise<Attendance> {
  const data = await readInput(file, 'Die Anwesenheitsliste');
  if (path.extname(file).toLowerCase() === '.json') {
    try {
      return parseGraphAttendance(JSON.parse(data.toString('utf8')));
    } catch (e) {
      throw new AppError('invalidInput', 'attendance json', 'Die Anwesenheitsliste (JSON) ist fehlerhaft.', { cause: e });
    }
  }
  return parseAttendanceCsv(data);
}

/** The `--json` shape of the issue, nothing more. */
export function draftToJson(d: MinutesDraft, files: { public: string; nonpublic: string | null }) {
  return {
    title: d.title,
    organization: d.organization,
    date: d.date,
    start: d.start,
    end: d.end,
    chair: d.chair,
    clerk: d.clerk,
    present: d.present.map((p) => p.name),
    absent: d.absent.map((p) => p.name),
    items: d.items.map((i) => ({
      number: i.number,
      title: i.title,
      public: i.public,
      summary: i.summary ?? (i.quotes.length ? i.quotes.map((q) => `${q.speaker ?? 'Unbekannt'} (${q.time}): „${q.text}“`).join('\n') : null),
      decisions: i.decisions.map((x) => ({ text: x.text, subject: x.subject, outcome: x.outcome, votes: x.votes, votesByGroup: x.votesByGroup, unanimous: x.unanimous, status: x.status, reasons: x.reasons, evidence: x.evidence, resolution: x.resolution, alternatives: x.alternatives })),
      decisionStatus: i.decisions.length ? (i.decisions.every((x) => x.status === 'sicher') ? 'sicher' : 'unsicher') : 'nicht erkannt',
      bias: i.bias,
      biasEvidence: i.biasFacts,
    })),
    facts: d.facts,
    notAttendees: d.notAttendees,
    files,
    warnings: [...d.warnings, ...d.items.flatMap((i) => i.warnings)],
  };
}

export function registerMinutesCommand(program: Command, io: CliIo): void {
  program
    .command('minutes')
    .description('Niederschrift-Entwurf (Word) aus einem Teams-Transkript erstellen')
    .requiredOption('--transcript <datei>', 'Transkript: .vtt, .docx oder .txt')
    .option('--agenda <datei|url>', 'Tagesordnung: OParl-JSON, Text oder URL einer OParl-Sitzung')
    .option('--oparl-meeting <url>', 'Tagesordnung direkt aus dem Ratsinformationssystem: URL der OParl-Sitzung (Meeting) mit TOPs, öffentlich/nichtöffentlich und Vorlagen')
    .option('--attendance <datei>', 'Anwesenheitsliste: Teams-CSV-Export oder Graph-JSON')
    .option('--members <datei>', 'Mitgliederliste (JSON oder CSV mit Name, Fraktion, Rolle)')
    .option('--date <JJJJ-MM-TT>', 'Sitzungsdatum, falls nicht aus Tagesordnung oder Anwesenheit bekannt')
    .option('--out <ordner>', 'Zielordner für die Word-Dateien', '.')
    .option('--json', 'Ergebnis als JSON ausgeben')
    .action(async (opts: MinutesOptions) => {
      const config = loadConfig(io.env, io.cwd);
      const cwd = io.cwd;
      const transcriptFile = path.resolve(cwd, opts.transcript);
      const transcript = await parseTranscript(await readInput(transcriptFile, 'Das Transkript'), formatOf(transcriptFile));
      if (opts.agenda && opts.oparlMeeting) throw new AppError('invalidInput', 'agenda and oparl-meeting', 'Bitte entweder --agenda oder --oparl-meeting angeben, nicht beides.');
      const risAgenda = opts.oparlMeeting ? await loadOparlMeeting(config, opts.oparlMeeting) : undefined;
      const agenda = risAgenda ?? (opts.agenda ? await loadAgenda(opts.agenda, cwd) : undefined);
      const attendance = opts.attendance ? await loadAttendance(path.resolve(cwd, opts.attendance)) : undefined;
      const members = opts.members ? parseMembers((await readInput(path.resolve(cwd, opts.members), 'Die Mitgliederliste')).toString('utf8')) : undefined;
      if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new AppError('invalidInput', 'bad date', `Das Datum „${opts.date}“ hat nicht die Form JJJJ-MM-TT.`);
      const model = createChatModel(config);
      const template = config.MINUTES_TEMPLATE ? await loadMinutesTemplate(path.resolve(cwd, config.MINUTES_TEMPLATE)) : undefined;
      if (!opts.json) io.stderr(model ? `Modell: ${model.name} (Zusammenfassungen und Abgleich der Beschlüsse je TOP)\n` : 'Ohne Sprachmodell: Zitate statt Zusammenfassungen.\n');
      const { draft, usage } = await draftMinutes({ model, style: config.MINUTES_STYLE, concurrency: config.MINUTES_CONCURRENCY, tokenBudget: config.MINUTES_TOKEN_BUDGET })({
        transcript,
        agenda,
        attendance,
        members,
        meta: opts.date ? { date: opts.date } : undefined,
        onProgress: (stage, f, t) => {
          if (!opts.json && stage === 'summaries') io.stderr(`Zusammenfassungen: ${f}/${t}\n`);
        },
      });
      const files = await writeMinutesFiles(await renderMinutesFiles(draft, template), path.resolve(cwd, opts.out ?? '.'));
      if (opts.json) {
        io.stdout(`${JSON.stringify(draftToJson(draft, files), null, 2)}\n`);
        return;
      }
      io.stdout(`Entwurf erstellt (Entwurf – mit KI-Unterstützung erstellt):\n  ${files.public}\n${files.nonpublic ? `  ${files.nonpublic}\n` : ''}`);
      io.stdout(`${draft.items.length} Tagesordnungspunkte, ${draft.items.reduce((n, i) => n + i.decisions.length, 0)} Beschlüsse.\n`);
      if (usage.calls) io.stdout(`Modellaufrufe: ${usage.calls}, gesendete Tokens (geschätzt): ${usage.tokensSent}\n`);
      const warnings = [...draft.warnings, ...draft.items.flatMap((i) => i.warnings)];
      if (warnings.length) io.stdout(`Bitte prüfen:\n${warnings.map((w) => `  - ${w}`).join('\n')}\n`);
    });
}
