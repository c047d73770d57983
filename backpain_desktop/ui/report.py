"""The one-page clinician report: chart, weekly amount against plan with average pain, flare-ups,
boom-and-bust days and exercise sessions, written as PDF with QPdfWriter (no extra dependency).

Everything a person typed is escaped before it goes into the report's HTML.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr


@dataclass(frozen=True)
class ReportWeek:
    start: date
    average: float          # mean daily amount that week
    plan: int | None
    avg_pain: float | None
    sessions: int           # completed exercise sessions


@dataclass(frozen=True)
class ReportData:
    activity: str
    unit: str
    made_on: date
    baseline_text: str
    weeks: list[ReportWeek]
    flares: list[tuple[date, date | None]]
    boom_days: list[tuple[date, float, int, str]]  # day, amount, plan, reason
    chart_png: bytes = b""
    notes: list[str] = field(default_factory=list)


def _d(day: date) -> str:
    """A date in the language in use (the report is read by people, unlike the CSV)."""
    return QLocale().toString(day, "d MMM yyyy")  # month names in the language in use


def report_html(data: ReportData) -> str:
    e = html.escape
    made_on = fill(_tr("report", "Made on %1 from the person’s own log."), _d(data.made_on))
    parts = [f"<h2>{e(fill(_tr('report', 'Pacing report: %1'), data.activity))}</h2>",
             f"<p>{e(made_on)} "
             f"{e(data.baseline_text)}</p>"]
    if data.chart_png:
        parts.append('<p><img src="chart.png" width="640"></p>')
    parts.append(f"<h3>{e(_tr('report', 'Week by week'))}</h3>")
    head = (_tr("report",
            "Week of"), fill(_tr("report", "Average a day (%1)"), data.unit), _tr("report", "Plan"),
            _tr("report", "Average pain"), _tr("report", "Exercise sessions"))
    rows = ["<tr>" + "".join(f"<th align='left'>{e(h)}</th>" for h in head) + "</tr>"]
    for w in data.weeks:
        cells = (_d(w.start), f"{w.average:.0f}", "" if w.plan is None else str(w.plan),
                 "" if w.avg_pain is None else f"{w.avg_pain:.1f}", str(w.sessions))
        rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    parts.append("<table border='1' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>")
    parts.append(f"<h3>{e(_tr('report', 'Flare-ups'))}</h3>")
    if data.flares:
        items = [f"{_d(s)} – {_d(f) if f else e(_tr('report', 'still going on'))}" for s, f in data.flares]
        parts.append("<p>" + "<br>".join(items) + "</p>")
    else:
        parts.append(f"<p>{e(_tr('report', 'None in this period.'))}</p>")
    parts.append(f"<h3>{e(_tr('report', 'Boom-and-bust days'))}</h3>")
    if data.boom_days:
        reason = {"pain": _tr("report",
                "pain rose within 2 days"), "crash": _tr("report", "activity dropped within 2 days")}
        items = [e(fill(_tr("report", "%1: %2 against a plan of %3; %4"),
                        _d(d), f"{a:.0f}", p, reason.get(r, r))) for d, a, p, r in data.boom_days]
        parts.append("<p>" + "<br>".join(items) + "</p>")
    else:
        parts.append(f"<p>{e(_tr('report', 'None in this period.'))}</p>")
    for note in data.notes:
        parts.append(f"<p>{e(note)}</p>")
    return "<html><body style='font-family: sans-serif; font-size: 9pt'>" + "".join(parts) + "</body></html>"


def build_document(data: ReportData, width_pt: float) -> QTextDocument:
    doc = QTextDocument()
    if data.chart_png:
        image = QImage.fromData(data.chart_png, "PNG")
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), image)
    doc.setHtml(report_html(data))
    doc.setPageSize(QSizeF(width_pt, 10_000))
    doc.setTextWidth(width_pt)
    return doc


def write_pdf(data: ReportData, path: Path) -> None:
    """One A4 page (the content is scaled down if it would run over)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle(_tr("report", "Pacing report"))
    writer.setCreator("backpain_desktop")
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    _paint(data, writer, QRectF(0, 0, page.width(), page.height()))


def render_png(data: ReportData, path: Path, width_px: int = 1240) -> None:
    """The same page as an image, for looking at it (A4 proportions)."""
    height = int(width_px * 297 / 210)
    image = QImage(width_px, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    _paint(data, image, QRectF(width_px * 0.07, width_px * 0.07, width_px * 0.86, height - width_px * 0.14))
    image.save(str(path), "PNG")


def _paint(data: ReportData, device, area: QRectF) -> None:
    doc_width = 700.0  # lay out at a fixed width so the page looks the same on any device
    doc = build_document(data, doc_width)
    size = doc.documentLayout().documentSize()
    scale = min(area.width() / doc_width, area.height() / max(size.height(), 1))
    painter = QPainter(device)
    try:
        painter.translate(area.topLeft())
        painter.scale(scale, scale)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(context.palette.ColorRole.Text, QColor("black"))
        doc.documentLayout().draw(painter, context)
    finally:
        painter.end()
