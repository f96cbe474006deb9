'use strict';
// readline.emitKeypressEvents decodes keys as Node does: each input below is written on its own
// and the (string, key) pairs emitted are compared with what node v20 emits for it (names, ctrl/
// meta/shift, sequence, and the code of escape sequences).
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

// [input, [[string or null when undefined, key], ...]], recorded from node v20.
const expected = [
  ["a", [["a", {"sequence": "a", "name": "a", "ctrl": false, "meta": false, "shift": false}]]],
  ["A", [["A", {"sequence": "A", "name": "a", "ctrl": false, "meta": false, "shift": true}]]],
  ["1", [["1", {"sequence": "1", "name": "1", "ctrl": false, "meta": false, "shift": false}]]],
  [" ", [[" ", {"sequence": " ", "name": "space", "ctrl": false, "meta": false, "shift": false}]]],
  ["\r", [["\r", {"sequence": "\r", "name": "return", "ctrl": false, "meta": false, "shift": false}]]],
  ["\n", [["\n", {"sequence": "\n", "name": "enter", "ctrl": false, "meta": false, "shift": false}]]],
  ["\t", [["\t", {"sequence": "\t", "name": "tab", "ctrl": false, "meta": false, "shift": false}]]],
  ["\b", [["\b", {"sequence": "\b", "name": "backspace", "ctrl": false, "meta": false, "shift": false}]]],
  ["\u007f", [["\u007f", {"sequence": "\u007f", "name": "backspace", "ctrl": false, "meta": false, "shift": false}]]],
  ["\u001b\u007f", [[null, {"sequence": "\u001b\u007f", "name": "backspace", "ctrl": false, "meta": true, "shift": false}]]],
  ["\u0001", [["\u0001", {"sequence": "\u0001", "name": "a", "ctrl": true, "meta": false, "shift": false}]]],
  ["\u0003", [["\u0003", {"sequence": "\u0003", "name": "c", "ctrl": true, "meta": false, "shift": false}]]],
  ["\u001a", [["\u001a", {"sequence": "\u001a", "name": "z", "ctrl": true, "meta": false, "shift": false}]]],
  ["\u0000", [["\u0000", {"sequence": "\u0000", "name": "`", "ctrl": true, "meta": false, "shift": false}]]],
  [".", [[".", {"sequence": ".", "ctrl": false, "meta": false, "shift": false}]]],
  ["\u00e9", [["\u00e9", {"sequence": "\u00e9", "ctrl": false, "meta": false, "shift": false}]]],
  ["\ud83d\ude00", [["\ud83d\ude00", {"sequence": "\ud83d\ude00", "ctrl": false, "meta": false, "shift": false}]]],
  ["\u001bb", [[null, {"sequence": "\u001bb", "name": "b", "ctrl": false, "meta": true, "shift": false}]]],
  ["\u001bB", [[null, {"sequence": "\u001bB", "name": "b", "ctrl": false, "meta": true, "shift": true}]]],
  ["\u001b\r", [[null, {"sequence": "\u001b\r", "name": "return", "ctrl": false, "meta": true, "shift": false}]]],
  ["\u001b[A", [[null, {"sequence": "\u001b[A", "name": "up", "ctrl": false, "meta": false, "shift": false, "code": "[A"}]]],
  ["\u001b[B", [[null, {"sequence": "\u001b[B", "name": "down", "ctrl": false, "meta": false, "shift": false, "code": "[B"}]]],
  ["\u001b[C", [[null, {"sequence": "\u001b[C", "name": "right", "ctrl": false, "meta": false, "shift": false, "code": "[C"}]]],
  ["\u001b[D", [[null, {"sequence": "\u001b[D", "name": "left", "ctrl": false, "meta": false, "shift": false, "code": "[D"}]]],
  ["\u001b[E", [[null, {"sequence": "\u001b[E", "name": "clear", "ctrl": false, "meta": false, "shift": false, "code": "[E"}]]],
  ["\u001b[F", [[null, {"sequence": "\u001b[F", "name": "end", "ctrl": false, "meta": false, "shift": false, "code": "[F"}]]],
  ["\u001b[H", [[null, {"sequence": "\u001b[H", "name": "home", "ctrl": false, "meta": false, "shift": false, "code": "[H"}]]],
  ["\u001bOA", [[null, {"sequence": "\u001bOA", "name": "up", "ctrl": false, "meta": false, "shift": false, "code": "OA"}]]],
  ["\u001bOH", [[null, {"sequence": "\u001bOH", "name": "home", "ctrl": false, "meta": false, "shift": false, "code": "OH"}]]],
  ["\u001bOF", [[null, {"sequence": "\u001bOF", "name": "end", "ctrl": false, "meta": false, "shift": false, "code": "OF"}]]],
  ["\u001b[1~", [[null, {"sequence": "\u001b[1~", "name": "home", "ctrl": false, "meta": false, "shift": false, "code": "[1~"}]]],
  ["\u001b[2~", [[null, {"sequence": "\u001b[2~", "name": "insert", "ctrl": false, "meta": false, "shift": false, "code": "[2~"}]]],
  ["\u001b[3~", [[null, {"sequence": "\u001b[3~", "name": "delete", "ctrl": false, "meta": false, "shift": false, "code": "[3~"}]]],
  ["\u001b[4~", [[null, {"sequence": "\u001b[4~", "name": "end", "ctrl": false, "meta": false, "shift": false, "code": "[4~"}]]],
  ["\u001b[5~", [[null, {"sequence": "\u001b[5~", "name": "pageup", "ctrl": false, "meta": false, "shift": false, "code": "[5~"}]]],
  ["\u001b[6~", [[null, {"sequence": "\u001b[6~", "name": "pagedown", "ctrl": false, "meta": false, "shift": false, "code": "[6~"}]]],
  ["\u001b[7~", [[null, {"sequence": "\u001b[7~", "name": "home", "ctrl": false, "meta": false, "shift": false, "code": "[7~"}]]],
  ["\u001b[8~", [[null, {"sequence": "\u001b[8~", "name": "end", "ctrl": false, "meta": false, "shift": false, "code": "[8~"}]]],
  ["\u001b[[5~", [[null, {"sequence": "\u001b[[5~", "name": "pageup", "ctrl": false, "meta": false, "shift": false, "code": "[[5~"}]]],
  ["\u001b[[A", [[null, {"sequence": "\u001b[[A", "name": "f1", "ctrl": false, "meta": false, "shift": false, "code": "[[A"}]]],
  ["\u001b[[E", [[null, {"sequence": "\u001b[[E", "name": "f5", "ctrl": false, "meta": false, "shift": false, "code": "[[E"}]]],
  ["\u001bOP", [[null, {"sequence": "\u001bOP", "name": "f1", "ctrl": false, "meta": false, "shift": false, "code": "OP"}]]],
  ["\u001b[P", [[null, {"sequence": "\u001b[P", "name": "f1", "ctrl": false, "meta": false, "shift": false, "code": "[P"}]]],
  ["\u001b[11~", [[null, {"sequence": "\u001b[11~", "name": "f1", "ctrl": false, "meta": false, "shift": false, "code": "[11~"}]]],
  ["\u001b[15~", [[null, {"sequence": "\u001b[15~", "name": "f5", "ctrl": false, "meta": false, "shift": false, "code": "[15~"}]]],
  ["\u001b[24~", [[null, {"sequence": "\u001b[24~", "name": "f12", "ctrl": false, "meta": false, "shift": false, "code": "[24~"}]]],
  ["\u001b[24;5~", [[null, {"sequence": "\u001b[24;5~", "name": "f12", "ctrl": true, "meta": false, "shift": false, "code": "[24~"}]]],
  ["\u001b[1;5A", [[null, {"sequence": "\u001b[1;5A", "name": "up", "ctrl": true, "meta": false, "shift": false, "code": "[A"}]]],
  ["\u001b[1;2C", [[null, {"sequence": "\u001b[1;2C", "name": "right", "ctrl": false, "meta": false, "shift": true, "code": "[C"}]]],
  ["\u001b[1;3D", [[null, {"sequence": "\u001b[1;3D", "name": "left", "ctrl": false, "meta": true, "shift": false, "code": "[D"}]]],
  ["\u001b[5H", [[null, {"sequence": "\u001b[5H", "name": "home", "ctrl": true, "meta": false, "shift": false, "code": "[H"}]]],
  ["\u001b[3;5~", [[null, {"sequence": "\u001b[3;5~", "name": "delete", "ctrl": true, "meta": false, "shift": false, "code": "[3~"}]]],
  ["\u001b[a", [[null, {"sequence": "\u001b[a", "name": "up", "ctrl": false, "meta": false, "shift": true, "code": "[a"}]]],
  ["\u001b[e", [[null, {"sequence": "\u001b[e", "name": "clear", "ctrl": false, "meta": false, "shift": true, "code": "[e"}]]],
  ["\u001b[2$", [[null, {"sequence": "\u001b[2$", "name": "insert", "ctrl": false, "meta": false, "shift": true, "code": "[2$"}]]],
  ["\u001b[8$", [[null, {"sequence": "\u001b[8$", "name": "end", "ctrl": false, "meta": false, "shift": true, "code": "[8$"}]]],
  ["\u001bOa", [[null, {"sequence": "\u001bOa", "name": "up", "ctrl": true, "meta": false, "shift": false, "code": "Oa"}]]],
  ["\u001bOe", [[null, {"sequence": "\u001bOe", "name": "clear", "ctrl": true, "meta": false, "shift": false, "code": "Oe"}]]],
  ["\u001b[2^", [[null, {"sequence": "\u001b[2^", "name": "insert", "ctrl": true, "meta": false, "shift": false, "code": "[2^"}]]],
  ["\u001b[8^", [[null, {"sequence": "\u001b[8^", "name": "end", "ctrl": true, "meta": false, "shift": false, "code": "[8^"}]]],
  ["\u001b[Z", [[null, {"sequence": "\u001b[Z", "name": "tab", "ctrl": false, "meta": false, "shift": true, "code": "[Z"}]]],
  ["\u001b[200~", [[null, {"sequence": "\u001b[200~", "name": "paste-start", "ctrl": false, "meta": false, "shift": false, "code": "[200~"}]]],
  ["\u001b[201~", [[null, {"sequence": "\u001b[201~", "name": "paste-end", "ctrl": false, "meta": false, "shift": false, "code": "[201~"}]]],
  ["\u001b[Q", [[null, {"sequence": "\u001b[Q", "name": "f2", "ctrl": false, "meta": false, "shift": false, "code": "[Q"}]]],
  ["\u001bO5P", [[null, {"sequence": "\u001bO5P", "name": "f1", "ctrl": true, "meta": false, "shift": false, "code": "OP"}]]],
  ["\u001b\u001b[A", [[null, {"sequence": "\u001b\u001b[A", "name": "up", "ctrl": false, "meta": false, "shift": false, "code": "[A"}]]],
  ["\u001b[9X", [[null, {"sequence": "\u001b[9X", "name": "undefined", "ctrl": false, "meta": true, "shift": false, "code": "[X"}]]],
  ["\u001b[;A", [[null, {"sequence": "\u001b[;A", "name": "undefined", "ctrl": false, "meta": false, "shift": false, "code": "[;A"}]]],
  ["\u001b[123A", [[null, {"sequence": "\u001b[123A", "name": "undefined", "ctrl": false, "meta": false, "shift": false, "code": "[123A"}]]]
];

