from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Membership, Organisation, Profile, User


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    inlines = [ProfileInline]
    list_display = ["username", "email", "display_name", "is_staff", "is_active"]
    list_select_related = ["profile"]
    search_fields = ["username", "email", "profile__display_name"]

    @admin.display(description=_("display name"), ordering="profile__display_name")
    def display_name(self, obj):
        return obj.profile.display_name


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "country"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]
    inlines = [MembershipInline]
