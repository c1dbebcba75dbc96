// Verbs of saying, in every form news copy uses them (issue 3). A generic English list, not tied to any page.

import { SPEECH_VERB_FORMS } from './lang-words.ts';

const BASES = [
  'say', 'tell', 'add', 'write', 'warn', 'tweet', 'post', 'state', 'explain', 'ask', 'reply', 'respond', 'continue',
  'note', 'argue', 'insist', 'claim', 'declare', 'announce', 'acknowledge', 'admit', 'recall', 'remark', 'observe',
  'suggest', 'stress', 'emphasise', 'emphasize', 'urge', 'caution', 'concede', 'counter', 'shout', 'yell', 'whisper',
  'joke', 'quip', 'boast', 'complain', 'lament', 'predict', 'promise', 'vow', 'pledge', 'testify', 'confirm', 'deny',
  'describe', 'recount', 'conclude', 'muse', 'exclaim', 'cry', 'wonder', 'retort', 'snap', 'reiterate', 'maintain',
  'contend', 'charge', 'allege', 'agree', 'echo', 'text', 'email', 'comment', 'assert', 'report', 'scream', 'plead',
  'demand', 'answer', 'mention', 'point', 'sigh', 'laugh', 'smile', 'murmur', 'mutter', 'shrug', 'beg', 'predict',
  'affirm', 'reply', 'reveal', 'disclose', 'tout', 'praise', 'criticise', 'criticize', 'blast', 'slam', 'accuse',
  'concur', 'chime', 'gush', 'rave', 'protest', 'object', 'inform', 'assure', 'advise', 'instruct', 'call', 'label',
  'brand', 'term', 'dismiss', 'hail', 'thunder', 'fume', 'rage', 'scoff', 'sneer', 'tease', 'rule', 'find', 'read',
  'preach', 'proclaim', 'pronounce', 'summarise', 'summarize', 'elaborate', 'clarify', 'specify', 'indicate',
  'signal', 'hint', 'speculate', 'estimate', 'calculate', 'forecast', 'predict', 'stipulate', 'posit', 'opine',
  'begin', 'go', 'interject', 'interrupt', 'offer', 'put', 'share', 'sing', 'chant', 'shoot', 'fire', 'write',
  'order', 'command', 'bark', 'inquire', 'enquire', 'confess', 'marvel', 'gripe',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  begin: ['began', 'begins'],
  go: ['went'],
  find: ['found', 'finds'],
  read: ['reads'],
  put: ['puts'],
  sing: ['sang', 'sings'],
  shoot: ['shot'],
  rule: ['ruled', 'rules'],
};

function inflect(base: string): string[] {
  // The plain form too: "respondents say", "officials tell".
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]!];
  const forms = [base];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  if (/[^aeiou]y$/.test(base)) {
    forms.push(`${base.slice(0, -1)}ied`, `${base.slice(0, -1)}ies`, `${base}ing`);
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    forms.push(`${base}ed`, `${base}es`, `${base}ing`);
  } else {
    forms.push(base.endsWith('e') ? `${base}d` : `${base}ed`, `${base}s`, `${stem}ing`);
  }
  // Doubled final consonant: snap → snapped, chat → chatted.
  if (/(?:^|[^aeiou]|qu)[aeiou][bdgmnprt]$/.test(base) && base.length <= 5) forms.push(`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`);
  return forms;
}

// Verbs that introduce speech only with a particle or object ("point out", "go on", "put it"): too loose alone.
const NEEDS_PARTICLE = new Set(['point', 'go', 'put', 'begin', 'offer', 'share', 'shoot', 'fire', 'chime', 'call',
  'label', 'brand', 'term', 'find', 'read', 'rule', 'smile', 'shrug', 'sigh', 'laugh', 'agree', 'report', 'post',
  'text', 'charge', 'promise', 'deny', 'confirm', 'reveal', 'indicate', 'signal', 'estimate', 'calculate', 'order',
  'command']);

const ALL_FORMS = new Map<string, string>();
for (const base of BASES) for (const form of inflect(base)) ALL_FORMS.set(form, base);

// The same role in French, German, Spanish and Portuguese copy (issue 7: « », „ “ quotes need their speakers too).
// Inflected forms as news uses them after a quote ("», a déclaré X", "“, sagte X", "”, disse X"); none is an English word.
const OTHER_LANGUAGE_FORMS = new Set([
  // French
  'dit', 'déclaré', 'déclare', 'affirmé', 'affirme', 'ajouté', 'ajoute', 'expliqué', 'explique', 'estimé', 'souligné',
  'souligne', 'indiqué', 'assuré', 'assure', 'confié', 'confie', 'répondu', 'répond', 'précisé', 'précise', 'martelé',
  'insisté', 'rappelé', 'rappelle', 'dénoncé', 'dénonce', 'annoncé', 'écrit', 'lancé', 'prévenu', 'prévient', 'tweeté',
  'raconté', 'raconte', 'commenté', 'commente', 'reconnu', 'reconnaît', 'poursuivi', 'poursuit', 'interrogé',
  // German
  'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'warnte', 'warnt',
  'schrieb', 'schreibt', 'kritisierte', 'bekräftigte', 'forderte', 'versicherte', 'ergänzte', 'unterstrich',
  'berichtete', 'antwortete', 'erläuterte', 'sagt', 'fügte', 'teilte', 'räumte',
  // Spanish
  'dijo', 'afirmó', 'declaró', 'señaló', 'señala', 'explicó', 'añadió', 'añade', 'aseguró', 'asegura', 'indicó',
  'agregó', 'agrega', 'comentó', 'sostuvo', 'advirtió', 'manifestó', 'expresó', 'subrayó', 'apuntó', 'destacó',
  'precisó', 'insistió', 'respondió', 'contó', 'escribió', 'admitió', 'reconoció',
  // Portuguese
  'disse', 'diz', 'afirmou', 'declarou', 'explicou', 'acrescentou', 'ressaltou', 'destacou', 'garantiu', 'disseram',
  'contou', 'comentou', 'observou', 'avaliou', 'defendeu', 'completou', 'informou', 'escreveu', 'respondeu',
  'admitiu', 'reconheceu', 'alertou',
]);

// More Spanish, Portuguese, French, German and Italian forms (lang-words.ts).
for (const form of SPEECH_VERB_FORMS) OTHER_LANGUAGE_FORMS.add(form);

/** True for a form of a verb of saying: `isSpeechVerb('said') === true`, `isSpeechVerb('walked') === false`. */
export function isSpeechVerb(word: string): boolean {
  const lower = word.toLowerCase();
  const base = ALL_FORMS.get(lower);
  return (base !== undefined && !NEEDS_PARTICLE.has(base)) || OTHER_LANGUAGE_FORMS.has(lower);
}

/** Like isSpeechVerb, but also loose verbs that introduce speech in a fixed frame (`called it`, `went on`). */
export function isLooseSpeechVerb(word: string): boolean {
  return ALL_FORMS.has(word.toLowerCase()) || OTHER_LANGUAGE_FORMS.has(word.toLowerCase());
}
