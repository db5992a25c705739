"""The characters a regular expression's match can start with, read from its parsed form.

Analysers put such a class in front of a pattern, or of each branch of an alternation, so that the
regex engine skips in C to where a match can start instead of entering the pattern at every offset.
The answer is a superset: lookarounds and anchors are passed over, and anything not a short list of
characters (a category, a negated class, any character) makes it unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre_constants
from re import _parser as sre_parser
from typing import Any

#: The widest character range spelt out member by member; a wider one makes the first characters unknown.
MAX_RANGE = 2000
_ZERO_WIDTH = (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT)
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def first_chars(source: str, flags: int = 0) -> frozenset[str] | None:
    """The characters (as written) a match of ``source`` can start with; None where it may start with
    any character or match nothing."""
    first = sequence_first(sre_parser.parse(source, flags).data, ignore_case=bool(flags & re.IGNORECASE))
    return None if first is None or first[1] else frozenset(first[0])


def sequence_first(items: Iterable[tuple[Any, Any]], ignore_case: bool = False) -> tuple[set[str], bool] | None:
    """The characters a parsed sequence may start with (as written), and whether it may match nothing;
    None when that is not a short list of characters.

    ``ignore_case``: the sequence and a class of its first characters are compiled with re.IGNORECASE.
    There a group that changes the case flags keeps its letters as written (the class matches them in
    any case, and turning case off only narrows what matches); without it, such a group makes the
    first characters unknown, since "(?i:a)" also starts with "A".
    """
    chars: set[str] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            return chars | {chr(av)}, False
        if op is sre_constants.IN:
            for member_op, member in av:
                if member_op is sre_constants.LITERAL:
                    chars.add(chr(member))
                elif member_op is sre_constants.RANGE and member[1] - member[0] <= MAX_RANGE:
                    chars.update(map(chr, range(member[0], member[1] + 1)))
                else:  # a negated class, a category, a huge range
                    return None
            return chars, False
        if op in _ZERO_WIDTH:
            continue
        if op is sre_constants.BRANCH:
            first = _union(sequence_first(branch, ignore_case) for branch in av[1])
        elif op in _REPEATS:
            first = sequence_first(av[2], ignore_case)
            if first is not None and av[0] == 0:
                first = first[0], True
        elif op is sre_constants.SUBPATTERN and (ignore_case or not (av[1] | av[2]) & re.IGNORECASE):
            first = sequence_first(av[3], ignore_case)
        elif op is sre_constants.ATOMIC_GROUP:
            first = sequence_first(av, ignore_case)
        else:  # any character, a category, a back-reference, a condition, a change of case flags
            return None
        if first is None:
            return None
        chars |= first[0]
        if not first[1]:
            return chars, False
    return chars, True


def _union(firsts: Iterable[tuple[set[str], bool] | None]) -> tuple[set[str], bool] | None:
    chars: set[str] = set()
    empty = False
    for first in firsts:
        if first is None:
            return None
        chars |= first[0]
        empty = empty or first[1]
    return chars, empty
