'use strict';
// application/x-www-form-urlencoded parsing and serializing: escapes that are not escapes,
// malformed UTF-8 (U+FFFD), '+', empty names and values, and the characters the form set encodes
// beyond encodeURIComponent's (the expected values are what node gives).
const assert = require('assert');

const cases = [
  ["a=b+c%20d", [["a", "b c d"]], "a=b+c+d"],
  ["%zz=%", [["%zz", "%"]], "%25zz=%25"],
  ["%E9=%C3%A9", [["\ufffd", "\u00e9"]], "%EF%BF%BD=%C3%A9"],
  ["%FF%FE=x", [["\ufffd\ufffd", "x"]], "%EF%BF%BD%EF%BF%BD=x"],
  ["x=%ED%A0%80", [["x", "\ufffd\ufffd\ufffd"]], "x=%EF%BF%BD%EF%BF%BD%EF%BF%BD"],
  ["%F0%9F%98%80=%F0%9F", [["\ud83d\ude00", "\ufffd"]], "%F0%9F%98%80=%EF%BF%BD"],
  ["&&a&=&==", [["a", ""], ["", ""], ["", "="]], "a=&=&=%3D"],
  ["!'()~*-._=x", [["!'()~*-._", "x"]], "%21%27%28%29%7E*-._=x"],
  ["q=%2B+%25", [["q", "+ %"]], "q=%2B+%25"],
  ["=%", [["", "%"]], "=%25"],
  ["k=%e9%ZZ%c3%a9", [["k", "\ufffd%ZZ\u00e9"]], "k=%EF%BF%BD%25ZZ%C3%A9"],
  ["\u00e9=\ud83d\ude00", [["\u00e9", "\ud83d\ude00"]], "%C3%A9=%F0%9F%98%80"],
  ["a=%2", [["a", "%2"]], "a=%252"],
  ["a=%%41", [["a", "%A"]], "a=%25A"],
  [["!'()~", "*-._ "], [["!'()~", "*-._ "]], "%21%27%28%29%7E=*-._+"],
  [["\u00e9\ud83d\ude00", "%20+&="], [["\u00e9\ud83d\ude00", "%20+&="]],
   "%C3%A9%F0%9F%98%80=%2520%2B%26%3D"],
  [["\ud800", "\udc00x"], [["\ufffd", "\ufffdx"]], "%EF%BF%BD=%EF%BF%BDx"],
  [["", ""], [["", ""]], "="],
];
for (const [init, entries, serialized] of cases) {
  const params = new URLSearchParams(typeof init === 'string' ? init : [init]);
  assert.deepStrictEqual([...params], entries, JSON.stringify(init));
  assert.strictEqual(params.toString(), serialized, JSON.stringify(init));
  // The serialization parses back to the same entries.
  assert.deepStrictEqual([...new URLSearchParams(serialized)], entries);
}
