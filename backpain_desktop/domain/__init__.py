"""Pure-Python rules of the app: no Qt, no matplotlib, no file system beyond what a caller hands in."""
