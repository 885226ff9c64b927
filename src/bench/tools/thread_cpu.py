#!/usr/bin/env python3
"""CPU time per thread of the java and postgres processes on this machine, for the sync benchmarks.

  thread_cpu.py record LOG              samples /proc every 0.2 s into LOG until killed
  thread_cpu.py window LOG END SECONDS  CPU seconds per (process, thread name) between END-SECONDS and END

END is a Unix time, e.g. the time a RESULT line was printed (pipe the benchmark's output through
`while read l; do echo "$(date +%s.%N) $l"; done`) and SECONDS the duration that line gives. Thread names are
the kernel's (15 characters: "C2 CompilerThre"; a JVM's main thread is "java"); trailing numbers are dropped so
that a pool's threads add up. Linux only; uses clock ticks (USER_HZ, normally 100 per second).
"""
import collections
import os
import re
import sys
import time


def record(path):
    with open(path, 'w') as out:
        while True:
            out.write(f"T {time.time()}\n")
            for pid in os.listdir('/proc'):
                if not pid.isdigit():
                    continue
                try:
                    with open(f'/proc/{pid}/comm') as f:
                        if f.read().strip() not in ('java', 'postgres'):
                            continue
                    for tid in os.listdir(f'/proc/{pid}/task'):
                        with open(f'/proc/{pid}/task/{tid}/stat') as f:
                            s = f.read()
                        name = s[s.index('(') + 1:s.rindex(')')].replace(' ', '_')
                        rest = s[s.rindex(')') + 2:].split()
                        out.write(f"{pid} {tid} {name} {rest[11]} {rest[12]}\n")
                except (OSError, ValueError):
                    pass  # a process or thread that ended meanwhile
            out.flush()
            time.sleep(0.2)


def window(path, end, seconds):
    hz = os.sysconf('SC_CLK_TCK')
    snaps = []
    with open(path) as f:
        for line in f:
            if line.startswith('T '):
                snaps.append((float(line.split()[1]), {}))
            elif snaps:
                p = line.split()
                if len(p) == 5:
                    snaps[-1][1][(p[0], p[1], p[2])] = int(p[3]) + int(p[4])
    a = min(snaps, key=lambda s: abs(s[0] - (end - seconds)))
    b = min(snaps, key=lambda s: abs(s[0] - end))
    print(f"window {b[0] - a[0]:.2f} s")
    total = collections.Counter()
    for key, ticks in b[1].items():
        d = ticks - a[1].get(key, 0)
        if d > 0:
            total[(key[0], re.sub(r'[#\-]?\d+$', '', key[2]))] += d
    for (pid, name), ticks in total.most_common(25):
        print(f"{ticks / hz:6.2f} s  pid {pid}  {name}")
    print(f"all: {sum(total.values()) / hz:.2f} s of CPU")


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'record':
        record(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == 'window':
        window(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]))
    else:
        sys.exit(__doc__)
