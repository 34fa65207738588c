"""Digituki: desk application for digital-support points."""

import time

STARTED = time.perf_counter()  # as close to process start as the app can measure

__version__ = "0.1.0"  # the one place the version is set (pyproject reads it)

APP_NAME = "Digituki"
