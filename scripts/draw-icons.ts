/**
 * Renders assets/icon.svg to the PNG sizes the manifest needs (assets/static/icon/N.png).
 * Run after changing the drawing: npx tsx scripts/draw-icons.ts
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const out = join(root, 'assets/static/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icons written to ${out}`);
