'use strict';
// The low-level async_hooks machinery (Node's design): every async resource has an async id and
// the id of what triggered it; the ids of the resource whose callback runs now (and the stack of
// those it interrupted) live in internalBinding('async_wrap')'s shared typed arrays, so entering a
// callback is a few stores on either side of the native boundary. Hooks made by createHook() are
// counted per callback kind in async_hook_fields; native code calls into JS only when a count is
// non-zero. V8's promise hooks are installed only while a hook is enabled.
//
// The execution stack: a level entered from JS (a timer, an immediate, a tick, AsyncResource,
// a promise reaction) saves the ids it interrupts in `async_ids_stack` here; a level entered by a
// native callback (CallbackScope) saves them in C++ and restores them itself. Both count in
// async_hook_fields[kStackLength], which indexes the resources for executionAsyncResource().

const {
  async_hook_fields, async_id_fields, constants, Providers,
  setupHooks, setPromiseHooks, queueDestroyAsyncId, getNativeResource,
} = internalBinding('async_wrap');
const { enqueueMicrotask } = internalBinding('task_queue');

const {
  kInit, kBefore, kAfter, kDestroy, kPromiseResolve, kTotals, kCheck, kStackLength,
  kUsesExecutionAsyncResource, kExecutionAsyncId, kTriggerAsyncId, kAsyncIdCounter,
  kDefaultTriggerAsyncId,
} = constants;

// The ids of JS-side resources (Timeout and Immediate show them in util.inspect, as Node's).
const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');
const init_symbol = Symbol('init');
const before_symbol = Symbol('before');
const after_symbol = Symbol('after');
const destroy_symbol = Symbol('destroy');
const promise_resolve_symbol = Symbol('promiseResolve');
// What executionAsyncResource() gives for another object (an internal resource's public face).
const resource_symbol = Symbol('resource');

// The hooks enabled; while hooks run (call_depth > 0), enable()/disable() change copies, which
// replace the originals once the outermost hook call returns.
const active_hooks = {
  array: [],
  call_depth: 0,
  tmp_array: null,
  tmp_fields: null,
};

let async_ids_stack = new Float64Array(64);
const execution_async_resources = [];
const topLevelResource = {};
// `quick`: no hook is enabled and executionAsyncResource() was never called, so the queues (ticks,
// timers, immediates) may take their fast path. A plain property: cheaper to test in their hot
// loops than the shared counts.
const hookState = { quick: true };
function updateHookState() {
  hookState.quick = async_hook_fields[kTotals] === 0 &&
    async_hook_fields[kUsesExecutionAsyncResource] === 0;
}

// --- hooks ------------------------------------------------------------------------------------

// A hook that throws ends the process, as in Node: its stack on stderr, then exit code 1.
function fatalError(error) {
  let text;
  if (typeof error?.stack === 'string') {
    text = error.stack;
  } else {
    const o = { message: error };
    Error.captureStackTrace(o, fatalError);
    text = o.stack;
  }
  process._rawDebug(text);
  process.exit(1);
}

function emitInitNative(asyncId, type, triggerAsyncId, resource) {
  active_hooks.call_depth += 1;
  resource = lookupPublicResource(resource);
  try {
    const hooks = active_hooks.array;
    for (let i = 0; i < hooks.length; i++) {
      const init = hooks[i][init_symbol];
      if (typeof init === 'function') init(asyncId, type, triggerAsyncId, resource);
    }
  } catch (error) {
    fatalError(error);
  } finally {
    active_hooks.call_depth -= 1;
  }
  if (active_hooks.call_depth === 0 && active_hooks.tmp_array !== null) restoreActiveHooks();
}

function emitHook(symbol, asyncId) {
  active_hooks.call_depth += 1;
  try {
    const hooks = active_hooks.array;
    for (let i = 0; i < hooks.length; i++) {
      const fn = hooks[i][symbol];
      if (typeof fn === 'function') fn(asyncId);
    }
  } catch (error) {
    fatalError(error);
  } finally {
    active_hooks.call_depth -= 1;
  }
  if (active_hooks.call_depth === 0 && active_hooks.tmp_array !== null) restoreActiveHooks();
}

function emitBeforeNative(asyncId) { emitHook(before_symbol, asyncId); }
function emitAfterNative(asyncId) { emitHook(after_symbol, asyncId); }
function emitDestroyNative(asyncId) { emitHook(destroy_symbol, asyncId); }
function emitPromiseResolveNative(asyncId) { emitHook(promise_resolve_symbol, asyncId); }

