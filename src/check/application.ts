/** An application as read for one check: its files (parts) with text lines and form fields. */
import type { CalendarDate } from './values.js';

export interface TextLine {
  text: string;
  page?: number;
  /** Block kind from the parser: headings name enclosed documents ("Lageplan"). */
  heading?: boolean;
}

export interface FormFieldValue {
  /** Fully qualified PDF field name. */
  name: string;
  kind: 'text' | 'checkbox' | 'choice' | 'signature';
  /** Text, selected option(s) joined with ", ", checkbox state, or for signatures whether signed. */
  value: string | boolean;
  page?: number;
}

export interface ApplicationPart {
  /** File name (an e-mail's attachments keep their own names). */
  name: string;
  role: 'main' | 'mail' | 'attachment';
  format: 'pdf' | 'docx' | 'mail' | 'text' | 'image' | 'other';
  title?: string;
  lines: TextLine[];
  formFields: FormFieldValue[];
  /** Text came from OCR (less reliable; marked in the evidence). */
  ocr?: boolean;
  /** German reason when the part could not be read (e.g. a scan without OCR). */
  unreadable?: string;
}

export interface Application {
  parts: ApplicationPart[];
  /** Date of the e-mail the application came with (fallback for the application date). */
  mailDate?: CalendarDate;
  /** German notes about reading (unreadable attachments, limits). */
  notices: string[];
}

/** Where a value or a finding comes from. */
export interface Evidence {
  part: string;
  page?: number;
  /** PDF form field name. */
  field?: string;
  /** Quoted text (short). */
  quote?: string;
  via: 'formField' | 'label' | 'pattern' | 'model' | 'attachment' | 'computed' | 'mail';
  ocr?: boolean;
}

export function describeEvidence(e: Evidence): string {
  const where = [e.part, e.page ? `S. ${e.page}` : undefined].filter(Boolean).join(', ');
  const what = e.field ? `Formularfeld „${e.field}“` : e.quote ? `„${e.quote}“` : undefined;
  const how = e.via === 'model' ? ' (vom Sprachmodell gefunden, Zitat geprüft)' : e.ocr ? ' (Texterkennung)' : '';
  return [where, what].filter(Boolean).join(': ') + how;
}
