// German reported speech (issue 15). German news reports a source's words in the subjunctive (Konjunktiv I: "Die
// Nachfrage sei hoch", "Das werde erst geschehen"), and a quote set in such a sentence is the words of the source the
// article is reporting, named in the sentences before. "…“, so Machtlinger." names a speaker like "sagte Machtlinger".

// Konjunktiv I forms of the third person that news copy uses for reported speech; none is an indicative third person.
// Konjunktiv II forms are added where news copy uses them the same way.
const SUBJUNCTIVE = new Set([
  'sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'dürfe', 'solle', 'wolle', 'möge', 'gebe', 'gehe', 'stehe',
  'liege', 'gelte', 'bleibe', 'komme', 'brauche', 'mache', 'sehe', 'wisse', 'lasse', 'fehle', 'entwickle', 'handle',
  'dominiere', 'setze', 'zeige', 'trage', 'biete', 'führe', 'bringe', 'finde', 'halte', 'heiße',
  // Konjunktiv II, which reported speech takes where Konjunktiv I looks like the indicative ("Airbus und Boeing würden").
  'würde', 'würden', 'hätte', 'hätten', 'wäre', 'wären',
]);

/** Whether a German sentence (the writer's words, quotes taken out) reports speech: `isReportedSpeech('Die Lage sei ernst')`. */
export function isReportedSpeech(sentence: string): boolean {
  for (const m of sentence.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    // "ich habe", "ich werde": the first person's indicative, not the subjunctive.
    if (SUBJUNCTIVE.has(word) && !/\bich\s+$/i.test(sentence.slice(Math.max(0, m.index - 5), m.index))) return true;
  }
  return false;
}

/** Whether a language tag is German: the subjunctive rule and "so X" hold there. */
export function isGerman(lang: string | null): boolean {
  return !!lang && /^de(?:$|[-_])/i.test(lang.trim());
}
