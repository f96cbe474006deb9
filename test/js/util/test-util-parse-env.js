'use strict';

// util.parseEnv reads the dotenv format as Node's own parser does. The expected objects were
// recorded from Node v24.21.0. Node v20 (20.12+) has an older parser that reads comments and
// line ends differently, so the check is skipped there.
if (Number(process.versions.node.split('.')[0]) < 22) process.exit(0);

const assert = require('assert');
const { parseEnv } = require('util');

// [what it shows, input, what node v24 returned]
const cases = [
  ["basic","BASIC=basic\nAFTER_LINE=after_line",{"AFTER_LINE":"after_line","BASIC":"basic"}],
  ["empty values","EMPTY=\nEMPTY_SINGLE_QUOTES=''\nEMPTY_DOUBLE_QUOTES=\"\"\nEMPTY_BACKTICKS=``\nLAST=",{"EMPTY":"","EMPTY_BACKTICKS":"","EMPTY_DOUBLE_QUOTES":"","EMPTY_SINGLE_QUOTES":"","LAST":""}],
  ["quotes","SINGLE='single'\nDOUBLE=\"double\"\nBACKTICK=`backtick`\nSINGLE_IN_DOUBLE=\"it's\"\nDOUBLE_IN_SINGLE='say \"hi\"'\nBOTH_IN_BACKTICK=`'a' \"b\"`",{"BACKTICK":"backtick","BOTH_IN_BACKTICK":"'a' \"b\"","DOUBLE":"double","DOUBLE_IN_SINGLE":"say \"hi\"","SINGLE":"single","SINGLE_IN_DOUBLE":"it's"}],
  ["spaces kept inside quotes","SPACED_SINGLE='  inner  '\nSPACED_DOUBLE=\"  inner  \"\nSPACED_BARE=   bare value   \n  SPACED_KEY  =  v",{"SPACED_BARE":"bare value","SPACED_DOUBLE":"  inner  ","SPACED_KEY":"v","SPACED_SINGLE":"  inner  "}],
  ["newline expansion only in double quotes","EXPAND=\"a\\nb\"\nNO_SINGLE='a\\nb'\nNO_BACKTICK=`a\\nb`\nNO_BARE=a\\nb",{"EXPAND":"a\nb","NO_BACKTICK":"a\\nb","NO_BARE":"a\\nb","NO_SINGLE":"a\\nb"}],
  ["multi-line values","MULTI_DOUBLE=\"first\nsecond\"\nMULTI_SINGLE='one\ntwo'\nMULTI_BACKTICK=`x\ny`\nNEXT=1",{"MULTI_BACKTICK":"x\ny","MULTI_DOUBLE":"first\nsecond","MULTI_SINGLE":"one\ntwo","NEXT":"1"}],
  ["comments","# a comment\nA=1 # trailing\n  # indented comment\nB=\"quoted # not a comment\"\nC=x#y\nD='v' # after quote\n#E=2",{"A":"1","B":"quoted # not a comment","C":"x","D":"v"}],
  ["export prefix","export A=1\nexport   B = 2\nexportC=3\nexport=4",{"A":"1","B":"2","export":"4","exportC":"3"}],
  ["line endings and blank lines","A=1\r\nB=2\r\n\r\n\n\nC=3\rD=4",{"A":"1","B":"2","C":"3D=4"}],
  ["later keys win","A=1\nA=2\nB=x\nB=",{"A":"2","B":""}],
  ["lines without equals are skipped","JUST TEXT\n[section]\nA=1\n=novalue\nB",{"A":"1"}],
  ["unterminated quotes take the line","A=\"open\nB='open\nC=`open",{"A":"\"open","B":"'open","C":"`open"}],
  ["equals in values","URL=postgres://u:p@h/db?x=1\nEQ====",{"EQ":"===","URL":"postgres://u:p@h/db?x=1"}],
  ["tabs and edge whitespace","\t\n  A=\t1\t\n\t",{"A":"1"}],
  ["text after the closing quote is dropped","A=\"q\"tail\nB='q' tail",{"A":"q","B":"q"}],
  ["key order","b=1\na=2\n10=x\n2=y\nZ=3",{"2":"y","10":"x","Z":"3","a":"2","b":"1"}],
  ["non-ASCII","café=crème\nEMOJI=😀\n😀=x\nLONE=\ud800",{"EMOJI":"😀","LONE":"�","café":"crème","😀":"x"}],
  ["empty input","",{}],
  ["only comments","# one\n# two\n",{}],
];

for (const [name, input, expected] of cases) {
  const result = parseEnv(input);
  assert.deepStrictEqual(result, expected, name);
  // Node sorts the keys (integer-like ones come first in any object).
  assert.deepStrictEqual(Object.keys(result), Object.keys(expected), `${name}: key order`);
}

// A plain object, not a null-prototype one.
assert.strictEqual(Object.getPrototypeOf(parseEnv('A=1')), Object.prototype);
// The keys are assigned: `__proto__` sets nothing.
assert.deepStrictEqual(Object.keys(parseEnv('__proto__=1\nA=2\nconstructor=3')),
                       ['A', 'constructor']);
assert.strictEqual(parseEnv('constructor=3').constructor, '3');

assert.strictEqual(parseEnv.name, 'parseEnv');
assert.strictEqual(parseEnv.length, 1);
