"""StreamField blocks for module pages."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]
SHORT_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]
# Renditions for phones first; the template's srcset picks one.
IMAGE_RENDITIONS = ("width-400", "width-800")


class PhoneImageChooserBlock(ImageChooserBlock):
    """Fetches all of a body's images and their renditions in two queries, however many."""

    def bulk_to_python(self, values):
        images = get_image_model().objects.prefetch_renditions(*IMAGE_RENDITIONS).in_bulk(values)
        return [images.get(pk) for pk in values]


class ImageBlock(blocks.StructBlock):
    image = PhoneImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video"),
        help_text=_("A link to a video on an allowed provider (YouTube or Vimeo)."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("Everything said and shown, for people who cannot watch or hear it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"

    def clean(self, value):
        # Check the provider first: the embed finder would only say it found nothing.
        url = value["video"].url if value.get("video") else ""
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        if url and host not in settings.COURSES_VIDEO_PROVIDERS:
            allowed = ", ".join(sorted(settings.COURSES_VIDEO_PROVIDERS))
            raise blocks.StructBlockValidationError(
                block_errors={
                    "video": ValidationError(
                        _("Videos from %(host)s are not allowed. Use one of: %(allowed)s."),
                        params={"host": host or url, "allowed": allowed},
                    )
                }
            )
        return super().clean(value)


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("talk", _("Talk to someone"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=SHORT_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "courses/blocks/callout.html"


class ScenarioChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Choice"), max_length=300)
    feedback = blocks.RichTextBlock(label=_("Feedback"), features=SHORT_TEXT_FEATURES)


class ScenarioBlock(blocks.StructBlock):
    """A short story with choices; each choice shows its feedback. Nothing is scored."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    story = blocks.RichTextBlock(label=_("Story"), features=SHORT_TEXT_FEATURES)
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    choices = blocks.ListBlock(ScenarioChoiceBlock(), min_num=2, max_num=6, label=_("Choices"))

    class Meta:
        icon = "list-ul"
        label = _("Scenario")
        template = "courses/blocks/scenario.html"


class ReflectionBlock(blocks.StructBlock):
    """A question the learner answers for themselves; only they can read the answer."""

    prompt = blocks.TextBlock(label=_("Prompt"), max_length=500)

    class Meta:
        icon = "edit"
        label = _("Reflection prompt")
        template = "courses/blocks/reflection.html"


class ResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=500)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable resource")
        template = "courses/blocks/resource.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation. Its words are the source's, so the terminology check skips them."""

    quote = blocks.TextBlock(label=_("Quotation"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "courses/blocks/quote.html"


class HelpServicesBlock(blocks.StructBlock):
    """The help services for the learner's country, placed where the editor wants them."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)

    class Meta:
        icon = "help"
        label = _("Help services")
        template = "courses/blocks/help_services.html"


class QuizBlock(blocks.StructBlock):
    quiz = SnippetChooserBlock("quizzes.Quiz", label=_("Quiz"))

    class Meta:
        icon = "tasks"
        label = _("Quiz")
        template = "courses/blocks/quiz.html"


class ModuleBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=TEXT_FEATURES, icon="pilcrow")
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    scenario = ScenarioBlock()
    reflection = ReflectionBlock()
    resource = ResourceBlock()
    quote = QuoteBlock()
    help_services = HelpServicesBlock()
    quiz = QuizBlock()


class OutcomesBlock(blocks.StreamBlock):
    outcome = blocks.CharBlock(label=_("Learning outcome"), max_length=300, icon="tick")
