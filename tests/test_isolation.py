"""Every test runs on its own data folder (the autouse fixture in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from remotework_desktop.core import paths
from remotework_desktop.core.settings import Settings, load_settings, save_settings


def test_the_data_folder_and_its_fallback_are_inside_the_tests_tmp_path(tmp_path: Path) -> None:
    assert paths.data_dir() == tmp_path / "data"
    assert paths.default_data_dir().is_relative_to(tmp_path)


def test_settings_are_saved_in_the_tests_own_folder(tmp_path: Path) -> None:
    folder = paths.data_dir()
    assert folder.is_relative_to(tmp_path)  # checked first: never write the real settings
    save_settings(folder, Settings(zoom=125))
    assert load_settings(tmp_path / "data").zoom == 125
