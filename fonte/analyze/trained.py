"""Placeholder until the trained-model analyser lands (being built in this session)."""

from fonte.model import Analysis


def run(analysis: Analysis, options) -> None:
    return None
