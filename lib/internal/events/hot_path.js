'use strict';
// What lib/events.js lends to other lib/ modules for their per-event hot paths (node:stream's
// 'data' events), filled in by events.js when it loads. emit() reads `_events[type]` with a
// type that varies, so that one load site sees every emitter and every event name and V8 keeps it
// megamorphic (a hash probe per emit); a caller that knows its event name can read
// `_events.data` at its own, polymorphic, site and then call the listener as emit() would.

module.exports = {
  __proto__: null,
  // EventEmitter.prototype.emit and .listenerCount as events.js defines them: the shortcut
  // applies only to emitters that did not replace them.
  emit: undefined,
  listenerCount: undefined,
  // callListener(emitter, listener, type, arg): calls one listener with one argument exactly as
  // emit() does (a returned promise is watched when the emitter captures rejections).
  callListener: undefined,
  // markShapedEvents(table): tells EventEmitter.init that the emitter it is about to initialize
  // has `table`, made by its stream constructor, as its own pre-shaped `_events`.
  markShapedEvents: undefined,
  // EventEmitter.init as events.js defines it, and initShaped(emitter, opts): that init's work for
  // an emitter that its stream constructor has just given its own pre-shaped `_events`.
  init: undefined,
  initShaped: undefined,
};
