"""The Pacing tab as a package of small parts; :class:`PacingTab` composes them."""

from backpain_desktop.ui.pacing.tab import PacingTab

__all__ = ["PacingTab"]
