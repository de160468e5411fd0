"""Fixtures for the outside judges (testssl.sh, sslscan, slowhttptest): a real
gateway from the e2e harness (gw.py), certificates from certs/gen.sh."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from gw import REPO, Certs, Gateway  # noqa: E402


def need(tool, package):
    path = shutil.which(tool)
    if not path:
        pytest.fail(f"{tool} is not installed (Debian package {package}); run make deps")
    return path


@pytest.fixture(scope="session")
def certs(tmp_path_factory):
    d = tmp_path_factory.mktemp("certs")
    r = subprocess.run(["sh", str(REPO / "certs" / "gen.sh"), str(d)],
                       capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode == 0, f"certs/gen.sh failed:\n{r.stdout}\n{r.stderr}"
    return Certs(d)


@pytest.fixture
def start_gw(certs, tmp_path):
    started = []

    def start(name="gw", **kw):
        gw = Gateway(certs, tmp_path / name, **kw)
        started.append(gw)
        return gw.start()

    yield start
    problems = [p for p in (gw.finish() for gw in started) if p]
    if problems:
        pytest.fail("\n".join(problems))
