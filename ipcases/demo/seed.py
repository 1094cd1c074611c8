"""Demo data: the courts, the landmark rulings and the synthetic corpus."""

from collections.abc import Callable

from ..courts import ensure_courts
from ..importers import store
from ..models import Ruling
from .landmarks import landmark_records
from .synthetic import load_synthetic


def seed_demo(
    synthetic: int = 0,
    seed: int = 20201,
    if_empty: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """Load the demo data; running it again changes nothing. Returns a one-line report.
    ``progress(done, total)`` follows the synthetic rulings (see load_synthetic)."""
    if if_empty and Ruling.objects.exists():
        return "The catalogue already holds rulings; nothing loaded."
    courts = ensure_courts()
    landmarks = store.save_records(landmark_records(), strict=True)
    created = load_synthetic(synthetic, seed=seed, progress=progress) if synthetic else 0
    return (
        f"Courts: {courts} created. Landmarks: {landmarks}. "
        f"Synthetic: {created} created (of {synthetic} requested)."
    )
