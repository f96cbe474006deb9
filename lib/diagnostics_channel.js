'use strict';
// node:diagnostics_channel: named channels that libraries publish to and tools subscribe to
// (undici, fastify, tar's and pino's instrumentation). A channel object lives as long as someone
// holds it or subscribes to it; looking a name up again gives the same object while it lives.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { triggerUncaughtException } = internalBinding('errors');

// name → WeakRef(Channel); a subscribed channel is also held strongly in `subscribed`.
const channels = new Map();
const subscribed = new Set();
const registry = new FinalizationRegistry((name) => {
  const ref = channels.get(name);
  if (ref !== undefined && ref.deref() === undefined) channels.delete(name);
});

function reportSubscriberError(err) {
  // A throwing subscriber must not break the publisher: its error surfaces on the next tick.
  process.nextTick(() => triggerUncaughtException(err, false));
}

class Channel {
  #subscribers = [];
  #stores = new Map();  // store → transform (or undefined)

  constructor(name) {
    this.name = name;
  }

  static [Symbol.hasInstance](value) {
    return value !== null && typeof value === 'object' && #subscribers in value;
  }

  get hasSubscribers() {
    return this.#subscribers.length > 0 || this.#stores.size > 0;
  }

  #updateLiveness() {
    if (this.hasSubscribers) subscribed.add(this);
    else subscribed.delete(this);
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // Copy on write: a publish in progress keeps the list it started with.
    this.#subscribers = [...this.#subscribers, subscription];
    this.#updateLiveness();
  }

  unsubscribe(subscription) {
    const index = this.#subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = [...this.#subscribers];
    next.splice(index, 1);
    this.#subscribers = next;
    this.#updateLiveness();
    return true;
  }

  publish(data) {
    const list = this.#subscribers;
    for (let i = 0; i < list.length; i++) {
      try {
        list[i](data, this.name);
      } catch (err) {
        reportSubscriberError(err);
      }
    }
  }

  bindStore(store, transform) {
    if (transform !== undefined) validateFunction(transform, 'transform');
    this.#stores.set(store, transform);
    this.#updateLiveness();
  }

  unbindStore(store) {
    if (!this.#stores.has(store)) return false;
    this.#stores.delete(store);
    this.#updateLiveness();
    return true;
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    // Each bound store (an AsyncLocalStorage or anything with its run(store, fn)) wraps the call.
    for (const [store, transform] of this.#stores) {
      let value = data;
      if (transform !== undefined) {
        try {
          value = transform(data);
        } catch (err) {
          reportSubscriberError(err);
          continue;
        }
      }
      const inner = run;
      run = () => store.run(value, inner);
    }
    return run();
  }
}

function validateName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
}

function channel(name) {
  const existing = channels.get(name)?.deref();
  if (existing !== undefined) return existing;
  validateName(name);
  const created = new Channel(name);
  channels.set(name, new WeakRef(created));
  registry.register(created, name);
  return created;
}

function hasSubscribers(name) {
  const existing = channels.get(name)?.deref();
  return existing !== undefined && existing.hasSubscribers;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

// --- tracing channels: start / end / asyncStart / asyncEnd / error around one operation ----------
const kTraceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of kTraceEvents) {
        this[event] = channel(`tracing:${nameOrChannels}:${event}`);
      }
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of kTraceEvents) {
        const value = nameOrChannels[event];
        if (!(value instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', value);
        }
        this[event] = value;
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'],
                                     nameOrChannels);
    }
  }

  get hasSubscribers() {
    return kTraceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of kTraceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of kTraceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const index = position < 0 ? args.length + position : position;
    const callback = args[index];
    validateFunction(callback, 'callback');
    args[index] = function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    };
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
