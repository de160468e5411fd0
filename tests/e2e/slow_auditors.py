"""slow_auditors: N connections with an auditor's certificate, each
pipelining GET /v1/audit?limit=200 and reading its answers slowly, for
SECONDS. Run as a separate process (its own GIL) by test_heavy_reads.py and
`make check-external`:

    slow_auditors.py PORT CERTDIR CERT N SECONDS PIPELINE

Prints a line `ready N` once its N connections are made (the attack's
SECONDS count from then, so a slow start on a loaded machine shortens
nothing), then one JSON line: connections made, bytes read, and the
statuses seen at the start of the answers it read (200, 429, 503)."""

import json
import os
import re
import selectors
import socket
import ssl
import sys
import time


def main():
    # A real attacker's CPU is its own; here it shares the gateway's cores,
    # so it yields them (what is measured is the gateway, not this script).
    os.nice(19)
    port, certdir, cert, n, seconds, pipeline = sys.argv[1:7]
    n, seconds, pipeline = int(n), float(seconds), int(pipeline)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=f"{certdir}/ca.crt")
    ctx.load_cert_chain(f"{certdir}/{cert}.crt", f"{certdir}/{cert}.key")
    req = b"GET /v1/audit?limit=" + os.environ.get("AUDIT_LIMIT", "200").encode() + b" HTTP/1.1\r\nHost: localhost\r\n\r\n"
    sel = selectors.DefaultSelector()
    socks, made = [], 0
    setup_end = time.monotonic() + max(60.0, seconds)
    for _ in range(n):
        if time.monotonic() > setup_end:
            break
        try:
            s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", int(port)), 5),
                                server_hostname="localhost")
            s.sendall(req * pipeline)
            s.setblocking(False)
            sel.register(s, selectors.EVENT_READ)
            socks.append(s)
            made += 1
        except OSError:
            pass
    print(f"ready {made}", flush=True)
    end = time.monotonic() + seconds
    statuses, nbytes = {}, 0
    # Slowly: 2 KiB per readable connection every 50 ms; each answer read is
    # followed by another request, so the pipeline stays full.
    while time.monotonic() < end and socks:
        for key, _ in sel.select(0.05):
            s = key.fileobj
            try:
                data = s.recv(2048)
            except ssl.SSLWantReadError:
                continue
            except OSError:
                data = b""
            if not data:
                sel.unregister(s)
                socks.remove(s)
                s.close()
                continue
            nbytes += len(data)
            for m in re.finditer(rb"HTTP/1\.1 (\d{3}) ", data):
                statuses[m.group(1).decode()] = statuses.get(m.group(1).decode(), 0) + 1
                try:
                    s.send(req)
                except (ssl.SSLWantWriteError, OSError):
                    pass
        time.sleep(0.05)
    for s in socks:
        s.close()
    print(json.dumps({"connections": made, "bytes": nbytes, "statuses": statuses}))


if __name__ == "__main__":
    main()
