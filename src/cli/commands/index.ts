import type { Command } from 'commander';
import type { CliIo } from '../main.js';
import { registerIndexCommand } from './index-command.js';
import { registerAskCommand } from './ask-command.js';
import { registerPackageCommand } from './package-command.js';
import { registerSearchCommand } from './search-command.js';
import { registerAuditCommand } from './audit-command.js';
import { registerMinutesCommand } from './minutes-command.js';
import { registerCheckCommand } from './check-command.js';
import { registerReportCommand } from './report-command.js';
import { registerUnansweredCommand } from './unanswered-command.js';

/** Registers one subcommand on the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

/** Every `rathaus` subcommand; add new commands here. */
export const COMMANDS: RegisterCommand[] = [registerAskCommand, registerPackageCommand, registerIndexCommand, registerSearchCommand, registerAuditCommand, registerMinutesCommand, registerReportCommand, registerCheckCommand, registerUnansweredCommand];
