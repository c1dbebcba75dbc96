import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { haveBrowser, openPopupFor, until } from './finish-harness.ts';
import { finishSuite } from './finish-suite.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }

/** Runs axe-core in the page and returns its serious and critical violations, each as "rule: help (targets)". */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe;
    const results = await axe.run(document, {}) as { violations: AxeViolation[]; passes: unknown[] };
    return { violations: results.violations, passes: results.passes.length };
  });
  // axe really looked: a page it could not inspect would pass no rule either.
  expect(violations.passes).toBeGreaterThan(10);
  return violations.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`);
}

// An Italian article: a language whose quotation marks and verbs of saying the core does not read.
const ITALIAN_PAGE = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Il consiglio approva il bilancio</title>
<meta property="og:type" content="article"></head><body><article><h1>Il consiglio approva il bilancio</h1>
${Array.from({ length: 6 }, () => '<p>La sindaca ha detto lunedì che la città non aumenterà le tasse quest’anno, ma che il consiglio deve rivedere il bilancio. «Dobbiamo essere onesti con le persone che ci hanno eletto», ha detto in una conferenza stampa, dove i giornalisti hanno saputo che la decisione sarà presa entro la fine del mese.</p>').join('\n')}
</article></body></html>`;

describe.runIf(haveBrowser('chromium'))('issue 7 in Chromium', () => {
  const { lede, server } = finishSuite('chromium');

  test('the popup and the options page pass axe-core with no serious or critical violation, light and dark', async () => {
    const article = await lede().openTab(`${server().origin}/seed`);
    const popup = await openPopupFor(lede(), article);
    // Unfold everything, so hidden-until-clicked parts are checked too.
    await popup.click('.show-all-quotes').catch(() => undefined);
    await popup.click('.more-people').catch(() => undefined);
    const options = await lede().openExtensionPage('options.html');
    await options.waitForFunction(() => document.querySelector('#autoDetect-hint')?.textContent !== '');
    for (const scheme of ['light', 'dark']) {
      for (const page of [popup, options]) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        expect(await seriousViolations(page), `${scheme}: ${page.url()}`).toEqual([]);
      }
    }
    await Promise.all([popup.close(), options.close(), article.close()]);
  });

  test('the popup is usable by keyboard alone, with a visible focus ring on every control', async () => {
    const article = await lede().openTab(`${server().origin}/seed`);
    const popup = await openPopupFor(lede(), article);
    const stops: Array<{ name: string; outline: string }> = [];
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      const stop = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { name: el.className || el.tagName, outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      if (!stop || stops.some((s) => s.name === stop.name && stop.name === 'open-settings')) break;
      stops.push(stop);
    }
    const names = stops.map((s) => s.name);
    expect(names.filter((n) => n.includes('quote-text'))).toHaveLength(4);
    for (const control of ['show-all-quotes', 'more-people', 'copy-markdown', 'copy-text', 'open-settings']) {
      expect(names.some((n) => n.includes(control)), control).toBe(true);
    }
    for (const stop of stops) expect(stop.outline, stop.name).toMatch(/^solid [1-9]/);
    await Promise.all([popup.close(), article.close()]);
  });

  test('Alt+Shift+L opens the popup (the _execute_action command)', async () => {
    const commands = await lede().inExtension((a) => a.commands.getAll(), null);
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe('Alt+Shift+L');
  });

  test('turning automatic detection off clears the badge at once and stops detection; on again brings it back', async () => {
    const article = await lede().openTab(`${server().origin}/seed`);
    const tabId = await lede().tabIdOf(article);
    const badge = () => lede().inExtension((a, id) => a.action.getBadgeText({ tabId: id }), tabId);
    await until('the badge', async () => ((await badge()) !== '' ? true : null));
    const options = await lede().openExtensionPage('options.html');
    await options.waitForSelector('#autoDetect:checked');
    await options.click('#autoDetect');
    await until('the badge to clear', async () => ((await badge()) === '' ? true : null));
    // A page opened while detection is off gets no verdict and no badge.
    const other = await lede().openTab(`${server().origin}/rt/lemonde-1/`);
    const otherId = await lede().tabIdOf(other);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await lede().inExtension((a, id) => a.action.getBadgeText({ tabId: id }), otherId)).toBe('');
    await options.bringToFront();
    await options.click('#autoDetect');
    await until('the badge to come back', async () => ((await badge()) !== '' ? true : null));
    await lede().inExtension((a) => a.storage.sync.clear(), null);
    await Promise.all([options.close(), other.close(), article.close()]);
  });

  test('a page in a language the core does not read says so instead of a poor digest; "Digest anyway" still works', async () => {
    server().addPage('/italiano', ITALIAN_PAGE);
    const article = await lede().openTab(`${server().origin}/italiano`);
    const popup = await openPopupFor(lede(), article);
    expect(await popup.$eval('[data-state]', (n) => n.getAttribute('data-state'))).toBe('unsupported-language');
    expect(await popup.$eval('.state-title', (n) => n.textContent)).toBe('Lede does not read Italian yet.');
    await popup.click('.state .action');
    await popup.waitForSelector('.digest .headline');
    await Promise.all([popup.close(), article.close()]);
  });

  test('screenshots for the README: the options page and a highlighted quote', async () => {
    const options = await lede().openExtensionPage('options.html');
    await options.setViewport({ width: 620, height: 400 });
    await options.waitForFunction(() => document.querySelector('#autoDetect-hint')?.textContent !== '');
    await options.screenshot({ path: 'docs/options.png' });
    const article = await lede().openTab(`${server().origin}/seed`);
    await article.setViewport({ width: 1000, height: 640 });
    const popup = await openPopupFor(lede(), article);
    await popup.click('.quote:nth-child(2) .quote-text');
    await until('the highlight', () => article.evaluate(() => (CSS.highlights.get('lede-quote')?.size ? true : null)));
    await article.bringToFront();
    await new Promise((r) => setTimeout(r, 300));
    await article.screenshot({ path: 'docs/highlight.png' });
    await Promise.all([options.close(), popup.close(), article.close()]);
  });
});
