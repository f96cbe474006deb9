'use strict';
// The end of a server request: the order of its and its response's events, of the ticks their
// listeners queue, and the state flags at each, as node v20 has them. tide runs fewer ticks for
// this (the request's resume step shares the response's close tick, or both share the request's
// end-of-stream tick when they would follow it at once; the request's close shares its destroy
// tick when nothing was queued after it — docs/design-notes.md, "HTTP hot path"), which must not
// show. Run with an async hook enabled too, where tide keeps Node's ticks, and under an
// AsyncLocalStorage. (Not covered: a POST
// whose body came in the head's packet, which tide's parser completes earlier than node's.)
// Node 24 prints the same, except res.writableFinished in the two lines logged before 'finish'
// (false there: it sets the flag with 'finish', v20 when the write completed).
const assert = require('assert');
const http = require('http');
const net = require('net');
const asyncHooks = require('async_hooks');

let completed = false;
process.on('exit', () => assert(completed, 'not all phases ran'));

const log = [];
function flags(req, res) {
  return `c${+req.complete} e${+req.readableEnded} d${+req.destroyed} cl${+req.closed} ` +
    `f${+res.writableFinished} rd${+res.destroyed} fl${req.readableFlowing}`;
}
function watch(name, req, res) {
  // The 'quiet' cases queue no ticks from their listeners (tide's merges need that).
  const ticks = !name.startsWith('quiet');
  const ev = (obj, e, tag) => obj.on(e, () => {
    log.push(`${name} ${tag} ${flags(req, res)}`);
    if (ticks) process.nextTick(() => log.push(`${name} tick-after-${tag} ${flags(req, res)}`));
  });
  ev(req, 'end', 'req-end');
  ev(req, 'close', 'req-close');
  ev(req, 'resume', 'req-resume');
  ev(res, 'finish', 'res-finish');
  ev(res, 'close', 'res-close');
}

const cases = {
  // The usual: ended in the handler, nothing reads the request.
  sync(req, res) { res.end('x'); },
  quietSync(req, res) {
    res.end('x');
    setImmediate(() => log.push(`quietSync immediate ${flags(req, res)}`));
  },
  quietLater(req, res) { setImmediate(() => res.end('x')); },
  // A throwing 'close' listener.
  quietThrows(req, res) {
    req.on('close', () => { throw new Error('close-listener'); });
    process.once('uncaughtException', (err) => log.push(`quietThrows caught ${err.message}`));
    res.end('x');
  },
  // Ended later: the request's end-of-stream tick ran long before.
  later(req, res) { setImmediate(() => res.end('x')); },
  // A 'readable' listener.
  readable(req, res) {
    req.on('readable', () => log.push(`readable read=${req.read()} ${flags(req, res)}`));
    res.end('x');
  },
  // The user resumes (no _dump).
  resumed(req, res) { req.resume(); res.end('x'); },
  // Ticks queued in the handler, before and after end().
  ticks(req, res) {
    process.nextTick(() => log.push(`ticks handler-tick-1 ${flags(req, res)}`));
    res.end('x');
    process.nextTick(() => log.push(`ticks handler-tick-2 ${flags(req, res)}`));
  },
  // A 'finish' listener that pauses the request again.
  pause(req, res) {
    res.on('finish', () => { req.pause(); log.push(`pause paused ${flags(req, res)}`); });
    res.end('x');
  },
  // Ticks two deep from the 'end' listener and a 'close' listener of the response.
  deep(req, res) {
    req.on('end', () => process.nextTick(() => {
      log.push(`deep end-tick-1 ${flags(req, res)}`);
      process.nextTick(() => log.push(`deep end-tick-2 ${flags(req, res)}`));
    }));
    res.on('close', () => process.nextTick(() => {
      log.push(`deep res-close-tick-1 ${flags(req, res)}`);
      process.nextTick(() => log.push(`deep res-close-tick-2 ${flags(req, res)}`));
    }));
    res.end('x');
  },
  // A 'resume' listener that throws: the response still closes, after the error is handled.
  throws(req, res) {
    req.on('resume', () => { throw new Error('boom'); });
    process.once('uncaughtException', (err) => log.push(`throws caught ${err.message}`));
    res.end('x');
  },
  // A 'readable' listener added once the response finished (the request's end-of-stream tick is
  // still pending then).
  lateReadable(req, res) {
    res.on('finish', () => req.on('readable', () => {
      log.push(`lateReadable readable read=${req.read()} ${flags(req, res)}`);
    }));
    res.end('x');
  },
  // The same listener throwing.
  readableThrows(req, res) {
    res.on('finish', () => req.on('readable', () => { throw new Error('bang'); }));
    process.once('uncaughtException', (err) => log.push(`readableThrows caught ${err.message}`));
    res.end('x');
  },
  // A 'data' listener added once the response finished.
  lateData(req, res) {
    res.on('finish', () => req.on('data', () => log.push('lateData data')));
    res.end('x');
  },
  // A request the handler destroys.
  destroyed(req, res) {
    res.end('x');
    req.destroy();
  },
};

