"""extraction: the write side, Markdown notes → facts with provenance.

One module per arrow of the data flow (DESIGN.md):

- ``structure``: Markdown → Document (sections with topics, items, line numbers);
- ``mentions``: text → concept mentions (lexicon + terms discovered in the notes);
- ``facts``: mentions + cue phrases → assertions, each with its sentence;
- ``rdf``: documents and assertions → N-Triples for the store.

Imports model, text and vocabulary only; the read side never imports it.
Every word it reacts to (cues, guards, heading words) lives in ``ontology/``.
"""
