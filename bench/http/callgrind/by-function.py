#!/usr/bin/env python3
"""Per-function instructions per request from by-function.sh's run directory.

by-function.py <dir>                  the table: (Ir(K2) - Ir(K1)) / (K2 - K1) per function
by-function.py <dir> 'name|other'     also, for the K2 run, who calls the matching functions
                                      (whole run, warm-up included: per request only roughly)
Functions callgrind shows as bare addresses are named from V8's code-creation log (JIT code,
and libnode's builtins once libnode's load address is added)."""
import bisect, collections, os, re, subprocess, sys

out = sys.argv[1]
# The two runs' request counts (by-function.sh's K1 and K2: 20000 and 40000 unless set).
K1, K2 = int(os.environ.get('K1', '20000')), int(os.environ.get('K2', '40000'))

def namer(k):
    maps = []
    for line in open(f'{out}/v8.{k}.log', errors='replace'):
        if line.startswith('code-creation,'):
            f = line.rstrip('\n').split(',')
            try:
                maps.append((int(f[4], 16), int(f[5]), f[1] + ':' + f[6]))
            except (ValueError, IndexError):
                pass
    maps.sort()
    starts = [m[0] for m in maps]
    try:
        base = int(open(f'{out}/base.{k}').read().strip(), 16)
    except (OSError, ValueError):
        base = 0

    def name(fn):
        m = re.search(r'0x([0-9a-f]{8,})', fn)
        if m and '???' in fn:
            a = int(m.group(1), 16) + (base if 'libnode' in fn else 0)
            i = bisect.bisect_right(starts, a) - 1
            if i >= 0 and a < maps[i][0] + maps[i][1]:
                return 'JIT ' + maps[i][2]
            return '??? unnamed'
        return re.sub(r'\[.*?\]$', '', fn).strip()
    return name

def annotate(k, *extra):
    return subprocess.run(['callgrind_annotate', '--threshold=100', '--inclusive=no', *extra,
                           f'{out}/cg.{k}'], capture_output=True, text=True).stdout

def table(k):
    name = namer(k)
    res = collections.Counter()
    for line in annotate(k).splitlines():
        m = re.match(r'\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(.*)$', line)
        if not m or ':' not in m.group(2) or 'PROGRAM TOTALS' in m.group(2):
            continue
        res[name(m.group(2))] += int(m.group(1).replace(',', ''))
    return res

a, b = table(K1), table(K2)
per = {k: (b[k] - a[k]) / (K2 - K1) for k in set(a) | set(b)}
print(f'total per request {sum(per.values()):.0f}')
for k, v in sorted(per.items(), key=lambda kv: -kv[1])[:70]:
    if abs(v) >= 20:
        print(f'{v:8.0f}  {k[:150]}')

if len(sys.argv) > 2:
    name = namer(K2)
    wanted = sys.argv[2].split('|')
    callers = []
    for line in annotate(K2, '--tree=caller').splitlines():
        m = re.match(r'\s*([\d,]+)\s+(?:\([^)]*\)\s+)?<\s+(.*)$', line)
        if m:
            callers.append((int(m.group(1).replace(',', '')), name(m.group(2))))
            continue
        m = re.match(r'\s*([\d,]+)\s+(?:\([^)]*\)\s+)?\*\s+(.*)$', line)
        if m:
            fn = name(m.group(2))
            if any(w in fn for w in wanted):
                print(f'== {fn}  {int(m.group(1).replace(",", "")) / K2:.0f}/request')
                for c, n in sorted(callers, reverse=True)[:8]:
                    print(f'   {c / K2:7.1f}  {n[:110]}')
            callers = []
        elif not line.strip():
            callers = []
