'use strict';
// The methods of `process` backed by internalBinding('process'), with Node's argument validation.
// Clocks and usage figures are written by C++ into typed arrays allocated once, so calling
// process.hrtime() or process.memoryUsage() allocates only the result.

const binding = internalBinding('process');

const hrtimeFields = new Uint32Array(3);
const memoryFields = new Float64Array(5);
const cpuFields = new Float64Array(2);
const resourceFields = new Float64Array(16);

function lazyErrors() { return require('internal/errors').codes; }
function lazyValidators() { return require('internal/validators'); }

function hrtime(time) {
  binding.hrtime(hrtimeFields);
  const sec = hrtimeFields[0] * 0x100000000 + hrtimeFields[1];
  const nsec = hrtimeFields[2];
  if (time !== undefined) {
    if (!Array.isArray(time)) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('time', 'Array', time);
    }
    if (time.length !== 2) {
      throw new (lazyErrors().ERR_OUT_OF_RANGE)('time', 2, time.length);
    }
    const s = sec - time[0];
    const n = nsec - time[1];
    return [n < 0 ? s - 1 : s, n < 0 ? n + 1e9 : n];
  }
  return [sec, nsec];
}
hrtime.bigint = binding.hrtimeBigInt;

function memoryUsage() {
  binding.memoryUsage(memoryFields);
  return {
    rss: memoryFields[0],
    heapTotal: memoryFields[1],
    heapUsed: memoryFields[2],
    external: memoryFields[3],
    arrayBuffers: memoryFields[4],
  };
}
memoryUsage.rss = binding.rss;

function cpuUsage(prevValue) {
  if (prevValue !== undefined) {
    const { validateObject } = lazyValidators();
    validateObject(prevValue, 'prevValue');
    for (const field of ['user', 'system']) {
      const v = prevValue[field];
      if (typeof v !== 'number') {
        throw new (lazyErrors().ERR_INVALID_ARG_TYPE)(`prevValue.${field}`, 'number', v);
      }
      if (!(v >= 0) || v > Number.MAX_SAFE_INTEGER) {
        throw new (lazyErrors().ERR_INVALID_ARG_VALUE.RangeError ?? lazyErrors().ERR_INVALID_ARG_VALUE)(
          `prevValue.${field}`, v);
      }
    }
  }
  binding.cpuUsage(cpuFields);
  if (prevValue !== undefined) {
    return { user: cpuFields[0] - prevValue.user, system: cpuFields[1] - prevValue.system };
  }
  return { user: cpuFields[0], system: cpuFields[1] };
}

function resourceUsage() {
  binding.resourceUsage(resourceFields);
  const f = resourceFields;
  return {
    userCPUTime: f[0], systemCPUTime: f[1], maxRSS: f[2], sharedMemorySize: f[3],
    unsharedDataSize: f[4], unsharedStackSize: f[5], minorPageFault: f[6], majorPageFault: f[7],
    swappedOut: f[8], fsRead: f[9], fsWrite: f[10], ipcSent: f[11], ipcReceived: f[12],
    signalsCount: f[13], voluntaryContextSwitches: f[14], involuntaryContextSwitches: f[15],
  };
}

function umask(mask) {
  if (mask === undefined) return binding.umask(-1);
  const { parseFileMode } = lazyValidators();
  return binding.umask(parseFileMode(mask, 'mask'));
}

function chdir(directory) {
  lazyValidators().validateString(directory, 'directory');
  binding.chdir(directory);
}

function kill(pid, sig) {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
  let signum;
  if (sig === (sig | 0)) {
    signum = sig;
  } else {
    const name = sig || 'SIGTERM';
    signum = binding.signals[name];
    if (signum === undefined) throw new (lazyErrors().ERR_UNKNOWN_SIGNAL)(name);
  }
  const err = binding.kill(pid | 0, signum);
  if (err) {
    const { errnoException } = require('internal/errors');
    throw errnoException(err, 'kill');
  }
  return true;
}

let exitCode;

function validateExitCode(code) {
  if (code === null || code === undefined) return code;
  let value = code;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
  lazyValidators().validateInteger(value, 'code');
  return code;
}

function exit(code) {
  if (arguments.length !== 0 && code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', toExitNumber(process.exitCode));
  }
  require('internal/process/stdio').flushStdio();
  binding.reallyExit(toExitNumber(process.exitCode));
}

function toExitNumber(code) {
  if (code === undefined || code === null) return 0;
  return +code | 0;
}

// Node's names of what keeps the loop alive: requests in flight, then referenced handles, then one
// 'Timeout' per referenced timer and one 'Immediate' per referenced immediate.
function getActiveResourcesInfo() {
  const diagnostics = internalBinding('diagnostics');
  const { activeTimerCounts } = require('internal/timers');
  const { timeouts, immediates } = activeTimerCounts();
  const names = [...diagnostics.getActiveRequestsInfo(), ...diagnostics.getActiveHandlesInfo()];
  for (let i = 0; i < timeouts; i++) names.push('Timeout');
  for (let i = 0; i < immediates; i++) names.push('Immediate');
  return names;
}

// tide has no source-map support (stack traces show the positions of the code that runs), so
// source maps are always off: turning them off is a real no-op, turning them on is refused.
function setSourceMapsEnabled(val) {
  lazyValidators().validateBoolean(val, 'val');
  if (val) {
    const { ERR_NOT_IMPLEMENTED } = require('internal/errors').codes;
    throw new ERR_NOT_IMPLEMENTED('process.setSourceMapsEnabled(true) (source-mapped stack traces)');
  }
}

function installProcessMethods(process) {
  process.cwd = binding.cwd;
  process.chdir = chdir;
  process.umask = umask;
  process.hrtime = hrtime;
  process.uptime = binding.uptime;
  process.memoryUsage = memoryUsage;
  process.cpuUsage = cpuUsage;
  process.resourceUsage = resourceUsage;
  process.kill = kill;
  process.exit = exit;
  process.reallyExit = (code) => binding.reallyExit(toExitNumber(code));
  process._rawDebug = (...args) => {
    const { format } = require('internal/util/inspect');
    binding.rawDebug(format(...args));
  };
  process.abort = () => binding.abort();
  process.getActiveResourcesInfo = getActiveResourcesInfo;
  process.setSourceMapsEnabled = setSourceMapsEnabled;
  Object.defineProperty(process, 'sourceMapsEnabled', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return false; },
  });
  Object.defineProperty(process, 'exitCode', {
    __proto__: null,
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) { exitCode = validateExitCode(code); },
  });
}

module.exports = { installProcessMethods, hrtime };
