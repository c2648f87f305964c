/**
 * `rathaus package --env <dev|local|playground>`: builds the Teams app package from
 * appPackage/manifest.json and env/.env.<env> (+ .user). See docs/admin-handbuch.md.
 */
import path from 'node:path';
import { packageApp, PACKAGE_ENVS } from '../../admin/package-app.js';
import type { RegisterCommand } from './index.js';

export const registerPackageCommand: RegisterCommand = (program, io) => {
  program
    .command('package')
    .description('Teams-App-Paket bauen: Platzhalter aus env/.env.<Umgebung> füllen, gegen das Schema prüfen, ZIP schreiben')
    .requiredOption('--env <name>', `Umgebung, z. B. ${PACKAGE_ENVS.join(', ')} (liest env/.env.<name> und env/.env.<name>.user)`)
    .option('--out <datei>', 'Ziel-ZIP (Standard: appPackage/build/appPackage.<Umgebung>.zip)')
    .addHelpText('after', '\nBeispiel:\n  npm run package -- --env dev\n  rathaus package --env local --out /tmp/rathaus.zip\n\nUmgebungsvariablen des Prozesses haben Vorrang vor den Werten in den env-Dateien.\n')
    .action(async (opts: { env: string; out?: string }) => {
      const result = await packageApp({
        root: io.cwd,
        envName: opts.env,
        overrides: io.env as Record<string, string | undefined>,
        outFile: opts.out ? path.resolve(io.cwd, opts.out) : undefined,
      });
      io.stdout(`App-Paket geschrieben: ${path.relative(io.cwd, result.zipPath) || result.zipPath}\nInhalt: ${result.files.join(', ')}\n`);
    });
};
