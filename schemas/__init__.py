"""The data contracts: Avro event schemas and their history, state schemas, the codec, the
semantic rules, and the project's exception tree (``schemas.errors``).

Layer rule: the bottom layer. Nothing here imports any other package of this project, so every
other layer may import it. The package re-exports nothing: import from its modules.
"""

__all__: list[str] = []
