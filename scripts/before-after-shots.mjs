// Before/after pictures of issue 16's ten points, for its closing note (docs/screenshots/before-after/).
//
//   node scripts/before-after-shots.mjs BEFORE_DIR AFTER_DIR [--out DIR] [--only 1,4,9]
//
// BEFORE_DIR and AFTER_DIR are two checkouts of this repository, each built (npm ci; node
// scripts/build.mjs): the commit before issue 16's work and the one to show. Each side is shot with
// its own tools: its `dvk sample` workbook, its `dvk play` playground driven in Debian's Chromium
// (the sidebar page at Google's 300 px), its CLI (remind --outbox, print) and LibreOffice for paper.
// Each side's workbook is drawn by its own playground, except point 5: BEFORE's playground cannot lay
// out Tổng hợp (point 10), so both sides' summaries are drawn by AFTER's, over a copy whose Cấu hình is
// renamed (a playground runs its add-on's setup on opening a file with a Cấu hình, to restore the
// triggers, and AFTER's setup would migrate BEFORE's sheet). Point 10 compares the playgrounds. Not part of npm test: it takes minutes and writes docs/.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const TODAY = '2021-05-17';
const SIDEBAR_WIDTH = 300;

// ---------- arguments ----------
const argv = process.argv.slice(2);
const positional = argv.filter((a, i) => !a.startsWith('--') && !['--out', '--only'].includes(argv[i - 1]));
const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
if (positional.length !== 2) {
  console.error('Cách dùng: node scripts/before-after-shots.mjs BEFORE_DIR AFTER_DIR [--out DIR] [--only 1,4,9]');
  process.exit(2);
}
const SIDES = { before: path.resolve(positional[0]), after: path.resolve(positional[1]) };
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.resolve(option('--out') ?? path.join(ROOT, 'docs', 'screenshots', 'before-after'));
const ONLY = option('--only') ? new Set(option('--only').split(',').map(Number)) : null;
const wanted = (n) => !ONLY || ONLY.has(n);
mkdirSync(OUT, { recursive: true });
const TMP = mkdtempSync(path.join(os.tmpdir(), 'dvk-shots-'));

// ---------- processes ----------
function run(cmd, args, { cwd, allowed = [0], env } = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  if (!allowed.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
const dvk = (side, args, opts = {}) => run(process.execPath, [path.join(SIDES[side], 'bin', 'dvk.js'), ...args], { cwd: SIDES[side], ...opts });

/** A fresh copy of SIDE's sample workbook, made by SIDE's own generator. */
function sample(side, name = 'q3') {
  const dir = mkdtempSync(path.join(TMP, `${side}-`));
  const file = path.join(dir, `${name}.xlsx`);
  dvk(side, ['sample', file, '--today', TODAY], { allowed: [0, 1, 2] });
  if (!existsSync(file)) dvk(side, ['sample', file]);
  return file;
}

/** `dvk play FILE` of the checkout DIR, until stop(). */
async function play(dir, file) {
  const port = 18000 + Math.floor(Math.random() * 2000);
  const child = spawn(process.execPath, [path.join(dir, 'bin', 'dvk.js'), 'play', file, '--today', TODAY], {
    cwd: dir, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`dvk play gave no address: ${out}`)), 60000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/[^\s]+/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[0].replace(/\/$/, '')); }
    });
    child.stderr.on('data', (d) => { out += d; });
    child.on('exit', (code) => reject(new Error(`dvk play exited ${code}: ${out}`)));
  });
  return {
    url,
    async stop() {
      child.removeAllListeners('exit');
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await Promise.race([done, new Promise((r) => setTimeout(r, 10000))]);
    },
  };
}

