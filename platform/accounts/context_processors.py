from django.utils.functional import SimpleLazyObject

from .selectors import roles_of


def roles(request):
    """`user_roles`: the user's organisation roles, read only by templates that need them."""
    return {"user_roles": SimpleLazyObject(lambda: roles_of(user=request.user))}
