"""Saved searches of a signed-in user, and the unsubscribe link of an alert email."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from ..alerts.forms import SavedSearchForm
from ..alerts.links import saved_search_of
from ..models import SavedSearch


@login_required
@require_http_methods(["GET", "POST"])
def saved_searches(request: HttpRequest) -> HttpResponse:
    """The user's saved searches, and a form to save one (pre-filled from ?query=)."""
    initial = {"query": request.GET.get("query", ""), "name": request.GET.get("name", "")}
    form = SavedSearchForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        form.instance.user = request.user
        form.save()
        return redirect("saved_searches")
    searches = SavedSearch.objects.filter(user=request.user)
    status = 400 if form.errors else 200
    return render(
        request, "saved_searches.html", {"form": form, "searches": searches}, status=status
    )


@login_required
@require_POST
def saved_search_delete(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(SavedSearch, pk=pk, user=request.user).delete()
    return redirect("saved_searches")


@csrf_exempt  # the signed token is the authority; mail clients POST it in one click (RFC 8058)
@require_http_methods(["GET", "POST"])
def alert_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks to confirm (a link checker must not unsubscribe anyone); POST stops it."""
    saved = saved_search_of(token)
    if saved is None:
        raise Http404("This unsubscribe link is not valid.")
    if request.method == "POST":
        SavedSearch.objects.filter(pk=saved.pk).update(active=False)
        saved.active = False
    return render(request, "alert_unsubscribe.html", {"saved": saved, "token": token})