// ---------- browser ----------
const browser = await chromium.launch({
  executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const pageOpts = { locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' };

/** The add-on's sidebar page of a playground, alone in a 300 px wide window (what Sheets gives it). */
async function sidebarPage(pg, height = 800) {
  const page = await browser.newPage({ ...pageOpts, viewport: { width: SIDEBAR_WIDTH, height } });
  await page.goto(`${pg.url}/sidebar`);
  await page.locator('h1').first().waitFor();
  await settle(page);
  return page;
}

/**
 * The playground's whole page (grid, sidebar, outbox). With `viewOnly` the add-on never runs: no
 * sidebar, no server call, so a workbook of the other side is drawn exactly as its own add-on left it.
 */
async function playgroundPage(pg, width = 1400, height = 860, { viewOnly = false } = {}) {
  const page = await browser.newPage({ ...pageOpts, viewport: { width, height } });
  if (viewOnly) {
    await page.route('**/sidebar*', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>-</title>' }));
    await page.route('**/api/run*', (r) => r.abort());
  }
  await page.goto(pg.url);
  await page.locator('body[data-ready=true]').waitFor();
  if (!viewOnly) await settle(page.frameLocator('#sidebar').locator('body'));
  return page;
}

/** Waits until no button says it is busy ("Đang …") and nothing says "Đang tải". */
async function settle(scope, timeoutMs = 90000) {
  const deadline = Date.now() + timeoutMs;
  await new Promise((r) => setTimeout(r, 300));
  for (;;) {
    const busy = await scope.locator('button:text-matches("^Đang"), [role=status]:text-matches("Đang tải")').count();
    if (!busy || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 300));
}

async function press(page, name) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await settle(page);
}

async function openTab(page, name) {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator(`#grid[data-sheet="${name}"]`).waitFor();
  await new Promise((r) => setTimeout(r, 300));
}

/** Writes PNG `name` in OUT from a page region; returns its path. */
async function shoot(target, name, opts = {}) {
  const file = path.join(OUT, name);
  await target.screenshot({ path: file, ...opts });
  // Parts of a montage are kept at full size; the montage is what must be small.
  if (!name.startsWith('tmp-')) await shrink(file);
  return file;
}

/** Keeps a PNG under ~150 KB by drawing it smaller in Chromium (no image tools needed); `scale` forces one size. */
async function shrink(file, { maxBytes = 150_000, scale } = {}) {
  const original = readFileSync(file);
  for (let s = scale ?? 0.9; s >= 0.3 && (scale !== undefined || statSync(file).size > maxBytes); s -= 0.1) {
    const page = await browser.newPage({ viewport: { width: 400, height: 300 } });
    await page.setContent(`<body style="margin:0"><img id="i" src="data:image/png;base64,${original.toString('base64')}">`);
    const img = page.locator('#i');
    await img.evaluate((e, f) => { e.style.width = `${Math.round(e.naturalWidth * f)}px`; }, s);
    await img.screenshot({ path: file });
    await page.close();
    if (scale !== undefined) break;
  }
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Renders an HTML fragment in Chromium at `width` and saves it as PNG `name`. */
async function renderHtml(html, name, width = 2400) {
  const page = await browser.newPage({ ...pageOpts, viewport: { width, height: 600 } });
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; padding: 12px; font: 13px/1.4 Arial, "Liberation Sans", sans-serif; color: #202124; background: #fff; }
    .cap { font-weight: bold; margin: 0 0 6px; } .row { display: flex; gap: 12px; align-items: flex-start; }
    .row img { border: 1px solid #bbb; } table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px 6px; vertical-align: top; text-align: left; }
    th { background: #eee; } .ok { color: #137333; } .bad { color: #b3261e; } pre { white-space: pre-wrap; font: 12px/1.45 "DejaVu Sans Mono", monospace; margin: 0; }
  </style><div id="shot" style="display:inline-block">${html}</div>`);
  await page.waitForLoadState('load');
  const file = await shoot(page.locator('#shot'), name);
  await page.close();
  return file;
}

const dataUrl = (png) => `data:image/png;base64,${readFileSync(png).toString('base64')}`;

/** Several PNGs side by side, each under its caption, as one PNG. */
async function montage(parts, name, width = 2400) {
  const html = `<div class="row">${parts.map((p) => `<div><p class="cap">${esc(p.caption)}</p><img src="${dataUrl(p.png)}" style="${p.style ?? ''}"></div>`).join('')}</div>`;
  return renderHtml(html, name, width);
}

// ---------- LibreOffice ----------
function toPdf(xlsx) {
  const outDir = mkdtempSync(path.join(TMP, 'pdf-'));
  run('soffice', [`-env:UserInstallation=file://${outDir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, xlsx]);
  return path.join(outDir, path.basename(xlsx).replace(/\.xlsx$/, '.pdf'));
}
const pdfPages = (pdf) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))[1]);
const pdfText = (pdf, page) => run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']);
const pdfSize = (pdf) => /Page size:\s+([^\n]+)/.exec(run('pdfinfo', [pdf]))[1].trim();
function pdfPng(pdf, page, dpi = 60) {
  const base = path.join(mkdtempSync(path.join(TMP, 'png-')), 'p');
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  return `${base}.png`;
}

const results = {};
const note = (n, text) => { results[n] = text; console.log(`point ${n}: ${text}`); };

// ================= the points =================
const PRINT_UNIT = 'Phường 2';

async function point1() {
  // Before: the whole workbook through LibreOffice (no page setup of its own), the unit's pages found by text.
  const bFile = sample('before');
  const bPdf = toPdf(bFile);
  const n = pdfPages(bPdf);
  // A unit tab's pages start with its letterhead's left half ("ĐẢNG BỘ QUẬN 3", then the unit) and
  // run until the next tab's letterhead.
  const firstLines = (p) => pdfText(bPdf, p).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2);
  const pages = [];
  for (let p = 1; p <= n; p++) {
    const [a, b] = firstLines(p);
    const letterhead = /^ĐẢNG BỘ/.test(a ?? '');
    if (pages.length && letterhead) break;
    if (pages.length || (letterhead && b === PRINT_UNIT)) pages.push(p);
  }
  if (!pages.length) throw new Error(`before: no page of ${PRINT_UNIT} in ${bPdf}`);
  const bShots = pages.slice(0, 3).map((p) => ({ png: pdfPng(bPdf, p, 50), caption: `Trang ${p - pages[0] + 1}/${pages.length} (${pdfSize(bPdf)})` }));
  await montage(bShots, '01-print-before.png');
  // After: dvk print, the same exportPdf path as Sheets' Xuất PDF.
  const aFile = sample('after');
  const aPdf = path.join(path.dirname(aFile), 'print.pdf');
  dvk('after', ['print', aFile, '--unit', PRINT_UNIT, '--out', aPdf, '--today', TODAY]);
  const an = pdfPages(aPdf);
  await montage(Array.from({ length: Math.min(an, 2) }, (_, i) => ({ png: pdfPng(aPdf, i + 1), caption: `Trang ${i + 1}/${an} (${pdfSize(aPdf)})` })), '01-print-after.png');
  note(1, `before ${pages.length} pages ${pdfSize(bPdf)}; after ${an} pages ${pdfSize(aPdf)}`);
}

async function point4() {
  for (const side of ['before', 'after']) {
    const pg = await play(SIDES[side], sample(side));
    try {
      const page = await sidebarPage(pg);
      await press(page, 'Kiểm tra tất cả');
      const out = page.locator('button:text-is("Kiểm tra tất cả")').locator('xpath=ancestor::section[1]');
      const height = Math.round((await out.boundingBox()).height);
      // The whole result, however long: its length is the point. A long one is shown whole at a
      // third of its size beside its first screen at full size.
      const whole = await shoot(out, `tmp-4-${side}.png`);
      if (height > 1600) {
        const first = await shoot(page, `tmp-4-first-${side}.png`, { fullPage: true, clip: { ...(await out.boundingBox()), height: 800 } });
        await shrink(whole, { scale: 1 / 3 });
        await montage([
          { png: whole, caption: `Toàn bộ: ${height} px (${(height / 800).toFixed(1)} màn hình 800 px), thu nhỏ 1/3` },
          { png: first, caption: 'Màn hình đầu, cỡ thật' },
        ], `04-check-${side}.png`);
        rmSync(first);
      } else {
        await montage([{ png: whole, caption: `Toàn bộ: ${height} px, cỡ thật` }], `04-check-${side}.png`);
      }
      rmSync(whole);
      note(`4-${side}`, `Kiểm tra section ${height} px tall at 300 px`);
      await page.close();
    } finally { await pg.stop(); }
  }
}

async function point9() {
  for (const side of ['before', 'after']) {
    const pg = await play(SIDES[side], sample(side));
    try {
      const page = await sidebarPage(pg);
      const home = await shoot(page, `tmp-9-home-${side}.png`, { fullPage: true, clip: { x: 0, y: 0, width: SIDEBAR_WIDTH, height: 560 } });
      await press(page, 'Xem trước');
      const prev = page.locator('button:text-is("Xem trước")').locator('xpath=ancestor::section[1]');
      const preview = await shoot(prev, `tmp-9-preview-${side}.png`);
      const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
      await montage([{ png: home, caption: 'Mở thanh bên' }, { png: preview, caption: 'Nhắc hạn → Xem trước' }], `09-sidebar-${side}.png`, 700);
      rmSync(home); rmSync(preview);
      note(`9-${side}`, `page scrollWidth ${wide} px at ${SIDEBAR_WIDTH}`);
      await page.close();
    } finally { await pg.stop(); }
  }
}


async function point2() {
  for (const side of ['before', 'after']) {
    // The issue's case: a campaign just made (dvk init: the default Quận 3 Cấu hình, most units
    // without an e-mail), then the first setup from the sidebar.
    const file = path.join(mkdtempSync(path.join(TMP, `${side}-init-`)), 'moi.xlsx');
    dvk(side, ['init', file, '--today', TODAY]);
    const pg = await play(SIDES[side], file);
    try {
      // Two units get an e-mail in Cấu hình, typed in the grid as the coordinator would.
      const grid = await playgroundPage(pg);
      await openTab(grid, 'Cấu hình');
      for (const unit of ['Phường 1', 'Phường 2']) {
        const a1 = await grid.locator('#grid td[data-a1]').evaluateAll((tds, u) => {
          const at = (td) => { const m = /^([A-Z]+)(\d+)$/.exec(td.getAttribute('data-a1')); return { col: m[1], row: Number(m[2]) }; };
          const name = tds.find((td) => (td.textContent ?? '').trim() === u);
          const r = at(name).row;
          const header = tds.filter((td) => /^e-?mail/i.test((td.textContent ?? '').trim()) && at(td).row < r).sort((a, b) => at(b).row - at(a).row)[0];
          return `${at(header).col}${r}`;
        }, unit);
        await typeInto(grid, a1, `${unit === 'Phường 1' ? 'phuong-1' : 'phuong-2'}@example.org`);
      }
      await grid.close();
      const page = await sidebarPage(pg);
      // The button says "trang tính" since the interface followed Google's Vietnamese term, "tab" before.
      const setupButton = page.getByRole('button', { name: /^Tạo\/cập nhật (tab|trang tính) đơn vị$/ }).first();
      await setupButton.click();
      await settle(page);
      const section = setupButton.locator('xpath=ancestor::section[1]');
      await shoot(section, `02-setup-${side}.png`);
      note(`2-${side}`, (await section.innerText()).split('\n').slice(0, 8).join(' | '));
      await page.close();
    } finally { await pg.stop(); }
  }
}

/** The A1 address of the first grid cell whose text starts with `prefix` (or undefined). */
const cellStarting = (page, prefix) => page.locator('#grid td[data-a1]').evaluateAll(
  (tds, p) => tds.find((td) => (td.textContent ?? '').trim().startsWith(p))?.getAttribute('data-a1'), prefix);

/** Scrolls the grid so the row of the first cell reading `text` is at the top, under the column letters. */
async function scrollToText(page, text) {
  await page.locator('#grid td[data-a1]').evaluateAll((tds, t) => {
    const td = tds.find((x) => (x.textContent ?? '').trim() === t);
    if (!td) return;
    const wrap = td.closest('.grid-wrap');
    const head = wrap.querySelector('thead, tr')?.getBoundingClientRect().height ?? 0;
    wrap.scrollTop += td.getBoundingClientRect().top - wrap.getBoundingClientRect().top - head;
  }, text);
  await new Promise((r) => setTimeout(r, 300));
}

async function typeInto(page, a1, text) {
  await page.locator(`#grid td[data-a1="${a1}"]`).click();
  await page.locator('#formula').fill(text);
  await page.locator('#formula').press('Enter');
  await page.locator('#status').filter({ hasText: 'Đã ghi' }).filter({ hasText: `!${a1}` }).waitFor({ timeout: 30000 });
}

const EMPTY_WARD = 'Phường 1';

async function point3() {
  for (const side of ['before', 'after']) {
    const pg = await play(SIDES[side], sample(side));
    try {
      const page = await playgroundPage(pg, 1700, 1500);
      await openTab(page, EMPTY_WARD);
      // A model typed on the row under the footnote (name and time), as a unit would once the
      // printed rows ran out; then Kiểm tra, which marks what it finds at the cell.
      const foot = await cellStarting(page, '* Ghi chú');
      const row = Number(/\d+$/.exec(foot)[0]) + 1;
      await typeInto(page, `B${row}`, 'Tổ tự quản an ninh khu phố 5');
      await typeInto(page, `D${row}`, 'Tháng 6/2021');
      const frame = page.frameLocator('#sidebar');
      await frame.getByRole('button', { name: 'Kiểm tra tất cả', exact: true }).click();
      await settle(frame.locator('body'));
      await openTab(page, 'Cấu hình');
      await openTab(page, EMPTY_WARD);
      await page.locator(`#grid td[data-a1="B${row}"]`).click();
      await new Promise((r) => setTimeout(r, 300));
      const rows = await page.locator('#grid td[data-a1^="A"]').evaluateAll((tds) => tds.filter((td) => /^\d+\.$/.test((td.textContent ?? '').trim())).length);
      const firstSection = await page.locator('#grid td[data-a1^="A"]').evaluateAll((tds) => {
        let n = 0; let started = false;
        for (const td of tds) {
          const t = (td.textContent ?? '').trim();
          if (/^\d+\.$/.test(t)) { started = true; n++; } else if (started) break;
        }
        return n;
      });
      const noteText = (await page.locator(`#grid td[data-a1="B${row}"]`).getAttribute('data-note')) ?? '';
      await shoot(page.locator('.grid-wrap').locator('xpath=..'), `03-rows-${side}.png`);
      note(`3-${side}`, `${rows} numbered rows, ${firstSection} under content 1; B${row} typed under the footnote, its note: ${noteText || '(none)'}`);
      await page.close();
    } finally { await pg.stop(); }
  }
}

/** SIDE's sample with Tổng hợp and Danh sách mô hình written by SIDE's own `dvk summary`. */
function summarised(side) {
  const file = sample(side);
  dvk(side, ['summary', file, '--today', TODAY], { allowed: [0, 1] });
  return file;
}

/**
 * A copy of `file` whose Cấu hình is renamed, in the sheet list and in the add-on's sidecar, so a
 * playground opening it runs no setup (it restores triggers only where a sheet is named Cấu hình):
 * AFTER's playground then draws BEFORE's sheets exactly as BEFORE's add-on wrote them.
 */
function viewCopy(file) {
  const dir = mkdtempSync(path.join(TMP, 'view-'));
  run('unzip', ['-q', file, '-d', path.join(dir, 'x')]);
  for (const [part, from, to] of [
    ['xl/workbook.xml', 'name="Cấu hình"', 'name="Cấu hình (xem)"'],
    ['xl/sharedStrings.xml', '&quot;name&quot;:&quot;Cấu hình&quot;', '&quot;name&quot;:&quot;Cấu hình (xem)&quot;'],
  ]) {
    const f = path.join(dir, 'x', part);
    writeFileSync(f, readFileSync(f, 'utf8').split(from).join(to));
  }
  const out = path.join(dir, path.basename(file));
  run('zip', ['-q', '-X', '-r', out, '.'], { cwd: path.join(dir, 'x') });
  return out;
}

async function point5() {
  // Both sides drawn by AFTER's playground (widths, frozen column, wrapping as Sheets shows them),
  // over a copy its setup does not touch.
  for (const side of ['before', 'after']) {
    const pg = await play(SIDES.after, viewCopy(summarised(side)));
    try {
      const page = await playgroundPage(pg, 1900, 760, { viewOnly: true });
      for (const [tab, name, from] of [['Tổng hợp', 'summary', 'DANH SÁCH ĐƠN VỊ'], ['Danh sách mô hình', 'models', null]]) {
        await openTab(page, tab);
        // Tổng hợp's per-unit table (names, Trạng thái, counts) is what point 5 is about.
        if (from) await scrollToText(page, from);
        await shoot(page.locator('.grid-wrap'), `05-${name}-${side}.png`);
      }
      await page.close();
    } finally { await pg.stop(); }
  }
  note(5, 'Tổng hợp and Danh sách mô hình of each side, drawn by the after playground over a copy it does not set up');
}

async function point6() {
  for (const side of ['before', 'after']) {
    const pg = await play(SIDES[side], sample(side));
    try {
      const page = await playgroundPage(pg, 1400, 900, { viewOnly: true });
      await openTab(page, 'Cấu hình');
      await shoot(page.locator('.grid-wrap'), `06-config-${side}.png`);
      const unitsAt = await cellStarting(page, 'Phường 1');
      note(`6-${side}`, `first unit row at ${unitsAt}`);
      await page.close();
    } finally { await pg.stop(); }
  }
}

// Issue 16 point 7's phrasings, then a few more of the same kinds.
const TIME_PHRASES = ['T5-T6/2021', '6 tháng cuối năm 2021', 'Từ nay đến 30/9/2021', 'Dịp lễ 2/9/2021', 'Cuối tháng 6/2021', 'Thứ 7 hàng tuần', 'Quý 3/2021', 'Đầu tháng 7/2021'];
const NOTE_PHRASES = ['Đăng ký mới', 'NR', 'TTTH'];
const CATALOGUE_1 = ['Blouse trắng nghĩa tình', 'Góc bếp yêu thương', 'Hỗ trợ phương tiện sinh kế'];

async function point7() {
  const verdicts = {};
  for (const side of ['before', 'after']) {
    const pg = await play(SIDES[side], sample(side));
    try {
      const page = await playgroundPage(pg);
      await openTab(page, EMPTY_WARD);
      // The tab's empty numbered rows, in order, across sections.
      const free = await page.locator('#grid td[data-a1^="A"]').evaluateAll((tds) => tds
        .filter((td) => /^\d+\.$/.test((td.textContent ?? '').trim()))
        .map((td) => Number(/\d+$/.exec(td.getAttribute('data-a1'))[0])));
      // Ghi chú first, on content 1's rows, naming catalogue models of content 1 (so "nhân rộng"
      // finds what it replicates); then the times, on models of the unit's own ("mô hình mới").
      const cases = [
        ...NOTE_PHRASES.map((n, i) => ({ kind: 'Ghi chú', text: n, name: CATALOGUE_1[i], time: 'Thường xuyên', note: n, col: 'F' })),
        ...TIME_PHRASES.map((t, i) => ({ kind: 'Thời gian thực hiện', text: t, name: `Mô hình thử ${i + 1}`, time: t, note: 'mô hình mới', col: 'D' })),
      ];
      for (const [i, c] of cases.entries()) {
        const r = free[i];
        await typeInto(page, `B${r}`, c.name);
        await typeInto(page, `C${r}`, 'Cán bộ phường phối hợp khu phố thực hiện');
        await typeInto(page, `D${r}`, c.time);
        await typeInto(page, `E${r}`, '10 hộ được hỗ trợ');
        await typeInto(page, `F${r}`, c.note);
        c.row = r;
      }
      await new Promise((r) => setTimeout(r, 1500));
      for (const c of cases) {
        const cell = page.locator(`#grid td[data-a1="${c.col}${c.row}"]`);
        const n = await cell.getAttribute('data-note');
        (verdicts[c.text] ??= { kind: c.kind })[side] = n ? n.trim() : null;
      }
      await page.close();
    } finally { await pg.stop(); }
  }
  // A note that reads the text (e.g. which catalogue model "NR" replicates) is not a refusal.
  const verdict = (v) => (v === null ? '<span class="ok">nhận (ô không có ghi chú)</span>'
    : /không đọc được/.test(v) ? `<span class="bad">từ chối: ${esc(v)}</span>` : `<span class="ok">nhận, kèm ghi chú:</span> ${esc(v)}`);
  const rows = Object.entries(verdicts).map(([text, v]) => `<tr><td>${esc(v.kind)}</td><td><b>${esc(text)}</b></td><td>${verdict(v.before)}</td><td>${verdict(v.after)}</td></tr>`).join('');
  await renderHtml(`<p class="cap">Gõ vào tab ${EMPTY_WARD} trong playground của mỗi bản (kiểm tra khi sửa), ghi chú add-on để lại ở ô</p>
    <table style="width:860px;font-size:12px"><tr><th>Cột</th><th>Đơn vị ghi</th><th>Trước (52356cf)</th><th>Sau</th></tr>${rows}</table>`, '07-phrasings.png');
  writeFileSync(path.join(OUT, '07-phrasings.json'), `${JSON.stringify(verdicts, null, 2)}\n`);
  const refused = (k) => Object.values(verdicts).filter((v) => v[k] !== null && /không đọc được/.test(v[k])).length;
  note(7, `${refused('before')} of ${Object.keys(verdicts).length} refused before, ${refused('after')} after`);
}

/** The parts of a .eml the add-on wrote: decoded headers, text and HTML bodies. */
function readEml(file) {
  const raw = readFileSync(file, 'utf8');
  const [head] = raw.split(/\r?\n\r?\n/);
  const header = (name) => {
    const m = new RegExp(`^${name}: (.*)$`, 'mi').exec(head);
    return m ? m[1].replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b) => Buffer.from(b, 'base64').toString('utf8')) : '';
  };
  const part = (type) => {
    const m = new RegExp(`Content-Type: ${type}[^\\n]*\\r?\\n(?:[^\\n]+\\r?\\n)*?\\r?\\n([\\s\\S]*?)(?:\\r?\\n--|$)`, 'i').exec(raw);
    if (!m) return '';
    const encoded = /Content-Transfer-Encoding: base64/i.test(raw.slice(Math.max(0, m.index), m.index + 200));
    return encoded ? Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8') : m[1];
  };
  return { from: header('From'), to: header('To'), subject: header('Subject'), text: part('text/plain'), html: part('text/html') };
}

