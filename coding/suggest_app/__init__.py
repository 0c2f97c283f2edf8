"""Code suggestions in the app: codebook keywords matched on lemmas, and the project's trained model.

The model itself is pure computation in coding.suggestions; this package stores it, trains it in the
background (coding.jobs), and turns its output into suggestions a researcher accepts or rejects.
"""
