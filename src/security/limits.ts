/**
 * Input limits for chat messages, attachments, uploaded files and transcripts. The checks are
 * pure except {@link checkFile}, which inspects archive contents. Each returns a LimitResult; a
 * violation carries a German and an English message the bot shows as is.
 *
 * Order in the bot: checkMessage on every turn; checkAttachments on the activity's attachment list
 * (before downloading); checkFile on each downloaded file (before parsing); checkTranscript before
 * a minutes job starts.
 */
import { contentMatchesKind, extensionOf, kindFromName } from './file-type.js';
import { checkZipArchive } from './archive-check.js';
import { OK, displayName, megabytes, violation, type InputLimits, type LimitResult } from './limit-types.js';
import { countPdfPagesCheap } from './pdf-pages.js';

export * from './limit-types.js';
export { checkZipArchive } from './archive-check.js';
export { countPdfPagesCheap } from './pdf-pages.js';
export { kindFromName, sniff } from './file-type.js';

const ALLOWED_LIST_DE = 'PDF, DOCX, TXT, MD, HTML, EML, MSG, VTT, CSV und JSON';
const ALLOWED_LIST_EN = 'PDF, DOCX, TXT, MD, HTML, EML, MSG, VTT, CSV and JSON';

export function checkMessage(text: string, limits: Pick<InputLimits, 'maxMessageChars'>): LimitResult {
  const length = [...text].length;
  if (length <= limits.maxMessageChars) return OK;
  return violation(
    'messageTooLong',
    `Ihre Nachricht ist zu lang (${length} Zeichen; höchstens ${limits.maxMessageChars}). Bitte kürzen Sie sie oder teilen Sie sie auf mehrere Nachrichten auf.`,
    `Your message is too long (${length} characters; at most ${limits.maxMessageChars}). Please shorten it or split it into several messages.`,
    { limit: limits.maxMessageChars, actual: length },
  );
}

/** What is known about an attachment before it is downloaded. */
export interface AttachmentInfo {
  name: string;
  /** Size in bytes, when the channel reports it. */
  sizeBytes?: number;
}

export function checkAttachments(attachments: AttachmentInfo[], limits: Pick<InputLimits, 'maxAttachments' | 'maxAttachmentBytes' | 'allowedKinds'>): LimitResult {
  if (attachments.length > limits.maxAttachments) {
    return violation(
      'tooManyAttachments',
      `Bitte senden Sie höchstens ${limits.maxAttachments} Anhänge auf einmal (erhalten: ${attachments.length}).`,
      `Please send at most ${limits.maxAttachments} attachments at once (received: ${attachments.length}).`,
      { limit: limits.maxAttachments, actual: attachments.length },
    );
  }
  for (const a of attachments) {
    const typeResult = checkFileName(a.name, limits);
    if (!typeResult.ok) return typeResult;
    if (a.sizeBytes !== undefined) {
      const sizeResult = checkSize(a.name, a.sizeBytes, limits);
      if (!sizeResult.ok) return sizeResult;
    }
  }
  return OK;
}

function checkFileName(name: string, limits: Pick<InputLimits, 'allowedKinds'>): LimitResult {
  const kind = kindFromName(name);
  if (kind && limits.allowedKinds.includes(kind)) return OK;
  const shown = displayName(name);
  return violation(
    'fileTypeNotAllowed',
    `Die Datei „${shown}“ hat ein Format, das nicht verarbeitet wird. Erlaubt sind: ${ALLOWED_LIST_DE}.`,
    `The file “${shown}” has a format that is not processed. Allowed are: ${ALLOWED_LIST_EN}.`,
    { fileName: name },
  );
}

function checkSize(name: string, sizeBytes: number, limits: Pick<InputLimits, 'maxAttachmentBytes'>): LimitResult {
  if (sizeBytes <= limits.maxAttachmentBytes) return OK;
  const shown = displayName(name);
  return violation(
    'attachmentTooLarge',
    `Die Datei „${shown}“ ist zu groß (${megabytes(sizeBytes)} MB; höchstens ${megabytes(limits.maxAttachmentBytes)} MB).`,
    `The file “${shown}” is too large (${megabytes(sizeBytes)} MB; at most ${megabytes(limits.maxAttachmentBytes)} MB).`,
    { fileName: name, limit: limits.maxAttachmentBytes, actual: sizeBytes },
  );
}

/**
 * Checks a downloaded file before any parser sees it: size, allowed extension, content matching
 * the extension (magic bytes), for DOCX the unpacked size (zip bombs), for PDF the page count.
 */
export async function checkFile(file: { name: string; bytes: Uint8Array }, limits: InputLimits): Promise<LimitResult> {
  const { name, bytes } = file;
  const byName = checkFileName(name, limits);
  if (!byName.ok) return byName;
  const bySize = checkSize(name, bytes.byteLength, limits);
  if (!bySize.ok) return bySize;
  const kind = kindFromName(name)!;
  const shown = displayName(name);
  if (!contentMatchesKind(kind, bytes)) {
    return violation(
      'fileTypeMismatch',
      `Der Inhalt der Datei „${shown}“ passt nicht zur Endung .${extensionOf(name)}. Die Datei wird aus Sicherheitsgründen nicht verarbeitet; bitte prüfen Sie sie.`,
      `The content of “${shown}” does not match its extension .${extensionOf(name)}. It was not processed for security reasons; please check the file.`,
      { fileName: name },
    );
  }
  if (kind === 'docx') return checkZipArchive(name, bytes, limits, { requireEntry: 'word/document.xml' });
  if (kind === 'pdf') {
    const pages = countPdfPagesCheap(bytes);
    if (pages !== undefined && pages > limits.maxPdfPages) {
      return violation(
        'pdfTooManyPages',
        `Die PDF-Datei „${shown}“ hat ${pages} Seiten; verarbeitet werden höchstens ${limits.maxPdfPages}. Bitte senden Sie den benötigten Teil als eigene Datei.`,
        `The PDF “${shown}” has ${pages} pages; at most ${limits.maxPdfPages} are processed. Please send the part you need as a separate file.`,
        { fileName: name, limit: limits.maxPdfPages, actual: pages },
      );
    }
  }
  return OK;
}

export function checkTranscript(text: string, limits: Pick<InputLimits, 'maxTranscriptChars'>): LimitResult {
  if (text.length <= limits.maxTranscriptChars) return OK;
  return violation(
    'transcriptTooLong',
    `Das Transkript ist zu lang (${text.length.toLocaleString('de-DE')} Zeichen; höchstens ${limits.maxTranscriptChars.toLocaleString('de-DE')}). Bitte teilen Sie die Sitzung in Abschnitte auf.`,
    `The transcript is too long (${text.length.toLocaleString('en-GB')} characters; at most ${limits.maxTranscriptChars.toLocaleString('en-GB')}). Please split the meeting into parts.`,
    { limit: limits.maxTranscriptChars, actual: text.length },
  );
}

/** The message for the user's language. */
export function limitMessage(result: LimitResult, locale: 'de' | 'en' = 'de'): string | undefined {
  return result.ok ? undefined : result.violation.message[locale];
}
