'use strict';

// Line (or character) diffs for assert's messages: Myers' O(ND) shortest edit
// script, laid out as Node 22 prints it. The edit script is a list of
// [op, text] in reading order, op one of kSame, kInsert (only in actual) and
// kDelete (only in expected). Where several shortest scripts exist, the one
// chosen is the one Node's messages show: each diagonal prefers coming from
// the furthest-reaching neighbour, an insertion (down) on ties, and the path
// is recovered backwards with the same rule.

const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
const colors = require('internal/util/colors');

const kSame = 0;
const kInsert = 1;
const kDelete = -1;

// Runs of unchanged lines longer than this are shortened.
const kContextLines = 5;

// Two lines match when equal, or, for object inspections, when they differ
// only by a trailing comma (the last item of a list has none).
function linesMatch(a, b, ignoreTrailingComma) {
  if (a === b) return true;
  if (!ignoreTrailingComma) return false;
  return (a.length + 1 === b.length && b.endsWith(',') && b.startsWith(a)) ||
         (b.length + 1 === a.length && a.endsWith(',') && a.startsWith(b));
}

function myersDiff(actual, expected, ignoreTrailingComma = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  if (max > 2 ** 31 - 1) throw new ERR_OUT_OF_RANGE('myersDiff input size', '< 2^31', max);

  // furthest[k + max]: the furthest x reached on diagonal k (k = x - y).
  const furthest = new Int32Array(2 * max + 2);
  // The state before each round, to walk the path back.
  const rounds = [];
  for (let d = 0; d <= max; d++) {
    rounds.push(furthest.slice());
    for (let k = -d; k <= d; k += 2) {
      const fromAbove = k === -d || (k !== d && furthest[max + k - 1] < furthest[max + k + 1]);
      let x = fromAbove ? furthest[max + k + 1] : furthest[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], ignoreTrailingComma)) {
        x++;
        y++;
      }
      furthest[max + k] = x;
      if (x >= n && y >= m) return walkBack(rounds, actual, expected, ignoreTrailingComma);
    }
  }
  return [];
}

function walkBack(rounds, actual, expected, ignoreTrailingComma) {
  const max = actual.length + expected.length;
  const reversed = [];
  let x = actual.length;
  let y = expected.length;
  for (let d = rounds.length - 1; d >= 0; d--) {
    const furthest = rounds[d];
    const k = x - y;
    const fromAbove = k === -d || (k !== d && furthest[max + k - 1] < furthest[max + k + 1]);
    const startK = fromAbove ? k + 1 : k - 1;
    const startX = furthest[max + startK];
    const startY = startX - startK;
    while (x > startX && y > startY) {
      // Of two lines matched despite a comma, show the one that has it.
      const line = actual[x - 1];
      reversed.push([kSame, ignoreTrailingComma && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > startX) {
        reversed.push([kInsert, actual[--x]]);
      } else {
        reversed.push([kDelete, expected[--y]]);
      }
    }
  }
  return reversed.reverse();
}

// A character diff of two strings, coloured (only used when stderr has colours).
function printCharacterDiff(script) {
  let text = '';
  for (const { 0: op, 1: value } of script) {
    const color = op === kInsert ? colors.green : op === kDelete ? colors.red : colors.white;
    text += `${color}${value}${colors.white}`;
  }
  return `\n${text}`;
}

// Lines prefixed "+ " (actual only), "- " (expected only) or "  ". Of a run of
// unchanged lines, the first five are shown; before the next change, the
// sixth and seventh too, or "..." and the last one when the run is longer.
// A run at the end keeps only its first five. `skipped` tells whether "..."
// was printed.
function printLineDiff(script, operator) {
  let text = '';
  let skipped = false;
  let run = 0;
  // partialDeepStrictEqual greys out what only actual has (it may have more).
  const partial = operator === 'partialDeepStrictEqual';
  for (let i = 0; i < script.length; i++) {
    const { 0: op, 1: value } = script[i];
    if (op !== kSame && run > 0) {
      if (run === kContextLines + 1) {
        text += `${colors.white}  ${script[i - 1][1]}\n`;
      } else if (run === kContextLines + 2) {
        text += `${colors.white}  ${script[i - 2][1]}\n${colors.white}  ${script[i - 1][1]}\n`;
      } else if (run > kContextLines + 2) {
        text += `${colors.blue}...${colors.white}\n${colors.white}  ${script[i - 1][1]}\n`;
        skipped = true;
      }
      run = 0;
    }
    if (op === kInsert) {
      text += partial ? `${colors.gray}${colors.hasColors ? ' ' : '+'} ${value}${colors.white}\n` :
        `${colors.green}+${colors.white} ${value}\n`;
    } else if (op === kDelete) {
      text += `${colors.red}-${colors.white} ${value}\n`;
    } else {
      if (run < kContextLines) text += `${colors.white}  ${value}\n`;
      run++;
    }
  }
  return { text: `\n${text.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printLineDiff, printCharacterDiff };
