#!/usr/bin/python3
"""cgload.py PORT PATH N PID CERT KEY CA [POOL]: keep-alive load for a
callgrind profile of only the request path. Opens 4 mTLS connections and
sends one request on each (handshakes and warm-up are not measured), turns
callgrind's collection on in PID, sends N requests round robin (POST
/v1/authorize bodies with the tokens of POOL, "TOKEN SUB" lines, when given;
else GET PATH), turns it off and prints "requests=N statuses={...}"."""
import http.client
import json
import socket
import ssl
import subprocess
import sys
from collections import Counter

port, path, n, pid, cert, key, ca = (int(sys.argv[1]), sys.argv[2], int(sys.argv[3]),
                                     sys.argv[4], *sys.argv[5:8])
pool = []
if len(sys.argv) > 8:
    with open(sys.argv[8]) as f:
        pool = [line.split() for line in f if line.strip()]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_cert_chain(cert, key)
ctx.load_verify_locations(ca)


class Conn(http.client.HTTPSConnection):
    def connect(self):
        s = socket.create_connection(("127.0.0.1", port), 60)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = ctx.wrap_socket(s, server_hostname="localhost")


def one(c, i):
    if pool:
        tok, sub = pool[i % len(pool)]
        body = json.dumps({"action": "conversation:read", "purpose": "ticket:4711",
                           "resource": {"type": "conversation", "id": "c-1",
                                        "labels": {"assignee": f"user:corp/{sub}"},
                                        "consent": {"human_review": True}, "legal_hold": False}})
        c.request("POST", path, body=body, headers={"Authorization": f"Bearer {tok}",
                                                     "Content-Type": "application/json"})
    else:
        c.request("GET", path)
    r = c.getresponse()
    r.read()
    return r.status


conns = [Conn("localhost", port, context=ctx, timeout=60) for _ in range(4)]
for i, c in enumerate(conns):
    c.request("GET", "/v1/whoami")
    c.getresponse().read()
subprocess.run(["callgrind_control", "-i", "on", pid], capture_output=True, check=True)
st = Counter(one(conns[i % 4], i) for i in range(n))
subprocess.run(["callgrind_control", "-i", "off", pid], capture_output=True, check=True)
print(f"requests={n} statuses={dict(st)}")