const expected = `
sync res-finish c1 e0 d0 cl0 f1 rd0 fltrue
sync req-resume c1 e0 d0 cl0 f1 rd0 fltrue
sync res-close c1 e0 d0 cl0 f1 rd1 fltrue
sync tick-after-res-finish c1 e0 d0 cl0 f1 rd1 fltrue
sync req-end c1 e1 d0 cl0 f1 rd1 fltrue
sync tick-after-req-resume c1 e1 d1 cl0 f1 rd1 fltrue
sync tick-after-res-close c1 e1 d1 cl0 f1 rd1 fltrue
sync tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
sync req-close c1 e1 d1 cl1 f1 rd1 fltrue
sync tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
sync timer c1 e1 d1 cl1 f1 rd1 fltrue
quietSync res-finish c1 e0 d0 cl0 f1 rd0 fltrue
quietSync req-resume c1 e0 d0 cl0 f1 rd0 fltrue
quietSync res-close c1 e0 d0 cl0 f1 rd1 fltrue
quietSync req-end c1 e1 d0 cl0 f1 rd1 fltrue
quietSync req-close c1 e1 d1 cl1 f1 rd1 fltrue
quietSync immediate c1 e1 d1 cl1 f1 rd1 fltrue
quietSync timer c1 e1 d1 cl1 f1 rd1 fltrue
quietLater res-finish c1 e0 d0 cl0 f1 rd0 fltrue
quietLater req-resume c1 e0 d0 cl0 f1 rd0 fltrue
quietLater res-close c1 e0 d0 cl0 f1 rd1 fltrue
quietLater req-end c1 e1 d0 cl0 f1 rd1 fltrue
quietLater req-close c1 e1 d1 cl1 f1 rd1 fltrue
quietLater timer c1 e1 d1 cl1 f1 rd1 fltrue
quietThrows res-finish c1 e0 d0 cl0 f1 rd0 fltrue
quietThrows req-resume c1 e0 d0 cl0 f1 rd0 fltrue
quietThrows res-close c1 e0 d0 cl0 f1 rd1 fltrue
quietThrows req-end c1 e1 d0 cl0 f1 rd1 fltrue
quietThrows req-close c1 e1 d1 cl1 f1 rd1 fltrue
quietThrows caught close-listener
quietThrows timer c1 e1 d1 cl1 f1 rd1 fltrue
later res-finish c1 e0 d0 cl0 f1 rd0 fltrue
later req-resume c1 e0 d0 cl0 f1 rd0 fltrue
later res-close c1 e0 d0 cl0 f1 rd1 fltrue
later tick-after-res-finish c1 e0 d0 cl0 f1 rd1 fltrue
later req-end c1 e1 d0 cl0 f1 rd1 fltrue
later tick-after-req-resume c1 e1 d1 cl0 f1 rd1 fltrue
later tick-after-res-close c1 e1 d1 cl0 f1 rd1 fltrue
later tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
later req-close c1 e1 d1 cl1 f1 rd1 fltrue
later tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
later timer c1 e1 d1 cl1 f1 rd1 fltrue
readable res-finish c1 e0 d0 cl0 f1 rd0 flfalse
readable read=null c1 e0 d0 cl0 f1 rd0 flfalse
readable req-end c1 e1 d0 cl0 f1 rd0 flfalse
readable req-resume c1 e1 d1 cl0 f1 rd0 flfalse
readable res-close c1 e1 d1 cl0 f1 rd1 flfalse
readable tick-after-res-finish c1 e1 d1 cl0 f1 rd1 flfalse
readable tick-after-req-end c1 e1 d1 cl0 f1 rd1 flfalse
readable tick-after-req-resume c1 e1 d1 cl1 f1 rd1 flfalse
readable tick-after-res-close c1 e1 d1 cl1 f1 rd1 flfalse
readable req-close c1 e1 d1 cl1 f1 rd1 flfalse
readable tick-after-req-close c1 e1 d1 cl1 f1 rd1 flfalse
readable timer c1 e1 d1 cl1 f1 rd1 flfalse
resumed req-resume c1 e0 d0 cl0 f1 rd0 fltrue
resumed res-finish c1 e0 d0 cl0 f1 rd0 fltrue
resumed req-end c1 e1 d0 cl0 f1 rd0 fltrue
resumed tick-after-req-resume c1 e1 d1 cl0 f1 rd0 fltrue
resumed res-close c1 e1 d1 cl0 f1 rd1 fltrue
resumed tick-after-res-finish c1 e1 d1 cl0 f1 rd1 fltrue
resumed tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
resumed tick-after-res-close c1 e1 d1 cl1 f1 rd1 fltrue
resumed req-close c1 e1 d1 cl1 f1 rd1 fltrue
resumed tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
resumed timer c1 e1 d1 cl1 f1 rd1 fltrue
ticks handler-tick-1 c1 e0 d0 cl0 f1 rd0 flnull
ticks res-finish c1 e0 d0 cl0 f1 rd0 fltrue
ticks handler-tick-2 c1 e0 d0 cl0 f1 rd0 fltrue
ticks req-resume c1 e0 d0 cl0 f1 rd0 fltrue
ticks res-close c1 e0 d0 cl0 f1 rd1 fltrue
ticks tick-after-res-finish c1 e0 d0 cl0 f1 rd1 fltrue
ticks req-end c1 e1 d0 cl0 f1 rd1 fltrue
ticks tick-after-req-resume c1 e1 d1 cl0 f1 rd1 fltrue
ticks tick-after-res-close c1 e1 d1 cl0 f1 rd1 fltrue
ticks tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
ticks req-close c1 e1 d1 cl1 f1 rd1 fltrue
ticks tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
ticks timer c1 e1 d1 cl1 f1 rd1 fltrue
pause res-finish c1 e0 d0 cl0 f1 rd0 fltrue
pause paused c1 e0 d0 cl0 f1 rd0 flfalse
pause req-resume c1 e0 d0 cl0 f1 rd0 flfalse
pause res-close c1 e0 d0 cl0 f1 rd1 flfalse
pause tick-after-res-finish c1 e0 d0 cl0 f1 rd1 flfalse
pause req-end c1 e1 d0 cl0 f1 rd1 flfalse
pause tick-after-req-resume c1 e1 d1 cl0 f1 rd1 flfalse
pause tick-after-res-close c1 e1 d1 cl0 f1 rd1 flfalse
pause tick-after-req-end c1 e1 d1 cl0 f1 rd1 flfalse
pause req-close c1 e1 d1 cl1 f1 rd1 flfalse
pause tick-after-req-close c1 e1 d1 cl1 f1 rd1 flfalse
pause timer c1 e1 d1 cl1 f1 rd1 flfalse
deep res-finish c1 e0 d0 cl0 f1 rd0 fltrue
deep req-resume c1 e0 d0 cl0 f1 rd0 fltrue
deep res-close c1 e0 d0 cl0 f1 rd1 fltrue
deep tick-after-res-finish c1 e0 d0 cl0 f1 rd1 fltrue
deep req-end c1 e1 d0 cl0 f1 rd1 fltrue
deep tick-after-req-resume c1 e1 d1 cl0 f1 rd1 fltrue
deep tick-after-res-close c1 e1 d1 cl0 f1 rd1 fltrue
deep res-close-tick-1 c1 e1 d1 cl0 f1 rd1 fltrue
deep tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
deep end-tick-1 c1 e1 d1 cl0 f1 rd1 fltrue
deep res-close-tick-2 c1 e1 d1 cl1 f1 rd1 fltrue
deep end-tick-2 c1 e1 d1 cl1 f1 rd1 fltrue
deep req-close c1 e1 d1 cl1 f1 rd1 fltrue
deep tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
deep timer c1 e1 d1 cl1 f1 rd1 fltrue
throws res-finish c1 e0 d0 cl0 f1 rd0 fltrue
throws req-resume c1 e0 d0 cl0 f1 rd0 fltrue
throws caught boom
throws res-close c1 e0 d0 cl0 f1 rd1 fltrue
throws tick-after-res-finish c1 e0 d0 cl0 f1 rd1 fltrue
throws req-end c1 e1 d0 cl0 f1 rd1 fltrue
throws tick-after-req-resume c1 e1 d1 cl0 f1 rd1 fltrue
throws tick-after-res-close c1 e1 d1 cl0 f1 rd1 fltrue
throws tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
throws req-close c1 e1 d1 cl1 f1 rd1 fltrue
throws tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
throws timer c1 e1 d1 cl1 f1 rd1 fltrue
lateReadable res-finish c1 e0 d0 cl0 f1 rd0 fltrue
lateReadable readable read=null c1 e0 d0 cl0 f1 rd0 flfalse
lateReadable req-resume c1 e0 d0 cl0 f1 rd0 flfalse
lateReadable res-close c1 e0 d0 cl0 f1 rd1 flfalse
lateReadable tick-after-res-finish c1 e0 d0 cl0 f1 rd1 flfalse
lateReadable req-end c1 e1 d0 cl0 f1 rd1 flfalse
lateReadable tick-after-req-resume c1 e1 d1 cl0 f1 rd1 flfalse
lateReadable tick-after-res-close c1 e1 d1 cl0 f1 rd1 flfalse
lateReadable tick-after-req-end c1 e1 d1 cl0 f1 rd1 flfalse
lateReadable req-close c1 e1 d1 cl1 f1 rd1 flfalse
lateReadable tick-after-req-close c1 e1 d1 cl1 f1 rd1 flfalse
lateReadable timer c1 e1 d1 cl1 f1 rd1 flfalse
readableThrows res-finish c1 e0 d0 cl0 f1 rd0 fltrue
readableThrows caught bang
readableThrows req-resume c1 e0 d0 cl0 f1 rd0 flfalse
readableThrows res-close c1 e0 d0 cl0 f1 rd1 flfalse
readableThrows tick-after-res-finish c1 e0 d0 cl0 f1 rd1 flfalse
readableThrows req-end c1 e1 d0 cl0 f1 rd1 flfalse
readableThrows tick-after-req-resume c1 e1 d1 cl0 f1 rd1 flfalse
readableThrows tick-after-res-close c1 e1 d1 cl0 f1 rd1 flfalse
readableThrows tick-after-req-end c1 e1 d1 cl0 f1 rd1 flfalse
readableThrows req-close c1 e1 d1 cl1 f1 rd1 flfalse
readableThrows tick-after-req-close c1 e1 d1 cl1 f1 rd1 flfalse
readableThrows timer c1 e1 d1 cl1 f1 rd1 flfalse
lateData res-finish c1 e0 d0 cl0 f1 rd0 fltrue
lateData req-resume c1 e0 d0 cl0 f1 rd0 fltrue
lateData res-close c1 e0 d0 cl0 f1 rd1 fltrue
lateData tick-after-res-finish c1 e0 d0 cl0 f1 rd1 fltrue
lateData req-end c1 e1 d0 cl0 f1 rd1 fltrue
lateData tick-after-req-resume c1 e1 d1 cl0 f1 rd1 fltrue
lateData tick-after-res-close c1 e1 d1 cl0 f1 rd1 fltrue
lateData tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
lateData req-close c1 e1 d1 cl1 f1 rd1 fltrue
lateData tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
lateData timer c1 e1 d1 cl1 f1 rd1 fltrue
destroyed res-finish c1 e0 d1 cl0 f1 rd0 fltrue
destroyed req-resume c1 e0 d1 cl0 f1 rd0 fltrue
destroyed res-close c1 e0 d1 cl0 f1 rd1 fltrue
destroyed tick-after-res-finish c1 e0 d1 cl0 f1 rd1 fltrue
destroyed req-end c1 e1 d1 cl1 f1 rd1 fltrue
destroyed tick-after-req-resume c1 e1 d1 cl1 f1 rd1 fltrue
destroyed tick-after-res-close c1 e1 d1 cl1 f1 rd1 fltrue
destroyed req-close c1 e1 d1 cl1 f1 rd1 fltrue
destroyed tick-after-req-end c1 e1 d1 cl1 f1 rd1 fltrue
destroyed tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
destroyed timer c1 e1 d1 cl1 f1 rd1 fltrue
pipe0 res-finish c1 e0 d0 cl0 f1 rd0 fltrue
pipe0 req-resume c1 e0 d0 cl0 f1 rd0 fltrue
pipe0 res-close c1 e0 d0 cl0 f1 rd1 fltrue
pipe0 tick-after-res-finish c1 e0 d0 cl0 f1 rd1 fltrue
pipe0 req-end c1 e1 d0 cl0 f1 rd1 fltrue
pipe0 tick-after-req-resume c1 e1 d1 cl0 f1 rd1 fltrue
pipe0 tick-after-res-close c1 e1 d1 cl0 f1 rd1 fltrue
pipe0 tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
pipe0 req-close c1 e1 d1 cl1 f1 rd1 fltrue
pipe0 tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
pipe1 res-finish c1 e0 d0 cl0 f1 rd0 fltrue
pipe1 req-resume c1 e0 d0 cl0 f1 rd0 fltrue
pipe1 res-close c1 e0 d0 cl0 f1 rd1 fltrue
pipe2 res-finish c1 e0 d0 cl0 f1 rd0 fltrue
pipe1 tick-after-res-finish c1 e0 d0 cl0 f1 rd1 fltrue
pipe1 req-end c1 e1 d0 cl0 f1 rd1 fltrue
pipe1 tick-after-req-resume c1 e1 d1 cl0 f1 rd1 fltrue
pipe1 tick-after-res-close c1 e1 d1 cl0 f1 rd1 fltrue
pipe2 req-resume c1 e0 d0 cl0 f1 rd0 fltrue
pipe2 res-close c1 e0 d0 cl0 f1 rd1 fltrue
pipe2 tick-after-res-finish c1 e0 d0 cl0 f1 rd1 fltrue
pipe1 tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
pipe2 req-end c1 e1 d0 cl0 f1 rd1 fltrue
pipe2 tick-after-req-resume c1 e1 d1 cl0 f1 rd1 fltrue
pipe2 tick-after-res-close c1 e1 d1 cl0 f1 rd1 fltrue
pipe1 req-close c1 e1 d1 cl1 f1 rd1 fltrue
pipe2 tick-after-req-end c1 e1 d1 cl0 f1 rd1 fltrue
pipe1 tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
pipe2 req-close c1 e1 d1 cl1 f1 rd1 fltrue
pipe2 tick-after-req-close c1 e1 d1 cl1 f1 rd1 fltrue
`;

