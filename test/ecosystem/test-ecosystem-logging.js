'use strict';
// pino and winston: structured JSON logs to a file and to a stream, levels, child loggers,
// pino's asynchronous file destination (sonic-boom) flushed on close.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PassThrough } = require('stream');
const pino = require('pino');
const winston = require('winston');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-eco-log-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

async function testPino() {
  // To a stream.
  const chunks = [];
  const stream = new PassThrough();
  stream.on('data', (c) => chunks.push(c.toString()));
  const log = pino({ level: 'debug' }, stream).child({ app: 'eco' });
  log.info({ n: 1 }, 'hello %s', 'world');
  log.debug('dbg');
  log.trace('hidden');
  log.child({ req: 7 }).warn('child');
  log.error(new Error('boom'));
  await new Promise((r) => setImmediate(r));
  const lines = chunks.join('').trim().split('\n').map((l) => JSON.parse(l));
  assert.strictEqual(lines.length, 4);
  assert.strictEqual(lines[0].msg, 'hello world');
  assert.strictEqual(lines[0].level, 30);
  assert.strictEqual(lines[0].n, 1);
  assert.strictEqual(lines[0].app, 'eco');
  assert.strictEqual(lines[0].pid, process.pid);
  assert.strictEqual(lines[0].hostname, os.hostname());
  assert.strictEqual(lines[1].level, 20);
  assert.strictEqual(lines[2].req, 7);
  assert.strictEqual(lines[3].err.message, 'boom');
  assert.match(lines[3].err.stack, /Error: boom/);

  // To a file through pino.destination (sonic-boom), synchronous and asynchronous.
  for (const sync of [true, false]) {
    const file = path.join(dir, `pino-${sync}.log`);
    const dest = pino.destination({ dest: file, sync, minLength: sync ? 0 : 4096 });
    const flog = pino(dest);
    for (let i = 0; i < 1000; i++) flog.info({ i }, 'line');
    await new Promise((resolve, reject) => {
      dest.on('error', reject);
      if (!sync && !dest.fd) dest.once('ready', () => dest.end());
      else dest.end();
      dest.on('close', resolve);
      dest.on('finish', resolve);
    });
    const got = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.strictEqual(got.length, 1000);
    assert.strictEqual(got[999].i, 999);
  }
}

async function testWinston() {
  const file = path.join(dir, 'winston.log');
  const chunks = [];
  const stream = new PassThrough();
  stream.on('data', (c) => chunks.push(c.toString()));
  const logger = winston.createLogger({
    level: 'info',
    format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
    defaultMeta: { service: 'eco' },
    transports: [
      new winston.transports.File({ filename: file }),
      new winston.transports.Stream({ stream, format: winston.format.simple() }),
    ],
  });
  logger.info('started', { port: 80 });
  logger.debug('hidden');
  logger.child({ req: 1 }).warn('careful');
  logger.log({ level: 'error', message: 'bad' });
  await new Promise((resolve) => {
    logger.on('finish', resolve);
    logger.end();
  });
  await new Promise((r) => setTimeout(r, 50));
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.strictEqual(lines.length, 3);
  assert.strictEqual(lines[0].message, 'started');
  assert.strictEqual(lines[0].port, 80);
  assert.strictEqual(lines[0].service, 'eco');
  assert.ok(!Number.isNaN(Date.parse(lines[0].timestamp)));
  assert.strictEqual(lines[1].req, 1);
  assert.strictEqual(lines[1].level, 'warn');
  assert.strictEqual(lines[2].level, 'error');
  const text = chunks.join('');
  assert.match(text, /^info: started \{"port":80,"service":"eco"/m);
  assert.match(text, /^warn: careful/m);
}

(async () => {
  await testPino();
  await testWinston();
  console.log('ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
