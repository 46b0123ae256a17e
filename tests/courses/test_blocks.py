import io
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from courses.blocks import TEXT_FEATURES, VideoBlock
from quizzes.models import Quiz
from tests.courses.factories import help_service, locale, module_page

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=abc123"


def _image():
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 800), "teal").save(buffer, "PNG")
    return get_image_model().objects.create(
        title="A phone on a table",
        file=SimpleUploadedFile("phone.png", buffer.getvalue(), content_type="image/png"),
    )


def _document():
    return get_document_model().objects.create(
        title="Checklist", file=SimpleUploadedFile("checklist.txt", b"Talk, listen, report.")
    )


def _cached_embed(url=VIDEO_URL):
    # The oEmbed answers as Wagtail caches them (validation asks without a width, the
    # template with one), so that nothing needs the network.
    for max_width in (None, 800):
        Embed.objects.create(
            url=url,
            max_width=max_width,
            hash=get_embed_hash(url, max_width),
            type="video",
            width=800,
            height=450,
            provider_name="YouTube",
            title="Talking about it",
            thumbnail_url="",
            html=(
                '<iframe title="Talking about it" '
                'src="https://www.youtube-nocookie.com/embed/abc123"></iframe>'
            ),
        )


def every_block():
    _cached_embed()
    quiz = Quiz.objects.create(
        title="Check what you know", intro="Five short questions.", locale=locale("en")
    )
    return [
        ("text", RichText("<h2>Why it matters</h2><p>Children meet people online.</p>")),
        (
            "image",
            {
                "image": _image(),
                "alt_text": "A phone lying on a kitchen table",
                "caption": "Phones go everywhere.",
            },
        ),
        (
            "video",
            {
                "video": EmbedValue(VIDEO_URL),
                "title": "Talking about it",
                "transcript": RichText("<p>A parent and a child talk.</p>"),
            },
        ),
        (
            "callout",
            {
                "kind": "talk",
                "title": "You are not alone",
                "text": RichText("<p>Call a helpline.</p>"),
            },
        ),
        (
            "scenario",
            {
                "title": "A new friend",
                "story": RichText("<p>Sam meets Alex.</p>"),
                "question": "What should Sam do?",
                "choices": [
                    {"text": "Tell a parent", "feedback": RichText("<p>Good.</p>")},
                    {"text": "Keep it secret", "feedback": RichText("<p>Secrets help Alex.</p>")},
                ],
            },
        ),
        ("reflection", {"prompt": "Which apps does your child use?"}),
        (
            "resource",
            {
                "document": _document(),
                "title": "Conversation checklist",
                "description": "One page to print.",
            },
        ),
        ("quote", {"quote": "Words shape how we see children.", "source": "A trainer"}),
        ("help_services", {"heading": "Who can help"}),
        ("quiz", {"quiz": quiz}),
    ]


def test_every_block_renders_on_a_module_page(client):
    help_service(country="NL", name="De Kindertelefoon")
    module = module_page(body=every_block())

    response = client.get(module.url, HTTP_ACCEPT_LANGUAGE="nl-NL,nl;q=0.9")

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "Why it matters" in html
    assert 'alt="A phone lying on a kitchen table"' in html
    assert "width-400" in html or "srcset" in html
    assert "youtube-nocookie.com/embed/abc123" in html
    assert "A parent and a child talk." in html
    assert "You are not alone" in html
    assert "<summary>Tell a parent</summary>" in html
    assert "Secrets help Alex." in html
    assert "Which apps does your child use?" in html
    assert "Conversation checklist" in html and "checklist" in html
    assert "<blockquote>" in html and "A trainer" in html
    assert "Who can help" in html and "De Kindertelefoon" in html
    assert "Check what you know" in html


def test_images_are_phone_sized_renditions_not_the_original(client):
    module = module_page(body=[("image", {"image": _image(), "alt_text": "A phone"})])

    html = client.get(module.url).content.decode()

    assert "width-400" in html and "width-800" in html
    assert "/original_images/" not in html


def test_a_video_from_a_provider_that_is_not_allowed_is_refused_with_a_clear_message():
    block = VideoBlock()
    value = block.to_python(
        {"video": "https://videos.example.net/v/1", "title": "x", "transcript": "<p>t</p>"}
    )

    with pytest.raises(ValidationError) as error:
        block.clean(value)

    message = str(error.value.block_errors["video"])
    assert "videos.example.net" in message
    assert "youtube.com" in message


def test_a_video_from_an_allowed_provider_is_accepted():
    _cached_embed()
    block = VideoBlock()
    value = block.to_python({"video": VIDEO_URL, "title": "x", "transcript": "<p>t</p>"})

    assert block.clean(value)["video"].url == VIDEO_URL


@pytest.mark.parametrize("name", ["payload.exe", "page.html", "script.js"])
def test_a_document_of_a_forbidden_type_is_refused(name):
    form_class = get_document_form(get_document_model())
    form = form_class(
        data={"title": "Bad file"},
        files={"file": SimpleUploadedFile(name, b"MZ")},
    )

    assert not form.is_valid()
    assert "file" in form.errors
    assert "not allowed" in str(form.errors["file"]).lower()


def test_rich_text_from_the_editor_cannot_carry_scripts():
    converter = ContentstateConverter(TEXT_FEATURES)
    pasted = (
        '<p onclick="steal()">Hello</p><script>alert(1)</script>'
        '<p><a href="javascript:alert(2)">link</a></p><img src=x onerror=alert(3)>'
    )

    stored = converter.to_database_format(converter.from_database_format(pasted))

    assert "Hello" in stored
    for dangerous in ("<script", "onclick", "javascript:", "onerror"):
        assert dangerous not in stored