const input = new PassThrough();
readline.emitKeypressEvents(input);
// A second call changes nothing (one decoder per stream).
readline.emitKeypressEvents(input);
let current;
input.on('keypress', (s, key) => current.push([s === undefined ? null : s, key]));

(async () => {
  for (const [sequence, keys] of expected) {
    current = [];
    input.write(sequence);
    await new Promise((resolve) => setImmediate(resolve));
    // JSON drops `name: undefined` the same way on both sides.
    assert.strictEqual(JSON.stringify(current), JSON.stringify(keys), JSON.stringify(sequence));
  }

  // A lone ESC waits escapeCodeTimeout ms for the rest of a sequence, then is the escape key.
  // 'data' is emitted directly so nothing but the timer is asynchronous.
  const tty = new PassThrough();
  readline.emitKeypressEvents(tty, { escapeCodeTimeout: 50 });
  const seen = [];
  tty.on('keypress', (s, key) => seen.push([s, key.name, key.meta, key.sequence]));
  tty.emit('data', Buffer.from('\x1b'));
  assert.deepStrictEqual(seen, []);
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.deepStrictEqual(seen, [[undefined, 'escape', true, '\x1b']]);

  // ESC, then more input in a later chunk before the timeout: one meta key.
  tty.emit('data', Buffer.from('\x1b'));
  tty.emit('data', Buffer.from('x'));
  assert.deepStrictEqual(seen.slice(1), [[undefined, 'x', true, '\x1bx']]);
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.deepStrictEqual(seen.slice(1), [[undefined, 'x', true, '\x1bx']]);

  // Decoding only happens while someone listens for 'keypress'.
  const quiet = new PassThrough();
  readline.emitKeypressEvents(quiet);
  quiet.emit('data', Buffer.from('z'));
  const late = [];
  quiet.on('keypress', (s) => late.push(s));
  quiet.emit('data', Buffer.from('y'));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(late, ['y']);

  // A multi-byte character split across writes comes out whole.
  const split = new PassThrough();
  readline.emitKeypressEvents(split);
  const chars = [];
  split.on('keypress', (s) => chars.push(s));
  const euro = Buffer.from('\u20ac');
  split.write(euro.subarray(0, 1));
  split.write(euro.subarray(1));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(chars, ['\u20ac']);

  // A listener that throws does not break decoding of later keys.
  const throwing = new PassThrough();
  readline.emitKeypressEvents(throwing);
  let calls = 0;
  throwing.on('keypress', () => {
    if (++calls === 1) throw new Error('boom');
  });
  const names = [];
  throwing.on('keypress', (s, key) => names.push(key.name));
  assert.throws(() => throwing.emit('data', Buffer.from('a')), { message: 'boom' });
  throwing.emit('data', Buffer.from('\x1b[A'));
  assert.deepStrictEqual(names, ['up']);
})().then(() => console.log('ok'));
