"""Read the files of ``personalize ope`` into the arrays of :mod:`processors.ope`.

Formats (documented in docs/ope.md):

- the log: an Open Bandit Dataset CSV; columns found by header name: ``item_id`` (0-based),
  ``position`` (1-based, as in OBD), ``click``, ``propensity_score``; one row per round, in order.
- a policy table (action distribution or estimated rewards), either
  - long: header with ``round``, ``item``, ``position`` (0-based) and the value column
    (``probability`` or ``q``), any column order, any row order; or
  - wide: one row per item in item-id order (0, 1, ...), one column per position in position
    order (0-based), the same for every round. A header row is optional; a first column
    headed ``item``, ``item_id`` or nothing (a pandas index) holds the item ids 0..K-1.

Parsing is ``numpy.loadtxt`` (C tokenizer), never a Python loop per row. A name ending in
``.gz`` is read through gzip (the repository's OBD copies are ``data/obd/*/*.csv.gz``).
"""

from __future__ import annotations

import csv
import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

import numpy as np

from processors.ope.rounds import FloatArray, IntArray, LoggedRounds
from schemas.errors import EvaluationInputError

LOG_COLUMNS: Final = ("item_id", "position", "click", "propensity_score")
LONG_KEYS: Final = ("round", "item", "position")
_ITEM_HEADERS: Final = frozenset({"", "item", "item_id", "items", "action"})


@dataclass(frozen=True)
class PolicyTable:
    """A parsed policy file: long (one value per round, item, position) or wide (all rounds)."""

    path: str
    rounds: IntArray | None
    """Round of each long entry; None for a wide table."""
    items: IntArray | None
    positions: IntArray | None
    values: FloatArray
    """Long: one value per entry. Wide: the (items, positions) matrix."""

    @property
    def n_items(self) -> int:
        """Items this table mentions (max item id + 1)."""
        if self.items is None:
            return int(self.values.shape[0])
        return int(self.items.max()) + 1

    @property
    def n_positions(self) -> int:
        """Positions this table mentions (max 0-based position + 1)."""
        if self.positions is None:
            return int(self.values.shape[1])
        return int(self.positions.max()) + 1

    def check_covers(self, logged: LoggedRounds) -> None:
        """Raise when a wide table has fewer items or positions than the log shows."""
        if self.rounds is not None:
            return
        rows, columns = self.values.shape
        items, positions = int(logged.action.max()) + 1, int(logged.position.max()) + 1
        if rows < items or columns < positions:
            raise EvaluationInputError(
                f"{self.path} has {rows} rows and {columns} columns but the log shows "
                f"{items} items and {positions} positions; a wide table has one row per item "
                "and one column per position"
            )

    def dense(self, n_rounds: int, n_items: int, n_positions: int, fill: float) -> FloatArray:
        """Array ``[round, item, position]`` (leading dimension 1 for a wide table)."""
        if self.rounds is None or self.items is None or self.positions is None:
            if self.values.shape != (n_items, n_positions):
                rows, columns = self.values.shape
                raise EvaluationInputError(
                    f"{self.path} has {rows} rows and {columns} position columns; a wide table "
                    f"needs one row per item ({n_items}) and one column per position "
                    f"({n_positions})"
                )
            return self.values.reshape(1, n_items, n_positions)
        if int(self.rounds.max()) >= n_rounds:
            raise EvaluationInputError(
                f"{self.path} mentions round {int(self.rounds.max())} but the log has "
                f"{n_rounds} rounds (0-based)"
            )
        flat = (self.rounds * n_items + self.items) * n_positions + self.positions
        size = n_rounds * n_items * n_positions
        counts = np.bincount(flat, minlength=size)
        if counts.max() > 1:
            where = int(np.argmax(counts > 1))
            round_, rest = divmod(where, n_items * n_positions)
            item, position = divmod(rest, n_positions)
            raise EvaluationInputError(
                f"{self.path} repeats round {round_}, item {item}, position {position}"
            )
        out = np.full(size, fill, dtype=np.float64)
        out[flat] = self.values
        return out.reshape(n_rounds, n_items, n_positions)


