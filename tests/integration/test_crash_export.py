"""A kill during an export leaves no file or a complete, verifiable one (never a torn file)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TRIALS = 12


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DIGITUKI_HOME", None)
    return env


def _verify(path: Path) -> None:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), path.name
    elif path.suffix == ".xlsx":
        from openpyxl import load_workbook

        assert load_workbook(io.BytesIO(data), read_only=True).sheetnames
    elif path.suffix == ".csv":
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert rows and rows[0][0] == "period"
    elif path.suffix == ".json":
        from digituki.core.exports.bundle import checksum_of, validate_bundle

        document = json.loads(data)
        validate_bundle(document)
        assert checksum_of(document) == document["checksum"]["value"]
    else:
        raise AssertionError(f"unexpected file {path.name}")


def test_sigkill_during_export_leaves_no_torn_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = subprocess.run(
        [sys.executable, "-m", "digituki", "demo", "--data-dir", str(data), "--months", "2"],
        env=_env(), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    rng = random.Random(11)
    complete = torn_free = 0
    for trial in range(TRIALS):
        out = tmp_path / f"out{trial}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "digituki", "export", "--month", month,
             "--format", "pdf,xlsx,csv,bundle", "--out", str(out), "--data-dir", str(data)],
            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.2, 1.8))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        files = [p for p in out.glob("*") if not p.name.startswith(".")] if out.exists() else []
        for path in files:
            _verify(path)  # every file that has its final name is whole
        torn_free += 1
        complete += len(files) == 4
    assert torn_free == TRIALS
    print(f"{TRIALS} exports killed at random moments; {complete} had finished; no torn file")
