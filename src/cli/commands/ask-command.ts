/**
 * `rathaus ask "<Frage>" [--data-dir D] [--source Q] [--graph-token T] [--json]`: the same retrieval and answering code as
 * the bot, for admins checking the knowledge folder and for evaluation runs.
 */
import { Option } from 'commander';
import { loadConfig } from '../../config.js';
import { AppError } from '../../core/errors.js';
import { detectLocale } from '../../core/language.js';
import { CLI_SOURCE_HELP, resolveCliSources } from '../../knowledge/sources/cli-sources.js';
import { answerQuestion } from '../../knowledge/answer/answer-question.js';
import type { AnswerResult } from '../../knowledge/answer/types.js';
import { parseDocument } from '../../knowledge/parsers/parse-document.js';
import { createChatModel, createEmbeddingModel } from '../../llm/create-chat-model.js';
import { localSourcesForCli, oparlSourceForCli } from '../sources.js';
import type { RegisterCommand } from './index.js';

interface AskOptions {
  dataDir?: string;
  json?: boolean;
  top: string;
  lang?: 'de' | 'en';
  source: string;
  graphToken?: string;
}

export const registerAskCommand: RegisterCommand = (program, io) => {
  program
    .command('ask')
    .description('Eine Frage aus den Dokumenten beantworten (mit Quellenangaben), wie im Teams-Chat')
    .argument('<frage>', 'die Frage in Anführungszeichen')
    .option('--data-dir <ordner>', 'Ordner mit dem Suchindex (Standard: RATHAUS_DATA_DIR)')
    .option('--top <n>', 'Anzahl der berücksichtigten Fundstellen', '5')
    .addOption(new Option('--lang <sprache>', 'Sprache der Antwort (Standard: die Sprache der Frage)').choices(['de', 'en']))
    .option('--json', 'Ergebnis als JSON ausgeben')
    .option('--source <quelle>', CLI_SOURCE_HELP, 'all')
    .option('--graph-token <token>', 'Delegiertes Microsoft-Graph-Token (sonst GRAPH_ACCESS_TOKEN), z. B. aus dem Graph-Explorer')
    .addHelpText(
      'after',
      '\nBeispiele:\n  rathaus ask "Bis wann muss ich meine Reisekosten abrechnen?"\n  rathaus ask "Ab welchem Betrag brauche ich drei Angebote?" --json\n\nMit LLM_PROVIDER=none werden die passenden Fundstellen zitiert; mit einem Sprachmodell formuliert es eine Antwort mit [n]-Verweisen.\nDer Suchindex muss vorher mit „rathaus index“ erstellt werden.\n',
    )
    .action(async (question: string, opts: AskOptions) => {
      if (!question.trim()) throw new AppError('invalidInput', 'empty question', 'Bitte geben Sie eine Frage an, z. B. rathaus ask "Wie beantrage ich Urlaub?".');
      const top = Number(opts.top);
      if (!Number.isInteger(top) || top < 1 || top > 50) throw new AppError('invalidInput', 'bad --top', '--top erwartet eine ganze Zahl zwischen 1 und 50.');
      const config = loadConfig(io.env, io.cwd);
      const embedder = createEmbeddingModel(config);
      const local = localSourcesForCli(config, { dataDir: opts.dataDir, cwd: io.cwd, embedder });
      const sources = await resolveCliSources(config, { source: opts.source, graphToken: opts.graphToken }, local, { parseDocument, oparl: oparlSourceForCli(config, { dataDir: opts.dataDir, cwd: io.cwd, embedder: createEmbeddingModel(config), parse: parseDocument }) });
      const answer = answerQuestion({ sources, chatModel: createChatModel(config), redactPii: config.REDACT_PII });
      const result = await answer({ question: question.trim(), user: { userId: 'local-user', locale: opts.lang ?? detectLocale(question, 'de') }, top });
      io.stdout(opts.json ? `${JSON.stringify(toJson(result))}\n` : toText(result));
    });
};

/** The documented JSON shape of `rathaus ask --json`. */
export function toJson(result: AnswerResult) {
  return {
    question: result.question,
    found: result.found,
    mode: result.mode,
    answer: result.answer,
    citations: result.citations.map((c) => ({ id: c.id, title: c.title, source: c.source, snippet: c.snippet, ...(c.meta?.sensitivityLabel ? { sensitivityLabel: c.meta.sensitivityLabel } : {}) })),
    ...(result.notice ? { notice: result.notice } : {}),
  };
}

function toText(result: AnswerResult): string {
  const lines: string[] = [];
  if (result.notice) lines.push(`Hinweis: ${result.notice}`, '');
  lines.push(result.answer);
  // The extractive answer already lists its sources inline; a generated one gets a source list.
  if (result.mode === 'generative' && result.citations.length) {
    lines.push('', 'Quellen:');
    for (const c of result.citations) {
      const label = c.meta?.sensitivityLabel ? ` (Vertraulichkeitsbezeichnung „${c.meta.sensitivityLabel}“)` : '';
      lines.push(`[${c.id}] ${c.title} – ${c.source}${c.page !== undefined ? `, S. ${c.page}` : ''}${label}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
