"""custos(8) stays true to the binary: it passes mandoc's linter, and names
every command the binary answers and every configuration key and section
config.c knows (parsed from its key table, so a new key without its manual
entry fails here)."""

import re
import shutil
import subprocess

import pytest

from gw import REPO
from test_cli import COMMANDS

MAN = REPO / "docs" / "custos.8"


def rendered():
    """The page as man(1) shows it, plain text."""
    r = subprocess.run(["man", "-l", "-P", "cat", str(MAN)], capture_output=True, text=True,
                       timeout=30, check=False, env={"MANWIDTH": "200", "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    return re.sub(r".\x08", "", r.stdout)


def config_table():
    """{section: {key}} from the key table in the gateway's config.c."""
    srcs = list((REPO / "gateway").rglob("config.c"))
    assert srcs, "gateway/**/config.c not found"
    text = srcs[0].read_text()
    keys = {}
    for sec, name in re.findall(r'\{"(\w+)", "(\w+)", K_[A-Z]+,', text):
        keys.setdefault(sec, set()).add(name)
    # [limits], [detect] and [alerts] are the detection module's (dconf.c)
    dconf = (REPO / "gateway" / "detect" / "dconf.c").read_text()
    for sec, name in re.findall(r'\{"(\w+)", "(\w+)", T_[A-Z0-9]+,', dconf):
        keys.setdefault(sec, set()).add(name)
    m = re.search(r"known_sections\[\] = \{([^}]*)\}", text)
    for sec in re.findall(r'"(\w+)"', m.group(1)):
        keys.setdefault(sec, set())
    assert "server" in keys and "listen" in keys["server"], keys
    return keys


def test_manpage_passes_mandoc_lint():
    if not shutil.which("mandoc"):
        pytest.fail("mandoc is not installed; run make deps")
    r = subprocess.run(["mandoc", "-T", "lint", "-W", "warning", str(MAN)],
                       capture_output=True, text=True, timeout=30, check=False)
    assert r.returncode == 0, r.stdout + r.stderr


def test_manpage_names_every_command():
    text = rendered()
    for cmd in COMMANDS:
        assert re.search(r"custos " + r" ".join(cmd) + r"\b", text), cmd


def test_manpage_names_every_config_section_and_key():
    text = rendered()
    for sec, names in config_table().items():
        assert f"[{sec}]" in text, f"section [{sec}] is not in custos(8)"
        # the key's entry: "name = " inside the section's part of the page
        part = text.split(f"[{sec}]", 1)[1]
        for name in names:
            assert re.search(rf"^\s+{re.escape(name)} = ", part, re.M), \
                f"[{sec}] {name} is not in custos(8)"
    for key in ("iss", "audience", "algorithms", "key_file", "jwks_file", "groups_claim",
                "leeway_s"):
        assert re.search(rf"^\s+{key} = ", text, re.M), f"[issuer:NAME] {key}"