def load_logged(path: str) -> LoggedRounds:
    """Read an OBD CSV: positions become 0-based, clicks the reward, propensities the pscore."""
    header = _header(path)
    missing = [name for name in LOG_COLUMNS if name not in header]
    if missing:
        raise EvaluationInputError(f"{path} has no column {', '.join(missing)} in its header")
    data = _loadtxt(path, [header.index(name) for name in LOG_COLUMNS], ",")
    item, position, click, pscore = (data[:, k] for k in range(4))
    if data.shape[0] == 0:
        raise EvaluationInputError(f"{path} has no rounds")
    action = _whole(item, path, "item_id", minimum=0)
    slot = _whole(position, path, "position", minimum=1)
    return LoggedRounds(action=action, position=slot - 1, reward=click, pscore=pscore)


def load_policy_table(path: str, value_column: str) -> PolicyTable:
    """Read a long or wide policy file whose values are in ``value_column`` (long format)."""
    first = _first_line(path)
    delimiter = "," if "," in first else None
    names = [name.strip().lower() for name in _split(first, delimiter)]
    if set(LONG_KEYS) <= set(names) or value_column in names:
        return _load_long(path, names, value_column)
    return _load_wide(path, names, delimiter)


def _load_long(path: str, names: list[str], value_column: str) -> PolicyTable:
    wanted = (*LONG_KEYS, value_column)
    missing = [name for name in wanted if name not in names]
    if missing:
        raise EvaluationInputError(
            f"{path} looks like long format but has no column {', '.join(missing)}"
        )
    data = _loadtxt(path, [names.index(name) for name in wanted], ",")
    if data.shape[0] == 0:
        raise EvaluationInputError(f"{path} has no rows")
    return PolicyTable(
        path=path,
        rounds=_whole(data[:, 0], path, "round", minimum=0),
        items=_whole(data[:, 1], path, "item", minimum=0),
        positions=_whole(data[:, 2], path, "position", minimum=0),
        values=np.ascontiguousarray(data[:, 3]),
    )


def _load_wide(path: str, names: list[str], delimiter: str | None) -> PolicyTable:
    has_header = not all(_is_number(name) for name in names)
    data = _loadtxt(path, None, delimiter, skiprows=1 if has_header else 0)
    if data.shape[0] == 0:
        raise EvaluationInputError(f"{path} has no rows")
    if has_header and names[0] in _ITEM_HEADERS and data.shape[1] > 1:
        ids = data[:, 0]
        if not np.array_equal(ids, np.arange(ids.shape[0])):
            raise EvaluationInputError(
                f"{path}: the item column must list items 0..{ids.shape[0] - 1} in order"
            )
        data = data[:, 1:]
    return PolicyTable(path, None, None, None, np.ascontiguousarray(data))


def _loadtxt(
    path: str, usecols: list[int] | None, delimiter: str | None, skiprows: int = 1
) -> FloatArray:
    try:
        data: FloatArray = np.loadtxt(
            path,
            delimiter=delimiter,
            skiprows=skiprows,
            usecols=usecols,
            dtype=np.float64,
            ndmin=2,
            comments=None,
            quotechar='"',
        )
    except OSError as exc:
        raise EvaluationInputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        reason = str(exc).splitlines()[0].rstrip(".")
        raise EvaluationInputError(f"{path} is not readable as numbers: {reason}") from exc
    return data


def _header(path: str) -> list[str]:
    return [name.strip() for name in _split(_first_line(path), ",")]


def _first_line(path: str) -> str:
    try:
        with _open_text(path) as handle:
            first = handle.readline()
    except OSError as exc:
        raise EvaluationInputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, gzip.BadGzipFile, EOFError) as exc:
        raise EvaluationInputError(f"{path} is not UTF-8 text (or not gzip, for .gz)") from exc
    if not first.strip():
        raise EvaluationInputError(f"{path} is empty")
    return first.rstrip("\r\n")


def _open_text(path: str) -> TextIO:
    # np.loadtxt opens .gz files itself; the header line has to be read the same way.
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="")
    return Path(path).open(encoding="utf-8-sig", newline="")


def _split(line: str, delimiter: str | None) -> list[str]:
    if delimiter is None:
        return line.split()
    return next(csv.reader([line], delimiter=delimiter))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _whole(values: FloatArray, path: str, column: str, minimum: int) -> IntArray:
    bad = np.flatnonzero((values != np.floor(values)) | ~np.isfinite(values) | (values < minimum))
    if bad.size:
        raise EvaluationInputError(
            f"{path}: {column} must be a whole number >= {minimum}, got {values[bad[0]]:g} "
            f"in data row {bad[0] + 1}"
        )
    return values.astype(np.int64)
