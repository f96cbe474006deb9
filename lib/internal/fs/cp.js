'use strict';
// fs.cp / fs.cpSync / fsPromises.cp: Node's copy algorithm (checks on src and dest, then a walk
// that copies files, directories and symlinks). The walk is written once, as a generator that
// yields each file-system step; cpSyncImpl runs the steps with the sync calls and cpAsync with the
// promise ones, so both forms make the same decisions and raise the same errors.

const fs = require('fs');
const fsp = require('internal/fs/promises').exports;
const pathModule = require('path');
const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');

const EEXIST = 17;
const EISDIR = 21;
const EINVAL = 22;
const ENOTDIR = 20;

// Steps: each is [name, ...args]; the runners map names to sync or promise calls.
const syncOps = {
  stat: (p, bigint) => fs.statSync(p, { bigint }),
  lstat: (p, bigint) => fs.lstatSync(p, { bigint }),
  statOrNull: (p, deref) => (deref ? fs.statSync : fs.lstatSync)(p, { bigint: true,
    throwIfNoEntry: false }) ?? null,
  mkdir: (p, opts) => fs.mkdirSync(p, opts),
  exists: (p) => fs.existsSync(p),
  readdir: (p) => fs.readdirSync(p),
  copyFile: (s, d, m) => fs.copyFileSync(s, d, m),
  chmod: (p, m) => fs.chmodSync(p, m),
  utimes: (p, a, m) => fs.utimesSync(p, a, m),
  unlink: (p) => fs.unlinkSync(p),
  readlink: (p) => fs.readlinkSync(p),
  symlink: (t, p) => fs.symlinkSync(t, p),
  filter(filter, src, dest) {
    const r = filter(src, dest);
    if (r != null && typeof r.then === 'function') {
      throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', r);
    }
    return r;
  },
};

const asyncOps = {
  stat: (p, bigint) => fsp.stat(p, { bigint }),
  lstat: (p, bigint) => fsp.lstat(p, { bigint }),
  async statOrNull(p, deref) {
    try {
      return await (deref ? fsp.stat : fsp.lstat)(p, { bigint: true });
    } catch (err) {
      if (err.code === 'ENOENT') return null;
      throw err;
    }
  },
  mkdir: (p, opts) => fsp.mkdir(p, opts),
  exists: (p) => fsp.access(p).then(() => true, () => false),
  readdir: (p) => fsp.readdir(p),
  copyFile: (s, d, m) => fsp.copyFile(s, d, m),
  chmod: (p, m) => fsp.chmod(p, m),
  utimes: (p, a, m) => fsp.utimes(p, a, m),
  unlink: (p) => fsp.unlink(p),
  readlink: (p) => fsp.readlink(p),
  symlink: (t, p) => fsp.symlink(t, p),
  filter: async (filter, src, dest) => filter(src, dest),
};

