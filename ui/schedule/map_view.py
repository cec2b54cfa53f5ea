"""A map drawn from coordinates alone (offline, no tiles): the team's children as village dots, the base
as a square, and the selected day's route as numbered lines. Equirectangular projection scaled by
cos(latitude) — at county scale the distortion is invisible and needs no map data."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from special_ed.scheduling.model import Point, Scenario
from special_ed.scheduling.plan import Route

SCALE = 4000.0  # scene units per degree of latitude
MIN_FOCUS = 400.0  # scene units, about 0.1° (11 km)


class RouteMapView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor("#f6f8f4")))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self._cos = 1.0
        self._focus: QRectF | None = None

    def _xy(self, p: Point) -> QPointF:
        return QPointF(p.lon * self._cos * SCALE, -p.lat * SCALE)

    def show_team(self, scenario: Scenario | None, team_id: str | None, route: Route | None) -> None:
        scene = self.scene()
        scene.clear()
        self._focus = None
        if scenario is None or team_id is None:
            return
        try:
            team = scenario.team(team_id)
        except KeyError:
            return
        kids = [c for c in scenario.children if c.home is not None and (c.team == team_id or (
            route is not None and any(s.child == c.id for s in route.stops)))]
        self._cos = math.cos(math.radians(team.base.lat))
        font = QFont()
        font.setPointSizeF(8)
        # the whole county's children, faint, for orientation
        for c in scenario.children:
            if c.home is not None:
                scene.addEllipse(QRectF(self._xy(c.home) - QPointF(3, 3), self._xy(c.home) + QPointF(3, 3)),
                                 QPen(Qt.PenStyle.NoPen), QBrush(QColor("#c9cfc4")))
        for c in kids:
            assert c.home is not None
            at = self._xy(c.home)
            dot = scene.addEllipse(QRectF(at - QPointF(6, 6), at + QPointF(6, 6)), QPen(QColor("#2f6f3e"), 1.5),
                                   QBrush(QColor("#ffd166") if c.approximate else QColor("#7cc48a")))
            dot.setZValue(2)  # homes above the route lines, names above both
            label = scene.addSimpleText(c.name, font)
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # readable at any zoom
            label.setPos(at + QPointF(8, -6))
            label.setZValue(3)
        if route is not None:
            pen = QPen(QColor("#1f5fa8"), 3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            path = [team.base] + [scenario.child(s.child).home for s in route.stops] + [team.base]
            points = [self._xy(p) for p in path if p is not None]
            for i, (a, b) in enumerate(itertools.pairwise(points)):
                scene.addLine(a.x(), a.y(), b.x(), b.y(), pen).setZValue(1)
                if i < len(route.stops):
                    number = scene.addSimpleText(str(i + 1), font)
                    number.setBrush(QBrush(QColor("#b3261e")))  # stands out from the blue lines
                    number.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                    number.setPos(b + QPointF(-4, 8))
                    number.setZValue(3)
        base = self._xy(team.base)
        scene.addRect(QRectF(base - QPointF(8, 8), base + QPointF(8, 8)), QPen(QColor("#8a1c1c"), 2),
                      QBrush(QColor("#e05d5d"))).setZValue(2)
        title = scene.addSimpleText(team.name, font)
        title.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        title.setPos(base + QPointF(10, 6))
        title.setZValue(3)
        focus = [self._xy(team.base)] + [self._xy(c.home) for c in kids if c.home is not None]
        xs, ys = [p.x() for p in focus], [p.y() for p in focus]
        box = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-60, -60, 60, 60)
        # at least ~10 km across: a team with no homes to show otherwise zoomed its base square to fill the pane
        grow_x, grow_y = max(0.0, MIN_FOCUS - box.width()) / 2, max(0.0, MIN_FOCUS - box.height()) / 2
        box = box.adjusted(-grow_x, -grow_y, grow_x, grow_y)
        scene.setSceneRect(scene.itemsBoundingRect().united(box))
        self._focus = box
        self.fitInView(box, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._focus is not None:  # keep the team in view when the splitter or window changes
            self.fitInView(self._focus, Qt.AspectRatioMode.KeepAspectRatio)
