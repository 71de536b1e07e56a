// Measures the JavaScript a phone downloads to show /crew for the first time: the entry chunk from
// index.html plus the crew shell and home page route chunks, each with its static imports, gzipped.
// Lazy chunks (the map, the job page, workbox-window) are listed apart. Run after `pnpm build`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const read = (name) => readFileSync(new URL(name, dist), 'utf8');
const assets = readdirSync(new URL('assets/', dist));
const chunk = (prefix) => {
  const found = assets.find((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'));
  if (!found) throw new Error(`No chunk named ${prefix}-*.js in dist/assets: build first`);
  return `assets/${found}`;
};

function withStaticImports(start, seen = new Set()) {
  if (seen.has(start)) return seen;
  seen.add(start);
  const code = read(start);
  // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`.
  for (const [, path] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) withStaticImports(`assets/${path}`, seen);
  return seen;
}

const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(read('index.html'))?.[1];
if (!entry) throw new Error('index.html has no module script');
const initial = new Set([...withStaticImports(entry), ...withStaticImports(chunk('crew-shell')), ...withStaticImports(chunk('crew-home-page'))]);
const size = (file) => gzipSync(readFileSync(new URL(file, dist))).length;

let total = 0;
for (const file of initial) {
  const gz = size(file);
  total += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  initial JS for /crew (gzip)`);
for (const lazy of ['job-map', 'crew-map-page', 'job-page', 'workbox-window.prod.es5']) {
  const files = [...withStaticImports(chunk(lazy))].filter((f) => !initial.has(f));
  const gz = files.reduce((sum, f) => sum + size(f), 0);
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} KB  lazy: ${lazy} (${files.length} chunk${files.length === 1 ? '' : 's'})`);
}
