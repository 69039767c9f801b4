"""The upload limits are defined once (practices/uploads.py) and the forms' help texts state them."""

import pytest
from django.utils import translation

from practices.models import PracticeDocument, PracticePhoto
from practices.uploads import DOCUMENT_MAX_BYTES, MB, PHOTO_MAX_BYTES, PHOTO_MAX_MEGAPIXELS


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_photo_field_states_the_size_and_pixel_limits_the_check_applies(language):
    with translation.override(language):
        help_text = str(PracticePhoto._meta.get_field("image").help_text)
    assert f"{PHOTO_MAX_BYTES // MB} MB" in help_text
    assert f" {PHOTO_MAX_MEGAPIXELS} " in help_text


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_document_field_states_the_size_limit_the_check_applies(language):
    with translation.override(language):
        help_text = str(PracticeDocument._meta.get_field("file").help_text)
    assert f"{DOCUMENT_MAX_BYTES // MB} MB" in help_text
