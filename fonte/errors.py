"""fonte's exceptions; the CLI maps them to one-line messages and exit codes."""


class FonteError(Exception):
    """Base of every error fonte reports to a user."""

    exit_code = 1


class UsageError(FonteError):
    """The command line itself is wrong (exit 2)."""

    exit_code = 2


class InputError(FonteError):
    """An input cannot be read or holds no article."""


class FetchError(InputError):
    """A URL could not be fetched, or was refused."""


class ModelError(FonteError):
    """A trained model file is missing, corrupt or from another version."""


class DataError(FonteError):
    """Training or gold data is malformed."""


class StoreError(FonteError):
    """The corpus database cannot be opened, migrated or written."""
