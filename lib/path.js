'use strict';

// node:path — string manipulation of POSIX and Windows paths, never touching the file system.
// Node's lib/path.js is the specification, quirks included (tests diff every function against
// node v20 over a generated corpus). Module resolution calls resolve/dirname/join constantly, so
// the scanners below walk char codes once, build strings by slicing, and use no regexes.

const { validateObject, validateString } = require('internal/validators');

const CHAR_SLASH = 47;      // '/'
const CHAR_BACKSLASH = 92;  // '\'
const CHAR_DOT = 46;        // '.'
const CHAR_COLON = 58;      // ':'
const CHAR_QUESTION = 63;   // '?'

const platformIsWin32 = process.platform === 'win32';

// path.matchesGlob: minimatch (deps/js, the matcher Node bundles) with the options Node passes.
// Loaded on first use: it reads process.env when it loads.
let minimatch;
function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  minimatch ??= require('internal/deps/minimatch/dist/commonjs/index').minimatch;
  return minimatch(path, pattern, {
    __proto__: null,
    nocase: platformIsWin32,
    windowsPathsNoEscape: true,
    nonegate: true,
    nocomment: true,
    optimizationLevel: 2,
    platform: windows ? 'win32' : 'posix',
    nocaseMagicOnly: true,
  });
}

