"""The pacing chart: the only module that imports matplotlib (the Pacing tab imports this module lazily,
once the chart worker (``ui/chart_thread.py``) has loaded matplotlib and numpy on the chart thread).

One Figure and one FigureCanvasQTAgg for the life of the tab; new data goes into the same artists
(``set_verts``/``set_data``), since a forgotten hidden canvas costs megabytes. Daily amounts are one
PolyCollection of bars rather than thousands of Rectangle patches: five years of days draw in one call.
Colours are the Okabe-Ito set (safe for the common colour-vision differences), and every series also
differs by shape (bars, solid step, dashed line with dots, shading, triangles).

Threads: the figure is built, changed and drawn only on the chart thread, so a draw (about 0.1 s on a
slow machine) never holds up the window. The UI thread hands over plain data - the series, the colours
and text size read from the app, the canvas size - and paints the last finished picture. Methods whose
names start with ``_job`` run on the chart thread and are the only ones that touch the figure.
"""

from __future__ import annotations

import contextlib
import io
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.collections import PolyCollection
from matplotlib.dates import AutoDateLocator, num2date
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import Formatter
from matplotlib.transforms import Bbox
from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from backpain_desktop.domain.pacing import ChartSeries
from backpain_desktop.perf import HAND_OVER_MS
from backpain_desktop.ui.chart_thread import ChartWorker
from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr

# Bars, plan and pain at least 3:1 against each other and the background (WCAG 1.4.11), light and dark;
# they also differ by shape (bars, dashed step, dots and a line).
LIGHT = {"bars": "#2b83ba", "plan": "#000000", "pain": "#3b0a45", "flare": "#CC79A7", "boom": "#000000"}
DARK = {"bars": "#2b83ba", "plan": "#ffffff", "pain": "#F0E442", "flare": "#CC79A7", "boom": "#ffffff"}
MARKER_LIMIT = 120  # dots on the pain line only while they stay readable
WEEKLY_LINE_AFTER = 28  # longer daily ranges show pain as dots with a 7-day average line, not a zigzag
WAIT_SECONDS = 60  # longest a caller that must have the picture (report, smoke test) waits for a draw




def _day_numbers(days: list[date]) -> np.ndarray:
    """matplotlib's date numbers (days since 1970-01-01, its default epoch) without a Python loop."""
    return np.array(days, dtype="datetime64[D]").astype(np.float64)


def _rolling_mean(values: np.ndarray, days: int) -> np.ndarray:
    """The mean of the ``days`` days ending on each day, over the days with a value (NaN when none)."""
    known = np.isfinite(values)
    sums = np.convolve(np.where(known, values, 0.0), np.ones(days))[:len(values)]
    counts = np.convolve(known.astype(np.float64), np.ones(days))[:len(values)]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)



class _LocaleDates(Formatter):
    """Tick labels for the date axis in the language in use. The axis itself runs left to right (oldest
    first) in every language, Arabic too: its dates and numbers read left to right, and it matches the
    printed report a physiotherapist reads."""

    def __init__(self, day_format: str, month_format: str):
        self.locale = QLocale()
        self.day_format, self.month_format = day_format, month_format

    def __call__(self, x: float, pos: int | None = None) -> str:
        low, high = self.axis.get_view_interval() if self.axis is not None else (x, x)
        wide = high - low > 200  # days: over about half a year, months say more than days
        return self.locale.toString(num2date(x).date(), self.month_format if wide else self.day_format)

@dataclass(frozen=True)
class Look:
    """What the chart takes from the app's look, read on the UI thread."""

    background: str
    text: str
    dark: bool
    font_pt: float

    @classmethod
    def of_app(cls) -> Look:
        palette = QGuiApplication.palette()
        points = QGuiApplication.font().pointSizeF()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        return cls(base.name(), text.name(), base.lightness() < 128, points if points > 0 else 10.0)

    def on_paper(self) -> Look:
        return Look("#ffffff", "#000000", False, self.font_pt)