function runSync(gen) {
  let step = gen.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let value;
    try {
      value = syncOps[name](...args);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
  return step.value;
}

async function runAsync(gen) {
  let step = gen.next();
  while (!step.done) {
    const [name, ...args] = step.value;
    let value;
    try {
      value = await asyncOps[name](...args);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
  return step.value;
}

function areIdentical(srcStat, destStat) {
  return destStat.ino !== undefined && destStat.dev !== undefined &&
    destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
}

function isSrcSubdir(src, dest) {
  const srcArr = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destArr = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

function* checkPaths(src, dest, opts) {
  if (opts.filter) {
    const include = yield ['filter', opts.filter, src, dest];
    if (!include) return { skipped: true };
  }
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src, true];
  const destStat = yield ['statOrNull', dest, opts.dereference];
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw new ERR_FS_CP_EINVAL({
        message: 'src and dest cannot be the same', path: dest, syscall: 'cp', errno: EINVAL,
        code: 'EINVAL',
      });
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR({
        message: `cannot overwrite non-directory ${dest} with directory ${src}`, path: dest,
        syscall: 'cp', errno: EISDIR, code: 'EISDIR',
      });
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR({
        message: `cannot overwrite directory ${src} with non-directory ${dest}`, path: dest,
        syscall: 'cp', errno: ENOTDIR, code: 'ENOTDIR',
      });
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw new ERR_FS_CP_EINVAL({
      message: `cannot copy ${src} to a subdirectory of self ${dest}`, path: dest,
      syscall: 'cp', errno: EINVAL, code: 'EINVAL',
    });
  }
  return { srcStat, destStat, skipped: false };
}

// Refuses to copy src into a subdirectory of itself through dest's parents (checked by inode).
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  const destParent = pathModule.resolve(pathModule.dirname(dest));
  if (destParent === srcParent || destParent === pathModule.parse(destParent).root) return;
  const destStat = yield ['statOrNull', destParent, true];
  if (destStat === null) return;
  if (areIdentical(srcStat, destStat)) {
    throw new ERR_FS_CP_EINVAL({
      message: `cannot copy ${src} to a subdirectory of self ${dest}`, path: dest,
      syscall: 'cp', errno: EINVAL, code: 'EINVAL',
    });
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* cpWalk(src, dest, opts) {
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest);
  const destParent = pathModule.dirname(dest);
  if (!(yield ['exists', destParent])) yield ['mkdir', destParent, { recursive: true }];
  yield* getStatsForCopy(destStat, src, dest, opts);
}

function* getStatsForCopy(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src, false];
  if (srcStat.isDirectory() && opts.recursive) {
    return yield* onDir(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isDirectory()) {
    throw new ERR_FS_EISDIR({
      message: `${src} is a directory (not copied)`, path: src, syscall: 'cp', errno: EINVAL,
      code: 'EISDIR',
    });
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return yield* onFile(srcStat, destStat, src, dest, opts);
  } else if (srcStat.isSymbolicLink()) {
    return yield* onLink(destStat, src, dest, opts);
  } else if (srcStat.isSocket()) {
    throw new ERR_FS_CP_SOCKET({
      message: `cannot copy a socket file: ${dest}`, path: dest, syscall: 'cp', errno: EINVAL,
      code: 'EINVAL',
    });
  } else if (srcStat.isFIFO()) {
    throw new ERR_FS_CP_FIFO_PIPE({
      message: `cannot copy a FIFO pipe: ${dest}`, path: dest, syscall: 'cp', errno: EINVAL,
      code: 'EINVAL',
    });
  }
  throw new ERR_FS_CP_UNKNOWN({
    message: `cannot copy an unknown file type: ${dest}`, path: dest, syscall: 'cp',
    errno: EINVAL, code: 'EINVAL',
  });
}

function* onFile(srcStat, destStat, src, dest, opts) {
  if (!destStat) return yield* copyFile(srcStat, src, dest, opts);
  if (opts.force) {
    yield ['unlink', dest];
    return yield* copyFile(srcStat, src, dest, opts);
  } else if (opts.errorOnExist) {
    throw new ERR_FS_CP_EEXIST({
      message: `${dest} already exists`, path: dest, syscall: 'cp', errno: EEXIST,
      code: 'EEXIST',
    });
  }
}

function* copyFile(srcStat, src, dest, opts) {
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // A read-only file must be made writable before its times can be set.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    const updated = yield ['stat', src, false];
    yield ['utimes', dest, updated.atime, updated.mtime];
  }
  yield ['chmod', dest, srcStat.mode];
}

function* onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    yield ['mkdir', dest, {}];
    yield* copyDir(src, dest, opts);
    yield ['chmod', dest, srcStat.mode];
    return;
  }
  yield* copyDir(src, dest, opts);
}

function* copyDir(src, dest, opts) {
  const names = yield ['readdir', src];
  for (const name of names) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts);
    if (!skipped) yield* getStatsForCopy(destStat, srcItem, destItem, opts);
  }
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  if (!destStat) return yield ['symlink', resolvedSrc, dest];
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    // dest exists and is a regular file or directory: replace it with the link.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return yield ['symlink', resolvedSrc, dest];
    throw err;
  }
  if (!pathModule.isAbsolute(resolvedDest)) {
    resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  }
  const srcIsDir = (yield ['statOrNull', src, true])?.isDirectory();
  if (srcIsDir && isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw new ERR_FS_CP_EINVAL({
      message: `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
      path: dest, syscall: 'cp', errno: EINVAL, code: 'EINVAL',
    });
  }
  const srcStat = yield ['statOrNull', src, true];
  if (srcStat?.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY({
      message: `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, path: dest,
      syscall: 'cp', errno: EINVAL, code: 'EINVAL',
    });
  }
  yield ['unlink', dest];
  return yield ['symlink', resolvedSrc, dest];
}

function cpSyncImpl(src, dest, opts) {
  return runSync(cpWalk(src, dest, opts));
}

function cpAsync(src, dest, opts) {
  return runAsync(cpWalk(src, dest, opts));
}

module.exports = { cpSyncImpl, cpAsync };
