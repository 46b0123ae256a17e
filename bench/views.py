"""The benchmark's reference: the cheapest page Django can serve through our middleware."""

from django.http import HttpResponse

_HEAD = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Bare</title></head><body><p>"
_TAIL = "</p></body></html>"
# 2 KB, about the size of a small page's HTML: the reference costs what Django costs.
PAGE = _HEAD + "x" * (2048 - len(_HEAD) - len(_TAIL)) + _TAIL


def bare(request):
    return HttpResponse(PAGE)
