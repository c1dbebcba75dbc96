import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';

function speakers(...paragraphs: string[]) {
  const article: Article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs };
  return digest(article).quotes.map((q) => [q.text, q.speaker]);
}

describe('attributeSpeakers', () => {
  test.each([
    ['"X said" with the fullest name', ['Russian President Vladimir Putin met Xi Jinping on Monday.', '“We can work with our American partners,” Putin said.'],
      [['We can work with our American partners,', 'Vladimir Putin']]],
    ['"said X" with a title', ['“We believe that justice has been served in this case,” said U.S. Attorney Nealy Cox.'],
      [['We believe that justice has been served in this case,', 'Nealy Cox']]],
    ['an appositive between name and verb', ['“The house should send an unmistakable signal,” Interior Minister Wolfgang Peschorn, who serves in a provisional government, said in the statement.'],
      [['The house should send an unmistakable signal,', 'Wolfgang Peschorn']]],
    ['according to', ['The fire was “completely preventable”, according to fire chief Maria Lopez.'],
      [['completely preventable', 'Maria Lopez']]],
    ['a colon introduction', ['Opposition Leader Bill Shorten said in a letter last month: “Press freedom concerns would ideally be addressed in this Bill.”'],
      [['Press freedom concerns would ideally be addressed in this Bill.', 'Bill Shorten']]],
    ['an interrupted quote', ['Anna Smith runs the bakery.', '“It was a great day,” she said, “and a sad one.”'],
      [['It was a great day,', 'Anna Smith'], ['and a sad one.', 'Anna Smith']]],
    ['a pronoun by gender', ['Mr John Brown met Mrs Jane Green in May. She had called the meeting.', '“We agreed on almost everything,” she said.'],
      [['We agreed on almost everything,', 'Jane Green']]],
    ['a multi-paragraph quote', ['Jose Mourinho said after his appointment: "I am excited to be joining a club with such a great heritage.', '"The quality in both the squad and the academy excites me."'],
      [['I am excited to be joining a club with such a great heritage.', 'Jose Mourinho'], ['The quality in both the squad and the academy excites me.', 'Jose Mourinho']]],
    ['a quote after a sentence naming its speaker', ['President Barack Obama spoke to the BBC. The president also admitted that some governments needed to improve.', '"Well, they are not ideal institutions. But we found that blunt talk works."'],
      [['Well, they are not ideal institutions. But we found that blunt talk works.', 'Barack Obama']]],
    ['a description', ['“We received an inquiry and are cooperating in the matter,” a spokesperson for the company said.'],
      [['We received an inquiry and are cooperating in the matter,', 'a spokesperson for the company']]],
    ['an organisation', ['The ministry said in a statement: “The building will never again evoke the memory of that time.”'],
      [['The building will never again evoke the memory of that time.', 'The ministry']]],
    ['a partial quote belongs to the verb before it', ['Netanyahu strongly warned against making a “bad deal” during his address to Congress, an appearance criticized by the Obama administration.'],
      [['bad deal', 'Netanyahu']]],
    ['a signature after a dash', ['“The most unqualified child to ever run for president.” ― Francisco Herrero'],
      [['The most unqualified child to ever run for president.', 'Francisco Herrero']]],
    ['a name inside an appositive gives way to the speaker it describes', ['Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament and predilection to undercutting his own negotiating team” had complicated the task.'],
      [['mercurial temperament and predilection to undercutting his own negotiating team', 'Eswar Prasad']]],
    ['an appositive naming a place, before a colon', ['Cheuk Hau-yip, the commander of Kowloon West district, said: “These rioters, they are also criminals.”'],
      [['These rioters, they are also criminals.', 'Cheuk Hau-yip']]],
    ['a name after a role\'s preposition is part of the role', ['The United Nations High Commissioner for Human Rights said the decision did “not modify existing international law, nor its interpretation”.'],
      [['not modify existing international law, nor its interpretation', 'The United Nations High Commissioner for Human Rights']]],
    ['an institution is not an epithet for a person', ['White House press secretary Stephanie Grisham spoke on Monday.', 'Donald Trump, according to the White House, went to hospital for a “quick exam and labs” on Saturday.'],
      [['quick exam and labs', 'the White House']]],
    ['an unnamed spokesperson stays a description', ['Customs and Border Protection did not accept the offer.', '“Operating a vaccine program is not feasible,” the spokesperson said.'],
      [['Operating a vaccine program is not feasible,', 'the spokesperson']]],
    ['a pronoun points back before itself, not to a name after it', ['Montell Figgins, who represents Thomas, said his client chose not to accept a plea.', 'He said Thomas is a single father whom a guilty plea would “ruin for life.”'],
      [['ruin for life.', 'Montell Figgins']]],
    ['a pronoun prefers the subject of the sentence before', ['Figgins declined to address whether Thomas slept on the night Epstein died. “When all the evidence is presented,” he said, “maybe you’ll see it.”'],
      [['When all the evidence is presented,', 'Figgins'], ['maybe you’ll see it.', 'Figgins']]],
    ['a pronoun by the given name\'s gender', ['Tim Morrison testified. Stephanie Grisham spoke after the hearing.', '“Both witnesses testified the transcript was accurate,” she said.'],
      [['Both witnesses testified the transcript was accurate,', 'Stephanie Grisham']]],
    ['the subject of an object relative clause', ['Fortress will leave with a payout that New Media investor Leon Cooperman blasted on a call as “morally wrong.”'],
      [['morally wrong.', 'Leon Cooperman']]],
    ['the subject of a clause after "what"', ['Van Der Beek was eliminated in what host Tom Bergeron described as the “hardest judge’s verdict so far this season.”'],
      [['hardest judge’s verdict so far this season.', 'Tom Bergeron']]],
    ['a relative clause with no subject of its own', ['The testimony followed that of four officials, including a career Army officer who described the call as “improper.”'],
      [['improper.', 'a career Army officer']]],
    ['a quote introduced right after "said," inside another attribution', ['During the call, Patrick Carlineo called her a “terrorist” and said, “somebody ought to put a bullet in her skull,” the prosecutor’s office said.'],
      [['terrorist', 'Patrick Carlineo'], ['somebody ought to put a bullet in her skull,', 'Patrick Carlineo']]],
    ['a verb-looking noun after a quantifier or in a name', ['The doctors said they have volunteers licensed in all states to work with officials to “create a system to ensure that the majority of migrant families” are vaccinated.', 'Donald Trump told a veterans group that the United States’ military is “depleted” and will grow.'],
      [['create a system to ensure that the majority of migrant families', 'The doctors'], ['depleted', 'Donald Trump']]],
    ['an organisation named by its head noun', ['The Arab League called it an “extremely adverse development”.'],
      [['extremely adverse development', 'Arab League']]],
    ['a capitalised particle inside a name', ['The former star James Van Der Beek was voted off on Monday.', '“We lost the baby,” Van Der Beek said.'],
      [['We lost the baby,', 'James Van Der Beek']]],
    ['after "telling" comes the listener', ['Marc Benioff and Tim Cook spoke.', '"We all miss Steve so much," Benioff said, telling Cook, "since he passed, you have been so true to him."'],
      [['We all miss Steve so much,', 'Marc Benioff'], ['since he passed, you have been so true to him.', 'Marc Benioff']]],
    ['a command', ['"Hands! Let me see your hands!" an officer ordered.'], [['Hands! Let me see your hands!', 'an officer']]],
    ['no speaker where the article does not say', ['“It was a long night.”'], [['It was a long night.', null]]],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});
