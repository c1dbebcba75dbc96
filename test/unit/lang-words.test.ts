import { describe, expect, test } from 'vitest';
import { isFunctionWord, isAccordingWord, isSentenceInitialWord, isEnglish } from '../../src/core/lexicon/lang-words.ts';
import { detectLanguage } from '../../src/core/text/language.ts';
import { digest } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';

const article = (lang: string | null, paragraphs: string[]): Article => ({
  title: 'T', byline: null, siteName: null, publishedTime: null, lang, url: null, paragraphs,
});

describe('isFunctionWord', () => {
  test.each([['Entre', true], ['Ao', true], ['Zatímco', true], ['Jeho', true], ['según', true], ['Tite', false],
    ['Moyes', false], ['Ali', false], ['Uma', false], ['Costa', false]])('%s → %s', (word, expected) => {
    expect(isFunctionWord(word)).toBe(expected);
  });
});

describe('isAccordingWord', () => {
  test.each([
    ['según', 'dijo', true], ['segundo', 'pontos,', true], ['selon', undefined, true], ['segundo', 'o', false],
    ['segundo', 'no', false], ['according', 'said', false],
  ])('%s after %s → %s', (word, previous, expected) => {
    expect(isAccordingWord(word, previous)).toBe(expected);
  });
});

describe('isSentenceInitialWord', () => {
  test.each([
    ['Consultada sobre esto, una fuente lo resumió. Nadie más habló.', 'Consultada', true],
    ['Entre ellos aparecía Ocalan. Estaba entre los líderes.', 'Entre', true],
    ['La Constitución manda reconocer los derechos.', 'Constitución', false],
    ['Tite habló. Después, dijo Tite que no.', 'Tite', false],
    ['Nothing here.', 'Tite', false],
  ])('%s: %s → %s', (text, word, expected) => {
    expect(isSentenceInitialWord(text, word)).toBe(expected);
  });
});

describe('isEnglish', () => {
  test.each([['en', true], ['en-GB', true], [null, true], ['es', false], ['pt-BR', false], ['eng', false]])('%s → %s', (lang, expected) => {
    expect(isEnglish(lang)).toBe(expected);
  });
});

describe('detectLanguage on languages the core does not read', () => {
  test.each([
    ['cs', 'Trenér David Moyes řekl, že tým je na děleném třetím místě. Jeho hráči podle něj ještě nejsou unavení, když hrají každé tři dny. Také je podle něj důležité, aby mužstvo bylo zdravé, protože před Vánoci bude hrát ještě několik zápasů, kde není prostor pro chyby. Byl to podle něj velmi dobrý týden a hráči jsou spokojení.'],
    ['pl', 'Trener powiedział, że drużyna jest bardzo zmęczona, ale nie zamierza zmieniać składu. Według niego zawodnicy są w dobrej formie, jednak tylko zwycięstwo w sobotę da im awans. Był to także bardzo trudny tydzień dla klubu, który już od miesięcy czeka na nowego właściciela, ponieważ obecny chce go sprzedać. Czy to się uda, nie wiadomo.'],
    ['id', 'Presiden mengatakan bahwa pemerintah akan terus bekerja untuk rakyat. Menurut dia, kebijakan ini sudah lama ditunggu oleh masyarakat karena harga pangan telah naik. Mereka juga bisa mendapatkan bantuan dari pemerintah daerah, yang akan dibagikan pada saat yang tepat kepada keluarga yang tidak mampu, seperti yang ada dalam program tersebut.'],
  ])('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('digest of a Spanish or Portuguese article', () => {
  const es = [
    'El gobierno de Estados Unidos y la Unión Europea firmaron ayer un acuerdo comercial en Bruselas, según informaron fuentes oficiales a los periodistas que esperaban en la sala. El acuerdo llega después de meses de negociaciones entre los dos bloques, que no siempre fueron fáciles para los equipos técnicos.',
    'Entre los presentes estaba la ministra María Fernández, que habló con la prensa durante varios minutos. "Es un paso muy importante para nuestras economías", dijo María Fernández a los periodistas en la puerta del edificio.',
    'Consultada sobre los plazos, una fuente del ministerio explicó lo siguiente: "No habrá cambios antes del verano". También Nueva Zelanda y el Reino Unido siguen de cerca las conversaciones, que podrían terminar este año con un nuevo tratado.',
  ];
  test('no sentence-initial word is a speaker and no place is a person', () => {
    const d = digest(article(null, es));
    const speakers = d.quotes.map((q) => q.speaker);
    expect(speakers[0]).toBe('María Fernández');
    expect(speakers).not.toContain('Consultada');
    const people = d.people.map((p) => p.name);
    for (const place of ['Estados Unidos', 'Unión Europea', 'Nueva Zelanda', 'Reino Unido']) expect(people).not.toContain(place);
  });

  test('a quote its own sentence introduces borrows no speaker from the paragraph before', () => {
    const d = digest(article('es', [
      'El ministro de Defensa, Carlos Gómez, dijo ayer que el gobierno no cambiará su política en la región, y aseguró a los periodistas que los planes seguirán adelante durante todo el año próximo.',
      'Consultada sobre esta desproporción, una fuente de los servicios nos la resumió así: "Es un problema menor que nadie quiere ver". Ningún hecho de violencia debe ser minimizado, pero las analogías no resisten la prueba.',
    ]));
    // Not the minister of the paragraph before: the source its own sentence names (issue 15: a participle opens an
    // adverbial before that sentence's subject).
    expect(d.quotes.map((q) => q.speaker)).toEqual(['una fuente de los servicios']);
  });

  test('"falou X" and "acrescentou o comandante" find the speaker', () => {
    const pt = [
      'O técnico Tite declarou nesta quarta-feira que errou ao levar a taça ao ex-presidente em 2012, durante uma visita que foi muito criticada pelos torcedores e pela imprensa esportiva do país.',
      '"Em 2012 eu errei. Não me posicionei politicamente", falou Tite ao programa de televisão, que ainda vai ao ar na próxima semana em todo o país.',
      '"Errei lá atrás, não faria de novo", acrescentou o comandante, que também comentou a convocação para os próximos jogos da seleção.',
    ];
    const d = digest(article('pt-BR', pt));
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Tite', 'Tite']);
  });
});
