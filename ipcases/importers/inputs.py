"""Reading sources: turn the PATH arguments of an import into named binary streams.

A path may be a file, a folder (read recursively, in sorted order, hidden files left out) or a
``.zip`` archive, whose members are read one at a time without unpacking the archive. Each
input is an ``Input`` with a display name (``bulk.zip:cases/0001.json`` for a zip member) and
an ``open()`` that returns a fresh binary file object, so parsers never care where bytes live.

    for source in iter_inputs(["judgments/", "volume.zip"]):
        with source.open() as stream:
            ...
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


class UnreadableInput(OSError):
    """A path that does not exist, cannot be read or is not a valid archive."""


@dataclass(frozen=True)
class Input:
    """One file to parse: ``name`` for messages, ``open()`` for its bytes."""

    name: str
    opener: Callable[[], BinaryIO]
    # The file on disk, where the input is one (not an archive member): for readers that
    # read a file from several places at once.
    path: Path | None = None

    def open(self) -> BinaryIO:
        try:
            return self.opener()
        except (OSError, zipfile.BadZipFile) as error:
            raise UnreadableInput(f"{self.name}: cannot be read ({error})") from error

    @property
    def suffix(self) -> str:
        """The lower-case extension of the file (or zip member), e.g. ``.json``."""
        return Path(self.name.rsplit(":", 1)[-1]).suffix.lower()


def iter_inputs(paths: list[str], suffixes: tuple[str, ...] = ()) -> Iterator[Input]:
    """Every file under ``paths``, zip members expanded; raises UnreadableInput for a bad path.

    ``suffixes`` (e.g. ``(".json",)``) keeps only files with those extensions when reading a
    folder or an archive; a file named explicitly is always kept.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UnreadableInput(f"{raw}: no such file or folder")
        if path.is_dir():
            yield from _folder(path, suffixes)
        elif _is_zip(path):
            yield from _zip_members(path, suffixes)
        else:
            _check_readable(path)
            yield _file_input(path)


@contextmanager
def open_source(source: str | os.PathLike | Input | BinaryIO) -> Iterator[tuple[str, BinaryIO]]:
    """``(name, binary stream)`` for what a parser was given: a path, an Input or a stream.

    Paths and Inputs are opened here and closed afterwards; a stream given by the caller is
    left open (the caller owns it). Raises UnreadableInput for a path that cannot be read.
    """
    if isinstance(source, Input):
        stream = source.open()
        with stream:
            yield source.name, stream
    elif isinstance(source, (str, os.PathLike)):
        try:
            stream = open(source, "rb")  # noqa: SIM115 - closed by the with below
        except OSError as error:
            raise UnreadableInput(f"{source}: cannot be read ({error.strerror})") from error
        with stream:
            yield str(source), stream
    else:
        yield getattr(source, "name", "<stream>"), source


def _folder(folder: Path, suffixes: tuple[str, ...]) -> Iterator[Input]:
    if not os.access(folder, os.R_OK | os.X_OK):
        raise UnreadableInput(f"{folder}: folder cannot be read")
    for root, dirs, files in os.walk(folder, onerror=_raise_unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if name.startswith("."):
                continue
            if _is_zip(path):
                yield from _zip_members(path, suffixes)
            elif _wanted(name, suffixes):
                _check_readable(path)
                yield _file_input(path)


def _raise_unreadable(error: OSError) -> None:
    raise UnreadableInput(f"{error.filename}: cannot be read ({error.strerror})") from error


def _zip_members(archive: Path, suffixes: tuple[str, ...]) -> Iterator[Input]:
    try:
        with zipfile.ZipFile(archive) as opened:
            members = [
                info.filename
                for info in opened.infolist()
                if not info.is_dir() and _wanted(info.filename, suffixes)
            ]
    except (OSError, zipfile.BadZipFile) as error:
        raise UnreadableInput(f"{archive}: not a readable zip archive ({error})") from error
    for member in sorted(members):
        if Path(member).name.startswith(".") or member.startswith("__MACOSX/"):
            continue
        yield Input(f"{archive}:{member}", _member_opener(archive, member))


def _member_opener(archive: Path, member: str) -> Callable[[], BinaryIO]:
    def open_member() -> BinaryIO:
        # The member stream keeps the archive open; closing the member closes both.
        opened = zipfile.ZipFile(archive)
        stream = opened.open(member)
        original_close = stream.close

        def close() -> None:
            original_close()
            opened.close()

        stream.close = close  # type: ignore[method-assign]
        return stream  # type: ignore[return-value]

    return open_member


def _file_input(path: Path) -> Input:
    return Input(str(path), lambda: open(path, "rb"), path)


def _is_zip(path: Path) -> bool:
    return path.suffix.lower() == ".zip"


def _wanted(name: str, suffixes: tuple[str, ...]) -> bool:
    return not suffixes or Path(name).suffix.lower() in suffixes


def _check_readable(path: Path) -> None:
    if not os.access(path, os.R_OK):
        raise UnreadableInput(f"{path}: file cannot be read (permission denied)")
