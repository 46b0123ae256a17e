from django.utils.functional import SimpleLazyObject

from .capabilities import capabilities_of


def capabilities(request):
    """`user_can`: what the user may do, read only by templates that need it (navigation)."""
    return {"user_can": SimpleLazyObject(lambda: capabilities_of(user=request.user))}
