"""Merge two rulings that are one: the survivor keeps everything, the other's id redirects.

``repoint_relations`` moves every row that points at a model instance through a ForeignKey,
found from the model's own metadata, so relations added later (links between rulings, say)
follow a merge without this module knowing them.
"""

from __future__ import annotations

from django.db import IntegrityError, models, transaction

from .. import search
from ..citations import index_citations
from ..models import Case, DuplicateCandidate, MergedRuling, Ruling, SourceRecord
from ..outcomes.record import read_outcomes
from . import trust


def merge_rulings(absorbed: Ruling, survivor: Ruling) -> Ruling:
    """Fold ``absorbed`` into ``survivor``: provenance, citations, tags, links, parties and
    rights; the absorbed row is deleted and its id answers with a redirect to the survivor."""
    if absorbed.pk == survivor.pk:
        raise ValueError("a ruling cannot be merged into itself")
    with transaction.atomic():
        trust.origin_record(absorbed)
        trust.origin_record(survivor)
        records = SourceRecord.objects.filter(ruling__in=[absorbed, survivor])
        best = trust.best_text_record(records)
        text = absorbed.text if best is not None and best.ruling_id == absorbed.pk else None
        _settle_candidates(absorbed, survivor)
        old_case, old_id = absorbed.case, absorbed.pk
        repoint_relations(absorbed, survivor)
        absorbed.delete()
        MergedRuling.objects.create(old_id=old_id, ruling=survivor)
        survivor.refresh_from_db()
        merge_cases(old_case, survivor.case)
        trust.refresh_ruling(survivor, text)
        read_outcomes([survivor.pk])
        search.update_index([survivor.pk, old_id])
        # Citations that named both rulings (and were ambiguous) can now name the survivor.
        index_citations([survivor.pk])
    return survivor


def _settle_candidates(absorbed: Ruling, survivor: Ruling) -> None:
    """Candidates naming both rulings are settled by the merge; they stay on the survivor."""
    pair = models.Q(ruling=absorbed, other=survivor) | models.Q(ruling=survivor, other=absorbed)
    DuplicateCandidate.objects.filter(pair).update(
        ruling=survivor,
        other=None,
        status=DuplicateCandidate.Status.MERGED,
        detail=f"ruling {absorbed.pk} merged into {survivor.pk}",
    )


def merge_cases(old: Case, new: Case) -> None:
    """Give ``new`` the parties and rights of ``old``; if no ruling is left in ``old``, move
    whatever else points at it (appeals) and delete it."""
    if old.pk == new.pk:
        return
    for case_party in old.case_parties.all():
        new.add_party(case_party.party, case_party.role)
    new.rights.add(*old.rights.all())
    if old.rulings.exists():
        return
    if new.appeal_from_id is None and old.appeal_from_id not in (None, new.pk):
        new.appeal_from_id = old.appeal_from_id
        new.save(update_fields=["appeal_from", "date_modified"])
    repoint_relations(old, new)
    old.delete()


def repoint_relations(old: models.Model, new: models.Model) -> None:
    """Point every row that refers to ``old`` through a ForeignKey (or a many-to-many table)
    at ``new``. A row that would then duplicate one ``new`` already has (a unique constraint
    fails), or would link ``new`` to itself, is deleted instead."""
    for relation in _reverse_foreign_keys(type(old)):
        model, name = relation.related_model, relation.field.name
        rows = model._default_manager.filter(**{name: old})
        if model is type(old):
            rows = rows.exclude(pk=new.pk)
        _drop_self_links(model, name, old, new)
        _move(rows, name, new)


def _reverse_foreign_keys(model: type[models.Model]) -> list[models.ForeignObjectRel]:
    # Hidden relations too: related_name="+" and the tables behind many-to-many fields; not
    # the search index's rows (unmanaged), which the merge's reindexing rewrites.
    return [
        f
        for f in model._meta.get_fields(include_hidden=True)
        if f.auto_created
        and not f.concrete
        and (f.one_to_many or f.one_to_one)
        and f.related_model._meta.managed
    ]


def _drop_self_links(model, name: str, old, new) -> None:
    """Rows linking old and new through two keys (one ruling citing the other) would link the
    survivor to itself: meaningless, so they go."""
    for other in model._meta.get_fields():
        if (
            isinstance(other, models.ForeignKey)
            and other.name != name
            and other.related_model is type(old)
        ):
            model._default_manager.filter(**{name: old, other.name: new}).delete()
            model._default_manager.filter(**{name: new, other.name: old}).delete()


def _move(rows: models.QuerySet, name: str, new: models.Model) -> None:
    try:
        with transaction.atomic():
            rows.update(**{name: new})
            return
    except IntegrityError:
        pass
    manager = rows.model._default_manager
    for pk in list(rows.values_list("pk", flat=True)):
        try:
            with transaction.atomic():
                manager.filter(pk=pk).update(**{name: new})
        except IntegrityError:
            manager.filter(pk=pk).delete()
