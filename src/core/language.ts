/**
 * Decides whether a message is English; German is the default. A cheap word-list vote is
 * enough here: the bot only needs to answer in the language it was addressed in.
 */
const EN = new Set(['the', 'what', 'how', 'when', 'where', 'who', 'which', 'is', 'are', 'do', 'does', 'can', 'could', 'please', 'help', 'i', 'my', 'you', 'your', 'to', 'of', 'and', 'for', 'have', 'need', 'with', 'should', 'would', 'hello', 'hi', 'thanks', 'minutes', 'create', 'sign', 'out']);
const DE = new Set(['der', 'die', 'das', 'was', 'wie', 'wann', 'wo', 'wer', 'welche', 'ist', 'sind', 'ich', 'sie', 'mein', 'meine', 'ihr', 'und', 'für', 'fuer', 'mit', 'muss', 'kann', 'bitte', 'hilfe', 'hallo', 'danke', 'ab', 'bis', 'einen', 'eine', 'ein', 'zu', 'im', 'den', 'dem', 'des', 'nicht', 'auf', 'niederschrift', 'erstellen', 'abmelden', 'guten', 'tag']);

export type Locale = 'de' | 'en';

export function detectLocale(text: string, fallback: Locale = 'de'): Locale {
  const words = text.toLowerCase().match(/[a-zäöüß]+/g) ?? [];
  let en = 0;
  let de = 0;
  for (const w of words) {
    if (EN.has(w)) en++;
    if (DE.has(w)) de++;
  }
  if (/[äöüß]/i.test(text)) de += 2;
  if (en === 0 && de === 0) return fallback;
  return en > de ? 'en' : 'de';
}
