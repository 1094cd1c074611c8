"""The citation network and the rights in suit.

- ``extract(text)``: pure; case citations (eyecite for reporters; our own patterns for UK
  neutral citations, ECLIs and the decision under appeal), statutes and IP right numbers.
- ``index_citations(ruling_ids)``: writes what was found and links citations to rulings in
  the catalogue, in both import orders. The write path calls it for changed rulings.
- ``link_spans(text, spans)``: safe HTML of a text with links on given spans.
"""

from .extract import extract
from .index import catalogued, index_citations, resolve_all
from .render import link_spans

__all__ = ["catalogued", "extract", "index_citations", "link_spans", "resolve_all"]
