"""The catalogue's models, one module per capability; everything is importable from here.

A Case is a proceeding in one court; a Ruling is a decision in it and the unit the catalogue
lists. Parties and rights belong to the case. Every ruling records where it came from, and the
pair (source, source_id) is unique so that imports are idempotent.
"""

from .alerts import DeliveredRuling, Delivery, SavedSearch
from .catalogue import (
    Case,
    CaseParty,
    Court,
    CourtQuerySet,
    IPRight,
    IPType,
    Party,
    Source,
)
from .citations import (
    Citation,
    CitationScan,
    FeatureFrequency,
    RightMention,
    RulingFeature,
    StatuteMention,
)
from .index import (
    AnalyticsGroup,
    FacetGroup,
    HeadWord,
    IndexState,
    SearchPassage,
    SearchPassageStart,
    SearchRuling,
)
from .outcomes import Basis, OutcomeEvidence
from .rulings import OfficialCitation, Ruling, RulingIPType
from .selections import RulingQuerySet
from .sources import (
    DuplicateCandidate,
    EditorCorrection,
    MergedRuling,
    MergedRulingQuerySet,
    SourceRecord,
)
from .terminations import Termination

__all__ = [
    "Basis",
    "Case",
    "CaseParty",
    "Citation",
    "DeliveredRuling",
    "Delivery",
    "CitationScan",
    "FeatureFrequency",
    "Court",
    "CourtQuerySet",
    "DuplicateCandidate",
    "EditorCorrection",
    "AnalyticsGroup",
    "FacetGroup",
    "HeadWord",
    "IPRight",
    "IPType",
    "IndexState",
    "MergedRuling",
    "MergedRulingQuerySet",
    "OfficialCitation",
    "RulingFeature",
    "OutcomeEvidence",
    "Party",
    "RightMention",
    "Ruling",
    "RulingIPType",
    "RulingQuerySet",
    "SavedSearch",
    "SearchPassage",
    "SearchPassageStart",
    "SearchRuling",
    "SourceRecord",
    "Source",
    "StatuteMention",
    "Termination",
]
