// Builds everything `dist/` holds:
//   dist/Code.js         the Apps Script bundle: an IIFE plus one top-level function per entry point
//   dist/Sidebar.html    the sidebar, script and styles inlined (HtmlService serves one file)
//   dist/appsscript.json the manifest clasp pushes
//   dist/local/dvk.cjs   the local engine (emulator, .xlsx, CLI) for Node
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import vm from 'node:vm';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const GLOBAL = '__dvk';

/** Apps Script finds menu items, triggers and google.script.run targets by top-level function
 * name, so every export of src/gas/main.ts becomes `function NAME(){…}` delegating to the IIFE. */
async function buildCode() {
  // ES2020 keeps `?.` and `??` as written (Apps Script's V8 runtime parses modern ECMAScript);
  // lowering them to ES2019 costs ~5 KB of the 150 KB that every execution parses.
  const out = await build({
    entryPoints: [path.join(root, 'src/gas/main.ts')],
    bundle: true, format: 'iife', globalName: GLOBAL, target: 'es2020', minify: true,
    legalComments: 'none', write: false, charset: 'utf8',
  });
  const iife = out.outputFiles[0].text;
  const ctx = vm.createContext({});
  vm.runInContext(iife, ctx);
  const names = Object.keys(ctx[GLOBAL]).filter((n) => typeof ctx[GLOBAL][n] === 'function').sort();
  const wrappers = names.map((n) => `function ${n}(){return ${GLOBAL}.${n}.apply(this,arguments)}`).join('\n');
  await writeFile(path.join(dist, 'Code.js'), `${iife}\n${wrappers}\n`);
  return names;
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
