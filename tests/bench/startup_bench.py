#!/usr/bin/env python3
"""Start-up benchmarks of SellerPulse Desktop; prints `BENCH <name> <value> <unit>` lines.

  startup_bench.py --bin-dir build/bench/bin [--runs 5]

Run it inside scripts/with-keyring.sh with QT_QPA_PLATFORM=offscreen (scripts/bench.sh does).
Figures:
  startup.app_ms, startup.bare_qt_ms, startup.app_over_bare_qt
      wall time of the whole process, launch to exit, of `sellerpulse --sandbox --smoke-test
      --profile <fresh>` and of `bench_bare_window`, alternated run by run; medians.
  startup.sandbox_ready_ms
      launch of `sellerpulse-sandbox --port 0 --data-dir <fresh>` to its `SANDBOX ready` line
      (first start: certificate, signing key and demo account are created); median.
Exits 1 with a clear message when a program fails, 2 on bad usage.
"""
import argparse
import ctypes
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

RUN_TIMEOUT_S = 120
PR_SET_PDEATHSIG = 1


class BenchError(Exception):
    pass


def die_with_parent():
    """Runs in the child before exec: SIGTERM it when this driver dies, so nothing outlives a bench."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def require(path):
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise BenchError(f"{path} is missing or not executable (build it first)")
    return path


def timed_run(command, expect_in_stdout):
    """Wall time in ms of one whole process run; fails unless it exits 0 and prints the marker."""
    started = time.perf_counter()
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=RUN_TIMEOUT_S, preexec_fn=die_with_parent)
    except subprocess.TimeoutExpired:
        raise BenchError(f"{' '.join(command)} did not exit within {RUN_TIMEOUT_S} s")
    elapsed_ms = (time.perf_counter() - started) * 1000.0
    if done.returncode != 0 or expect_in_stdout not in done.stdout:
        tail = (done.stderr.strip().splitlines() or ["(no stderr)"])[-5:]
        raise BenchError(f"{' '.join(command)} exited with {done.returncode}"
                         f"{'' if expect_in_stdout in done.stdout else ' without printing ' + repr(expect_in_stdout)}:\n  "
                         + "\n  ".join(tail))
    return elapsed_ms


def app_vs_bare(bin_dir, runs):
    app = require(os.path.join(bin_dir, "sellerpulse"))
    bare = require(os.path.join(bin_dir, "bench_bare_window"))
    app_ms, bare_ms = [], []
    for run in range(runs):
        # Side by side, alternating, so that a slow moment of the machine hits both alike.
        bare_ms.append(timed_run([bare], "bench_bare_window: main window shown after"))
        profile = tempfile.mkdtemp(prefix="sp-bench-profile-")
        try:
            app_ms.append(timed_run([app, "--sandbox", "--smoke-test", "--profile", profile],
                                    "sellerpulse: main window shown after"))
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        print(f"# run {run + 1}/{runs}: app {app_ms[-1]:.0f} ms, bare Qt {bare_ms[-1]:.0f} ms", file=sys.stderr)
    app_median, bare_median = statistics.median(app_ms), statistics.median(bare_ms)
    return [("startup.app_ms", f"{app_median:.0f}", "ms"),
            ("startup.bare_qt_ms", f"{bare_median:.0f}", "ms"),
            ("startup.app_over_bare_qt", f"{app_median / bare_median:.2f}", "ratio")]


def sandbox_ready_once(sandbox):
    data_dir = tempfile.mkdtemp(prefix="sp-bench-sandbox-")
    started = time.perf_counter()
    process = subprocess.Popen([sandbox, "--port", "0", "--data-dir", data_dir], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               preexec_fn=die_with_parent)
    # A sandbox that stalls without output is killed, which ends the read loop below.
    watchdog = threading.Timer(RUN_TIMEOUT_S, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            if line.startswith("SANDBOX ready"):
                return (time.perf_counter() - started) * 1000.0
        raise BenchError(f"{sandbox} exited or stalled before printing 'SANDBOX ready' (exit {process.poll()})")
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(data_dir, ignore_errors=True)


def sandbox_ready(bin_dir, runs):
    sandbox = require(os.path.join(bin_dir, "sellerpulse-sandbox"))
    times = [sandbox_ready_once(sandbox) for _ in range(runs)]
    print("# sandbox ready: " + ", ".join(f"{t:.0f}" for t in times) + " ms", file=sys.stderr)
    return [("startup.sandbox_ready_ms", f"{statistics.median(times):.0f}", "ms")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin-dir", required=True, help="folder with sellerpulse, sellerpulse-sandbox, bench_bare_window")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=["app", "sandbox"], help="run one group of figures")
    options = parser.parse_args()
    if options.runs < 1:
        parser.error("--runs must be at least 1")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("bench: warning: no D-Bus session; run under scripts/with-keyring.sh", file=sys.stderr)
    try:
        figures = []
        if options.only != "app":
            figures += sandbox_ready(options.bin_dir, options.runs)
        if options.only != "sandbox":
            figures += app_vs_bare(options.bin_dir, options.runs)
    except BenchError as error:
        print(f"bench: FAILED: {error}", file=sys.stderr)
        return 1
    for name, value, unit in figures:
        print(f"BENCH {name} {value} {unit}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
