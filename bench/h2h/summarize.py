#!/usr/bin/python3
"""summarize.py RESULTS.csv [--all]: the ratio table of issue 13 (custos vs
nginx static 200 over mTLS, medians of the repetitions of bench/h2h/run.sh),
and with --all every scenario's medians. Only ratios measured side by side
travel between machines; absolute figures move 2x between runs here."""
import csv
import statistics
import sys
from collections import defaultdict

rows = list(csv.DictReader(open(sys.argv[1])))
groups = defaultdict(list)
for r in rows:
    groups[(r["scen"], r["variant"], r["server"], r["pin"], r["conns"])].append(r)


def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def med(scen, var, srv, pin, conns, field):
    """Median of FIELD over the repetitions, or None."""
    vals = [num(r.get(field)) for r in groups.get((scen, var, srv, pin, str(conns)), [])]
    vals = [v for v in vals if v is not None]
    return statistics.median(vals) if vals else None


def kv_med(scen, var, srv, key):
    """Median of KEY=VALUE in the 'extra' column over the repetitions."""
    vals = []
    for k, rs in groups.items():
        if k[0] == scen and k[1] == var and k[2] == srv:
            for r in rs:
                for item in r["extra"].split():
                    name, _, value = item.partition("=")
                    if name == key and num(value) is not None:
                        vals.append(num(value))
    return statistics.median(vals) if vals else None


def f(v, unit=""):
    if v is None:
        return "-"
    return f"{v:,.0f}{unit}" if abs(v) >= 100 else f"{v:.1f}{unit}"


def ratio(a, b):
    return f"{a / b:.2f}x" if a is not None and b else "-"


def errors(scen, var, srv):
    n = 0
    for k, rs in groups.items():
        if k[0] == scen and k[1] == var and k[2] == srv:
            n += sum(int(num(r["errors"]) or 0) + int(num(r["non2xx"]) or 0) for r in rs)
    return n


out = []
out.append("| measure | nginx | custos | ratio | goal |")
out.append("|---|---|---|---|---|")
for c in (16, 64):
    n = med("s1", "allow", "nginx", "pin", c, "us_per_req")
    w = med("s1", "whoami", "custos", "pin", c, "us_per_req")
    a = med("s1", "authorize_rs256_cached", "custos", "pin", c, "us_per_req")
    out.append(f"| server CPU per keep-alive request, pinned, {c} conns: `GET /v1/whoami` vs static 200 "
               f"| {f(n, ' µs')} | {f(w, ' µs')} | {ratio(w, n)} | <= 1.3x |")
    out.append(f"| server CPU per audited `POST /v1/authorize` (cached token), pinned, {c} conns, vs static 200 "
               f"| {f(n, ' µs')} | {f(a, ' µs')} | {ratio(a, n)} | <= 2x |")
n99 = med("s1", "allow", "nginx", "pin", 64, "p99_us")
a99 = med("s1", "authorize_rs256_cached", "custos", "pin", 64, "p99_us")
w99 = med("s1", "whoami", "custos", "pin", 64, "p99_us")
out.append(f"| p99 latency, 64 conns, pinned: authorize | {f(n99 and n99 / 1000, ' ms')} | "
           f"{f(a99 and a99 / 1000, ' ms')} | {ratio(a99, n99)} | <= 2x |")
out.append(f"| p99 latency, 64 conns, pinned: whoami | {f(n99 and n99 / 1000, ' ms')} | "
           f"{f(w99 and w99 / 1000, ' ms')} | {ratio(w99, n99)} | |")
for alg, ossl in (("rs256", "openssl_speed_rsa2048"), ("es256", "openssl_speed_ecdsap256")):
    vps = med("s2", ossl, "openssl", "pin", 0, "rps")
    verify_us = 1e6 / vps if vps else None
    un = med("s2", f"authorize_{alg}_uncached", "custos", "pin", 16, "us_per_req")
    ca = med("s2", f"authorize_{alg}_cached", "custos", "pin", 16, "us_per_req")
    extra = un - ca if un is not None and ca is not None else None
    out.append(f"| extra CPU of a token-cache miss, {alg.upper()} (uncached {f(un)} - cached {f(ca)} µs per "
               f"authorize, c16 pinned) vs one `openssl speed` verify | {f(verify_us, ' µs')} | "
               f"{f(extra, ' µs')} | {ratio(extra, verify_us)} | <= 1.3x |")
