/**
 * The answer-type check of the answer rule: a question asking for an amount, a time or a number
 * is answered only by a Fundstelle that holds one. Sentences written for this test, by class of
 * question; the folder is a small one of its own.
 */
import { describe, expect, it } from 'vitest';
import { askedAnswerType, holdsAnswerType } from '../../src/knowledge/answer-type.js';
import { ANSWER_RULES, passesCoverageRule } from '../../src/knowledge/answer-threshold.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';
import { withRelevance } from '../../src/knowledge/relevance.js';
import { createRetriever } from '../../src/knowledge/retriever.js';
import { answerQuestion } from '../../src/knowledge/answer/answer-question.js';
import { createLocalFolderSource } from '../../src/knowledge/sources/local-folder-source.js';

describe('what kind of fact a question asks for', () => {
  it('an amount of money: "was kostet", "wie teuer", "wie hoch" with a money noun, "how much … cost"', () => {
    for (const q of ['Was kostet ein Bewohnerparkausweis?', 'Wie teuer ist die Beglaubigung einer Kopie?', 'Wie hoch ist die Umzugskostenpauschale?', 'Wie hoch sind die Gebühren für eine Trauung im Standesamt?', 'Bis zu welchem Betrag darf die Teamleitung Büromaterial bestellen?', 'wie viel geld gibts für die brille', 'Wie hoch ist die Zweitwohnungsteuer?', 'Wie hoch ist die Zuwendung zum 40. Dienstjubiläum?', 'Was verlangt die Stadtbücherei für einen verlorenen Ausweis?', 'How much does a certified copy cost?', 'What is the fee for a wedding at the registry office?']) {
      expect(askedAnswerType(q), q).toEqual({ kind: 'money' });
    }
  });

  it('a deadline or point in time: "bis wann", "welche Frist", "um wie viel Uhr", "by when"', () => {
    for (const q of ['Bis wann muss die Steuererklärung des Vereins eingereicht sein?', 'Welche Frist gilt für den Widerspruch?', 'Innerhalb welcher Frist ist der Unfall zu melden?', 'Um wie viel Uhr schließt die Poststelle?', 'By when do I have to hand in the form?']) {
      expect(askedAnswerType(q), q).toEqual({ kind: 'time' });
    }
  });

  it('a length of time or a frequency: "wie lange", "wie oft", "wie viele Tage" (with the unit)', () => {
    expect(askedAnswerType('Wie lange darf ein Dienstfahrrad ausgeliehen werden?')).toEqual({ kind: 'duration' });
    expect(askedAnswerType('Wie oft wird die Brandschutzübung durchgeführt?')).toEqual({ kind: 'duration' });
    expect(askedAnswerType('Wie viele Tage Sonderurlaub gibt es für die eigene Hochzeit?')).toEqual({ kind: 'duration', unit: 'tag' });
    expect(askedAnswerType('Wie viele freie Tage bekomme ich für den Umzug?')).toEqual({ kind: 'duration', unit: 'tag' });
    expect(askedAnswerType('Nach wie vielen Monaten endet die Probezeit?')).toEqual({ kind: 'duration', unit: 'monat' });
    expect(askedAnswerType('How many days of special leave do I get for my wedding?')).toEqual({ kind: 'duration', unit: 'tag' });
  });

  it('"wie lang" (without e) asks for a length of time when it asks of a period or of keeping, waiting, lasting', () => {
    for (const q of ['Wie lang ist die Widerspruchsfrist bei Gebührenbescheiden?', 'wie lang muss man die Stempelkarten aufheben', 'Wie lang dauert die Einarbeitung neuer Kolleginnen?', 'wie lang gilt der Parkausweis eigentlich?']) {
      expect(askedAnswerType(q), q).toEqual({ kind: 'duration' });
    }
    for (const q of ['Wie lang darf ein Dateiname höchstens sein?', 'Wie lang ist das Ladekabel am Dienstlaptop?']) expect(askedAnswerType(q), q).toBeUndefined();
  });

  it('no kind in particular: yes/no questions, "wer", "wie beantrage ich", a plain "wann", "ab wann" (often a threshold)', () => {
    for (const q of ['Wie lang muss die PIN der Zugangskarte sein?', 'Gibt es einen Parkplatz für Fahrräder am Rathaus?', 'Wer unterschreibt Verträge über Reinigungsleistungen?', 'Wie beantrage ich eine Parkberechtigung?', 'Wann brauche ich eine Unbedenklichkeitsbescheinigung?', 'Carport ab wann genehmigungspflichtig?', 'Elterngeld beantragen – wie geht das?', 'Wie viel muss ich dafür tun?']) {
      expect(askedAnswerType(q), q).toBeUndefined();
    }
  });

  it('a number of things: "wie viele" or "wie viel" with what is counted', () => {
    for (const q of ['Wie viele Lastenräder stehen am Bauhof?', 'Wie viel Speicherplatz bekommt ein Teamordner?', 'Wie viele Ladesäulen hat die Tiefgarage?', 'Wie viele Mitglieder hat der Seniorenbeirat?']) {
      expect(askedAnswerType(q), q).toEqual({ kind: 'count' });
    }
  });

  it('a place, an office or a channel: "wo", "bei wem", "an wen"; "wo liegt die Grenze" asks for a threshold', () => {
    for (const q of ['Wo gebe ich den Dienstausweis ab?', 'Bei wem melde ich einen Wasserschaden im Archiv?', 'schlüssel verloren, wo meld ich das?']) expect(askedAnswerType(q), q).toEqual({ kind: 'place' });
    expect(askedAnswerType('Wo liegt die Wertgrenze für Direktaufträge?')).toBeUndefined();
  });

  it('a sum named alone: elliptical ("Pauschale für …?") or "Gibt es einen Zuschuss …?"; a money noun in a question that asks something else is not', () => {
    for (const q of ['Gibt es einen Zuschuss zum Deutschlandticket?', 'Gibt es auch eine kleine Zulage für den Winterdienst?', 'Eigenanteil beim Jobrad?', 'Kaution für den Schlüssel zum Bürgerhaus?', 'Wie hoch ist die Jahressonderzahlung für Auszubildende?']) {
      expect(askedAnswerType(q), q).toEqual({ kind: 'money' });
    }
    for (const q of ['Zuschuss zum Jobrad – wer entscheidet darüber?', 'Gibt es für die Kaution ein Formular?', 'Hundesteuerermäßigung?', 'Zweitwohnungsteuer Pflicht bei Studierenden?']) expect(askedAnswerType(q), q).toBeUndefined();
  });
});

