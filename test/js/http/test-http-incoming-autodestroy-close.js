'use strict';
// A request's autoDestroy after 'end': 'close' follows at once in the same tick when the
// message's own _destroy would call its callback at once (tide skips making that callback:
// closesAtTickEnd in lib/_http_incoming.js); a _destroy replaced on the instance or a subclass
// still gets called with a working callback; the flags at 'close' and the order of the events are
// node v20's; onError's listenerCount('error') question is still asked.
const assert = require('assert');
const http = require('http');

const log = [];
let n = 0;
class MyIncoming extends http.IncomingMessage {
  _destroy(err, cb) {
    log.push(`sub _destroy err=${err}`);
    super._destroy(err, cb);
  }
}

function track(req, name) {
  req.on('end', () => log.push(`${name} end destroyed=${req.destroyed}`));
  req.on('close', () => {
    log.push(`${name} close destroyed=${req.destroyed} closed=${req._readableState.closed} ` +
             `aborted=${req.aborted} complete=${req.complete}`);
  });
}

function serve(IncomingMessage, onRequest, done) {
  const server = http.createServer({ IncomingMessage }, (req, res) => {
    onRequest(req);
    res.end('ok');
  });
  server.listen(0, '127.0.0.1', () => {
    const agent = new http.Agent({ keepAlive: true });
    http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
      res.resume();
      res.on('end', () => {
        setTimeout(() => {
          agent.destroy();
          server.close(done);
        }, 20);
      });
    });
  });
}

const steps = [
  // Plain: the request is never read.
  (done) => serve(undefined, (req) => track(req, 'plain'), done),
  // listenerCount is asked, as onError asks it.
  (done) => serve(undefined, (req) => {
    track(req, 'count');
    req.listenerCount = function(type) {
      if (type === 'error') log.push('count listenerCount(error)');
      return http.IncomingMessage.prototype.listenerCount.call(this, type);
    };
  }, done),
  // An instance's own _destroy.
  (done) => serve(undefined, (req) => {
    track(req, 'inst');
    const own = req._destroy;
    req._destroy = function(err, cb) {
      log.push(`inst _destroy err=${err}`);
      own.call(this, err, (e) => {
        log.push(`inst cb e=${e}`);
        cb(e);
      });
    };
  }, done),
  // A subclass's _destroy.
  (done) => serve(MyIncoming, (req) => track(req, 'sub'), done),
  // A tick queued from 'end' comes before 'close' then.
  (done) => serve(undefined, (req) => {
    track(req, 'tick');
    req.on('end', () => process.nextTick(() => log.push('tick nextTick from end')));
  }, done),
];

(function next() {
  const step = steps[n++];
  if (step) {
    step(next);
    return;
  }
  assert.deepStrictEqual(log, [
    'plain end destroyed=false',
    'plain close destroyed=true closed=true aborted=false complete=true',
    'count end destroyed=false',
    'count listenerCount(error)',
    'count close destroyed=true closed=true aborted=false complete=true',
    'inst end destroyed=false',
    'inst _destroy err=null',
    'inst cb e=undefined',
    'inst close destroyed=true closed=true aborted=false complete=true',
    'sub end destroyed=false',
    'sub _destroy err=null',
    'sub close destroyed=true closed=true aborted=false complete=true',
    'tick end destroyed=false',
    'tick nextTick from end',
    'tick close destroyed=true closed=true aborted=false complete=true',
  ]);
})();
