"""Pages: build the queryset, paginate, render."""

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from . import search
from .citations.page import right_context, ruling_citation_context
from .filters import RulingFilter
from .models import Court, IPRight, MergedRuling, Ruling
from .normalize import normalize_right_number

PAGE_SIZE = 20


def paginate(request: HttpRequest, queryset, per_page: int = PAGE_SIZE):
    """The requested page, or the nearest valid one for malformed or out-of-range numbers."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def home(request: HttpRequest) -> HttpResponse:
    context = {
        "latest": Ruling.objects.for_list().newest_first()[:8],
        "by_ip_type": Ruling.objects.count_by_ip_type(),
        "by_country": Ruling.objects.count_by_country(),
    }
    return render(request, "home.html", context)


def ruling_list(request: HttpRequest) -> HttpResponse:
    rulings = RulingFilter(request.GET, queryset=Ruling.objects.all())
    page = paginate(request, rulings.results())
    context = {
        "filter": rulings,
        "page": page,
        "rows": rulings.rows(page),
        "facets": rulings.facets(),
        "chips": rulings.chips(),
        "query_string": rulings.url_with("page"),
    }
    return render(request, "ruling_list.html", context)


def search_help(request: HttpRequest) -> HttpResponse:
    return render(request, "search_help.html")


def ruling_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        ruling = Ruling.objects.for_detail().get(pk=pk)
    except Ruling.DoesNotExist:
        # A ruling merged into another answers at the survivor's address, for good.
        survivor = MergedRuling.objects.survivor_of(pk)
        if survivor is None:
            raise Http404("No ruling has this id.") from None
        return redirect("ruling_detail", pk=survivor, permanent=True)
    context = {
        "ruling": ruling,
        "parties": ruling.case.case_parties.all(),
        "same_case": ruling.case.rulings.for_list().exclude(pk=ruling.pk),
        "chain": Ruling.objects.in_cases(ruling.case.appeal_chain()).for_list(),
        "query": request.GET.get("q", "")[:4000],
        **ruling_citation_context(ruling, request.GET),
    }
    if context["query"] and ruling.text:
        parsed = search.parse(context["query"])
        found = search.highlight(ruling.text, parsed, context["text_links"])
        context["highlighted"], context["match_count"] = found
    return render(request, "ruling_detail.html", context)


def court_list(request: HttpRequest) -> HttpResponse:
    return render(request, "court_list.html", {"courts": Court.objects.with_ruling_counts()})


def court_detail(request: HttpRequest, court_id: str) -> HttpResponse:
    court = get_object_or_404(Court.objects.select_related("appeals_to"), pk=court_id)
    rulings = Ruling.objects.in_court(court)
    context = {
        "court": court,
        "page": paginate(request, rulings.for_list().newest_first()),
        "by_year": rulings.count_by_year(),
    }
    return render(request, "court_detail.html", context)


def about(request: HttpRequest) -> HttpResponse:
    return render(request, "about.html", {"coverage": Ruling.objects.coverage()})


def right_detail(request: HttpRequest, kind: str, number: str) -> HttpResponse:
    """Every ruling and case that concerns one patent, mark or registration."""
    if kind not in IPRight.Kind.values:
        raise Http404("No such kind of right.")
    normalized = normalize_right_number(number)
    if not any(ch.isdigit() for ch in normalized):
        raise Http404("Not a right number.")
    if normalized != number:
        return redirect("right_detail", kind=kind, number=normalized, permanent=True)
    office = request.GET.get("office", "").upper()
    if office and not (len(office) == 2 and office.isascii() and office.isalpha()):
        raise Http404("Not an office code.")
    context = right_context(kind, number, office, request.GET)
    return render(request, "right_detail.html", context)
