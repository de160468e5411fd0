"""sdnotify: a listener for the sd_notify protocol, as systemd runs one for a
Type=notify service: a unix datagram socket named by $NOTIFY_SOCKET whose
datagrams are "KEY=VALUE" lines, sent with the sender's credentials
(SO_PASSCRED), so the listener knows which process spoke.

Standard library only; used by the e2e and the package tests."""

import os
import select
import socket
import struct
import time

_CREDS = struct.Struct("iII")  # struct ucred: pid, uid, gid


class NotifyListener:
    """An abstract-namespace socket (no path to clean up, no length limit
    from deep temp dirs). env() is the environment entry for the child."""

    def __init__(self):
        self.name = f"@custos-notify-{os.getpid()}-{os.urandom(4).hex()}"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        self.sock.bind("\0" + self.name[1:])
        self.messages = []   # [(pid, uid, {key: value}, monotonic time received)]

    def env(self):
        return {"NOTIFY_SOCKET": self.name}

    def _read(self, timeout):
        r, _, _ = select.select([self.sock], [], [], max(timeout, 0))
        if not r:
            return False
        data, anc, _flags, _addr = self.sock.recvmsg(4096, socket.CMSG_SPACE(_CREDS.size))
        pid = uid = -1
        for level, kind, payload in anc:
            if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                pid, uid, _gid = _CREDS.unpack(payload[:_CREDS.size])
        fields = {}
        for line in data.decode("utf-8", "replace").split("\n"):
            if "=" in line:
                k, v = line.split("=", 1)
                fields[k] = v
        self.messages.append((pid, uid, fields, time.monotonic()))
        return True

    def wait(self, key, value="1", timeout=10.0, after=0):
        """Waits for a datagram with KEY=VALUE among messages[after:]; returns
        (index, pid, uid, fields) or None on timeout."""
        deadline = time.monotonic() + timeout
        i = after
        while True:
            while i < len(self.messages):
                pid, uid, fields, _t = self.messages[i]
                if fields.get(key) == value:
                    return i, pid, uid, fields
                i += 1
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self._read(left)

    def close(self):
        self.sock.close()
