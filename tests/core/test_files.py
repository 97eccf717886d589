"""Files written for people are whole or absent: a failure mid-way keeps the old file and leaves no partial."""

from __future__ import annotations

from pathlib import Path

import pytest

from rjdesk.files import write_whole


@pytest.mark.faults
def test_a_failed_write_keeps_the_old_file_and_leaves_no_partial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "board.pdf"
    write_whole(target, b"old report")
    assert target.read_bytes() == b"old report"

    def full_disk(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_whole(target, b"new report")
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.pdf"]
    monkeypatch.undo()
    assert write_whole(tmp_path / "list.csv", "a,b\n").read_text(encoding="utf-8") == "a,b\n"
