'use strict';
// fs.glob / fs.globSync / fsPromises.glob: shell-style patterns over the file system. Patterns are
// brace-expanded ({a,b}), normalised, split on '/', and matched segment by segment: literal
// segments are looked up, `*`, `?` and `[...]` match within one name (not a leading dot unless the
// pattern segment starts with one), `**` matches any number of directories (symlinks are not
// followed, dot-directories are skipped). Results are relative to `cwd` (absolute for absolute
// patterns), each reported once. The walk is one generator run by a sync or an async driver.

const fs = require('fs');
const fsp = require('internal/fs/promises').exports;
const pathModule = require('path');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject, validateStringArray } = require('internal/validators');
const { Dirent, constants } = require('internal/fs/utils');

const { UV_DIRENT_DIR, UV_DIRENT_FILE, UV_DIRENT_LINK } = constants;

// {a,b} alternatives, nested and several per pattern.
function expandBraces(pattern) {
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const body = pattern.slice(start + 1, i);
      const parts = [];
      let d = 0;
      let last = 0;
      for (let j = 0; j < body.length; j++) {
        if (body[j] === '\\') j++;
        else if (body[j] === '{') d++;
        else if (body[j] === '}') d--;
        else if (body[j] === ',' && d === 0) {
          parts.push(body.slice(last, j));
          last = j + 1;
        }
      }
      parts.push(body.slice(last));
      if (parts.length === 1) continue;  // "{x}" is literal
      const prefix = pattern.slice(0, start);
      const suffix = pattern.slice(i + 1);
      return parts.flatMap((p) => expandBraces(prefix + p + suffix));
    }
  }
  return [pattern];
}

