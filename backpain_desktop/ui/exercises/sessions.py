"""What the Exercises tab keeps in the store: the person's own numbers per exercise, each finished set (with
the pain before it) and the "Pain now" answer after it; and the summary of a set in words.

Store errors are the environment's fault: they are shown through ``ui/errors.py`` and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from backpain_desktop.domain import reptimer as rt
from backpain_desktop.domain.content import Exercise
from backpain_desktop.store import ExerciseSession, Prescription, Store, StoreError, utc_now
from backpain_desktop.ui import errors
from backpain_desktop.ui.exercises.common import reps_words
from backpain_desktop.ui.widgets import fill
from backpain_desktop.ui.widgets import tr as _tr

PAIN_RISE_TO_MENTION = 2  # points on 0-10; a change of about 2 is meaningful (CONTENT.md)


class SessionKeeper(QObject):
    session_logged = Signal(int)  # id of a stored session (again when its pain-after answer is added)

    def __init__(self, store: Store, parent: QWidget, now: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self._store = store
        self._widget = parent
        self._now = now or utc_now
        self._started_at: datetime | None = None
        self.pain_before: int | None = None
        self._logged_ids: list[int] = []
        self._not_saved = False

    # -- numbers --

    @staticmethod
    def suggested(exercise: Exercise) -> rt.TimerPlan:
        p = exercise.prescription
        return rt.TimerPlan(name=exercise.name, exercise_id=exercise.id, reps=p.reps, hold_s=p.hold_s,
                            rest_s=p.rest_s, sets=p.sets, sides=p.sides)

    def own_numbers(self, exercise: Exercise) -> bool:
        return self._store.prescription(exercise.id) is not None

    def stored_numbers(self, exercise: Exercise) -> rt.TimerPlan:
        own = self._store.prescription(exercise.id)
        plan = self.suggested(exercise)
        if own is None:
            return plan
        return rt.TimerPlan(name=plan.name, exercise_id=plan.exercise_id, reps=own.reps, hold_s=own.hold_s,
                            rest_s=own.rest_s, sets=own.sets, sides=plan.sides)

    def save_numbers(self, exercise: Exercise, v: dict[str, int]) -> bool | None:
        """Store the person's numbers (or forget them when they equal the suggested ones). Returns whether
        they are the person's own, or None when they could not be saved."""
        p = exercise.prescription
        try:
            if (v["reps"], v["hold_s"], v["rest_s"], v["sets"]) == (p.reps, p.hold_s, p.rest_s, p.sets):
                self._store.clear_prescription(exercise.id)
            else:
                self._store.set_prescription(Prescription(exercise.id, v["reps"], v["hold_s"], v["rest_s"],
                                                          v["sets"]))
        except StoreError as exc:
            errors.show_error(self._widget, _tr("ExerciseTab",
                    "Your numbers were not saved"), exc.user_message, exc.detail)
            return None
        return self.own_numbers(exercise)

    def clear_numbers(self, exercise: Exercise) -> bool:
        try:
            self._store.clear_prescription(exercise.id)
        except StoreError as exc:
            errors.show_error(self._widget, _tr("ExerciseTab",
                    "Your numbers were not saved"), exc.user_message, exc.detail)
            return False
        return True

    # -- sessions --

    def begin(self, pain_before: int | None) -> None:
        self._started_at = self._now()
        self.pain_before = pain_before
        self._logged_ids = []
        self._not_saved = False

    def has_log(self) -> bool:
        return bool(self._logged_ids)

    def log(self, timer: rt.RepTimer, index: int, completed: bool) -> None:
        plan = timer.plans[index]
        if not completed and timer.reps_done[index] == 0:
            return  # stopped before a single rep: nothing worth putting in the log
        first = not self._logged_ids
        try:
            session = self._store.add_exercise_session(ExerciseSession(
                exercise_id=plan.exercise_id, exercise_name=plan.name,
                started_at=self._started_at or self._now(), duration_s=round(timer.duration_s(index), 1),
                reps_planned=plan.reps * plan.sets, reps_done=timer.reps_done[index], sets_planned=plan.sets,
                sets_done=timer.sets_done[index], outcome="completed" if completed else "stopped",
                pain_before=self.pain_before if first else None))
        except StoreError as exc:
            self._not_saved = True
            errors.show_error(self._widget, _tr("ExerciseTab",
                    "Session not saved"), exc.user_message, exc.detail)
            return
        self._logged_ids.append(session.id)
        self.session_logged.emit(session.id)

    def summary(self, timer: rt.RepTimer, completed: bool) -> tuple[str, str]:
        """A heading and the lines under it: what was done, whether it is in the log, the pain before."""
        lines = []
        for index, plan in enumerate(timer.plans):
            if timer.reps_done[index] or len(timer.plans) == 1:
                lines.append(fill(_tr("ExerciseTab", "%1: %2 of %3"), plan.name, timer.reps_done[index],
                                  reps_words(plan.reps * plan.sets, plan.sides)))
        minutes = round(sum(timer.duration_s(i) for i in range(len(timer.plans))) / 60)
        if self._logged_ids and minutes >= 1:
            lines.append(fill(_tr("ExerciseTab", "About %1 min."), minutes))
        if self._not_saved:
            heading = _tr("ExerciseTab", "Not saved")
            lines.append(_tr("ExerciseTab", "It could not be added to your log."))
        elif not self._logged_ids:
            heading = _tr("ExerciseTab", "Stopped")
            lines = [_tr("ExerciseTab", "Stopped before the first rep. Nothing was added to your log.")]
        else:
            heading = _tr("ExerciseTab", "Well done") if completed else _tr("ExerciseTab", "Stopped")
            lines.append(_tr("ExerciseTab", "It is in your Pacing log."))
        if self._logged_ids:
            pain = _tr("ExerciseTab", "not given") if self.pain_before is None else self.pain_before
            lines.append(fill(_tr("ExerciseTab", "Pain before you started: %1"), pain))
        return heading, "\n".join(lines)

    def save_pain_after(self, after: int | None) -> tuple[str, bool]:
        """Store the "Pain now" answer with the set just done. Returns the words to show and whether to
        offer the Pacing tab (the pain went up by a meaningful amount)."""
        if not self._logged_ids or after is None:
            return _tr("ExerciseTab", "Choose a number from 0 (no pain) to 10 first."), False
        try:
            self._store.set_exercise_pain_after(self._logged_ids[-1], after)
        except StoreError as exc:
            errors.show_error(self._widget, _tr("ExerciseTab", "Not saved"), exc.user_message, exc.detail)
            return _tr("ExerciseTab", "Not saved."), False
        self.session_logged.emit(self._logged_ids[-1])
        if self.pain_before is not None and after >= self.pain_before + PAIN_RISE_TO_MENTION:
            return _tr("ExerciseTab",
                "Your pain is higher than before you started. That can happen when you start to exercise "
                "again: hurt does not equal harm. If it is more than you can manage, pace yourself: do a "
                "little less for now, split it into smaller parts with rests, and build up slowly."), True
        return _tr("ExerciseTab", "Saved."), False