function getHookArrays() {
  if (active_hooks.call_depth === 0) return [active_hooks.array, async_hook_fields];
  if (active_hooks.tmp_array === null) {
    active_hooks.tmp_array = active_hooks.array.slice();
    active_hooks.tmp_fields = new Uint32Array(async_hook_fields);
  }
  return [active_hooks.tmp_array, active_hooks.tmp_fields];
}

function restoreActiveHooks() {
  active_hooks.array = active_hooks.tmp_array;
  // Only the counts: the stack depth moved on meanwhile.
  for (const field of [kInit, kBefore, kAfter, kDestroy, kPromiseResolve, kTotals, kCheck]) {
    async_hook_fields[field] = active_hooks.tmp_fields[field];
  }
  active_hooks.tmp_array = null;
  active_hooks.tmp_fields = null;
  updateHookState();
}

function hasHooks(key) { return async_hook_fields[key] > 0; }
function enabledHooksExist() { return hasHooks(kTotals); }
function initHooksExist() { return hasHooks(kInit); }
function afterHooksExist() { return hasHooks(kAfter); }
function destroyHooksExist() { return hasHooks(kDestroy); }
function promiseResolveHooksExist() { return hasHooks(kPromiseResolve); }

// --- ids and the execution stack ----------------------------------------------------------------

// Ids as small integers while they fit: a number read from the Float64Array would otherwise be
// stored boxed in the fields of every Timeout and Immediate (and make a million queued timers cost
// twice the garbage collection).
function asSmi(id) { return id <= 0x3fffffff && id >= -1 ? id | 0 : id; }

function newAsyncId() { return asSmi(++async_id_fields[kAsyncIdCounter]); }

function executionAsyncId() { return async_id_fields[kExecutionAsyncId]; }
function triggerAsyncId() { return async_id_fields[kTriggerAsyncId]; }

function getDefaultTriggerAsyncId() {
  const id = async_id_fields[kDefaultTriggerAsyncId];
  if (id >= 0) return asSmi(id);
  return asSmi(async_id_fields[kExecutionAsyncId]);
}

function defaultTriggerAsyncIdScope(triggerAsyncId, block, ...args) {
  if (triggerAsyncId === undefined) return Reflect.apply(block, null, args);
  const old = async_id_fields[kDefaultTriggerAsyncId];
  async_id_fields[kDefaultTriggerAsyncId] = triggerAsyncId;
  try {
    return Reflect.apply(block, null, args);
  } finally {
    async_id_fields[kDefaultTriggerAsyncId] = old;
  }
}

function pushAsyncContext(asyncId, triggerAsyncId, resource) {
  const offset = async_hook_fields[kStackLength];
  if (offset * 2 >= async_ids_stack.length) {
    const grown = new Float64Array(async_ids_stack.length * 2);
    grown.set(async_ids_stack);
    async_ids_stack = grown;
  }
  async_ids_stack[2 * offset] = async_id_fields[kExecutionAsyncId];
  async_ids_stack[2 * offset + 1] = async_id_fields[kTriggerAsyncId];
  execution_async_resources[offset] = resource;
  async_hook_fields[kStackLength] = offset + 1;
  async_id_fields[kExecutionAsyncId] = asyncId;
  async_id_fields[kTriggerAsyncId] = triggerAsyncId;
}

function popAsyncContext(asyncId) {
  const stackLength = async_hook_fields[kStackLength];
  if (stackLength === 0) return false;
  if (async_id_fields[kExecutionAsyncId] !== asyncId && enabledHooksExist() &&
      async_hook_fields[kCheck] > 0) {
    // Node's words; the process cannot go on with ids it no longer trusts.
    process._rawDebug('Error: async hook stack has become corrupted (actual: ' +
                      `${async_id_fields[kExecutionAsyncId]}, expected: ${asyncId})`);
    process.exit(1);
  }
  const offset = stackLength - 1;
  async_id_fields[kExecutionAsyncId] = async_ids_stack[2 * offset];
  async_id_fields[kTriggerAsyncId] = async_ids_stack[2 * offset + 1];
  execution_async_resources[offset] = undefined;
  async_hook_fields[kStackLength] = offset;
  return offset > 0;
}

// The queues' fast path (ticks, timers, immediates): with no hook enabled and
// executionAsyncResource() never called, nothing can see the execution stack, so a callback only
// needs its ids set (enterQuickly) instead of a pushed level; the queue puts back the ids it found
// when it is done (leaveQuickly).
function canEnterQuickly() {
  return async_hook_fields[kTotals] === 0 && async_hook_fields[kUsesExecutionAsyncResource] === 0;
}
function enterQuickly(asyncId, triggerAsyncId) {
  async_id_fields[kExecutionAsyncId] = asyncId;
  async_id_fields[kTriggerAsyncId] = triggerAsyncId;
}

