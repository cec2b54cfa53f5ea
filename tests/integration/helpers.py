"""Small set-ups that several integration test modules share."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from special_ed.persistence import models as m


def unplace_mainstream(app: Any, n: int) -> list[int]:
    """End the placements of the first n mainstream children, so that the committee has children to decide."""
    with app.uow("read") as uow:
        ids = list(
            uow.session.scalars(
                select(m.Child.id).where(m.Child.placement == "mainstream").order_by(m.Child.id).limit(n)
            )
        )
    for cid in ids:
        app.placement.end_placement(cid, date(2026, 8, 31), "测试：重新评估")
    return ids
