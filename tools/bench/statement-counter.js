// Preloaded into the API's process by the benchmarks (node -r) when they count SQL statements: every statement a pg
// client sends (TypeORM's and any other; BEGIN and COMMIT included) adds one to a counter, which a bench-only HTTP
// server on 127.0.0.1:BENCH_STATEMENTS_PORT answers as text. The app itself is not changed; without this file loaded
// nothing is counted.
const { createServer } = require('http');
const pg = require('pg');

let count = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  count++;
  return query.apply(this, args);
};

const port = Number(process.env.BENCH_STATEMENTS_PORT);
if (port) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(String(count));
  });
  server.listen(port, '127.0.0.1');
  server.unref();
}
