"""backpain_desktop: an offline companion to a low back pain physiotherapy leaflet."""

__version__ = "0.1.0"

APP_NAME = "backpain-desktop"
APP_DISPLAY_NAME = "Back Pain Companion"
