// `npm run eval [-- AREA…]`: scores quotes, speakers, people, roles and summaries. Each area is a module in
// scripts/eval/ exporting `name` and `run(ctx)`; the labelled pages (labels/dev, dev2, dev3) are digested once and shared.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAllLabels, digestLabelledPages, type LabelledPage } from './eval/labels.ts';

/** `devPages()`: every labelled page of labels/dev* (dev, dev2, dev3), digested once. */
export interface EvalContext { devPages: () => Promise<LabelledPage[]> }
interface EvalArea { name: string; run: (ctx: EvalContext) => Promise<void> }

const only = process.argv.slice(2);
let cached: Promise<LabelledPage[]> | null = null;
const ctx: EvalContext = { devPages: () => (cached ??= digestLabelledPages(loadAllLabels())) };

const dir = join(import.meta.dirname, 'eval');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'labels.ts').sort()) {
  const area = (await import(join(dir, file))) as EvalArea;
  if (only.length && !only.includes(area.name)) continue;
  console.log(`\n=== ${area.name} ===`);
  await area.run(ctx);
}
