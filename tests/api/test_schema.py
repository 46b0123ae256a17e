"""The OpenAPI schema describes every endpoint of the API, validates against the OpenAPI
3 specification, and its documentation page loads nothing from a third party."""

import re
from http import HTTPStatus

import pytest
import yaml
from django.test import Client
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db


def test_the_schema_is_valid_openapi_and_lists_every_endpoint():
    answer = Client().get("/api/schema/")

    assert answer.status_code == HTTPStatus.OK
    schema = yaml.safe_load(answer.content)
    validate(schema)  # raises on anything the specification does not allow
    assert schema["openapi"].startswith("3.")
    assert sorted(schema["paths"]) == [
        "/api/v1/classes/",
        "/api/v1/courses/",
        "/api/v1/enrolments/",
        "/api/v1/members/",
        "/api/v1/organisation/",
        "/api/v1/reports/figures/",
    ]
    assert set(schema["paths"]["/api/v1/enrolments/"]) == {"get", "post"}
    assert schema["components"]["securitySchemes"]["organisationToken"]["scheme"] == "bearer"


def test_the_schema_comes_as_json_too():
    answer = Client().get("/api/schema/?format=json")

    assert answer.status_code == HTTPStatus.OK
    validate(answer.json())


def test_the_documentation_page_loads_only_from_this_site():
    answer = Client().get("/api/docs/")

    assert answer.status_code == HTTPStatus.OK
    html = answer.content.decode()
    addresses = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert addresses
    assert all(address.startswith("/") and not address.startswith("//") for address in addresses)