describe('whether a Fundstelle holds a fact of that kind', () => {
  it('money: a sum with its currency, a percentage, or "kostenlos"; a phone number or paragraph is none', () => {
    const money = { kind: 'money' } as const;
    for (const t of ['Die Beglaubigung kostet 5,50 Euro je Seite.', 'Erstattet werden bis zu 150 € im Jahr.', 'Der Eigenanteil beträgt zehn Prozent.', 'Die Ausleihe ist kostenlos.']) expect(holdsAnswerType(money, t), t).toBe(true);
    for (const t of ['Auskunft erteilt die Kasse unter Telefon 4410.', 'Die Gebühr richtet sich nach § 12 Abs. 2 der Gebührensatzung.', 'Die Beglaubigung erfolgt im Bürgerbüro.']) expect(holdsAnswerType(money, t), t).toBe(false);
  });

  it('a deadline: a date, a period, a time of day or "unverzüglich"', () => {
    const time = { kind: 'time' } as const;
    for (const t of ['Der Widerspruch ist innerhalb eines Monats einzulegen.', 'Abgabe bis zum 15. März.', 'Die Poststelle schließt um 15:30 Uhr.', 'Der Unfall ist unverzüglich zu melden.']) expect(holdsAnswerType(time, t), t).toBe(true);
    expect(holdsAnswerType(time, 'Der Widerspruch ist schriftlich beim Rechtsamt einzulegen.')).toBe(false);
  });

  it('a length of time: a counted period or its end; a bare date or an ordinal day is none', () => {
    const duration = { kind: 'duration' } as const;
    for (const t of ['Die Ausleihe ist für höchstens drei Arbeitstage möglich.', 'Die Berechtigung gilt bis zum 31. Dezember.', 'Die Übung findet jährlich statt.', 'Der Vertrag ist unbefristet.']) expect(holdsAnswerType(duration, t), t).toBe(true);
    for (const t of ['Die Regelung gilt seit dem 01.03.2025.', 'Am ersten Tag meldet sich die neue Kollegin beim Empfang.']) expect(holdsAnswerType(duration, t), t).toBe(false);
    // "Wie viele Tage …?" wants days counted, not weeks or a phone number.
    expect(holdsAnswerType({ kind: 'duration', unit: 'tag' }, 'Für die eigene Hochzeit gibt es zwei Arbeitstage Sonderurlaub.')).toBe(true);
    expect(holdsAnswerType({ kind: 'duration', unit: 'tag' }, 'Der Antrag ist sechs Wochen vorher zu stellen, Telefon 2210.')).toBe(false);
  });

  it('money: "no sum is paid" answers a question for one', () => {
    const money = { kind: 'money' } as const;
    for (const t of ['Eine Zulage für den Winterdienst wird nicht gezahlt.', 'Für den Schlüssel wird keine Kaution erhoben.', 'Es gibt keinen Zuschuss zum Jobrad.']) expect(holdsAnswerType(money, t), t).toBe(true);
    expect(holdsAnswerType(money, 'Der Winterdienst wird im Schichtplan eingeteilt.')).toBe(false);
  });

  it('a place: a local preposition, an office, a channel or a name after "in"; an enumeration names none', () => {
    const place = { kind: 'place' } as const;
    for (const t of ['Den Dienstausweis geben Sie an der Pforte ab.', 'Zuständig ist das Sachgebiet Liegenschaften.', 'Die Meldung erfolgt online über das Mängelportal.', 'Das Archiv liegt in Oberhausen.']) expect(holdsAnswerType(place, t), t).toBe(true);
    expect(holdsAnswerType(place, 'Nicht verbrannt werden dürfen Altholz, Reifen, Sperrmüll und Kunststoffe.')).toBe(false);
  });

  it('a number of things: digits or a number word, or "keine"; a passage without any number is none', () => {
    const count = { kind: 'count' } as const;
    for (const t of ['Am Bauhof stehen drei Lastenräder.', 'Die Tiefgarage hat 12 Ladesäulen.', 'Ladesäulen gibt es in der Tiefgarage keine.']) expect(holdsAnswerType(count, t), t).toBe(true);
    for (const t of ['Lastenräder leiht der Bauhof an Beschäftigte aus.', 'Ablage im Teamordner auf dem Gruppenlaufwerk.']) expect(holdsAnswerType(count, t), t).toBe(false);
    // An organisation code, a number glued to a name, or "kein" said of something else counts nothing.
    for (const t of ['Den USB-Schlüssel (YubiKey5) gibt Sachgebiet 10.4 aus.', 'Wer kein Diensthandy hat, erhält den Schlüssel bei 20.3.']) expect(holdsAnswerType(count, t), t).toBe(false);
    expect(holdsAnswerType(count, 'Die PIN des USB-Schlüssels hat sechs Stellen.')).toBe(true);
  });

});

