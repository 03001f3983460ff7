/**
 * Web bundle: the JavaScript a first visit downloads before the app runs — the entry chunk of the Vite build, the chunks
 * index.html preloads, and every chunk they import statically, transitively — gzipped, against the 350 kB target;
 * beside it, the lazily loaded chunks of the dashboard (with ECharts), and what the first pages (sign-in, "My work",
 * the chains overview, the dashboard) add before they are shown.
 *
 * Run after `npm run build`: npm run bench:bundle (reads dist/apps/web). Writes the bundle section of BENCHMARKS.md.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { workspaceRoot } from '@chainboard/server-database';
import { writeSection } from './report';

const TARGET_KB = 350;
/** Another build (dist/apps/web of an earlier checkout) measured the same way, as the baseline; its label. */
const BASELINE_DIST = process.env['BENCH_BUNDLE_BASELINE'] ?? '';
const BASELINE_LABEL = process.env['BENCH_BUNDLE_BASELINE_LABEL'] ?? BASELINE_DIST;

/** The initial JavaScript of a build: the entry and its static imports, transitively; raw and gzip bytes. */
function initialOf(dist: string): { entry: string; files: Array<{ file: string; raw: number; gzip: number }> } {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = html.match(/<script[^>]*type="module"[^>]*src="\/assets\/([^"]+\.js)"/)?.[1];
  if (!entry) throw new Error(`no module entry script in ${dist}/index.html`);
  const seen = new Set<string>();
  const queue = [entry, ...preloadedBy(html)];
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(readFileSync(join(assets, file), 'utf8')));
  }
  const files = [...seen].map((file) => {
    const raw = readFileSync(join(assets, file));
    return { file, raw: raw.length, gzip: gzipSync(raw).length };
  });
  return { entry, files: files.sort((a, b) => b.gzip - a.gzip) };
}

