/**
 * Generated applications for the Antragsvorprüfung (tests and bench): filled PDF forms (pdf-lib),
 * Word files (docx), e-mails with attachments and a scan without text, for the three example
 * catalogs. Each case knows which rules must come out as deficient (missing or wrong).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';

export type CaseFormat = 'pdf-form' | 'docx' | 'mail' | 'mail-pdf' | 'scan';

export interface CheckCase {
  id: string;
  type: 'bildungsurlaub' | 'dienstreise' | 'sondernutzung';
  format: CaseFormat;
  fileName: string;
  bytes: Uint8Array;
  /** Rule ids that are missing or wrong in this application. */
  deficient: string[];
  /** A scan: nothing may be "erfüllt" and nothing "fehlt" (all unklar). */
  scan?: boolean;
}

interface Spec {
  type: CheckCase['type'];
  title: string;
  formId: string;
  /** Printed label → field id, in form order. */
  labels: [string, string][];
  checkboxes: [string, string][];
  values: Record<string, string | boolean>;
  /** Attachment key → title of the enclosed document. */
  attachments: Record<string, string>;
  signature: string;
  mailDate: string;
}

const BASE: Record<CheckCase['type'], Spec> = {
  bildungsurlaub: {
    type: 'bildungsurlaub',
    title: 'Antrag auf Bildungsurlaub',
    formId: 'Formular BU-1',
    labels: [['Name', 'name'], ['Personalnummer', 'personalnummer'], ['Titel der Veranstaltung', 'veranstaltung'], ['Veranstalter', 'veranstalter'], ['Beginn', 'beginn'], ['Ende', 'ende'], ['Anzahl der Arbeitstage', 'tage'], ['Teilnahmegebühr', 'gebuehr'], ['Datum des Antrags', 'antragsdatum']],
    checkboxes: [['Übernahme der Teilnahmegebühr beantragt', 'kostenuebernahme']],
    values: { name: 'Maria Schneider', personalnummer: '104233', veranstaltung: 'Digitale Verwaltung und Datenschutz', veranstalter: 'Volkshochschule Krefeld', beginn: '15.03.2027', ende: '19.03.2027', tage: '5', gebuehr: '', antragsdatum: '20.01.2027', kostenuebernahme: false },
    attachments: { anerkennung: 'Anerkennungsbescheid der Bildungsveranstaltung', programm: 'Programm der Veranstaltung' },
    signature: 'Maria Schneider',
    mailDate: 'Wed, 20 Jan 2027 09:12:00 +0100',
  },
  dienstreise: {
    type: 'dienstreise',
    title: 'Dienstreiseantrag',
    formId: 'Formular DR-1',
    labels: [['Name', 'name'], ['Personalnummer', 'personalnummer'], ['Reiseziel', 'reiseziel'], ['Zweck der Reise', 'zweck'], ['Reisebeginn', 'beginn'], ['Reiseende', 'ende'], ['Verkehrsmittel', 'verkehrsmittel'], ['Kilometer', 'kilometer'], ['Übernachtungskosten je Nacht', 'uebernachtung'], ['Datum des Antrags', 'antragsdatum']],
    checkboxes: [['Auslandsdienstreise', 'ausland']],
    values: { name: 'Jonas Becker', personalnummer: '200871', reiseziel: 'Düsseldorf, Landesministerium', zweck: 'Fachtagung Digitalisierung der Bauaufsicht', beginn: '08.06.2026', ende: '09.06.2026', verkehrsmittel: 'Bahn', kilometer: '', uebernachtung: '89,00', antragsdatum: '20.05.2026', ausland: false },
    attachments: {},
    signature: 'Jonas Becker',
    mailDate: 'Wed, 20 May 2026 10:30:00 +0200',
  },
  sondernutzung: {
    type: 'sondernutzung',
    title: 'Antrag auf Sondernutzung öffentlicher Straßen',
    formId: 'Formular SN-1',
    labels: [['Name / Firma', 'antragsteller'], ['Straße und Hausnummer', 'strasse'], ['PLZ', 'plz'], ['Ort', 'ort'], ['Ort der Sondernutzung', 'nutzungsort'], ['Art der Nutzung', 'art'], ['Beginn der Nutzung', 'beginn'], ['Ende der Nutzung', 'ende'], ['Fläche in m²', 'flaeche'], ['IBAN', 'iban'], ['Datum des Antrags', 'antragsdatum']],
    checkboxes: [['Außengastronomie', 'gastronomie']],
    values: { antragsteller: 'Café Rheinblick GmbH', strasse: 'Rheinstraße 12', plz: '47799', ort: 'Krefeld', nutzungsort: 'Gehweg vor Rheinstraße 12', art: 'Tische und Stühle vor dem Café', beginn: '13.04.2026', ende: '31.10.2026', flaeche: '18', iban: 'DE89 3704 0044 0532 0130 00', antragsdatum: '20.03.2026', gastronomie: true },
    attachments: { lageplan: 'Lageplan mit Maßangaben', haftpflicht: 'Versicherungsbestätigung Betriebshaftpflicht', gaststaettenerlaubnis: 'Gaststättenerlaubnis' },
    signature: 'Luca Romano',
    mailDate: 'Fri, 20 Mar 2026 08:05:00 +0100',
  },
};

