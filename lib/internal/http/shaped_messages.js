'use strict';
// Requests and responses made as API objects, for servers whose handlers change their prototype
// (express does, per request). V8 10.2 records no map transition from an object of plain JS type
// that had its prototype changed, so every property added afterwards made a map of its own: every
// request's objects had maps nobody else had, and every inline cache that saw them went
// megamorphic. Objects of an API type are exempt. See docs/design-notes.md ("Express: detached
// maps").

const { newMessageBase } = internalBinding('http_parser');

const { setPrototypeOf: ObjectSetPrototypeOf } = Object;
const { construct: ReflectConstruct } = Reflect;

const noArgs = [];

// A maker of `Ctor`'s instances as API objects. `Ctor` is called on the object as an
// `Ctor.call(this, …)` subclass would call it. The class below is only ever a new.target: V8 gives
// its instances the in-object room it estimates from the constructors in its chain (Ctor's), which
// an API constructor's own instances do not get.
function shapedMaker(Ctor) {
  const Base = newMessageBase();
  const Shape = class extends Base {};
  ObjectSetPrototypeOf(Shape, Ctor);
  return function make(a, b) {
    const object = ReflectConstruct(Base, noArgs, Shape);
    ObjectSetPrototypeOf(object, Ctor.prototype);
    Ctor.call(object, a, b);
    return object;
  };
}

let makeRequest;
let makeResponse;

// The server's default classes, as API objects.
function shapedRequest(socket) {
  if (makeRequest === undefined) makeRequest = shapedMaker(require('_http_incoming').IncomingMessage);
  return makeRequest(socket);
}

function shapedResponse(req, options) {
  if (makeResponse === undefined) makeResponse = shapedMaker(require('_http_server').ServerResponse);
  return makeResponse(req, options);
}

module.exports = { shapedRequest, shapedResponse };