class _Canvas(FigureCanvasQTAgg):
    """A FigureCanvasQTAgg whose Agg drawing happens on the chart thread: it asks for draws, tells the
    chart its size, and paints the last finished picture. It never touches the figure itself."""

    def __init__(self, figure: Figure, chart: PacingChart):
        self._chart = chart
        self._picture: QImage | None = None
        self._background = QColor("white")
        super().__init__(figure)
        self.setMouseTracking(False)  # no matplotlib mouse events: they would read the figure here

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override; the base reads the figure
        return QSize(800, 360)

    def draw(self) -> None:
        self._chart.request_draw()

    def draw_idle(self) -> None:
        self._chart.request_draw()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        QWidget.resizeEvent(self, event)
        self._chart.size_changed()

    def _update_pixel_ratio(self) -> None:  # called by the base when the screen changes
        self._chart.size_changed()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Not matplotlib's: it makes this canvas an event filter on the whole window, so every event of
        # the window (each key, each repaint) would call into Python, waiting for the interpreter lock
        # while the chart thread draws. A new pixel ratio is noticed in paintEvent instead.
        QWidget.showEvent(self, event)
        self._chart.size_changed()

    def show_picture(self, picture: QImage, background: str) -> None:
        self._picture = picture
        self._background = QColor(background)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._chart.ratio_changed():  # moved to a screen with another scale: a sharper picture
            self._chart.size_changed()
        painter = QPainter(self)
        try:
            painter.fillRect(event.rect(), self._background)
            if self._picture is not None:
                painter.drawImage(0, 0, self._picture)
        finally:
            painter.end()


# Plain QWidget handling for input: matplotlib's would build events from the figure on the UI thread.
# The base class's own methods in the subclass make PySide call Qt's C++ handlers directly.
for _handler in ("enterEvent", "leaveEvent", "mousePressEvent", "mouseDoubleClickEvent", "mouseMoveEvent",
                 "mouseReleaseEvent", "wheelEvent", "keyPressEvent", "keyReleaseEvent"):
    setattr(_Canvas, _handler, getattr(QWidget, _handler))


class _Relay(QObject):
    """Brings finished pictures from the chart thread to the UI thread."""

    pictured = Signal(int, QImage, str)  # draw number, picture, background colour


