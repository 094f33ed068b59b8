#!/usr/bin/env python3
"""`scorecard score` against the numpy peer, side by side on the same generated workspace.

Runs the two whole processes alternately (so both see the same machine load), ROUNDS times
each, and prints each one's median wall time and peak memory, and the median ratio. It is a
benchmark, not a test: it never fails on time.

Usage: scripts/bench/peer.py [UNITS=10000] [ROUNDS=5] [--scale]
  --scale  also time `scorecard score` at 2 x UNITS (the linearity goal: <= 2.1 x the time)

The peer (scripts/bench/peer_numpy.py, what an analyst would write instead: numpy, float64)
needs numpy; it is installed with pip when missing. gen_large.py makes the workspaces (the
scheme's default plan, every indicator method, N units, seeded)."""
import os, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(cmd, out_path):
    """Wall seconds and peak RSS (MiB) of one whole process."""
    with open(out_path, "wb") as out:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
    if status != 0:
        sys.exit(f"{cmd[0]} failed (status {status})")
    return wall, usage.ru_maxrss / 1024


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    units = int(args[0]) if args else 10000
    rounds = int(args[1]) if len(args) > 1 else 5
    try:
        import numpy  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "numpy"], check=True)
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "scorecard-cli"], cwd=ROOT, check=True)
    scorecard = os.path.join(ROOT, "target", "release", "scorecard")
    tmp = tempfile.mkdtemp(prefix="scorecard-bench-")
    sizes = [units, 2 * units] if "--scale" in sys.argv else [units]
    files = {}
    for n in sizes:
        files[n] = os.path.join(tmp, f"ws{n}.json")
        with open(files[n], "w") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "gen_large.py"), str(n)], stdout=f, check=True)
    ours, peer, ours_mem, peer_mem, ratios = [], [], [], [], []
    for _ in range(rounds):
        a, am = run([scorecard, "score", files[units]], os.path.join(tmp, "ours.json"))
        b, bm = run([sys.executable, os.path.join(HERE, "peer_numpy.py"), files[units]], os.path.join(tmp, "peer.json"))
        ours.append(a); peer.append(b); ours_mem.append(am); peer_mem.append(bm); ratios.append(b / a)
    med = statistics.median
    print(f"{units} units, {rounds} rounds, alternating, whole process (median):")
    print(f"  scorecard score : {med(ours):7.3f} s  peak {max(ours_mem):6.0f} MiB   (goal <= 100 MiB)")
    print(f"  numpy peer      : {med(peer):7.3f} s  peak {max(peer_mem):6.0f} MiB")
    print(f"  peer / scorecard: {med(ratios):7.2f} x faster (goal >= 10 x)")
    if len(sizes) > 1:
        big = [run([scorecard, "score", files[2 * units]], os.path.join(tmp, "ours2.json"))[0] for _ in range(rounds)]
        print(f"  {2 * units} units    : {med(big):7.3f} s = {med(big) / med(ours):.2f} x the time of {units} (goal <= 2.1 x)")


if __name__ == "__main__":
    main()
