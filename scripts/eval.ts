// `npm run eval [-- AREA…] [--misses] [--json FILE]`: scores quotes, speakers, people, roles and summaries. Each area
// is a module in scripts/eval/ exporting `name` and `run(ctx)`; the labelled pages (labels/dev, dev2, dev3) are
// digested once and shared. The scoreboard (scripts/eval/scoreboard.ts) runs last whenever an area read the labelled
// pages, or alone as `npm run eval -- scoreboard` (the fastest way to every labelled-page number).
//   --misses      before the scoreboard, what each labelled page got wrong (speakers, people, roles, summary checks)
//   --json FILE   also write the scoreboard's numbers to FILE
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAllLabels, digestLabelledPages, type LabelledPage } from './eval/labels.ts';
import { run as runScoreboard, name as SCOREBOARD } from './eval/scoreboard.ts';

/** `devPages()`: every labelled page of labels/dev* (dev, dev2, dev3), digested once. */
export interface EvalContext { devPages: () => Promise<LabelledPage[]> }
interface EvalArea { name: string; run: (ctx: EvalContext) => Promise<void> }

const only: string[] = [];
let json: string | null = null;
let misses = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--misses') misses = true;
  else if (arg === '--json') {
    json = args[++i] ?? null;
    if (!json) throw new Error('--json needs a file name');
  } else if (arg.startsWith('--json=')) json = arg.slice('--json='.length);
  else if (arg.startsWith('--')) throw new Error(`unknown option ${arg} (known: --misses, --json FILE)`);
  else only.push(arg);
}

let cached: Promise<LabelledPage[]> | null = null;
const ctx: EvalContext = { devPages: () => (cached ??= digestLabelledPages(loadAllLabels())) };

const dir = join(import.meta.dirname, 'eval');
const skip = new Set(['labels.ts', 'scoreboard.ts']);
const areas: EvalArea[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !skip.has(f)).sort()) areas.push((await import(join(dir, file))) as EvalArea);
const known = [...areas.map((a) => a.name), SCOREBOARD];
const unknown = only.filter((a) => !known.includes(a));
if (unknown.length) throw new Error(`unknown area ${unknown.join(', ')} (known: ${known.join(', ')})`);

for (const area of areas) {
  if (only.length && !only.includes(area.name)) continue;
  console.log(`\n=== ${area.name} ===`);
  await area.run(ctx);
}

// The scoreboard, last so that it is the last thing printed: when asked for, or when an area digested the labelled pages.
if (only.includes(SCOREBOARD) || cached !== null || misses || json) {
  console.log(`\n=== ${SCOREBOARD} ===`);
  await runScoreboard(ctx, { json, misses });
}
