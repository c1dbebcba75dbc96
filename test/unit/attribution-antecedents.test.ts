import { describe, expect, test } from 'vitest';
import { digest } from '../../src/core/digest.ts';
import type { Article } from '../../src/core/types.ts';

function speakers(...paragraphs: string[]) {
  const article: Article = { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en', url: null, paragraphs };
  return digest(article).quotes.map((q) => [q.text, q.speaker]);
}

describe('pronoun antecedents and sentence subjects', () => {
  test.each([
    ['a place at a sentence end is no antecedent', ['Darren Tipton runs the bakery chain in the United States.', 'The chain will later grow into Central and South America.', '“We are already seeing interest there,” he said.'],
      [['We are already seeing interest there,', 'Darren Tipton']]],
    ['a product caption is no antecedent', ['Mara Jensen, a florist, says fruit is everywhere this year.', 'Footed Compote Bowl', '“Halved grapefruits are becoming as much a part of the table as flowers,” she says.'],
      [['Halved grapefruits are becoming as much a part of the table as flowers,', 'Mara Jensen']]],
    ['the given name outvotes a pronoun that belongs to someone else', ['Such proofs can be dramatic, according to longtime contributor Erica Klarreich. When one mathematician announced his proof, “the lecture quickly descended into pandemonium,” she writes.'],
      [['the lecture quickly descended into pandemonium,', 'Erica Klarreich']]],
    ['an organisation named before "of" is the subject', ['A union endorsed Hillary Clinton on Thursday.', 'In a statement, the Association of Flight Attendants called Clinton a “champion” for its members.'],
      [['champion', 'the Association of Flight Attendants']]],
    ['a party group is the subject', ['Republicans said the Justice Department mishandled the inquiry.', 'Oversight Committee Republicans seethed after the disclosure that the lawyer helped sort the “work-related” emails.'],
      [['work-related', 'Oversight Committee Republicans']]],
    ['a noun before a verb of saying is part of the subject', ['“These devices can track sleep and even stress,” the trends report stated.'],
      [['These devices can track sleep and even stress,', 'the trends report']]],
    ['"inquired" and "confesses" are verbs of saying', ['“That is a big allegation to make about anyone,” inquired Nina Pineda.', 'Paul Levin wrote papers. “It has been sort of a slow rollout for me,” he confesses.'],
      [['That is a big allegation to make about anyone,', 'Nina Pineda'], ['It has been sort of a slow rollout for me,', 'Paul Levin']]],
    ['a name qualifying a plural of people is a description', ['“Each performance celebrates the cultural power of the colleges,” Aware Fest organizers shared in a statement.', 'Legal scholars have identified a loophole: “There is a gap in the international copyright system.”'],
      [['Each performance celebrates the cultural power of the colleges,', 'Aware Fest organizers'], ['There is a gap in the international copyright system.', 'Legal scholars']]],
    ['a name after a role, "of" and a number belongs to the role', ['Craig Hawtin-Butcher, Managing Director of 50 Best, said the organization is “thrilled” to bring the awards to the city.'],
      [['thrilled', 'Craig Hawtin-Butcher']]],
    ['a full name with a given name after a preposition is an antecedent', ['Andrea Bartz and Charles Graeber sued in 2024. In June they received an answer from U.S. District Judge William Alsup that left many stunned: “The training use was a fair use,” he wrote.'],
      [['The training use was a fair use,', 'William Alsup']]],
    ['"and" joins two titles before a name', ['“We love to enhance the guest experience with paper,” says Holloway Events Founder and Lead Designer Cathleen Holloway.'],
      [['We love to enhance the guest experience with paper,', 'Cathleen Holloway']]],
    ['"it" is the document quoted last', ['GenAI “has transformed technology from a passive assistant to a co-creator,” says the research.', 'It adds: “Once collaboration begins, it can actively participate in decisions.”'],
      [['has transformed technology from a passive assistant to a co-creator,', 'the research'], ['Once collaboration begins, it can actively participate in decisions.', 'the research']]],
    ['"in X’s words"', ['Hannah Cairo grew up in the Bahamas.', 'Except studying math. Math gave her the escape she needed, a universe to roam — in Cairo’s words, a “world of ideas that I can explore on my own.”'],
      [['world of ideas that I can explore on my own.', 'Hannah Cairo']]],
    ['"by saying" in a relative clause: what the possessive names speaks', ['Benjamin Netanyahu won. The first comments came with a warning about the rhetoric from Netanyahu’s Likud party, which tried to rally support by saying that Arab voters were “coming out in droves.”'],
      [['coming out in droves.', 'Netanyahu’s Likud party']]],
    ['a bare name before a fragment is what the last speaker talks about', ['“Already, both leaders have demonstrated a willingness to take risks,” Obama said in his speech. Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace.”'],
      [['Already, both leaders have demonstrated a willingness to take risks,', 'Obama'], ['has put aside efforts to shortcut the pursuit of peace.', 'Obama']]],
    ['"State" inside a name is no verb of saying', ['The firm is based in Albany. A company spokesperson said in an email that “we have received an inquiry from the office and are cooperating.” The New York State Attorney General’s office had no comment.'],
      [['we have received an inquiry from the office and are cooperating.', 'A company spokesperson']]],
    ['"quipped" doubles its consonant after "qu"', ['Kristi Noem defended the campaign.', '“If we were any higher, we would be in the clouds,” one user quipped.'],
      [['If we were any higher, we would be in the clouds,', 'one user']]],
    ['a name closing an appositive is not the subject', ['Prince Andrew, the younger brother of heir to the British throne, Charles, has reportedly told friends that the interview was a “great success”.'],
      [['great success', 'Andrew']]],
    ['"instead" between a pronoun and its verb', ['Prince Andrew flew to New York in 2010.', 'During the visit, he was photographed having long chats with Jeffrey Epstein while strolling around Central Park.', 'He instead told the BBC interviewer: “I took the judgement call that I had to go and see him.”'],
      [['I took the judgement call that I had to go and see him.', 'Andrew']]],
    ['a long appositive between the quote and "said"', ['“Numerical experiments of this kind succeed when you get out more than you put in,” Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.'],
      [['Numerical experiments of this kind succeed when you get out more than you put in,', 'Dylan Nelson']]],
    ['the phrase’s fuller name beats a surname-only person', ['“2025 is all about fearless color and bold palettes for every room,” says Estera Events Co-Owner and Lead Planner Bianca Hall.', '“Course-less formats encourage movement and mingling at every party,” Hall says.'],
      [['2025 is all about fearless color and bold palettes for every room,', 'Bianca Hall'], ['Course-less formats encourage movement and mingling at every party,', 'Bianca Hall']]],
  ])('%s', (_, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});
