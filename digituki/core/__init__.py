"""Qt-free core: domain rules, storage, services, exports. Never imports PySide6."""
