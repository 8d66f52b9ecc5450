"""Language support: detection now; English (spaCy rules) and Russian (natasha) stages later."""
