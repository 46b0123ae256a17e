from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Quiz(TranslatableMixin, index.Indexed, models.Model):
    """A quiz that a module page places with its quiz block.

    Questions, scoring and attempts come with the quizzes issue (#4); the module
    block and its chooser are already wired to this model.
    """

    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the questions.")
    )

    panels = [FieldPanel("title"), FieldPanel("intro")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self):
        return self.title
