"""A page as a PDF: its print view rendered by Chromium (Playwright's page.pdf). The dashboard's
report and the practices' case sheets use it.

The same Chromium the browser tests use shapes Thai correctly and keeps the text searchable
(after `standard_thai_text` has mapped the Thai fonts' private-use marks back: see there).
It runs in a child process with a time limit, so that a browser that hangs or is missing
costs the request a clear message, never the server. The page loads nothing from the
network: the static files are served from disk by a route, every other request is refused.

    python -m kernel.pdf PAGE.html OUT.pdf STATIC_DIR "FOOTER TEXT"
"""

import io
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ORIGIN = "http://print.invalid"

# What a PDF of the same page looks like changes when this number does: a cache of PDFs keys on it,
# so that one drawn before a change (version 1: Thai marks left at private-use code points in the
# text layer) is never served after it.
RENDER_VERSION = 3  # 3: always the system's fonts (WEB_FONTS)
WEB_FONTS = "/static/vendor/noto-sans-thai/"


class PdfError(Exception):
    """The PDF could not be made; the message says why, for the log."""


def render(html, static_dir, footer):
    """The PDF of a page (bytes); PdfError when Chromium fails or takes too long."""
    with tempfile.TemporaryDirectory() as folder:
        page, out = Path(folder) / "page.html", Path(folder) / "page.pdf"
        page.write_text(html, encoding="utf-8")
        timeout = settings.PDF_TIMEOUT_SECONDS  # below gunicorn's worker timeout: see settings.py
        try:
            done = subprocess.run(
                [sys.executable, "-m", "kernel.pdf", str(page), str(out), str(static_dir), footer],
                capture_output=True,
                timeout=timeout,
                cwd=Path(__file__).resolve().parent.parent,
            )
        except subprocess.TimeoutExpired as error:
            raise PdfError(f"Chromium took more than {timeout} s") from error
        if done.returncode != 0 or not out.exists():
            raise PdfError(done.stderr.decode(errors="replace")[-2000:])
        return standard_thai_text(out.read_bytes())


# ---------------------------------------------------------------- Thai text a reader can search
#
# Thai fonts without full OpenType tables for every shaper (TLWG's Loma, Garuda, ...) and the
# shaper's fallback draw a tone mark or upper vowel that must move down or left, and the yo ying
# and tho than without their descender, with the glyph the font lists at a private-use code
# point. Chromium's PDF writer names each glyph in the font's ToUnicode map by the code point the
# font's cmap gives it, so the text layer says U+F70A where the page shows mai ek, and a reader
# that reads the text through that map (pypdf, pdf.js, a search box) finds no ตัวอย่าง. The glyphs
# are right; only their names are not. `standard_thai_text` renames them.
#
# The table is HarfBuzz's (src/hb-ot-shaper-thai.cc, thai_pua_shape: the Windows code points
# U+F700-U+F71A and the older Mac ones U+F884-U+F89E, each beside the character it is a variant
# of), which implements https://linux.thai.net/~thep/th-otf/shaping.html (Theppitak
# Karoonboonyanan, for TLWG). SD: shifted down; SDL: down and left; SL: left; RD: no descender.
THAI_PRIVATE_USE = {
    # SD: mai ek, mai tho, mai tri, mai chattawa, thanthakhat; sara u, sara uu, phinthu
    **dict(zip(range(0xF70A, 0xF70F), range(0x0E48, 0x0E4D), strict=True)),
    **dict(zip(range(0xF718, 0xF71B), range(0x0E38, 0x0E3B), strict=True)),
    # SDL: the five tone marks
    **dict(zip(range(0xF705, 0xF70A), range(0x0E48, 0x0E4D), strict=True)),
    # SL: the five tone marks; mai han-akat; sara i, ii, ue, uee; maitaikhu; nikhahit
    **dict(zip(range(0xF713, 0xF718), range(0x0E48, 0x0E4D), strict=True)),
    0xF710: 0x0E31,
    **dict(zip(range(0xF701, 0xF705), range(0x0E34, 0x0E38), strict=True)),
    0xF712: 0x0E47,
    0xF711: 0x0E4D,
    # RD: yo ying, tho than
    0xF70F: 0x0E0D,
    0xF700: 0x0E10,
    # The same variants at the Mac code points
    **dict(zip(range(0xF88B, 0xF898, 3), range(0x0E48, 0x0E4D), strict=True)),  # SD
    **dict(zip(range(0xF88C, 0xF899, 3), range(0x0E48, 0x0E4D), strict=True)),  # SDL
    **dict(zip(range(0xF88A, 0xF897, 3), range(0x0E48, 0x0E4D), strict=True)),  # SL
    0xF89B: 0x0E38,
    0xF89C: 0x0E39,
    0xF89D: 0x0E3A,
    0xF884: 0x0E31,
    **dict(zip(range(0xF885, 0xF889), range(0x0E34, 0x0E38), strict=True)),
    0xF889: 0x0E47,
    0xF899: 0x0E4D,
    0xF89A: 0x0E0D,
    0xF89E: 0x0E10,
}

