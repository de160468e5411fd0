"""Fixtures for the custos end-to-end tests (see gw.py for the harness).

certs      session: certs/gen.sh run once into a temp dir
start_gw   function: start_gw(name="gw", **Gateway kwargs) starts a gateway with its
           own config; every gateway started is stopped at teardown
shared_gw  module: one default gateway for tests that do not change its state
"""

import os
import subprocess

import pytest

from gw import REPO, Certs, Gateway, custos_bin


@pytest.fixture(scope="session")
def custos():
    path = custos_bin()
    assert os.access(path, os.X_OK), f"no custos binary at {path} (set CUSTOS_BIN)"
    return path


@pytest.fixture(scope="session")
def certs(tmp_path_factory):
    d = tmp_path_factory.mktemp("certs")
    r = subprocess.run(["sh", str(REPO / "certs" / "gen.sh"), str(d)],
                       capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode == 0, f"certs/gen.sh failed:\n{r.stdout}\n{r.stderr}"
    return Certs(d)


@pytest.fixture
def start_gw(custos, certs, tmp_path):
    started = []

    def start(name="gw", wait=True, **kw):
        gw = Gateway(certs, tmp_path / name, **kw)
        started.append(gw)
        return gw.start(wait=wait)

    yield start
    for gw in started:
        gw.stop()


@pytest.fixture(scope="module")
def shared_gw(custos, certs, tmp_path_factory):
    gw = Gateway(certs, tmp_path_factory.mktemp("shared-gw"))
    try:
        gw.start()
        yield gw
    finally:
        gw.stop()
