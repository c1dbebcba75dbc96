// Nouns for people: WordNet's English nouns (generated, wordnet-person-nouns.ts) and, for French, German, Spanish
// and Portuguese, a short list of heads and the endings of compounds that name an office or a trade.
import { WORDNET_PERSON_NOUNS } from './wordnet-person-nouns.ts';
import { decodeWords } from './coded-words.ts';

let english: Set<string> | null = null;

// Decodes the generated list once, on first use.
function englishNouns(): Set<string> {
  english ??= new Set(decodeWords(WORDNET_PERSON_NOUNS, true));
  return english;
}

// Heads of the other languages' roles that no ending below gives: offices, trades and kin ("le ministre",
// "la porte-parole", "el portavoz", "o técnico", "die Witwe").
const OTHER_HEADS = new Set(`
  ministre président présidente porte-parole directeur directrice secrétaire député députée sénateur sénatrice maire
  chef cheffe commissaire procureur procureure avocat avocate juge conseiller conseillère fondateur fondatrice
  dirigeant dirigeante responsable patron patronne candidat candidate milliardaire prédécesseur successeur
  chercheur chercheuse professeur professeure médecin entraîneur joueur joueuse capitaine ambassadeur ambassadrice
  opposant opposante militant militante élu élue jardinier jardinière écrivain écrivaine vice-président
  vice-présidente ex-président ex-ministre adjoint adjointe délégué déléguée fils fille père mère femme mari veuve
  presidente presidenta ministro ministra portavoz secretario secretaria subsecretario subsecretaria diputado
  diputada senador senadora alcalde alcaldesa gerente vicepresidente vicepresidenta jefe jefa fiscal juez jueza
  abogado abogada líder dibujante dirigente fundador fundadora director directora investigador investigadora
  entrenador entrenadora gobernador gobernadora canciller embajador embajadora portavoz candidato candidata
  empresario empresaria vocero vocera titular hijo hija padre madre esposa esposo viuda
  porta-voz secretário secretária deputado deputada prefeito prefeita governador governadora técnico técnica
  juiz juíza advogado advogada chefe diretor diretora vereador vereadora ex-presidente presidenta empresário
  treinador treinadora filho filha mãe pai
  Witwe Tochter Sohn Vater Mutter Ehefrau Ehemann
`.trim().split(/\s+/).map((w) => w.toLowerCase()));

// Endings of German compounds that name a role ("Lufthansa-Sprecherin", "Abteilungsleiter", "DRK-Generalsekretär",
// "Ex-Präsident", "AfD-Mitbegründer"), each with its feminine form, and of learned trades in all four languages
// ("Theologe", "toxicologue", "sociólogo", "biologiste", "periodista", "mathématicien").
const GERMAN_ENDINGS = /(?:sprecher|leiter|chef|minister|präsident|direktor|forscher|trainer|gründer|geschäftsführer|sekretär|politiker|berater|richter|kanzler|bürgermeister|kandidat|manager|funktionär|referent|mitarbeiter|sportler|journalist|aktivist|schauspieler|sänger|musiker|autor|professor|kommissar|botschafter|gewerkschafter|unternehmer|inhaber|vertreter|bischof)(?:in)?$|(?:vorsitzende|beauftragte|abgeordnete)r?$|(?:experte|expertin|anwalt|anwältin|arzt|ärztin|ologe|ologin)$/u;
const GERMAN_HEADS_ALONE = new RegExp(`^(?:${GERMAN_ENDINGS.source})`, 'u');
const LEARNED_ENDINGS = /(?:ologue|ologiste|ólogo|óloga|ologo|ologa|iste|ista|icien|icienne)$/u;
// "revista", "entrevista", "autopista": places and things that end like a trade.
const NOT_LEARNED = /(?:vista|pista|quista|liste|piste)$/u;

/**
 * True for a lower-case noun that names a person: in English one of WordNet's person nouns ("biologist",
 * "realtor", "lyricist"), in the other languages a listed head ("ministre", "portavoz") or a compound ending in a
 * role ("lufthansa-sprecherin", "drk-generalsekretär", "toxicologue"). Plurals are the caller's business.
 * Example: `isPersonNoun('ecologist') === true`, `isPersonNoun('ecology') === false`.
 */
export function isPersonNoun(word: string): boolean {
  if (englishNouns().has(word)) return true;
  // "editor-in-chief", "ex-wife", "co-author": a hyphenated compound whose head names a person.
  const dash = word.indexOf('-');
  if (dash > 0) {
    const rest = word.slice(dash + 1);
    if (/^(?:in|at|of|general|elect|designate)(?:-|$)/.test(rest) && englishNouns().has(word.slice(0, dash))) return true;
    if (/^(?:ex|co|vice|deputy|step|grand|former|then|acting|chief|lead|senior|junior)$/.test(word.slice(0, dash)) && englishNouns().has(rest)) return true;
  }
  return isForeignPersonNoun(word);
}

/**
 * The French, German, Spanish and Portuguese part of `isPersonNoun`, for words printed with a capital too (German
 * nouns): WordNet's English nouns are left out there, as many are surnames ("Baker", "Mason").
 * Example: `isForeignPersonNoun('lufthansa-sprecherin') === true`.
 */
export function isForeignPersonNoun(word: string): boolean {
  if (OTHER_HEADS.has(word)) return true;
  // Short words only as a whole head ("leiter", "ärztin", "chef"), not as an ending ("mister", "ärger").
  if (word.length < 7) return GERMAN_HEADS_ALONE.test(word);
  return GERMAN_ENDINGS.test(word) || (LEARNED_ENDINGS.test(word) && !NOT_LEARNED.test(word));
}
