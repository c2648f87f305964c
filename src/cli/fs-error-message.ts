/**
 * Turns a file-system error of Node (EEXIST, ENOTDIR, EACCES, …) into one German line that names the
 * path and what to do, so that a wrong `--out` or an unreadable file never ends as
 * "Unerwarteter Fehler: EEXIST: file already exists, mkdir …".
 */
export interface FsErrorLike {
  code: string;
  path?: string;
  dest?: string;
}

export function isFsError(e: unknown): e is FsErrorLike & Error {
  if (!(e instanceof Error)) return false;
  const code = (e as Partial<FsErrorLike>).code;
  return typeof code === 'string' && code in MESSAGES;
}

const MESSAGES: Record<string, (path: string) => string> = {
  EEXIST: (p) => `„${p}“ gibt es schon als Datei, ein Ordner kann dort nicht angelegt werden. Bitte geben Sie mit --out einen Ordner an.`,
  ENOTDIR: (p) => `Ein Teil des Pfades „${p}“ ist eine Datei und kein Ordner. Bitte geben Sie einen Ordner an.`,
  EISDIR: (p) => `„${p}“ ist ein Ordner, erwartet wird eine Datei.`,
  ENOENT: (p) => `„${p}“ wurde nicht gefunden. Bitte prüfen Sie den Pfad.`,
  EACCES: (p) => `Keine Berechtigung für „${p}“. Bitte wählen Sie einen Ort, an dem Sie schreiben und lesen dürfen.`,
  EPERM: (p) => `Keine Berechtigung für „${p}“. Bitte wählen Sie einen Ort, an dem Sie schreiben und lesen dürfen.`,
  EROFS: (p) => `„${p}“ liegt auf einem schreibgeschützten Laufwerk. Bitte wählen Sie einen anderen Ort.`,
  ENOSPC: (p) => `Auf dem Laufwerk von „${p}“ ist kein Platz mehr frei.`,
  ENAMETOOLONG: (p) => `Der Pfad „${p}“ ist zu lang. Bitte wählen Sie einen kürzeren Pfad.`,
};

export function fsErrorMessage(e: FsErrorLike): string {
  const path = e.path ?? e.dest ?? '(unbekannter Pfad)';
  return MESSAGES[e.code]!(path);
}