type Mutation = { id: string; deficient: string[]; apply: (s: Spec) => void };

const set = (values: Record<string, string | boolean>) => (s: Spec) => Object.assign(s.values, values);
const drop = (...keys: string[]) => (s: Spec) => keys.forEach((k) => delete s.attachments[k]);
const add = (key: string, title: string) => (s: Spec) => (s.attachments[key] = title);
const all = (...fs: ((s: Spec) => void)[]) => (s: Spec) => fs.forEach((f) => f(s));

const MUTATIONS: Record<CheckCase['type'], Mutation[]> = {
  bildungsurlaub: [
    { id: 'vollstaendig', deficient: [], apply: () => undefined },
    { id: 'ohne-personalnummer', deficient: ['personalnummer'], apply: set({ personalnummer: '' }) },
    { id: 'personalnummer-falsch', deficient: ['personalnummer'], apply: set({ personalnummer: '10423' }) },
    { id: 'ende-vor-beginn', deficient: ['ende-nach-beginn'], apply: set({ ende: '12.03.2027' }) },
    { id: 'datum-gibt-es-nicht', deficient: ['beginn'], apply: set({ beginn: '31.02.2027' }) },
    { id: 'zu-spaet', deficient: ['frist'], apply: set({ antragsdatum: '02.02.2027' }) },
    { id: 'genau-sechs-wochen', deficient: [], apply: set({ antragsdatum: '01.02.2027' }) },
    { id: 'zu-viele-tage', deficient: ['hoechstens-fuenf-tage'], apply: set({ tage: '7', ende: '23.03.2027' }) },
    { id: 'ohne-programm', deficient: ['programm'], apply: drop('programm') },
    { id: 'ohne-anlagen-und-unterschrift', deficient: ['programm', 'anerkennung', 'unterschrift'], apply: all(drop('programm', 'anerkennung'), (s) => (s.signature = '')) },
    { id: 'kosten-ohne-gebuehr', deficient: ['gebuehr'], apply: set({ kostenuebernahme: true }) },
    { id: 'kosten-ueber-grenze', deficient: ['gebuehr-grenze'], apply: set({ kostenuebernahme: true, gebuehr: '690,00 €' }) },
    { id: 'kosten-mit-zustimmung', deficient: [], apply: all(set({ kostenuebernahme: true, gebuehr: '690,00 €' }), add('zustimmung', 'Zustimmung der Personalentwicklung')) },
    { id: 'ohne-name-und-veranstalter', deficient: ['name', 'veranstalter'], apply: set({ name: '', veranstalter: '' }) },
  ],
  dienstreise: [
    { id: 'vollstaendig', deficient: [], apply: () => undefined },
    { id: 'ohne-zweck', deficient: ['zweck'], apply: set({ zweck: '' }) },
    { id: 'feiertag-verspaetet', deficient: ['frist'], apply: set({ antragsdatum: '01.06.2026' }) },
    { id: 'fristgerecht-vor-feiertag', deficient: [], apply: set({ antragsdatum: '29.05.2026' }) },
    { id: 'ende-vor-beginn', deficient: ['ende-nach-beginn'], apply: set({ ende: '05.06.2026' }) },
    { id: 'ausland-ohne-zustimmung', deficient: ['verwaltungsvorstand'], apply: set({ ausland: true, reiseziel: 'Maastricht (Niederlande)' }) },
    { id: 'ausland-mit-zustimmung', deficient: [], apply: all(set({ ausland: true, reiseziel: 'Maastricht (Niederlande)' }), add('verwaltungsvorstand', 'Zustimmung des Verwaltungsvorstands')) },
    { id: 'pkw-ohne-kilometer', deficient: ['kilometer'], apply: set({ verkehrsmittel: 'privater Pkw' }) },
    { id: 'pkw-mit-kilometer', deficient: [], apply: set({ verkehrsmittel: 'privater Pkw', kilometer: '54' }) },
    { id: 'hotel-teuer', deficient: ['hotel-grenze'], apply: set({ uebernachtung: '145,00' }) },
    { id: 'hotel-teuer-begruendet', deficient: [], apply: all(set({ uebernachtung: '145,00' }), add('begruendung', 'Begründung der Übernachtungskosten')) },
    { id: 'ohne-unterschrift-und-datum', deficient: ['unterschrift', 'antragsdatum'], apply: all(set({ antragsdatum: '' }), (s) => (s.signature = '')) },
    { id: 'personalnummer-und-reiseende-fehlen', deficient: ['personalnummer', 'ende'], apply: set({ personalnummer: '', ende: '' }) },
  ],
  sondernutzung: [
    { id: 'vollstaendig', deficient: [], apply: () => undefined },
    { id: 'iban-pruefziffer', deficient: ['iban'], apply: set({ iban: 'DE89 3704 0044 0532 0130 01' }) },
    { id: 'ohne-iban', deficient: ['iban'], apply: set({ iban: '' }) },
    { id: 'plz-vierstellig', deficient: ['plz'], apply: set({ plz: '4779' }) },
    { id: 'ohne-lageplan', deficient: ['lageplan'], apply: drop('lageplan') },
    { id: 'gastronomie-ohne-erlaubnis', deficient: ['gaststaettenerlaubnis'], apply: drop('gaststaettenerlaubnis') },
    { id: 'keine-gastronomie', deficient: [], apply: all(set({ gastronomie: false, art: 'Baugerüst an der Fassade' }), drop('gaststaettenerlaubnis')) },
    { id: 'grosse-flaeche', deficient: ['flaeche-grenze'], apply: set({ flaeche: '35' }) },
    { id: 'grosse-flaeche-mit-stellungnahme', deficient: [], apply: all(set({ flaeche: '35' }), add('stellungnahme', 'Stellungnahme der Straßenverkehrsbehörde')) },
    { id: 'ostern-verspaetet', deficient: ['frist'], apply: set({ antragsdatum: '30.03.2026' }) },
    { id: 'fristgerecht-vor-ostern', deficient: [], apply: set({ antragsdatum: '26.03.2026' }) },
    { id: 'ende-vor-beginn-und-ohne-haftpflicht', deficient: ['ende-nach-beginn', 'haftpflicht'], apply: all(set({ ende: '10.04.2026' }), drop('haftpflicht')) },
    { id: 'ohne-nutzungsort-und-unterschrift', deficient: ['nutzungsort', 'unterschrift'], apply: all(set({ nutzungsort: '' }), (s) => (s.signature = '')) },
  ],
};

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : '');

