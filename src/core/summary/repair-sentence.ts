// Makes a sentence readable out of its context (issue 5): an opening connective ("But", "However,") goes, an opening
// "He"/"She"/"His"/"Her" becomes the person's name, and a sentence whose opening cannot be resolved is refused.
// Nothing is invented: the only words added are a name the article itself gives.

// Connectives that only make sense after the sentence before them; a comma after them is dropped too.
const CONNECTIVES = /^(?:But|And|Yet|Or|So,|However|Moreover|Furthermore|Nevertheless|Nonetheless|Additionally|Also|Likewise|Similarly|Consequently|Hence|Thus|Therefore|Besides|Indeed|Meanwhile|Still,|Instead,|Then,|Now,|In addition|In contrast|By contrast|Even so|At the same time|On the other hand|As a result|In turn|After that|Afterwards|Later,|Separately|Overall|In fact|Of course|After all|That said|Even then|Again,|Plus,|Rather,|Otherwise,|Anyway,|Regardless,|Finally,|Lastly,|Ultimately,|In part,|Though,)(?=[\s,])\s*,?\s*/;
// The same connectives set off by commas after the subject ("Israeli courts, however, have…"): the commas and word go.
const INNER_CONNECTIVE = /^([^,;:“”"]{2,60}?), (?:however|though|meanwhile|moreover|furthermore|nevertheless|nonetheless|therefore|in turn|in fact|too|also|instead|likewise|by contrast|in contrast), (?=\p{Ll})/u;

// Pronouns and demonstratives that point back to something the summary may not contain.
const UNRESOLVABLE = /^(?:They|Them|Their|It|Its|Him|Those|These|There,|Such|Both|Neither|Either|The two|The pair|The latter|The former|The same|Others|Another|Which)\b/;
// Openings that point back to what came just before: the next item of a list ("Sixth, harmonise…") or the last
// thing done ("In doing so, the scientists…", "In this way, GenAI moves…").
const POINTS_BACK = /^(?:(?:Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?,|Next,|In (?:so doing|doing so)\b|By doing so\b|In this way\b|That way,|To do so\b|To that end\b|For (?:this|that) reason\b|Because of (?:this|that)\b|Despite (?:this|that)\b|Together,)/;
// A pronoun after an opening phrase of time or place ("By 2017, as Senate majority leader, he quickly…", "In June
// 2025, they received…"). Not after a clause with a subject of its own ("After Patrick walked in, he apologised"),
// where the pronoun points to that subject; "it" is often no one ("In March, it was announced"), so it is left alone.
const FRONTED_PRONOUN = /^(?=(?:In|On|At|By|For|From|During|After|Before|Since|Until|Over|Within|Despite|With|Without|Throughout|Following|Later|Earlier|Last|Back|Today|Yesterday|Years|Months|Weeks|Days)\b)(?!(?:After|Before|Since|Until)\b[^,]*\s\p{Lu})((?:[^,;:“”"]{2,60}, ){1,2})(he|she|they|his|her|their)\b(?!['’])/u;
// "This is…", "That was…", "This comes after…": a demonstrative used as a pronoun, not "This week".
const DEMONSTRATIVE_PRONOUN = /^(?:This|That|These|Those)(?:['’]s| (?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|does|did|means|meant|comes|came|follows|followed|includes|included|marks|marked|made|makes|led|leads|left|leaves|prompted|sparked|raised|caused|appears|appeared|seems|seemed|shows|showed|suggests|suggested|puts|put|brings|brought|became|becomes|happened|occurred)\b)/;

// "that" or "this" standing for a whole earlier sentence, as an object ("He has said that more than once.", "Nobody
// expected this.", "Officials denied that, too."): out of its context the sentence says nothing (issue 16).
const DANGLING_OBJECT = /\b(?:said|say|says|did|do|does|done|doing|know|knew|known|heard|seen|saw|mean|means|meant|expected|denied|deny|denies|believe|believed|remember|remembered|understand|understood|like|about|despite|beyond|after|before|for|with|against|of) (?:that|this)(?=\s*[.!?,;]|\s+(?:more than once|again|once|twice|before|too|either|anymore|any more|all along|for years|as well)\b)/;

export type PronounResolver = (pronoun: 'he' | 'she') => string | null;

/**
 * Rewrites the opening of a sentence that will stand without the sentence before it, or returns null when it cannot.
 * Examples: `repairOpening('But he said no.', () => 'Ann Lee')` gives "Ann Lee said no.";
 * `repairOpening('It was late.', () => null)` gives null.
 */
export function repairOpening(text: string, resolve: PronounResolver): string | null {
  let out = text;
  // Connectives can come in a row ("Now, though, several evaluations…"): each goes.
  for (let connective = CONNECTIVES.exec(out); connective && connective[0].length < out.length; connective = CONNECTIVES.exec(out)) {
    out = capitalise(out.slice(connective[0].length));
  }
  out = out.replace(INNER_CONNECTIVE, '$1 ');
  if (UNRESOLVABLE.test(out) || DEMONSTRATIVE_PRONOUN.test(out) || POINTS_BACK.test(out) || DANGLING_OBJECT.test(out)) return null;
  const fronted = FRONTED_PRONOUN.exec(out);
  const lead = fronted?.[1] ?? '';
  const word = (fronted ? fronted[2]! : /^(He|She|His|Her)\b(?!['’])/.exec(out)?.[1])?.toLowerCase();
  if (word) {
    // "they" after an opening phrase names no one the summary can give: the sentence is refused.
    if (word === 'they' || word === 'their') return null;
    const name = resolve(word === 'he' || word === 'his' ? 'he' : 'she');
    if (!name) return null;
    const possessive = word === 'his' || word === 'her';
    out = lead + (possessive ? `${name}’s` : name) + out.slice(lead.length + word.length);
  }
  return out;
}

/** Whether the sentence opens with something that needs the sentence before it. */
export function needsContext(text: string): boolean {
  return CONNECTIVES.test(text) || INNER_CONNECTIVE.test(text) || UNRESOLVABLE.test(text) || DEMONSTRATIVE_PRONOUN.test(text) || POINTS_BACK.test(text) || FRONTED_PRONOUN.test(text) || /^(?:He|She|His|Her)\b/.test(text);
}

function capitalise(s: string): string {
  // Keep lower-case brand names and quotes as printed; only a plain lower-case first word is capitalised.
  return s.replace(/^(["“‘']?)(\p{Ll})/u, (_, mark: string, ch: string) => mark + ch.toUpperCase());
}
