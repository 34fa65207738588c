"""AT-SPI client for tests/gui/test_atspi_smoke.py: run with the system Python (python3-pyatspi).

Waits until an application named Digituki shows the expected nodes (argv[2]: a JSON file
listing [role, name] pairs) on the accessibility bus and its tree stops changing (the app builds
its areas one by one after start-up), then prints every accessible node as JSON
[role, name, depth] — what a screen reader such as Orca can see.
"""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]


def walk(acc, depth=0, out=None):  # type: ignore[no-untyped-def]
    out = [] if out is None else out
    try:
        out.append((acc.getRoleName(), acc.name, depth))
        count = acc.childCount
    except Exception:  # a node that went away while walking
        return out
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:  # went away meanwhile: its siblings are still walked
            continue
        if child is not None and depth < 40:
            walk(child, depth + 1, out)
    return out


def main() -> None:
    deadline = time.time() + float(sys.argv[1] if len(sys.argv) > 1 else 30)
    expected = set()
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as handle:
            expected = {tuple(pair) for pair in json.load(handle)}
    found: list = []
    names: list = []
    previous = -1
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        apps = [a for a in apps if a is not None and a.name == "Digituki"]
        names = [a.name for a in apps]
        found = [node for app in apps for node in walk(app)]
        seen = {(role, name) for role, name, _depth in found}
        buttons = sum(role == "push button" for role, _name, _depth in found)
        if buttons > 20 and expected <= seen and len(found) == previous:
            break
        previous = len(found)
        time.sleep(1)
    print("ATSPI-JSON " + json.dumps({"apps": names, "nodes": found}))


if __name__ == "__main__":
    main()