const MAIL_UNITS = ['phuong-1@', 'phuong-11@'];

async function point8() {
  for (const side of ['before', 'after']) {
    const file = sample(side);
    const outbox = path.join(path.dirname(file), 'outbox');
    dvk(side, ['remind', file, '--today', TODAY, '--outbox', outbox], { allowed: [0, 1] });
    const mails = MAIL_UNITS.map((u) => readdirSync(outbox).find((f) => f.includes(`-${u}`))).filter(Boolean).map((f) => readEml(path.join(outbox, f)));
    const html = mails.map((m) => `<div style="width:560px;border:1px solid #bbb;padding:10px">
      <div style="color:#5f6368;font-size:12px;border-bottom:1px solid #ddd;margin-bottom:8px;padding-bottom:6px">
        Từ: ${esc(m.from)}<br>Đến: ${esc(m.to)}<br><b style="color:#202124">${esc(m.subject)}</b></div>
      ${m.html || `<pre>${esc(m.text)}</pre>`}</div>`).join('');
    await renderHtml(`<div class="row">${html}</div>`, `08-email-${side}.png`);
    note(`8-${side}`, mails.map((m) => m.subject).join(' | '));
  }
}

/** A plain .xlsx another tool made: one empty sheet, no owner recorded. */
async function plainXlsx() {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  const file = path.join(mkdtempSync(path.join(TMP, 'plain-')), 'moi.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function point10() {
  for (const side of ['before', 'after']) {
    // Each side's own playground over its own sample: Tổng hợp after "Cập nhật tổng hợp" in the sidebar.
    let pg = await play(SIDES[side], sample(side));
    let page;
    try {
      page = await playgroundPage(pg, 1900, 760);
      const frame = page.frameLocator('#sidebar');
      await frame.getByRole('button', { name: 'Cập nhật tổng hợp', exact: true }).click();
      await settle(frame.locator('body'));
      // An edit, so the status bar names the job it ran.
      await openTab(page, PRINT_UNIT);
      await typeInto(page, 'D13', 'Tháng 6/2021');
      await openTab(page, 'Tổng hợp');
      await shoot(page, `10-playground-${side}.png`);
      note(`10-${side}`, `status: ${await page.locator('#status').innerText()}`);
      await page.close();
    } finally { await pg.stop(); }
    // Khởi tạo on a plain .xlsx.
    pg = await play(SIDES[side], await plainXlsx());
    try {
      page = await sidebarPage(pg, 700);
      await press(page, 'Khởi tạo chiến dịch');
      await shoot(page, `10-init-plain-${side}.png`, { fullPage: true });
      note(`10-init-${side}`, (await page.locator('body').innerText()).split('\n').filter(Boolean).slice(0, 10).join(' | '));
      await page.close();
    } finally { await pg.stop(); }
  }
}

const POINTS = { 1: point1, 2: point2, 3: point3, 4: point4, 5: point5, 6: point6, 7: point7, 8: point8, 9: point9, 10: point10 };
try {
  for (const [n, fn] of Object.entries(POINTS)) {
    if (!wanted(Number(n))) continue;
    console.log(`— point ${n}`);
    await fn();
  }
} finally {
  await browser.close();
  rmSync(TMP, { recursive: true, force: true });
}
console.log(JSON.stringify(results, null, 2));
