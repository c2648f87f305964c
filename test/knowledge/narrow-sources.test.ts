import { describe, expect, it } from 'vitest';
import { interpretSourceNarrowing } from '../../src/knowledge/sources/narrow-sources.js';

describe('narrowing the sources from the question', () => {
  it.each([
    ['Wann gilt die Haushaltssperre? Nur in meinen Mails.', ['outlook'], 'Wann gilt die Haushaltssperre?'],
    ['Suche nur in meinen E-Mails nach der Haushaltssperre', ['outlook'], 'Suche nach der Haushaltssperre'],
    ['nur SharePoint: Dienstanweisung Haushaltssperre', ['sharepoint'], 'Dienstanweisung Haushaltssperre'],
    ['Reisekosten abrechnen, nur lokal', ['local'], 'Reisekosten abrechnen'],
    ['Reisekosten abrechnen (nur in den lokalen Dokumenten)', ['local'], 'Reisekosten abrechnen'],
    ['When does the budget freeze start? Only in my mail.', ['outlook'], 'When does the budget freeze start?'],
    ['only sharepoint and outlook: budget freeze', ['sharepoint', 'outlook'], 'budget freeze'],
    ['Ausschließlich in OneDrive: Notizen', ['sharepoint'], 'Notizen'],
  ])('%s', (question, sources, cleaned) => {
    expect(interpretSourceNarrowing(question)).toEqual({ sources, cleanedQuestion: cleaned });
  });

  it.each(['Darf ich nur bis 5.000 Euro bestellen?', 'Gilt das nur für neue Mitarbeiter?', 'Wie lange ist die Frist?'])('leaves "%s" alone', (question) => {
    expect(interpretSourceNarrowing(question)).toEqual({ cleanedQuestion: question });
  });
});
