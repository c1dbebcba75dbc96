// German capitalises every noun: a name whose given name the lexicon lacks is vouched for by its surname coming back
// alone, without an article, next to a verb of saying or with an age (issue 14). Names made up but one of each kind.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

function doc(paragraphs: string[]): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title: '', byline: null, lang: 'de', text, paragraphs: ps, sentences: splitAllSentences(ps) };
}
const names = (paragraphs: string[]) => findEntities(doc(paragraphs)).people.map((p) => p.name);

describe('a German name with an unknown given name, vouched for by its surname alone', () => {
  test.each([
    [['Diese triste Umgebung schlug Deniz Yücel aufs Gemüt.', 'Als Mittel dagegen begann Yücel, Minze zu züchten. „Die Minze kam mit gebeugtem Kopf“, berichtete Yücel.'], 'Deniz Yücel'],
    [['Irme Stetter-Karp ist mit großer Mehrheit gewählt worden.', 'Stetter-Karp (65) folgt auf den bisherigen Präsidenten. Knapp vier Jahrzehnte arbeitete Stetter-Karp im Bistum.'], 'Irme Stetter-Karp'],
    [['Am Montag trat Oke Brandtmeier vor die Presse.', '„Wir bleiben dabei“, sagte Brandtmeier. Danach verließ Brandtmeier den Saal.'], 'Oke Brandtmeier'],
  ])('%j → %s', (paragraphs, name) => {
    expect(names(paragraphs)).toContain(name);
  });

  // Nouns come back with an article, or never next to a verb of saying or an age.
  test.each([
    [['Steigende Preise belasten die Händler.', 'Die Preise steigen weiter, und die Preise drücken die Stimmung.'], 'Steigende Preise'],
    [['Die Deutsche Bahn erhöht die Preise.', 'Bahn und Bund streiten, sagte Bahn-Chef Lutz.', 'Bahn fährt weiter.'], 'Deutsche Bahn'],
    [['Kalte Winde wehen über das Land.', 'Winde drehen nach Norden. Winde bringen Regen.'], 'Kalte Winde'],
    [['Thomas Weikert zuckte mit den Schultern.', 'Der Ex-Präsident attackierte seinen Nachfolger Weikert. „Nein“, sagte Weikert. Dann ging Weikert.'], 'Nachfolger Weikert'],
    [['Interne Unterlagen des größten deutschen Rüstungskonzern Rheinmetall sind aufgetaucht.', 'Rheinmetall teilte mit, man prüfe das. Rheinmetall erklärte später mehr.'], 'Rüstungskonzern Rheinmetall'],
  ])('%j: no person %s', (paragraphs, name) => {
    expect(names(paragraphs)).not.toContain(name);
  });
});
