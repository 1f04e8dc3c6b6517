"""Placeholder: replaced by the entity resolver."""
def extract_events(record, res):
    return record