/** The chunks index.html tells the browser to fetch at once (`<link rel="modulepreload" href="/assets/x.js">`). */
function preloadedBy(html: string): string[] {
  return [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
}

/** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) found.add(m[1].slice(2));
  return [...found];
}

/** The chunks a chunk loads lazily (`import("./x.js")`). */
function dynamicImports(code: string): string[] {
  return [...new Set([...code.matchAll(/import\(\s*["'](\.\/[^"']+\.js)["']\s*\)/g)].map((m) => m[1].slice(2)))];
}

const kb = (bytes: number) => bytes / 1000;

function main(): void {
  const dist = join(workspaceRoot(), 'dist', 'apps', 'web');
  const assets = join(dist, 'assets');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('no web build in dist/apps/web: run npm run build first');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = html.match(/<script[^>]*type="module"[^>]*src="\/assets\/([^"]+\.js)"/)?.[1];
  if (!entry) throw new Error('no module entry script in dist/apps/web/index.html');
  const code = (file: string) => readFileSync(join(assets, file), 'utf8');
  const size = (file: string) => {
    const raw = readFileSync(join(assets, file));
    return { raw: raw.length, gzip: gzipSync(raw).length };
  };

  // The initial set: the entry, the chunks index.html preloads, and their static imports, transitively.
  const initial = new Set<string>();
  const queue = [entry, ...preloadedBy(html)];
  while (queue.length) {
    const file = queue.shift() as string;
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...staticImports(code(file)));
  }
  const initialSizes = [...initial].map((file) => ({ file, ...size(file) })).sort((a, b) => b.gzip - a.gzip);
  const initialGzip = initialSizes.reduce((n, x) => n + x.gzip, 0);
  const initialRaw = initialSizes.reduce((n, x) => n + x.raw, 0);

  // The dashboard's chunks: what loading the dashboard page adds (its chunk and the chunks it imports, not initial).
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const lazyFromInitial = [...new Set([...initial].flatMap((f) => dynamicImports(code(f))))];
  const closure = (start: string) => {
    const seen = new Set<string>();
    const q = [start];
    while (q.length) {
      const f = q.shift() as string;
      if (seen.has(f) || initial.has(f)) continue;
      seen.add(f);
      q.push(...staticImports(code(f)));
    }
    return [...seen];
  };
  // ECharts' code names itself in its strings (its inner keys, zrender's); no other chunk does.
  const echartsChunks = js.filter((f) => /__ec_inner_|zrender|echarts/i.test(code(f)));
  const dashboardPages = lazyFromInitial.filter((f) => /^(DashboardPage|RankingPage)-/.test(f));
  const dashboardRows = dashboardPages.map((page) => {
    const files = closure(page);
    const gz = files.reduce((n, f) => n + size(f).gzip, 0);
    return `| ${page.replace(/-[^-]+\.js$/, '')} | ${files.length} | ${kb(gz).toFixed(1)} |`;
  });
  const echartsInInitial = [...initial].filter((f) => echartsChunks.includes(f));

  // What a first visit fetches before it shows a page: the initial JavaScript, then (React.lazy) the page's own chunks.
  // A first visit shows the sign-in page; after signing in, staff land on "My work", chain leaders on the dashboard,
  // everyone else on the chains overview.
  const firstPages = ['LoginPage', 'MyWorkPage', 'ChainsOverviewPage', 'DashboardPage'];
  const firstPageRows = firstPages.flatMap((name) => {
    const page = lazyFromInitial.find((f) => f.startsWith(`${name}-`));
    if (!page) return [];
    const files = closure(page);
    const gz = files.reduce((n, f) => n + size(f).gzip, 0);
    return [`| ${name} | ${files.length} | ${kb(gz).toFixed(1)} | ${kb(initialGzip + gz).toFixed(1)} |`];
  });

  const verdict = kb(initialGzip) <= TARGET_KB ? 'met' : 'missed';
  const baseline = BASELINE_DIST ? initialOf(BASELINE_DIST) : null;
  const baselineGzip = baseline ? baseline.files.reduce((n, x) => n + x.gzip, 0) : 0;
  const baselineLine = baseline
    ? `\nMeasured the same way on ${BASELINE_LABEL}: ${kb(baselineGzip).toFixed(1)} kB gzip (${baseline.files.length} chunk${baseline.files.length > 1 ? 's' : ''}); the difference, ${(kb(initialGzip) - kb(baselineGzip)).toFixed(1)} kB, is what the build gained since.`
    : '';
  const rows = initialSizes.map((x) => `| ${x.file === entry ? `${x.file} (entry)` : x.file} | ${kb(x.raw).toFixed(1)} | ${kb(x.gzip).toFixed(1)} |`);
  writeSection(
    'bundle',
    `## Web bundle: the initial JavaScript, with the dashboard's charts loaded lazily

- Date: ${new Date().toISOString().slice(0, 10)}; measured by \`npm run bench:bundle\` (tools/bench/bundle.ts) on the production build (\`npm run build\`, Vite) in dist/apps/web.
- Initial JavaScript: the entry chunk index.html loads, the chunks it preloads, and every chunk they import statically, transitively (what the
  browser must fetch before the app runs); gzip at zlib's default level, sizes in kB (1,000 bytes). Pages, the navigation bar, the forced password
  change, the chain map and the dashboard with ECharts are loaded lazily (React.lazy) and are not part of it; the last table adds the first pages.

| chunk | raw (kB) | gzip (kB) |
| --- | ---: | ---: |
${rows.join('\n')}
| **initial total (${initial.size} chunks)** | **${kb(initialRaw).toFixed(1)}** | **${kb(initialGzip).toFixed(1)}** |

Initial JS gzip: **${kb(initialGzip).toFixed(1)} kB** against the target of ≤ ${TARGET_KB} kB: ${verdict}.${baselineLine}
ECharts in the initial chunks: ${echartsInInitial.length ? `yes (${echartsInInitial.join(', ')})` : 'none'}; it comes with the dashboard pages:

| lazily loaded page | chunks it adds | gzip (kB) |
| --- | ---: | ---: |
${dashboardRows.join('\n')}

What the first pages add (their lazily loaded chunks, fetched once the initial JavaScript runs), and the total before each is shown:

| first page | chunks it adds | gzip (kB) | with the initial JS (kB) |
| --- | ---: | ---: | ---: |
${firstPageRows.join('\n')}
`,
  );
  console.log(`initial JS: ${initial.size} chunks, ${kb(initialRaw).toFixed(1)} kB raw, ${kb(initialGzip).toFixed(1)} kB gzip (${verdict}); ECharts in initial: ${echartsInInitial.length ? 'yes' : 'no'}`);
  for (const r of [...dashboardRows, ...firstPageRows]) console.log(r);
}

main();
