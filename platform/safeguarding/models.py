from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index


class HelpService(index.Indexed, models.Model):
    """A child helpline, reporting hotline, police unit or image-removal tool.

    A service without a country is international: it is shown where a country has
    no services of its own.
    """

    class Kind(models.TextChoices):
        CHILD_HELPLINE = "child_helpline", _("Child helpline")
        CSAM_HOTLINE = "csam_hotline", _("Reporting hotline for abuse images")
        POLICE = "police", _("Police")
        IMAGE_REMOVAL = "image_removal", _("Image removal tool")

    class Audience(models.TextChoices):
        CHILDREN = "children", _("Children and young people")
        ADULTS = "adults", _("Adults")
        EVERYONE = "everyone", _("Everyone")

    country = CountryField(
        _("country"), blank=True, help_text=_("Leave empty for an international service.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=200)
    description = models.CharField(_("what it is for"), max_length=300, blank=True)
    phone = models.CharField(_("phone or short code"), max_length=40, blank=True)
    web = models.URLField(_("web or chat address"), blank=True)
    hours = models.CharField(_("opening hours"), max_length=120, blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=100,
        blank=True,
        help_text=_("Language codes separated by commas, for example: nl, en"),
    )
    audience = models.CharField(
        _("who it is for"), max_length=10, choices=Audience.choices, default=Audience.EVERYONE
    )
    anonymous = models.BooleanField(_("can be used anonymously"), default=False)
    last_checked = models.DateField(_("last checked"))
    source = models.URLField(_("source"), help_text=_("Where the details were checked."))

    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("country"),
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("kind")]),
                FieldPanel("name"),
                FieldPanel("description"),
            ],
            heading=_("Service"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("web"),
                FieldPanel("hours"),
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("audience"), FieldPanel("anonymous")]),
            ],
            heading=_("How to reach it"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("last_checked"), FieldPanel("source")])],
            heading=_("Checked"),
        ),
    ]

    class Meta:
        ordering = ["country", "kind", "name"]
        verbose_name = _("help service")
        verbose_name_plural = _("help services")
        constraints = [
            models.UniqueConstraint(
                fields=["country", "name"], name="safeguarding_helpservice_unique_name"
            ),
            models.CheckConstraint(
                condition=~models.Q(phone="", web=""),
                name="safeguarding_helpservice_reachable",
                violation_error_message=_("Give a phone number, a web address or both."),
            ),
        ]
        indexes = [models.Index(fields=["country", "kind"])]

    def __str__(self):
        return f"{self.name} ({self.country.code or _('international')})"

    @property
    def is_international(self) -> bool:
        return not self.country

    @property
    def phone_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
