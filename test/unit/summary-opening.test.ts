import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { buildTextDoc } from '../../src/core/digest.ts';
import { openingShape, openingShapeAnyLanguage, stemTerms, standfirstSentence } from '../../src/core/summary/opening.ts';
import { rankForSummary, summarize, headlineTopic } from '../../src/core/summary/summary.ts';
import { repairOpening } from '../../src/core/summary/repair-sentence.ts';
import { rejectReason, rankSentences, sentenceFeatures, scoreSentences } from '../../src/core/summary/rank-sentences.ts';

function article(paragraphs: string[], title: string): Article {
  return { title, byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs };
}

describe('openingShape: a report states its subject first, a feature opens on a hook (issue 16)', () => {
  test.each([
    // Reports: a dated event, a verb of news, a name, the headline's words.
    [['Eloise Parry, 21, was taken to Royal Shrewsbury hospital on 12 April after taking a lethal dose of highly toxic slimming tablets.'], 'Student dies after diet pills she bought online'],
    [['Russian President Vladimir Putin stated Tuesday that the country is finally finding a sympathetic ear in Washington.'], 'Putin says Trump administration is listening'],
    [['The city council voted to close the Elm Street library branch after a budget shortfall, the mayor said.'], 'Council votes to close Elm Street library'],
  ])('report: %s', (first, title) => {
    expect(openingShape(first, title)).toBe('report');
  });

  test.each([
    // Features: a scene, a generalisation, a question, a quotation, the reader addressed.
    [['The planarian is nobody’s idea of a genius.', 'A flatworm shaped like a comma, it can be found wriggling through the muck of lakes and ponds worldwide.'], 'Brains are not required when it comes to thinking: simple cells can do it'],
    [['Rigorous research rarely shows that any teaching approach produces large and consistent benefits for students.', 'But it seemed to be a rare exception.'], 'Tutoring was supposed to save American kids after the pandemic'],
    [['Have you ever wondered why the kettle sings just before it boils?', 'It turns out the answer is bubbles.'], 'The physics of a singing kettle'],
    [['The smell of cut grass hung over the valley long after the mowers had gone home.', 'Nobody in the village remembered a summer so dry.'], 'Drought pushes farmers to sell their herds'],
  ])('feature: %s', (first, title) => {
    expect(openingShape(first, title)).toBe('feature');
  });

  test('a dateline makes it a report whatever the opening', () => {
    expect(openingShape(['The smell of cut grass hung over the valley.'], 'Drought pushes farmers to sell', true)).toBe('report');
  });

  test.each([
    ['cells', 'cell'],
    ['effectiveness', 'effective'],
    ['Tutors', 'tutoring'],
  ])('stemTerms folds %s and %s together', (a, b) => {
    expect([...stemTerms(a)]).toEqual([...stemTerms(b)]);
  });
});

describe('a feature’s summary starts at the sentence that states its subject', () => {
  const feature = article([
    'The smell of cut grass hung over the valley long after the mowers had gone home. Nobody in the village remembered a summer so dry.',
    'The old well behind the chapel had been empty since June, and the children had stopped asking when it would rain.',
    'Across the region, a drought now in its third year is pushing farmers to sell their herds, because feed prices have doubled and the pastures have failed.',
    'Farmers sold more than 40,000 cattle at regional markets in the past two months, according to the agriculture ministry, twice the usual number.',
    'The ministry has promised emergency feed subsidies, but farmers say the money has not arrived and prices keep rising at every market.',
    'Some families have sold herds their grandparents built, and many say they will not buy cattle again until the rain returns.',
  ], 'Drought pushes farmers to sell their herds');

  test('the hook is read as a feature and left out', () => {
    const doc = buildTextDoc(feature);
    const { shape, subject } = rankForSummary(doc);
    expect(shape).toBe('feature');
    expect(doc.sentences[subject!]!.text).toMatch(/^Across the region, a drought/);
    const summary = summarize(doc, 'medium');
    expect(summary).toMatch(/^Across the region, a drought/);
    expect(summary).not.toMatch(/cut grass/);
  });

  test('a report keeps its lead', () => {
    const report = article(['Farmers sold more than 40,000 cattle at regional markets on Monday as a drought pushed feed prices to a record, the agriculture ministry said.', ...feature.paragraphs.slice(2)], 'Drought pushes farmers to sell their herds');
    const doc = buildTextDoc(report);
    expect(rankForSummary(doc).shape).toBe('report');
    expect(summarize(doc, 'medium')).toMatch(/^Farmers sold more than 40,000 cattle/);
  });
});

