"""Records of one ruling as different sources give it, for the provenance tests."""

HARBOUR_CAP = "tests/data/cap/api_v1_case.json"
HARBOUR_CL = "tests/data/provenance/cl-harbour-light.json"


def harbour_landmark(**overrides) -> dict:
    """Harbour Light Music v. Prescott as a curated landmark record would give it."""
    return {
        "source": "landmark",
        "source_id": "harbour-light-1994",
        "court": "ca1",
        "case_name": "Harbour Light Music, Inc. v. Prescott",
        "case_short_name": "Harbour Light v. Prescott",
        "decision_date": "1994-06-14",
        "docket_number": "No. 93-1177",
        "citations": ["12 F.3d 345"],
        "ip_types": ["copyright"],
        "precedential_status": "precedential",
        "disposition": "affirmed",
        "rights_holder_outcome": "holder_won",
        "summary": "Unlicensed recordings of four songs infringed; the injunction was upheld.",
        "parties": [
            {"name": "Harbour Light Music, Inc.", "role": "appellee", "is_natural_person": False}
        ],
        **overrides,
    }


def record(source: str, source_id: str, **overrides) -> dict:
    """A minimal record of a ruling in the First Circuit."""
    return {
        "source": source,
        "source_id": source_id,
        "court": "ca1",
        "case_name": "Acme Widgets, Inc. v. Bolt Tools Co.",
        "decision_date": "2020-01-15",
        "ip_types": ["patent"],
        **overrides,
    }