function run(names, done) {
  let current;
  const server = http.createServer((req, res) => {
    current = names.shift();
    watch(current, req, res);
    cases[current](req, res);
    setTimeout(() => log.push(`${current} timer ${flags(req, res)}`), 5);
  });
  server.listen(0, () => {
    const socket = net.connect(server.address().port);
    let received = '';
    let n = 0;
    const send = () => socket.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
    socket.on('data', (d) => {
      received += d;
      const got = received.split('\r\n\r\nx').length - 1;
      if (got > n) {
        n = got;
        setTimeout(() => {
          if (names.length) return send();
          socket.end();
          server.close(done);
        }, 20);
      }
    });
    socket.on('error', () => {});
    send();
  });
}

// Three requests in one packet: the second and third wait in the server's queue of responses.
function pipelined(done) {
  let k = 0;
  const server = http.createServer((req, res) => {
    const name = `pipe${k++}`;
    watch(name, req, res);
    if (name === 'pipe1') setImmediate(() => res.end('x'));
    else res.end('x');
  });
  server.listen(0, () => {
    const socket = net.connect(server.address().port);
    let received = '';
    socket.on('data', (d) => {
      received += d;
      if (received.split('\r\n\r\nx').length - 1 === 3) {
        setTimeout(() => { socket.end(); server.close(done); }, 20);
      }
    });
    socket.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n'.repeat(3));
  });
}

