/**
 * `rathaus audit purge`: deletes audit days older than AUDIT_RETENTION_DAYS now (the bot also
 * purges on its own schedule). For a cron job or after lowering the retention.
 */
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { createAuditLogFor } from '../../audit/create-audit-log.js';
import { createStore } from '../../storage/create-store.js';
import { createUnansweredRecords } from '../../storage/records/unanswered-records.js';
import type { RegisterCommand } from './index.js';

export const registerAuditCommand: RegisterCommand = (program, io) => {
  const audit = program.command('audit').description('Audit-Protokoll verwalten');
  audit
    .command('purge')
    .description('Audit-Einträge und Einträge unbeantworteter Fragen löschen, die älter als AUDIT_RETENTION_DAYS sind')
    .option('--data-dir <ordner>', 'Datenordner (Standard: RATHAUS_DATA_DIR, sonst ./data)')
    .addHelpText('after', '\nBeispiel:\n  AUDIT_RETENTION_DAYS=90 rathaus audit purge\n')
    .action(async (opts: { dataDir?: string }) => {
      const loaded = loadConfig(io.env, io.cwd);
      const config = { ...loaded, RATHAUS_DATA_DIR: path.resolve(io.cwd, opts.dataDir ?? loaded.RATHAUS_DATA_DIR) };
      const store = createStore(config);
      const log = createAuditLogFor(config, { store });
      const deleted = await log.purgeAudit();
      // The record of unanswered questions is kept exactly as long as the audit log.
      const unanswered = await createUnansweredRecords(store, { recordText: false }).purgeUnanswered(config.AUDIT_RETENTION_DAYS);
      if (unanswered) io.stdout(`${unanswered} Einträge unbeantworteter Fragen gelöscht (älter als ${config.AUDIT_RETENTION_DAYS} Tage).\n`);
      io.stdout(
        deleted.length === 0
          ? `Keine Audit-Einträge älter als ${config.AUDIT_RETENTION_DAYS} Tage gefunden.\n`
          : `${deleted.length} Tag(e) des Audit-Protokolls gelöscht (${deleted[0]} bis ${deleted[deleted.length - 1]}); aufbewahrt werden ${config.AUDIT_RETENTION_DAYS} Tage.\n`,
      );
    });
};
