"""What a release carries: a license matching the metadata, a changelog, one version everywhere."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import smartcar

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_the_license_file_is_the_license_the_metadata_names() -> None:
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text


def test_one_version_in_the_metadata_the_package_the_readme_and_the_changelog() -> None:
    version = PROJECT["version"]
    assert smartcar.__version__ == version
    readme = (ROOT / "README.md").read_text()
    assert f"This is {version}:" in readme
    changelog = (ROOT / "CHANGELOG.md").read_text()
    first_release = re.search(r"^## \[(.+?)\](?::\s*(\S+))?", changelog, re.MULTILINE)
    assert first_release is not None
    assert version in first_release.group(0)


def test_the_changelog_keeps_a_changelog_s_shape() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog\n")
    assert "keepachangelog.com" in changelog
    headings = re.findall(r"^## (.+)$", changelog, re.MULTILINE)
    assert headings and headings[0].startswith("[Unreleased]")
    sections = set(re.findall(r"^### (\w+)$", changelog, re.MULTILINE))
    assert sections and sections <= {
        "Added",
        "Changed",
        "Deprecated",
        "Removed",
        "Fixed",
        "Security",
    }


def test_the_classifier_says_what_the_version_says() -> None:
    status = [c for c in PROJECT["classifiers"] if c.startswith("Development Status")]
    pre = re.search(r"(a|b|rc)\d+$", PROJECT["version"])
    expected = {"a": "3 - Alpha", "b": "4 - Beta", "rc": "4 - Beta"}.get(
        pre.group(1) if pre else "", "5 - Production/Stable"
    )
    assert status == [f"Development Status :: {expected}"]


def test_no_file_keeps_a_merge_conflict_marker() -> None:
    # A conflict resolved by hand can leave its markers inside a docstring or a comment, where
    # neither Python nor the linters see them.
    skipped = {".git", ".venv", "mutants", "node_modules", "dist", "build", "__pycache__"}
    suffixes = {".py", ".md", ".toml", ".yaml", ".yml", ".txt", ".cfg", ".json", ".html"}
    marked = []
    for path in ROOT.rglob("*"):
        if path.suffix not in suffixes or skipped & set(path.relative_to(ROOT).parts):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if re.search(r"^(<{7} |>{7} |={7}$)", text, re.MULTILINE):
            marked.append(str(path.relative_to(ROOT)))
    assert marked == []
