"""The pacing chart: the only module that imports matplotlib (the Pacing tab imports this module lazily).

One Figure and one FigureCanvasQTAgg for the life of the tab; new data goes into the same artists
(``set_verts``/``set_data``, ``relim``, ``draw_idle``), since a forgotten hidden canvas costs megabytes.
Daily amounts are one PolyCollection of bars rather than thousands of Rectangle patches: five years of
days draw in one call. Colours are the Okabe-Ito set (safe for the common colour-vision differences),
and every series also differs by shape (bars, solid step, dashed line with dots, shading, triangles).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.collections import PolyCollection
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from backpain_desktop.domain.pacing import ChartSeries

# Okabe & Ito (2008): distinguishable with protanopia, deuteranopia and tritanopia.
LIGHT = {"bars": "#0072B2", "plan": "#D55E00", "pain": "#009E73", "flare": "#CC79A7", "boom": "#000000"}
DARK = {"bars": "#56B4E9", "plan": "#E69F00", "pain": "#2FD4A4", "flare": "#CC79A7", "boom": "#F0E442"}
MARKER_LIMIT = 120  # dots on the pain line only while they stay readable


def tr(text: str) -> str:
    return QCoreApplication.translate("chart", text)


def _day_numbers(days: list[date]) -> np.ndarray:
    """matplotlib's date numbers (days since 1970-01-01, its default epoch) without a Python loop."""
    return np.array(days, dtype="datetime64[D]").astype(np.float64)


