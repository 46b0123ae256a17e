"""Everything the platform keeps that names a person, in one registry.

The registry drives "download my data" (privacy.views.my_data) and deleting an account
(privacy.deletion): a kind's rows go with the account unless the kind says why they
stay (`kept`) and what of them is blanked (`anonymise`, `files`). A test lists every
model with a relation to the user model and fails when one is neither in REGISTRY nor
in EXCLUDED with the reason, so a new model cannot be forgotten. Models are named by
their label and read through the app registry, so this file imports no app of ours.
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    """One kind of personal data: the rows of `model` whose `person` is the user, and
    the fields of each row that are shown and exported, with their column headings."""

    key: str
    label: str
    model: str
    person: str
    fields: tuple[tuple[str, str], ...]
    # When the account is deleted: why these rows stay (shown before the person confirms;
    # empty: they are deleted), the fields blanked in them, and files deleted with them.
    kept: str = ""
    anonymise: tuple[tuple[str, object], ...] = ()
    files: tuple[str, ...] = ()
    # Who else may see these rows, besides the person: the parent who gave consent, the
    # teacher of the person's class. Own thoughts and safeguarding records never.
    shared_with: frozenset[str] = frozenset()

    def queryset(self, user):
        return apps.get_model(self.model).objects.filter(**{self.person: user.pk})

    def queryset_of(self, user_ids: list[int]):
        return apps.get_model(self.model).objects.filter(**{f"{self.person}__in": user_ids})

    def headings(self) -> list[str]:
        return [label for _path, label in self.fields]

    def rows(self, user) -> list[dict]:
        return list(
            self.queryset(user).order_by("pk").values(*(path for path, _label in self.fields))
        )


PARENT = "parent"
TEACHER = "teacher"

REGISTRY: tuple[Kind, ...] = (
    Kind(
        "account",
        _("Account"),
        "accounts.User",
        "pk",
        (
            ("username", _("Username")),
            ("email", _("E-mail address")),
            ("date_joined", _("Joined")),
            ("last_login", _("Last signed in")),
        ),
        shared_with=frozenset({PARENT}),  # an address is never shown to a teacher
    ),
    Kind(
        "profile",
        _("Profile"),
        "accounts.Profile",
        "user",
        (
            ("display_name", _("Display name")),
            ("audience", _("I am a")),
            ("age_band", _("Age band")),
            ("language", _("Language")),
            ("country", _("Country")),
            ("time_zone", _("Time zone")),
        ),
        shared_with=frozenset({PARENT, TEACHER}),
    ),
    Kind(
        "email_addresses",
        _("E-mail addresses"),
        "account.EmailAddress",
        "user",
        (("email", _("E-mail address")), ("verified", _("Verified")), ("primary", _("Primary"))),
        shared_with=frozenset({PARENT}),
    ),
    Kind(
        "two_factor",
        _("Two-factor sign-in"),
        "mfa.Authenticator",
        "user",
        # Never the secrets themselves.
        (("type", _("Kind")), ("created_at", _("Created")), ("last_used_at", _("Last used"))),
    ),
    Kind(
        "memberships",
        _("Organisations and roles"),
        "accounts.Membership",
        "user",
        (
            ("organisation__name", _("Organisation")),
            ("role", _("Role")),
            ("created_at", _("Created")),
        ),
        shared_with=frozenset({PARENT}),
    ),
    Kind(
        "role_changes",
        _("Changes to your roles"),
        "accounts.RoleChange",
        "subject",
        (
            ("organisation__name", _("Organisation")),
            ("role", _("Role")),
            ("action", _("Change")),
            ("actor_name", _("By")),
            ("at", _("When")),
        ),
        kept=_(
            "The organisation's log of role changes keeps the changes to your roles, "
            "without your name."
        ),
        anonymise=(("subject", None), ("subject_name", "")),
    ),
    Kind(
        "enrolments",
        _("Courses"),
        "courses.Enrolment",
        "user",
        (
            ("course__title", _("Course")),
            ("enrolled_at", _("Enrolled")),
            ("last_active_at", _("Last active")),
            ("completed_at", _("Completed")),
        ),
        shared_with=frozenset({PARENT, TEACHER}),
    ),
    Kind(
        "progress",
        _("Modules"),
        "courses.ModuleProgress",
        "user",
        (
            ("module__title", _("Module")),
            ("started_at", _("Started")),
            ("last_seen_at", _("Last seen")),
            ("completed_at", _("Completed")),
        ),
        shared_with=frozenset({PARENT, TEACHER}),
    ),
    Kind(
        "reflections",
        _("Your thoughts (reflections)"),
        "courses.Reflection",
        "user",
        (("module__title", _("Module")), ("text", _("Text")), ("updated_at", _("Updated"))),
    ),
    Kind(
        "course_evaluations_given",
        _("Course evaluations you answered"),
        "courses.EvaluationGiven",
        "user",
        (("course__title", _("Course")),),
    ),
    Kind(
        "course_evaluations_named",
        _("Course evaluations you added your name to"),
        "courses.CourseEvaluation",
        "learner",
        (
            ("course__title", _("Course")),
            ("useful", _("How useful")),
            ("confident", _("How confident")),
            ("comment", _("Comment")),
            ("given_on", _("Given on")),
        ),
        kept=_("Evaluations you added your name to stay, without your name."),
        anonymise=(("learner", None),),
    ),
    Kind(
        "quiz_attempts",
        _("Quiz attempts"),
        "quizzes.Attempt",
        "user",
        (
            ("quiz__title", _("Quiz")),
            ("number", _("Attempt")),
            ("kind", _("Kind")),
            ("status", _("Status")),
            ("score", _("Score")),
            ("passed", _("Passed")),
            ("started_at", _("Started")),
            ("submitted_at", _("Submitted")),
        ),
        shared_with=frozenset({PARENT, TEACHER}),
    ),
    Kind(
        "certificates",
        _("Certificates"),
        "certificates.Certificate",
        "user",
        (
            ("kind", _("Kind")),
            ("course_title", _("Course")),
            ("learner_name", _("Name on it")),
            ("code", _("Code")),
            ("completed_on", _("Completed")),
            ("revoked_at", _("Revoked")),
        ),
        kept=_(
            "Your certificates stay checkable by their code, so that whoever you showed one "
            "to can still check it, but your name is removed from them and their PDF files "
            "are deleted."
        ),
        anonymise=(("user", None), ("enrolment", None), ("learner_name", "")),
        files=("pdf",),
        shared_with=frozenset({PARENT, TEACHER}),
    ),
    Kind(
        "classes",
        _("Classes you are in"),
        "classrooms.ClassMembership",
        "pupil",
        (
            ("classroom__name", _("Class")),
            ("nickname", _("Nickname")),
            ("joined_at", _("Joined")),
            ("ended_at", _("Left")),
        ),
        shared_with=frozenset({PARENT, TEACHER}),
    ),
    Kind(
        "classes_taught",
        _("Classes you teach"),
        "classrooms.ClassTeacher",
        "teacher",
        (("classroom__name", _("Class")), ("is_owner", _("Created the class"))),
    ),
    Kind(
        "live_sessions",
        _("Live sessions you took part in"),
        "classrooms.SessionParticipant",
        "pupil",
        (
            ("session__classroom__name", _("Class")),
            ("session__module__title", _("Module")),
            ("joined_at", _("Joined")),
        ),
        shared_with=frozenset({PARENT, TEACHER}),
    ),
    Kind(
        "live_answers",
        _("Your answers in live sessions"),
        "classrooms.SessionAnswer",
        "pupil",
        (
            ("session__module__title", _("Module")),
            ("question_id", _("Question")),
            ("choice_ids", _("Answer")),
            ("answered_at", _("Answered")),
        ),
        shared_with=frozenset({PARENT, TEACHER}),
    ),
    Kind(
        "peer_mentor",
        _("Peer mentor"),
        "mentoring.PeerMentor",
        "user",
        (
            ("organisation__name", _("Organisation")),
            ("status", _("Status")),
            ("requested_at", _("Asked")),
            ("decided_at", _("Decided")),
        ),
        shared_with=frozenset({PARENT}),
    ),
    Kind(
        "peer_groups",
        _("Peer groups you are in"),
        "mentoring.PeerMembership",
        "peer",
        (
            ("group__name", _("Group")),
            ("nickname", _("Nickname")),
            ("joined_at", _("Joined")),
            ("ended_at", _("Left")),
        ),
        shared_with=frozenset({PARENT}),
    ),
    Kind(
        "groups_led",
        _("Peer groups you lead"),
        "mentoring.MentorGroup",
        "mentor",
        (("name", _("Group")), ("created_at", _("Created"))),
        shared_with=frozenset({PARENT}),
    ),
    Kind(
        "mentoring_logs",
        _("Sessions you logged"),
        "mentoring.MentoringSession",
        "group__mentor",
        (
            ("group__name", _("Group")),
            ("held_on", _("Date")),
            ("topic", _("Topic")),
            ("attendance", _("How many came")),
            ("notes", _("Notes for your coach")),
            ("created_at", _("Created")),
        ),
    ),
    Kind(
        "concerns_raised",
        _("Concerns you raised"),
        "safeguarding.Concern",
        "raised_by",
        # When and how far along, not the text: a concern is the organisation's record
        # under its safeguarding duty, shown only to those who must act on it.
        (("created_at", _("Created")), ("status", _("Status"))),
        kept=_(
            "Concerns you raised stay with the organisation's safeguarding lead, with the "
            "name you raised them under: the organisation must keep them to protect the "
            "child, and it deletes them when its retention period ends."
        ),
        anonymise=(("raised_by", None),),
    ),
    Kind(
        "parental_consent",
        _("Your parent's or guardian's consent"),
        "privacy.ParentalConsent",
        "child",
        (
            ("parent_email", _("E-mail address")),
            ("status", _("Status")),
            ("requested_at", _("Asked")),
            ("decided_at", _("Decided")),
        ),
        shared_with=frozenset({PARENT}),
    ),
    Kind(
        "notices",
        _("Notices"),
        "notifications.InAppNotice",
        "user",
        (
            ("title", _("Title")),
            ("body", _("Text")),
            ("created_at", _("Created")),
            ("read_at", _("Read")),
        ),
        shared_with=frozenset({PARENT}),
    ),
    Kind(
        "messages",
        _("Messages we sent you"),
        "notifications.SentNotification",
        "user",
        (
            ("kind", _("Kind")),
            ("status", _("Status")),
            ("channel", _("Channel")),
            ("created_at", _("Created")),
            ("sent_at", _("Sent")),
        ),
        shared_with=frozenset({PARENT}),
    ),
    Kind(
        "unsubscriptions",
        _("Messages you turned off"),
        "notifications.Unsubscription",
        "user",
        (("kind", _("Kind")), ("created_at", _("Created"))),
        shared_with=frozenset({PARENT}),
    ),
)

# (model label, field) that refer to a user but are not the person's own data, and why.
EXCLUDED: dict[tuple[str, str], str] = {
    ("accounts.Organisation", "members"): "the same rows as accounts.Membership",
    ("accounts.RoleChange", "actor"): "what an admin did to someone else's roles",
    ("classrooms.Classroom", "teachers"): "the same rows as classrooms.ClassTeacher",
    ("mentoring.PeerMentor", "coach"): "the coach's role towards someone else",
    ("mentoring.MentorGroup", "coach"): "the coach's role towards someone else's group",
    ("safeguarding.Concern", "coach"): "a safeguarding record, for those who must act only",
    ("safeguarding.Concern", "about_user"): "a safeguarding record, for those who must act only",
    ("safeguarding.ConcernNote", "author"): "a safeguarding record, for those who must act only",
    ("classrooms.Classroom", "lawful_basis_confirmed_by"): "what a teacher confirmed for "
    "their school when creating a class",
    ("privacy.DataRequest", "handled_by"): "an organisation admin's work on a request",
    ("certificates.Certificate", "revoked_by"): "what staff did to someone else's certificate",
    ("reports.Reached", "user"): "a copy of when an organisation first reached the person "
    "(from their memberships), rebuilt nightly for the report; it goes with the account",
    ("api.ApiToken", "created_by"): "an organisation admin's work: the organisation's token",
    # Staff's work in the Wagtail and Django admins: editorial records of the platform.
    ("wagtail_localize.StringTranslation", "last_translated_by"): "an editor's work record",
    ("wagtail_localize.SegmentOverride", "last_translated_by"): "an editor's work record",
    ("wagtailusers.UserProfile", "user"): "admin interface preferences",
    ("wagtaildocs.Document", "uploaded_by_user"): "an editor's work record",
    ("wagtailimages.Image", "uploaded_by_user"): "an editor's work record",
    ("wagtailadmin.EditingSession", "user"): "an editor's open admin page",
    ("wagtailadmin.FormState", "user"): "an editor's unsaved admin form",
    ("wagtailcore.APIToken", "user"): "an API credential, never exported",
    ("wagtailcore.ModelLogEntry", "user"): "an editor's work record",
    ("wagtailcore.Revision", "user"): "an editor's work record",
    ("wagtailcore.UploadedFile", "uploaded_by_user"): "an editor's work record",
    ("wagtailcore.WorkflowState", "requested_by"): "an editor's work record",
    ("wagtailcore.TaskState", "finished_by"): "an editor's work record",
    ("wagtailcore.Page", "locked_by"): "an editor's work record",
    ("wagtailcore.Page", "owner"): "an editor's work record",
    ("wagtailcore.PageLogEntry", "user"): "an editor's work record",
    ("wagtailcore.Comment", "user"): "an editor's work record",
    ("wagtailcore.Comment", "resolved_by"): "an editor's work record",
    ("wagtailcore.CommentReply", "user"): "an editor's work record",
    ("wagtailcore.PageSubscription", "user"): "an editor's admin notification setting",
    ("admin.LogEntry", "user"): "a staff member's work record in the Django admin",
    ("auth.Permission", "user"): "permissions, not personal data",
    ("auth.Group", "user"): "permissions, not personal data",
}
# Rows of other kinds that keep a person's name when their account is deleted: the
# records of what they did for an organisation. Shown before the person confirms.
KEPT_WORK: tuple[tuple[str, str, str], ...] = (
    (
        "safeguarding.ConcernNote",
        "author",
        _(
            "Notes you wrote on concerns stay in the concern's record, with your name: "
            "the organisation must keep them."
        ),
    ),
    (
        "accounts.RoleChange",
        "actor",
        _("Changes you made to other people's roles stay in the organisation's log."),
    ),
    (
        "api.ApiToken",
        "created_by",
        _("API tokens you created for an organisation stay its tokens, with your name."),
    ),
)

# Plain columns that hold a user's id without a foreign key, and where they are kept.
SOFT_REFERENCES: dict[tuple[str, str], str] = {
    ("safeguarding.ConcernAuditEntry", "actor_id"): "a safeguarding record, kept by the "
    "organisation under its duty; only who opened a concern, never shown to others",
}


def personal_data(user, *, viewer: str = "") -> list[tuple[Kind, list[dict]]]:
    """Every kind of the registry with the user's rows (one query per kind); for another
    viewer (PARENT, TEACHER), only the kinds shared with them."""
    return [
        (kind, kind.rows(user)) for kind in REGISTRY if not viewer or viewer in kind.shared_with
    ]
