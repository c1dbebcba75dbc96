// The core's data types, as the popup sees them. The popup imports nothing from src/core (the core runs in the
// background, which sends the popup its digests); it reads the shapes of what it is sent through here. Types only:
// `export type` keeps every value of the core out of the popup's bundle (structure.test.ts checks it).
export type { Article, Digest, DigestArticle, DigestOptions, NoticeCode, Person, Quote, SummaryLength, UnusableCode } from '../core/types.ts';