function isWinSep(code) {
  return code === CHAR_SLASH || code === CHAR_BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// 'C:' (any ASCII letter) at the start of `path`.
function hasDrivePrefix(path) {
  return path.length >= 2 && path.charCodeAt(1) === CHAR_COLON &&
         isDriveLetter(path.charCodeAt(0));
}

// Names Windows reserves for devices; `CON:` is a device, not a relative file.
const RESERVED_DEVICE_NAMES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

// Node slices up to the first ':' even when there is none (index -1 drops the last char):
// kept, since `win32.normalize('CONx')` is '.\CONx' in Node.
function isReservedDevice(path, colonIndex) {
  return RESERVED_DEVICE_NAMES.has(path.slice(0, colonIndex).toUpperCase());
}

// Collapses '.', '..' and repeated separators in path[start..], joining the kept segments with
// '\' (win) or '/'. Leading '..' segments are kept only when allowAboveRoot. The result has no
// leading or trailing separator.
// Most inputs are already clean, so the result is tracked as the range path[lo..hi) for as long
// as kept segments stay contiguous in `path`, and only copied into `res` once they stop being so.
function normalizeSegments(path, start, allowAboveRoot, win) {
  const sep = win ? '\\' : '/';
  const sepCode = win ? CHAR_BACKSLASH : CHAR_SLASH;
  const len = path.length;
  let inPlace = true;  // result is path.slice(lo, hi), else res
  let lo = 0;
  let hi = 0;
  let res = '';
  let kept = 0;  // segments in the result
  let ups = 0;   // of which leading '..'
  let segStart = start;
  for (let i = start; i <= len; i++) {
    if (i < len) {
      const code = path.charCodeAt(i);
      if (code !== CHAR_SLASH && (!win || code !== CHAR_BACKSLASH)) continue;
    }
    const segLen = i - segStart;
    const isDotDot = segLen === 2 && path.charCodeAt(segStart) === CHAR_DOT &&
                     path.charCodeAt(segStart + 1) === CHAR_DOT;
    if (segLen === 0 || (segLen === 1 && path.charCodeAt(segStart) === CHAR_DOT)) {
      // Empty segment or '.': nothing to keep.
    } else if (isDotDot && kept > ups) {
      // '..' after a name: drop the name.
      kept--;
      if (inPlace) {
        const cut = path.lastIndexOf(sep, hi - 1);
        hi = cut < lo ? lo : cut;
      } else {
        const cut = res.lastIndexOf(sep);
        res = cut === -1 ? '' : res.slice(0, cut);
      }
    } else if (isDotDot && !allowAboveRoot) {
      // '..' above the root of an absolute path: nothing to climb.
    } else {
      if (isDotDot) ups++;  // a leading '..' of a relative path
      if (kept === 0) {
        if (inPlace) {
          lo = segStart;
          hi = i;
        } else {
          res = path.slice(segStart, i);
        }
      } else if (inPlace && segStart === hi + 1 && path.charCodeAt(hi) === sepCode) {
        hi = i;
      } else {
        if (inPlace) {
          res = path.slice(lo, hi);
          inPlace = false;
        }
        res = `${res}${sep}${path.slice(segStart, i)}`;
      }
      kept++;
    }
    segStart = i + 1;
  }
  if (!inPlace) return res;
  return kept === 0 ? '' : path.slice(lo, hi);
}

// Shared by basename: the last segment of path[start..] once trailing separators are ignored,
// with Node's suffix rules (including its quirks when the suffix is longer than the segment).
function baseName(path, suffix, start, win) {
  const len = path.length;
  let end = len;
  while (end > start) {
    const code = path.charCodeAt(end - 1);
    if (code !== CHAR_SLASH && (!win || code !== CHAR_BACKSLASH)) break;
    end--;
  }
  const useSuffix = suffix !== undefined && suffix.length > 0 && suffix.length <= len;
  if (useSuffix && suffix === path) return '';
  if (end === start) {
    // Only separators after `start`.
    return useSuffix ? path.slice(start) : '';
  }
  let segStart = end - 1;
  while (segStart > start) {
    const code = path.charCodeAt(segStart - 1);
    if (code === CHAR_SLASH || (win && code === CHAR_BACKSLASH)) break;
    segStart--;
  }
  if (!useSuffix) return path.slice(segStart, end);

  // Compare the segment with the suffix from their ends.
  const segLen = end - segStart;
  const n = segLen < suffix.length ? segLen : suffix.length;
  for (let k = 1; k <= n; k++) {
    if (path.charCodeAt(end - k) !== suffix.charCodeAt(suffix.length - k)) {
      return path.slice(segStart, end);
    }
  }
  if (suffix.length < segLen) return path.slice(segStart, end - suffix.length);
  if (suffix.length === segLen) return path.slice(segStart, end);
  // The whole segment is a tail of a longer suffix: Node then keeps the trailing separators.
  return path.slice(segStart);
}

// Shared by extname: the extension of the last segment of path[start..].
function extName(path, start, win) {
  let end = path.length;
  while (end > start) {
    const code = path.charCodeAt(end - 1);
    if (code !== CHAR_SLASH && (!win || code !== CHAR_BACKSLASH)) break;
    end--;
  }
  let dot = -1;
  let segStart = end;
  while (segStart > start) {
    const code = path.charCodeAt(segStart - 1);
    if (code === CHAR_SLASH || (win && code === CHAR_BACKSLASH)) break;
    segStart--;
    if (dot === -1 && code === CHAR_DOT) dot = segStart;
  }
  // No dot, a leading dot ('.bashrc'), or the segment '..' have no extension.
  if (dot <= segStart) return '';
  if (dot === segStart + 1 && end === segStart + 2 && path.charCodeAt(segStart) === CHAR_DOT) {
    return '';
  }
  return path.slice(dot, end);
}

// Fills ret.base/name/ext from path[nameStart..end) whose last dot is `dot`; `segStart` is where
// Node considers the segment to begin for its '..' rule (differs from nameStart only in posix
// paths like '/..', where Node reports ext '.').
function fillName(ret, path, nameStart, segStart, dot, end) {
  if (dot <= nameStart ||
      (dot === end - 1 && dot === segStart + 1 && path.charCodeAt(dot - 1) === CHAR_DOT)) {
    ret.base = ret.name = path.slice(nameStart, end);
  } else {
    ret.name = path.slice(nameStart, dot);
    ret.base = path.slice(nameStart, end);
    ret.ext = path.slice(dot, end);
  }
}

function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const name = pathObject.name || '';
    const ext = pathObject.ext;
    base = ext ? `${name}${ext[0] === '.' ? '' : '.'}${ext}` : `${name}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Windows UNC roots: '\\server\share'. Called when path starts with two separators; returns the
// end of the share name, or -1 if there is no server or no share. Sets uncServerEnd and
// uncShareStart for the caller.
let uncServerEnd = 0;
let uncShareStart = 0;
function matchUncRoot(path, len) {
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return -1;
  uncServerEnd = j;
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return -1;
  uncShareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return j;
}

function posixCwd() {
  const cwd = process.cwd();
  if (!platformIsWin32) return cwd;
  // On Windows the POSIX flavour sees 'C:\a\b' as '/a/b'.
  const slashed = cwd.split('\\').join('/');
  return slashed.slice(slashed.indexOf('/'));
}

const win32 = {
  resolve(...paths) {
    let device = '';
    let tail = '';
    let absolute = false;

    for (let i = paths.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = paths[i];
        if (typeof path !== 'string') validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        // A drive-relative path ('C:foo'): Windows keeps one cwd per drive in the hidden
        // '=C:' variable; without one (or if it names another drive), use the drive's root.
        path = process.env[`=${device}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             path.charCodeAt(2) === CHAR_BACKSLASH)) {
          path = `${device}\\`;
        }
      }

      const len = path.length;
      const first = path.charCodeAt(0);
      let rootEnd = 0;
      let pathDevice = '';
      let pathAbsolute = false;
      if (len === 1) {
        if (isWinSep(first)) {
          rootEnd = 1;
          pathAbsolute = true;
        }
      } else if (isWinSep(first)) {
        pathAbsolute = true;
        if (isWinSep(path.charCodeAt(1))) {
          const shareEnd = matchUncRoot(path, len);
          if (shareEnd !== -1) {
            const server = path.slice(2, uncServerEnd);
            if (server === '.' || server === '?') {
              // A device namespace root such as '\\.\PHYSICALDRIVE0'.
              pathDevice = `\\\\${server}`;
              rootEnd = 4;
            } else {
              pathDevice = `\\\\${server}\\${path.slice(uncShareStart, shareEnd)}`;
              rootEnd = shareEnd;
            }
          }
        } else {
          rootEnd = 1;
        }
      } else if (isDriveLetter(first) && path.charCodeAt(1) === CHAR_COLON) {
        pathDevice = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isWinSep(path.charCodeAt(2))) {
          pathAbsolute = true;
          rootEnd = 3;
        }
      }

      if (pathDevice.length > 0) {
        if (device.length === 0) {
          device = pathDevice;
        } else if (pathDevice.toLowerCase() !== device.toLowerCase()) {
          continue;  // another drive: irrelevant to the result
        }
      }

      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(rootEnd)}\\${tail}`;
        absolute = pathAbsolute;
        if (absolute && device.length > 0) break;
      }
    }

    tail = normalizeSegments(tail, 0, !absolute, true);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const first = path.charCodeAt(0);
    if (len === 1) return first === CHAR_SLASH ? '\\' : path;

    let rootEnd = 0;
    let device;
    let absolute = false;
    if (isWinSep(first)) {
      absolute = true;
      if (isWinSep(path.charCodeAt(1))) {
        const shareEnd = matchUncRoot(path, len);
        if (shareEnd !== -1) {
          const server = path.slice(2, uncServerEnd);
          if (server === '.' || server === '?') {
            device = `\\\\${server}`;
            rootEnd = 4;
          } else if (shareEnd === len) {
            // Nothing but a UNC root.
            return `\\\\${server}\\${path.slice(uncShareStart)}\\`;
          } else {
            device = `\\\\${server}\\${path.slice(uncShareStart, shareEnd)}`;
            rootEnd = shareEnd;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else {
      const colon = path.indexOf(':');
      if (colon === 1 && isDriveLetter(first)) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isWinSep(path.charCodeAt(2))) {
          absolute = true;
          rootEnd = 3;
        }
      } else if (colon > 0 && isReservedDevice(path, colon)) {
        device = path.slice(0, colon + 1);
        rootEnd = colon + 1;
      }
    }

    let tail = rootEnd < len ? normalizeSegments(path, rootEnd, !absolute, true) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';

    const colon = path.indexOf(':');
    if (!absolute && device === undefined && colon !== -1) {
      // A relative path must not come out looking like a drive ('C:') or a stream/device
      // reference ('x:' at a segment end): prefix '.\' (CVE-2024-36139).
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) &&
          tail.charCodeAt(1) === CHAR_COLON) {
        return `.\\${tail}`;
      }
      for (let c = colon; c !== -1; c = path.indexOf(':', c + 1)) {
        if (c === len - 1 || isWinSep(path.charCodeAt(c + 1))) return `.\\${tail}`;
      }
    }
    if (isReservedDevice(path, colon)) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const first = path.charCodeAt(0);
    return isWinSep(first) ||
           (len > 2 && isDriveLetter(first) && path.charCodeAt(1) === CHAR_COLON &&
            isWinSep(path.charCodeAt(2)));
  },

  join(...paths) {
    let joined;
    let firstPart;
    for (let i = 0; i < paths.length; i++) {
      const arg = paths[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined = `${joined}\\${arg}`;
      }
    }
    if (joined === undefined) return '.';

    // Leading separators would make normalize() see a UNC root. Keep them only when the first
    // non-empty part clearly starts one: exactly two separators, then a name ('//server').
    const looksUnc = firstPart.length > 2 && isWinSep(firstPart.charCodeAt(0)) &&
                     isWinSep(firstPart.charCodeAt(1)) && !isWinSep(firstPart.charCodeAt(2));
    if (!looksUnc) {
      let n = 0;
      while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';

    // Windows compares case-insensitively.
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    if (from.length !== fromOrig.length || to.length !== toOrig.length) {
      // Lower-casing changed lengths (e.g. 'İ'): char offsets no longer line up, so compare
      // segment by segment instead.
      return relativeBySegments(fromOrig, toOrig);
    }

    // Compare without leading backslashes, nor trailing ones (UNC roots end with one).
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === CHAR_BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === CHAR_BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;

    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === CHAR_BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === CHAR_BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === CHAR_BACKSLASH) lastCommonSep = i;
    }

    if (i !== length) {
      // Different before any common separator: other drive or share, no relative path.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // `from` is a prefix of `to`.
        if (to.charCodeAt(toStart + i) === CHAR_BACKSLASH) {
          return toOrig.slice(toStart + i + 1);  // from 'C:\a', to 'C:\a\b'
        }
        if (i === 2) return toOrig.slice(toStart + i);  // from 'C:\', to 'C:\a'
      }
      if (fromLen > length) {
        // `to` is a prefix of `from`.
        if (from.charCodeAt(fromStart + i) === CHAR_BACKSLASH) {
          lastCommonSep = i;  // from 'C:\a\b', to 'C:\a'
        } else if (i === 2) {
          lastCommonSep = 3;  // from 'C:\a', to 'C:\'
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    // One '..' per segment of `from` after the common part.
    let out = '';
    for (let k = fromStart + lastCommonSep + 1; k <= fromEnd; k++) {
      if (k === fromEnd || from.charCodeAt(k) === CHAR_BACKSLASH) {
        out = out.length === 0 ? '..' : `${out}\\..`;
      }
    }

    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === CHAR_BACKSLASH) toStart++;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;

    const first = resolved.charCodeAt(0);
    if (first === CHAR_BACKSLASH) {
      if (resolved.charCodeAt(1) === CHAR_BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== CHAR_QUESTION && code !== CHAR_DOT) {
          // '\\server\share\x' -> '\\?\UNC\server\share\x'
          return `\\\\?\\UNC\\${resolved.slice(2)}`;
        }
      }
    } else if (isDriveLetter(first) && resolved.charCodeAt(1) === CHAR_COLON &&
               resolved.charCodeAt(2) === CHAR_BACKSLASH) {
      return `\\\\?\\${resolved}`;  // 'C:\x' -> '\\?\C:\x'
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const first = path.charCodeAt(0);
    if (len === 1) return isWinSep(first) ? path : '.';

    let rootEnd = -1;  // the root kept when there is no parent segment
    let offset = 0;    // where the scan for segments stops
    if (isWinSep(first)) {
      rootEnd = offset = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const shareEnd = matchUncRoot(path, len);
        if (shareEnd === len) return path;  // a bare UNC root is its own dirname
        // The separator after '\\server\share' belongs to the root.
        if (shareEnd !== -1) rootEnd = offset = shareEnd + 1;
      }
    } else if (isDriveLetter(first) && path.charCodeAt(1) === CHAR_COLON) {
      rootEnd = offset = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }

    // Skip trailing separators, then the last segment; stop at the separator before it.
    let end = len - 1;
    while (end >= offset && isWinSep(path.charCodeAt(end))) end--;
    while (end >= offset && !isWinSep(path.charCodeAt(end))) end--;
    if (end < offset) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // A drive prefix is not part of the base name ('C:foo' -> 'foo').
    return baseName(path, suffix, hasDrivePrefix(path) ? 2 : 0, true);
  },

  extname(path) {
    validateString(path, 'path');
    return extName(path, hasDrivePrefix(path) ? 2 : 0, true);
  },

  format(pathObject) {
    return formatPath('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const first = path.charCodeAt(0);

    if (len === 1) {
      if (isWinSep(first)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }

    let rootEnd = 0;
    if (isWinSep(first)) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const shareEnd = matchUncRoot(path, len);
        if (shareEnd === len) rootEnd = len;
        else if (shareEnd !== -1) rootEnd = shareEnd + 1;
      }
    } else if (isDriveLetter(first) && path.charCodeAt(1) === CHAR_COLON) {
      if (len === 2 || (len === 3 && isWinSep(path.charCodeAt(2)))) {
        ret.root = ret.dir = path;  // just 'C:' or 'C:\'
        return ret;
      }
      rootEnd = isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    let end = len;
    while (end > rootEnd && isWinSep(path.charCodeAt(end - 1))) end--;
    let segStart = end;
    let dot = -1;
    while (segStart > rootEnd) {
      const code = path.charCodeAt(segStart - 1);
      if (isWinSep(code)) break;
      segStart--;
      if (dot === -1 && code === CHAR_DOT) dot = segStart;
    }
    if (end > rootEnd) fillName(ret, path, segStart, segStart, dot, end);

    // A directory that is the root keeps its separator ('C:\abc' -> 'C:\'); others drop it.
    if (segStart > 0 && segStart !== rootEnd) ret.dir = path.slice(0, segStart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// Lower-cased, segment-wise win32.relative for paths whose case mapping changes their length.
function relativeBySegments(fromOrig, toOrig) {
  const fromParts = fromOrig.split('\\');
  const toParts = toOrig.split('\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.pop();
  if (toParts[toParts.length - 1] === '') toParts.pop();

  const fromLen = fromParts.length;
  const toLen = toParts.length;
  const length = fromLen < toLen ? fromLen : toLen;
  let i = 0;
  while (i < length && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;

  if (i === 0) return toOrig;
  if (i === length) {
    if (toLen > length) return toParts.slice(i).join('\\');
    if (fromLen > length) return `${'..\\'.repeat(fromLen - 1 - i)}..`;
    return '';
  }
  return `${'..\\'.repeat(fromLen - i)}${toParts.slice(i).join('\\')}`;
}

const posix = {
  resolve(...paths) {
    let resolved = '';
    let absolute = false;
    for (let i = paths.length - 1; i >= 0 && !absolute; i--) {
      const path = paths[i];
      if (typeof path !== 'string') validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === CHAR_SLASH;
    }
    if (!absolute) {
      const cwd = posixCwd();
      resolved = resolved.length === 0 ? cwd : `${cwd}/${resolved}`;
      absolute = cwd.charCodeAt(0) === CHAR_SLASH;
    }

    const body = normalizeSegments(resolved, 0, !absolute, false);
    if (absolute) return `/${body}`;
    return body.length > 0 ? body : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const absolute = path.charCodeAt(0) === CHAR_SLASH;
    const trailing = path.charCodeAt(len - 1) === CHAR_SLASH;

    let body = normalizeSegments(path, 0, !absolute, false);
    if (body.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) body += '/';
    return absolute ? `/${body}` : body;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_SLASH;
  },

  join(...paths) {
    let joined = '';
    for (let i = 0; i < paths.length; i++) {
      const arg = paths[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined.length === 0 ? arg : `${joined}/${arg}`;
    }
    if (joined.length === 0) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';

    // Both are now '/' or '/a/b' (no trailing slash): index 0 is the root. Find the last
    // separator both share, climb out of the rest of `from`, then descend into the rest of `to`.
    const fromLen = from.length;
    const toLen = to.length;
    const min = fromLen < toLen ? fromLen : toLen;
    let common = 0;
    let i = 1;
    for (; i < min; i++) {
      const code = from.charCodeAt(i);
      if (code !== to.charCodeAt(i)) break;
      if (code === CHAR_SLASH) common = i;
    }
    if (i === min) {
      if (toLen > min) {
        // `from` is an ancestor of `to` ('/a' and '/a/b'), or the root.
        if (to.charCodeAt(i) === CHAR_SLASH) return to.slice(i + 1);
        if (i === 1) return to.slice(1);
      } else if (fromLen > min) {
        // `to` is an ancestor of `from` ('/a/b' and '/a'), or the root.
        if (from.charCodeAt(i) === CHAR_SLASH) common = i;
        else if (i === 1) common = 1;
      }
    }

    let out = '';
    for (let k = common + 1; k <= fromLen; k++) {
      if (k === fromLen || from.charCodeAt(k) === CHAR_SLASH) {
        out = out.length === 0 ? '..' : `${out}/..`;
      }
    }
    return `${out}${to.slice(common)}`;
  },

  toNamespacedPath(path) {
    return path;  // only meaningful on Windows
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const hasRoot = path.charCodeAt(0) === CHAR_SLASH;
    // Skip trailing slashes, then the last segment; stop at the slash before it.
    let end = len - 1;
    while (end >= 1 && path.charCodeAt(end) === CHAR_SLASH) end--;
    while (end >= 1 && path.charCodeAt(end) !== CHAR_SLASH) end--;
    if (end < 1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return baseName(path, suffix, 0, false);
  },

  extname(path) {
    validateString(path, 'path');
    return extName(path, 0, false);
  },

  format(pathObject) {
    return formatPath('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const absolute = path.charCodeAt(0) === CHAR_SLASH;
    const start = absolute ? 1 : 0;
    if (absolute) ret.root = '/';

    let end = len;
    while (end > start && path.charCodeAt(end - 1) === CHAR_SLASH) end--;
    let segStart = end;
    let dot = -1;
    while (segStart > start) {
      const code = path.charCodeAt(segStart - 1);
      if (code === CHAR_SLASH) break;
      segStart--;
      if (dot === -1 && code === CHAR_DOT) dot = segStart;
    }
    // A slash found before the segment, or none (then Node's segment start is 0, even when
    // the name itself starts after the root).
    const foundSlash = segStart > start;
    if (end > start) fillName(ret, path, segStart, foundSlash ? segStart : 0, dot, end);

    if (foundSlash) ret.dir = path.slice(0, segStart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Legacy name of toNamespacedPath (DEP0080).
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = platformIsWin32 ? win32 : posix;