nr = med("s3", "close", "nginx", "pin", 16, "rps")
cr = med("s3", "close", "custos", "pin", 16, "rps")
nu = med("s3", "close", "nginx", "pin", 16, "us_per_req")
cu = med("s3", "close", "custos", "pin", 16, "us_per_req")
out.append(f"| new mTLS connection per request, pinned, c16: handshakes/s | {f(nr, '/s')} | {f(cr, '/s')} "
           f"| {ratio(cr, nr)} | >= 0.9x |")
out.append(f"| new mTLS connection per request: server CPU per connection | {f(nu, ' µs')} | {f(cu, ' µs')} "
           f"| {ratio(cu, nu)} | |")
nm = kv_med("s4", "idle1000_nginx-1w.conf", "nginx", "rss_1000_kB")
cm = kv_med("s4", "idle1000_custos-idle.ini", "custos", "rss_1000_kB")
out.append(f"| RSS with 1,000 idle mTLS connections (nginx: 1 worker + master) | {f(nm and nm / 1024, ' MB')} | "
           f"{f(cm and cm / 1024, ' MB')} | {ratio(cm, nm)} | <= 1.5x |")
# where it goes: library pages touched at start (file-backed) and memory per connection
nfb = kv_med("s4", "idle1000_nginx-1w.conf", "nginx", "file_base_kB")
cfb = kv_med("s4", "idle1000_custos-idle.ini", "custos", "file_base_kB")
nab = kv_med("s4", "idle1000_nginx-1w.conf", "nginx", "anon_base_kB")
cab = kv_med("s4", "idle1000_custos-idle.ini", "custos", "anon_base_kB")
naa = kv_med("s4", "idle1000_nginx-1w.conf", "nginx", "anon_1000_kB")
caa = kv_med("s4", "idle1000_custos-idle.ini", "custos", "anon_1000_kB")
if None not in (nfb, cfb, nab, cab, naa, caa):
    out.append(f"| of which, at start: file-backed (libraries) / anonymous | {f(nfb / 1024, ' MB')} / "
               f"{f(nab / 1024, ' MB')} | {f(cfb / 1024, ' MB')} / {f(cab / 1024, ' MB')} | | |")
    out.append(f"| of which, per idle connection (anonymous) | {f((naa - nab) / 1000, ' KB')} | "
               f"{f((caa - cab) / 1000, ' KB')} | {ratio(caa - cab, naa - nab)} | |")
print("\n".join(out))

bad = []
for k in groups:
    e = errors(k[0], k[1], k[2])
    if e and k[2] != "openssl":
        bad.append(f"{k[0]} {k[1]} {k[2]}: {e} errors/non-2xx")
if bad:
    print("\nerrors or non-2xx answers (the figures of these runs are suspect):")
    for b in sorted(set(bad)):
        print("  " + b)

if "--all" in sys.argv:
    print()
    print("| scen | variant | server | pin | conns | n | rps med | p50 µs | p99 µs | server CPU % | µs/req med (min-max) | extra (last) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for (scen, var, srv, pin, conns), rs in groups.items():
        if scen == "s4" or srv == "openssl":
            continue
        us = [num(r["us_per_req"]) for r in rs if num(r["us_per_req"]) is not None]
        print(f"| {scen} | {var} | {srv} | {pin} | {conns} | {len(rs)} | "
              f"{f(med(scen, var, srv, pin, conns, 'rps'))} | {f(med(scen, var, srv, pin, conns, 'p50_us'))} | "
              f"{f(med(scen, var, srv, pin, conns, 'p99_us'))} | {f(med(scen, var, srv, pin, conns, 'server_cpu_pct'))} | "
              f"{f(statistics.median(us) if us else None)} ({f(min(us) if us else None)}-{f(max(us) if us else None)}) | "
              f"{rs[-1]['extra']} |")