function check() {
  assert.deepStrictEqual(log, expected.trim().split('\n'));
  log.length = 0;
}

run(Object.keys(cases), () => pipelined(() => {
  check();
  // Again with an async hook on (tide then queues Node's ticks, one per step).
  let ticks = 0;
  const hook = asyncHooks.createHook({
    init(id, type) { if (type === 'TickObject') ticks++; },
  }).enable();
  run(Object.keys(cases), () => pipelined(() => {
    hook.disable();
    check();
    assert(ticks > 0);
    subclassed(withStorage);
  }));
}));

// Last (an AsyncLocalStorage stays in use for the rest of the process): each listener sees the
// store of the context its tick was queued in — the response's finish tick and those it queues
// run in the handler's store, the request's end-of-stream and later ticks outside it.
// An IncomingMessage subclass whose _destroy runs code around the original's: it sees the
// request's flags as in Node (the original's step is not run early).
function subclassed(done) {
  const seen = [];
  class Request extends http.IncomingMessage {
    _destroy(err, cb) {
      process.nextTick(() => seen.push(`tick closed=${this.closed}`));
      super._destroy(err, cb);
      seen.push(`after closed=${this.closed}`);
    }
  }
  const server = http.createServer({ IncomingMessage: Request }, (req, res) => {
    req.on('end', () => seen.push('end'));
    req.on('close', () => seen.push(`close closed=${req.closed}`));
    res.end('x');
  });
  server.listen(0, () => {
    const socket = net.connect(server.address().port);
    socket.on('data', () => setTimeout(() => {
      socket.end();
      server.close(() => {
        assert.deepStrictEqual(seen,
                               ['end', 'after closed=false', 'tick closed=false', 'close closed=true']);
        done();
      });
    }, 20));
    socket.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
  });
}

