"""Every library Qt's xcb platform plugin needs for a real X11 display is installed (the README's list)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")


def xcb_plugin() -> Path:
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    for candidate in (
        package / "Qt" / "plugins" / "platforms" / "libqxcb.so",
        package / "plugins" / "platforms" / "libqxcb.so",
    ):
        if candidate.exists():
            return candidate
    raise AssertionError(f"no libqxcb.so under {package}")


@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd on this machine")
def test_qt_xcb_plugin_finds_every_library() -> None:
    plugin = xcb_plugin()
    # The plugin and the Qt libraries it loads (the xcb glue, GL integrations) must all resolve.
    libs = [plugin, *sorted(plugin.parents[1].glob("xcbglintegrations/*.so"))]
    missing = []
    for lib in libs:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=True).stdout
        missing += [f"{lib.name}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert not missing, "install the Debian packages in README.md (apt-get install …):\n" + "\n".join(missing)
