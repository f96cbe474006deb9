'use strict';
// Tab completion of the REPL: `.commands`, require('ids'), globals and keywords, and the
// properties of `a.b.` chains (one group per prototype level, the object's own names last).
// The expression before the dot is evaluated only if it is a chain of plain names: no call,
// index or operator runs on a tab press (getters do, as in Node).

const fs = require('fs');
const path = require('path');

const kKeywords = [
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger',
  'default', 'delete', 'do', 'else', 'export', 'extends', 'false', 'finally', 'for', 'function',
  'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'super', 'switch', 'this',
  'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
];

const kIdentifier = /^[A-Za-z_$][\w$]*$/;
const kLegacy = new Set(['__defineGetter__', '__defineSetter__', '__lookupGetter__',
                         '__lookupSetter__']);
const kRequire = /\brequire\s*\(\s*['"`](([\w@./:-]+\/)?[\w@./:-]*)$/;
const kExpression = /(?:^|[^\w$.\])'"`])((?:[A-Za-z_$][\w$]*\??\.)*)([A-Za-z_$][\w$]*)?$/;

function propertyGroups(object) {
  const groups = [];
  const seen = new Set();
  let current = object;
  let depth = 0;
  // Primitives complete with their wrapper's prototype chain.
  if (current !== null && typeof current !== 'object' && typeof current !== 'function') {
    current = Object(current);
  }
  while (current !== null && current !== undefined && depth++ < 32) {
    let names;
    try {
      names = Object.getOwnPropertyNames(current);
    } catch {
      break;
    }
    const group = names.filter((n) => kIdentifier.test(n) && !kLegacy.has(n) && !seen.has(n));
    for (const n of group) seen.add(n);
    if (group.length > 0) groups.push(group.sort());
    try {
      current = Object.getPrototypeOf(current);
    } catch {
      break;
    }
  }
  return groups;
}

function flatten(groups, filter) {
  const out = [];
  for (const group of groups) {
    const kept = group.filter(filter);
    if (kept.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...kept);
  }
  return out;
}

function completeRequire(match) {
  const partial = match[1];
  const candidates = new Set();
  if (!partial.includes('/') || partial.startsWith('node:')) {
    for (const id of require('module').builtinModules) {
      if (!id.startsWith('_')) candidates.add(id);
      if (partial.startsWith('node:')) candidates.add(`node:${id}`);
    }
  }
  const dirPart = match[2] || '';
  const dirs = [];
  if (partial.startsWith('.') || partial.startsWith('/')) {
    dirs.push([path.resolve(dirPart || '.'), dirPart]);
  } else {
    for (const modulesDir of require('module')._nodeModulePaths(process.cwd())) {
      dirs.push([path.join(modulesDir, dirPart), dirPart]);
    }
  }
  for (const { 0: dir, 1: prefix } of dirs) {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') && !partial.startsWith('.')) continue;
      let name = entry.name;
      if (entry.isDirectory()) {
        name += '/';
      } else if (/\.(js|cjs|mjs|json|node)$/.test(name)) {
        name = name.replace(/\.(js|cjs|mjs|json|node)$/, '');
      } else {
        continue;
      }
      if (name === 'node_modules/' && partial.startsWith('.')) continue;
      candidates.add(prefix + name);
    }
  }
  if (partial === '.' || partial === '..') candidates.add(`${partial}/`);
  const list = [...candidates].filter((c) => c.startsWith(partial)).sort();
  return [list, partial];
}

function complete(repl, line, callback) {
  // Dot commands.
  if (/^\s*\.\w*$/.test(line)) {
    const typed = line.trim().slice(1);
    const names = Object.keys(repl.commands).filter((n) => n.startsWith(typed)).sort();
    if (names.length > 0) {
      callback(null, [names, typed]);
      return;
    }
  }
  const requireMatch = kRequire.exec(line);
  if (requireMatch) {
    callback(null, completeRequire(requireMatch));
    return;
  }
  const match = kExpression.exec(line);
  if (!match) {
    callback(null, [[], line]);
    return;
  }
  const chain = match[1];
  const word = match[2] || '';
  if (chain === '') {
    const groups = propertyGroups(repl.context);
    // let/const/class names live in the script scope, not on the global object.
    const lexical = [...(repl.lexicalNames ?? [])].filter((n) => !groups.some((g) => g.includes(n)));
    if (lexical.length > 0) groups.unshift(lexical.sort());
    groups.push(kKeywords);
    const list = flatten(groups, (n) => n.startsWith(word));
    callback(null, [list, word]);
    return;
  }
  const expr = chain.replace(/\??\.$/, '');
  const dot = chain.slice(expr.length);
  let object;
  try {
    const script = new (require('vm').Script)(expr);
    object = repl.useGlobal ? script.runInThisContext() : script.runInContext(repl.context);
  } catch {
    callback(null, [[], word]);
    return;
  }
  if (object === null || object === undefined) {
    callback(null, [[], `${expr}${dot}${word}`]);
    return;
  }
  // As Node lists them: the furthest prototype's names first, the object's own names last.
  const list = flatten(propertyGroups(object).reverse(), (n) => n.startsWith(word))
    .map((n) => (n === '' ? '' : `${expr}${dot}${n}`));
  callback(null, [list, `${expr}${dot}${word}`]);
}

module.exports = { complete };
