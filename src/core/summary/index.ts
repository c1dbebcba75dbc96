export { summarize } from './summary.ts';