describe('furniture and standfirsts in the summary', () => {
  const sentence = (text: string, paragraph = 3) => ({ index: 0, paragraph, text, start: 0, end: text.length });
  test.each([
    ['Get strategies on setting and negotiating rates from the Price Strategist app in MeclabsAI.'],
    ['It’s free to try, you don’t even have to register to get started.'],
    ['Start your free trial today and read every story on any device.'],
    ['Download the Daily Gazette app for breaking news alerts wherever you are.'],
  ])('a promotion is refused: %s', (text) => {
    expect(rejectReason(sentence(text), false, text.split(' ').length)).toBe('link or prompt');
  });

  test.each([
    ['Get the facts before you vote on the new school levy next month.'],
    ['The company said its app had two million users before the outage began.'],
    ['Getting a subscription to the paper was a family ritual, she said.'],
  ])('a sentence about an app or getting something is kept: %s', (text) => {
    expect(rejectReason(sentence(text), false, text.split(' ').length)).toBeNull();
  });

  test.each([
    ['The young French label crafts ultralight tents and packs for climbers who believe how you reach the top matters', 0, null],
    ['A new study finds that nurses on night shifts sleep two hours less than those on day shifts', 1, null],
    ['A new study finds that nurses on night shifts sleep two hours less than those on day shifts', 5, 'no sentence end'],
    ['Building a Better Tent for the Alpine', 0, 'no sentence end'],
  ])('a standfirst without a full stop can open the summary: %s (paragraph %i)', (text, paragraph, expected) => {
    expect(rejectReason(sentence(text, paragraph as number), false, text.split(' ').length)).toBe(expected);
  });

  test('the standfirst gets its full stop in the summary', () => {
    const doc = buildTextDoc(article([
      'A new study finds that nurses on night shifts sleep two hours less than those who work during the day',
      'Researchers followed 2,000 nurses at twelve hospitals for a year and measured their sleep with wrist monitors every night.',
      'Night-shift nurses slept an average of five hours, and those who rotated between shifts slept least of all, the researchers said.',
    ], 'Night-shift nurses sleep two hours less, study finds'));
    expect(summarize(doc, 'medium')).toMatch(/during the day\. Researchers/);
    expect(rankSentences(doc)[0]!.rejected).toBeNull();
  });
});

