"""The reader: server-rendered pages and a JSON API that mirror each other."""
from wirewatch.web.app import create_app

__all__ = ["create_app"]
