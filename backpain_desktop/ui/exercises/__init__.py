"""The Exercises tab as a package of small parts: the list, the details (steps with pictures), the numbers,
the timer panel and the session card, composed by :class:`ExerciseTab` (tab.py)."""

from backpain_desktop.ui.exercises.tab import ExerciseTab

__all__ = ["ExerciseTab"]
