import { describe, expect, it } from 'vitest';
import { cleanMailBody, itemBodyText } from '../../src/graph/mail-text.js';

describe('mail body cleaning', () => {
  it('cuts German Outlook history', () => {
    const text = 'Neue Antwort.\r\n\r\n-----Ursprüngliche Nachricht-----\r\nVon: A\r\nGesendet: Montag\r\nAlter Text';
    expect(cleanMailBody(text)).toBe('Neue Antwort.');
  });

  it('cuts a "Von: … Gesendet: …" header without dashes and "Am … schrieb …"', () => {
    expect(cleanMailBody('Ja, passt.\n\nVon: Bernd Keller\nGesendet: Dienstag, 17. November 2026\nAn: Anna\nBetreff: X\n\nalt')).toBe('Ja, passt.');
    expect(cleanMailBody('Danke!\n\nAm 16.11.2026 um 10:00 schrieb Anna Schmitz <anna@x.de>:\n> alt')).toBe('Danke!');
    expect(cleanMailBody('Thanks!\n\nOn Mon, Nov 16, 2026 Anna wrote:\n> old')).toBe('Thanks!');
  });

  it('cuts the signature after "-- " and drops quoted lines', () => {
    expect(cleanMailBody('Text oben\n> zitiert\nweiter\n-- \nBernd Keller\nTelefon 1234')).toBe('Text oben\nweiter');
  });

  it('keeps a "Von:" line that is not a header block', () => {
    expect(cleanMailBody('Von: 1. Dezember an gilt die Sperre.')).toBe('Von: 1. Dezember an gilt die Sperre.');
  });

  it('reads HTML bodies as text', () => {
    expect(itemBodyText({ contentType: 'html', content: '<html><body><p>Haushalts&shy;sperre ab <b>1. Dezember</b></p></body></html>' })).toContain('1. Dezember');
  });
});