async function attachmentPdf(title: string, applicant: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  page.drawText(title, { x: 50, y: 780, size: 18, font: bold });
  page.drawText(`Vorgelegt von ${applicant}.`, { x: 50, y: 740, size: 10, font });
  page.drawText('Dieses Dokument wurde für einen Test erzeugt.', { x: 50, y: 725, size: 10, font });
  return doc.save();
}

/** A filled AcroForm: labels as text, values in named fields, attachments as later pages. */
async function pdfForm(s: Spec, withAttachmentPages: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${s.title} (${s.formId})`);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const form = doc.getForm();
  page.drawText(s.title, { x: 50, y: 790, size: 18, font: bold });
  page.drawText(s.formId, { x: 50, y: 770, size: 10, font });
  let y = 735;
  for (const [label, id] of s.labels) {
    page.drawText(`${label}:`, { x: 50, y, size: 10, font });
    const field = form.createTextField(id);
    field.addToPage(page, { x: 230, y: y - 4, width: 300, height: 16, font });
    field.setText(str(s.values[id]));
    y -= 28;
  }
  for (const [label, id] of s.checkboxes) {
    const box = form.createCheckBox(id);
    box.addToPage(page, { x: 50, y: y - 2, width: 12, height: 12 });
    if (s.values[id] === true) box.check();
    page.drawText(label, { x: 70, y, size: 10, font });
    y -= 24;
  }
  page.drawText('Anlagen (bitte ankreuzen, was beiliegt):', { x: 50, y, size: 10, font });
  y -= 20;
  for (const [key, title] of Object.entries(BASE[s.type].attachments)) {
    const box = form.createCheckBox(`anlage_${key}`);
    box.addToPage(page, { x: 50, y: y - 2, width: 12, height: 12 });
    if (s.attachments[key]) box.check();
    page.drawText(title, { x: 70, y, size: 10, font });
    y -= 20;
  }
  page.drawText('Unterschrift:', { x: 50, y: y - 10, size: 10, font });
  const sig = form.createTextField('unterschrift');
  sig.addToPage(page, { x: 230, y: y - 14, width: 300, height: 16, font });
  sig.setText(s.signature);
  if (withAttachmentPages) {
    for (const title of Object.values(s.attachments)) {
      const p = doc.addPage([595, 842]);
      p.drawText(`Anlage: ${title}`, { x: 50, y: 780, size: 18, font: bold });
      p.drawText(`Zum Antrag von ${str(s.values.name ?? s.values.antragsteller) || 'der Antragstellerin'}.`, { x: 50, y: 740, size: 10, font });
    }
  }
  return doc.save();
}

function checkboxLine(s: Spec, label: string, id: string) {
  return `${s.values[id] === true ? '☒' : '☐'} ${label}`;
}

/** A Word application: half the fields as "Label: value" paragraphs, half in a two-column table. */
async function docxApplication(s: Spec): Promise<Uint8Array> {
  const half = Math.ceil(s.labels.length / 2);
  const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const cell = (text: string) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [para(text)] });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.title)] }),
    para(s.formId),
    ...s.labels.slice(0, half).map(([label, id]) => para(`${label}: ${str(s.values[id])}`)),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: s.labels.slice(half).map(([label, id]) => new TableRow({ children: [cell(label), cell(str(s.values[id]))] })) }),
    ...s.checkboxes.map(([label, id]) => para(checkboxLine(s, label, id))),
    para(s.signature ? `Unterschrift: gez. ${s.signature}` : 'Unterschrift: ____________________'),
  ];
  for (const title of Object.values(s.attachments)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, children: [new TextRun(`Anlage: ${title}`)] }));
    children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun('Beigefügte Unterlage (Testdokument).')] }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function mime(s: Spec, body: string, files: { name: string; type: string; data: Uint8Array }[]): Uint8Array {
  const boundary = 'rathaus-test-boundary';
  const out = [
    `From: ${str(s.values.name ?? s.values.antragsteller) || 'Antragsteller'} <antrag@example.org>`,
    'To: posteingang@stadt.example',
    `Subject: ${s.title}`,
    `Date: ${s.mailDate}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
  ];
  for (const f of files) {
    out.push(`--${boundary}`, `Content-Type: ${f.type}; name="${f.name}"`, `Content-Disposition: attachment; filename="${f.name}"`, 'Content-Transfer-Encoding: base64', '', Buffer.from(f.data).toString('base64').replace(/.{76}/g, '$&\r\n'));
  }
  out.push(`--${boundary}--`, '');
  return Buffer.from(out.join('\r\n'), 'utf8');
}

