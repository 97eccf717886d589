"""Files written for people (reports, certificates, invitations, exports): whole or not at all."""

from __future__ import annotations

from pathlib import Path


def write_whole(path: Path | str, content: bytes | str) -> Path:
    """Write to a partial file beside the target, then rename it over the target: a crash or a full disk
    leaves the old file (or none), never half a report."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        if isinstance(content, bytes):
            partial.write_bytes(content)
        else:
            partial.write_text(content, encoding="utf-8")
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target
