"""Where the Pacing tab used to live: its names, for callers not yet moved to ``ui/pacing/``."""

from backpain_desktop.ui.pacing.common import local_day, local_text, one_line, plain_tooltip, visible_controls
from backpain_desktop.ui.pacing.log_model import EntryFilter, EntryTableModel
from backpain_desktop.ui.pacing.tab import PacingTab

__all__ = ["EntryFilter", "EntryTableModel", "PacingTab", "local_day", "local_text", "one_line",
           "plain_tooltip", "visible_controls"]
