/** German/English notes for answers the trust checks changed (grounding, quarantine). */

/** The generated text could not be backed by the sources sentence by sentence: the Fundstellen are shown instead. */
export function ungroundedNotice(locale: 'de' | 'en'): string {
  return locale === 'en'
    ? 'The generated answer could not be backed by the sources statement by statement, so the relevant passages are shown instead. Please check them.'
    : 'Die erzeugte Antwort ließ sich nicht Satz für Satz mit den Quellen belegen; deshalb sehen Sie die Fundstellen. Bitte prüfen Sie diese.';
}

/** Some found text reads like an instruction to an assistant and was not used as evidence. */
export function quarantineNotice(count: number, locale: 'de' | 'en'): string {
  return locale === 'en'
    ? `${count === 1 ? 'One document found contains' : `${count} documents found contain`} text addressed to an AI assistant; it was not used. Please check.`
    : `${count === 1 ? 'Ein gefundenes Dokument enthält' : `${count} gefundene Dokumente enthalten`} Text, der sich an einen KI-Assistenten richtet; er wurde nicht verwendet. Bitte prüfen.`;
}
