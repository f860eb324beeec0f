"""`make docs` builds the user guide and API reference with no warning."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "docs.py"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    return output


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def section(html: str, anchor: str) -> str:
    start = html.index(f'<section id="{anchor}">')
    return html[start : html.index("</section>", start)]


def test_make_docs_runs_the_checked_build() -> None:
    makefile = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^docs: .*\n\t(.+)$", makefile, re.MULTILINE)
    assert recipe and "scripts/docs.py" in recipe.group(1)


def test_every_public_operation_is_documented(site: Path) -> None:
    vehicle = (site / "smartcar" / "vehicle.html").read_text()
    for method in ("odometer", "lock_status", "set_charge_limit", "batch", "request"):
        assert f'id="BaseVehicle.{method}"' in vehicle, method
    assert "InvalidInputError" in vehicle  # the Raises: sections are rendered
    assert (site / "smartcar" / "auth_client.html").exists()
    assert (site / "smartcar" / "testing.html").exists()


def test_the_landing_page_is_the_user_guide(site: Path) -> None:
    index = text((site / "index.html").read_text())
    for heading in ("Quick start", "Testing your own app", "Migrating from the official package"):
        assert heading in index, heading
    assert "control_security" in index and "get_auth_url" in index  # the quick start's code
    assert "API reference" in index


def test_result_classes_show_their_inherited_fields(site: Path) -> None:
    types = (site / "smartcar" / "types.html").read_text()
    charge = text(section(types, "Charge"))
    assert "is_plugged_in (bool): Whether a charger is plugged in." in charge
    odometer = text(section(types, "Odometer"))
    assert "distance (float)" in odometer
    # An optional field is documented as it reads: None when the API left it out.
    compatibility = text(section(types, "Compatibility"))
    assert "capabilities (list[Capability] | None)" in compatibility
    assert "Unset" not in text(types)


def test_forward_references_resolve(site: Path) -> None:
    charge = section((site / "smartcar" / "types.html").read_text(), "Charge")
    # Resolved, the generated model is shown by its full name rather than a bare string.
    assert "charge_state" in text(charge).replace(" ", "")


def test_a_warning_fails_the_build(tmp_path: Path) -> None:
    (tmp_path / "broken_docs_module.py").write_text(
        '"""A module with an annotation pdoc cannot resolve."""\n\n\n'
        'def f(x: "NoSuchName") -> None:\n    """Take x."""\n'
    )
    runner = (
        "import runpy, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        f"namespace = runpy.run_path({str(SCRIPT)!r})\n"
        "namespace['MODULES'][:] = ['broken_docs_module']\n"
        f"raise SystemExit(namespace['main']([{str(tmp_path / 'out')!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", runner], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "NoSuchName" in result.stderr
