"""Watching live sources: the sources state, the polling loop and saved-search alerts."""
