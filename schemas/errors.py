"""The project's exception tree, in one place: the bottom layer, imported by every package.

It lives in ``schemas`` because that package imports nothing else of ours (contracts and the
errors that break them), so no package has to import a layer above it to raise or catch.

Every error we raise derives from :class:`PersonalizeError`, so callers can catch ours apart
from third-party ones; third-party errors are translated at the boundary with
``raise OurError(...) from exc``.

    PersonalizeError
    ├── ConfigError           a setting is missing, unknown or out of range
    ├── InfraError            Kafka/Redis could not be started, reached or provisioned
    ├── SchemaError           a schema file is broken or incompatible with its history
    ├── EventValidationError  an event does not match its schema (names the field)
    ├── DecodeError           bytes on a topic could not become a valid event (has a reason)
    ├── PublishError          the broker refused or failed to deliver a record
    ├── SinkError             a Redis write failed
    └── EvaluationError       off-policy evaluation cannot give a trustworthy number
        ├── EvaluationInputError    a logged-data or policy file/array is malformed (says where)
        └── InadequateSupportError  the overlap with the log is too thin (carries diagnostics)
    └── ExperimentError       an experiment's statistics cannot be computed as asked
        ├── ExperimentInputError      sufficient statistics or settings are malformed (says which)
        └── DegenerateComparisonError the data admit no test (zero variance, zero control mean)
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DecodeError",
    "DegenerateComparisonError",
    "EvaluationError",
    "EvaluationInputError",
    "EventValidationError",
    "ExperimentError",
    "ExperimentInputError",
    "InadequateSupportError",
    "InfraError",
    "PersonalizeError",
    "PublishError",
    "SchemaError",
    "SinkError",
]


class PersonalizeError(Exception):
    """Root of every error this project raises on purpose."""


class ConfigError(PersonalizeError):
    """A setting is missing, unknown, or out of range; the message says which and how to fix it."""


class InfraError(PersonalizeError):
    """A local service (Kafka, Redis) could not be installed, started, reached or provisioned."""


class SchemaError(PersonalizeError):
    """A schema file cannot be parsed, or breaks compatibility with an earlier version."""


class EventValidationError(PersonalizeError):
    """An event does not conform to its schema.

    ``field`` is the dotted path of the offending field (empty when the whole record is wrong).
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        where = f"field '{field}'" if field else "record"
        super().__init__(f"{where}: {problem}")


class DecodeError(PersonalizeError):
    """Bytes could not be turned into a valid event.

    ``reason`` is a stable dead-letter reason code (see ``processors.deadletter.Reason``).
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        self.message = message
        super().__init__(f"{reason}: {message}")


class PublishError(PersonalizeError):
    """The broker refused a record or could not deliver it in time."""


class SinkError(PersonalizeError):
    """A sink (Redis) write failed; the batch was not applied and will be retried."""


class EvaluationError(PersonalizeError):
    """Off-policy evaluation cannot produce an estimate worth reporting."""


class EvaluationInputError(EvaluationError):
    """Logged rounds, an action distribution or estimated rewards are malformed.

    The message names the file or array and the first offending round, item or position.
    """


class InadequateSupportError(EvaluationError):
    """The candidate policy's overlap with the logging policy is too thin to trust an estimate.

    ``diagnostics`` holds the overlap diagnostics (plain JSON values) that triggered the refusal.
    """

    def __init__(self, message: str, diagnostics: dict[str, float | int]) -> None:
        self.diagnostics = diagnostics
        super().__init__(message)


class ExperimentError(PersonalizeError):
    """An experiment's statistics cannot be computed as asked."""


class ExperimentInputError(ExperimentError):
    """Sufficient statistics or analysis settings are malformed; the message names the field."""


class DegenerateComparisonError(ExperimentError):
    """A control/treatment pair admits no test: an arm has no users or zero variance, or the
    control mean is zero. The message is one plain sentence naming the arm."""