_HEX = rb"<([0-9A-Fa-f]*)>"
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_RANGE_ENTRY = re.compile(_HEX + rb"\s*" + _HEX + rb"\s*(?:" + _HEX + rb"|\[(.*?)\])", re.S)


def _text(hex_digits):
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", errors="surrogatepass")


def _hex(text):
    return text.encode("utf-16-be", errors="surrogatepass").hex().upper()


def parse_to_unicode(cmap):
    """A ToUnicode CMap (bytes) as {code: text}, with the width of its codes in hex digits."""
    codes = {}
    width = 4
    for block in _BFCHAR.findall(cmap):
        pairs = re.findall(_HEX, block)
        for source, target in zip(pairs[::2], pairs[1::2], strict=True):
            codes[int(source, 16)] = _text(target)
            width = len(source)
    for block in _BFRANGE.findall(cmap):
        for low, high, start, array in _RANGE_ENTRY.findall(block):
            first, last = int(low, 16), int(high, 16)
            width = len(low)
            if array:
                for offset, target in enumerate(re.findall(_HEX, array)):
                    codes[first + offset] = _text(target)
            else:
                text = _text(start)
                for offset in range(last - first + 1):  # the last UTF-16 unit counts up
                    codes[first + offset] = text[:-1] + chr(ord(text[-1]) + offset)
    return codes, width


def write_to_unicode(codes, width):
    """A ToUnicode CMap for {code: text}: one bfchar line a code, at most 100 a block (PDF 32000, 9.10.3)."""
    lines = [
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n"
        + f"<{'0' * width}> <{'F' * width}>\nendcodespacerange\n".encode()
    ]
    entries = sorted(codes.items())
    for start in range(0, len(entries), 100):
        block = entries[start : start + 100]
        lines.append(f"{len(block)} beginbfchar\n".encode())
        lines.extend(f"<{code:0{width}X}> <{_hex(text)}>\n".encode() for code, text in block)
        lines.append(b"endbfchar\n")
    lines.append(b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return b"".join(lines)


def standard_thai_text(document):
    """The PDF (bytes) with every font's ToUnicode map naming Thai glyphs by their standard code
    points instead of private-use ones; the pages themselves are unchanged. PdfError if unreadable."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(document))
        changed = False
        for number in range(1, int(reader.trailer["/Size"])):
            font = reader.get_object(number)
            if not hasattr(font, "get") or font.get("/Type") != "/Font" or "/ToUnicode" not in font:
                continue
            stream = font["/ToUnicode"].get_object()
            codes, width = parse_to_unicode(stream.get_data())
            standard = {code: text.translate(THAI_PRIVATE_USE) for code, text in codes.items()}
            if standard != codes:
                stream.set_data(write_to_unicode(standard, width))
                changed = True
        if not changed:
            return document
        out = io.BytesIO()
        PdfWriter(clone_from=reader).write(out)
        return out.getvalue()
    except (PyPdfError, ValueError, KeyError) as error:
        raise PdfError(f"The PDF's text layer could not be rewritten: {error!r}") from error


def main(page, out, static_dir, footer):
    from playwright.sync_api import sync_playwright

    html = Path(page).read_text(encoding="utf-8")
    static = Path(static_dir).resolve()

    def serve(route):
        path = route.request.url.removeprefix(ORIGIN)
        if path.split("?")[0] in ("/", ""):
            return route.fulfill(body=html, content_type="text/html; charset=utf-8")
        if path.startswith(WEB_FONTS):
            # Printed in the system's fonts (Thai: fonts-thai-tlwg, which Chromium needs here anyway).
            # The pages' own font is `font-display: optional`, so it made it into a sheet only when
            # it loaded within ~100 ms, and Thai drawn in it does not read back from the PDF (sara
            # am and the stacked marks): which font a sheet got, and whether it could be searched,
            # depended on how busy the machine was.
            return route.abort()
        if path.startswith("/static/"):
            file = (static / path.removeprefix("/static/").split("?")[0]).resolve()
            if file.is_file() and static in file.parents:
                return route.fulfill(path=str(file))
        return route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            browser_page = browser.new_page()
            browser_page.route("**/*", serve)
            browser_page.goto(f"{ORIGIN}/", wait_until="networkidle")
            browser_page.evaluate("document.fonts.ready.then(() => true)")
            browser_page.emulate_media(media="print")
            footer_html = (
                '<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between">'
                f"<span>{footer}</span>"
                '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
            )
            browser_page.pdf(
                path=out,
                format="A4",
                print_background=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=footer_html,
                margin={"top": "12mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
            )
        finally:
            browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
