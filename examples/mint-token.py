#!/usr/bin/python3
"""Mints a demo identity-provider token with python3-jwt (an implementation
independent of the gateway's). Usage: mint-token.py KEY.pem SUB [GROUP...]"""
import sys
import time

import jwt

key_path, sub, groups = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(key_path, "rb") as f:
    key = f.read()
now = int(time.time())
claims = {"iss": "https://idp.example.test", "aud": "custos", "sub": sub,
          "iat": now, "nbf": now, "exp": now + 600, "groups": groups,
          "jti": f"demo-{sub}-{now}"}
print(jwt.encode(claims, key, algorithm="RS256"))
