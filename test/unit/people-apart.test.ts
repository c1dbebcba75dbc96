// People kept apart (issue 14): two full names never merge; a surname alone goes to the person it fits, by gender
// and by how the article has used it, and a surname two people share gives neither a role.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

function doc(paragraphs: string[]): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title: '', byline: null, lang: 'en', text, paragraphs: ps, sentences: splitAllSentences(ps) };
}
// Each person's name with the mentions that went to them, as printed.
function people(text: string): Record<string, string[]> {
  const d = doc([text]);
  return Object.fromEntries(findEntities(d).people.map((p) => [p.name, p.mentions.map((m) => d.text.slice(m.start, m.end))]));
}

describe('two full names that share a surname stay two people', () => {
  test.each([
    ['President John Smith spoke on Monday. His daughter, Jane Smith, said she was proud.', ['John Smith', 'Jane Smith']],
    ['Hori Parata led the recovery. His son Te Kaurinui Parata said the work goes on.', ['Hori Parata', 'Te Kaurinui Parata']],
    ['Paul Weber and his wife Anna Weber run the bakery on Elm Street.', ['Paul Weber', 'Anna Weber']],
  ])('%s', (text, names) => {
    expect(Object.keys(people(text)).sort()).toEqual([...names].sort());
  });
});

describe('a surname alone goes to the one person it fits', () => {
  test.each([
    // An honorific's gender rules out the other.
    ['Paul Weber and his wife Anna Weber run the bakery. Mrs. Weber bakes the bread.', 'Anna Weber', 'Weber'],
    ['Donald Trump spoke. Ivanka Trump, his daughter, listened. Ms. Trump agreed.', 'Ivanka Trump', 'Trump'],
    // An office holder goes by the surname; else the one last named.
    ['President Donald Trump spoke. Ivanka Trump, his daughter, listened. Trump said it was fine.', 'Donald Trump', 'Trump'],
    // The one the article has been calling by the surname alone.
    ['Hori Parata led the recovery. Parata knew the coast. His son Te Kaurinui Parata helped. Parata, 75, agreed.', 'Hori Parata', 'Parata'],
    ['Hori Parata led the recovery. His son Te Kaurinui Parata said the work goes on. Parata, 25, agreed.', 'Te Kaurinui Parata', 'Parata'],
  ])('%s → %s', (text, name, mention) => {
    expect(people(text)[name]).toContain(mention);
  });
});

describe('a surname two people share gives neither a role', () => {
  test.each([
    ['Hori Parata led the recovery. His son Te Kaurinui Parata spoke. Parata, 75, is renowned as the leading whale expert.', 'Hori Parata'],
    ['Mark Hale met Lucy Hale there. Hale, a retired judge, said little.', 'Lucy Hale'],
    ['Mark Hale met Lucy Hale there. Hale, a retired judge, said little. Mark Hale left.', 'Lucy Hale'],
    ['Mark Hale met Lucy Hale there. Hale, a retired judge, said little.', 'Mark Hale'],
  ])('%s → %s', (text, name) => {
    const d = doc([text]);
    expect(findEntities(d).people.find((p) => p.name === name)?.role ?? null).toBeNull();
  });
});

describe('outside English, capitals alone make no person', () => {
  const names = (text: string, lang: string) => {
    const { text: t, paragraphs } = joinParagraphs([text]);
    return findEntities({ title: '', byline: null, lang, text: t, paragraphs, sentences: splitAllSentences(paragraphs) }).people.map((p) => p.name);
  };
  test.each([
    ['El ministro ruso de Asuntos Exteriores, Serguei Lavrov, dijo que Poder Ejecutivo no vendrá.', 'es', 'Poder Ejecutivo'],
    ['La comisión de Asuntos Constitucionales se reunió el martes con los diputados.', 'es', 'Asuntos Constitucionales'],
    ['Die Bundesregierung will mit Steigende Preise gegen die Inflation vorgehen.', 'de', 'Steigende Preise'],
  ])('%s: not %s', (text, lang, name) => {
    expect(names(text, lang)).not.toContain(name);
  });
  test.each([
    ['El ministro ruso de Asuntos Exteriores, Serguei Lavrov, dijo el lunes que no.', 'es', 'Serguei Lavrov'],
    ['« Absurde », explique Antony Fastier, toxicologue, ancien de l’Anses.', 'fr', 'Antony Fastier'],
    ['„Wir sind bereit“, sagte Lufthansa-Sprecherin Anna Berger am Montag.', 'de', 'Anna Berger'],
    // A verb of saying beside the name, or an accented given name, vouches for a person.
    ['« Nous ne céderons rien », a déclaré Élisabeth Borne mardi devant les députés.', 'fr', 'Élisabeth Borne'],
    ['“Vamos ficar”, disse Jurema Quandtmeyer nesta segunda-feira em Brasília.', 'pt', 'Jurema Quandtmeyer'],
  ])('%s: %s', (text, lang, name) => {
    expect(names(text, lang)).toContain(name);
  });
});

