'use strict';
// Helpers shared by readline's modules: terminal control sequences, UTF-16 character lengths,
// the common prefix of completions, and the keypress decoder (a generator fed one character at a
// time that emits 'keypress' events on the stream it decodes for).

const kEscape = '\x1b';
const kSubstringSearch = Symbol('kSubstringSearch');

// CSI`${n}G` builds "ESC [ n G": the template tag joins the pieces around the numbers.
function CSI(strings, ...args) {
  let out = `${kEscape}[`;
  for (let i = 0; i < args.length; i++) out += strings[i] + args[i];
  return out + strings[strings.length - 1];
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// UTF-16 units taken by the character that starts at index i (1 at or past the end).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// UTF-16 units taken by the character that ends just before index i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  // A pair ending at i, or (cursor inside a pair) one starting at i - 1: both move by two.
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

// Longest string every entry starts with.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = [...strings].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let n = 0;
  while (n < first.length && first[n] === last[n]) n++;
  return first.slice(0, n);
}

// Names of the keys reached through ESC [ or ESC O, by the code left once digits that are a
// modifier are taken out. A few rxvt codes also carry a modifier in the final character.
const kKeyNames = {
  __proto__: null,
  // xterm/gnome: ESC [ letter and ESC O letter
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  // xterm/rxvt: ESC [ number ~
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[200~': 'paste-start', '[201~': 'paste-end',
  // Cygwin and libuv
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  // putty
  '[[5~': 'pageup', '[[6~': 'pagedown',
  // rxvt
  '[7~': 'home', '[8~': 'end',
};

// rxvt codes whose last character says shift ($ or lowercase after [) or ctrl (^ or lowercase
// after O): [name, shift, ctrl].
const kModifiedKeyNames = {
  __proto__: null,
  '[a': ['up', true, false], '[b': ['down', true, false], '[c': ['right', true, false],
  '[d': ['left', true, false], '[e': ['clear', true, false],
  '[2$': ['insert', true, false], '[3$': ['delete', true, false], '[5$': ['pageup', true, false],
  '[6$': ['pagedown', true, false], '[7$': ['home', true, false], '[8$': ['end', true, false],
  'Oa': ['up', false, true], 'Ob': ['down', false, true], 'Oc': ['right', false, true],
  'Od': ['left', false, true], 'Oe': ['clear', false, true],
  '[2^': ['insert', false, true], '[3^': ['delete', false, true], '[5^': ['pageup', false, true],
  '[6^': ['pagedown', false, true], '[7^': ['home', false, true], '[8^': ['end', false, true],
  '[Z': ['tab', true, false],
};

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

// The part of an ESC [ sequence after the bracket(s): "24;5~" is code "24~" with modifier 5,
// "1;5H" is "H" with modifier 5; three digits and "~" (bracketed paste) have no modifier.
const kNumberTilde = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/;
const kLetter = /^((\d;)?(\d))?([A-Za-z])$/;

// Decodes keys from characters pushed in with next(ch), emitting 'keypress' on `stream` with
// (character or undefined, key). An empty string pushed after a lone ESC (the escape timeout)
// ends the pending sequence.
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    let seq = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      seq += (ch = yield);
      // ESC ESC: meta plus an escape sequence.
      if (ch === kEscape) seq += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, or ESC O modifier letter
        seq += (ch = yield);
        if (isDigit(ch)) {
          modifier = Number(ch) - 1;
          seq += (ch = yield);
        }
        code += ch;
      } else {
        seq += (ch = yield);
        if (ch === '[') {
          // A second bracket: ESC [ [ A and friends.
          code += ch;
          seq += (ch = yield);
        }
        // Read just enough for a whole sequence: up to three digits, then ";" and one digit,
        // then the final character.
        const start = seq.length - 1;
        for (let digits = 0; digits < 3 && isDigit(ch); digits++) seq += (ch = yield);
        if (ch === ';') {
          seq += (ch = yield);
          if (isDigit(ch)) seq += yield;
        }
        const body = seq.slice(start);
        let m;
        if ((m = kNumberTilde.exec(body)) !== null) {
          if (m[4]) {
            code += m[4];
          } else {
            code += m[1] + m[3];
            modifier = (m[2] || 1) - 1;
          }
        } else if ((m = kLetter.exec(body)) !== null) {
          code += m[4];
          modifier = (m[3] || 1) - 1;
        } else {
          code += body;
        }
      }

      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;

      const plain = kKeyNames[code];
      if (plain !== undefined) {
        key.name = plain;
      } else {
        const modified = kModifiedKeyNames[code];
        if (modified !== undefined) {
          key.name = modified[0];
          if (modified[1]) key.shift = true;
          if (modified[2]) key.ctrl = true;
        } else {
          key.name = 'undefined';
        }
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      // Backspace (or ctrl-h, which terminals send as \b)
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // ctrl-a … ctrl-z (and \0 as ctrl-`)
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch >= 'A' && ch <= 'Z';
      key.meta = escaped;
    } else if (escaped) {
      // Meta with some other character, or the escape timeout ('' pushed).
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = seq;

    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : seq, key);
    } else if (charLengthAt(seq, 0) === seq.length) {
      // One character without a name, such as "." or "é".
      stream.emit('keypress', seq, key);
    }
    // Anything else is a broken sequence and emits nothing.
  }
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  kSubstringSearch,
};
