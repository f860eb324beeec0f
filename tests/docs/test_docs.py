"""`make docs` builds the user guide and API reference with no warning."""

from __future__ import annotations

import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import smartcar

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "docs.py"
GUIDES = ROOT / "docs" / "guides"


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


def entry(html: str, anchor: str) -> str | None:
    """The text of one entry (signature and docstring), or None when the page has none."""
    start = html.find(f'id="{anchor}"')
    if start < 0:
        return None
    start = html.index(">", start) + 1
    ends = [
        i
        for i in (html.find('<div id="', start + 1), html.find("<section id=", start + 1))
        if i > 0
    ]
    return text(html[start : min(ends, default=len(html))])


def signature(entry_text: str) -> str:
    """The signature line of an entry, up to its source or docstring."""
    return entry_text.split("View Source")[0]


def missing(html: str, anchors: list[str]) -> list[str]:
    """The anchors without an entry, or whose entry shows the internal Operation type."""
    problems = []
    for anchor in anchors:
        found = entry(html, anchor)
        if found is None:
            problems.append(f"{anchor}: no entry")
        elif "Operation" in signature(found).replace(" ", "").replace("Operations", ""):
            problems.append(f"{anchor}: shows Operation[...]")
    return problems


def test_the_entry_check_fails_on_a_missing_name() -> None:
    html = '<section id="A"><div id="A.f" class="classattr">def f(self) -> int:</div></section>'
    assert missing(html, ["A", "A.f"]) == []
    assert missing(html, ["A.g"]) == ["A.g: no entry"]
    assert missing(html.replace("int", "Operation[int]"), ["A.f"]) == ["A.f: shows Operation[...]"]


def public_members(cls: type) -> list[str]:
    """The public members the SDK defines (not those of object, httpx or generated bases)."""

    def owner(name: str) -> str:
        return next(base.__module__ for base in cls.__mro__ if name in vars(base))

    return [
        name
        for name in dir(cls)
        if not name.startswith("_")
        and (owner(name) == "smartcar" or owner(name).startswith("smartcar."))
    ]


@pytest.mark.parametrize(
    ("module", "page"),
    [
        ("smartcar", "smartcar.html"),
        ("smartcar.v3", "smartcar/v3.html"),
        ("smartcar.webhooks", "smartcar/webhooks.html"),
        ("smartcar.testing", "smartcar/testing.html"),
        ("smartcar.app", "smartcar/app.html"),
        ("smartcar.vehicle", "smartcar/vehicle.html"),
    ],
)
def test_every_public_name_has_an_entry(site: Path, module: str, page: str) -> None:
    html = (site / page).read_text()
    names = list(importlib.import_module(module).__all__)
    anchors = [name for name in names if name != "__version__"]
    for name in names:
        value = getattr(importlib.import_module(module), name)
        if inspect.isclass(value) and value.__module__.startswith("smartcar."):
            if issubclass(value, BaseException):
                continue  # the exception classes' attributes are documented once, on the base
            anchors += [f"{name}.{member}" for member in public_members(value)]
    assert missing(html, anchors) == []


API_CLASSES = ["App", "AsyncApp", "AppVehicle", "AsyncAppVehicle", "Vehicle", "AsyncVehicle"]


@pytest.mark.parametrize("name", API_CLASSES)
def test_api_methods_show_what_users_call(site: Path, name: str) -> None:
    from smartcar._resources.ops import operation

    cls = getattr(smartcar, name)
    page = "smartcar/app.html" if "App" in name else "smartcar/vehicle.html"
    html = (site / page).read_text()
    operations = [
        member
        for member in public_members(cls)
        if isinstance(inspect.getattr_static(cls, member), operation)
    ]
    assert len(operations) >= 8
    for member in operations:
        found = entry(html, f"{name}.{member}")
        assert found is not None, member
        line = signature(found)
        # The coroutine on the asyncio classes, the blocking method on the others.
        assert line.strip().startswith("async def" if "Async" in name else "def "), line
        returns = line.rpartition("->")[2].replace(" ", "").rstrip(":")
        assert returns and "Operation" not in returns and returns != "typing.Any", line


def test_return_types_are_the_results(site: Path) -> None:
    vehicle = (site / "smartcar" / "vehicle.html").read_text()
    assert "-> smartcar.types.Odometer" in signature(entry(vehicle, "Vehicle.odometer") or "")
    app = (site / "smartcar" / "app.html").read_text()
    lock = signature(entry(app, "AsyncAppVehicle.lock_doors") or "")
    assert (
        " ".join(lock.split()) == "async def lock_doors ( self ) -> smartcar.v3.CommandExecution :"
    )
    aio = (site / "smartcar" / "aio.html").read_text()
    vehicles = signature(entry(aio, "get_vehicles") or "")
    assert vehicles.strip().startswith("async def get_vehicles")
    assert "transport :" in vehicles and "-> smartcar.types.Vehicles" in vehicles


def test_no_internal_or_generator_text(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text()
        assert "Method generated by attrs" not in html, page
        for docstring in re.findall(r'<div class="docstring">(.*?)</div>', html, re.DOTALL):
            prose = re.sub(r"<(code|pre)>.*?</\1>", "", docstring, flags=re.DOTALL)
            assert "`" not in text(prose), (page, text(prose))
        signatures = re.findall(r'<span class="signature.*?</span>:?</span>', html, re.DOTALL)
        assert not any("Operation" in text(sig) for sig in signatures), page


def test_help_shows_the_method_users_call() -> None:
    assert str(inspect.signature(smartcar.Vehicle.odometer)) == "(self) -> smartcar.types.Odometer"
    lock = inspect.signature(smartcar.AppVehicle.lock_doors)
    assert list(lock.parameters) == ["self"] and "CommandExecution" in str(lock.return_annotation)
    assert "transport" in inspect.signature(smartcar.get_vehicles).parameters


TOPICS = ["v2-flow", "v3", "webhooks", "testing", "errors-and-retries"]


@pytest.mark.parametrize("topic", TOPICS)
def test_each_topic_has_a_guide_beside_the_reference(site: Path, topic: str) -> None:
    page = site / "guide" / f"{topic.replace('-', '_')}.html"
    html = page.read_text()
    index = (site / "index.html").read_text()
    body = html.split('<section class="module-info guide">')[1].split("</section>")[0]
    links = re.findall(r'<a href="([^"]+)"', body)
    assert any(link.startswith("../index.html#") for link in links)  # the README's section
    assert any(link.startswith("../smartcar") for link in links)  # the reference
    for link in links:
        target, _, anchor = link.partition("#")
        if target.startswith("http"):
            continue
        resolved = (page.parent / target).resolve()
        assert resolved.exists(), link
        if anchor:
            assert f'id="{anchor}"' in resolved.read_text(), link
    assert f"guide/{page.name}" in index  # listed on the landing page


def test_guide_code_blocks_are_the_readmes() -> None:
    # A guide shows no code of its own: a block it quotes is one tests/docs/test_readme.py runs.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for guide in GUIDES.glob("*.md"):
        for block in re.findall(r"^```.*?\n(.*?)^```", guide.read_text(), re.M | re.S):
            assert block in readme, guide.name
