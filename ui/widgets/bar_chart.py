"""A horizontal bar chart painted with QPainter: the Reports page's charts.

Qt Charts ships only in the PySide6 add-ons (a large download for a few bars), so the bars are drawn here,
from the same figures the PDFs chart. Every bar carries its figure as text, and the widget's accessible
description reads the figures out, so nothing is told by colour or length alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.i18n import tr


class BarChartWidget(QWidget):
    BAR_HEIGHT = 16
    GAP = 3

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.bars: list[tuple[str, float, str]] = []  # label, value, the text drawn beside the bar
        self.scale = 100.0
        self.empty_text = tr("Nothing to chart.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[tuple[str, float, str]], *, percent: bool, empty_text: str = "") -> None:
        """Bars of percentages (drawn against 100 %) or of counts (against the largest count)."""
        self.bars = list(bars)
        largest = max((value for _label, value, _text in self.bars), default=0.0)
        self.scale = max(100.0, largest) if percent else max(1.0, largest)
        self.empty_text = empty_text or tr("Nothing to chart.")
        self.setAccessibleDescription(
            "; ".join(f"{label}: {text}" for label, _value, text in self.bars) or self.empty_text
        )
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        return QSize(400, rows * (self.BAR_HEIGHT + self.GAP) + self.GAP)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        metrics = self.fontMetrics()
        label_width = min(self.width() // 2, max(metrics.horizontalAdvance(label) for label, _v, _t in self.bars) + 12)
        value_width = max(metrics.horizontalAdvance(text) for _l, _v, text in self.bars) + 12
        track = max(10, self.width() - label_width - value_width - 8)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for row, (label, value, text) in enumerate(self.bars):
            top = self.GAP + row * (self.BAR_HEIGHT + self.GAP)
            painter.setPen(text_colour)
            label_box = QRectF(0, top, label_width - 8, self.BAR_HEIGHT)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_box.width()))
            painter.drawText(label_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
            length = track * max(0.0, value) / self.scale
            painter.fillRect(QRectF(label_width, top + 2, length, self.BAR_HEIGHT - 4), bar_colour)
            value_box = QRectF(label_width + length + 6, top, value_width, self.BAR_HEIGHT)
            painter.drawText(value_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
