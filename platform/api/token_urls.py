from django.urls import path

from . import token_views

urlpatterns = [
    path("<slug:slug>/api/", token_views.api_tokens, name="api_tokens"),
    path(
        "<slug:slug>/api/<int:token_id>/revoke/",
        token_views.api_token_revoke_view,
        name="api_token_revoke",
    ),
    path(
        "<slug:slug>/api/learning-records/",
        token_views.learning_record_store,
        name="api_learning_record_store",
    ),
]
