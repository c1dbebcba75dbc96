// The lexicon: word lists as data (and the lookups that read them). It imports nothing outside itself.
export {
  DEMONYMS, HONORIFICS, KNOWN_ORGS, MONTHS_AND_DAYS, NAME_PARTICLES, NOT_NAME_WORDS, ORG_HEADS, ORG_OF_HEADS, PLACES,
  PLACE_HEADS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS,
} from './entity-words.ts';
export { firstNameGender, isFirstName } from './first-names.ts';
export { isForeignPersonNoun, isPersonNoun } from './person-nouns.ts';
export { isLooseSpeechVerb, isSpeechVerb } from './speech-verbs.ts';
export { endsWithOne, lazy, patternBuilds } from './lazy.ts';
// French, German, Spanish, Portuguese… words; their lists share names with the English ones above (PLACES, TITLE_WORDS).
export * as other from './lang-words.ts';
