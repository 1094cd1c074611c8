from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from ..models import Court, IPRight, Ruling
from ..normalize import normalize_right_number
from ..pages.courts import court_groups
from ..pages.rights import right_context
from ..pages.rulings import page_of
from ..replicas import reads_from_replicas

# The longest number the catalogue holds, and room for how people write one (EP 1 234 567 B1).
RIGHT_NUMBER_LENGTH = IPRight._meta.get_field("number").max_length
MAX_RIGHT_NUMBER = 2 * RIGHT_NUMBER_LENGTH


@reads_from_replicas
def home(request: HttpRequest) -> HttpResponse:
    context = {
        "latest": Ruling.objects.for_list().newest_first()[:8],
        "by_ip_type": Ruling.objects.count_by_ip_type(),
        "by_country": Ruling.objects.count_by_country(),
        "synthetic_shown": Ruling.objects.synthetic().count(),
    }
    return render(request, "home.html", context)


@reads_from_replicas
def court_list(request: HttpRequest) -> HttpResponse:
    context = court_groups(Court.objects.with_ruling_counts())
    return render(request, "court_list.html", context)


@reads_from_replicas
def court_detail(request: HttpRequest, court_id: str) -> HttpResponse:
    court = get_object_or_404(Court.objects.select_related("appeals_to"), pk=court_id)
    rulings = Ruling.objects.in_court(court)
    context = {
        "court": court,
        "page": page_of(rulings.for_list().newest_first(), request.GET.get("page")),
        "by_year": rulings.count_by_year(),
        "synthetic_shown": rulings.synthetic().count(),
    }
    return render(request, "court_detail.html", context)


@reads_from_replicas
def about(request: HttpRequest) -> HttpResponse:
    return render(request, "about.html", {"coverage": Ruling.objects.coverage()})


@reads_from_replicas
def right_detail(request: HttpRequest, kind: str, number: str) -> HttpResponse:
    """Every ruling and case that concerns one patent, mark or registration."""
    if kind not in IPRight.Kind.values:
        raise Http404("No such kind of right.")
    if len(number) > MAX_RIGHT_NUMBER:
        raise Http404("Not a right number.")
    normalized = normalize_right_number(number)
    if not any(ch.isdigit() for ch in normalized) or len(normalized) > RIGHT_NUMBER_LENGTH:
        raise Http404("Not a right number.")
    if normalized != number:
        return redirect("right_detail", kind=kind, number=normalized, permanent=True)
    office = request.GET.get("office", "").upper()
    if office and not (len(office) == 2 and office.isascii() and office.isalpha()):
        raise Http404("Not an office code.")
    context = right_context(kind, number, office, request.GET)
    return render(request, "right_detail.html", context)
