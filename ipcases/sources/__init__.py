"""One ruling, many sources.

- trust.py: which source's value wins, field by field (the order of trust), and refreshing a
  ruling from its source records;
- matching.py: recognising a ruling the catalogue already holds from another source;
- merging.py: folding one ruling into another;
- duplicates.py: finding rulings that several sources gave separately.
"""