describe('names only in teasers cut off with an ellipsis are not the story’s people', () => {
  const story = 'The institute has begun enrolment for new students interested in joining its language courses this year.';
  test.each([
    ['Nurse Rachael Greaves, who draws blood at the centre, says donors are given a full medical check-up that is benefic...', 'Rachael Greaves'],
    ['The Vice President of the National Society, Terrance Davis has expressed gratitude for all the donations that the orga…', 'Terrance Davis'],
    ['Members of the Traffic department won the Police Carolling Contest for the third consecutive year on Friday at the Cen...', 'Carolling Contest'],
  ])('%s', (teaser, name) => {
    expect(Object.keys(people([story, teaser].join('\n')))).not.toContain(name);
  });
  test('the same name in a paragraph of the story is kept', () => {
    expect(Object.keys(people('Nurse Rachael Greaves, who draws blood at the centre, says donors are given a full check-up.'))).toContain('Rachael Greaves');
  });
});

describe('works and firms are not people', () => {
  test.each([
    ['The service is stocked with movies from Pixar, “Star Wars,” and classic fare, including “Mary Poppins” and more.', 'Mary Poppins'],
    ['The service is stocked with movies from Pixar, “Star Wars,” and classic fare, including “Mary Poppins” and more.', 'Star Wars'],
    ['Her favourite book is still “Anne Shirley” after all these years, she told the class.', 'Anne Shirley'],
    ['The awards, sponsored by S.Pellegrino and Acqua Panna, will take place in November.', 'Acqua Panna'],
    ['The gala, presented by Harlan Brothers, raised money for the hospital on Friday.', 'Harlan Brothers'],
  ])('%s: not %s', (text, name) => {
    expect(Object.keys(people(text))).not.toContain(name);
  });
  test.each([
    ['“It was great,” said Maria Lopez, who watched the show twice.', 'Maria Lopez'],
    ['The tent was originally made by Todd Bibler in the 1980s, and it is still sold today.', 'Todd Bibler'],
    ['The plan is to add bakeries, said Darren Tipton, CEO of the chain, on Monday.', 'Darren Tipton'],
  ])('%s: %s', (text, name) => {
    expect(Object.keys(people(text))).toContain(name);
  });
});

describe('a given name that is also a month, and a person who is a member of a group', () => {
  test.each([
    ['The most prominent brands, said Jan Liphardt, associate professor of bioengineering at Stanford University.', 'Jan Liphardt'],
    ['“It was lovely,” said June Marlowe, who runs the shop.', 'June Marlowe'],
    ['“This is how epidemics begin,” Dr. Luz Contreras Arroyo, a member of the group and signatory to the letter, told NBC News.', 'Luz Contreras Arroyo'],
    ['“We stay,” said Mona Keller, a spokeswoman for the group, on Monday.', 'Mona Keller'],
  ])('%s: %s', (text, name) => {
    expect(Object.keys(people(text))).toContain(name);
  });
  test.each([
    ['Prices rose in Jan Dealers said, and fell again in March.', 'Jan Dealers'],
    ['Ansar al-Sharia, an al-Qaeda-linked group, denied it on Monday.', 'Ansar al-Sharia'],
    ['Shares fell since May Apple said sales were weak.', 'May Apple'],
  ])('%s: not %s', (text, name) => {
    expect(Object.keys(people(text))).not.toContain(name);
  });
});

describe('an organisation’s possessive in an appositive names whose officer the person is, not a group', () => {
  test.each([
    ['“We will appeal,” said Jane Smith, the company’s chief executive.', 'Jane Smith'],
    ['Tom Reed, the party’s leader, said no on Monday.', 'Tom Reed'],
    ['Ana Ruiz, the team’s coach, was sacked.', 'Ana Ruiz'],
  ])('%s: %s', (text, name) => {
    expect(Object.keys(people(text))).toContain(name);
  });
});
