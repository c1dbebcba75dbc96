// Roles read by their shape with WordNet's nouns for people (issue 14): a noun phrase ending in a person noun before
// the name, an appositive after it, "NAME of ORGANISATION", a rank before an office, credentials and party tags
// skipped. Each table has a sentence of the corpus's shape and ones written here, names made up.
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../src/core/people/people.ts';
import { joinParagraphs, type TextDoc } from '../../src/core/text/text.ts';
import { splitAllSentences } from '../../src/core/text/sentences.ts';

function doc(paragraphs: string[], lang = 'en'): TextDoc {
  const { text, paragraphs: ps } = joinParagraphs(paragraphs);
  return { title: '', byline: null, lang, text, paragraphs: ps, sentences: splitAllSentences(ps) };
}
const roleOf = (sentence: string, name: string, lang = 'en') =>
  findEntities(doc([sentence], lang)).people.find((p) => p.name === name)?.role ?? null;

describe('a noun phrase ending in a person noun right before the name', () => {
  test.each([
    ['But it is the tail end of the worm that intrigues Tufts University biologist Michael Levin.', 'Michael Levin', 'Tufts University biologist'],
    ['In his 2022 book, behavioral ecologist Lars Chittka chronicles his work with bees.', 'Lars Chittka', 'behavioral ecologist'],
    ['The offer was turned down by Denver realtor Janet Brooke on Friday.', 'Janet Brooke', 'Denver realtor'],
    ['Award-winning lyricist Tomas Ferrin wrote the words.', 'Tomas Ferrin', 'Award-winning lyricist'],
    ['It was a mathematician named Hannah Cairo who solved it.', 'Hannah Cairo', 'mathematician'],
    ['Strong climbers can go higher too—Samaya athlete Nick Rowell climbed it.', 'Nick Rowell', 'Samaya athlete'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('capitals before a role are its organisation, a clause start is not', () => {
  test.each([
    ['The debate was between the Prime Minister and opposition Labour Party leader Jeremy Corbyn.', 'Jeremy Corbyn', 'Labour Party leader'],
    ['The attack followed Fox News host Jeanine Pirro’s remarks on the show.', 'Jeanine Pirro', 'Fox News host'],
    ['Wikileaks editor-in-chief Kristinn Hrafnsson said it was over.', 'Kristinn Hrafnsson', 'Wikileaks editor-in-chief'],
    ['Yesterday Town Hall clerk Mary Dunmore resigned.', 'Mary Dunmore', 'Town Hall clerk'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('an appositive after the name, past credentials and a party tag', () => {
  test.each([
    ['“The neuron is not a miracle cell,” says Stefano Mancuso, a University of Florence botanist who has written books.', 'Stefano Mancuso', 'University of Florence botanist'],
    ['It helps, says Scott Keatley, R.D., co-owner of Keatley Medical Nutrition Therapy.', 'Scott Keatley', 'co-owner of Keatley Medical Nutrition Therapy'],
    ['It helps, says Lena Marsh, MS, RD, registered dietitian and founder of Foodwise.', 'Lena Marsh', 'registered dietitian and founder of Foodwise'],
    ['“They failed,” said Geoffrey Berman, the U.S. attorney for the Southern District of New York.', 'Geoffrey Berman', 'U.S. attorney for the Southern District of New York'],
    ['Colin Haley, a Seattle-based alpinist, is part of the team.', 'Colin Haley', 'Seattle-based alpinist'],
    ['Sen. Ben Sasse, R-Neb., called it a crisis.', 'Ben Sasse', 'Sen., R-Neb.'],
    ['Rep. Mara Quist (D-Minn.) spoke first.', 'Mara Quist', 'Rep. (D-Minn.)'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('NAME of ORGANISATION, and what follows it', () => {
  test.each([
    ['“It was the last beachhead,” says Pamela Lyon of the University of Adelaide, a scholar of basal cognition.', 'Pamela Lyon', 'scholar of basal cognition'],
    ['When Audrey Dussutour of France’s National Center for Scientific Research placed dishes, the mold moved.', 'Audrey Dussutour', 'of France’s National Center for Scientific Research'],
    ['Farmer complaints were raised by Shahida Begum of Ishwaripur village last week.', 'Shahida Begum', 'of Ishwaripur village'],
    ['The report was written by Oliver Brandt of the Kiel Institute for the World Economy.', 'Oliver Brandt', 'of the Kiel Institute for the World Economy'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('a rank gives way to the office after the name; two people "both" share a role', () => {
  test.each([
    ['But General Mark Milley, chairman of the Joint Chiefs of Staff, told reporters otherwise.', 'Mark Milley', 'chairman of the Joint Chiefs of Staff'],
    ['Admiral Jane Holt, commander of the Pacific Fleet, said so.', 'Jane Holt', 'commander of the Pacific Fleet'],
    ['American Kevin King and Australian Timothy Weeks, both professors at the American University of Kabul, were freed.', 'Kevin King', 'professor at the American University of Kabul'],
    ['Anna Berg and Lukas Stein, both nurses at the city hospital, were honoured.', 'Anna Berg', 'nurse at the city hospital'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('a role holds no verb and crosses no clause', () => {
  test.each([
    ['Although relatives suggested the disgraced financier may have been murdered, Kathleen Hawk Sawyer told lawmakers no.', 'Kathleen Hawk Sawyer'],
    ['Because the manager has been fired, Pedro Alves took over the shop.', 'Pedro Alves'],
    ['After the senator had spoken, Maria Lopez said nothing.', 'Maria Lopez'],
  ])('%s → %s: no role', (sentence, name) => {
    expect(roleOf(sentence, name)).toBeNull();
  });
});

describe('a role noun, then what it is of, right before the name (French, Spanish, Portuguese, English)', () => {
  test.each([
    ['Ese mismo viernes, el ministro de Trabajo, Pablo Mieres, dialogó con el gremio.', 'es', 'Pablo Mieres', 'ministro de Trabajo'],
    ['El ministro ruso de Asuntos Exteriores, Serguei Lavrov, dijo el lunes que no.', 'es', 'Serguei Lavrov', 'ministro ruso de Asuntos Exteriores'],
    ['Este premio fue concedido al dibujante de prensa ucraniano Vladimir Kazanevsky, en reconocimiento.', 'es', 'Vladimir Kazanevsky', 'dibujante de prensa ucraniano'],
    ['Em busca de uma solução, o presidente do Senado, Rodrigo Pacheco, se reuniu ontem.', 'pt', 'Rodrigo Pacheco', 'presidente do Senado'],
    ['Le dernier mot reviendra au chef de l’Etat Miloš Zeman dont les décisions ont pesé.', 'fr', 'Miloš Zeman', 'chef de l’Etat'],
    ['La ministre de la culture, Aurélie Marchand, était défavorable.', 'fr', 'Aurélie Marchand', 'ministre de la culture'],
    ['« Le risque est là », précise la toxicologue Dominique Parent-Massin dans une note.', 'fr', 'Dominique Parent-Massin', 'toxicologue'],
    ['The chief executive of the company, John Smith, said no.', 'en', 'John Smith', 'chief executive of the company'],
  ])('%s → %s', (sentence, lang, name, role) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });

  test.each([
    ['Then the officer shot Tom Smith in the leg.', 'en', 'Tom Smith'],
    ['El ministro dijo ayer que Pablo Mieres no vendrá.', 'es', 'Pablo Mieres'],
    ['Le ministre a reçu Miloš Zeman mardi.', 'fr', 'Miloš Zeman'],
  ])('%s → no role', (sentence, lang, name) => {
    expect(roleOf(sentence, name, lang)).toBeNull();
  });
});

describe('each name of a list after a plural role', () => {
  const list = 'Study co-authors include Eric Bui, Sophie A. Palitz, and Naomi Simon of MGH; Jennifer M. Johnston of Boston University; and Mark H. Pollack of Rush University.';
  test.each([
    [list, 'Eric Bui', 'Study co-author'],
    [list, 'Naomi Simon', 'Study co-author'],
    [list, 'Mark H. Pollack', 'Study co-author'],
    ['The winners were Tom Ashby, Jim Bellamy and Ann Coleridge.', 'Jim Bellamy', 'winner'],
    ['Other speakers include Tom Ashby and Jim Bellamy.', 'Tom Ashby', 'speaker'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
  test.each([
    ['Their rivals are Tom Ashby.', 'Tom Ashby'],
    ['The results include a letter Tom Ashby wrote, and more.', 'Tom Ashby'],
    ['Study co-authors include Eric Bui.', 'Eric Bui'],
    // Firms and acronyms in the list: no list of people.
    ['He ran a firm whose clients included Coke, UBS and Dow Chemical.', 'Dow Chemical'],
  ])('%s → %s: no role', (sentence, name) => {
    expect(roleOf(sentence, name)).toBeNull();
  });
});

describe('a short role, then the organisation after a comma', () => {
  test.each([
    ['“We use freelancers,” said Rafi Friedman, president, Coastal Luxury Outdoors. “It works.”', 'Rafi Friedman', 'president, Coastal Luxury Outdoors'],
    ['“It worked,” said Greg Davis, owner, Azola Creative.', 'Greg Davis', 'owner, Azola Creative'],
    ['“Yes,” said Mina Patel, founder, Brightside Health, on Monday.', 'Mina Patel', 'founder, Brightside Health'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
  test('not another person after the comma', () => {
    expect(roleOf('The panel had Ann Roe, president, John Smith and others.', 'Ann Roe')).toBe('president');
  });
});

describe('one of a group named before a list is one of that role', () => {
  const group = 'Howlett examined how two other mathematicians, Nalini Anantharaman and Laura Monk, have picked up where she left off.';
  test.each([
    [group, 'Nalini Anantharaman', 'mathematician'],
    [group, 'Laura Monk', 'mathematician'],
    ['The award went to three young chemists, Ada Brennan and Ola Sandvik, last week.', 'Ola Sandvik', 'young chemist'],
    ['The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who fled.', 'Saviour Kasukuwere', 'cabinet minister'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
  test.each([
    ['He said Tom Ashby, have a look at this, and left.', 'Tom Ashby'],
    ['Ask Tom Ashby, were you there when the director spoke?', 'Tom Ashby'],
    ['Mary Quill, will you marry the captain?', 'Mary Quill'],
  ])('%s → %s: no role from a clause after the name', (sentence, name) => {
    expect(roleOf(sentence, name)).toBeNull();
  });
});

describe('a WordNet noun that is also an adjective is no role unless it heads the phrase', () => {
  test.each([
    ['Eric Reeves, one of the leading American academic voices on Sudan, said he was appalled.', 'Eric Reeves', null],
    ['Ann Roe, a senior official at the ministry, said no.', 'Ann Roe', 'senior official at the ministry'],
    ['Colin Haley, a Seattle-based alpinist best known for his climbs, is here.', 'Colin Haley', 'Seattle-based alpinist best known for his climbs'],
    ['Tom Hale, an academic at Leeds, said no.', 'Tom Hale', 'academic at Leeds'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
  test.each([
    ['CBS DFW reports the man who kidnapped the child, Michael Webb, was sentenced to life.', 'Michael Webb', 'man who kidnapped the child'],
    ['Police said the woman who found the dog, Ella Marsh, called them.', 'Ella Marsh', 'woman who found the dog'],
    ['The nurse who treated him, Jo Pryor, said he was calm.', 'Jo Pryor', 'nurse who treated him'],
  ])('a description with a relative clause: %s → %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('an owner with a possessive before a title is part of the role', () => {
  test.each([
    ["Stability AI's CEO Prem Akkaraju signalled a shift in 2025.", 'Prem Akkaraju', "Stability AI's CEO"],
    ['Britain’s former Prime Minister Theresa Maye spoke first.', 'Theresa Maye', 'Britain’s former Prime Minister'],
    ["Shares fell after Northwind AI's CEO Lena Dorn resigned.", 'Lena Dorn', "Northwind AI's CEO"],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('a role noun, "of" or "to", then a short noun phrase or a place before the name', () => {
  test.each([
    ['“It is not enough,” Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said.', 'Eva-Marie Persson', 'Sweden’s deputy director of public prosecutions'],
    ['Another diplomat, former special envoy to Ukraine Kurt Volker, changed his account.', 'Kurt Volker', 'former special envoy to Ukraine'],
    ['China’s ambassador to Britain Liu Xiaming has said that China is ready.', 'Liu Xiaming', 'China’s ambassador to Britain'],
    ['The head of hospital security, Dana Kerr, said the doors were locked.', 'Dana Kerr', 'head of hospital security'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('a bare title gives way to a later description after the name, not to a word before it', () => {
  const roleIn = (paragraphs: string[], name: string) =>
    findEntities(doc(paragraphs)).people.find((p) => p.name === name)?.role ?? null;
  test.each([
    [['Walt Disney Co. executive Kevin Mayer said demand was high.', '“We had issues,” Mayer, Disney’s chairman of streaming, said.'], 'Kevin Mayer', 'Disney’s chairman of streaming'],
    [['Ambassador Gordon Sondland will testify.', 'Sondland, the ambassador to the European Union, is a hotelier.'], 'Gordon Sondland', 'ambassador to the European Union'],
    [['President Donald Trump spoke.', 'Sondland, a wealthy hotelier Trump tapped as ambassador, is here.'], 'Donald Trump', 'President'],
    [['Analyst Mira Olsen said it was early.', 'Olsen, a senior analyst at Brightfield Bank, added more.'], 'Mira Olsen', 'senior analyst at Brightfield Bank'],
  ])('%j → %s: %s', (paragraphs, name, role) => {
    expect(roleIn(paragraphs, name)).toBe(role);
  });
});

describe('an appositive cut by a clause takes no organisation from inside that clause', () => {
  test.each([
    ['Josh Bongard, a frequent Levin collaborator who runs the Morphology, Evolution, and Cognition Laboratory, agreed.', 'Josh Bongard', 'frequent Levin collaborator'],
    ['Ada Lind, a longtime colleague who founded Lind, Berg, and Partners, agreed.', 'Ada Lind', 'longtime colleague'],
    ['Rafi Friedman, president, Coastal Luxury Outdoors.', 'Rafi Friedman', 'president, Coastal Luxury Outdoors'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('a description opening the next sentence describes the previous sentence’s subject', () => {
  const roleIn = (paragraphs: string[], name: string) =>
    findEntities(doc(paragraphs)).people.find((p) => p.name === name)?.role ?? null;
  test.each([
    ['Eyamba Sowers didn’t know Patrick was coming but saw his visit as a pleasant surprise. The real estate agent said she related to him.', 'Eyamba Sowers', 'real estate agent'],
    ['Tom Hale was seen at the club on Friday. The 50-year-old singer, who had been ill, left early.', 'Tom Hale', '50-year-old singer'],
    ['Ann Reed met the mayor on Monday. The mayor said no.', 'Ann Reed', null],
    ['John Smith was stopped by officers. The officer said he ran.', 'John Smith', null],
    ['The video was altered to show Kim Starr failing to answer. The chairman of the party called it satire.', 'Kim Starr', null],
  ])('%s → %s: %s', (text, name, role) => {
    expect(roleIn([text], name)).toBe(role);
  });
});

describe('an office right after "was named", "has been appointed", with or without "as"', () => {
  test.each([
    ['McAleenan resigned and Chad Wolf has been named new DHS acting secretary.', 'Chad Wolf', 'new DHS acting secretary'],
    ['Tom Rees was elected mayor of Leeds in 2019.', 'Tom Rees', 'mayor of Leeds'],
    ['Kim Lo was appointed as the chief executive of Brightfield Bank.', 'Kim Lo', 'chief executive of Brightfield Bank'],
    ['Anna Holt was named to the board in May.', 'Anna Holt', null],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('a role and its organisation after commas; capitals alone after "at" are no role', () => {
  test.each([
    ['It helps, according to Nick Eberts, product manager, Google Cloud at Google, and others.', 'Nick Eberts', 'product manager, Google Cloud at Google'],
    ['It helps, according to Ameenah Burhan, solutions architect for Google Cloud.', 'Ameenah Burhan', 'solutions architect for Google Cloud'],
    ['Ana Ruiz spoke first. Yeun Joon Kim of Cambridge Judge Business School and Jing Zhou, Professor of Management at Rice University, agreed.', 'Yeun Joon Kim', 'of Cambridge Judge Business School'],
    ['Ana Ruiz spoke first. Yeun Joon Kim of Cambridge Judge Business School and Jing Zhou, Professor of Management at Rice University, agreed.', 'Jing Zhou', 'Professor of Management at Rice University'],
    ['She earned her PhD at Leeds Judge, Mia Holt of the Leeds Law School said.', 'Mia Holt', 'of the Leeds Law School'],
    ['Tom Lee of the Department of Health and Human Services said no.', 'Tom Lee', 'of the Department of Health and Human Services'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('a capitalised noun for a person before a given name and surname is the title', () => {
  test.each([
    ['Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds.', 'Nadia Cruz', 'Public Ombudsman'],
    ['He met Ombudsman Nadia Cruz on Monday.', 'Nadia Cruz', 'Ombudsman'],
    ['Bank Economist Sarah Hewin said so.', 'Sarah Hewin', 'Bank Economist'],
    ['He was replaced by fellow Queenslander Daniel Herbert.', 'Daniel Herbert', 'fellow Queenslander'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('a description with a possessive later in the sentence is the role of the one named just before', () => {
  test.each([
    ['Three died in protests against the government that ousted Evo Morales, after clashes erupted between the socialist leader’s supporters and police.', 'Evo Morales', 'socialist leader'],
    ['Fans gathered outside the hotel where Mara Lind stayed, hoping for the 50-year-old singer’s autograph.', 'Mara Lind', '50-year-old singer'],
    ['Nancy Pelosi criticized the president’s plan.', 'Nancy Pelosi', null],
    ['Tom Hale met reporters after the officers had read the suspect’s statement.', 'Tom Hale', null],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('a paragraph opening on a described person, then one opening on a name and an age, names that person', () => {
  const roleIn = (paragraphs: string[], name: string) =>
    findEntities(doc(paragraphs)).people.find((p) => p.name === name)?.role ?? null;
  test.each([
    [['A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the office said.', 'Patrick Carlineo Jr., 55, could face up to 10 years in prison.'], 'Patrick Carlineo Jr.', 'New York man'],
    [['A 30-year-old nurse from Leeds has won the lottery twice in one year.', 'Ana Ruiz, 30, said she would keep working.'], 'Ana Ruiz', '30-year-old nurse'],
    [['A man was killed in a crash on Friday night.', 'John Smith saw it happen from his window.'], 'John Smith', null],
    [['A pilot landed the plane safely on Monday.', 'Tom Reed, a passenger, said he was scared.'], 'Tom Reed', 'passenger'],
  ])('%j → %s: %s', (paragraphs, name, role) => {
    expect(roleIn(paragraphs, name)).toBe(role);
  });
});

describe('an appositive opened by another language\'s article; a German genitive "der" stays in the role', () => {
  test.each([
    ['"Man muss aufpassen", sagt Fabian Stenger, der Deutschland-Chef von Flixbus.', 'Fabian Stenger', 'Deutschland-Chef von Flixbus', 'de'],
    ['Tobias Lindner, sicherheitspolitischer Sprecher der Grünen im Bundestag, nennt den Vorfall besorgniserregend.', 'Tobias Lindner', 'sicherheitspolitischer Sprecher der Grünen im Bundestag', 'de'],
    ['« Nous resterons fermes », a déclaré Gérald Darmanin, le ministre de l’Intérieur.', 'Gérald Darmanin', 'ministre de l’Intérieur', 'fr'],
    ['Lo anunció Pedro Sánchez, el presidente del Gobierno, en Madrid.', 'Pedro Sánchez', 'presidente del Gobierno', 'es'],
    ['A medida foi anunciada por Fernando Haddad, o ministro da Fazenda.', 'Fernando Haddad', 'ministro da Fazenda', 'pt'],
    ['Das sagte Karin Vogel, die Sprecherin der Stadtwerke, am Montag.', 'Karin Vogel', 'Sprecherin der Stadtwerke', 'de'],
  ])('%s → %s: %s', (sentence, name, role, lang) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });

  test.each([
    ['Das sagte Karin Vogel, die seit Jahren in der Stadt lebt, am Montag.', 'Karin Vogel', 'de'],
    ['Das sagte Karin Vogel, die als Kind nach Berlin kam, am Montag.', 'Karin Vogel', 'de'],
    ['« Non », a répondu Paul Girard, le lendemain.', 'Paul Girard', 'fr'],
  ])('no role from a relative clause or a time: %s', (sentence, name, lang) => {
    expect(roleOf(sentence, name, lang)).toBeNull();
  });
});

describe('German "NAME von ORGANISATION" gives where the person works', () => {
  test.each([
    ['„Da hätte sofort reagiert werden müssen“, erklärte Julia Michler von „Peta“.', 'Julia Michler', 'von „Peta“'],
    ['Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „Wir haben Löcher gefunden.“ Bröckling sagte das.', 'Stefan Bröckling', 'von der Tiernothilfe'],
    ['Die Lage sei ernst, sagte Thomas Weber vom Deutschen Roten Kreuz am Montag.', 'Thomas Weber', 'vom Deutschen Roten Kreuz'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name, 'de')).toBe(role);
  });

  test.each([
    ['Die Regel gilt, sagte Thomas Weber von Montag an.', 'Thomas Weber'],
    ['Das Lied sang Thomas Weber von Peter Maffay, sagte Thomas Weber.', 'Thomas Weber'],
  ])('no role from a time: %s', (sentence, name) => {
    expect(roleOf(sentence, name, 'de')).toBeNull();
  });
});

describe('a German role noun declined after "den", "ihren" … is printed as its nominative', () => {
  test.each([
    ['Für ihren Gegenkandidaten Ulrich Hemel votierten 41 Delegierte.', 'Ulrich Hemel', 'Gegenkandidat'],
    ['Gewählt wurden die Journalistin Claudia Nothelle und den Theologen Thomas Söding.', 'Thomas Söding', 'Theologe'],
    ['Die Kritik richtete sich gegen den Präsidenten Thomas Weber.', 'Thomas Weber', 'Präsident'],
    ['Das sagte der Sprecher Thomas Weber am Montag.', 'Thomas Weber', 'Sprecher'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name, 'de')).toBe(role);
  });
});

describe('an age in brackets before the appositive; a capitalised non-role before the name gives way to it', () => {
  test.each([
    ['Zu Vizepräsidentinnen wählte die Vollversammlung Birgit Mock (51), Vizepräsidentin des Katholischen Deutschen Frauenbundes, und andere.', 'Birgit Mock', 'Vizepräsidentin des Katholischen Deutschen Frauenbundes', 'de'],
    ['The winner was Mary Jones (34), a teacher from Leeds.', 'Mary Jones', 'teacher from Leeds', 'en'],
    ['Au second tour, les électeurs ont choisi Marie Dupont (47), la maire de Lille.', 'Marie Dupont', 'maire de Lille', 'fr'],
  ])('%s → %s: %s', (sentence, name, role, lang) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });
});

describe('a German relative clause "der/die … als ROLE fungiert/arbeitet" gives the role', () => {
  test.each([
    ['Das habe organisatorische Gründe, sagte Gaby Allendorf, die als Sprecherin der Initiative fungiert und mehr.', 'Gaby Allendorf', 'Sprecherin der Initiative'],
    ['Das sagte Thomas Weber, der seit 2019 als Leiter des Bauamts arbeitet, am Montag.', 'Thomas Weber', 'Leiter des Bauamts'],
    ['Das sagte Julia Berger, die als Ärztin in Köln tätig ist.', 'Julia Berger', 'Ärztin in Köln'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name, 'de')).toBe(role);
  });

  test.each([
    ['Das sagte Thomas Weber, der als Kind nach Berlin kam, am Montag.', 'Thomas Weber'],
  ])('no role without a verb of serving: %s', (sentence, name) => {
    expect(roleOf(sentence, name, 'de')).toBeNull();
  });
});

describe('an office before the comma says more than the rank or title right before the name', () => {
  test.each([
    ['O presidente do STF, Luiz Fux, também se encontrou, ontem, com o ministro da Defesa, general Paulo Sérgio Nogueira.', 'pt', 'Paulo Sérgio Nogueira', 'ministro da Defesa'],
    ['Se reunió con el ministro de Defensa, el general Juan Pérez, el lunes.', 'es', 'Juan Pérez', 'ministro de Defensa'],
    ['He spoke with the commander of the Pacific Fleet, Admiral John Aquilino, on Monday.', 'en', 'John Aquilino', 'commander of the Pacific Fleet'],
    ['Il a rencontré le président du tribunal de Paris, le juge Jean Dupont, lundi.', 'fr', 'Jean Dupont', 'président du tribunal de Paris'],
  ])('%s → %s', (sentence, lang, name, role) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });

  // A relative, one of a group, or a body's name in capitals is no office: the title stays.
  test.each([
    ['Like his father, Senator Tom Ridge voted no.', 'Tom Ridge', 'Senator'],
    ['Among the protesters, lawyer Jane Roe voted no.', 'Jane Roe', 'lawyer'],
    ['He spoke with the chairman of the Joint Chiefs of Staff, Gen. Mark Milley, on Monday.', 'Mark Milley', 'Gen.'],
    ['Undergoing a seasonal overhaul at the dock in Seattle, skipper Wade Bassi said no.', 'Wade Bassi', 'skipper'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('an organisation’s abbreviation in brackets does not cut the role before the name', () => {
  test.each([
    ['Pacheco se reuniu com o presidente do Supremo Tribunal Federal (STF), ministro Luiz Fux. O parlamentar reforçou o apoio.', 'pt', 'Luiz Fux', 'presidente do Supremo Tribunal Federal'],
    ['She met the head of the Federal Bureau of Investigation (FBI), Christopher Wray, on Monday.', 'en', 'Christopher Wray', 'head of the Federal Bureau of Investigation'],
    ['Se reunió con el presidente de la Comisión Nacional de Energía (CNE), Luis Gómez, el lunes.', 'es', 'Luis Gómez', 'presidente de la Comisión Nacional de Energía'],
  ])('%s → %s', (sentence, lang, name, role) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });
});

describe('a long description before the name keeps its role noun and what follows, up to a preposition', () => {
  test.each([
    ['El periodista ruso laureado con el último premio Nobel de la Paz, Dmitry Muratov, denunció este martes la propaganda.', 'es', 'Dmitry Muratov', 'periodista ruso laureado'],
    ['O jornalista russo premiado com o último Nobel da Paz em Oslo, Dmitri Muratov, denunciou a propaganda.', 'pt', 'Dmitri Muratov', 'jornalista russo premiado'],
    ['The veteran Russian journalist honoured with last year’s Nobel Peace Prize in Oslo, Dmitry Muratov, spoke on Tuesday.', 'en', 'Dmitry Muratov', 'veteran Russian journalist honoured'],
  ])('%s → %s', (sentence, lang, name, role) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });
});

describe('an apposition that names someone else speaking is no role', () => {
  test.each([
    ['Após rechaçar um encontro com Jair Bolsonaro, o técnico Tite declarou que errou.', 'pt', 'Jair Bolsonaro'],
    ['Tras la reunión con Pedro Sánchez, el entrenador Xavi dijo que no.', 'es', 'Pedro Sánchez'],
    ['After meeting Joe Biden, the coach Pochettino declared he was happy.', 'en', 'Joe Biden'],
  ])('%s → %s: no role', (sentence, lang, name) => {
    expect(roleOf(sentence, name, lang)).toBeNull();
  });
});

describe('a possessive or a fused article in another language ends a role scanned backwards', () => {
  test.each([
    ['A crise foi intensificada após o perdão concedido pelo presidente Bolsonaro ao deputado Daniel Silveira (PTB-RJ).', 'pt', 'Daniel Silveira', 'deputado'],
    ['Tite levou a taça, conquistada pelo Corinthians, ao ex-presidente Luiz Inácio Lula da Silva.', 'pt', 'Luiz Inácio Lula da Silva', 'ex-presidente'],
    ['Il succède après la démission de son prédécesseur Adam Vojtěch en septembre.', 'fr', 'Adam Vojtěch', 'prédécesseur'],
    ['Le président a reçu sa ministre de la Culture, Rachida Dati, lundi.', 'fr', 'Rachida Dati', 'ministre de la Culture'],
  ])('%s → %s', (sentence, lang, name, role) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });
});

describe('a plural closing an organisation’s name is not made singular', () => {
  test.each([
    ['Lo dijo el presidente de la Cámara de Diputados, Sergio Massa, el lunes.', 'es', 'Sergio Massa', 'presidente de la Cámara de Diputados'],
    ['Lo anunció la presidenta de la Asociación de Periodistas, Ana Torres, ayer.', 'es', 'Ana Torres', 'presidenta de la Asociación de Periodistas'],
    ['The cabinet ministers, Jonathan Moyo and Saviour Kasukuwere, left.', 'en', 'Jonathan Moyo', 'cabinet minister'],
  ])('%s → %s', (sentence, lang, name, role) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });
});

describe('an English noun spelt like another language’s possessive is still a role', () => {
  test.each([
    ['Parata and his 22-year-old son, Te Kaurinui Robert Parata, were called in to assist.', 'Te Kaurinui Robert Parata', 'son'],
    ['The family of Ana Ruiz, whose son Pedro Ruiz was hurt, spoke out.', 'Pedro Ruiz', 'son'],
    ['Her godson and heir, Tomas Brandt, inherited the house.', 'Tomas Brandt', 'godson and heir'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});

describe('the office someone was elected or named to, in German, French, Spanish and Portuguese', () => {
  test.each([
    ['Birgit Mock ist mit großer Mehrheit zur neuen Vizepräsidentin des Frauenbundes gewählt worden.', 'de', 'Birgit Mock', 'Vizepräsidentin des Frauenbundes'],
    ['Thomas Berg wurde am Montag zum Vorsitzenden der Partei gewählt.', 'de', 'Thomas Berg', 'Vorsitzende der Partei'],
    ['Marie Dupont a été élue présidente de la région Bretagne dimanche.', 'fr', 'Marie Dupont', 'présidente de la région Bretagne'],
    ['Ana Torres fue elegida presidenta del Consejo Nacional el martes.', 'es', 'Ana Torres', 'presidenta del Consejo Nacional'],
    ['João Silva foi eleito presidente do Senado nesta segunda.', 'pt', 'João Silva', 'presidente do Senado'],
  ])('%s → %s', (sentence, lang, name, role) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });

  test.each([
    ['Ana Torres fue elegida por sus compañeros.', 'es', 'Ana Torres'],
    ['Marie Dupont est nommée pour trois ans.', 'fr', 'Marie Dupont'],
    ['Thomas Berg wurde am Montag zum ersten Mal gewählt.', 'de', 'Thomas Berg'],
  ])('%s → no role', (sentence, lang, name) => {
    expect(roleOf(sentence, name, lang)).toBeNull();
  });
});

describe('a Romance role noun, then a word for where its holder stands in office', () => {
  test.each([
    ['Após rechaçar um encontro com o presidente eleito Jair Bolsonaro, o técnico Tite declarou que errou.', 'pt', 'Jair Bolsonaro', 'presidente eleito'],
    ['Se reunió con el presidente electo Gabriel Boric en Santiago.', 'es', 'Gabriel Boric', 'presidente electo'],
    ['Il a rencontré le président sortant Jean Dupont lundi.', 'fr', 'Jean Dupont', 'président sortant'],
  ])('%s → %s', (sentence, lang, name, role) => {
    expect(roleOf(sentence, name, lang)).toBe(role);
  });
});

describe('an age between commas comes before the appositive role', () => {
  test.each([
    ['Jane Smith, 45, a nurse at the city hospital, said she was tired.', 'Jane Smith', 'nurse at the city hospital'],
    ['Jane Smith, 61, the mayor of Springfield, said no.', 'Jane Smith', 'mayor of Springfield'],
    ['Patrick Carlo, 55, a retired firefighter, was charged on Friday.', 'Patrick Carlo', 'retired firefighter'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
  test.each([
    ['Jane Smith, 45, said she was tired.', 'Jane Smith'],
    ['Jane Smith, 45, and Tom Reed, 50, were hurt.', 'Jane Smith'],
  ])('%s → %s: no role', (sentence, name) => {
    expect(roleOf(sentence, name)).toBeNull();
  });
});

describe('an apposition that is the subject of a verb of saying is no role', () => {
  test.each([
    ['Após rechaçar um encontro com Jair Bolsonaro, o técnico declarou que errou.', 'pt', 'Jair Bolsonaro'],
    ['Tras reunirse con Pedro Sánchez, el entrenador dijo que estaba contento.', 'es', 'Pedro Sánchez'],
    ['Après avoir rencontré Jean Dupont, le ministre a déclaré que tout allait bien.', 'fr', 'Jean Dupont'],
  ])('%s → %s: no role', (sentence, lang, name) => {
    expect(roleOf(sentence, name, lang)).toBeNull();
  });
});

describe('an English apposition cut at "said" or "told" without its comma keeps its role', () => {
  test.each([
    ['“It is complicated,” Callan Spicher, vice president of Spicher’s Appliance & Security told us in an interview.', 'Callan Spicher', 'vice president of Spicher’s Appliance & Security'],
    ['“We are ready,” Jane Smith, chief executive of Acme Corp said on Monday.', 'Jane Smith', 'chief executive of Acme Corp'],
    ['“No,” Tom Reed, a spokesman for the city said.', 'Tom Reed', 'spokesman for the city'],
  ])('%s → %s: %s', (sentence, name, role) => {
    expect(roleOf(sentence, name)).toBe(role);
  });
});
