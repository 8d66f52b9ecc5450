"""Resolution (no Django): places and facilities to codes and keys, person mentions across
scripts into persons, and syndicated copies into groups — each with the reasons a reviewer
reads. ``recruitwatch resolve`` and ``recruitwatch link`` print its results."""
