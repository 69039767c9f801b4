"""What the portal accepts as a practice's photo or document, checked by content, not by name.

Each check raises a ValidationError in the reader's language, so a refused upload is a
form error beside the field, and the record's other fields stay as the editor typed them.
"""

import zipfile
from io import BytesIO
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

# The limits, the one place they are defined. The help texts below state them to editors
# (tests/practices/test_uploads.py keeps the two in step).
MB = 1024 * 1024
PHOTO_MAX_BYTES = 10 * MB
PHOTO_MAX_MEGAPIXELS = 40
PHOTO_MAX_PIXELS = PHOTO_MAX_MEGAPIXELS * 1_000_000
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}
PHOTO_HELP_TEXT = _("JPEG, PNG or WebP, at most 10 MB and 40 megapixels.")
DOCUMENT_MAX_BYTES = 25 * MB
DOCUMENT_HELP_TEXT = _("PDF, DOCX, XLSX or PPTX, at most 25 MB.")
# Office Open XML files are zip archives with a content-types part and a folder per kind.
OFFICE_FOLDERS = {".docx": "word/", ".xlsx": "xl/", ".pptx": "ppt/"}
RENDITIONS = {"thumbnail": 480, "display": 1200}


def check_size(upload, max_bytes, message):
    """Refuse an upload larger than ``max_bytes``; ``message`` names %(size)s and %(max)s."""
    if upload.size > max_bytes:
        raise ValidationError(
            message,
            params={"size": filesizeformat(upload.size), "max": filesizeformat(max_bytes)},
            code="too_large",
        )


def validate_photo(upload):
    check_size(upload, PHOTO_MAX_BYTES, _("This photo is %(size)s; a photo may be at most %(max)s."))
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            # Only the header has been read: refuse a decompression bomb before decoding it.
            if image.width * image.height > PHOTO_MAX_PIXELS:
                raise ValidationError(
                    _("This photo is %(width)s × %(height)s pixels; a photo may have at most %(max)s megapixels."),
                    params={"width": image.width, "height": image.height, "max": PHOTO_MAX_MEGAPIXELS},
                    code="too_many_pixels",
                )
            if image.format not in PHOTO_FORMATS:
                raise ValidationError(_("A photo must be a JPEG, PNG or WebP image."), code="format")
            image.load()  # decodes every pixel: a truncated or corrupt file fails here
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise ValidationError(
            _("This file is not a readable JPEG, PNG or WebP image (it may be damaged or incomplete)."),
            code="invalid_image",
        ) from error
    finally:
        upload.seek(0)


def validate_document(upload):
    check_size(upload, DOCUMENT_MAX_BYTES, _("This document is %(size)s; a document may be at most %(max)s."))
    suffix = Path(upload.name).suffix.lower()
    upload.seek(0)
    head = upload.read(5)
    upload.seek(0)
    if suffix == ".pdf":
        ok = head == b"%PDF-"
    elif suffix in OFFICE_FOLDERS:
        ok = _is_office_file(upload, OFFICE_FOLDERS[suffix])
    else:
        raise ValidationError(_("A document must be a PDF, DOCX, XLSX or PPTX file."), code="extension")
    if not ok:
        raise ValidationError(
            _("This file's content is not a %(kind)s document, whatever its name says."),
            params={"kind": suffix[1:].upper()},
            code="content",
        )


def _is_office_file(upload, folder):
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    finally:
        upload.seek(0)
    return "[Content_Types].xml" in names and any(name.startswith(folder) for name in names)


def renditions(image_file):
    """Smaller copies of a checked photo for lists and pages, as WebP: {field name: ContentFile}."""
    image_file.seek(0)
    copies = {}
    with Image.open(image_file) as original:
        original = original.convert("RGB")
        stem = Path(image_file.name).stem
        for name, width in RENDITIONS.items():
            copy = original.copy()
            copy.thumbnail((width, width * 4))
            buffer = BytesIO()
            copy.save(buffer, "WEBP", quality=80)
            copies[name] = ContentFile(buffer.getvalue(), name=f"{stem}-{width}.webp")
    image_file.seek(0)
    return copies
