"""Offline analysis cases: one decoded JSON object in, one JSON-ready result out.

The input and output formats are those of ``personalize experiments analyze`` (documented in
docs/experiments.md). :func:`analyze_case` raises :class:`ExperimentInputError` for a case it
cannot analyse at all; an arm that admits no test becomes ``{"arm", "error"}`` in its place
while the other arms are still analysed. Unknown keys are refused, so a misspelt option is
never silently replaced by its default.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Final

from processors.experiments.arms import MeanStats, ProportionStats, check_count, check_number
from processors.experiments.bayesian import BayesianResult, GaussianPrior, bayesian_test
from processors.experiments.chisquare import check_weights, srm_p_value
from processors.experiments.effect import Difference, Interval
from processors.experiments.frequentist import FrequentistResult, check_alpha, two_sided_ttest
from processors.experiments.power import sample_size_proportions
from processors.experiments.sequential import DEFAULT_TUNING, sequential_two_sided_test
from schemas.errors import DegenerateComparisonError, ExperimentInputError

__all__ = ["analyze_case", "json_bound"]

AB_KEYS: Final = frozenset(
    {"kind", "metric", "arms", "weights", "engine", "sequential", "sequential_tuning"}
    | {"difference", "alpha", "prior"}
)
ARM_KEYS: Final = frozenset({"name", "users", "sum", "sum_squares"})
SAMPLE_SIZE_KEYS: Final = frozenset({"kind", "p_control", "p_treatment", "alpha", "power"})
Arm = MeanStats | ProportionStats


def analyze_case(case: object) -> dict[str, Any]:
    """The result of one case (``kind`` ``ab_test`` or ``sample_size``)."""
    if not isinstance(case, dict):
        raise ExperimentInputError(f"a case must be a JSON object, got {type(case).__name__}")
    kind = case.get("kind")
    if kind == "ab_test":
        return _ab_test(case)
    if kind == "sample_size":
        return _sample_size(case)
    if kind is None:
        raise ExperimentInputError("missing field 'kind' (ab_test or sample_size)")
    raise ExperimentInputError(f"unknown kind {kind!r}; use ab_test or sample_size")


def json_bound(value: float) -> float | None:
    """An interval bound for JSON: ``None`` (null) stands for an unbounded side (+-inf)."""
    return None if math.isinf(value) else value


def _sample_size(case: Mapping[str, object]) -> dict[str, Any]:
    _check_keys(case, SAMPLE_SIZE_KEYS, "a sample_size case")
    p_control = _number(case, "p_control", None)
    p_treatment = _number(case, "p_treatment", None)
    alpha = check_alpha(_number(case, "alpha", 0.05))
    power = _number(case, "power", 0.8)
    if p_control == p_treatment:
        raise ExperimentInputError("p_control equals p_treatment: no sample size detects no change")
    n = sample_size_proportions(p_control, p_treatment, alpha, power)
    # Users are whole: round up, forgiving the last bits of the root finder.
    return {"n_per_arm": math.ceil(n * (1 - 1e-12))}


def _ab_test(case: Mapping[str, object]) -> dict[str, Any]:
    _check_keys(case, AB_KEYS, "an ab_test case")
    metric_type = _metric_type(case.get("metric"))
    raw_arms = case.get("arms")
    if not isinstance(raw_arms, list) or len(raw_arms) < 2:
        raise ExperimentInputError(
            "'arms' must be a list of at least 2 arms (arm 0 is the control)"
        )
    names, arms = zip(*(_arm(raw, i, metric_type) for i, raw in enumerate(raw_arms)), strict=True)
    if len(set(names)) != len(names):
        raise ExperimentInputError("arm names must be unique")
    weights_raw = case.get("weights")
    if weights_raw is None:
        weights: tuple[float, ...] = (1 / len(arms),) * len(arms)
    elif isinstance(weights_raw, list):
        weights = check_weights(weights_raw, len(arms))
    else:
        raise ExperimentInputError("'weights' must be a list of numbers, one per arm")
    engine = _choice(case, "engine", ("frequentist", "bayesian"))
    sequential = case.get("sequential", False)
    if not isinstance(sequential, bool):
        raise ExperimentInputError(f"'sequential' must be true or false, got {sequential!r}")
    tuning = _number(case, "sequential_tuning", DEFAULT_TUNING)
    if tuning <= 0:
        raise ExperimentInputError(f"'sequential_tuning' must be > 0, got {tuning!r}")
    difference: Difference = (
        "absolute"
        if _choice(case, "difference", ("relative", "absolute")) == "absolute"
        else "relative"
    )
    alpha = check_alpha(_number(case, "alpha", 0.05))
    prior = _prior(case.get("prior"))
    results = []
    for i in range(1, len(arms)):
        pair = (names[0], names[i])
        try:
            if engine == "bayesian":
                result: FrequentistResult | BayesianResult = bayesian_test(
                    arms[0], arms[i], difference, alpha, prior, pair
                )
            elif sequential:
                result = sequential_two_sided_test(
                    arms[0], arms[i], difference, alpha, tuning, pair
                )
            else:
                result = two_sided_ttest(arms[0], arms[i], difference, alpha, pair)
            results.append(_arm_output(names[i], result))
        except DegenerateComparisonError as exc:
            results.append({"arm": names[i], "error": str(exc)})
    return {"arms": results, "srm_p": srm_p_value([a.n for a in arms], weights)}


def _arm_output(name: str, result: FrequentistResult | BayesianResult) -> dict[str, Any]:
    out: dict[str, Any] = {"arm": name, "expected": result.expected, "ci": _ci(result.ci)}
    if isinstance(result, FrequentistResult):
        out["p_value"] = result.p_value
        finite = [result.expected, result.p_value]
    else:
        out["chance_to_win"] = result.chance_to_win
        out["risk"] = list(result.risk)
        finite = [result.expected, result.chance_to_win, *result.risk]
    if not all(math.isfinite(x) for x in finite) or math.isnan(result.ci.low + result.ci.high):
        return {"arm": name, "error": f"the statistics of arm '{name}' overflow (values too large)"}
    return out


def _ci(interval: Interval) -> list[float | None]:
    return [json_bound(interval.low), json_bound(interval.high)]


def _arm(raw: object, index: int, metric_type: str) -> tuple[str, Arm]:
    if not isinstance(raw, dict):
        raise ExperimentInputError(f"arm {index} must be an object with name, users, sum")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise ExperimentInputError(f"arm {index} needs a 'name' (a non-empty string)")
    try:
        _check_keys(raw, ARM_KEYS, f"arm '{name}'")
        if "users" not in raw or "sum" not in raw:
            raise ExperimentInputError("missing field 'users' or 'sum'")
        users = check_count(raw["users"], "users")
        if metric_type == "binomial":
            # gbstats' ProportionStatistic implies sum_squares = sum; a given one is not read.
            return name, ProportionStats(users, check_number(raw["sum"], "sum"))
        if "sum_squares" not in raw:
            raise ExperimentInputError("missing field 'sum_squares' (needed for a mean metric)")
        sum_squares = check_number(raw["sum_squares"], "sum_squares")
        return name, MeanStats(users, check_number(raw["sum"], "sum"), sum_squares)
    except ExperimentInputError as exc:
        raise ExperimentInputError(f"arm '{name}': {exc}") from None


def _metric_type(metric: object) -> str:
    if not isinstance(metric, dict) or metric.get("type") not in ("binomial", "mean"):
        raise ExperimentInputError('\'metric\' must be {"type": "binomial"} or {"type": "mean"}')
    _check_keys(metric, frozenset({"type"}), "'metric'")
    return str(metric["type"])


def _prior(raw: object) -> GaussianPrior | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or "variance" not in raw:
        raise ExperimentInputError('\'prior\' must be null or {"mean": m, "variance": v > 0}')
    _check_keys(raw, frozenset({"mean", "variance"}), "'prior'")
    return GaussianPrior(_number(raw, "mean", 0.0), _number(raw, "variance", None))


def _check_keys(obj: Mapping[str, object], allowed: frozenset[str], what: str) -> None:
    unknown = ", ".join(sorted(set(obj) - allowed))
    if unknown:
        known = ", ".join(sorted(allowed))
        raise ExperimentInputError(f"{what} has unknown field(s) {unknown}; allowed: {known}")


def _number(obj: Mapping[str, object], key: str, default: float | None) -> float:
    value = obj.get(key)
    if value is None:
        if default is None:
            raise ExperimentInputError(f"missing field '{key}'")
        return default
    return check_number(value, f"'{key}'")


def _choice(obj: Mapping[str, object], key: str, options: tuple[str, ...]) -> str:
    value = obj.get(key)
    if value is None:
        return options[0]
    if value not in options:
        raise ExperimentInputError(f"'{key}' must be one of {', '.join(options)}, got {value!r}")
    return str(value)
