import { describe, expect, it } from 'vitest';
import { isValidIban, isValidTaxId, redactPii } from '../../src/security/redact-pii.js';

describe('redactPii (REDACT_PII=true)', () => {
  it.each([
    ['IBAN in Gruppen', 'Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00.', 'iban'],
    ['IBAN am Stück', 'IBAN: DE89370400440532013000, BIC COBADEFFXXX', 'iban'],
    ['österreichische IBAN', 'Konto AT61 1904 3002 3457 3201', 'iban'],
    ['E-Mail', 'Rückfragen an erika.mustermann@krefeld.de bitte.', 'email'],
    ['E-Mail mit Umlaut', 'oder jürgen.müller@stadt-leverkusen.de', 'email'],
    ['Festnetz mit Durchwahl', 'Tel. 02151 86-2000', 'phone'],
    ['Festnetz mit Schrägstrich', 'Telefon (02151) / 86 1234', 'phone'],
    ['Mobil', 'mobil 0171 1234567', 'phone'],
    ['international', 'Zentrale +49 (0) 214 406-0', 'phone'],
    ['international ohne Leerzeichen', 'Rufen Sie +492144061234 an', 'phone'],
    ['Steuer-ID mit Leerzeichen', 'Steuer-ID: 86 095 742 719', 'taxId'],
    ['Steuer-ID am Stück', 'IdNr 86095742719', 'taxId'],
    ['Ausweisnummer mit Prüfziffer', 'Personalausweis T220001293 liegt vor', 'idCard'],
    ['Ausweisnummer mit Stichwort', 'Ausweisnummer: L01X00T47', 'idCard'],
  ] as const)('%s', (_name, text, kind) => {
    const result = redactPii(text);
    expect(result.counts[kind]).toBe(1);
    expect(result.text).not.toMatch(/\d{6,}|@/);
  });

  it('keeps dates, amounts, file numbers, postcodes, years and short numbers', () => {
    const text =
      'Ratssitzung am 03.12.2026 um 17:00 Uhr, Vorlage 1234/2026, Az. 32.1-2024/117, PLZ 47798 Krefeld, Betrag 25.000,00 EUR, Behördennummer 115, Raum 0.12, Haushaltsjahr 2026, Kostenstelle 4711, VERWALTUNG.';
    const result = redactPii(text);
    expect(result.text).toBe(text);
    expect(Object.values(result.counts).every((n) => n === 0)).toBe(true);
  });

  it('does not take 11-digit numbers with a wrong check digit for a tax id', () => {
    expect(isValidTaxId('86095742719')).toBe(true);
    expect(isValidTaxId('86095742718')).toBe(false);
    expect(isValidTaxId('12345678901')).toBe(false); // no repeated digit
    expect(redactPii('Vorgangsnummer 86095742718').counts.taxId).toBe(0);
  });

  it('checks IBANs with mod 97', () => {
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
  });
});
