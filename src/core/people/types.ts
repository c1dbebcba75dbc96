// The people part's shapes, apart from its passes so each pass can read them without importing the pipeline.
import type { Span } from '../types.ts';

export interface PersonEntity {
  name: string;
  aliases: string[];
  role: string | null;
  gender: 'male' | 'female' | null;
  mentions: Span[];
  /** How central the person is to the story (higher first); people are sorted by it. */
  salience?: number;
}

export interface OrganizationEntity {
  name: string;
  aliases: string[];
  mentions: Span[];
}

export interface Entities {
  people: PersonEntity[];
  organizations: OrganizationEntity[];
}
