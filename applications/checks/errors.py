"""The one error the engine raises for a file it will not read."""

from .i18n import _


class DocumentError(Exception):
    """A file that is unreadable, unsafe or unsupported.

    ``reason`` is a plain-English template (translatable) and ``params`` fills its placeholders;
    ``str(error)`` gives the English sentence.
    """

    def __init__(self, reason: str, params: dict[str, object] | None = None) -> None:
        self.reason = reason
        self.params = dict(params or {})
        super().__init__(self.text)

    @property
    def text(self) -> str:
        """The English reason with its values filled in."""
        return self.reason % self.params if self.params else self.reason


TOO_SLOW = _("This file took too long to read. Save it again as a simple Word or PDF file and try again.")
