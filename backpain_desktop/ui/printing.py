"""Every print and every save-to-a-file of the app, behind one seam, so a kiosk cannot reach the file system.

At home printing asks as it always did (Qt's print dialog; a file chooser for a PDF). In a kiosk nothing
asks: a page goes straight to the printer named in ``kiosk.toml`` (or the system's default printer), and
where there is no printer it is shown full screen, inside the window, with "Ask at the desk to print this,
or take a photo of the screen". A kiosk is never offered a file name: :func:`ask_save_path` answers ""
there without opening anything.

What is printed is a ``paint(printer)`` callable, so the same page goes to paper and to the screen.
QtPrintSupport is loaded on the first print, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

_PRINTER_PROPERTY = "backpainKioskPrinter"
PHOTO_MESSAGE = "Ask at the desk to print this, or take a photo of the screen"

Paint = Callable[["QPrinter"], None]




class Printed(Enum):
    SENT = "sent"            # went to a printer
    SHOWN = "shown"          # a kiosk with no printer: shown full screen for a photo
    CANCELLED = "cancelled"  # the person closed the print dialog


def _kiosk() -> bool:
    from backpain_desktop.ui.kiosk import is_kiosk

    return is_kiosk()


def set_kiosk_printer(name: str) -> None:
    """The printer the kiosk file names ("" for the system default); the kiosk policy sets it."""
    app = QGuiApplication.instance()
    if app is not None:
        app.setProperty(_PRINTER_PROPERTY, name)


def kiosk_printer() -> QPrinter | None:
    """A printer for the kiosk, without asking anyone: the named one, else the default, else None."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    app = QGuiApplication.instance()
    name = str(app.property(_PRINTER_PROPERTY) or "") if app is not None else ""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
    if info.isNull():
        info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None  # Qt falls back to writing a PDF file when the printer is not really there
    return printer


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """Home only: where to save a file; "" if the person cancels. A kiosk never opens a file chooser."""
    if _kiosk():
        return ""
    from backpain_desktop.ui import dialogs

    path = dialogs.current().save_file(parent, title, suggested, filters)
    return str(path) if path else ""


def print_pages(parent: QWidget, paint: Paint, *, title: str,
                ask: Callable[[QWidget], QPrinter | None] | None = None) -> Printed:
    """Print what ``paint`` draws. Home: the printer ``ask`` gives (the print dialog by default); kiosk:
    the kiosk printer with no dialog, or, with no printer, the page full screen for a photo."""
    if _kiosk():
        printer = kiosk_printer()
        if printer is None:
            show_for_photo(parent, paint, title=title)
            return Printed.SHOWN
        printer.setDocName(title)
        paint(printer)
        return Printed.SENT
    if ask is None:
        from backpain_desktop.ui import dialogs

        printer = dialogs.current().printer(parent, title)
    else:
        printer = ask(parent)
    if printer is None:
        return Printed.CANCELLED
    paint(printer)
    return Printed.SENT


# -- shown for a photo -----------------------------------------------------------------------------------

class PhotoView(QWidget):
    """The printable page over the whole window, with what to do and one large way back. A panel inside
    the window, not a dialog: it has no file name, printer or output field, and a kiosk reset closes it."""

    def __init__(self, window: QWidget, paint: Paint, title: str):
        super().__init__(window)
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

        self.setObjectName("photoView")
        self.setAccessibleName(fill(_tr("printing", "Printable page: %1"), title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAutoFillBackground(True)
        self._paint = paint
        self.message = QLabel(_tr("printing", "Ask at the desk to print this, or take a photo of the screen"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        base = QApplication.font()  # the app's text size (A− / A+), not a size fixed when the view is made
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 1.3)
        font.setBold(True)
        self.message.setFont(font)
        self.message.setAccessibleName(self.message.text())
        self.back_button = QPushButton(_tr("printing", "Close this page"))
        self.back_button.setAccessibleName(_tr("printing", "Close this page"))
        self.back_button.setMinimumHeight(64)
        self.back_button.setFont(font)
        self.back_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.back_button)
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # drawn on screen only, never output
        self._printer.setDocName(title)
        self.preview = QPrintPreviewWidget(self._printer, self)
        self.preview.setAccessibleName(_tr("printing", "The page to print"))
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.paintRequested.connect(self._paint_preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def _paint_preview(self, printer) -> None:
        self._paint(printer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def show_for_photo(parent: QWidget, paint: Paint, *, title: str) -> PhotoView:
    window = parent.window()
    close_photo_views(window)
    view = PhotoView(window, paint, title)
    from backpain_desktop.ui.kiosk import make_touch_friendly

    make_touch_friendly(view)
    view.show()
    view.raise_()
    view.back_button.setFocus()
    return view


def photo_views(window: QWidget) -> list[PhotoView]:
    return [v for v in window.findChildren(PhotoView) if v.isVisible()]


def close_photo_views(window: QWidget) -> None:
    for view in window.findChildren(PhotoView):
        view.close()