const FOLDER: Record<string, string> = {
  'kopien.md': 'Beglaubigungen von Kopien erteilt das Bürgerbüro im Erdgeschoss. Mitzubringen ist das Original.',
  'parken.md': 'Der Bewohnerparkausweis wird im Bürgerbüro beantragt. Er kostet 30,70 Euro für ein Jahr.',
  'rad.md': 'Lastenräder leiht der Bauhof an Beschäftigte aus. Die Ausleihe wird im Intranet gebucht.',
};
const snapshot = snapshotFromDocuments(
  Object.entries(FOLDER).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
  (doc, source) => chunkDocument(doc, source),
);
const retriever = createRetriever(snapshot);

describe('the answer rule with the answer type', () => {
  it('a passage that names the thing but not the asked amount, period or number is no answer', async () => {
    for (const q of ['Was kostet eine Beglaubigung einer Kopie im Bürgerbüro?', 'Wie lange darf ich ein Lastenrad vom Bauhof ausleihen?', 'Wie viele Lastenräder hat der Bauhof?', 'Gibt es einen Zuschuss für die Ausleihe eines Lastenrads?', 'Gebühr für die Beglaubigung einer Kopie?']) {
      expect((await retriever.search(q, 3)).filter((h) => h.relevant), q).toEqual([]);
    }
  });

  it('the same passages answer when the question asks for what they state', async () => {
    const [hit] = (await retriever.search('Was kostet der Bewohnerparkausweis?', 3)).filter((h) => h.relevant);
    expect(hit?.chunk.source).toBe('parken.md');
    const [rad] = (await retriever.search('Wo buche ich die Ausleihe eines Lastenrads vom Bauhof?', 3)).filter((h) => h.relevant);
    expect(rad?.chunk.source).toBe('rad.md');
  });

  it('without the answer-type part (a rule variant for calibration) the naming passage would pass', async () => {
    const loose = createRetriever(snapshot, { rules: { ...ANSWER_RULES, answerType: false } });
    const hits = (await loose.search('Was kostet eine Beglaubigung einer Kopie im Bürgerbüro?', 3)).filter((h) => h.relevant);
    expect(hits.map((h) => h.chunk.source)).toContain('kopien.md');
  });

  it('SharePoint and Outlook passages get the same decision', async () => {
    for (const [q, file] of [['Was kostet eine Beglaubigung einer Kopie im Bürgerbüro?', 'kopien.md'], ['Was kostet der Bewohnerparkausweis?', 'parken.md'], ['Wie viele Lastenräder hat der Bauhof?', 'rad.md'], ['Gibt es einen Zuschuss für die Ausleihe eines Lastenrads?', 'rad.md']] as const) {
      const local = (await retriever.search(q, 5)).find((h) => h.chunk.source === file);
      const [remote] = withRelevance(q, [{ title: '', sectionPath: [], text: FOLDER[file] }]);
      expect(remote.relevant, q).toBe(local?.relevant ?? false);
    }
  });
});

