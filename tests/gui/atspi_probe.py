"""AT-SPI client for tests/gui/test_atspi_smoke.py: run with the system Python (python3-pyatspi).

Waits until an application named Digituki shows push buttons on the accessibility bus, then prints
every accessible node as JSON [role, name, depth] — what a screen reader such as Orca can see.
"""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]


def walk(acc, depth=0, out=None):  # type: ignore[no-untyped-def]
    out = [] if out is None else out
    try:
        out.append((acc.getRoleName(), acc.name, depth))
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None and depth < 40:
                walk(child, depth + 1, out)
    except Exception:  # a node that went away while walking
        pass
    return out


def main() -> None:
    deadline = time.time() + float(sys.argv[1] if len(sys.argv) > 1 else 30)
    found: list = []
    names: list = []
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        apps = [a for a in apps if a is not None and a.name == "Digituki"]
        names = [a.name for a in apps]
        found = [node for app in apps for node in walk(app)]
        if sum(role == "push button" for role, _name, _depth in found) > 20:
            break
        time.sleep(1)
    print("ATSPI-JSON " + json.dumps({"apps": names, "nodes": found}))


if __name__ == "__main__":
    main()