class PacingChart(QWidget):
    """Bars of daily amount, the plan as a step line, pain on a second axis, flare-ups shaded,
    boom-and-bust days marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = Figure(figsize=(8, 3.6), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(260)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the summary beside it carries the content
        self.canvas.setAccessibleName(tr("Pacing chart"))
        self.setAccessibleName(tr("Pacing chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

        self.ax = self.figure.add_subplot()
        self.pain_ax = self.ax.twinx()
        # The pain line is drawn over the bars (its axes on top, with a see-through background).
        self.pain_ax.set_zorder(self.ax.get_zorder() + 1)
        self.pain_ax.patch.set_visible(False)
        self.flare_shading = PolyCollection([], transform=self.ax.get_xaxis_transform(), alpha=0.28,
                                            linewidth=0, zorder=0)
        self.ax.add_collection(self.flare_shading)
        self.bars = PolyCollection([], linewidth=0, zorder=1)
        self.ax.add_collection(self.bars)
        (self.plan_line,) = self.ax.plot([], [], drawstyle="steps-post", linewidth=2.6, zorder=3)
        (self.boom_marks,) = self.ax.plot([], [], linestyle="none", marker="v", markersize=11, zorder=4,
                                          transform=self.ax.get_xaxis_transform())
        (self.pain_line,) = self.pain_ax.plot([], [], linestyle="--", linewidth=2.2, zorder=2)
        self.pain_ax.set_ylim(0, 10.5)
        self.pain_ax.set_yticks(range(0, 11, 2))
        locator = AutoDateLocator()
        self.ax.xaxis.set_major_locator(locator)
        self.ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        self.unit = "minutes"
        self.apply_look()
        self.canvas.mpl_connect("resize_event", lambda _event: self._fit_margins())

    # -- look --------------------------------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Follow the app when it switches light/dark/high contrast or changes its text size."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(self, "_colours"):
            self.apply_look()
            self.canvas.draw_idle()

    def apply_look(self, paper: bool = False) -> None:
        """Colours from the app's palette (light, dark, high contrast) and text sized from the app font,
        so the app's text scale and kiosk size reach the chart too. ``paper``: black on white."""
        palette = QGuiApplication.palette()
        background = "#ffffff" if paper else palette.color(QPalette.ColorRole.Base).name()
        text = "#000000" if paper else palette.color(QPalette.ColorRole.Text).name()
        dark = not paper and palette.color(QPalette.ColorRole.Base).lightness() < 128
        colours = DARK if dark else LIGHT
        points = QGuiApplication.font().pointSizeF()
        self._font_pt = points if points > 0 else 10.0
        self.figure.set_facecolor(background)
        self.ax.set_facecolor(background)
        for axis in (self.ax, self.pain_ax):
            axis.tick_params(colors=text, labelsize=self._font_pt)
            for spine in axis.spines.values():
                spine.set_color(text)
            axis.yaxis.label.set_color(text)
            axis.yaxis.label.set_fontsize(self._font_pt)
            axis.xaxis.get_offset_text().set_fontsize(self._font_pt * 0.9)
            axis.xaxis.get_offset_text().set_color(text)
        self.bars.set_facecolor(colours["bars"])
        self.flare_shading.set_facecolor(colours["flare"])
        self.plan_line.set_color(colours["plan"])
        self.pain_line.set_color(colours["pain"])
        self.boom_marks.set_color(colours["boom"])
        self.pain_line.set_markerfacecolor(colours["pain"])
        self._text = text
        self._colours = colours
        self._legend()

    def _legend(self) -> None:
        handles = [Patch(color=self._colours["bars"], label=tr("Amount each day")),
                   Line2D([], [], color=self._colours["plan"], linewidth=2.6, label=tr("Plan")),
                   Line2D([], [], color=self._colours["pain"], linestyle="--", label=tr("Pain (0-10)")),
                   Patch(color=self._colours["flare"], alpha=0.28, label=tr("Flare-up")),
                   Line2D([], [], color=self._colours["boom"], linestyle="none", marker="v",
                          label=tr("Boom and bust"))]
        # Large text (kiosk, text scale) puts the legend on two rows rather than off the edge.
        self._legend_rows = 1 if self._font_pt <= 11 else 2
        legend = self.ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.01),
                                ncols=5 if self._legend_rows == 1 else 3,
                                frameon=False, fontsize=self._font_pt * 0.9, handlelength=1.6,
                                columnspacing=1.0, borderaxespad=0)
        for label in legend.get_texts():
            label.set_color(self._text)
        self._amount_label = legend.get_texts()[0]
        self._fit_margins()

    def _fit_margins(self) -> None:
        """Margins in text heights, not fractions, so large text is never cut off at any size."""
        width, height = self.figure.get_size_inches() * self.figure.dpi
        text = self._font_pt * self.figure.dpi / 72
        left = right = 4.6 * text
        top = (1.9 * self._legend_rows + 0.8) * text
        bottom = 3.6 * text
        if width > left + right + 50 and height > top + bottom + 50:
            self.figure.subplots_adjust(left=left / width, right=1 - right / width, top=1 - top / height,
                                        bottom=bottom / height)

    # -- data --------------------------------------------------------------------------------------------

    def set_series(self, series: ChartSeries, unit: str) -> None:
        """Put new data into the existing artists and schedule one redraw."""
        self.unit = unit
        bucket = series.bucket_days
        starts = _day_numbers(series.days)
        x = starts + (bucket - 1) / 2  # the middle of each day or week
        heights = np.asarray(series.amounts, dtype=np.float64)
        n = len(x)
        verts = np.empty((n, 4, 2))
        half = 0.4 * bucket
        left, right = x - half, x + half
        verts[:, 0, 0] = verts[:, 1, 0] = left
        verts[:, 2, 0] = verts[:, 3, 0] = right
        verts[:, 0, 1] = verts[:, 3, 1] = 0
        verts[:, 1, 1] = verts[:, 2, 1] = heights
        self.bars.set_verts(verts)
        plan = np.array([np.nan if v is None else v for v in series.plan], dtype=np.float64)
        # steps-post draws each value until the next point: repeat the last one a day later.
        edges = starts - 0.5  # steps from each day's (week's) left edge to the next
        self.plan_line.set_data(np.append(edges, edges[-1] + bucket) if n else edges,
                                np.append(plan, plan[-1]) if n else plan)
        pain = np.array([np.nan if v is None else v for v in series.pain], dtype=np.float64)
        self.pain_line.set_data(x, pain)
        self.pain_line.set_marker("o" if n <= MARKER_LIMIT else "")
        self.pain_line.set_markersize(5)
        shading = [[(s, 0), (s, 1), (e, 1), (e, 0)]
                   for s, e in ((float(a) - 0.5, float(b) + 0.5) for a, b in
                                zip(_day_numbers([f[0] for f in series.flares]),
                                    _day_numbers([f[1] for f in series.flares]), strict=True))]
        self.flare_shading.set_verts(shading)
        booms = _day_numbers(series.boom_days)
        self.boom_marks.set_data(booms, np.full(len(booms), 0.97))
        planned = plan[np.isfinite(plan)]
        top = max(float(heights.max()) if n else 0.0, float(planned.max()) if planned.size else 0.0, 1.0)
        self.ax.set_ylim(0, top * 1.15)
        if n:
            self.ax.set_xlim(x[0] - half - 0.2, x[-1] + half + 0.2)
        weekly = tr("%1 a day, weekly average").replace("%1", unit)
        self.ax.set_ylabel(unit if bucket == 1 else weekly)
        self._amount_label.set_text(tr("Amount each day") if bucket == 1 else tr("Weekly average a day"))
        self.pain_ax.set_ylabel(tr("Pain (0-10)"))
        self.canvas.draw_idle()

    def draw_now(self) -> None:
        self.canvas.draw()

    # -- output ------------------------------------------------------------------------------------------

    def save(self, path: Path, fmt: str | None = None) -> None:
        """Save as PNG or SVG (``fmt``, else by the file's suffix)."""
        fmt = fmt or ("svg" if Path(path).suffix.lower() == ".svg" else "png")
        self.figure.savefig(path, format=fmt, facecolor=self.figure.get_facecolor(), dpi=150)

    def png_bytes(self, dpi: int = 150) -> bytes:
        """The chart as PNG bytes, black on white for paper (the clinician report)."""
        buffer = io.BytesIO()
        self.apply_look(paper=True)
        try:
            self.figure.savefig(buffer, format="png", dpi=dpi, facecolor="#ffffff")
        finally:
            self.apply_look()
        return buffer.getvalue()
