"""Whether the operating system asks for high contrast, so that "Follow the system" follows it too.

Qt 6.10 reports this itself (QStyleHints.accessibility().contrastPreference()), but PySide 6.12 deletes that
object under us — a crash — so each platform's own setting is read here: Windows' high-contrast flag
(SystemParametersInfo), macOS's "Increase contrast" (universal access defaults), and GNOME's high-contrast
switch (gsettings). Anything that cannot be read counts as "no".
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

# ctypes, shutil and subprocess are imported where used: this module is on the way to the first window.

Run = Callable[[Sequence[str]], str]
SPI_GETHIGHCONTRAST = 0x0042
HCF_HIGHCONTRASTON = 0x00000001


def _run(command: Sequence[str]) -> str:
    """A setting's value from a platform tool; "" when the tool is missing, fails or hangs."""
    import shutil
    import subprocess

    if shutil.which(command[0]) is None:
        return ""
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, timeout=2, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def gnome_high_contrast(run: Run = _run) -> bool:
    return run(["gsettings", "get", "org.gnome.desktop.a11y.interface", "high-contrast"]) == "true"


def macos_increase_contrast(run: Run = _run) -> bool:
    return run(["defaults", "read", "com.apple.universalaccess", "increaseContrast"]) == "1"


def windows_high_contrast() -> bool:
    import ctypes

    class HighContrast(ctypes.Structure):
        _fields_ = (("cbSize", ctypes.c_uint), ("dwFlags", ctypes.c_uint), ("lpszDefaultScheme", ctypes.c_wchar_p))

    setting = HighContrast()
    setting.cbSize = ctypes.sizeof(HighContrast)
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]  # Windows only
    if not user32.SystemParametersInfoW(SPI_GETHIGHCONTRAST, setting.cbSize, ctypes.byref(setting), 0):
        return False
    return bool(setting.dwFlags & HCF_HIGHCONTRASTON)


def system_high_contrast() -> bool:
    if sys.platform == "win32":
        return windows_high_contrast()
    if sys.platform == "darwin":
        return macos_increase_contrast()
    return gnome_high_contrast()
