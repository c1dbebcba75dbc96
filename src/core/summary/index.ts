// Summary: rank the sentences, repair their openings, introduce the people they name; one paragraph.
export { summarize } from './summary.ts';
