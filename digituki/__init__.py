"""Digituki: desk application for digital-support points."""

__version__ = "0.1.0"  # the one place the version is set (pyproject reads it)

APP_NAME = "Digituki"
