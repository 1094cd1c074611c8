"""The selections of rulings the catalogue makes everywhere (Ruling.objects): by date, court,
IP type, party, right, statute and citation, and what a list, a page or an export loads of
each."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models
from django.db.models import Q
from django.db.models.functions import ExtractYear, Left

from ..normalize import citation_key, normalize_right_number
from .catalogue import CaseParty, IPRight, IPType, Source
from .citations import Citation, RightMention, StatuteMention

# How much of its text a listed ruling carries (see for_list): enough for a snippet around a
# match near the start, where most are. search.snippets reads the few others further, up to
# LIST_TEXT_CHARS.
LIST_START_CHARS = 5_000
LIST_TEXT_CHARS = 100_000


# Each IP type's bit in a listed ruling's `ip_type_bits` (see for_list).
IP_TYPE_BITS = {ip_type: 1 << n for n, ip_type in enumerate(IPType.values)}


def ip_type_bit() -> models.Case:
    """An IP type row's bit, to be summed over a ruling's rows."""
    return models.Case(
        *(models.When(ip_type=ip_type, then=bit) for ip_type, bit in IP_TYPE_BITS.items()),
        default=0,
    )


class RulingQuerySet(models.QuerySet):
    def for_list(self) -> RulingQuerySet:
        """What a list row shows, in one statement: the start of the text (as `text_start`,
        enough for most snippets) instead of the whole of it, which for a long opinion is a
        megabyte read for one line (the first 100,000 characters of a page's 20 rulings took
        4.9 ms, the first 5,000 1.3 ms); the first official citation (`list_citation`) and
        the IP types, one bit each (`ip_type_bits`), each from a subquery, where prefetching
        them cost two more statements and a model for each tag and citation."""
        tags = self._ip_type_tags().filter(ruling=models.OuterRef("pk"))
        bits = tags.values("ruling").annotate(bits=models.Sum(ip_type_bit())).values("bits")
        cites = self._related("official_citations").filter(ruling=models.OuterRef("pk"))
        return (
            self.select_related("case__court")
            .defer("text")
            .annotate(
                text_start=Left("text", LIST_START_CHARS),
                list_citation=models.Subquery(cites.order_by("id").values("cite")[:1]),
                ip_type_bits=models.Subquery(bits),
            )
        )

    def for_export(self) -> RulingQuerySet:
        """What an export or a feed writes of each ruling: no full text. The IP types and
        official citations are prefetched as plain lists (`export_ip_types`,
        `export_citations`): building a related manager for each of 50,000 rulings cost more
        than everything else an export does."""
        rulings = self.select_related("case__court").prefetch_related(
            models.Prefetch("ip_type_tags", to_attr="export_ip_types"),
            models.Prefetch("official_citations", to_attr="export_citations"),
        )
        return rulings.defer("text")

    def for_detail(self) -> RulingQuerySet:
        return self.select_related(
            "case__court__appeals_to", "case__appeal_from", "termination"
        ).prefetch_related(
            "ip_type_tags",
            "official_citations",
            "case__rights",
            "source_records",
            # How each outcome value was obtained, and the sentences it was read from.
            "corrections",
            "outcome_evidence",
            models.Prefetch(
                "case__case_parties", queryset=CaseParty.objects.select_related("party")
            ),
        )

    def synthetic(self) -> RulingQuerySet:
        """The rulings generated for demonstration and benchmarks, which describe no real case."""
        return self.filter(source=Source.SYNTHETIC)

    def newest_first(self) -> RulingQuerySet:
        return self.order_by("-decision_date", "-id")

    def decided_between(self, start=None, end=None) -> RulingQuerySet:
        rulings = self
        if start:
            rulings = rulings.filter(decision_date__gte=start)
        if end:
            rulings = rulings.filter(decision_date__lte=end)
        return rulings

    def of_ip_type(self, *ip_types: str) -> RulingQuerySet:
        tags = self._ip_type_tags().filter(ruling=models.OuterRef("pk"), ip_type__in=ip_types)
        return self.filter(models.Exists(tags))

    def _ip_type_tags(self) -> models.QuerySet:
        """The rulings' IP type rows (RulingIPType)."""
        return self._related("ip_type_tags")

    def _related(self, name: str) -> models.QuerySet:
        """The rows of a model related to rulings by `name` (RulingIPType, OfficialCitation:
        defined beside Ruling, which uses this module)."""
        return self.model._meta.get_field(name).related_model.objects.all()

    def real(self) -> RulingQuerySet:
        return self.exclude(source=Source.SYNTHETIC)

    def in_court(self, court) -> RulingQuerySet:
        return self.filter(case__court=court)

    def in_cases(self, cases) -> RulingQuerySet:
        return self.filter(case__in=cases).order_by("decision_date", "id")

    def count_by_ip_type(self) -> list[dict]:
        """[{"ip_type", "label", "n"}] for the rulings in this queryset, largest first."""
        rows = (
            self._ip_type_tags()
            .filter(ruling__in=self.values("pk"))
            .values("ip_type")
            .annotate(n=models.Count("ruling", distinct=True))
            .order_by("-n", "ip_type")
        )
        return [{**row, "label": IPType(row["ip_type"]).label} for row in rows]

    def count_by_country(self) -> list[dict]:
        rows = self.values("case__court__country").annotate(n=models.Count("pk")).order_by("-n")
        return [{"country": row["case__court__country"], "n": row["n"]} for row in rows]

    def coverage(self) -> list[dict]:
        """Rulings per court and source with the years they span: what the catalogue holds, so
        that a zero elsewhere can be read as "none collected" rather than "none happened"."""
        return list(
            self.values("case__court_id", "case__court__name", "source")
            .annotate(
                n=models.Count("pk"),
                first=models.Min("decision_date"),
                last=models.Max("decision_date"),
            )
            .order_by("case__court__name", "source")
        )

    def count_by_year(self) -> list[dict]:
        return list(
            self.annotate(year=ExtractYear("decision_date"))
            .values("year")
            .annotate(n=models.Count("pk"))
            .order_by("-year")
        )

    # The citation network and the rights mentioned (see ipcases.citations).

    def citing(self, ruling, treatments: Iterable[str] = ()) -> RulingQuerySet:
        """Rulings whose text cites ``ruling`` (the "cited by" list of that ruling); with
        ``treatments``, only those that treat it so (Citation.Treatment values)."""
        links = Citation.objects.filter(
            citing_ruling=models.OuterRef("pk"), cited_ruling=ruling, relation="cites"
        )
        if treatments:
            links = links.filter(treatment__in=list(treatments))
        return self.filter(models.Exists(links))

    def cited_by(self, ruling) -> RulingQuerySet:
        """Rulings that ``ruling`` cites and the catalogue holds."""
        links = Citation.objects.filter(
            cited_ruling=models.OuterRef("pk"), citing_ruling=ruling, relation="cites"
        )
        return self.filter(models.Exists(links))

    def citing_cite(self, cite: str) -> RulingQuerySet:
        """Rulings that cite a citation as typed ("499 U.S. 340"), whether or not the cited
        ruling is in the catalogue (for ``cites:`` in the query language)."""
        links = Citation.objects.filter(
            citing_ruling=models.OuterRef("pk"), normalized=citation_key(cite), relation="cites"
        )
        return self.filter(models.Exists(links))

    def citing_statute(self, key: str) -> RulingQuerySet:
        """Rulings that mention a provision; "35 U.S.C. § 271" also finds "§ 271(a)"."""
        mentions = StatuteMention.objects.filter(ruling=models.OuterRef("pk")).filter(
            Q(key=key) | Q(key__startswith=f"{key}(") | Q(key__startswith=f"{key} ")
        )
        return self.filter(models.Exists(mentions))

    def mentioning_right(self, kind: str, number: str) -> RulingQuerySet:
        """Rulings whose text mentions the right (any office), by kind and normalised number."""
        mentions = RightMention.objects.filter(
            ruling=models.OuterRef("pk"), kind=kind, number=number
        )
        return self.filter(models.Exists(mentions))

    def mentioning_right_number(self, number: str) -> RulingQuerySet:
        """Rulings that mention a right by number as typed ("7,654,321", "EP 1 234 567"), of
        any kind, or have it in suit."""
        normalized = normalize_right_number(number)
        mentions = RightMention.objects.filter(ruling=models.OuterRef("pk"), number=normalized)
        in_suit = IPRight.objects.filter(cases=models.OuterRef("case"), number=normalized)
        return self.filter(models.Exists(mentions) | models.Exists(in_suit))

    def concerning_right(self, kind: str, number: str, office: str = "") -> RulingQuerySet:
        """Rulings that mention the right or belong to a case with it in suit (of one office,
        if given)."""
        right = {"kind": kind, "number": number, **({"office": office} if office else {})}
        mentions = RightMention.objects.filter(ruling=models.OuterRef("pk"), **right)
        in_suit = IPRight.objects.filter(cases=models.OuterRef("case"), **right)
        return self.filter(models.Exists(mentions) | models.Exists(in_suit))

    def with_cited_by_count(self) -> RulingQuerySet:
        """Annotate ``cited_by_count``: how many catalogued rulings cite each one."""
        counts = (
            Citation.objects.filter(cited_ruling=models.OuterRef("pk"), relation="cites")
            .values("cited_ruling")
            .annotate(n=models.Count("citing_ruling", distinct=True))
            .values("n")
        )
        return self.annotate(
            cited_by_count=models.functions.Coalesce(
                models.Subquery(counts, output_field=models.IntegerField()), 0
            )
        )

    def most_cited_first(self) -> RulingQuerySet:
        return self.with_cited_by_count().order_by("-cited_by_count", "-decision_date", "-id")
