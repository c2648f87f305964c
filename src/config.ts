/**
 * The one place that reads process.env. Every variable the app reads is declared in
 * CONFIG_VARIABLES with its German description, default and example; env templates,
 * docs/konfiguration.md and the infra consistency test are checked against this table.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { parseModelPrices, type ModelPrice } from './reports/pilot/prices.js';
import { parseLabelNames } from './knowledge/sources/sensitivity-labels.js';

export interface ConfigVariable {
  name: string;
  schema: z.ZodTypeAny;
  /** German description for env templates and docs. */
  description: string;
  example?: string;
  secret?: boolean;
  /** Group for docs and env templates. */
  group: 'Server' | 'Bot' | 'Wissen' | 'Ratsinformationssystem' | 'Modell' | 'Microsoft 365' | 'Niederschrift' | 'Antragsprüfung' | 'Sicherheit' | 'Speicher' | 'Betrieb' | 'Pilotbericht';
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const csv = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
const url = z.string().url();
const optional = <T extends z.ZodTypeAny>(s: T) => s.optional();
const modelPrices = z
  .string()
  .default('')
  .transform((v, ctx): ModelPrice[] => {
    const parsed = parseModelPrices(v);
    if ('prices' in parsed) return parsed.prices;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.error });
    return z.NEVER;
  });

/** "<label id>=<name>" entries separated by ";" (names may hold commas), read by the one label-name parser. */
const labelNames = z
  .string()
  .default('')
  .transform((v, ctx): string[] => {
    const entries = v.split(';').map((e) => e.trim()).filter(Boolean);
    const [bad] = parseLabelNames(entries).invalid;
    if (bad === undefined) return entries;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `Eintrag „${bad}“ ist nicht in der Form <Bezeichnungs-ID>=<Name>.` });
    return z.NEVER;
  });

