import factory
from allauth.account.models import EmailAddress

from accounts.models import Organisation, User


class UserFactory(factory.django.DjangoModelFactory):
    """An adult with a verified e-mail address and a profile."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("Correct-Horse-Battery-9")

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create and user.email and extracted is not False:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)

    @factory.post_generation
    def profile(user, create, extracted, **kwargs):
        if create and kwargs:
            for name, value in kwargs.items():
                setattr(user.profile, name, value)
            user.profile.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
