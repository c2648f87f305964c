/** Passages used by the answer tests (fictional, written for this project). */
import type { UserContext } from '../../src/core/user-context.js';
import { passage } from '../fakes/fake-source.js';

export const user: UserContext = { userId: 'u-1', locale: 'de', displayName: 'Erika Mustermann' };
export const englishUser: UserContext = { ...user, locale: 'en' };

export const reisekosten = passage('dienstreisen#3', 'Die Reisekostenabrechnung ist innerhalb von sechs Monaten nach Ende der Dienstreise beim Personalamt einzureichen.', {
  title: 'Dienstanweisung Dienstreisen',
  source: 'dienstreisen.md',
  sectionPath: ['Dienstreisen', '3. Abrechnung'],
});
export const genehmigung = passage('dienstreisen#2', 'Dienstreisen genehmigt die oder der unmittelbare Vorgesetzte vor Antritt der Reise; Auslandsdienstreisen genehmigt die Fachbereichsleitung.', {
  title: 'Dienstanweisung Dienstreisen',
  source: 'dienstreisen.md',
  sectionPath: ['Dienstreisen', '2. Genehmigung'],
});
export const angebote = passage('beschaffung#1', 'Ab einem geschätzten Auftragswert von 1.000 Euro netto sind mindestens drei Angebote einzuholen.', {
  title: 'Beschaffungsordnung',
  source: 'https://intranet.stadt.example/beschaffung',
  sectionPath: ['Beschaffung', 'Angebote'],
  page: 4,
});
export const urlaub = passage('urlaub#1', 'Erholungsurlaub beantragen Sie im Zeiterfassungssystem; Rückfragen an personalamt@stadt.example oder Telefon 02151 86-2000.', {
  title: 'Urlaubsregelung',
  source: 'urlaub.md',
  sectionPath: ['Urlaub'],
});

export const corpus = [reisekosten, genehmigung, angebote, urlaub];