function withStorage() {
  const als = new asyncHooks.AsyncLocalStorage();
  const seen = [];
  let k = 0;
  const server = http.createServer((req, res) => {
    const id = k++;
    const listen = (obj, e, tag) => obj.on(e, () => seen.push(`${id} ${tag} ${als.getStore()}`));
    listen(req, 'end', 'req-end');
    listen(req, 'close', 'req-close');
    listen(req, 'resume', 'req-resume');
    listen(res, 'finish', 'res-finish');
    listen(res, 'close', 'res-close');
    als.run(`s${id}`, () => res.end('x'));
  });
  server.listen(0, () => {
    const socket = net.connect(server.address().port);
    const send = () => socket.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
    let n = 0;
    let received = '';
    socket.on('data', (d) => {
      received += d;
      const got = received.split('\r\n\r\nx').length - 1;
      if (got === n) return;
      n = got;
      if (n < 2) return send();
      socket.end();
      server.close(() => {
        assert.deepStrictEqual(seen, [
          '0 res-finish s0', '0 req-resume s0', '0 res-close s0',
          '0 req-end undefined', '0 req-close undefined',
          '1 res-finish s1', '1 req-resume s1', '1 res-close s1',
          '1 req-end undefined', '1 req-close undefined',
        ]);
        completed = true;
      });
    });
    send();
  });
}
