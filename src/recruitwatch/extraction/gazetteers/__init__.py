"""Gazetteers: hand-curated name lists (data files) and the loaders that index them.

They live beside the extraction stages rather than inside one because several stages (places,
facilities, attribution) look names up, and the lists change on a different rhythm from code.
"""