describe('a summary opens with the writer’s own sentence, never a quotation', () => {
  test.each([
    [['“We are not going anywhere until the water is safe to drink,” said resident Maria Lopez, standing outside the town hall with a sign.', 'Residents of Millbrook have protested for three weeks over lead found in the town’s water supply, officials said on Monday.', 'The town council has promised to replace the pipes by the end of next year at a cost of $12 million.']],
    [['“It was the worst storm I have seen in forty years of fishing on this coast,” said Tom Reilly, a lobsterman from the harbour town.', 'A storm with winds of 90 miles an hour sank six boats in the harbour of Port Ellen on Saturday night, the coastguard said.', 'No one was hurt, but the harbour master said repairs to the pier would take months.']],
    [['“Nobody told us anything,” said one parent, who asked not to be named because her son still attends the school.', '“We found out from the news,” another parent said outside the gates on Tuesday.', 'The school closed its science wing on Tuesday after inspectors found asbestos in the ceiling tiles, the district said.', 'Classes will move to portable classrooms for the rest of the term while the tiles are removed.']],
  ])('%#', (paragraphs) => {
    const summary = summarize(buildTextDoc(article(paragraphs, '')), 'medium');
    expect(summary).not.toMatch(/^[“"]/);
    expect(summary.split(' ').length).toBeGreaterThanOrEqual(20);
  });
});

describe('repairOpening refuses a sentence whose "that" or "this" stands for a sentence left out', () => {
  test.each([
    ['He has said that more than once.'],
    ['Nobody in the room expected that.'],
    ['Officials have denied this, but the documents tell another story.'],
    ['The mayor knew that all along.'],
  ])('refuses %s', (text) => {
    expect(repairOpening(text, () => 'Ann Lee')).toBeNull();
  });

  test.each([
    ['He said that the plan would fail.', 'Ann Lee said that the plan would fail.'],
    ['The minister said this week that talks would resume.', 'The minister said this week that talks would resume.'],
    ['Officials denied that claim on Monday.', 'Officials denied that claim on Monday.'],
  ])('keeps %s', (text, expected) => {
    expect(repairOpening(text, () => 'Ann Lee')).toBe(expected);
  });
});

describe('the headline’s subject word reaches the summary, in any language (issue 16)', () => {
  test.each([
    // An opinion piece that opens on an anecdote and names its subject, a common noun, only further down.
    ['Una solución no violenta para la cuestión mapuche', [
      'Abdullah Ocalan, el líder independentista kurdo, desembarcó en Italia en noviembre de 1998 y pidió asilo político.',
      'Arrastraba un pedido de captura de Turquía, donde era acusado por terrorismo y por otros delitos graves.',
      'Acoger a Ocalan implicaba comprarse un problema con un aliado de la OTAN e importar un conflicto ajeno a Italia.',
      'La semana pasada se publicaron extractos de un informe que mencionaba contactos de organizaciones mapuches.',
      'El objetivo de esas noticias es asociar la acción de los grupos mapuches con el terrorismo internacional.',
      'Al movilizarse por sus derechos, la comunidad mapuche se demuestra bien argentina y reclama lo suyo.',
    ], 'mapuche'],
    ['Warum die Mieten in der Stadt weiter steigen', [
      'Anna Berger wohnt seit zwanzig Jahren in derselben Wohnung am Rande der Altstadt von Leipzig.',
      'Im Frühjahr bekam sie einen Brief von ihrem Vermieter, den sie dreimal lesen musste.',
      'Die Nachbarn im Haus hatten ähnliche Briefe bekommen und trafen sich am Abend im Hof.',
      'Die Mieten in Leipzig sind in fünf Jahren um ein Drittel gestiegen, zeigt eine neue Studie.',
      'Vor allem kleine Wohnungen sind betroffen, weil die Mieten dort am schnellsten steigen.',
      'Die Stadt will nun prüfen, ob sie die Mieten in einigen Vierteln begrenzen kann.',
    ], 'mieten'],
    ['Why the lighthouse keepers left the island', [
      'The ferry to the island runs twice a week in summer and not at all in the winter months.',
      'Fog rolls in most afternoons, and the gulls are the loudest thing for miles around the harbour.',
      'Nobody who grew up here expected the last family to pack their boxes before the spring.',
      'The lighthouse was automated in 1998, and its keepers were offered jobs on the mainland.',
      'Two lighthouse keepers stayed on as caretakers until the council sold the cottages last year.',
      'The lighthouse now runs on solar panels and is checked by an engineer twice a year.',
    ], 'lighthouse'],
  ])('%s', (title, paragraphs, word) => {
    const doc = buildTextDoc({ ...article(paragraphs, title), lang: /mapuche/.test(title) ? 'es' : /Mieten/.test(title) ? 'de' : 'en' });
    expect(headlineTopic(doc, rankSentences(doc))).toBe(word);
    expect(summarize(doc, 'short').toLowerCase()).toContain(word);
  });

  test.each([
    ['A headline of names and function words: Ann Lee at the Town Hall', ['Ann Lee spoke at the town hall on Monday about the new library and its opening hours.']],
    ['Storm closes schools', ['Schools across the county closed on Friday as the storm brought down power lines.', 'Crews worked through the night.']],
    ['', ['A sentence with no headline to compare with, which is all this story has to say today.']],
  ])('no subject word when the text repeats none of the headline three times: %s', (title, paragraphs) => {
    const doc = buildTextDoc(article(paragraphs, title));
    expect(headlineTopic(doc, rankSentences(doc))).toBeNull();
  });
});

// The candidates rankForSummary gives subjectSentence, quotes aside.
const candidates = (doc: ReturnType<typeof buildTextDoc>) => rankSentences(doc).map((r) => ({ sentence: r.sentence, centrality: r.centrality, usable: !r.rejected, quoted: false }));

describe('a feature’s standfirst, set apart from the body by a heading, states its subject (issue 16)', () => {
  const body = [
    'Mathematics is, at its core, an art. Like painters, mathematicians create and explore new worlds. They test the limits of their imagination.',
    'This artistic pursuit of beauty and meaning is what every story in this series is about, to some extent, and it shows.',
  ];
  test.each([
    [['SERIES', 'Explore a shape that can’t pass through itself, a teenage prodigy, and two new kinds of infinity.', 'At 17, Hannah Cairo Solved a Major Math Mystery', ...body], 'The Year in Mathematics', /^Explore a shape/],
    [['Three towns, one river and the summer the water ran out in the valley for the first time.', 'The Dry Months', ...body], 'A valley without water', /^Three towns, one river/],
    [['How a small bakery in Lyon became the city’s most talked-about breakfast, one croissant at a time.', 'Before dawn', ...body], 'The croissant wars', /^How a small bakery/],
  ])('%#', (paragraphs, title, expected) => {
    const doc = buildTextDoc(article(paragraphs, title));
    const found = standfirstSentence(doc, candidates(doc));
    expect(doc.sentences[found!]!.text).toMatch(expected);
  });

  test('a feature’s summary opens on it', () => {
    const doc = buildTextDoc(article(['SERIES', 'Explore a shape that can’t pass through itself, a teenage prodigy, and two new kinds of infinity.', 'At 17, Hannah Cairo Solved a Major Math Mystery', ...body], 'The Year in Mathematics'));
    expect(rankForSummary(doc).shape).toBe('feature');
    expect(summarize(doc, 'medium')).toMatch(/^Explore a shape/);
  });

  test.each([
    // A hook in its own paragraph followed by prose is not a standfirst.
    [['The prescription was everywhere as the damage wrought by the pandemic first became clear: set up tutoring.', ...body], 'Why hasn’t tutoring been more effective?'],
    // A question is not one either.
    [['What does a mathematician do all day, and why should anyone outside the field care?', 'The Work', ...body], 'The Year in Mathematics'],
    // Nor a headline-length line.
    [['Numbers, all year', 'The Work', ...body], 'The Year in Mathematics'],
  ])('not a standfirst: %#', (paragraphs, title) => {
    const doc = buildTextDoc(article(paragraphs, title));
    expect(standfirstSentence(doc, candidates(doc))).toBeNull();
  });
});

describe('connectives in a row all go (issue 16)', () => {
  test.each([
    ['Now, though, several evaluations are showing smaller effects.', 'Several evaluations are showing smaller effects.'],
    ['But however, the plan failed on the second day.', 'The plan failed on the second day.'],
    ['And yet the river kept rising through the night.', 'The river kept rising through the night.'],
    ['Though the rain fell, the match went on.', 'Though the rain fell, the match went on.'],
  ])('%s', (text, expected) => {
    expect(repairOpening(text, () => null)).toBe(expected);
  });
});

describe('openingShapeAnyLanguage: a feature told by what needs no word list (issue 16)', () => {
  test.each([
    // A scene sharing no word with the headline.
    [['Hinein kommt nur, wer die richtigen Werte hat.', 'Bei dem Unternehmen TDK in Zehlendorf hängt am Eingang eine Wärmebildkamera.'], 'Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen'],
    // A question.
    [['¿Quién no ha soñado alguna vez con dejarlo todo y vivir junto al mar?', 'Marta lo hizo a los cuarenta años.'], 'La nueva vida de los pueblos costeros'],
    // A quotation.
    [['« On ne savait plus quoi faire », raconte Claire, agricultrice dans la Drôme.', 'Depuis le printemps, il n’a pas plu.'], 'La sécheresse pousse les éleveurs à vendre'],
  ])('feature: %s', (first, title) => {
    expect(openingShapeAnyLanguage(first, title)).toBe('feature');
  });

  test.each([
    [['Irme Stetter-Karp ist mit großer Mehrheit zur neuen Präsidentin des Zentralkomitees gewählt worden.'], 'Irme Stetter-Karp ist neue ZdK-Präsidentin'],
    [['El gobierno acusó este martes a Montecon de aliarse con el sindicato portuario.'], 'Gobierno acusa a Montecon de aliarse con el sindicato'],
    [['La sécheresse pousse les éleveurs de la Drôme à vendre leurs troupeaux, selon la préfecture.'], 'La sécheresse pousse les éleveurs à vendre'],
  ])('report: %s', (first, title) => {
    expect(openingShapeAnyLanguage(first, title)).toBe('report');
  });

  test('a language written without spaces keeps the lead', () => {
    expect(openingShapeAnyLanguage(['谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习信息的新型计算机。'], 'DeepMind新电脑已可利用记忆自学')).toBe('report');
  });

  test('a dateline, or no headline, keeps the lead', () => {
    expect(openingShapeAnyLanguage(['Hinein kommt nur, wer die richtigen Werte hat.'], 'Wie Firmen ihre Beschäftigten schützen', true)).toBe('report');
    expect(openingShapeAnyLanguage(['Hinein kommt nur, wer die richtigen Werte hat.'], '')).toBe('report');
  });
});

describe('a feature ranked from its subject reuses what does not depend on the lead (speed, issue 14)', () => {
  test.each([
    // Written for this test: a hook, then the subject, then a quote left open across sentences.
    [['The rain had not stopped for a week.', 'Dock workers in Rotterdam voted on Tuesday to strike over pay, the union said.', '“We have waited long enough. Now we act,” said Anna de Vries, who leads the union.'], 'Rotterdam dock workers vote to strike', 1],
    [['Why would anyone swim in January?', 'Hundreds of swimmers joined the New Year dip at Brighton beach, organisers said.', 'The event raised money for the lifeboat charity.'], 'Hundreds brave New Year dip in Brighton', 1],
    [['Eloise Parry, 21, was taken to Royal Shrewsbury hospital on 12 April after taking a lethal dose of highly toxic slimming tablets.', 'She died later that day.', 'Her mother said she had been “hooked”.'], 'Student dies after diet pills she bought online', 0],
  ])('%j', (paragraphs, title, lead) => {
    const doc = buildTextDoc(article(paragraphs, title));
    const features = sentenceFeatures(doc);
    // Scored from each lead in turn on the same features, as rankForSummary does: the same as ranked afresh each time.
    for (const from of [2, lead, 0]) expect(scoreSentences(doc, features, undefined, from)).toEqual(rankSentences(doc, undefined, from));
    expect(scoreSentences(doc, features, undefined, 2).slice(0, 2).map((r) => r.rejected)).toEqual(['before the subject', 'before the subject']);
  });
});
