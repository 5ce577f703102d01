"""The layers hold: domain code never loads Textual, and the cheap paths never load spaCy."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import reader

DOMAIN = sorted(
    m.name
    for m in pkgutil.walk_packages(reader.__path__, "reader.")
    if not m.name.startswith("reader.tui") and m.name not in {"reader.__main__"}
)


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


@pytest.mark.parametrize("module", DOMAIN)
def test_domain_module_does_not_import_textual(module):
    loaded = _loaded_after(f"import {module}")
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}


def test_analysis_modules_do_not_load_spacy_on_import():
    loaded = _loaded_after("import reader.article.analyse, reader.cli, reader.refresh")
    assert "spacy" not in loaded


def test_help_and_extract_without_analysis_never_load_spacy(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><article><p>" + "Words of ours. " * 40 + "</p></article></body></html>"
    )
    code = (
        "import sys\n"
        "from reader.cli import main\n"
        f"main(['extract', {str(page)!r}, '--json', '--no-analysis'])\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy loaded'\n"
        "assert 'textual' not in sys.modules, 'textual loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_wheel_ships_the_themes(tmp_path):
    root = Path(__file__).resolve().parents[1]
    if not (root / "pyproject.toml").exists():
        pytest.skip("not run from a source checkout")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(root),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("newsreader-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("reader/themes/")}
    expected = {p.name for p in (root / "themes").iterdir() if p.is_file()}
    assert expected and expected <= shipped
    assert any(n.startswith("reader/demo/") for n in names)
