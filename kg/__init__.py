"""kg: study notes in Markdown → an RDF knowledge graph you can query.

The modules follow the data flow (parse → link → relate → graph → store →
query / prereqs / viz / export); import what you need, e.g.::

    from kg.build import build
    from kg.query import LocalBackend
"""

__version__ = "0.1.0"
