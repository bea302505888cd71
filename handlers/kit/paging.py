"""Lists in pages: how many pages a total makes, and the ‹ Previous / Next › row that moves between them."""

from __future__ import annotations

from collections.abc import Callable

from handlers.kit.i18n import Translator
from handlers.kit.messages import Button

MAX_PAGE = 10_000  # a page number past this is one no button of ours carried


def page_count(total: int, size: int) -> int:
    """At least one page, so an empty list still reads "page 1 of 1"."""
    return max((total + size - 1) // size, 1)


def paging_row(tr: Translator, page: int, pages: int, press: Callable[[int], str]) -> list[Button]:
    """‹ Previous and Next ›, each only where there is a page to go to; `press` is a page's callback data."""
    row = []
    if page > 0:
        row.append(Button(tr.plain("btn-previous"), press(page - 1)))
    if page + 1 < pages:
        row.append(Button(tr.plain("btn-next"), press(page + 1)))
    return row
