"""Jinja's compiled templates kept on disk between builds, keyed by what they compile from.

Compiling Material's templates, the overrides and the page templates was about a sixth of a
build of the seed, the same work every time. Jinja's own on-disk cache keys a template by its
path, so a copy of the project (a curator's second checkout, each test's project) compiles
everything again; here the key is the template's name, its source and the environment's
options that shape the compiled code, and a template loaded from the cache names the file it
was loaded from (tracebacks point at the file in this project, not at the copy that compiled
it first). The cache is Jinja's per-user folder in the temporary directory (created private,
refused if anyone else owns it): nothing is written into the project or the site.
"""

from __future__ import annotations

import hashlib
from types import CodeType

import jinja2
from jinja2.bccache import Bucket

# The environment's settings the compiler reads; filters, tests and globals are looked up
# when a template renders, so they are not part of the key.
_COMPILE_OPTIONS = (
    "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
    "comment_start_string", "comment_end_string", "line_statement_prefix",
    "line_comment_prefix", "trim_blocks", "lstrip_blocks", "newline_sequence",
    "keep_trailing_newline", "optimized", "is_async",
)


def _named(value: object) -> str:
    """A setting as text that is the same in every process (a function by its name)."""
    return str(getattr(value, "__qualname__", value))


def compile_options(environment: jinja2.Environment) -> str:
    """What of ``environment`` decides how a template compiles, as text."""
    options = [f"{name}={getattr(environment, name)!r}" for name in _COMPILE_OPTIONS]
    options.append(f"autoescape={_named(environment.autoescape)}")
    options.append(f"finalize={_named(environment.finalize)}")
    options.append("extensions=" + ",".join(sorted(environment.extensions)))
    return "\n".join(options)


def _from_file(code: CodeType, filename: str) -> CodeType:
    """``code`` and the functions in it, as if compiled from ``filename``."""
    constants = tuple(
        _from_file(constant, filename) if isinstance(constant, CodeType) else constant
        for constant in code.co_consts
    )
    return code.replace(co_filename=filename, co_consts=constants)


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """A template's compiled code, shared by every build (and copy of the project) that
    compiles the same source with the same options."""

    def __init__(self, directory: str | None = None) -> None:
        """``directory``: where to keep them; Jinja's per-user folder unless given."""
        super().__init__(directory, pattern="roundtable-exhibit-%s.cache")

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None,
                   source: str) -> Bucket:
        checksum = self.get_source_checksum(source)
        key = hashlib.sha256(
            "\0".join((name, checksum, compile_options(environment))).encode()
        ).hexdigest()
        bucket = Bucket(environment, key, checksum)
        self.load_bytecode(bucket)
        if bucket.code is not None and filename is not None:
            bucket.code = _from_file(bucket.code, filename)
        return bucket
