"""Stage incidents: sentences grouped into proposed incidents, each field with evidence.

1. A sentence *anchors* an incident when it reports a recruitment event or a coercion cue
   (:mod:`._grouping`).
2. Location is discourse state: a sentence that names a facility, region or a generic place
   ("on the street") sets the current location. An open incident absorbs following anchors
   until a sentence names a location that *conflicts* with its own (another numbered
   facility, another region, a facility after a generic place in a new paragraph, …), which
   closes it; the next anchor opens a new incident in the new location (:mod:`._places`).
   Another month, another person or a plan told beside a past event also opens one
   (:mod:`._times`, :mod:`._grouping`).
3. Fields come from the incident's anchor sentences (and the sentence that introduced its
   location): coercion types (voided by "voluntary", "did not threaten", "unclear whether"),
   modality, the first date, nationalities, counts, perpetrators, sources (:mod:`._fields`).
4. An incident with neither a location nor a coercion type is too vague to propose.
5. A news lead that summarises an incident told in full below, and a feature's opening about
   the man whose story follows, are dropped (:mod:`._leads`).
"""

from recruitwatch.extraction.stages.incidents._grouping import incidents

__all__ = ["incidents"]
