"""What a finished exercise session becomes in the activity log: one "Exercises" entry of its minutes,
its pain scores and a note of the reps done, linked back to the session."""

from __future__ import annotations

from backpain_desktop.domain.records import ActivityEntry, ExerciseSession

EXERCISE_ACTIVITY = "Exercises"


def exercise_log_entry(session: ExerciseSession) -> ActivityEntry:
    """The log entry for a stored ``session`` (its ``id`` set)."""
    if session.id is None:
        raise ValueError("the session must be stored first")
    return ActivityEntry(activity=EXERCISE_ACTIVITY, amount=round(session.duration_s / 60, 1),
                         occurred_at=session.started_at, pain_before=session.pain_before,
                         pain_after=session.pain_after,
                         note=f"{session.exercise_name}: {session.reps_done} of {session.reps_planned} reps",
                         source="exercise", exercise_session_id=session.id)
