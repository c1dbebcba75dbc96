// Issue 7: quotes and the summary work on French, German, Spanish and Portuguese articles, with their own quotation
// marks (« », „ “, — dialogue); the language check lets them through and stops languages the core does not read.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { digestHtml } from '../../src/cli/digest-page.ts';
import { readPageFile } from '../../src/cli/load-page.ts';
import { digest } from '../../src/core/digest.ts';
import { articleLanguage, supportedLanguage } from '../../src/core/text/language.ts';
import { loadDom } from '../../src/cli/load-page.ts';
import { readPage } from '../../src/content/read-page.ts';
import type { Digest } from '../../src/core/types.ts';

const PAGES = join(import.meta.dirname, '../../../shared/corpus/readability-test-pages');

function read(slug: string): { digest: Digest; lang: string | null } {
  const url = `http://127.0.0.1/${slug}/`;
  const html = readPageFile(join(PAGES, slug, 'source.html'));
  const result = digestHtml(html, url);
  const dom = loadDom(html, url);
  const reading = readPage(dom.window.document, url, true);
  dom.window.close();
  if (!result.digest || !reading.ok) throw new Error(`${slug}: ${result.message}`);
  return { digest: result.digest, lang: articleLanguage(reading.article.lang, reading.article.paragraphs) };
}

/** The quotation mark just before a quote in the digest text, skipping a (narrow) no-break space. */
function openingMark(d: Digest, start: number): string {
  return d.text.slice(Math.max(0, start - 2), start).replace(/[\s\u00a0\u202f]/g, '').slice(-1);
}

describe.each([
  // slug, language, the opening marks its quotes use
  ['lemonde-1', 'fr', ['«']],
  ['liberation-1', 'fr', ['«']],
  ['folha', 'pt', ['"', '“']],
  ['la-nacion', 'es', ['"', '“', '«', '—']],
])('%s', (slug, lang, marks) => {
  const { digest: d, lang: detected } = read(slug);

  test(`is read as ${lang}, a language the core handles`, () => {
    expect(detected?.slice(0, 2)).toBe(lang);
    expect(supportedLanguage(detected)).toBe(true);
  });

  test('gets a summary', () => {
    expect(d.summary.length).toBeGreaterThan(100);
  });

  test(`finds quotes in ${marks.join(' ')} and keeps them without their marks`, () => {
    expect(d.quotes.length).toBeGreaterThan(0);
    for (const q of d.quotes) {
      expect(marks, q.text).toContain(openingMark(d, q.span.start));
      expect(q.text).not.toMatch(/^[«»„“”"]|[«»„“”"]$/);
    }
  });
});

describe('heise (German, an article with no quotation)', () => {
  const { digest: d, lang } = read('heise');
  test('is read as German and summarised', () => {
    expect(lang).toBe('de');
    expect(d.summary.length).toBeGreaterThan(100);
  });
  test('invents no speaker: the one quoted word, a scare quote, is no key quote', () => {
    expect(d.quotes.filter((q) => q.key)).toEqual([]);
  });
});

const article = (lang: string, paragraphs: string[]) => ({ title: 'T', byline: null, siteName: null, publishedTime: null, lang, url: null, paragraphs });

// One sentence of reported speech per convention, with a named speaker, among plain sentences of the same language.
describe.each([
  ['French « »', 'fr', '« Nous ne céderons rien sur les retraites », a déclaré Élisabeth Borne mardi devant les députés.', 'Nous ne céderons rien sur les retraites', 'Élisabeth Borne'],
  ['German „ “', 'de', '„Wir werden die Steuern in diesem Jahr nicht erhöhen“, sagte Olaf Scholz am Montag in Berlin.', 'Wir werden die Steuern in diesem Jahr nicht erhöhen', 'Olaf Scholz'],
  ['Spanish — dialogue', 'es', '—No vamos a subir los impuestos este año —dijo Pedro Sánchez en una rueda de prensa en Madrid.', 'No vamos a subir los impuestos este año', 'Pedro Sánchez'],
  ['Portuguese “ ”', 'pt', '“Não vamos aumentar os impostos este ano”, disse Fernando Haddad nesta segunda-feira em Brasília.', 'Não vamos aumentar os impostos este ano', 'Fernando Haddad'],
])('%s', (_label, lang, sentence, quote, speaker) => {
  const filler = {
    fr: 'Le gouvernement doit présenter son budget la semaine prochaine, selon plusieurs sources proches du dossier.',
    de: 'Die Regierung will ihren Haushalt in der kommenden Woche vorlegen, wie mehrere Quellen berichten.',
    es: 'El gobierno presentará su presupuesto la semana próxima, según varias fuentes cercanas al asunto.',
    pt: 'O governo deve apresentar o orçamento na próxima semana, segundo várias fontes próximas ao assunto.',
  }[lang]!;
  const d = digest(article(lang, [sentence, filler, filler, filler]));
  test('finds the quote, without its marks', () => {
    expect(d.quotes.map((q) => q.text)).toContain(quote);
  });
  test('attributes it to its speaker', () => {
    expect(d.quotes.map((q) => [q.text, q.speaker])).toContainEqual([quote, speaker]);
  });
  test('summarises', () => {
    expect(d.summary).not.toBe('');
  });
});
