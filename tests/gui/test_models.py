"""qtmodeltester on the small models: guardians, history, reviews due, placement timeline."""

from __future__ import annotations

from special_ed.domain.child import GuardianInput
from special_ed.domain.enums import GuardianRelation
from special_ed.results.registry import RegistryFilter, RegistryQuery
from ui.guardians_model import GuardiansModel
from ui.history_dialog import HistoryModel
from ui.placement.models import ReviewsModel, TimelineModel


def test_guardians_model(qtmodeltester) -> None:
    model = GuardiansModel([GuardianInput("李梅", GuardianRelation.MOTHER, "13900001111")], "zh")
    qtmodeltester.check(model)
    row = model.add()
    assert model.setData(model.index(row, 0), "王强")
    assert model.setData(model.index(row, 1), GuardianRelation.GRANDFATHER.value)
    assert not model.setData(model.index(row, 1), "uncle")  # not a relation: refused
    assert model.data(model.index(row, 1)) == "祖父/外祖父"
    qtmodeltester.check(model)
    model.remove(0)
    assert [g.name for g in model.guardians()] == ["王强"]


def test_history_model(qtmodeltester, services) -> None:
    child = services.registry.page(RegistryQuery(limit=1)).rows[0]
    services.children.archive(child.id, "测试归档")
    model = HistoryModel(services.children.history(child.id), "zh")
    assert model.rowCount() >= 1
    assert model.data(model.index(0, 3)) == "归档"
    qtmodeltester.check(model)


def test_reviews_and_timeline_models(qtmodeltester, services) -> None:
    reviews = ReviewsModel("zh")
    reviews.set_rows(services.placement.reviews_due(365))
    assert reviews.rowCount() > 0
    qtmodeltester.check(reviews)
    placed = services.registry.page(RegistryQuery(RegistryFilter(placed=True), limit=1)).rows[0]
    timeline = TimelineModel("zh")
    timeline.set_history(services.placement.history(placed.id), services.placement.assessments(placed.id))
    assert timeline.rowCount() >= 1
    qtmodeltester.check(timeline)