function hasMagic(segment) {
  return /[*?[]/.test(segment);
}

function segmentRegExp(segment) {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      re += segment[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (c === '*') {
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end === -1) {
        re += '\\[';
        continue;
      }
      let cls = segment.slice(i + 1, end);
      if (cls[0] === '!') cls = '^' + cls.slice(1);
      re += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else {
      re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

function* walkPattern(cwd, pattern, exclude, found) {
  const absolute = pathModule.isAbsolute(pattern);
  let normalized = pathModule.posix.normalize(pattern);
  if (normalized.endsWith('/') && normalized.length > 1) normalized = normalized.slice(0, -1);
  const segments = normalized.split('/').filter((s, i) => s !== '' || i === 0);
  const root = absolute ? '/' : cwd;
  if (absolute) segments.shift();
  if (segments.length === 1 && segments[0] === '.') segments.pop();

  const add = function*(rel, type, dir) {
    const key = rel === '' ? '.' : rel;
    if (found.has(key)) return;
    if (exclude !== undefined && exclude(key)) return;
    found.set(key, { type, dir, name: pathModule.basename(key) });
  };
  const excluded = (rel) => exclude !== undefined && exclude(rel === '' ? '.' : rel);

  function* walk(dirAbs, rel, i) {
    if (i === segments.length) {
      yield* add(rel, UV_DIRENT_DIR, pathModule.dirname(dirAbs));
      return;
    }
    const seg = segments[i];
    const last = i === segments.length - 1;
    if (seg === '**') {
      if (!last) yield* walk(dirAbs, rel, i + 1);
      else yield* add(rel, UV_DIRENT_DIR, pathModule.dirname(dirAbs));
      const entries = yield ['readdir', dirAbs];
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
        const childAbs = pathModule.join(dirAbs, entry.name);
        if (excluded(childRel)) continue;
        if (last) yield* add(childRel, typeOf(entry), dirAbs);
        if (entry.isDirectory()) yield* walk(childAbs, childRel, i);
      }
      return;
    }
    if (!hasMagic(seg)) {
      const childRel = rel === '' ? seg : `${rel}/${seg}`;
      const childAbs = pathModule.join(dirAbs, seg);
      const st = yield ['lstat', childAbs];
      if (st === null) return;
      if (last) {
        yield* add(childRel, st.isDirectory() ? UV_DIRENT_DIR :
          st.isSymbolicLink() ? UV_DIRENT_LINK : UV_DIRENT_FILE, dirAbs);
      } else {
        const target = st.isSymbolicLink() ? yield ['stat', childAbs] : st;
        if (target?.isDirectory() && !excluded(childRel)) yield* walk(childAbs, childRel, i + 1);
      }
      return;
    }
    const re = segmentRegExp(seg);
    const entries = yield ['readdir', dirAbs];
    for (const entry of entries) {
      if (entry.name.startsWith('.') && !seg.startsWith('.')) continue;
      if (!re.test(entry.name)) continue;
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const childAbs = pathModule.join(dirAbs, entry.name);
      if (last) {
        yield* add(childRel, typeOf(entry), dirAbs);
      } else if (!excluded(childRel)) {
        let isDir = entry.isDirectory();
        if (entry.isSymbolicLink()) isDir = (yield ['stat', childAbs])?.isDirectory() ?? false;
        if (isDir) yield* walk(childAbs, childRel, i + 1);
      }
    }
  }

  yield* walk(root, absolute ? '/' : '', 0);
  if (absolute) {
    // Keys were built from '/'; make them proper absolute paths.
    for (const [key, value] of [...found]) {
      if (key.startsWith('//')) {
        found.delete(key);
        found.set(key.slice(1), value);
      }
    }
  }
}

function typeOf(entry) {
  if (entry.isDirectory()) return UV_DIRENT_DIR;
  if (entry.isSymbolicLink()) return UV_DIRENT_LINK;
  return UV_DIRENT_FILE;
}

const syncOps = {
  readdir(p) {
    try {
      return fs.readdirSync(p, { withFileTypes: true });
    } catch {
      return [];
    }
  },
  lstat: (p) => fs.lstatSync(p, { throwIfNoEntry: false }) ?? null,
  stat: (p) => fs.statSync(p, { throwIfNoEntry: false }) ?? null,
};
const asyncOps = {
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }).catch(() => []),
  lstat: (p) => fsp.lstat(p).catch(() => null),
  stat: (p) => fsp.stat(p).catch(() => null),
};

function run(gen, ops) {
  let step = gen.next();
  while (!step.done) {
    const [name, arg] = step.value;
    step = gen.next(ops[name](arg));
  }
}

async function runAsync(gen, ops) {
  let step = gen.next();
  while (!step.done) {
    const [name, arg] = step.value;
    step = gen.next(await ops[name](arg));
  }
}

function prepare(patterns, options) {
  if (typeof patterns === 'string') {
    patterns = [patterns];
  } else if (Array.isArray(patterns)) {
    validateStringArray(patterns, 'patterns');
  } else {
    throw new ERR_INVALID_ARG_TYPE('patterns', 'string', patterns);
  }
  validateObject(options, 'options');
  let { cwd = process.cwd(), exclude, withFileTypes = false } = options;
  if (cwd instanceof URL || (cwd != null && typeof cwd === 'object' && typeof cwd.href === 'string')) {
    cwd = require('internal/url').fileURLToPath(cwd);
  }
  if (typeof cwd !== 'string') throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'URL'], cwd);
  cwd = pathModule.resolve(cwd);
  if (Array.isArray(exclude)) {
    const res = exclude.flatMap(expandBraces).map((p) => pathModule.posix.normalize(p).split('/')
      .map(segmentRegExp));
    exclude = (p) => res.some((segs) => {
      const parts = p.split('/');
      return parts.length === segs.length && segs.every((re, i) => re.test(parts[i]));
    });
  } else if (exclude !== undefined) {
    validateFunction(exclude, 'options.exclude');
  }
  const expanded = patterns.flatMap(expandBraces);
  return { cwd, exclude, withFileTypes: Boolean(withFileTypes), expanded };
}

function results(found, withFileTypes) {
  if (!withFileTypes) return [...found.keys()];
  return [...found.values()].map(({ type, dir, name }) => new Dirent(name, type, dir));
}

function globSync(patterns, options = {}) {
  const { cwd, exclude, withFileTypes, expanded } = prepare(patterns, options);
  const found = new Map();
  for (const pattern of expanded) run(walkPattern(cwd, pattern, exclude, found), syncOps);
  return results(found, withFileTypes);
}

async function globArray(patterns, options) {
  const { cwd, exclude, withFileTypes, expanded } = prepare(patterns, options);
  const found = new Map();
  for (const pattern of expanded) await runAsync(walkPattern(cwd, pattern, exclude, found), asyncOps);
  return results(found, withFileTypes);
}

function glob(patterns, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  globArray(patterns, options ?? {}).then((r) => callback(null, r), callback);
}

async function* globPromise(patterns, options = {}) {
  yield* await globArray(patterns, options);
}

module.exports = { glob, globSync, globPromise };
