"""The console in a real browser against a real OpenID provider
(tests/browser/README.md): Debian's chromium driven by puppeteer-core,
oidc-provider on 127.0.0.1 over HTTPS, the real gateway."""

from console_world import console_world  # noqa: F401 (the fixture)


def test_harness_runs_a_case_against_the_console(console_world):  # noqa: F811
    w = console_world(signin=False)
    res = w.run_case("smoke")
    assert res["violations"] == []
    assert res["shot"].endswith("privacy.png")
