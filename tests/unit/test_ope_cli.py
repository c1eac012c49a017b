"""``personalize ope`` through ``streams.cli.main``: the JSON shape, the formats, every error."""

from __future__ import annotations

import csv
import gzip
import json
import math
from pathlib import Path

import numpy as np
import pytest

from streams.cli.main import main
from tests.unit.ope_reference import reference_value

OBD_BTS = Path(__file__).resolve().parents[2] / "data" / "obd" / "bts" / "all.csv.gz"
N_ROUNDS = 300


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A 300-round slice of the OBD BTS log, a round-dependent candidate and a reward model."""
    tmp_path = tmp_path_factory.mktemp("ope")
    with gzip.open(OBD_BTS, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()[: N_ROUNDS + 1]
    log = tmp_path / "log.csv"
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rng = np.random.default_rng(21)
    dist = rng.dirichlet(np.ones(80), size=(N_ROUNDS, 3)).transpose(0, 2, 1)
    q = rng.uniform(0.0, 0.05, dist.shape)
    out = {"log": log}
    for name, table, column in (("dist", dist, "probability"), ("q", q, "q")):
        r, i, p = np.indices(table.shape).reshape(3, -1)
        rows = np.column_stack([r, i, p, table.reshape(-1)])
        path = tmp_path / f"{name}.csv"
        np.savetxt(
            path,
            rows,
            fmt=["%d", "%d", "%d", "%.17g"],
            delimiter=",",
            header=f"round,item,position,{column}",
            comments="",
        )
        out[name] = path
    wide = tmp_path / "wide.csv"
    np.savetxt(
        wide, np.full((80, 3), 1.0 / 80), delimiter=",", header=",0,1,2", comments="", fmt="%.17g"
    )
    wide.write_text(
        ",0,1,2\n" + "".join(f"{k},{1 / 80!r},{1 / 80!r},{1 / 80!r}\n" for k in range(80)),
        encoding="utf-8",
    )
    out["wide"] = wide
    np.save(tmp_path / "dist.npy", dist)
    np.save(tmp_path / "q.npy", q)
    return out


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["ope", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _reference(files: dict[str, Path], name: str, lam: float, wide: bool = False) -> float:
    with files["log"].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    dist = np.full((1, 80, 3), 1.0 / 80) if wide else np.load(files["log"].parent / "dist.npy")
    q = np.load(files["log"].parent / "q.npy")
    return reference_value(
        name,
        [float(row["click"]) for row in rows],
        [int(row["item_id"]) for row in rows],
        [int(row["position"]) - 1 for row in rows],
        [float(row["propensity_score"]) for row in rows],
        dist.tolist(),
        q.tolist(),
        lam,
    )


@pytest.mark.parametrize(
    ("name", "lam"),
    [
        ("ipw", None),
        ("ipw", 20.0),
        ("snipw", None),
        ("dm", None),
        ("dr", None),
        ("sndr", None),
        ("switch-dr", 30.0),
        ("dr-os", 5.0),
    ],
)
def test_json_estimate_equals_the_reference(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], name: str, lam: float | None
) -> None:
    argv = [
        "--logged",
        str(files["log"]),
        "--action-dist",
        str(files["dist"]),
        "--q",
        str(files["q"]),
        "--estimator",
        name,
        "--json",
        "--n-bootstrap",
        "50",
    ]
    if lam is not None:
        argv += ["--lambda", str(lam)]
    code, out, err = _run(capsys, *argv)
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert set(result) == {"estimator", "value", "ci", "diagnostics"}
    assert result["estimator"] == name
    default = {"dr-os": 0.0}.get(name, math.inf)
    expected = _reference(files, name, default if lam is None else lam)
    assert result["value"] == pytest.approx(expected, rel=1e-9, abs=0.0)
    low, high = result["ci"]
    assert low <= high
    for key in ("effective_sample_size", "max_weight", "mean_weight", "unsupported_share"):
        assert key in result["diagnostics"]
    assert result["diagnostics"]["bootstrap"]["n_bootstrap"] == 50


def test_wide_matrix_is_applied_to_every_round(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "--logged",
        str(files["log"]),
        "--action-dist",
        str(files["wide"]),
        "--estimator",
        "ipw",
        "--json",
    )
    assert code == 0
    expected = _reference(files, "ipw", math.inf, wide=True)
    assert json.loads(out)["value"] == pytest.approx(expected, rel=1e-9, abs=0.0)


def test_the_same_seed_gives_the_same_interval(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = (
        "--logged",
        str(files["log"]),
        "--action-dist",
        str(files["wide"]),
        "--estimator",
        "snipw",
        "--json",
        "--seed",
        "7",
        "--n-bootstrap",
        "100",
    )
    first = json.loads(_run(capsys, *argv)[1])
    second = json.loads(_run(capsys, *argv)[1])
    assert first["ci"] == second["ci"]


def test_plot_writes_a_png_or_says_matplotlib_is_missing(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    png = tmp_path / "ope.png"
    code, _, err = _run(
        capsys,
        "--logged",
        str(files["log"]),
        "--action-dist",
        str(files["wide"]),
        "--estimator",
        "ipw",
        "--json",
        "--plot",
        str(png),
    )
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert code == 2
        assert "matplotlib" in err
    else:
        assert code == 0
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_inadequate_support_is_refused_with_diagnostics(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # A candidate that always shows item 3 at position 0: few logged rounds support it.
    table = np.zeros((80, 3))
    table[3, :] = 1.0
    dist = tmp_path / "det.csv"
    np.savetxt(dist, table, delimiter=",", fmt="%g")
    code, out, err = _run(
        capsys,
        "--logged",
        str(files["log"]),
        "--action-dist",
        str(dist),
        "--estimator",
        "ipw",
        "--json",
    )
    assert code == 3
    refusal = json.loads(out)
    assert refusal["error"] == "inadequate_support"
    assert refusal["diagnostics"]["effective_sample_size"] < 10
    assert err.count("\n") == 1
    assert "inadequate support" in err


def _errors(files: dict[str, Path], tmp_path: Path) -> list[list[str]]:
    log, dist, q = str(files["log"]), str(files["dist"]), str(files["q"])
    bad_sum = tmp_path / "bad_sum.csv"
    bad_sum.write_text("round,item,position,probability\n0,0,0,0.5\n", encoding="utf-8")
    dup = tmp_path / "dup.csv"
    dup.write_text(files["dist"].read_text(encoding="utf-8") + "0,0,0,0.1\n", encoding="utf-8")
    no_cols = tmp_path / "no_cols.csv"
    no_cols.write_text("a,b\n1,2\n", encoding="utf-8")
    text = tmp_path / "text.csv"
    text.write_text("round,item,position,probability\n0,zero,0,1\n", encoding="utf-8")
    transposed = tmp_path / "transposed.csv"
    np.savetxt(transposed, np.full((3, 80), 1.0 / 80), delimiter=",")
    small = tmp_path / "small.csv"
    small.write_text("0,1\n1,0\n", encoding="utf-8")
    base = ["--logged", log, "--action-dist", dist]
    return [
        ["--action-dist", dist, "--estimator", "ipw"],
        ["--logged", log, "--estimator", "ipw"],
        [*base],
        [*base, "--estimator", "nope"],
        [*base, "--estimator", "dr"],
        [*base, "--estimator", "snipw", "--lambda", "2"],
        [*base, "--estimator", "ipw", "--lambda", "-1"],
        [*base, "--estimator", "ipw", "--lambda", "nan"],
        [*base, "--estimator", "ipw", "--n-bootstrap", "0"],
        [*base, "--estimator", "ipw", "--alpha", "1.5"],
        [*base, "--estimator", "ipw", "--seed", "1.5"],
        ["--logged", str(tmp_path / "missing.csv"), "--action-dist", dist, "--estimator", "ipw"],
        ["--logged", str(no_cols), "--action-dist", dist, "--estimator", "ipw"],
        ["--logged", log, "--action-dist", str(bad_sum), "--estimator", "ipw"],
        ["--logged", log, "--action-dist", str(dup), "--estimator", "ipw"],
        ["--logged", log, "--action-dist", str(text), "--estimator", "ipw"],
        ["--logged", log, "--action-dist", str(small), "--estimator", "ipw"],
        ["--logged", log, "--action-dist", str(transposed), "--estimator", "ipw"],
        ["--logged", log, "--action-dist", dist, "--q", str(no_cols), "--estimator", "dm"],
        ["--logged", log, "--action-dist", dist, "--q", str(bad_sum), "--estimator", "dm"],
        ["--logged", log, "--action-dist", dist, "--q", q, "--estimator", "ipw", "--min-ess", "x"],
    ]


def test_the_whole_gzipped_obd_log_is_read(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "--logged",
        str(OBD_BTS),
        "--action-dist",
        str(files["wide"]),
        "--estimator",
        "snipw",
        "--json",
        "--n-bootstrap",
        "10",
    )
    assert code == 0
    with gzip.open(OBD_BTS, "rt", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = reference_value(
        "snipw",
        [float(row["click"]) for row in rows],
        [int(row["item_id"]) for row in rows],
        [int(row["position"]) - 1 for row in rows],
        [float(row["propensity_score"]) for row in rows],
        np.full((1, 80, 3), 1.0 / 80).tolist(),
        None,
        math.inf,
    )
    result = json.loads(out)
    assert result["diagnostics"]["n_rounds"] == 10_000
    assert result["value"] == pytest.approx(expected, rel=1e-9, abs=0.0)


def test_every_error_is_one_sentence_and_exit_2(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for argv in _errors(files, tmp_path):
        code, out, err = _run(capsys, *argv)
        assert code == 2, (argv, err)
        assert out == ""
        assert err.startswith("personalize ope: "), argv
        assert err.count("\n") == 1, (argv, err)
        assert "Traceback" not in err


def test_wide_layouts_agree(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    matrix = np.random.default_rng(1).dirichlet(np.ones(80), size=3).T  # items x positions
    with_ids = np.column_stack([np.arange(80), matrix])
    layouts = {
        "plain.txt": (matrix, {}),  # np.savetxt default: whitespace, no header
        "labels.csv": (matrix, {"delimiter": ",", "header": "position_1,position_2,position_3"}),
        "ids.csv": (with_ids, {"delimiter": ",", "header": "item_id,0,1,2"}),
        "pandas.csv": (with_ids, {"delimiter": ",", "header": ",0,1,2"}),
    }
    values = set()
    for filename, (table, options) in layouts.items():
        path = tmp_path / filename
        np.savetxt(path, table, fmt="%.17g", comments="", **options)
        code, out, err = _run(
            capsys,
            "--logged",
            str(files["log"]),
            "--action-dist",
            str(path),
            "--estimator",
            "ipw",
            "--json",
            "--n-bootstrap",
            "10",
        )
        assert (code, err) == (0, ""), filename
        values.add(json.loads(out)["value"])
    assert len(values) == 1
