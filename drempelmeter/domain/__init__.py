"""Pure-Python domain: phases, taxonomy, organisation vocabularies. No I/O, no Qt, no SQL."""
