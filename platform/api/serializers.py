"""What the API reads and writes, field by field; the schema at /api/schema/ is made
from these."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import serializers

from accounts.capabilities import Scope
from accounts.models import AgeBand, Audience, Role
from reports.suppression import Shown


class StrictSerializer(serializers.Serializer):
    """Refuses fields it does not know, rather than dropping them without a word."""

    def validate(self, attrs):
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError(
                {name: [_("This field is not known.")] for name in unknown}
            )
        return attrs


class OrganisationSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.SlugField()
    country = serializers.CharField(help_text=gettext_lazy("ISO 3166 code; empty if not set."))
    token_scopes = serializers.ListField(child=serializers.ChoiceField(choices=Scope.choices))
    token_expires_at = serializers.DateTimeField()


class FigureRowSerializer(serializers.Serializer):
    group = serializers.CharField(
        help_text=gettext_lazy("The part's key: an audience, a month (2026-01), a country code.")
    )
    label = serializers.CharField(
        help_text=gettext_lazy("The part's name, in the language asked for.")
    )
    count = serializers.IntegerField(
        allow_null=True, help_text=gettext_lazy("Null when the count is suppressed.")
    )
    shown = serializers.ChoiceField(
        choices=[shown.value for shown in Shown],
        help_text=gettext_lazy(
            "value: the count is shown; fewer_than_k: fewer than k people; hidden: hidden "
            "so that a small count cannot be worked out by subtraction."
        ),
    )
    text = serializers.CharField(help_text=gettext_lazy("The count as the report shows it."))


class FigureSectionSerializer(serializers.Serializer):
    key = serializers.CharField()
    heading = serializers.CharField()
    counted = serializers.CharField()
    rows = FigureRowSerializer(many=True)
    total = FigureRowSerializer()
    withheld = serializers.BooleanField(
        help_text=gettext_lazy("Nothing of this figure is shown, to protect a small total.")
    )


class GainSerializer(serializers.Serializer):
    course = serializers.CharField()
    learners = serializers.IntegerField(
        allow_null=True, help_text=gettext_lazy("Null when fewer than k took both tests.")
    )
    average_gain = serializers.DecimalField(
        max_digits=5,
        decimal_places=1,
        allow_null=True,
        help_text=gettext_lazy("Points from the pre-test to the post-test; null below k learners."),
    )


class EvaluationSerializer(serializers.Serializer):
    course = serializers.CharField()
    answers = serializers.IntegerField(
        allow_null=True, help_text=gettext_lazy("Null when fewer than k learners answered.")
    )
    useful_percent = serializers.IntegerField(
        allow_null=True,
        help_text=gettext_lazy("Share who found it quite or very useful; null below k answers."),
    )
    confident_percent = serializers.IntegerField(
        allow_null=True,
        help_text=gettext_lazy("Share who feel quite or very confident; null below k answers."),
    )


class FiguresSerializer(serializers.Serializer):
    organisation = serializers.CharField()
    k = serializers.IntegerField(help_text=gettext_lazy("Counts below this are suppressed."))
    sections = FigureSectionSerializer(many=True)
    knowledge_gain = GainSerializer(many=True)
    evaluations = EvaluationSerializer(many=True)


class ModuleSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    slug = serializers.SlugField()
    required = serializers.BooleanField()


class CourseSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    slug = serializers.SlugField()
    language = serializers.CharField(source="locale.language_code")
    audience = serializers.ChoiceField(choices=Audience.plural_choices())
    estimated_minutes = serializers.IntegerField()
    gives_certificate = serializers.BooleanField()
    open_to_classes = serializers.BooleanField()
    modules = ModuleSerializer(many=True)


class MemberSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="user.pk")
    display_name = serializers.CharField(source="user.get_display_name")
    signs_in_with = serializers.CharField(
        help_text=gettext_lazy("The member's e-mail address, or their username if they have none.")
    )
    audience = serializers.ChoiceField(choices=Audience.choices, source="user.profile.audience")
    age_band = serializers.ChoiceField(choices=AgeBand.choices, source="user.profile.age_band")
    roles = serializers.ListField(
        child=serializers.ChoiceField(choices=Role.choices),
        source="roles_in_effect",
        help_text=gettext_lazy("Roles in effect: an adult role held by a person under 18 is not."),
    )


class TeacherSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="teacher.pk")
    display_name = serializers.CharField(source="teacher.get_display_name")


class ClassSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    name = serializers.CharField()
    course = serializers.IntegerField(source="course_id")
    age_band = serializers.CharField()
    join_code = serializers.CharField(
        allow_null=True,
        help_text=gettext_lazy("Null while the class is not taking new pupils."),
    )
    taking_pupils = serializers.BooleanField(source="is_taking_members")
    archived = serializers.BooleanField(source="is_archived")
    pupils = serializers.IntegerField(source="pupil_count")
    teachers = TeacherSerializer(many=True, source="teacher_links")


class EnrolmentSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk", read_only=True)
    learner = serializers.IntegerField(source="user_id")
    course = serializers.IntegerField(source="course_id")
    enrolled_at = serializers.DateTimeField(read_only=True)
    completed_at = serializers.DateTimeField(read_only=True, allow_null=True)
    modules = serializers.IntegerField(
        read_only=True, help_text=gettext_lazy("Live modules in the course.")
    )
    modules_completed = serializers.IntegerField(read_only=True)


class EnrolSerializer(StrictSerializer):
    learner = serializers.IntegerField(
        min_value=1,
        help_text=gettext_lazy("Someone the organisation reaches (a member, pupil or peer)."),
    )
    course = serializers.IntegerField(min_value=1, help_text=gettext_lazy("A live course."))


class EnrolmentFilterSerializer(StrictSerializer):
    course = serializers.IntegerField(min_value=1, required=False)
    learner = serializers.IntegerField(min_value=1, required=False)
    page = serializers.IntegerField(min_value=1, required=False)
