'use strict';
// Error paths and edge cases of web streams (BYOB release/respond/respondWithNewView misuse, close
// and size errors, released writers, tee with one branch canceled, byte reads with min, partial
// elements at close, pipeTo with both ends errored): results and messages recorded from node v20
// (the .stdout golden).
const out = [];
process.on('exit', () => console.log(out.join('\n')));
const P = (...a) => out.push(a.map(x => typeof x === 'string' ? x : (x instanceof Error ? `${x.name}|${x.code}|${x.message}` : JSON.stringify(x))).join(' '));
const settle = (p) => p.then(v => ['ok', v], e => ['err', e instanceof Error ? `${e.name}|${e.code}|${e.message}` : e]);
const tick = () => new Promise(r => setTimeout(r, 2));
const cases = {
  async byobRelease() {
    const rs = new ReadableStream({ type: 'bytes' });
    const r = rs.getReader({ mode: 'byob' });
    const p = settle(r.read(new Uint8Array(4)));
    r.releaseLock();
    P(await p);
    const r2 = rs.getReader({ mode: 'byob' });
    P(await settle(Promise.race([r2.read(new Uint8Array(4)), tick().then(() => 'pending')])));
  },
  async respondAfterClose() {
    let c;
    const rs = new ReadableStream({ type: 'bytes', start(x) { c = x; } });
    const r = rs.getReader({ mode: 'byob' });
    const p = settle(r.read(new Uint8Array(4)));
    await tick();
    const req = c.byobRequest;
    c.close();
    try { req.respond(1); } catch (e) { P('respond', e); }
    req.respond(0);
    P(await p);
    try { req.respond(0); } catch (e) { P('respond2', e); }
    try { c.enqueue(new Uint8Array(1)); } catch (e) { P('enq', e); }
  },
  async respondTooMuch() {
    let c;
    const rs = new ReadableStream({ type: 'bytes', start(x) { c = x; } });
    const r = rs.getReader({ mode: 'byob' });
    r.read(new Uint8Array(4)).catch(() => {});
    await tick();
    try { c.byobRequest.respond(5); } catch (e) { P('respond5', e); }
    try { c.byobRequest.respondWithNewView(new Uint8Array(4)); } catch (e) { P('rwnv', e); }
    try { c.byobRequest.respond(0); } catch (e) { P('respond0', e); }
  },
  async hwmInfinity() {
    let pulls = 0;
    const rs = new ReadableStream({ pull(c) { pulls++; if (pulls < 5) c.enqueue(pulls); } }, { highWaterMark: Infinity });
    await tick();
    P('pulls', pulls);
  },
  async closeError() {
    const ws = new WritableStream({ close() { throw new Error('close failed'); } });
    const w = ws.getWriter();
    P(await settle(w.close()));
    P(await settle(w.closed));
    P(await settle(w.ready));
  },
  async writeAfterRelease() {
    const ws = new WritableStream();
    const w = ws.getWriter();
    w.releaseLock();
    P(await settle(w.write(1)));
    P(await settle(w.close()));
    P(await settle(w.abort()));
    P(await settle(w.ready));
  },
  async startErrorThenAbort() {
    const ws = new WritableStream({ start() { return Promise.reject(new Error('start')); } });
    const w = ws.getWriter();
    P(await settle(w.abort('a')));
    P(await settle(w.closed));
  },
  async transformCancelWhileBackpressure() {
    const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c); } });
    const w = ts.writable.getWriter();
    const p1 = settle(w.write(1));
    const p2 = settle(w.write(2));
    await tick();
    P(await settle(ts.readable.cancel('r')));
    P(await p1, await p2);
    P(await settle(w.closed));
  },
  async pipeBothErrored() {
    const rs = new ReadableStream({ start(c) { c.error(new Error('src')); } });
    const ws = new WritableStream({ start(c) { c.error(new Error('dst')); } });
    await tick();
    P(await settle(rs.pipeTo(ws)));
  },
  async pipePreventCancelDestError() {
    let cancelled = false;
    const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { cancelled = true; } });
    const ws = new WritableStream({ write() { throw new Error('w'); } });
    P(await settle(rs.pipeTo(ws, { preventCancel: true })), cancelled, rs.locked);
  },
  async rwnvWrongBuffer() {
    let c;
    const rs = new ReadableStream({ type: 'bytes', start(x) { c = x; } });
    const r = rs.getReader({ mode: 'byob' });
    r.read(new Uint8Array(8)).catch(() => {});
    await tick();
    try { c.byobRequest.respondWithNewView(new Uint8Array(new ArrayBuffer(8), 1, 2)); } catch (e) { P('off', e); }
    try { c.byobRequest.respondWithNewView(new Uint8Array(new ArrayBuffer(9), 0, 2)); } catch (e) { P('len', e); }
    try { c.byobRequest.respondWithNewView('x'); } catch (e) { P('type', e); }
  },
  async enqueueSizeThrows() {
    const rs = new ReadableStream({ start(c) { try { c.enqueue(1); } catch (e) { P('enq', e.message); } } }, { size() { throw new Error('sz'); } });
    P(await settle(rs.getReader().closed));
    const ws = new WritableStream({}, { size() { throw new Error('wsz'); } });
    const w = ws.getWriter();
    P(await settle(w.write(1)));
    P(await settle(w.closed));
  },
  async teeCancelOneRead() {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
    const [a, b] = rs.tee();
    a.cancel();
    const r = b.getReader();
    P(await r.read(), await r.read(), await r.read());
  },
  async readerCancelReason() {
    const rs = new ReadableStream({ cancel(r) { P('cancel got', r); return new Promise(res => setTimeout(res, 1)); } });
    const r = rs.getReader();
    const closed = settle(r.closed);
    P(await settle(r.cancel('why')));
    P(await closed);
  },
  async writerDesiredSizeStates() {
    let ctl;
    const ws = new WritableStream({ start(c) { ctl = c; } });
    const w = ws.getWriter();
    P(w.desiredSize);
    ctl.error(new Error('e'));
    P(w.desiredSize);
    const ws2 = new WritableStream();
    const w2 = ws2.getWriter();
    await w2.close();
    P(w2.desiredSize);
  },
  async byteMinRead() {
    const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1])); setTimeout(() => { c.enqueue(new Uint8Array([2, 3])); c.close(); }, 2); } });
    const r = rs.getReader({ mode: 'byob' });
    const x = await r.read(new Uint8Array(4), { min: 3 });
    P(Array.from(x.value), x.done);
    const y = await r.read(new Uint8Array(4));
    P(Array.from(y.value), y.done);
  },
  async closeWithPartialElement() {
    let c;
    const rs = new ReadableStream({ type: 'bytes', start(x) { c = x; } });
    const r = rs.getReader({ mode: 'byob' });
    const p = settle(r.read(new Uint16Array(2)));
    await tick();
    c.byobRequest.view[0] = 1;
    c.byobRequest.respond(1);
    try { c.close(); } catch (e) { P('close', e); }
    P(await p);
  },
};
(async () => {
  for (const [name, fn] of Object.entries(cases)) {
    out.push('## ' + name);
    try { await fn(); } catch (e) { P('THREW', e); }
  }

})();