function hasAsyncIdStack() { return async_hook_fields[kStackLength] > 0; }

// After an uncaught exception was handled: the levels it skipped are left (the native ones
// restore their own ids when their scope closes).
function clearAsyncIdStack() {
  async_id_fields[kExecutionAsyncId] = 0;
  async_id_fields[kTriggerAsyncId] = 0;
  async_hook_fields[kStackLength] = 0;
  execution_async_resources.length = 0;
}

function lookupPublicResource(resource) {
  if (typeof resource !== 'object' || resource === null) return resource;
  const publicResource = resource[resource_symbol];
  return publicResource !== undefined ? publicResource : resource;
}

function executionAsyncResource() {
  if (async_hook_fields[kUsesExecutionAsyncResource] === 0) {
    async_hook_fields[kUsesExecutionAsyncResource] = 1;
    hookState.quick = false;
  }
  const index = async_hook_fields[kStackLength] - 1;
  if (index === -1) return topLevelResource;
  let resource = execution_async_resources[index];
  if (resource === undefined) resource = getNativeResource(index);
  if (resource === undefined) return topLevelResource;
  return lookupPublicResource(resource);
}

// --- emitting from JS ---------------------------------------------------------------------------

function emitInitScript(asyncId, type, triggerAsyncId, resource) {
  if (!hasHooks(kInit)) return;
  if (triggerAsyncId === null) triggerAsyncId = getDefaultTriggerAsyncId();
  emitInitNative(asyncId, type, triggerAsyncId, resource);
}

function emitBeforeScript(asyncId, triggerAsyncId, resource) {
  pushAsyncContext(asyncId, triggerAsyncId, resource);
  if (hasHooks(kBefore)) emitBeforeNative(asyncId);
}

function emitAfterScript(asyncId) {
  if (hasHooks(kAfter)) emitAfterNative(asyncId);
  popAsyncContext(asyncId);
}

function emitDestroyScript(asyncId) {
  if (!hasHooks(kDestroy) || asyncId <= 0) return;
  queueDestroyAsyncId(asyncId);
}

// destroy hooks for an object the garbage collector takes (a promise, an AsyncResource nobody
// destroyed by hand). `state.destroyed` says it was destroyed already.
let destroyRegistry = null;
function registerDestroyHook(resource, asyncId, state) {
  if (destroyRegistry === null) {
    destroyRegistry = new FinalizationRegistry((held) => {
      if (!held.state.destroyed) emitDestroyScript(held.asyncId);
    });
  }
  destroyRegistry.register(resource, { asyncId, state });
}

// --- promises (V8's promise hooks, while a hook is enabled) -------------------------------------

function trackPromise(promise, parent) {
  if (promise[async_id_symbol] !== undefined) return;
  const asyncId = newAsyncId();
  const trigger = parent ? getOrSetAsyncId(parent) : getDefaultTriggerAsyncId();
  promise[async_id_symbol] = asyncId;
  promise[trigger_async_id_symbol] = trigger;
}

function getOrSetAsyncId(promise) {
  if (promise[async_id_symbol] !== undefined) return promise[async_id_symbol];
  return (promise[async_id_symbol] = newAsyncId());
}

function promiseInitHook(promise, parent) {
  trackPromise(promise, parent);
  emitInitScript(promise[async_id_symbol], 'PROMISE', promise[trigger_async_id_symbol], promise);
}

function destroyTracking(promise, parent) {
  trackPromise(promise, parent);
  registerDestroyHook(promise, promise[async_id_symbol], { destroyed: false });
}

function promiseInitHookWithDestroyTracking(promise, parent) {
  promiseInitHook(promise, parent);
  destroyTracking(promise, parent);
}

function promiseBeforeHook(promise) {
  trackPromise(promise, null);
  emitBeforeScript(promise[async_id_symbol], promise[trigger_async_id_symbol], promise);
}

function promiseAfterHook(promise) {
  trackPromise(promise, null);
  const asyncId = promise[async_id_symbol];
  if (hasHooks(kAfter)) emitAfterNative(asyncId);
  if (asyncId === executionAsyncId()) popAsyncContext(asyncId);
}

function promiseResolveHook(promise) {
  trackPromise(promise, null);
  emitPromiseResolveNative(getOrSetAsyncId(promise));
}

