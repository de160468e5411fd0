"""The command line as an operator meets it: --help for every command and
group (stdout, exit 0), usage errors (stderr, exit 2), `custos keys init`,
and the bash completion script (run in a real bash with bash-completion)."""

import base64
import os
import shutil
import stat
import subprocess

import pytest

from gw import REPO, Gateway, run_custos

# Every command and group subcommand, as `custos --help` lists them.
COMMANDS = [
    ["serve"], ["check-config"], ["version"],
    ["policy"], ["policy", "validate"], ["policy", "import"], ["policy", "export"],
    ["policy", "test"],
    ["audit"], ["audit", "verify"], ["audit", "head"],
    ["retention"], ["retention", "sweep"],
    ["keys"], ["keys", "init"], ["keys", "rotate"], ["keys", "rewrap"], ["keys", "status"],
]
COMPLETION = REPO / "dist" / "custos.bash-completion"
BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"


def test_top_level_help_lists_every_command_and_exits_0():
    for args in (["--help"], ["-h"], ["help"]):
        r = run_custos(*args)
        assert r.returncode == 0, r
        assert r.stderr == ""
        for cmd in ("serve", "check-config", "policy", "audit", "retention", "keys",
                    "version"):
            assert f"\n  {cmd} " in r.stdout, (cmd, r.stdout)


@pytest.mark.parametrize("cmd", COMMANDS, ids=" ".join)
def test_every_command_answers_help_on_stdout(cmd):
    for flag in ("--help", "-h"):
        r = run_custos(*cmd, flag)
        assert r.returncode == 0, (cmd, flag, r)
        assert r.stdout.startswith("usage:"), r.stdout
        assert f"custos {cmd[0]}" in r.stdout
        if len(cmd) == 2:
            assert f"custos {cmd[0]} {cmd[1]}" in r.stdout
        assert r.stderr == ""
    # `custos help CMD` is the same text
    assert run_custos("help", cmd[0]).stdout == run_custos(cmd[0], "--help").stdout


@pytest.mark.parametrize("args", [[], ["bogus"], ["serve"], ["keys"], ["keys", "init"],
                                  ["keys", "init", "--dir", "a", "--config", "b"],
                                  ["retention", "purge"], ["audit", "tail"],
                                  ["help", "bogus"]],
                         ids=lambda a: " ".join(a) or "nothing")
def test_usage_errors_exit_2_on_stderr(args):
    r = run_custos(*args)
    assert r.returncode == 2, r
    assert r.stdout == ""
    assert "usage:" in r.stderr


def _mode(p):
    return stat.S_IMODE(os.stat(p).st_mode)


def test_keys_init_makes_three_owner_only_keys_and_never_replaces_one(tmp_path):
    d = tmp_path / "keys"
    r = run_custos("keys", "init", "--dir", str(d))
    assert r.returncode == 0, r
    assert _mode(d) == 0o700
    before = {}
    for name in ("master", "audit", "pseudonym"):
        p = d / f"{name}.key"
        assert f"created {p}" in r.stdout
        assert _mode(p) == 0o600
        raw = base64.b64decode(p.read_text().strip(), validate=True)
        assert len(raw) == 32
        before[name] = p.read_bytes()
    assert len(set(before.values())) == 3, "three distinct keys"
    # again: every key kept byte for byte
    r = run_custos("keys", "init", "--dir", str(d))
    assert r.returncode == 0, r
    assert r.stdout.count("kept ") == 3
    for name, data in before.items():
        assert (d / f"{name}.key").read_bytes() == data
    # a damaged key is reported, not replaced
    (d / "audit.key").write_text("not a key\n")
    r = run_custos("keys", "init", "--dir", str(d))
    assert r.returncode == 1, r
    assert "audit.key exists but is not a usable key" in r.stderr
    assert (d / "audit.key").read_text() == "not a key\n"


def test_keys_init_from_config_makes_the_files_a_gateway_starts_with(certs, tmp_path):
    gw = Gateway(certs, tmp_path / "gw")
    gw.overrides = {"keys": {"master_key_file": "./fresh/m.key",
                             "audit_key_file": "./fresh/a.key",
                             "pseudonym_key_file": "./fresh/p.key"}}
    cfg = gw.write_config()
    r = run_custos("check-config", "--config", str(cfg))
    assert r.returncode == 1 and "m.key" in r.stderr, r
    r = run_custos("keys", "init", "--config", str(cfg))
    assert r.returncode == 0, r
    assert _mode(gw.dir / "fresh") == 0o700
    for k in ("m", "a", "p"):
        assert _mode(gw.dir / "fresh" / f"{k}.key") == 0o600
    r = run_custos("check-config", "--config", str(cfg))
    assert r.returncode == 0, r
    try:
        gw.start()
        assert gw.get("/v1/whoami").status == 200
    finally:
        assert gw.stop() == 0


def _complete(line):
    """The words bash completion offers for LINE (the cursor at its end)."""
    if not shutil.which("bash") or not os.path.exists(BASH_COMPLETION):
        pytest.fail(f"bash-completion is not installed ({BASH_COMPLETION}); run make deps")
    words = line.split(" ")
    script = (f"source {BASH_COMPLETION}\nsource {COMPLETION}\n"
              f"COMP_WORDS=({' '.join(repr(w) for w in words)})\n"
              f"COMP_CWORD={len(words) - 1}\nCOMP_LINE={line!r}\nCOMP_POINT={len(line)}\n"
              "_custos custos\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    r = subprocess.run(["bash", "--norc", "--noprofile", "-c", script], capture_output=True,
                       text=True, timeout=10, check=False)
    assert r.returncode == 0, r
    return sorted(w for w in r.stdout.split("\n") if w)


def test_bash_completion_offers_commands_subcommands_and_options():
    assert _complete("custos ") == sorted(["serve", "check-config", "policy", "audit",
                                           "retention", "keys", "version", "help",
                                           "--help", "--version"])
    assert _complete("custos po") == ["policy"]
    assert _complete("custos policy ") == ["--help", "export", "import", "test", "validate"]
    assert _complete("custos audit v") == ["verify"]
    assert _complete("custos audit verify --") == ["--anchor", "--config", "--data",
                                                   "--help", "--key"]
    assert _complete("custos keys ") == ["--help", "init", "rewrap", "rotate", "status"]
    assert _complete("custos keys rotate ") == ["audit", "master", "pseudonym"]
    assert _complete("custos keys init --d") == ["--dir"]
    assert _complete("custos serve --c") == ["--config"]
    assert _complete("custos help re") == ["retention"]


def test_bash_completion_knows_every_command_the_binary_has():
    """A command added to the binary without its completion fails here."""
    for cmd in COMMANDS:
        line = "custos " + " ".join(cmd[:-1]) + (" " if len(cmd) > 1 else "") + cmd[-1][:3]
        assert cmd[-1] in _complete(line.replace("  ", " ")), cmd
