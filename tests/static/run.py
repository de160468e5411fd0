#!/usr/bin/python3
"""make check-static: clang's static analyzer (scan-build) and cppcheck over
base/, db/, gateway/ and policy/. Every report must be explained in
tests/static/suppressions.txt; an explanation that matches no report is an
error too, so the file stays true as the code changes.

A report is matched by tool, check, file name and the text of the flagged
source line (whitespace collapsed), not by line number, so unrelated edits
do not invalidate the file. Usage: run.py OUTDIR"""

import glob
import os
import plistlib
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SUPP = os.path.join(REPO, "tests", "static", "suppressions.txt")
DIRS = ("base", "db", "gateway", "policy")
# Include directories: every module folder (gateway/<layer>/ each).
INCLUDES = [os.path.join(REPO, d) for d in ("base", "db", "policy")] + sorted(
    d for d in glob.glob(os.path.join(REPO, "gateway", "*")) if os.path.isdir(d))


def src_line(path, line):
    try:
        with open(path, errors="replace") as f:
            for i, text in enumerate(f, 1):
                if i == line:
                    return " ".join(text.split())
    except OSError:
        pass
    return ""


def rel(path):
    return os.path.relpath(os.path.realpath(path), REPO)


def in_scope(path):
    return rel(path).split(os.sep)[0] in DIRS


def scan_build(out):
    """[(tool, check, file, line, code, message)] from clang's analyzer."""
    build, reports = os.path.join(out, "scan-build-tree"), os.path.join(out, "scan-build")
    shutil.rmtree(build, ignore_errors=True)
    shutil.rmtree(reports, ignore_errors=True)
    script = (f"cmake -S {REPO} -B {build} -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=OFF "
              f">/dev/null && cmake --build {build} -j 2 --target custos")
    r = subprocess.run(["scan-build-14", "--use-cc=clang-14", "-plist", "-o", reports,
                        "sh", "-c", script], capture_output=True, text=True, check=False)
    if r.returncode != 0:
        sys.exit(f"scan-build failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    found = []
    for p in glob.glob(os.path.join(reports, "**", "*.plist"), recursive=True):
        with open(p, "rb") as f:
            data = plistlib.load(f)
        files = data.get("files", [])
        for d in data.get("diagnostics", []):
            loc = d["location"]
            path = files[loc["file"]]
            if in_scope(path):
                found.append(("scan-build", d["check_name"], rel(path), loc["line"],
                              src_line(path, loc["line"]), d["description"]))
    return found


def cppcheck(out):
    """[(tool, check, file, line, code, message)] from cppcheck."""
    xml = os.path.join(out, "cppcheck.xml")
    # jansson's iteration macros must be known, or cppcheck stops at them.
    args = ["cppcheck", "--enable=warning,performance,portability", "--std=c11", "-j", "2",
            "-D_GNU_SOURCE", "-D__GNUC__", '-DCUSTOS_VERSION="0"',
            "--include=/usr/include/jansson.h", "--xml", "--output-file=" + xml,
            *[f"-I{d}" for d in INCLUDES],
            *[os.path.join(REPO, d) for d in DIRS]]
    r = subprocess.run(args, capture_output=True, text=True, check=False)
    if r.returncode != 0:
        sys.exit(f"cppcheck failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    found = []
    for e in ET.parse(xml).getroot().iter("error"):
        loc = e.find("location")
        if loc is None:
            found.append(("cppcheck", e.get("id"), "-", 0, "", e.get("msg")))
            continue
        path = loc.get("file")
        if in_scope(path):
            line = int(loc.get("line"))
            found.append(("cppcheck", e.get("id"), rel(path), line, src_line(path, line),
                          e.get("msg")))
    return found


def suppressions():
    out = []
    with open(SUPP) as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" | ")]
            if len(parts) != 5 or not parts[4]:
                sys.exit(f"{SUPP}:{n}: want 'tool | check | file | code | reason'")
            out.append((n, parts))
    return out


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "build-static"))
    os.makedirs(out, exist_ok=True)
    t0 = time.monotonic()
    found = scan_build(out)
    t1 = time.monotonic()
    found += cppcheck(out)
    t2 = time.monotonic()
    supp = suppressions()
    used, unexplained = set(), []
    for tool, check, path, line, code, msg in sorted(set(found)):
        hit = [n for n, (t, c, f, s, _why) in supp
               if t == tool and c == check and os.path.basename(path) == f and s == code]
        if hit:
            used.update(hit)
        else:
            unexplained.append(f"{path}:{line}: [{tool} {check}] {msg}\n    {code}")
    stale = [f"{SUPP}:{n}: matches no report: {' | '.join(p[:4])}"
             for n, p in supp if n not in used]
    explained = len(found) - len(unexplained)
    print(f"check-static: scan-build {t1 - t0:.0f} s, cppcheck {t2 - t1:.0f} s; "
          f"{len(found)} reports, {explained} explained in tests/static/suppressions.txt, "
          f"{len(unexplained)} unexplained, {len(stale)} stale explanations")
    for u in unexplained + stale:
        print(u)
    sys.exit(1 if unexplained or stale else 0)


if __name__ == "__main__":
    main()
