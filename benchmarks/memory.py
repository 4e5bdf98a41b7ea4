"""Peak memory of the command line over a large JSONL file, and no partial output when killed.

    python benchmarks/memory.py                 # 1 GB of JSONL, 2 workers
    python benchmarks/memory.py --quick         # CI: 20 MB

The corpus records of ../shared/corpus are replayed into a JSONL file of the
given size (one article per line, field "text"), then
`newsclean big.jsonl -o out.jsonl --workers N` runs on it while this script
samples the memory of the whole process tree (the CLI and its workers) from
/proc every 0.2 s. Reported: peak RSS summed over the tree (shared pages
counted once per process, so an upper bound), peak PSS summed over the tree
(shared pages split between the processes: the real footprint), and the
largest single process. The run fails (exit code 1) when the peak PSS of the
tree is over the target, in --quick mode too, or when not every article was
written.

Then the same command is started twice more and stopped half-way, once with
SIGTERM and once with SIGKILL: the output directory must be empty afterwards
(no output file, no temporary file) and no worker may be left running.
Linux only (it reads /proc).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import corpus_records
from gate import memory_target_mb

#: The documented peak (PSS of the whole tree), kept in benchmarks/baseline.json.
TARGET_MB = memory_target_mb()


def write_jsonl(path: Path, size_mb: float) -> int:
    """Replay the corpus into ``path`` until it holds ``size_mb`` MB; returns the line count."""
    records = [r["raw"] for r in corpus_records()]
    limit = int(size_mb * 1e6)
    written = lines = 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < limit:
            for raw in records:
                line = json.dumps({"id": lines, "text": raw}, ensure_ascii=False) + "\n"
                fh.write(line)
                written += len(line.encode("utf-8"))
                lines += 1
                if written >= limit:
                    break
    return lines


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _kb(pid: int, field: str, source: str) -> int:
    try:
        with open(f"/proc/{pid}/{source}", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(cmd: list[str]) -> tuple[float, float, float, float, int]:
    """Run ``cmd``: (seconds, peak RSS sum, peak PSS sum, peak single RSS in MB, exit code)."""
    start = time.perf_counter()
    rss_sum = pss_sum = rss_one = 0.0
    # stderr to a file, not a pipe: a full pipe would block the command line
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errors)
        while proc.poll() is None:
            pids = _tree(proc.pid)
            rss = [_kb(p, "VmRSS:", "status") for p in pids]
            pss = [_kb(p, "Pss:", "smaps_rollup") for p in pids]
            rss_sum = max(rss_sum, sum(rss) / 1024)
            pss_sum = max(pss_sum, sum(pss) / 1024)
            rss_one = max(rss_one, max(rss, default=0) / 1024)
            time.sleep(0.2)
        if proc.returncode:
            errors.seek(0)
            sys.stderr.write(errors.read().decode(errors="replace"))
    return time.perf_counter() - start, rss_sum, pss_sum, rss_one, proc.returncode


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def killed_half_way(cmd: list[str], folder: Path, signum: int, after: float) -> list[str]:
    """Start ``cmd``, send ``signum`` after ``after`` seconds; the problems seen (none: [])."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(after)
    workers = [p for p in _tree(proc.pid) if p != proc.pid]
    if proc.poll() is not None:
        return [f"the run ended before {signal.Signals(signum).name}"]
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=120)
    problems = [f"left behind: {p.name}" for p in folder.iterdir()]
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    problems += [f"worker {p} still running" for p in workers if _alive(p)]
    if b"Traceback" in err:
        problems.append("a traceback on stderr")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1024, help="size of the JSONL file")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="CI: 20 MB")
    args = parser.parse_args(argv)
    size = 20 if args.quick else args.mb
    with tempfile.TemporaryDirectory() as tmp:
        src, outdir = Path(tmp) / "big.jsonl", Path(tmp) / "out"
        outdir.mkdir()
        lines = write_jsonl(src, size)
        real_mb = src.stat().st_size / 1e6
        cmd = [sys.executable, "-m", "newsclean.cli", str(src), "-o", str(outdir / "out.jsonl")]
        cmd += ["--workers", str(args.workers), "--no-progress"]
        seconds, rss_sum, pss_sum, rss_one, code = measure(cmd)
        if code != 0:
            print(f"error: the command line failed with exit code {code}")
            return 1
        with open(outdir / "out.jsonl", encoding="utf-8") as fh:
            written = sum(1 for _ in fh)
        (outdir / "out.jsonl").unlink()
        stops = {
            name: killed_half_way(cmd, outdir, signum, min(seconds / 2, 20))
            for name, signum in (("SIGTERM", signal.SIGTERM), ("SIGKILL", signal.SIGKILL))
        }
    print(f"# Memory of `newsclean big.jsonl -o out.jsonl --workers {args.workers}`")
    print(f"input: {real_mb:,.0f} MB of JSONL, {lines:,} articles; {written:,} lines written")
    print(f"time: {seconds:.0f} s ({real_mb / seconds:.2f} MB/s)")
    print(f"peak PSS, whole process tree: {pss_sum:.0f} MB (target < {TARGET_MB} MB)")
    print(f"peak RSS summed over the tree: {rss_sum:.0f} MB; largest process: {rss_one:.0f} MB")
    for name, problems in stops.items():
        print(f"stopped half-way by {name}: {'; '.join(problems) or 'nothing left behind'}")
    failed = False
    if written != lines:
        print("error: not every article was written")
        failed = True
    if pss_sum >= TARGET_MB:
        print(f"error: peak PSS {pss_sum:.0f} MB is over the target of {TARGET_MB} MB")
        failed = True
    if any(stops.values()):
        print("error: a stopped run left something behind")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
