'use strict';
// N sequential https GETs, each on a new TLS connection (an Agent without keep-alive), to
// https://localhost:PORT/ — verified against the default trust store (no `ca` option), so the
// server's CA must reach it through NODE_EXTRA_CA_CERTS (or the system store).
// Usage: client.js PORT [N=200]. Prints the wall time per connection in µs.
const https = require('https');

const port = Number(process.argv[2]);
const n = Number(process.argv[3] || 200);
const agent = new https.Agent({ keepAlive: false });

let done = 0;
const start = process.hrtime.bigint();
function next() {
  if (done === n) {
    const us = Number(process.hrtime.bigint() - start) / 1000 / n;
    console.log(us.toFixed(1));
    return;
  }
  https.get({ host: 'localhost', port, path: '/', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      done++;
      next();
    });
  }).on('error', (err) => {
    console.error(err);
    process.exit(1);
  });
}
next();
