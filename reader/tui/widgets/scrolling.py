"""Scrollable widgets whose content changes without re-laying the screen out.

Textual's `virtual_size` asks for a layout of the whole screen whenever it changes: at
160×48 with 50,000 articles that is ≈13 ms, and the scroll bars refreshed inside that
layout arrive as a second frame ≈30 ms later. A layout is only needed when a scroll bar
comes or goes, so a widget that always shows its bar (`overflow-y: scroll`) and has a
fixed size can repaint itself alone.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive


class NoLayoutScroll:
    """Mix-in: a change of scrollable size repaints the widget, not the screen's layout.

    Only for widgets styled with `overflow-y: scroll` and a fixed height (see app.tcss).
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
