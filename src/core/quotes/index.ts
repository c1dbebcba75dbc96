// Quotes: quotation marks, quote spans, who said each (attribution, speaker names) and the key quotes.
export { attributeSpeakers } from './attribution.ts';
export { cautiousSpeakers } from './cautious-speakers.ts';
export { chooseKeyQuotes } from './key-quotes.ts';
export { findQuotes } from './quote-spans.ts';
export { isQuoteMark } from './quote-marks.ts';
