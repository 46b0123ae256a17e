from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    name = "mentoring"
    verbose_name = _("Peer mentoring")

    def ready(self):
        from accounts.belonging import belonging_register
        from safeguarding.contexts import concern_contexts

        from .concerns import contexts_for_concerns
        from .selectors import organisations_of_peer

        concern_contexts.connect(contexts_for_concerns, dispatch_uid="mentoring_concern_contexts")
        belonging_register(organisations_of_peer)
