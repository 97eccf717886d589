"""rjdesk benchmarks (`make bench`). Results print as Markdown and are written to bench/results/.

Timed tests are never part of the test suite; numbers belong here and in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import scale, startup


def main() -> int:
    results = {
        "machine": f"{platform.node()} {platform.machine()} {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d"),
        "startup": startup.run(),
        "scale": scale.run(),  # BENCH_VICTIMS (default 100,000), BENCH_BACKENDS, BENCH_IMPORT_ROWS
    }
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(results, indent=2))
    print(startup.as_markdown(results["startup"]))
    print()
    print(scale.as_markdown(results["scale"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
