// People: name mentions, grouping into persons and organisations, roles, gender, pronouns and ranking.
export { findEntities } from './people.ts';
export { inferGenders, pronounGender } from './pronouns.ts';
export type { Gender } from './pronouns.ts';
export type * from './types.ts';
