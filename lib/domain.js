'use strict';
// node:domain (deprecated in Node, still required by older packages): a Domain is an EventEmitter
// that collects the errors of everything started while it was active — callbacks of timers, I/O,
// ticks and promises (an async_hooks hook enters a resource's domain around its callbacks), event
// emitters created inside it or added to it ('error' events nobody listens to), and exceptions
// nobody caught (the uncaught-exception path asks the active domain first).

const EventEmitter = require('events');
const { createHook } = require('async_hooks');
const {
  codes: { ERR_DOMAIN_CALLBACK_NOT_AVAILABLE, ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE,
           ERR_UNHANDLED_ERROR },
} = require('internal/errors');
const execution = require('internal/process/execution');

// A capture callback set before the first require('domain') leaves domains no way to see
// uncaught exceptions.
if (process.hasUncaughtExceptionCaptureCallback()) throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();

// The domains entered and not yet exited, innermost last; process.domain and exports.active are
// its top.
const stack = [];
exports._stack = stack;
exports.active = null;
process.domain = null;

// async id → the domain that was active when the resource was created.
const domainOf = new Map();
const hook = createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    const domain = process.domain;
    if (domain === null || domain === undefined) return;
    domainOf.set(asyncId, domain);
    // Node shows the domain on the resource too (timers, requests: `timer.domain`).
    if (resource !== null && typeof resource === 'object' && type !== 'PROMISE') {
      Object.defineProperty(resource, 'domain', {
        __proto__: null, configurable: true, enumerable: false, writable: true, value: domain,
      });
    }
  },
  before(asyncId) {
    const domain = domainOf.get(asyncId);
    if (domain !== undefined) domain.enter();
  },
  after(asyncId) {
    const domain = domainOf.get(asyncId);
    if (domain !== undefined) domain.exit();
  },
  destroy(asyncId) {
    domainOf.delete(asyncId);
  },
});

function setActive(domain) {
  exports.active = domain;
  process.domain = domain;
}

// Every uncaught exception comes here first: while a domain with an 'error' listener is on the
// stack, the active domain gets it; either way no domain stays entered afterwards (an uncaught
// exception ends the callback), so process 'uncaughtException' listeners run outside any.
let offerToDomains = false;
function onUncaughtException(error) {
  const domain = process.domain;
  if (offerToDomains && domain !== null && domain !== undefined) return domain._errorHandler(error);
  clearStack();
  return false;
}
execution.setDomainErrorHandler(onUncaughtException);

function clearStack() {
  stack.length = 0;
  setActive(null);
  offerToDomains = false;
}