function mailBody(s: Spec): string {
  const lines = ['Sehr geehrte Damen und Herren,', '', `hiermit stelle ich einen ${s.title} (${s.formId}) mit den folgenden Angaben:`, ''];
  for (const [label, id] of s.labels) lines.push(`${label}: ${str(s.values[id])}`);
  for (const [label, id] of s.checkboxes) lines.push(`${label}: ${s.values[id] === true ? 'ja' : 'nein'}`);
  lines.push('', 'Die Unterlagen hänge ich an.', '', 'Mit freundlichen Grüßen');
  if (s.signature) lines.push(`gez. ${s.signature}`);
  return lines.join('\r\n');
}

const fileSlug = (title: string) => title.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

async function attachmentFiles(s: Spec) {
  const applicant = str(s.values.name ?? s.values.antragsteller) || 'Antragsteller';
  return Promise.all(Object.values(s.attachments).map(async (title) => ({ name: `${fileSlug(title)}.pdf`, type: 'application/pdf', data: await attachmentPdf(title, applicant) })));
}

async function scanPdf(): Promise<Uint8Array> {
  const png = new PNG({ width: 200, height: 280 });
  png.data.fill(235);
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(PNG.sync.write(png));
  const page = doc.addPage([595, 842]);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save();
}

const FORMATS: CaseFormat[] = ['pdf-form', 'docx', 'mail', 'mail-pdf'];