let promiseHooksOn = false;
function updatePromiseHookMode() {
  let init;
  if (initHooksExist()) {
    init = destroyHooksExist() ? promiseInitHookWithDestroyTracking : promiseInitHook;
  } else if (destroyHooksExist()) {
    init = destroyTracking;
  }
  setPromiseHooks(init, promiseBeforeHook, promiseAfterHook,
                  promiseResolveHooksExist() ? promiseResolveHook : undefined);
  promiseHooksOn = true;
}

// Later, not at once: a promise reaction may be between its before and after hooks now.
function disablePromiseHooksIfUnused() {
  if (promiseHooksOn && !enabledHooksExist()) {
    setPromiseHooks();
    promiseHooksOn = false;
  }
}

// --- createHook ---------------------------------------------------------------------------------

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    const { ERR_ASYNC_CALLBACK } = require('internal/errors').codes;
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.before');
    }
    if (after !== undefined && typeof after !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.after');
    }
    if (destroy !== undefined && typeof destroy !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.destroy');
    }
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this[init_symbol] = init;
    this[before_symbol] = before;
    this[after_symbol] = after;
    this[destroy_symbol] = destroy;
    this[promise_resolve_symbol] = promiseResolve;
  }

  enable() {
    const { 0: hooks_array, 1: hook_fields } = getHookArrays();
    if (hooks_array.includes(this)) return this;
    const prevTotals = hook_fields[kTotals];
    hook_fields[kTotals] = hook_fields[kInit] += +!!this[init_symbol];
    hook_fields[kTotals] += hook_fields[kBefore] += +!!this[before_symbol];
    hook_fields[kTotals] += hook_fields[kAfter] += +!!this[after_symbol];
    hook_fields[kTotals] += hook_fields[kDestroy] += +!!this[destroy_symbol];
    hook_fields[kTotals] += hook_fields[kPromiseResolve] += +!!this[promise_resolve_symbol];
    hooks_array.push(this);
    if (prevTotals === 0 && hook_fields[kTotals] > 0) hook_fields[kCheck] += 1;
    if (hook_fields === async_hook_fields) {
      updateHookState();
      updatePromiseHookMode();
    } else {
      enqueueMicrotask(updatePromiseHookModeIfEnabled);
    }
    return this;
  }

  disable() {
    const { 0: hooks_array, 1: hook_fields } = getHookArrays();
    const index = hooks_array.indexOf(this);
    if (index === -1) return this;
    const prevTotals = hook_fields[kTotals];
    hook_fields[kTotals] = hook_fields[kInit] -= +!!this[init_symbol];
    hook_fields[kTotals] += hook_fields[kBefore] -= +!!this[before_symbol];
    hook_fields[kTotals] += hook_fields[kAfter] -= +!!this[after_symbol];
    hook_fields[kTotals] += hook_fields[kDestroy] -= +!!this[destroy_symbol];
    hook_fields[kTotals] += hook_fields[kPromiseResolve] -= +!!this[promise_resolve_symbol];
    hooks_array.splice(index, 1);
    if (hook_fields === async_hook_fields) updateHookState();
    if (prevTotals > 0 && hook_fields[kTotals] === 0) {
      hook_fields[kCheck] -= 1;
      enqueueMicrotask(disablePromiseHooksIfUnused);
    }
    return this;
  }
}

function updatePromiseHookModeIfEnabled() {
  if (enabledHooksExist()) updatePromiseHookMode();
}

function createHook(fns) {
  return new AsyncHook(fns);
}

// The native side calls these (registered on every start: internal/process/native_callbacks).
function registerNativeHooks() {
  setupHooks(emitInitNative, emitBeforeNative, emitAfterNative, emitDestroyNative);
}

const asyncWrapProviders = Object.freeze({ __proto__: null, ...Providers });

module.exports = {
  async_id_symbol,
  trigger_async_id_symbol,
  resource_symbol,
  asyncWrapProviders,
  createHook,
  AsyncHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  newAsyncId,
  getDefaultTriggerAsyncId,
  defaultTriggerAsyncIdScope,
  pushAsyncContext,
  popAsyncContext,
  canEnterQuickly,
  enterQuickly,
  hookState,
  async_id_fields,
  async_hook_fields,
  hasAsyncIdStack,
  clearAsyncIdStack,
  hasHooks,
  enabledHooksExist,
  initHooksExist,
  afterHooksExist,
  destroyHooksExist,
  registerDestroyHook,
  registerNativeHooks,
  emitInit: emitInitScript,
  emitBefore: emitBeforeScript,
  emitAfter: emitAfterScript,
  emitDestroy: emitDestroyScript,
  constants: { kInit, kBefore, kAfter, kDestroy, kPromiseResolve, kTotals, kStackLength },
};
