// The quotation marks a reader of the article's language expects around its quotes (issue 15): German prints „…“,
// French « … » with narrow no-break spaces inside (the Imprimerie nationale's rule), everything else “…”.

export interface QuotationMarks {
  open: string;
  close: string;
}

const CURLY: QuotationMarks = { open: '“', close: '”' };
const BY_LANGUAGE: Readonly<Record<string, QuotationMarks>> = {
  de: { open: '„', close: '“' },
  fr: { open: '«\u202f', close: '\u202f»' },
};

/**
 * The marks for an article's language tag, by its primary subtag; “…” for an unknown or missing language.
 * Example: `quotationMarks('de-AT')` is `{ open: '„', close: '“' }`.
 */
export function quotationMarks(lang: string | null | undefined): QuotationMarks {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return BY_LANGUAGE[primary] ?? CURLY;
}

/** A quote's words between the article's marks. Example: `quoted('Ja.', 'de') === '„Ja.“'`. */
export function quoted(text: string, lang: string | null | undefined): string {
  const { open, close } = quotationMarks(lang);
  return `${open}${text}${close}`;
}
