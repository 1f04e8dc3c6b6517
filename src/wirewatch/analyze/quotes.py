"""Placeholder: replaced by the entity resolver."""
def extract_quotes(record, res):
    return record
