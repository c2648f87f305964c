/**
 * A small fictional RIS ("Stadt Beispielstadt") written for the unit tests: two Gremien with one
 * meeting each (one TOP non-public), Vorlagen with a PDF, a File with its own text, a Beratungsfolge,
 * an OParl 1.0 Vorlage and one malformed Vorlage. Not the evaluation data (bench/data/oparl-ris).
 */
import type { OparlEmulatorData, OparlObject } from './oparl-emulator.js';

export const API = 'https://ris.beispielstadt.example/oparl';
const T = (name: string) => `https://schema.oparl.org/1.1/${name}`;
const id = (path: string) => `${API}/${path}`;
const web = (path: string) => `https://ris.beispielstadt.example/${path}`;
const stamp = { created: '2026-01-05T09:00:00+01:00', modified: '2026-01-05T09:00:00+01:00' };

export const SECRET_RESULT = 'Zuschlag an die Firma Grundwert GmbH für 1.250.000 Euro';

export function beispielstadt(): OparlEmulatorData {
  const body = id('body/1');
  const org = (n: number, name: string): OparlObject => ({ id: id(`org/${n}`), type: T('Organization'), body, name, organizationType: 'Gremium', ...stamp, web: web(`gremium/${n}`) });
  const file = (n: number, name: string, extra: Record<string, unknown> = {}): OparlObject => ({ id: id(`file/${n}`), type: T('File'), name, fileName: `${n}.pdf`, mimeType: 'application/pdf', accessUrl: id(`file/${n}/download`), ...stamp, ...extra });
  const consultation = (n: number, paper: number, meeting: number, orgNo: number, role: string, authoritative: boolean, item?: number): OparlObject => ({
    id: id(`consultation/${n}`), type: T('Consultation'), paper: id(`paper/${paper}`), meeting: id(`meeting/${meeting}`), organization: [id(`org/${orgNo}`)], role, authoritative, ...(item ? { agendaItem: id(`item/${item}`) } : {}), ...stamp,
  });
  const paper = (n: number, reference: string, name: string, paperType: string, date: string, extra: Record<string, unknown> = {}): OparlObject => ({
    id: id(`paper/${n}`), type: T('Paper'), body, name, reference, paperType, date, ...stamp, web: web(`vorlage/${n}`), ...extra,
  });
  const item = (n: number, meeting: number, number: string, order: number, name: string, extra: Record<string, unknown> = {}): OparlObject => ({
    id: id(`item/${n}`), type: T('AgendaItem'), meeting: id(`meeting/${meeting}`), number, order, name, public: true, ...stamp, web: web(`top/${n}`), ...extra,
  });
  const items1 = [
    item(11, 1, '1', 1, 'Sanierung der Turnhalle Nord', { consultation: id('consultation/21'), result: 'einstimmig beschlossen', resolutionText: 'Der Bauausschuss beschließt die Sanierung der Turnhalle Nord im Jahr 2026.' }),
    item(12, 1, 'N 1', 2, 'Grundstücksangelegenheit Gewerbegebiet Ost', { public: false, result: SECRET_RESULT }),
  ];
  const items2 = [item(13, 2, '4', 4, 'Einsatz von KI-Assistenten in der Verwaltung', { consultation: id('consultation/22'), result: 'vertagt' })];
  const meeting = (n: number, orgNo: number, name: string, start: string, agenda: OparlObject[]): OparlObject => ({
    id: id(`meeting/${n}`), type: T('Meeting'), name, start, organization: [id(`org/${orgNo}`)], location: { id: id(`location/${n}`), type: T('Location'), description: 'Rathaus Beispielstadt, Ratssaal' }, agendaItem: agenda, ...stamp, web: web(`sitzung/${n}`),
  });
  const c21 = consultation(21, 1, 1, 2, 'Entscheidung', true, 11);
  const c22 = consultation(22, 2, 2, 3, 'Vorberatung', false, 13);
  const papers = [
    paper(1, '2026/0101', 'Sanierung der Turnhalle Nord', 'Beschlussvorlage', '2026-02-02', { mainFile: file(31, 'Vorlage 2026/0101'), consultation: [c21], underDirectionOf: [id('org/2')] }),
    paper(2, '88/26 B', 'Einsatz von KI-Assistenten in der Verwaltung', 'Antrag', '2026-03-30', {
      mainFile: file(32, 'Antragstext', { mimeType: 'text/plain', fileName: '32.txt', text: 'Die Fraktion beantragt, einen KI-Assistenten für Verwaltungsfragen ein Jahr lang zu erproben.\n\nDie Datenschutzbeauftragte ist zu beteiligen.' }),
      consultation: [c22],
    }),
    paper(3, '2026/0103', 'Neubau des Feuerwehrgerätehauses Süd', 'Beschlussvorlage', '2026-02-10'),
    paper(4, '2026/0104', 'Bericht über die Baumpflanzungen im Stadtpark', 'Mitteilungsvorlage', '2026-02-11'),
    paper(5, '88/26', 'Prüfauftrag zum Einsatz von KI im Bürgerbüro', 'Antrag', '2026-03-01'),
    { ...paper(6, '2019/0815', 'Sanierung der Stadtbücherei', 'Beschlussvorlage', '2019-05-06'), type: 'https://schema.oparl.org/1.0/Paper', mainFile: { ...file(36, 'Vorlage 2019/0815'), type: 'https://schema.oparl.org/1.0/File' } },
    // Malformed: a name must be a string.
    { ...paper(7, '2026/0107', 'x', 'Beschlussvorlage', '2026-02-12'), name: 4711 },
  ];
  return {
    apiBase: API,
    system: { id: id('system'), type: T('System'), oparlVersion: 'https://schema.oparl.org/1.1/', body: id('bodies'), name: 'RIS Beispielstadt', ...stamp },
    bodies: [
      {
        id: body, type: T('Body'), system: id('system'), name: 'Stadt Beispielstadt', shortName: 'Beispielstadt', ...stamp,
        organization: id('body/1/organizations'), person: id('body/1/people'), meeting: id('body/1/meetings'), paper: id('body/1/papers'), legislativeTerm: [],
        agendaItem: id('body/1/agendaItems'), consultation: id('body/1/consultations'), file: id('body/1/files'), web: web(''),
      },
    ],
    objects: [
      org(1, 'Rat der Stadt Beispielstadt'), { ...org(2, 'Bauausschuss'), membership: [id('membership/51'), id('membership/52')] }, org(3, 'Ausschuss für Digitales'),
      { ...org(4, 'Fraktion Grüne Mitte'), shortName: 'GM', organizationType: 'Fraktion' },
      { id: id('person/41'), type: T('Person'), body, name: 'Petra Lang', givenName: 'Petra', familyName: 'Lang', ...stamp },
      { id: id('person/42'), type: T('Person'), body, name: 'Karl Alt', givenName: 'Karl', familyName: 'Alt', ...stamp },
      { id: id('membership/51'), type: T('Membership'), person: id('person/41'), organization: id('org/2'), role: 'Vorsitzende', votingRight: true, onBehalfOf: id('org/4'), startDate: '2025-11-01', ...stamp },
      // Ended with the last term: not a member of today's Gremium.
      { id: id('membership/52'), type: T('Membership'), person: id('person/42'), organization: id('org/2'), role: 'Mitglied', votingRight: true, startDate: '2020-11-01', endDate: '2025-10-31', ...stamp },
      meeting(1, 2, '5. Sitzung des Bauausschusses', '2026-03-10T17:00:00+01:00', items1),
      meeting(2, 3, '3. Sitzung des Ausschusses für Digitales', '2026-04-21T16:00:00+02:00', items2),
      ...items1, ...items2, c21, c22, ...papers,
      file(31, 'Vorlage 2026/0101'), file(36, 'Vorlage 2019/0815'),
    ],
    files: {
      [id('file/31/download')]: { mimeType: 'application/pdf', text: 'Sanierung der Turnhalle Nord\nDie Turnhalle Nord ist seit 1974 in Betrieb. Dach und Heizung sind zu erneuern.\nDie Kosten der Sanierung betragen 480.000 Euro und sind im Haushalt 2026 veranschlagt.' },
      [id('file/36/download')]: { mimeType: 'application/pdf', text: 'Die Stadtbücherei erhält neue Fenster. Kosten: 95.000 Euro.' },
    },
  };
}
