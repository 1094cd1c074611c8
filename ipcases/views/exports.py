"""Downloads of any result set of the ruling list, with the list's parameters."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse

from ..exports import FORMATS, Export
from ..exports.ruling import ruling_entry
from ..models import Ruling
from ..pages.listing import Listing
from ..replicas import reads_from_replicas
from .analytics import refused_download


@reads_from_replicas
def ruling_export(request: HttpRequest, extension: str) -> HttpResponse:
    """A download has nowhere to show an error, so a value that does not validate is a 400."""
    if extension not in FORMATS:
        raise Http404("No export has this format.")
    listing = Listing(request.GET)
    if not listing.is_valid():
        return refused_download(listing.errors)
    list_url = request.build_absolute_uri(reverse("ruling_list"))
    site_url = request.build_absolute_uri("/")
    export = Export(listing, extension, list_url, site_url, cap=settings.EXPORT_MAX_ROWS)
    response = StreamingHttpResponse(export.lines(), content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.file_name}"'
    return response


@reads_from_replicas
def ruling_citation(request: HttpRequest, pk: int, extension: str) -> HttpResponse:
    """One ruling as a RIS or BibTeX file, for a reference manager."""
    if extension not in ("ris", "bib"):
        raise Http404("No citation file has this format.")
    ruling = get_object_or_404(Ruling.objects.for_export(), pk=pk)
    entry = ruling_entry(ruling, extension, request.build_absolute_uri("/"))
    response = HttpResponse(entry, content_type=FORMATS[extension].content_type)
    response["Content-Disposition"] = f'attachment; filename="ipcases-ruling-{pk}.{extension}"'
    return response
