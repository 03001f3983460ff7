// Preloaded into the API's process by the benchmarks (node -r) when they count SQL statements: every statement a pg
// client sends (TypeORM's and any other; BEGIN and COMMIT included) adds one to a counter, which a bench-only HTTP
// server on 127.0.0.1:BENCH_STATEMENTS_PORT answers as text; /recent answers the last statements (their first 200
// characters) as JSON. The app itself is not changed; without this file loaded nothing is counted.
const { createServer } = require('http');
const pg = require('pg');

const KEEP = 500;
let count = 0;
const recent = [];
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  count++;
  const text = typeof args[0] === 'string' ? args[0] : (args[0] && args[0].text) || '';
  recent.push(text.replace(/\s+/g, ' ').slice(0, 200));
  if (recent.length > KEEP) recent.shift();
  return query.apply(this, args);
};

const port = Number(process.env.BENCH_STATEMENTS_PORT);
if (port) {
  const server = createServer((req, res) => {
    const body = req.url === '/recent' ? JSON.stringify({ count, recent }) : String(count);
    res.writeHead(200, { 'content-type': req.url === '/recent' ? 'application/json' : 'text/plain' });
    res.end(body);
  });
  server.listen(port, '127.0.0.1');
  server.unref();
}
