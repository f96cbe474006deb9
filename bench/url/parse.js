'use strict';
// URL parsing micro-benchmarks. Takes nothing; prints one line per case:
//   url <case> ns/op: <nanoseconds per operation>
// Run it under tide and node and compare (bench/run.sh style: lower is better).
const { pathToFileURL, fileURLToPath } = require('url');

const longQuery = 'https://example.com/search?' +
  Array.from({ length: 40 }, (_, i) => `key${i}=value${i}%20x`).join('&');
const formBody = Array.from({ length: 40 }, (_, i) => `key${i}=value+${i}%21`).join('&');

const cases = [
  ['absolute-http', () => new URL('https://www.example.com/path/to/page.html?q=1#top')],
  ['absolute-noncanonical', () => new URL('HTTPS://User:Pass@WWW.Example.COM:443/a/./b/../c?x y')],
  ['relative-with-base', () => new URL('../lib/index.js', 'https://example.com/pkg/src/main.js')],
  ['relative-with-url-base', ((base) => () => new URL('./dep.mjs', base))(
    new URL('file:///home/user/project/src/main.mjs'))],
  ['file', () => new URL('file:///home/user/project/node_modules/pkg/index.js')],
  ['long-query', () => new URL(longQuery)],
  ['idna', () => new URL('https://m\u00FCnchen.example/')],
  ['canParse', () => URL.canParse('https://www.example.com/path?q=1')],
  ['href-getters', ((u) => () => u.hostname.length + u.pathname.length + u.search.length)(
    new URL('https://www.example.com/path/to/page.html?q=1#top'))],
  ['pathname-setter', ((u) => () => { u.pathname = '/a/b/c'; })(
    new URL('https://www.example.com/path/to/page.html?q=1#top'))],
  ['pathToFileURL', () => pathToFileURL('/home/user/project/node_modules/pkg/index.js')],
  ['fileURLToPath', () => fileURLToPath('file:///home/user/project/node_modules/pkg/index.js')],
  ['searchparams-parse', () => new URLSearchParams(formBody)],
  ['searchparams-toString', ((p) => () => p.toString())(new URLSearchParams(formBody))],
];

function run(fn, iterations) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) if (fn()) sink++;
  return [Number(process.hrtime.bigint() - start) / iterations, sink];
}

const filter = process.argv[2];
for (const [name, fn] of cases) {
  if (filter && !name.includes(filter)) continue;
  let n = 2000;
  run(fn, n); // warm up
  // Grow the count until one round takes at least 100 ms, then keep the best of 3 rounds.
  while (run(fn, n)[0] * n < 1e8) n *= 2;
  let best = Infinity;
  for (let r = 0; r < 3; r++) best = Math.min(best, run(fn, n)[0]);
  console.log(`url ${name} ns/op: ${best.toFixed(1)}`);
}
