"""A small seeded meta-experiment (the full one is bench/simulate_experiments.py): peeking at
A/A experiments inflates the fixed-horizon test's false positives, not the sequential one's."""

from __future__ import annotations

import numpy as np

from processors.experiments.meta import PeekingDesign, ever_rejected, first_rejection, run_peeking


def test_peeking_inflates_the_fixed_test_but_not_the_sequence() -> None:
    design = PeekingDesign(p_control=0.1, users_per_look=500, looks=20)
    run = run_peeking(design, 150, np.random.default_rng(5))
    sequential, fixed = ever_rejected(run.sequential_p, 0.05), ever_rejected(run.fixed_p, 0.05)
    assert sequential <= 0.05
    assert fixed > 0.12  # about 0.2 in expectation for 20 looks
    assert (run.sequential_ci[..., 0] <= run.fixed_ci[..., 0]).all()


def test_a_real_lift_is_detected_and_the_run_is_reproducible() -> None:
    design = PeekingDesign(p_control=0.1, relative_lift=0.3, users_per_look=1000, looks=8)
    first = run_peeking(design, 40, np.random.default_rng(9))
    again = run_peeking(design, 40, np.random.default_rng(9))
    assert np.array_equal(first.sequential_p, again.sequential_p)
    assert ever_rejected(first.sequential_p, 0.05) > 0.8
    stops = first_rejection(first.sequential_p, 0.05)
    assert ((stops >= -1) & (stops < design.looks)).all()
