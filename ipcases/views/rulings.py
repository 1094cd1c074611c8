from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from ..exports.ruling import cite_context
from ..models import MergedRuling, Ruling
from ..pages.listing import Listing
from ..pages.rulings import list_context, page_of, ruling_context
from ..replicas import reads_from_replicas


@reads_from_replicas
def ruling_list(request: HttpRequest) -> HttpResponse:
    listing = Listing(request.GET)
    page = page_of(listing.results(), request.GET.get("page"))
    return render(request, "ruling_list.html", list_context(listing, page))


@reads_from_replicas
def ruling_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        ruling = Ruling.objects.for_detail().get(pk=pk)
    except Ruling.DoesNotExist:
        # A ruling merged into another answers at the survivor's address, for good.
        survivor = MergedRuling.objects.survivor_of(pk)
        if survivor is None:
            raise Http404("No ruling has this id.") from None
        return redirect("ruling_detail", pk=survivor, permanent=True)
    permalink = request.build_absolute_uri(ruling.get_absolute_url())
    context = {**ruling_context(ruling, request.GET), **cite_context(ruling, permalink)}
    return render(request, "ruling_detail.html", context)


def search_help(request: HttpRequest) -> HttpResponse:
    return render(request, "search_help.html")