/** Every mutation of every type in a rotating format, plus each vollständig case in all formats and one scan. */
export async function generateCheckCases(): Promise<CheckCase[]> {
  const cases: CheckCase[] = [];
  for (const type of Object.keys(BASE) as CheckCase['type'][]) {
    const mutations = MUTATIONS[type];
    const jobs: { m: Mutation; format: CaseFormat }[] = [];
    mutations.forEach((m, i) => {
      if (m.id === 'vollstaendig') for (const format of FORMATS) jobs.push({ m, format });
      else jobs.push({ m, format: FORMATS[i % FORMATS.length] });
    });
    for (const { m, format } of jobs) {
      const s: Spec = structuredClone({ ...BASE[type], values: { ...BASE[type].values }, attachments: { ...BASE[type].attachments } });
      m.apply(s);
      const id = `${type}/${m.id}/${format}`;
      let fileName: string;
      let bytes: Uint8Array;
      if (format === 'pdf-form') {
        fileName = `antrag-${type}.pdf`;
        bytes = await pdfForm(s, true);
      } else if (format === 'docx') {
        fileName = `antrag-${type}.docx`;
        bytes = await docxApplication(s);
      } else if (format === 'mail') {
        fileName = `antrag-${type}.eml`;
        bytes = mime(s, mailBody(s), await attachmentFiles(s));
      } else {
        fileName = `antrag-${type}-formular.eml`;
        const form = { name: `antrag-${type}.pdf`, type: 'application/pdf', data: await pdfForm(s, false) };
        bytes = mime(s, `Sehr geehrte Damen und Herren,\r\n\r\nanbei mein Antrag mit Unterlagen.\r\n\r\nMit freundlichen Grüßen\r\n${s.signature || 'Antragsteller'}`, [form, ...(await attachmentFiles(s))]);
      }
      cases.push({ id, type, format, fileName, bytes, deficient: m.deficient });
    }
  }
  cases.push({ id: 'sondernutzung/scan/scan', type: 'sondernutzung', format: 'scan', fileName: 'scan-20260320.pdf', bytes: await scanPdf(), deficient: [], scan: true });
  return cases;
}
