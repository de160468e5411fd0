"""systemd readiness (Type=notify): the gateway tells its service manager
READY=1 once both listeners accept connections, RELOADING=1 then READY=1
around a SIGHUP reload, and STOPPING=1 when SIGTERM starts the drain. The
test plays the service manager: a datagram socket named by $NOTIFY_SOCKET."""

import signal

from gw import SLOW
from sdnotify import NotifyListener


def test_ready_reloading_and_stopping_reach_the_service_manager(start_gw, monkeypatch):
    lis = NotifyListener()
    try:
        monkeypatch.setenv("NOTIFY_SOCKET", lis.name)
        gw = start_gw(wait=False)
        got = lis.wait("READY", timeout=10 * SLOW)
        assert got, f"no READY=1 from the gateway\n{gw.log_tail()}"
        i, pid, _uid, fields = got
        assert pid == gw.proc.pid, "READY=1 must come from the main process"
        assert fields.get("STATUS", "").startswith("serving on 127.0.0.1:")
        # READY means ready: both listeners answer at once, no retry
        assert gw.ops_get("/readyz").status == 200
        assert gw.get("/v1/whoami").status == 200

        gw.signal(signal.SIGHUP)
        rel = lis.wait("RELOADING", timeout=5 * SLOW, after=i + 1)
        assert rel, f"no RELOADING=1 on SIGHUP: {lis.messages}"
        assert int(rel[3]["MONOTONIC_USEC"]) > 0
        again = lis.wait("READY", timeout=5 * SLOW, after=rel[0] + 1)
        assert again, f"no READY=1 after the reload: {lis.messages}"
        assert gw.get("/v1/whoami").status == 200

        assert gw.stop() == 0
        stop = lis.wait("STOPPING", timeout=1, after=again[0] + 1)
        assert stop, f"no STOPPING=1 on SIGTERM: {lis.messages}"
        assert stop[1] == gw.proc.pid
    finally:
        lis.close()
