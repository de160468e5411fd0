"""The package tests reuse the e2e harness (gw.py, sdnotify.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
