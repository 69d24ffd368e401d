from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from wagtail.models import Page

from .chrome import active_locale_id, public_pages
from .forms import SearchForm
from .search import page_search, pages_in_order

SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Search the pages in the reader's language, titles first (see cms/search.py)."""
    form = SearchForm(request.GET, auto_id="search-page-%s")
    query = form.cleaned_data["q"] if form.is_valid() else ""
    page_ids = []
    if query:
        pages = public_pages(Page.objects.live().filter(locale_id=active_locale_id(request)))
        page_ids = page_search(query, pages=pages, language=get_language())
    page_of_results = Paginator(page_ids, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "search_query": query,
        "results": page_of_results,
        "pages": pages_in_order(list(page_of_results), request),
    }
    return render(request, "cms/search.html", context, status=400 if form.errors else 200)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/account/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
