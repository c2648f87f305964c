/**
 * Everything the bot says, in German (Sie-Form, plain Verwaltungsdeutsch) and English.
 * Handlers pick the variant by the locale of the turn.
 */
import type { Locale } from '../core/language.js';

type Text = Record<Locale, string>;
type TextFn<A extends unknown[]> = (...args: A) => Text;

export function t(text: Text, locale: Locale): string {
  return text[locale];
}

export const TEXTS = {
  welcomeTitle: { de: 'Willkommen beim Rathaus-Assistenten', en: 'Welcome to Rathaus-Assistent' },
  welcomeBody: {
    de: 'Ich bin ein KI-Assistent (künstliche Intelligenz). Ich beantworte Fragen aus den internen Dokumenten Ihrer Verwaltung – immer mit Quellenangabe – und erstelle auf Wunsch Entwürfe für Niederschriften von Ausschusssitzungen. Ich entscheide nichts: Prüfen Sie meine Antworten bitte anhand der genannten Quellen.',
    en: 'I am an AI assistant. I answer questions from your administration’s internal documents – always with sources – and draft minutes of committee sessions on request. I do not decide anything: please check my answers against the sources given.',
  },
  helpTitle: { de: 'Was ich für Sie tun kann', en: 'What I can do for you' },
  helpItems: {
    de: [
      'Fragen zu internen Regelungen beantworten, mit Quellen – z. B. „Bis wann muss ich meine Reisekosten abrechnen?“',
      'In SharePoint, OneDrive und Ihren E-Mails suchen (nach Anmeldung) – z. B. „nur in meinen Mails: Haushaltssperre“',
      'Einen Niederschrift-Entwurf aus dem Teams-Transkript einer Sitzung erstellen – schreiben Sie „Niederschrift erstellen“ im Besprechungschat (nur Schriftführung)',
      '„abmelden“ beendet Ihre Anmeldung bei Microsoft 365',
    ].join('\n\n'),
    en: [
      'Answer questions about internal rules, with sources – e.g. “By when do I have to claim my travel expenses?”',
      'Search SharePoint, OneDrive and your mail (after sign-in) – e.g. “only in my mail: budget freeze”',
      'Draft the minutes of a session from its Teams transcript – write “Niederschrift erstellen” in the meeting chat (clerks only)',
      '“sign out” ends your Microsoft 365 sign-in',
    ].join('\n\n'),
  },
  examplesTitle: { de: 'Beispiele', en: 'Examples' },
  exampleQuestions: {
    de: ['Bis wann muss ich meine Reisekosten abrechnen?', 'Ab welchem Betrag brauche ich drei Angebote?', 'Hilfe'],
    en: ['By when do I have to claim travel expenses?', 'From what amount do I need three offers?', 'help'],
  } as Record<Locale, string[]>,
  guidance: {
    de: 'Stellen Sie mir bitte eine Frage in ganzen Worten, zum Beispiel: „Ab welchem Betrag brauche ich drei Angebote?“ Mit „Hilfe“ sehen Sie, was ich kann.',
    en: 'Please ask me a question in full words, for example: “From what amount do I need three offers?” Type “help” to see what I can do.',
  },
  error: ((ref: string) => ({
    de: `Entschuldigung, dabei ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal. Falls der Fehler bleibt, nennen Sie Ihrer IT bitte die Referenz ${ref}.`,
    en: `Sorry, something went wrong. Please try again later. If the error persists, please give your IT the reference ${ref}.`,
  })) as TextFn<[string]>,
  notAvailable: {
    de: 'Diese Funktion ist in dieser Umgebung noch nicht eingerichtet. Bitte wenden Sie sich an Ihre IT.',
    en: 'This feature is not set up in this environment yet. Please contact your IT.',
  },
  signInUnavailable: {
    de: 'Für diese Funktion ist eine Anmeldung bei Microsoft 365 nötig. In dieser Umgebung (z. B. im Agents Playground) ist keine Anmeldung möglich. Fragen zu den lokalen Dokumenten beantworte ich trotzdem gern.',
    en: 'This feature needs a Microsoft 365 sign-in, which is not available here (e.g. in the Agents Playground). I am still happy to answer questions about the local documents.',
  },
  timeFeedbackThanks: { de: 'Danke für Ihre Rückmeldung – sie fließt anonym in den Pilotbericht ein.', en: 'Thank you for your feedback – it goes into the pilot report anonymously.' },
  signedOut: { de: 'Sie sind abgemeldet. Für Suchen in SharePoint, OneDrive und Outlook melde ich Sie bei Bedarf wieder an.', en: 'You are signed out. I will ask you to sign in again when a search needs SharePoint, OneDrive or Outlook.' },
  signInFailed: {
    de: 'Die Anmeldung bei Microsoft 365 hat nicht geklappt oder wurde abgebrochen. Ich beantworte Ihre Fragen weiter aus den lokalen Dokumenten; für SharePoint und E-Mails versuchen Sie die Anmeldung bitte später erneut.',
    en: 'The Microsoft 365 sign-in failed or was cancelled. I will keep answering from the local documents; please try signing in again later for SharePoint and mail.',
  },
  signInAgain: {
    de: 'Ihre Anmeldung bei Microsoft 365 ist abgelaufen oder ungültig. Bitte melden Sie sich erneut an; ich frage beim nächsten Mal danach. Diese Antwort stützt sich nur auf die übrigen Quellen.',
    en: 'Your Microsoft 365 sign-in has expired or is invalid. Please sign in again; I will ask next time. This answer is based on the other sources only.',
  },
  tenantRefused: { de: 'Dieser Assistent steht Ihrer Organisation nicht zur Verfügung.', en: 'This assistant is not available to your organisation.' },
  rateLimited: ((seconds: number) => ({
    de: `Sie haben gerade sehr viele Anfragen gestellt. Bitte warten Sie etwa ${seconds} Sekunden und versuchen Sie es dann erneut.`,
    en: `You have sent a lot of requests just now. Please wait about ${seconds} seconds and try again.`,
  })) as TextFn<[number]>,
  tooLong: ((max: number) => ({
    de: `Ihre Nachricht ist zu lang (höchstens ${max} Zeichen). Bitte kürzen Sie sie oder senden Sie das Dokument als Datei.`,
    en: `Your message is too long (at most ${max} characters). Please shorten it or send the document as a file.`,
  })) as TextFn<[number]>,
  privateAnswerNote: {
    de: 'Die Antwort enthält Inhalte aus Ihren persönlichen Quellen (E-Mail, OneDrive). Ich habe sie Ihnen im persönlichen Chat geschickt.',
    en: 'The answer contains content from your personal sources (mail, OneDrive). I have sent it to you in a personal chat.',
  },
  sourcesTitle: { de: 'Quellen', en: 'Sources' },
  working: { de: 'Ich suche in den Dokumenten …', en: 'Searching the documents …' },
  minutesNotAllowed: {
    de: 'Niederschrift-Entwürfe kann nur die Schriftführung anfordern. Wenn Sie dazugehören sollten, wenden Sie sich bitte an Ihre IT.',
    en: 'Only committee clerks can request draft minutes. If you should be one, please contact your IT.',
  },
} as const;
