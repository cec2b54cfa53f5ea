"""Times along one team-day route, given the order of stops.

The earliest feasible start at each stop is dominant for a fixed order (windows are intervals, the lunch
break only removes starts, and starting earlier never delays later stops), so a forward pass decides
feasibility exactly. The team then leaves the base as late as still reaches the first stop on time.
"""

from __future__ import annotations

from dataclasses import dataclass

from special_ed.scheduling.model import WorkdayHours


@dataclass(frozen=True)
class StopSpec:
    window: tuple[int, int]  # visit start..end must lie inside (already intersected with the workday)
    duration: int
    fixed_start: int | None = None


@dataclass(frozen=True)
class Timed:
    depart: int
    arrivals: tuple[int, ...]
    starts: tuple[int, ...]
    return_: int


def earliest_start(arrive: int, spec: StopSpec, workday: WorkdayHours) -> int | None:
    """First start ≥ arrive that fits the window and does not cross lunch; None if there is none."""
    s = max(arrive, spec.window[0])
    if workday.lunch is not None:
        ls, le = workday.lunch
        if s < le and s + spec.duration > ls:
            s = le
    if spec.fixed_start is not None:
        if s > spec.fixed_start:
            return None
        s = spec.fixed_start
    if s + spec.duration > spec.window[1]:
        return None
    return s


def effective_window(window: tuple[int, int] | None, workday: WorkdayHours) -> tuple[int, int]:
    if window is None:
        return workday.start, workday.end
    return max(window[0], workday.start), min(window[1], workday.end)


def fits_alone(spec: StopSpec, workday: WorkdayHours) -> bool:
    """Whether a visit of this length fits the window at all, ignoring travel (lunch may split the window)."""
    return earliest_start(spec.window[0], StopSpec(spec.window, spec.duration), workday) is not None


def time_route(legs: list[int], specs: list[StopSpec], workday: WorkdayHours) -> Timed | None:
    """legs[i] is the travel into stop i (legs[0] from the base); legs[-1] is the way back to the base."""
    assert len(legs) == len(specs) + 1
    t = workday.start
    arrivals: list[int] = []
    starts: list[int] = []
    for leg, spec in zip(legs, specs, strict=False):
        arrive = t + leg
        s = earliest_start(arrive, spec, workday)
        if s is None:
            return None
        arrivals.append(arrive)
        starts.append(s)
        t = s + spec.duration
    back = t + legs[-1]
    if back > workday.end:
        return None
    depart = workday.start
    if specs:
        # Leave as late as still arrives by the first start; waiting at the base beats waiting at a door.
        depart = max(workday.start, starts[0] - legs[0])
        arrivals[0] = depart + legs[0]
    return Timed(depart, tuple(arrivals), tuple(starts), back)


def max_spaced(days: list[int], gap: int) -> int:
    """Largest number of days (ordinals, sorted) that can be chosen pairwise ≥ gap apart (greedy is optimal)."""
    count, last = 0, None
    for d in sorted(days):
        if last is None or d - last >= gap:
            count += 1
            last = d
    return count
