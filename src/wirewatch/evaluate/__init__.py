"""Evaluation against gold readings and reference data sets."""