export const CONFIG_VARIABLES: ConfigVariable[] = [
  { group: 'Server', name: 'PORT', schema: int(0, 65535).default(3978), description: 'TCP-Port des Bot-Servers (0 = ein freier Port, für Tests).', example: '3978' },
  { group: 'Server', name: 'BIND_HOST', schema: optional(z.string().min(1)), description: 'Adresse, an die der Server bindet. Ohne BOT_ID immer 127.0.0.1; in Produktion Standard 0.0.0.0.', example: '0.0.0.0' },
  { group: 'Server', name: 'LOG_LEVEL', schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'), description: 'Log-Stufe (pino). Nachrichteninhalte erscheinen erst ab debug.', example: 'info' },
  { group: 'Server', name: 'SHUTDOWN_TIMEOUT_MS', schema: int(0, 600_000).default(15_000), description: 'Wie lange laufende Turns beim Beenden (SIGTERM) noch fertig werden dürfen.', example: '15000' },

  { group: 'Bot', name: 'BOT_ID', schema: optional(z.string().uuid()), description: 'App-ID (Client-ID) der Bot-Registrierung. Ohne BOT_ID läuft der lokale Modus ohne Token-Prüfung, nur auf 127.0.0.1.', example: '00000000-0000-0000-0000-000000000000' },
  { group: 'Bot', name: 'BOT_PASSWORD', schema: optional(z.string().min(1)), secret: true, description: 'Client-Geheimnis der Bot-Registrierung (nur in *.user-Dateien oder Key Vault).', example: '' },
  { group: 'Bot', name: 'BOT_TYPE', schema: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'), description: 'Art der Bot-Registrierung: SingleTenant, MultiTenant oder UserAssignedMSI (verwaltete Identität).', example: 'UserAssignedMSI' },
  { group: 'Bot', name: 'BOT_TENANT_ID', schema: optional(z.string().uuid()), description: 'Mandanten-ID (Tenant) der Bot-Registrierung, Pflicht bei SingleTenant und UserAssignedMSI.', example: '00000000-0000-0000-0000-000000000000' },
  { group: 'Bot', name: 'BOT_CERT_THUMBPRINT', schema: optional(z.string().regex(/^[0-9A-Fa-f]{40}$/)), description: 'Fingerabdruck eines Zertifikats statt Client-Geheimnis.', example: '' },
  { group: 'Bot', name: 'BOT_CERT_KEY_FILE', schema: optional(z.string().min(1)), description: 'PEM-Datei mit privatem Schlüssel und Zertifikat (zu BOT_CERT_THUMBPRINT).', example: '' },
  { group: 'Bot', name: 'BOT_DOMAIN', schema: optional(z.string().min(1)), description: 'Öffentlicher Hostname des Bots (für SSO und validDomains).', example: 'rathaus-bot.azurewebsites.net' },

  { group: 'Wissen', name: 'KNOWLEDGE_DIR', schema: z.string().min(1).default('./knowledge'), description: 'Ordner mit den eigenen Dokumenten der Verwaltung (rekursiv; PDF, DOCX, ODT, RTF, XLSX, ODS, CSV, PPTX, ODP, MD, TXT, HTML, EML, MSG).', example: './knowledge' },
  { group: 'Wissen', name: 'RATHAUS_DATA_DIR', schema: z.string().min(1).default('./data'), description: 'Ordner für Suchindex und lokalen Speicher.', example: './data' },
  { group: 'Wissen', name: 'MAX_FILE_MB', schema: int(1, 1024).default(50), description: 'Größte Datei, die indexiert wird (MB); größere werden mit Grund übersprungen.', example: '50' },
  { group: 'Wissen', name: 'OCR', schema: z.enum(['on', 'off']).default('on'), description: 'Texterkennung (OCR, Deutsch, offline mit tesseract.js) für gescannte PDF-Seiten und Bilddateien (PNG, JPEG, TIFF) im Wissensordner: on oder off.', example: 'on' },
  { group: 'Wissen', name: 'OCR_PAGE_TIMEOUT_S', schema: int(5, 3600).default(120), description: 'Zeitlimit der Texterkennung je Seite in Sekunden; langsamere Seiten werden mit Grund im Bericht übersprungen.', example: '120' },

  { group: 'Ratsinformationssystem', name: 'OPARL_SYSTEM_URL', schema: optional(url), description: 'Adresse des OParl-System-Objekts des Ratsinformationssystems (OParl 1.0 oder 1.1). Gesetzt: Vorlagen, Sitzungen, Tagesordnungspunkte und Beratungsfolgen werden indexiert und in Antworten mit Link ins RIS zitiert (docs/ratsinformationssystem.md).', example: 'https://ris.krefeld.de/oparl/v1/system' },
  { group: 'Ratsinformationssystem', name: 'OPARL_BODY_ID', schema: optional(z.string().min(1)), description: 'Welche Körperschaft (Body) des Systems indexiert wird: ihre ID (URL), deren letzter Pfadteil oder ihr Kurzname. Leer = die erste.', example: '1' },
  { group: 'Ratsinformationssystem', name: 'OPARL_CONTACT', schema: optional(z.string().min(3)), description: 'Kontakt der Stadt (E-Mail oder Webseite), den der Abruf im User-Agent nennt, damit die RIS-Betreiber wissen, wer abfragt. Pflicht mit OPARL_SYSTEM_URL.', example: 'it-service@krefeld.de' },
  { group: 'Ratsinformationssystem', name: 'OPARL_SYNC_MINUTES', schema: int(0, 10_080).default(60), description: 'Abstand der Abgleiche mit dem Ratsinformationssystem in Minuten (nach dem ersten beim Start nur noch Änderungen, modified_since); 0 = nur beim Start.', example: '60' },
  { group: 'Ratsinformationssystem', name: 'OPARL_MAX_RPS', schema: z.coerce.number().min(0.1).max(50).default(2), description: 'Höchstens so viele Anfragen je Sekunde an das Ratsinformationssystem (Rücksicht auf den Server der Stadt oder des Anbieters).', example: '2' },
  { group: 'Ratsinformationssystem', name: 'OPARL_ALLOWED_HOSTS', schema: csv.default(''), description: 'Weitere Hosts, von denen Dateien des RIS geladen werden dürfen (kommagetrennt; `*.` erlaubt Unterdomänen), falls Dokumente auf einem anderen Server liegen als die OParl-Schnittstelle. Andere Hosts werden nie abgerufen.', example: 'dokumente.ris.krefeld.de' },

  { group: 'Modell', name: 'LLM_PROVIDER', schema: z.enum(['none', 'azure-openai', 'openai-compatible']).default('none'), description: 'Sprachmodell: none (nur Fundstellen), azure-openai oder openai-compatible (z. B. Ollama, vLLM im eigenen Rechenzentrum).', example: 'none' },
  { group: 'Modell', name: 'AZURE_OPENAI_ENDPOINT', schema: optional(url), description: 'Endpunkt der Azure-OpenAI-Ressource.', example: 'https://rathaus-openai.openai.azure.com' },
  { group: 'Modell', name: 'AZURE_OPENAI_DEPLOYMENT', schema: optional(z.string().min(1)), description: 'Name der Chat-Bereitstellung in Azure OpenAI.', example: 'gpt-4o-mini' },
  { group: 'Modell', name: 'AZURE_OPENAI_API_VERSION', schema: z.string().min(1).default('2024-10-21'), description: 'API-Version von Azure OpenAI.', example: '2024-10-21' },
  { group: 'Modell', name: 'AZURE_OPENAI_API_KEY', schema: optional(z.string().min(1)), secret: true, description: 'API-Schlüssel; leer lassen für schlüssellosen Zugriff per verwalteter Identität (empfohlen).', example: '' },
  { group: 'Modell', name: 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT', schema: optional(z.string().min(1)), description: 'Bereitstellung für Embeddings; schaltet die hybride Suche ein.', example: 'text-embedding-3-small' },
  { group: 'Modell', name: 'OPENAI_BASE_URL', schema: optional(url), description: 'Basis-URL eines OpenAI-kompatiblen Servers.', example: 'http://llm.intern.example:11434/v1' },
  { group: 'Modell', name: 'OPENAI_API_KEY', schema: optional(z.string().min(1)), secret: true, description: 'API-Schlüssel des OpenAI-kompatiblen Servers (falls verlangt).', example: '' },
  { group: 'Modell', name: 'OPENAI_MODEL', schema: optional(z.string().min(1)), description: 'Modellname auf dem OpenAI-kompatiblen Server.', example: 'llama3.1:8b' },
  { group: 'Modell', name: 'OPENAI_EMBEDDING_MODEL', schema: optional(z.string().min(1)), description: 'Embedding-Modell auf dem OpenAI-kompatiblen Server; schaltet die hybride Suche ein.', example: 'nomic-embed-text' },
  { group: 'Modell', name: 'LLM_TIMEOUT_MS', schema: int(1000, 600_000).default(60_000), description: 'Zeitlimit je Modellaufruf in Millisekunden.', example: '60000' },
  { group: 'Modell', name: 'LLM_MAX_RETRIES', schema: int(0, 10).default(2), description: 'Wiederholungen bei 429/5xx des Modells.', example: '2' },

  { group: 'Microsoft 365', name: 'GRAPH_BASE_URL', schema: url.default('https://graph.microsoft.com/v1.0'), description: 'Basis-URL von Microsoft Graph (für Tests auf einen Emulator umstellbar).', example: 'https://graph.microsoft.com/v1.0' },
  { group: 'Microsoft 365', name: 'SSO_MODE', schema: z.enum(['off', 'teams-sso', 'oauth-connection']).default('off'), description: 'Anmeldung für Microsoft-365-Inhalte: off, teams-sso (MSAL On-Behalf-Of) oder oauth-connection (Bot-Framework-OAuth-Verbindung).', example: 'teams-sso' },
  { group: 'Microsoft 365', name: 'AAD_APP_CLIENT_ID', schema: optional(z.string().uuid()), description: 'Client-ID der Entra-App für SSO (meist gleich BOT_ID).', example: '00000000-0000-0000-0000-000000000000' },
  { group: 'Microsoft 365', name: 'AAD_APP_CLIENT_SECRET', schema: optional(z.string().min(1)), secret: true, description: 'Client-Geheimnis der Entra-App für On-Behalf-Of.', example: '' },
  { group: 'Microsoft 365', name: 'AAD_APP_TENANT_ID', schema: optional(z.string().uuid()), description: 'Mandanten-ID für SSO.', example: '00000000-0000-0000-0000-000000000000' },
  { group: 'Microsoft 365', name: 'AAD_APP_OAUTH_AUTHORITY_HOST', schema: url.default('https://login.microsoftonline.com'), description: 'Anmelde-Authority (Entra ID).', example: 'https://login.microsoftonline.com' },
  { group: 'Microsoft 365', name: 'OAUTH_CONNECTION_NAME', schema: optional(z.string().min(1)), description: 'Name der OAuth-Verbindung im Azure Bot (bei SSO_MODE=oauth-connection).', example: 'graph' },
  { group: 'Microsoft 365', name: 'GRAPH_ACCESS_TOKEN', schema: optional(z.string().min(1)), secret: true, description: 'Nur zum Ausprobieren der Graph-Suche von der Kommandozeile (rathaus search/ask --source): ein delegiertes Zugriffstoken, z. B. aus dem Graph-Explorer. Der Bot verwendet es nie; dort gilt das Token der angemeldeten Person.', example: '' },

  { group: 'Microsoft 365', name: 'SENSITIVITY_LABEL_NAMES', schema: labelNames, description: 'Namen der Vertraulichkeitsbezeichnungen (Microsoft Purview), die Quellenangaben zu SharePoint- und OneDrive-Dateien zeigen: Einträge <Bezeichnungs-ID>=<Name>, mit „;“ getrennt, von der niedrigsten zur höchsten Stufe. Eine Bezeichnung ohne Eintrag erscheint als „Vertraulichkeitsbezeichnung“. Die IDs nennt das Purview-Portal oder `Get-Label` (Security & Compliance PowerShell).', example: '00000000-0000-0000-0000-000000000001=Öffentlich;00000000-0000-0000-0000-000000000002=Intern;00000000-0000-0000-0000-000000000003=Vertraulich' },

  { group: 'Niederschrift', name: 'MINUTES_GROUP_ID', schema: optional(z.string().uuid()), description: 'Entra-Gruppe der Schriftführung; nur Mitglieder dürfen Niederschrift-Entwürfe anfordern.', example: '00000000-0000-0000-0000-000000000000' },
  { group: 'Niederschrift', name: 'MINUTES_USERS', schema: csv.default(''), description: 'Zusätzlich berechtigte Personen (E-Mail/UPN, kommagetrennt).', example: 'schriftfuehrung@krefeld.de' },
  { group: 'Niederschrift', name: 'MINUTES_STYLE', schema: z.enum(['verlauf', 'ergebnis']).default('verlauf'), description: 'Verlaufsprotokoll (Zusammenfassung der Beratung) oder Ergebnisprotokoll (nur Beschlüsse).', example: 'verlauf' },
  { group: 'Niederschrift', name: 'MINUTES_TEMPLATE', schema: optional(z.string().min(1)), description: 'Pfad zu einer Briefkopf-Vorlage (JSON, siehe docs/niederschrift.md).', example: './vorlagen/briefkopf.json' },
  { group: 'Niederschrift', name: 'MINUTES_TOKEN_BUDGET', schema: int(1000, 10_000_000).default(200_000), description: 'Höchstzahl an Tokens, die ein Entwurf an das Modell senden darf.', example: '200000' },
  { group: 'Niederschrift', name: 'MINUTES_RETENTION_DAYS', schema: int(1, 3650).default(30), description: 'Wie lange fertige Niederschrift-Aufträge (mit dem ganzen Transkript, auch nichtöffentlichen Teilen) und die Zuordnung Chatnachricht → Auftrag gespeichert bleiben, in Tagen.', example: '30' },
  { group: 'Niederschrift', name: 'MINUTES_JOB_LEASE_SECONDS', schema: int(3, 3600).default(60), description: 'Mehrere Instanzen auf einem Speicher: so lange gilt ein laufender Niederschrift-Auftrag als von seiner Instanz beansprucht (sie erneuert den Anspruch alle Drittel dieser Zeit). Fällt die Instanz aus, übernimmt eine andere den Auftrag danach und setzt ihn fort.', example: '60' },
  { group: 'Niederschrift', name: 'MINUTES_CONCURRENCY', schema: int(1, 32).default(4), description: 'Gleichzeitige Modellaufrufe je Entwurf.', example: '4' },

  { group: 'Antragsprüfung', name: 'CHECK_GROUP_ID', schema: optional(z.string().uuid()), description: 'Entra-Gruppe der Sachbearbeitung, die Anträge vorprüfen lassen darf („Antrag prüfen“). Im lokalen Modus dürfen es alle.', example: '00000000-0000-0000-0000-000000000000' },
  { group: 'Antragsprüfung', name: 'CHECK_USERS', schema: csv.default(''), description: 'Zusätzlich berechtigte Personen für die Antragsvorprüfung (E-Mail/UPN, kommagetrennt).', example: 'buergerbuero@krefeld.de' },
  { group: 'Antragsprüfung', name: 'CHECK_RETENTION_DAYS', schema: int(1, 365).default(7), description: 'Wie lange Prüfergebnisse und wartende Nachforderungsschreiben (mit personenbezogenen Angaben aus dem Antrag) gespeichert bleiben, in Tagen.', example: '7' },
  { group: 'Antragsprüfung', name: 'CHECK_LAND', schema: z.enum(['BW', 'BY', 'BE', 'BB', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH', 'BUND']).default('NW'), description: 'Bundesland, dessen gesetzliche Feiertage bei Fristen in Arbeitstagen zählen (Kürzel wie NW, BY, HE; BUND = nur bundesweite Feiertage).', example: 'NW' },

  { group: 'Sicherheit', name: 'ALLOWED_TENANT_IDS', schema: csv.default(''), description: 'Erlaubte Mandanten-IDs (kommagetrennt); leer = nur BOT_TENANT_ID in Produktion, alle im lokalen Modus.', example: '00000000-0000-0000-0000-000000000000' },
  { group: 'Sicherheit', name: 'ADMIN_GROUP_ID', schema: optional(z.string().uuid()), description: 'Entra-Gruppe der Administration (Nutzungsbericht, Neuindexierung).', example: '00000000-0000-0000-0000-000000000000' },
  { group: 'Sicherheit', name: 'REDACT_PII', schema: bool.default('false'), description: 'Personenbezogene Daten (IBAN, E-Mail, Telefon, Steuer-ID, Ausweisnummer) vor dem Modellaufruf schwärzen.', example: 'false' },
  { group: 'Sicherheit', name: 'RATE_LIMIT_USER_PER_MINUTE', schema: int(1, 10_000).default(20), description: 'Anfragen je Person und Minute.', example: '20' },
  { group: 'Sicherheit', name: 'RATE_LIMIT_TENANT_PER_MINUTE', schema: int(1, 1_000_000).default(600), description: 'Anfragen je Mandant und Minute.', example: '600' },
  { group: 'Sicherheit', name: 'MAX_MESSAGE_CHARS', schema: int(100, 100_000).default(4000), description: 'Längste Chat-Nachricht in Zeichen.', example: '4000' },
  { group: 'Sicherheit', name: 'MAX_ATTACHMENTS', schema: int(0, 50).default(5), description: 'Höchstzahl an Anhängen je Nachricht.', example: '5' },
  { group: 'Sicherheit', name: 'MAX_ATTACHMENT_MB', schema: int(1, 500).default(25), description: 'Größter Anhang in MB.', example: '25' },
  { group: 'Sicherheit', name: 'ALLOWED_FILE_HOSTS', schema: csv.default('*.sharepoint.com'), description: 'Hosts, von denen der Bot angehängte Dateien lädt (nur https, kommagetrennt; `*.` erlaubt Unterdomänen). Empfohlen: die SharePoint- und OneDrive-Hosts des eigenen Mandanten. Adressen im internen Netz werden immer abgewiesen; hochgeladen wird nur nach FILE_UPLOAD_HOSTS.', example: 'krefeld.sharepoint.com,krefeld-my.sharepoint.com' },
  { group: 'Sicherheit', name: 'FILE_UPLOAD_HOSTS', schema: csv.default(''), description: 'Hosts, in die der Bot nach der Dateizustimmung Word-Dateien hochlädt (das OneDrive der Person; nur https, kommagetrennt; `*.` erlaubt Unterdomänen, `*-my.` einen OneDrive-Host). Leer = jeder OneDrive-Host `*-my.sharepoint.com`; erst der eigene Host, z. B. `krefeld-my.sharepoint.com`, bindet die Übergabe an den eigenen Mandanten.', example: 'krefeld-my.sharepoint.com' },
  { group: 'Sicherheit', name: 'FILE_TRANSFER_TIMEOUT_MS', schema: int(1000, 600_000).default(60_000), description: 'Zeitlimit für das Laden eines Anhangs oder das Hochladen einer Word-Datei in Millisekunden.', example: '60000' },
  { group: 'Sicherheit', name: 'RECORD_UNANSWERED', schema: optional(bool), description: 'Bei unbeantworteten Fragen („nicht gefunden“) den Fragetext (ohne IBAN, E-Mail, Telefon- und Ausweisnummern) speichern. Ohne Angabe: true im lokalen Modus, false in Produktion; dann werden nur die Hauptwörter des allgemeinen Wortschatzes gespeichert, nie eine Benutzerkennung (docs/datenschutz-ki-verordnung.md).', example: 'false' },
  { group: 'Sicherheit', name: 'AUDIT_RETENTION_DAYS', schema: int(1, 3650).default(90), description: 'Aufbewahrung des Audit-Protokolls in Tagen.', example: '90' },

  { group: 'Speicher', name: 'STORAGE_PROVIDER', schema: z.enum(['local', 'azure-blob']).default('local'), description: 'Speicher für Gesprächszustand, Feedback, Nutzung und Niederschrift-Aufträge: local (Dateien unter RATHAUS_DATA_DIR) oder azure-blob.', example: 'local' },
  { group: 'Speicher', name: 'AZURE_STORAGE_ACCOUNT_URL', schema: optional(url), description: 'Blob-Endpunkt des Speicherkontos (Zugriff per verwalteter Identität).', example: 'https://rathausstate.blob.core.windows.net' },
  { group: 'Speicher', name: 'AZURE_STORAGE_CONTAINER', schema: z.string().min(3).default('rathaus-state'), description: 'Blob-Container für den Zustand.', example: 'rathaus-state' },
  { group: 'Speicher', name: 'AZURE_STORAGE_CONNECTION_STRING', schema: optional(z.string().min(1)), secret: true, description: 'Nur für Entwicklung (z. B. Azurite); in Azure die verwaltete Identität verwenden.', example: '' },

  { group: 'Betrieb', name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', schema: optional(z.string().min(1)), description: 'Verbindung zu Application Insights (wird von App Service gesetzt).', example: '' },
  { group: 'Betrieb', name: 'INSTANCE_ID', schema: optional(z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'nur Buchstaben, Ziffern, Punkt, Doppelpunkt, Binde- und Unterstrich')), description: 'Name dieser Instanz, wenn mehrere Instanzen einen Speicher teilen (Niederschrift-Aufträge). Leer = WEBSITE_INSTANCE_ID des App Service, sonst der Rechnername; zwei Prozesse auf einem Rechner brauchen verschiedene Namen.', example: '' },
  { group: 'Betrieb', name: 'AZURE_CLIENT_ID', schema: optional(z.string().uuid()), description: 'Client-ID der benutzerzugewiesenen verwalteten Identität (für schlüssellosen Zugriff).', example: '00000000-0000-0000-0000-000000000000' },
  { group: 'Pilotbericht', name: 'MODEL_PRICES', schema: modelPrices, description: 'Preise der Sprachmodelle in EUR je Million Eingabe-/Ausgabe-Tokens je Bereitstellung oder Modell, Einträge mit „;“ getrennt, optional gültig ab einem Tag (@JJJJ-MM-TT). Beispiel und Quelle der Listenpreise: docs/pilotbericht.md.', example: 'chat=0.14/0.57;embedding=0.02/0' },
  { group: 'Pilotbericht', name: 'OPERATING_COST_EUR_MONTH', schema: z.coerce.number().min(0).max(1_000_000).default(0), description: 'Feste Betriebskosten je Monat in EUR (App Service, Speicher, Protokolle); 0 = nicht angesetzt. Richtwerte: docs/pilotbericht.md.', example: '20' },
  { group: 'Pilotbericht', name: 'BASELINE_MINUTES_QUESTION', schema: z.coerce.number().min(0).max(600).default(5), description: 'Angenommene Zeitersparnis je beantworteter Frage in Minuten (Annahme, getrennt von den Rückmeldungen der Beschäftigten ausgewiesen).', example: '5' },
  { group: 'Pilotbericht', name: 'BASELINE_MINUTES_MINUTES_DRAFT', schema: z.coerce.number().min(0).max(6000).default(60), description: 'Angenommene Zeitersparnis je Niederschrift-Entwurf in Minuten (Annahme, getrennt von den Rückmeldungen der Schriftführung ausgewiesen).', example: '60' },
  { group: 'Pilotbericht', name: 'REPORT_FILES_RETENTION_DAYS', schema: int(1, 365).default(7), description: 'Wie lange ein im Chat angebotener, aber nicht angenommener Pilotbericht (Word- und Excel-Datei) gespeichert bleibt, in Tagen; danach wird er gelöscht und kann neu angefordert werden.', example: '7' },
  { group: 'Pilotbericht', name: 'REPORT_QUOTE_COMMENTS', schema: bool.default('false'), description: 'Freitext-Kommentare der Rückmeldungen im Pilotbericht wörtlich zitieren (Standard: nur gezählt; Kommentare können personenbezogene Daten enthalten).', example: 'false' },
];

const shape: Record<string, z.ZodTypeAny> = {};
for (const v of CONFIG_VARIABLES) shape[v.name] = v.schema;
const envSchema = z.object(shape);

type EnvShape = { [K in keyof typeof shape]: unknown };

/** Parsed configuration; field names are the variable names. */
export interface AppConfig {
  PORT: number;
  BIND_HOST?: string;
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  SHUTDOWN_TIMEOUT_MS: number;
  BOT_ID?: string;
  BOT_PASSWORD?: string;
  BOT_TYPE: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  BOT_TENANT_ID?: string;
  BOT_CERT_THUMBPRINT?: string;
  BOT_CERT_KEY_FILE?: string;
  BOT_DOMAIN?: string;
  KNOWLEDGE_DIR: string;
  RATHAUS_DATA_DIR: string;
  MAX_FILE_MB: number;
  OCR: 'on' | 'off';
  OCR_PAGE_TIMEOUT_S: number;
  OPARL_SYSTEM_URL?: string;
  OPARL_BODY_ID?: string;
  OPARL_CONTACT?: string;
  OPARL_SYNC_MINUTES: number;
  OPARL_MAX_RPS: number;
  OPARL_ALLOWED_HOSTS: string[];
  LLM_PROVIDER: 'none' | 'azure-openai' | 'openai-compatible';
  AZURE_OPENAI_ENDPOINT?: string;
  AZURE_OPENAI_DEPLOYMENT?: string;
  AZURE_OPENAI_API_VERSION: string;
  AZURE_OPENAI_API_KEY?: string;
  AZURE_OPENAI_EMBEDDING_DEPLOYMENT?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_API_KEY?: string;
  OPENAI_MODEL?: string;
  OPENAI_EMBEDDING_MODEL?: string;
  LLM_TIMEOUT_MS: number;
  LLM_MAX_RETRIES: number;
  GRAPH_BASE_URL: string;
  SSO_MODE: 'off' | 'teams-sso' | 'oauth-connection';
  AAD_APP_CLIENT_ID?: string;
  AAD_APP_CLIENT_SECRET?: string;
  AAD_APP_TENANT_ID?: string;
  AAD_APP_OAUTH_AUTHORITY_HOST: string;
  OAUTH_CONNECTION_NAME?: string;
  /** CLI only: delegated token for trying Graph search from a shell. */
  GRAPH_ACCESS_TOKEN?: string;
  MINUTES_GROUP_ID?: string;
  MINUTES_USERS: string[];
  MINUTES_STYLE: 'verlauf' | 'ergebnis';
  MINUTES_TEMPLATE?: string;
  MINUTES_TOKEN_BUDGET: number;
  MINUTES_CONCURRENCY: number;
  MINUTES_JOB_LEASE_SECONDS: number;
  INSTANCE_ID?: string;
  MINUTES_RETENTION_DAYS: number;
  CHECK_GROUP_ID?: string;
  CHECK_USERS: string[];
  CHECK_RETENTION_DAYS: number;
  CHECK_LAND: 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HE' | 'HH' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH' | 'BUND';
  ALLOWED_TENANT_IDS: string[];
  ADMIN_GROUP_ID?: string;
  REDACT_PII: boolean;
  RATE_LIMIT_USER_PER_MINUTE: number;
  RATE_LIMIT_TENANT_PER_MINUTE: number;
  MAX_MESSAGE_CHARS: number;
  MAX_ATTACHMENTS: number;
  MAX_ATTACHMENT_MB: number;
  AUDIT_RETENTION_DAYS: number;
  /** Unset: true in local mode, false in production (see recordsUnansweredText). */
  RECORD_UNANSWERED?: boolean;
  ALLOWED_FILE_HOSTS: string[];
  FILE_UPLOAD_HOSTS: string[];
  FILE_TRANSFER_TIMEOUT_MS: number;
  STORAGE_PROVIDER: 'local' | 'azure-blob';
  AZURE_STORAGE_ACCOUNT_URL?: string;
  AZURE_STORAGE_CONTAINER: string;
  AZURE_STORAGE_CONNECTION_STRING?: string;
  MODEL_PRICES: ModelPrice[];
  SENSITIVITY_LABEL_NAMES: string[];
  OPERATING_COST_EUR_MONTH: number;
  BASELINE_MINUTES_QUESTION: number;
  BASELINE_MINUTES_MINUTES_DRAFT: number;
  REPORT_QUOTE_COMMENTS: boolean;
  REPORT_FILES_RETENTION_DAYS: number;
  APPLICATIONINSIGHTS_CONNECTION_STRING?: string;
  AZURE_CLIENT_ID?: string;
}

/** Thrown for a configuration that cannot run; message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** True when the bot runs without Bot Framework authentication (no BOT_ID). */
export function isLocalMode(config: AppConfig): boolean {
  return !config.BOT_ID;
}

/** Whether the text of an unanswered question is recorded (RECORD_UNANSWERED, default by mode). */
export function recordsUnansweredText(config: AppConfig): boolean {
  return config.RECORD_UNANSWERED ?? isLocalMode(config);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** The address the server binds to: loopback in local mode, BIND_HOST or 0.0.0.0 in production. */
export function bindHost(config: AppConfig): string {
  if (isLocalMode(config)) return '127.0.0.1';
  return config.BIND_HOST ?? '0.0.0.0';
}

/**
 * Reads `env/.env.<name>` and `env/.env.<name>.user` (secrets, git-ignored) below `root`.
 * Values already in `base` (the process environment) win, as in the Agents Toolkit.
 */
export function readEnvFiles(envName: string | undefined, root = process.cwd()): Record<string, string> {
  if (!envName) return {};
  if (!/^[a-z0-9-]+$/i.test(envName)) throw new ConfigError(`RATHAUS_ENV: erwartet wird ein Name wie "local" oder "dev", nicht "${envName}".`);
  const out: Record<string, string> = {};
  for (const file of [`.env.${envName}`, `.env.${envName}.user`]) {
    const p = path.join(root, 'env', file);
    if (existsSync(p)) Object.assign(out, parseDotenv(readFileSync(p)));
  }
  return out;
}

function describeIssue(issue: z.ZodIssue, raw: Record<string, unknown>): string {
  const name = String(issue.path[0] ?? '?');
  const variable = CONFIG_VARIABLES.find((v) => v.name === name);
  const got = raw[name];
  const expected =
    issue.code === 'invalid_enum_value'
      ? `einer von ${issue.options.map((o) => String(o)).join(', ')}`
      : issue.code === 'invalid_string' && issue.validation === 'url'
        ? 'eine URL (https://…)'
        : issue.code === 'invalid_string' && issue.validation === 'uuid'
          ? 'eine GUID (00000000-0000-0000-0000-000000000000)'
          : issue.code === 'too_small'
            ? `einen Wert ab ${String(issue.minimum)}`
            : issue.code === 'too_big'
              ? `einen Wert bis ${String(issue.maximum)}`
              : issue.code === 'invalid_type' && issue.expected === 'number'
                ? 'eine Zahl'
                : issue.message;
  const shown = variable?.secret ? '(verborgen)' : JSON.stringify(got);
  return `Konfigurationsfehler: ${name} ist ungültig (${shown}); erwartet: ${expected}.`;
}

/** Rules between variables that a per-variable schema cannot express. */
function crossCheck(c: AppConfig): string | undefined {
  if (c.LLM_PROVIDER === 'azure-openai') {
    if (!c.AZURE_OPENAI_ENDPOINT) return 'AZURE_OPENAI_ENDPOINT fehlt; erwartet bei LLM_PROVIDER=azure-openai: die URL der Azure-OpenAI-Ressource.';
    if (!c.AZURE_OPENAI_DEPLOYMENT) return 'AZURE_OPENAI_DEPLOYMENT fehlt; erwartet bei LLM_PROVIDER=azure-openai: der Name der Chat-Bereitstellung.';
  }
  if (c.LLM_PROVIDER === 'openai-compatible') {
    if (!c.OPENAI_BASE_URL) return 'OPENAI_BASE_URL fehlt; erwartet bei LLM_PROVIDER=openai-compatible: die Basis-URL des Servers (…/v1).';
    if (!c.OPENAI_MODEL) return 'OPENAI_MODEL fehlt; erwartet bei LLM_PROVIDER=openai-compatible: der Modellname.';
  }
  if (c.BOT_ID) {
    const hasCredential = !!c.BOT_PASSWORD || !!c.BOT_CERT_THUMBPRINT || c.BOT_TYPE === 'UserAssignedMSI';
    if (!hasCredential) return 'BOT_PASSWORD fehlt; erwartet mit BOT_ID: ein Client-Geheimnis, BOT_CERT_THUMBPRINT oder BOT_TYPE=UserAssignedMSI.';
    if (c.BOT_CERT_THUMBPRINT && !c.BOT_CERT_KEY_FILE) return 'BOT_CERT_KEY_FILE fehlt; erwartet mit BOT_CERT_THUMBPRINT: der Pfad zur PEM-Datei.';
    if (c.BOT_TYPE !== 'MultiTenant' && !c.BOT_TENANT_ID) return `BOT_TENANT_ID fehlt; erwartet bei BOT_TYPE=${c.BOT_TYPE}: die Mandanten-ID.`;
  } else if (c.BIND_HOST && !isLoopback(c.BIND_HOST)) {
    return `BIND_HOST=${c.BIND_HOST} ist ohne BOT_ID nicht erlaubt; erwartet: 127.0.0.1 (ohne Token-Prüfung startet der Bot nur lokal).`;
  }
  if (c.SSO_MODE === 'teams-sso' && (!c.AAD_APP_CLIENT_ID || !c.AAD_APP_CLIENT_SECRET || !c.AAD_APP_TENANT_ID)) {
    return 'AAD_APP_CLIENT_ID, AAD_APP_CLIENT_SECRET und AAD_APP_TENANT_ID fehlen; erwartet bei SSO_MODE=teams-sso.';
  }
  if (c.SSO_MODE === 'oauth-connection' && !c.OAUTH_CONNECTION_NAME) return 'OAUTH_CONNECTION_NAME fehlt; erwartet bei SSO_MODE=oauth-connection.';
  if (c.OPARL_SYSTEM_URL && !c.OPARL_CONTACT) return 'OPARL_CONTACT fehlt; erwartet mit OPARL_SYSTEM_URL: ein Kontakt der Stadt (E-Mail oder Webseite) für den User-Agent der Abrufe.';
  if (c.STORAGE_PROVIDER === 'azure-blob' && !c.AZURE_STORAGE_ACCOUNT_URL && !c.AZURE_STORAGE_CONNECTION_STRING) {
    return 'AZURE_STORAGE_ACCOUNT_URL fehlt; erwartet bei STORAGE_PROVIDER=azure-blob: die Blob-URL des Speicherkontos.';
  }
  return undefined;
}

/**
 * Validates raw variables into an AppConfig. Empty strings count as unset, so env templates can
 * list every variable. Throws ConfigError with one German line naming the variable.
 */
export function parseConfig(raw: Record<string, string | undefined>): AppConfig {
  const cleaned: Record<string, string> = {};
  for (const v of CONFIG_VARIABLES) {
    const value = raw[v.name];
    if (value !== undefined && value.trim() !== '') cleaned[v.name] = value.trim();
  }
  const result = envSchema.safeParse(cleaned);
  if (!result.success) throw new ConfigError(describeIssue(result.error.issues[0], cleaned));
  const config = result.data as unknown as AppConfig;
  const problem = crossCheck(config);
  if (problem) throw new ConfigError(`Konfigurationsfehler: ${problem}`);
  return config;
}

/** Loads env files (RATHAUS_ENV, default none) merged under the process environment, then validates. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): AppConfig {
  const fromFiles = readEnvFiles(env.RATHAUS_ENV, root);
  const merged: Record<string, string | undefined> = { ...fromFiles, ...(env as Record<string, string | undefined>) };
  // App Service names each instance of a scaled-out app: the default instance name for shared minutes jobs.
  merged.INSTANCE_ID ||= env.WEBSITE_INSTANCE_ID?.slice(0, 100);
  return parseConfig(merged satisfies Partial<EnvShape>);
}