function updateExceptionCapture() {
  offerToDomains = stack.some((d) => d.listenerCount('error') > 0);
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    hook.enable();
  }

  enter() {
    // Entering twice is allowed: exit() leaves both.
    setActive(this);
    stack.push(this);
    updateExceptionCapture();
  }

  exit() {
    // Leaves this domain and every domain entered after it.
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    stack.splice(index);
    setActive(stack.length > 0 ? stack[stack.length - 1] : undefined);
    updateExceptionCapture();
  }

  // No try/finally, as in Node: a throw leaves the domain entered, so the uncaught-exception path
  // finds it (and a caller that catches the throw stays inside it).
  run(fn, ...args) {
    this.enter();
    const result = Reflect.apply(fn, this, args);
    this.exit();
    return result;
  }

  add(emitter) {
    if (emitter.domain === this) return;
    // An emitter belongs to one domain at a time.
    if (emitter.domain) emitter.domain.remove(emitter);
    // A domain added to a domain: its errors go to the outer one when it has no handler.
    if (this.domain && emitter instanceof Domain) {
      for (let d = this.domain; d; d = d.domain) {
        if (d === emitter) return;
      }
    }
    Object.defineProperty(emitter, 'domain', {
      __proto__: null, configurable: true, enumerable: false, writable: true, value: this,
    });
    this.members.push(emitter);
  }

  remove(emitter) {
    emitter.domain = null;
    const index = this.members.indexOf(emitter);
    if (index !== -1) this.members.splice(index, 1);
  }

  // A function that runs `cb` in this domain; what it throws goes to the domain.
  bind(cb) {
    const domain = this;
    function runBound(...args) {
      return domain.run(() => Reflect.apply(cb, this, args));
    }
    Object.defineProperty(runBound, 'domain', {
      __proto__: null, configurable: true, enumerable: false, writable: true, value: this,
    });
    return runBound;
  }

  // As bind(), for Node-style callbacks: an error first argument goes to the domain's 'error'
  // event instead of to `cb`, which gets the remaining arguments.
  intercept(cb) {
    const domain = this;
    function runIntercepted(error, ...args) {
      if (error) {
        if (typeof error === 'object' || typeof error === 'function') {
          error.domainBound = cb;
          error.domainThrown = false;
          Object.defineProperty(error, 'domain', {
            __proto__: null, configurable: true, enumerable: false, writable: true, value: domain,
          });
        }
        domain.emit('error', error);
        return undefined;
      }
      return domain.run(() => Reflect.apply(cb, this, args));
    }
    Object.defineProperty(runIntercepted, 'domain', {
      __proto__: null, configurable: true, enumerable: false, writable: true, value: this,
    });
    return runIntercepted;
  }

  // An exception thrown in this domain that nothing caught. Returns whether a handler took it.
  _errorHandler(error) {
    if ((typeof error === 'object' && error !== null) || typeof error === 'function') {
      Object.defineProperty(error, 'domain', {
        __proto__: null, configurable: true, enumerable: false, writable: true, value: this,
      });
      error.domainThrown = true;
    }
    // The handler must not run inside the domain it handles (it would catch its own throws).
    while (exports.active === this) this.exit();
    let caught = false;
    if (stack.length === 0) {
      if (this.listenerCount('error') > 0) {
        offerToDomains = false;
        try {
          caught = this.emit('error', error);
        } finally {
          updateExceptionCapture();
        }
      }
    } else {
      try {
        caught = this.emit('error', error);
      } catch (thrownByHandler) {
        // The handler threw: an outer domain may take that error, else it is uncaught.
        updateExceptionCapture();
        if (stack.length === 0) throw thrownByHandler;
        setActive(stack[stack.length - 1]);
        caught = process.domain._errorHandler(thrownByHandler);
      }
    }
    // An uncaught exception ends the callback: no domain stays entered after it.
    clearStack();
    return caught;
  }
}

exports.Domain = Domain;
exports.create = exports.createDomain = function createDomain() {
  return new Domain();
};

// Emitters made while a domain is active belong to it; their unhandled 'error' events go to it, and
// their listeners run inside it.
EventEmitter.usingDomains = true;
const eventInit = EventEmitter.init;
EventEmitter.init = function init(opts) {
  Object.defineProperty(this, 'domain', {
    __proto__: null, configurable: true, enumerable: false, writable: true, value: null,
  });
  if (exports.active && !(this instanceof Domain)) this.domain = exports.active;
  return Reflect.apply(eventInit, this, [opts]);
};

const eventEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(type, ...args) {
  const domain = this.domain;
  if (domain === null || domain === undefined || this === process ||
      (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(eventEmit, this, [type, ...args]);
  }
  if (type === 'error') {
    const error = args.length > 0 && args[0] ? args[0] : new ERR_UNHANDLED_ERROR();
    if (typeof error === 'object') {
      error.domainEmitter = this;
      Object.defineProperty(error, 'domain', {
        __proto__: null, configurable: true, enumerable: false, writable: true, value: domain,
      });
      error.domainThrown = false;
    }
    // The handler runs outside the domain (else an error it throws would come back to it).
    const index = stack.lastIndexOf(domain);
    const outer = index === -1 ? null : stack.splice(index);
    if (outer !== null) setActive(stack.length > 0 ? stack[stack.length - 1] : undefined);
    try {
      domain.emit('error', error);
    } finally {
      if (outer !== null) {
        stack.push(...outer);
        setActive(stack[stack.length - 1]);
      }
    }
    updateExceptionCapture();
    return false;
  }
  domain.enter();
  const result = Reflect.apply(eventEmit, this, [type, ...args]);
  domain.exit();
  return result;
};

// With domains in use, process.setUncaughtExceptionCaptureCallback() is refused (as in Node).
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback() {
  throw new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
};
