// Builds everything `dist/` holds:
//   dist/Code.js         the Apps Script bundle: an IIFE plus one top-level function per entry point
//   dist/Sidebar.html    the sidebar, script and styles inlined (HtmlService serves one file)
//   dist/appsscript.json the manifest clasp pushes
//   dist/local/dvk.cjs   the local engine (emulator, .xlsx, CLI) for Node
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildAppsScript } from './apps-script-bundle.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const GLOBAL = '__dvk';

/** Every export of src/gas/main.ts becomes a top-level `function NAME(){…}` delegating to the IIFE. */
async function buildCode() {
  return buildAppsScript({ entry: path.join(root, 'src/gas/main.ts'), outFile: path.join(dist, 'Code.js'), globalName: GLOBAL });
}

/** One self-contained HTML file: HtmlService cannot serve separate script or style files. */
async function buildSidebar() {
  const dir = path.join(root, 'src/sidebar');
  if (!existsSync(path.join(dir, 'index.html'))) return;
  const js = await build({
    entryPoints: [path.join(dir, 'main.ts')], bundle: true, format: 'iife', target: 'es2019',
    minify: true, write: false, legalComments: 'none', charset: 'utf8',
  });
  const css = existsSync(path.join(dir, 'styles.css')) ? await readFile(path.join(dir, 'styles.css'), 'utf8') : '';
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  // A literal "</script" inside the inlined code would close the tag early.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const page = html
    .replace('<!-- inline:styles -->', () => `<style>${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${script}</script>`);
  await writeFile(path.join(dist, 'Sidebar.html'), page);
}

async function buildLocal() {
  const entry = path.join(root, 'src/local/cli/main.ts');
  if (!existsSync(entry)) return;
  await mkdir(path.join(dist, 'local'), { recursive: true });
  await build({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    outfile: path.join(dist, 'local/dvk.cjs'), external: ['exceljs', 'playwright-core'], sourcemap: 'inline',
  });
}

await mkdir(dist, { recursive: true });
const names = await buildCode();
await buildSidebar();
await copyFile(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
await buildLocal();
const size = (await readFile(path.join(dist, 'Code.js'))).length;
console.log(`dist/Code.js ${(size / 1024).toFixed(1)} KB; entry points: ${names.join(', ')}`);
