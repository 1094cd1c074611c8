"""Pages: build the queryset, paginate, render."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from . import search
from .filters import RulingFilter
from .models import Court, Ruling

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
    ruling = get_object_or_404(Ruling.objects.for_detail(), pk=pk)
    context = {
        "ruling": ruling,
        "parties": ruling.case.case_parties.all(),
        "same_case": ruling.case.rulings.for_list().exclude(pk=ruling.pk),
        "chain": Ruling.objects.in_cases(ruling.case.appeal_chain()).for_list(),
        "query": request.GET.get("q", "")[:4000],
    }
    if context["query"] and ruling.text:
        parsed = search.parse(context["query"])
        context["highlighted"], context["match_count"] = search.highlight(ruling.text, parsed)
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
