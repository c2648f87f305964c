/**
 * The `rathaus` command for admins and clerks: a thin shell over the same use cases as the bot.
 * Each command lives in src/cli/commands/<name>.ts and is registered in COMMANDS below.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.js';
import { isAppError } from '../core/errors.js';
import { COMMANDS } from './commands/index.js';
import { fsErrorMessage, isFsError } from './fs-error-message.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

export function defaultIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
  };
}

export function buildProgram(io: CliIo): Command {
  const program = new Command('rathaus')
    .description('Rathaus-Assistent: Werkzeuge für Administration und Schriftführung')
    .showHelpAfterError('(Hilfe mit --help)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  for (const register of COMMANDS) register(program, io);
  return program;
}

/** Runs the CLI and returns the exit code (never throws to the caller). */
export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof ConfigError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    if (isAppError(e)) {
      io.stderr(`Fehler: ${e.userMessage ?? e.message}\n`);
      return e.kind === 'invalidInput' || e.kind === 'notFound' ? 2 : 1;
    }
    if (isFsError(e)) {
      io.stderr(`Fehler: ${fsErrorMessage(e)}\n`);
      return 2;
    }
    io.stderr(`Unerwarteter Fehler: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