class PacingChart(QWidget):
    """Bars of daily amount and the plan as a step line above, pain in a panel below, flare-ups shaded,
    boom-and-bust days marked. ``drawn`` is emitted each time a new picture is on screen."""

    drawn = Signal()

    def __init__(self, worker: ChartWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker  # the chart thread: every _job method runs there
        self.figure = Figure(figsize=(8, 3.6), dpi=100)
        self.canvas = _Canvas(self.figure, self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(260)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the summary beside it carries the content
        self.canvas.setAccessibleName(_tr("chart", "Pacing chart"))
        self.setAccessibleName(_tr("chart", "Pacing chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.draws = 0  # pictures shown so far
        # Words are translated here, on the UI thread, and handed to the chart thread.
        self._words = {"amount_day": _tr("chart",
                "Amount each day"), "amount_week": _tr("chart", "Weekly average a day"),
                       "plan": _tr("chart", "Plan"), "pain": _tr("chart", "Pain (0-10)"),
                       "pain_mean": _tr("chart", "Pain, 7-day average"),
                       "flare": _tr("chart", "Flare-up"), "boom": _tr("chart", "Boom and bust")}
        # What the UI thread has asked for and the chart thread has not yet taken (under _lock).
        self._lock = threading.Lock()
        self._pending: dict = {}
        self._draw_queued = False
        self._hand_over_scheduled = False  # a draw asked for, to go to the chart thread HAND_OVER_MS later
        self._number = 0  # of the latest draw asked for
        self._shown = 0  # number of the picture on screen
        self._last_job: Future | None = None
        self._latest: tuple[int, QImage, str] | None = None  # the chart thread's last picture
        self._size_asked: tuple[int, int, float] | None = None
        self._legend_pixels = None  # the legend as last drawn in full, and what it was drawn for
        self._legend_key: tuple | None = None
        self._relay = _Relay(self)
        self._relay.pictured.connect(self._show_picture)
        self._look = Look.of_app()
        self.canvas._background = QColor(self._look.background)  # no white flash before the first picture
        self._worker.make_way()  # the page's new layout and repaint go first, then the figure is built
        self._submit(self._job_build, self._look)

    # -- asked for on the UI thread ----------------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Follow the app when it switches light/dark/high contrast or changes its text size."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(self, "_relay"):
            look = Look.of_app()
            if look != self._look:
                self._look = look
                self._ask(look=look)

    def size_changed(self) -> None:
        """The canvas was resized, moved screen or shown. matplotlib calls this on every show (each visit
        to the Pacing tab); only a real change of size or pixel ratio is worth a new picture."""
        ratio = self.canvas.devicePixelRatioF() or 1.0
        size = (self.canvas.width(), self.canvas.height(), ratio)
        if size == self._size_asked:
            return
        self._size_asked = size
        self._ask(size=size)

    def ratio_changed(self) -> bool:
        """Whether the canvas's pixel ratio differs from the one the last picture was asked for."""
        ratio = self.canvas.devicePixelRatioF() or 1.0
        return self._size_asked is not None and self._size_asked[2] != ratio

    def set_series(self, series: ChartSeries, unit: str) -> None:
        """Hand new data to the chart thread, which puts it into the existing artists and draws once."""
        weekly = fill(_tr("chart", "%1 a day, weekly average"), unit)
        self._ask(series=(series, unit if series.bucket_days == 1 else weekly))

    def request_draw(self) -> None:
        self._ask()

    def draw_now(self) -> None:
        """Draw and wait for the picture (the smoke test, the report)."""
        self._ask()
        self.wait_drawn()

    def wait_drawn(self, timeout: float = WAIT_SECONDS) -> None:
        """Block until the chart thread has done everything asked so far and show its last picture.
        For callers that need the finished chart at once; a person's clicks never wait here."""
        self._hand_over_now()
        while True:
            job = self._last_job
            if job is None:
                return
            job.result(timeout=timeout)  # a failed draw raises its error here
            if job is self._last_job:
                break
        if self._latest is not None:  # its queued delivery may not have arrived yet
            self._show_picture(*self._latest)

    def save(self, path: Path, fmt: str | None = None) -> None:
        """Save as PNG or SVG (``fmt``, else by the file's suffix); returns once the file is written."""
        fmt = fmt or ("svg" if Path(path).suffix.lower() == ".svg" else "png")
        self._hand_over_now()  # changes asked for this turn go into the figure first
        self._submit(self._job_save, path, fmt).result(timeout=WAIT_SECONDS)

    def png_bytes(self, dpi: int = 150) -> bytes:
        """The chart as PNG bytes, black on white for paper (the clinician report)."""
        self._hand_over_now()
        return self._submit(self._job_png, dpi).result(timeout=WAIT_SECONDS)

    def _ask(self, **changes) -> None:
        """Note what changed and queue one draw; changes made before it starts share that draw.

        On the UI thread the draw is handed to the chart thread HAND_OVER_MS later. What one event
        changes (a tab shown: a new size, then the data) makes one picture, not two. And the UI thread
        first finishes the repaint that came with the change (a tab, a saved entry in the table) alone:
        the two threads share one interpreter lock, and drawing at the same time makes both slower.
        wait_drawn(), save() and png_bytes() hand over at once. Also called from the chart thread
        (matplotlib asks its canvas for a redraw after a save)."""
        with self._lock:
            self._pending.update(changes)
            self._number += 1
            if self._draw_queued:
                return
            self._draw_queued = True
        if threading.current_thread() is threading.main_thread():
            self._hand_over_scheduled = True
            QTimer.singleShot(HAND_OVER_MS, self, self._hand_over)
        else:
            self._submit(self._job_draw)

    def _hand_over_now(self) -> None:
        """For a caller about to wait for the chart thread: hand over what is asked, and stop making way."""
        self._worker.end_quiet()
        self._hand_over()

    def _hand_over(self) -> None:
        if self._hand_over_scheduled:
            self._hand_over_scheduled = False
            self._submit(self._job_draw)

    def _submit(self, job, *args) -> Future:
        future = self._worker.submit(job, *args)
        self._last_job = future
        return future

    def _show_picture(self, number: int, picture: QImage, background: str) -> None:
        if number <= self._shown:  # already shown by wait_drawn, or older than the one on screen
            return
        self._shown = number
        self.canvas.show_picture(picture, background)
        self.draws += 1
        self.drawn.emit()

    # -- the chart thread: the only code that touches the figure ------------------------------------------

    def _job_build(self, look: Look) -> None:
        self._worker.wait_for_quiet()
        # Amount above, pain below, sharing the date axis: neither is drawn over the other.
        self.ax, self.pain_ax = self.figure.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": (3, 2),
                                                                                      "hspace": 0.12})
        self.flare_shading = PolyCollection([], transform=self.ax.get_xaxis_transform(), alpha=0.28,
                                            linewidth=0, zorder=0)
        self.ax.add_collection(self.flare_shading)
        # Flare-ups shaded in the pain panel too, so a rise in pain can be read against them.
        self.pain_flare_shading = PolyCollection([], transform=self.pain_ax.get_xaxis_transform(), alpha=0.28,
                                                 linewidth=0, zorder=0)
        self.pain_ax.add_collection(self.pain_flare_shading)
        self.bars = PolyCollection([], linewidth=0, zorder=1)
        self.ax.add_collection(self.bars)
        (self.plan_line,) = self.ax.plot([], [], drawstyle="steps-post", linewidth=2.6, linestyle="--",
                                         zorder=3)
        (self.boom_marks,) = self.ax.plot([], [], linestyle="none", marker="v", markersize=11, zorder=4,
                                          transform=self.ax.get_xaxis_transform())
        (self.pain_line,) = self.pain_ax.plot([], [], linestyle="-", linewidth=2.2, zorder=2)
        (self.pain_mean,) = self.pain_ax.plot([], [], linestyle="-", linewidth=2.6, zorder=3)
        self.pain_ax.set_ylim(0, 10.5)
        self.pain_ax.set_yticks(range(0, 11, 2))
        self.pain_ax.grid(axis="y", linewidth=0.5, alpha=0.4)
        locator = AutoDateLocator(maxticks=8)
        self.pain_ax.xaxis.set_major_locator(locator)
        # Days as "2 Dec", months as "Dec 2026", in the language in use (QLocale's names and digits).
        self.pain_ax.xaxis.set_major_formatter(_LocaleDates(
            _tr("chart", "d MMM", "date format on the chart: day and month"),
            _tr("chart", "MMM yyyy", "date format on the chart: month and year")))
        self.ax.tick_params(labelbottom=False)
        self.pain_ax.set_ylabel(self._words["pain"])
        self._bucket_days = 1
        self._job_look(look)

    def _job_draw(self) -> None:
        self._worker.wait_for_quiet()  # a tab switch or a save on the UI thread goes first
        with self._lock:
            changes, self._pending = self._pending, {}
            self._draw_queued = False
            number = self._number
        if "look" in changes:
            self._job_look(changes["look"])
        if "series" in changes:
            self._job_series(*changes["series"])
        if "size" in changes:
            width, height, ratio = changes["size"]
            if width > 0 and height > 0:
                self.canvas._set_device_pixel_ratio(ratio)  # matplotlib's own: scales the figure's dpi
                self.figure.set_size_inches(width * ratio / self.figure.dpi, height * ratio / self.figure.dpi,
                                            forward=False)
                self._fit_margins()
        canvas = self.canvas
        self._draw_reusing_legend(canvas)
        width, height = canvas.get_width_height(physical=True)
        picture = QImage(canvas.buffer_rgba(), width, height, QImage.Format.Format_RGBA8888).copy()
        picture.setDevicePixelRatio(canvas.device_pixel_ratio)
        self._latest = (number, picture, self._look_now.background)
        with contextlib.suppress(RuntimeError):  # the chart was closed meanwhile
            self._relay.pictured.emit(*self._latest)

    def _draw_reusing_legend(self, canvas: FigureCanvasAgg) -> None:
        """Draw the figure. The legend (a quarter of a draw's time) changes only with the
        colours, the text size, the figure's size and the amount label: otherwise its pixels from the
        last full draw are put back rather than drawn again. It sits above the axes, where nothing else
        is drawn."""
        legend = self.ax.get_legend()
        key = (tuple(self.figure.bbox.bounds), self._amount_label.get_text())
        reuse = self._legend_pixels is not None and self._legend_key == key
        legend.set_visible(not reuse)
        try:
            FigureCanvasAgg.draw(canvas)
        finally:
            legend.set_visible(True)
        if reuse:
            canvas.restore_region(self._legend_pixels)
        else:
            box = legend.get_window_extent(canvas.get_renderer())
            self._legend_pixels = canvas.copy_from_bbox(
                Bbox.from_extents(box.x0 - 2, box.y0 - 2, box.x1 + 2, box.y1 + 2))  # antialiased edges
            self._legend_key = key

    def _job_look(self, look: Look) -> None:
        """Colours from the app's palette (light, dark, high contrast) and text sized from the app font,
        so the app's text scale and kiosk size reach the chart too."""
        self._look_now = look
        colours = DARK if look.dark else LIGHT
        self._font_pt = look.font_pt
        self.figure.set_facecolor(look.background)
        self.ax.set_facecolor(look.background)
        for axis in (self.ax, self.pain_ax):
            axis.tick_params(colors=look.text, labelsize=self._font_pt)
            for spine in axis.spines.values():
                spine.set_color(look.text)
            axis.yaxis.label.set_color(look.text)
            axis.yaxis.label.set_fontsize(self._font_pt)
            axis.xaxis.get_offset_text().set_fontsize(self._font_pt * 0.9)
            axis.xaxis.get_offset_text().set_color(look.text)
        self.bars.set_facecolor(colours["bars"])
        self.flare_shading.set_facecolor(colours["flare"])
        self.pain_flare_shading.set_facecolor(colours["flare"])
        self.plan_line.set_color(colours["plan"])
        self.pain_line.set_color(colours["pain"])
        self.pain_mean.set_color(colours["pain"])
        self.boom_marks.set_color(colours["boom"])
        self.pain_line.set_markerfacecolor(colours["pain"])
        self._colours = colours
        self._job_legend()

    def _job_legend(self) -> None:
        words, colours = self._words, self._colours
        handles = [Patch(color=colours["bars"],
                         label=words["amount_day"] if self._bucket_days == 1 else words["amount_week"]),
                   Line2D([], [], color=colours["plan"], linewidth=2.6, linestyle="--", label=words["plan"]),
                   Line2D([], [], color=colours["pain"], marker="o", label=words["pain"]),
                   Patch(color=colours["flare"], alpha=0.28, label=words["flare"]),
                   Line2D([], [], color=colours["boom"], linestyle="none", marker="v", label=words["boom"])]
        # Large text (kiosk, text scale) puts the legend on two rows rather than off the edge.
        self._legend_rows = 1 if self._font_pt <= 11 else 2
        legend = self.ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.01),
                                ncols=5 if self._legend_rows == 1 else 3,
                                frameon=False, fontsize=self._font_pt * 0.9, handlelength=1.6,
                                columnspacing=1.0, borderaxespad=0)
        for label in legend.get_texts():
            label.set_color(self._look_now.text)
        self._amount_label = legend.get_texts()[0]
        self._legend_pixels = None  # a new legend: drawn in full next time
        self._fit_margins()

    def _fit_margins(self) -> None:
        """Margins in text heights, not fractions, so large text is never cut off at any size."""
        width, height = self.figure.get_size_inches() * self.figure.dpi
        text = self._font_pt * self.figure.dpi / 72
        left, right = 4.6 * text, 1.2 * text
        top = (1.9 * self._legend_rows + 0.8) * text
        bottom = 3.6 * text
        if width > left + right + 50 and height > top + bottom + 50:
            self.figure.subplots_adjust(left=left / width, right=1 - right / width, top=1 - top / height,
                                        bottom=bottom / height)

    def _job_series(self, series: ChartSeries, ylabel: str) -> None:
        """Put new data into the existing artists."""
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
        averaged = bucket == 1 and n > WEEKLY_LINE_AFTER
        # Many days: each day a small dot, and a 7-day average as the line to read.
        self.pain_line.set_linestyle("none" if averaged else "-")
        self.pain_line.set_marker("o" if n <= MARKER_LIMIT else "")
        self.pain_line.set_markersize(3.5 if averaged else 5)
        self.pain_mean.set_data(x, _rolling_mean(pain, 7) if averaged else np.full(n, np.nan))
        shading = [[(s, 0), (s, 1), (e, 1), (e, 0)]
                   for s, e in ((float(a) - 0.5, float(b) + 0.5) for a, b in
                                zip(_day_numbers([f[0] for f in series.flares]),
                                    _day_numbers([f[1] for f in series.flares]), strict=True))]
        self.flare_shading.set_verts(shading)
        self.pain_flare_shading.set_verts(shading)
        booms = _day_numbers(series.boom_days)
        self.boom_marks.set_data(booms, np.full(len(booms), 0.97))
        planned = plan[np.isfinite(plan)]
        top = max(float(heights.max()) if n else 0.0, float(planned.max()) if planned.size else 0.0, 1.0)
        self.ax.set_ylim(0, top * 1.15)
        if n:
            self.ax.set_xlim(x[0] - half - 0.2, x[-1] + half + 0.2)
        self.ax.set_ylabel(ylabel)
        self._bucket_days = bucket
        words = self._words
        self._amount_label.set_text(words["amount_day"] if bucket == 1 else words["amount_week"])

    def _job_save(self, path: Path, fmt: str) -> None:
        self.figure.savefig(path, format=fmt, facecolor=self.figure.get_facecolor(), dpi=150)

    def _job_png(self, dpi: int) -> bytes:
        buffer = io.BytesIO()
        look = self._look_now
        self._job_look(look.on_paper())
        try:
            self.figure.savefig(buffer, format="png", dpi=dpi, facecolor="#ffffff")
        finally:
            self._job_look(look)
        return buffer.getvalue()
