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
  startup.cached_dashboard_ms, startup.cached_dashboard_online_ms, startup.cached_dashboard_over_bare_qt
      launch of `sellerpulse --server <sandbox> --profile <P> --smoke-test --smoke-dashboard` to its
      "dashboard shown with figures" line, with a remembered session and a synced cache of
      --cached-orders orders (made once per run of this script by bench_startup_profile, in this
      keychain session): with the server unreachable (the sandbox stopped: its port is closed) and
      with it reachable (the sandbox running again on the same port); against launch of
      `bench_bare_window` to its "shown" line, alternated run by run; medians. The ratio is the
      unreachable figure over the bare one (goal: <= 4).
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
PREPARE_TIMEOUT_S = 1800
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


def time_to_line(command, marker):
    """Ms from launch to the stdout line containing `marker`; then waits for a clean exit (0)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, preexec_fn=die_with_parent)
    watchdog = threading.Timer(RUN_TIMEOUT_S, process.kill)
    watchdog.start()
    elapsed_ms = None
    try:
        for line in process.stdout:
            if elapsed_ms is None and marker in line:
                elapsed_ms = (time.perf_counter() - started) * 1000.0
        process.wait()
        stderr = process.stderr.read()
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
    if process.returncode != 0 or elapsed_ms is None:
        tail = (stderr.strip().splitlines() or ["(no stderr)"])[-5:]
        raise BenchError(f"{' '.join(command)} exited with {process.returncode}"
                         f"{'' if elapsed_ms is not None else ' without printing ' + repr(marker)}:\n  "
                         + "\n  ".join(tail))
    return elapsed_ms


class Sandbox:
    """sellerpulse-sandbox on a loopback port, stoppable and restartable on that port with its data."""

    def __init__(self, binary, data_dir, orders):
        self.binary, self.data_dir, self.orders = binary, data_dir, orders
        self.port, self.process, self.fields = 0, None, {}

    def start(self):
        command = [self.binary, "--port", str(self.port), "--data-dir", self.data_dir,
                   "--demo-orders", str(self.orders)]
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, preexec_fn=die_with_parent)
        watchdog = threading.Timer(PREPARE_TIMEOUT_S, self.process.kill)
        watchdog.start()
        try:
            for line in self.process.stdout:
                if line.startswith("SANDBOX "):
                    for field in line.split()[1:]:
                        key, _, value = field.partition("=")
                        self.fields[key] = value
                if line.startswith("SANDBOX ready"):
                    self.port = int(self.fields["url"].rsplit(":", 1)[1].strip("/"))
                    return
        finally:
            watchdog.cancel()
        raise BenchError(f"{self.binary} exited before printing 'SANDBOX ready' (exit {self.process.poll()})")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def cached_dashboard(bin_dir, runs, orders):
    app = require(os.path.join(bin_dir, "sellerpulse"))
    bare = require(os.path.join(bin_dir, "bench_bare_window"))
    prepare = require(os.path.join(bin_dir, "bench_startup_profile"))
    work = tempfile.mkdtemp(prefix="sp-bench-cached-")
    sandbox = Sandbox(require(os.path.join(bin_dir, "sellerpulse-sandbox")), os.path.join(work, "sandbox"), orders)
    profile = os.path.join(work, "profile")
    try:
        sandbox.start()
        url, cert = sandbox.fields["url"], sandbox.fields["cert"]
        print(f"# making a profile with a synced cache of {orders} orders (minutes)", file=sys.stderr)
        done = subprocess.run([prepare, "--server", url, "--ca-file", cert, "--profile", profile,
                               "--email", sandbox.fields["demo-email"]],
                              input=sandbox.fields["demo-password"] + "\n", capture_output=True, text=True,
                              timeout=PREPARE_TIMEOUT_S, preexec_fn=die_with_parent)
        if done.returncode != 0:
            raise BenchError(f"bench_startup_profile failed: {done.stderr.strip()}")
        print("# " + done.stdout.strip(), file=sys.stderr)
        command = [app, "--server", url, "--ca-file", cert, "--profile", profile, "--smoke-test", "--smoke-dashboard"]
        marker = "sellerpulse: dashboard shown with figures after"
        bare_marker = "bench_bare_window: main window shown after"
        figures = {"offline": [], "online": []}
        bare_ms = []
        for mode in ("offline", "online"):
            if mode == "offline":
                sandbox.stop()  # its port is closed now
            else:
                sandbox.start()  # the same port and data: the remembered session's origin
            # The profile's sync and the sandbox's stop leave the disk writing back (the bare window took
            # 26-28 ms then instead of 16-19): flushed first. One untimed run of each side then loads both
            # programs' files into the page cache, as a seller's second start finds them.
            os.sync()
            time_to_line([bare], bare_marker)
            time_to_line(command, marker)
            for run in range(runs):
                bare_ms.append(time_to_line([bare], bare_marker))
                figures[mode].append(time_to_line(command, marker))
                print(f"# cached dashboard, server {'unreachable' if mode == 'offline' else 'reachable'}, "
                      f"run {run + 1}/{runs}: {figures[mode][-1]:.0f} ms, bare Qt {bare_ms[-1]:.0f} ms",
                      file=sys.stderr)
    finally:
        sandbox.stop()
        shutil.rmtree(work, ignore_errors=True)
    offline, online = statistics.median(figures["offline"]), statistics.median(figures["online"])
    bare_median = statistics.median(bare_ms)
    return [("startup.cached_dashboard_ms", f"{offline:.0f}", "ms"),
            ("startup.cached_dashboard_online_ms", f"{online:.0f}", "ms"),
            ("startup.cached_dashboard_bare_qt_ms", f"{bare_median:.0f}", "ms"),
            ("startup.cached_dashboard_over_bare_qt", f"{offline / bare_median:.2f}", "ratio")]


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
    parser.add_argument("--only", choices=["app", "sandbox", "cached"], help="run one group of figures")
    parser.add_argument("--cached-orders", type=int, default=200000,
                        help="orders in the cache of the cached-dashboard figures (default 200000)")
    options = parser.parse_args()
    if options.runs < 1:
        parser.error("--runs must be at least 1")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("bench: warning: no D-Bus session; run under scripts/with-keyring.sh", file=sys.stderr)
    try:
        figures = []
        if options.only in (None, "sandbox"):
            figures += sandbox_ready(options.bin_dir, options.runs)
        if options.only in (None, "app"):
            figures += app_vs_bare(options.bin_dir, options.runs)
        if options.only in (None, "cached"):
            figures += cached_dashboard(options.bin_dir, options.runs, options.cached_orders)
    except BenchError as error:
        print(f"bench: FAILED: {error}", file=sys.stderr)
        return 1
    for name, value, unit in figures:
        print(f"BENCH {name} {value} {unit}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
