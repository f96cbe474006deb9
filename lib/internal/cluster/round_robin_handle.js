'use strict';
// SCHED_RR: the primary listens and accepts; each connection goes to the next free worker as a
// passed handle ('newconn'). A worker is free again once it answered that it took (or refused) the
// last one, so a busy worker is skipped rather than queued up.

const net = require('net');
const { sendHelper } = require('internal/cluster/utils');
const { UV_EINVAL } = internalBinding('uv');
const { constants: { UV_TCP_IPV6ONLY, UV_TCP_REUSEPORT } } = internalBinding('tcp_wrap');

class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
    this.key = key;
    this.all = new Map();
    this.free = new Map();
    this.handles = [];
    this.handle = null;
    this.server = net.createServer(() => {
      throw new Error('the primary\'s round-robin server takes no connections itself');
    });
    if (fd >= 0) {
      this.server.listen({ fd, backlog });
    } else if (port >= 0) {
      this.server.listen({
        port,
        host: address,
        ipv6Only: Boolean(flags & UV_TCP_IPV6ONLY),
        reusePort: Boolean(flags & UV_TCP_REUSEPORT),
        backlog,
      });
    } else {
      this.server.listen({ path: address, backlog, readableAll, writableAll });
    }
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.handle.onconnection = (err, handle) => this.distribute(err, handle);
      this.server._handle = null;
      this.server = null;
    });
  }

  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      if (this.handle.getsockname) {
        const out = {};
        this.handle.getsockname(out);
        send(null, { sockname: out }, null);
      } else {
        send(null, null, null);  // a Unix socket: no address to report
      }
      this.handoff(worker);
    };
    if (this.server === null) return done();
    // Still binding: answer once it is listening or failed.
    this.server.once('listening', done);
    this.server.once('error', (err) => {
      send(err.errno ?? UV_EINVAL, null);
    });
  }

  // → true once no worker uses it (the listening handle is closed then).
  remove(worker) {
    const existed = this.all.delete(worker.id);
    if (!existed) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const handle of this.handles) handle.close();
    this.handles = [];
    if (this.handle) this.handle.close();
    else this.server?.close();
    this.handle = null;
    return true;
  }

  distribute(err, handle) {
    if (err) return;  // a failed accept: nothing to hand out
    this.handles.push(handle);
    const first = this.free.entries().next();
    if (!first.done) {
      const [workerId, worker] = first.value;
      this.free.delete(workerId);
      this.handoff(worker);
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return;  // gone meanwhile
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);
      return;
    }
    const message = { act: 'newconn', key: this.key };
    sendHelper(worker.process, message, handle, (reply) => {
      if (reply.accepted) handle.close();
      else this.distribute(0, handle);  // refused (over maxConnections): someone else's
      this.handoff(worker);
    });
  }
}

module.exports = RoundRobinHandle;