describe('a passage that shares no noun with the question answers none of it', () => {
  const folder: Record<string, string> = {
    'ersthelfer.md': 'Mindestens fünf Prozent der Beschäftigten eines Standorts sind als Ersthelfer ausgebildet.',
    'kantine.md': 'Das Kantinenbudget legt der Personalrat jährlich fest.',
    'bestellung.md': 'Büromaterial bestellt die Teamleitung ohne Vergleichsangebot bis 500 Euro netto.',
  };
  const snap = snapshotFromDocuments(
    Object.entries(folder).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
  const index = new LexicalIndex(snap);
  const chunkOf = (source: string) => snap.chunks.findIndex((c) => c.source === source);

  it('the rule: a question noun missed and none matched fails; one matched noun or no known noun at all passes', () => {
    const rules = ANSWER_RULES;
    expect(passesCoverageRule({ coverage: 0.6, matched: 2, focus: { matchedNoun: 0, missedNoun: 0.4 } }, undefined, rules)).toBe(false);
    expect(passesCoverageRule({ coverage: 0.6, matched: 2, focus: { matchedNoun: 0.2, missedNoun: 0.4 } }, undefined, rules)).toBe(true);
    expect(passesCoverageRule({ coverage: 0.6, matched: 2, focus: { matchedNoun: 0, missedNoun: 0 } }, undefined, rules)).toBe(true);
    expect(passesCoverageRule({ coverage: 0.6, matched: 2, focus: { matchedNoun: 0, missedNoun: 0.4 } }, undefined, { ...rules, focus: false })).toBe(true);
  });

  it('the index tells which question nouns a passage matches ("pro Beschäftigtem" alone matches no noun of the question)', () => {
    const e = index.evidenceFor('Wie hoch ist das Kantinenbudget pro Beschäftigtem?');
    expect(e(chunkOf('ersthelfer.md')).focus.matchedNoun).toBe(0);
    expect(e(chunkOf('ersthelfer.md')).focus.missedNoun).toBeGreaterThan(0);
    expect(e(chunkOf('kantine.md')).focus.matchedNoun).toBeGreaterThan(0);
  });

  it('the noun an interrogative asks for is no noun the passage must name ("Bis zu welchem Betrag": the passage states the sum)', () => {
    const [concept] = index.analyzeQuery('Bis zu welchem Betrag bestellt die Teamleitung Büromaterial?').filter((c) => c.word === 'betrag');
    expect(concept?.asked).toBe(true);
    const e = index.evidenceFor('Bis zu welchem Betrag bestellt die Teamleitung Büromaterial?')(chunkOf('bestellung.md'));
    expect(e.focus.missedNoun).toBe(0);
  });
});

describe('English questions without a model: the kind of fact asked for is checked on the quote too', () => {
  const answer = answerQuestion({ sources: [createLocalFolderSource(retriever)], redactPii: false });
  const english = { userId: 'u-en', locale: 'en' as const };

  it('"How much …?" is not answered by a passage that names the thing but no sum: "not found", in English', async () => {
    const result = await answer({ question: 'How much does a Beglaubigung in the Bürgerbüro cost?', user: english });
    expect(result.found).toBe(false);
    expect(result.citations).toEqual([]);
    expect(result.answer).toMatch(/^The documents are in German/);
  });

  it('the same question about a passage that states the sum is answered', async () => {
    const result = await answer({ question: 'How much does the Bewohnerparkausweis cost?', user: english });
    expect(result.found).toBe(true);
    expect(result.citations[0]?.source).toBe('parken.md');
    expect(result.citations[0]?.snippet).toContain('30,70 Euro');
  });
});
